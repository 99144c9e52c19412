#include "AuthPage.h"

#include "net/Redactor.h"

#include <QLoggingCategory>
#include <QWebEngineCertificateError>

Q_LOGGING_CATEGORY(lcAuthPage, "authdesk.ui.authpage")

AuthPage::AuthPage(QWebEngineProfile *profile, Matcher captures, QObject *parent)
    : QWebEnginePage(profile, parent), m_captures(std::move(captures)) {
    connect(this, &QWebEnginePage::certificateError, this, [this](QWebEngineCertificateError error) {
        // Never accepted: an authorization page with a bad certificate is exactly what to distrust.
        error.rejectCertificate();
        emit certificateRejected(error.url(), error.description());
    });
}

bool AuthPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) {
    qCDebug(lcAuthPage) << "navigation" << type << Redactor::url(url);
    if (m_captures && m_captures(url)) {
        emit redirectCaptured(url);
        return false;
    }
    if (m_captures && !url.userInfo().isEmpty() && m_captures(url.adjusted(QUrl::RemoveUserInfo))) {
        emit lookalikeRefused(url);
        return false;
    }
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

RedirectBlocker::RedirectBlocker(AuthPage::Matcher captures, QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent), m_captures(std::move(captures)) {
}

void RedirectBlocker::interceptRequest(QWebEngineUrlRequestInfo &info) {
    // Called on the UI thread (Qt 6), like the matcher's run.
    const QUrl url = info.requestUrl().adjusted(QUrl::RemoveUserInfo);
    if (m_captures && m_captures(url)) {
        info.block(true);
        emit blocked(info.requestUrl());
    }
}

QWebEnginePage *AuthPage::createWindow(WebWindowType) {
    return nullptr;
}
