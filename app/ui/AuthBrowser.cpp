#include "AuthBrowser.h"

#include "net/Redactor.h"
#include "run/FlowRun.h"

#include <QLineEdit>
#include <QPointer>
#include <QVBoxLayout>
#include <QWebEngineProfile>
#include <QWebEngineView>

// What the module offers BrowserPane::create.
extern "C" Q_DECL_EXPORT BrowserPane *authdesk_create_browser(QWidget *parent) {
    return new AuthBrowser(parent);
}

AuthBrowser::AuthBrowser(QWidget *parent)
    : BrowserPane(parent), m_address(new QLineEdit(this)), m_view(new QWebEngineView(this)) {
    m_address->setReadOnly(true);
    m_address->setObjectName(QStringLiteral("browserAddress"));
    m_address->setPlaceholderText(tr("The authorization page appears here when a run starts."));
    m_view->setObjectName(QStringLiteral("browserView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_address);
    layout->addWidget(m_view, 1);
}

AuthBrowser::~AuthBrowser() {
    dropPage();
}

void AuthBrowser::dropPage() {
    // The page must go before its profile (Qt warns and may crash otherwise).
    if (m_page) {
        m_view->setPage(nullptr);
        delete m_page;
        m_page = nullptr;
    }
    delete m_profile;
    m_profile = nullptr;
}

QString AuthBrowser::pageTitle() const {
    return m_page ? m_page->title() : QString();
}

void AuthBrowser::clear() {
    dropPage();
    m_address->clear();
    emit loadProgress(100); // whatever was loading no longer is
}

bool AuthBrowser::startRun(FlowRun *run) {
    clear(); // a run that prepares first shows no earlier page meanwhile
    connect(run, &FlowRun::authorizationReady, this, [this, run](const QUrl &url) { showRun(run, url); });
    run->start();
    return !run->hasEnded();
}

void AuthBrowser::showRun(FlowRun *run, const QUrl &url) {
    QPointer<FlowRun> guard(run);
    load(url, [guard](const QUrl &candidate) { return guard && guard->captures(candidate); });
    // Connected to this run's own page: the next load drops them with the page.
    connect(m_page, &AuthPage::redirectCaptured, run, &FlowRun::handleRedirect);
    connect(m_page, &QWebEnginePage::loadFinished, run, [this, guard](bool ok) {
        if (!guard || guard->phase() != FlowRun::Phase::WaitingForRedirect)
            return;
        guard->addStep(ok ? FlowStep::Status::Info : FlowStep::Status::Warning,
                       ok ? tr("Page loaded") : tr("Page failed to load"), m_page->title());
        // The provider may recognise its own refusal in what the page says.
        m_page->toPlainText([guard, url = m_page->url()](const QString &text) {
            if (guard)
                guard->handlePage(url, text);
        });
    });
    connect(this, &AuthBrowser::requestBlocked, run, [run](const QUrl &blocked) {
        run->addStep(
            FlowStep::Status::Warning, tr("Blocked a request to the redirect URI"),
            tr("the page asked for %1 (an image, a script's fetch or a frame); the redirect target never "
               "loads")
                .arg(blocked.toString()));
    });
    connect(this, &AuthBrowser::lookalikeRefused, run, [run](const QUrl &refused) {
        run->addStep(
            FlowStep::Status::Warning, tr("Refused a look-alike of the redirect URI"),
            tr("%1 carries user info before the host; it was neither loaded nor taken as the redirect")
                .arg(refused.toString()));
    });
    connect(m_page, &AuthPage::certificateRejected, run,
            [run](const QUrl &rejected, const QString &description) {
                run->fail(tr("The certificate of %1 was rejected: %2. AuthDesk never accepts an invalid "
                             "certificate on an "
                             "authorization page.")
                              .arg(rejected.host(), description));
            });
}

void AuthBrowser::load(const QUrl &url, AuthPage::Matcher captures) {
    dropPage();
    m_profile = new QWebEngineProfile(this); // no storage name: off the record
    auto *blocker = new RedirectBlocker(captures, m_profile);
    m_profile->setUrlRequestInterceptor(blocker);
    connect(blocker, &RedirectBlocker::blocked, this, &AuthBrowser::requestBlocked);
    m_page = new AuthPage(m_profile, std::move(captures), m_profile);
    connect(m_page, &AuthPage::lookalikeRefused, this, &AuthBrowser::lookalikeRefused);
    connect(m_page, &AuthPage::redirectCaptured, this, [this](const QUrl &url) {
        // The page stays where it was when the navigation was refused; say what happened instead.
        m_page->setHtml(
            tr("<html><body style=\"font-family:sans-serif;padding:32px;color:#333\">"
               "<h2 style=\"color:#1a73e8\">Stopped at the redirect</h2>"
               "<p>AuthDesk handed <code>%1</code> to the run instead of loading it.</p>"
               "<p>The timeline on the right shows what came of it.</p></body></html>")
                .arg(url.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment).toString().toHtmlEscaped()));
        emit redirectCaptured(url);
    });
    connect(m_page, &AuthPage::certificateRejected, this, &AuthBrowser::certificateRejected);
    connect(m_page, &QWebEnginePage::urlChanged, this, [this](const QUrl &current) {
        if (current.scheme() != QLatin1String("data")) // our own capture notice
            m_address->setText(Redactor::url(current).toString());
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        emit loadProgress(100);
        emit pageLoaded(m_page->url(), m_page->title(), ok);
    });
    connect(m_page, &QWebEnginePage::loadStarted, this, [this] { emit loadProgress(0); });
    connect(m_page, &QWebEnginePage::loadProgress, this,
            [this](int percent) { emit loadProgress(qMin(percent, 99)); });
    m_view->setPage(m_page);
    m_address->setText(url.toString());
    m_page->load(url);
}
