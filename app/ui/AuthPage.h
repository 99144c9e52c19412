#pragma once

#include <QUrl>
#include <QWebEnginePage>
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
    void certificateRejected(const QUrl &url, const QString &description);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    // Pop-ups have no place in an authorization page; they are refused.
    QWebEnginePage *createWindow(WebWindowType type) override;

private:
    Matcher m_captures;
};
