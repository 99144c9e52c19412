#pragma once

#include "AuthPage.h"

#include <QWidget>

class FlowRun;
class QLabel;
class QLineEdit;
class QWebEngineProfile;
class QWebEngineView;

// The embedded browser of a run. Each run gets a fresh off-the-record profile, so no cookie or
// session of one tenant or run reaches the next.
class AuthBrowser : public QWidget {
    Q_OBJECT

public:
    explicit AuthBrowser(QWidget *parent = nullptr);
    ~AuthBrowser() override;

    void load(const QUrl &url, AuthPage::Matcher captures);
    // Starts `run` (which must not have started yet) in this browser: its authorization page is
    // loaded when the run has it, and the run hears what the browser sees: the captured redirect,
    // each page loaded, a rejected certificate. Returns false when the run failed at once.
    bool startRun(FlowRun *run);
    void clear();
    AuthPage *page() const { return m_page; }
    QWebEngineView *view() const { return m_view; }

signals:
    void redirectCaptured(const QUrl &url);
    void pageLoaded(const QUrl &url, const QString &title, bool ok);
    // The page under way: 0 when it starts loading, up to 100 when it has.
    void loadProgress(int percent);
    void certificateRejected(const QUrl &url, const QString &description);
    void requestBlocked(const QUrl &url);
    void lookalikeRefused(const QUrl &url);

private:
    void dropPage();
    void showRun(FlowRun *run, const QUrl &url);

    QLineEdit *m_address;
    QWebEngineView *m_view;
    QWebEngineProfile *m_profile = nullptr;
    AuthPage *m_page = nullptr;
};
