#pragma once

#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineUrlRequestInterceptor>
#include <functional>

// A page that sees every navigation, server redirects included, and refuses the ones the run
// captures (the tenant's redirect URI, a provider's error page): the URL is handed over and the
// target is never loaded.
class AuthPage : public QWebEnginePage {
    Q_OBJECT

public:
    using Matcher = std::function<bool(const QUrl &)>;
    AuthPage(QWebEngineProfile *profile, Matcher captures, QObject *parent = nullptr);

signals:
    void redirectCaptured(const QUrl &url);
    // A navigation to the redirect URI with user info (https://user@host/cb): refused, not loaded,
    // and not taken as the redirect either.
    void lookalikeRefused(const QUrl &url);
    void certificateRejected(const QUrl &url, const QString &description);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    // Pop-ups have no place in an authorization page; they are refused.
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    Matcher m_captures;
};

// Blocks every request of a run's profile — images, fetch, beacons, iframes — to what the run
// captures, so that the redirect target is never loaded, not even as a subresource.
class RedirectBlocker : public QWebEngineUrlRequestInterceptor {
    Q_OBJECT

public:
    RedirectBlocker(AuthPage::Matcher captures, QObject *parent = nullptr);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

signals:
    void blocked(const QUrl &url);

private:
    AuthPage::Matcher m_captures;
};
