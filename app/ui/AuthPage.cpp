#include "AuthPage.h"

#include "Redactor.h"

#include <QLoggingCategory>
#include <QWebEngineCertificateError>

Q_LOGGING_CATEGORY(lcAuthPage, "authdesk.ui.authpage")

AuthPage::AuthPage(QWebEngineProfile *profile, Matcher isRedirect, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_isRedirect(std::move(isRedirect))
{
    connect(this, &QWebEnginePage::certificateError, this, [this](QWebEngineCertificateError error) {
        // Never accepted: an authorization page with a bad certificate is exactly what to distrust.
        error.rejectCertificate();
        emit certificateRejected(error.url(), error.description());
    });
}

bool AuthPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    qCDebug(lcAuthPage) << "navigation" << type << Redactor::url(url);
    if (m_isRedirect && m_isRedirect(url)) {
        emit redirectCaptured(url);
        return false;
    }
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

QWebEnginePage *AuthPage::createWindow(WebWindowType)
{
    return nullptr;
}
