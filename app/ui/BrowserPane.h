#pragma once

#include <QWidget>

class FlowRun;

// The embedded browser of a run, as the console and `authorize` see it. The browser itself
// (AuthBrowser) needs QtWebEngine, whose hundred-odd libraries are most of a start-up: it lives in
// a module (libauthdesk_browser.so, beside authdesk-gui) that create() loads when a run first
// needs it, so that the console starts near a bare window.
class BrowserPane : public QWidget {
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Starts `run` (which must not have started yet) in this browser: its authorization page is
    // loaded when the run has it, and the run hears what the browser sees. Returns false when the
    // run failed at once.
    virtual bool startRun(FlowRun *run) = 0;
    // Drops the page (it stops loading) and its profile.
    virtual void clear() = 0;
    virtual QString pageTitle() const = 0;

    using Factory = BrowserPane *(*)(QWidget *parent);
    // A browser from the factory this program registered, else from the module (loaded once);
    // nullptr with *error saying what is missing when neither is there.
    static BrowserPane *create(QWidget *parent, QString *error);
    // Programs and tests that link the browser register it here instead of loading the module.
    static void setFactory(Factory factory);

signals:
    void redirectCaptured(const QUrl &url);
    void pageLoaded(const QUrl &url, const QString &title, bool ok);
    // The page under way: 0 when it starts loading, up to 100 when it has.
    void loadProgress(int percent);
    void certificateRejected(const QUrl &url, const QString &description);
    void requestBlocked(const QUrl &url);
    void lookalikeRefused(const QUrl &url);
};
