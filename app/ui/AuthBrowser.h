#pragma once

#include "AuthPage.h"
#include "BrowserPane.h"

class FlowRun;
class QLabel;
class QLineEdit;
class QWebEngineProfile;
class QWebEngineView;

// The embedded browser of a run (QtWebEngine; the module libauthdesk_browser.so). Each run gets a
// fresh off-the-record profile, so no cookie or session of one tenant or run reaches the next.
class AuthBrowser : public BrowserPane {
    Q_OBJECT

public:
    explicit AuthBrowser(QWidget *parent = nullptr);
    ~AuthBrowser() override;

    void load(const QUrl &url, AuthPage::Matcher captures);
    bool startRun(FlowRun *run) override;
    void clear() override;
    QString pageTitle() const override;
    AuthPage *page() const { return m_page; }
    QWebEngineView *view() const { return m_view; }

private:
    void dropPage();
    void showRun(FlowRun *run, const QUrl &url);

    QLineEdit *m_address;
    QWebEngineView *m_view;
    QWebEngineProfile *m_profile = nullptr;
    AuthPage *m_page = nullptr;
};

// The module's factory (BrowserPane::create resolves it); programs that link the browser register
// it with BrowserPane::setFactory.
extern "C" BrowserPane *authdesk_create_browser(QWidget *parent);
