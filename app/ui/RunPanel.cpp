#include "RunPanel.h"

#include "export/UserFile.h"

#include "BrowserPane.h"
#include "CopyableTableView.h"
#include "DeviceCodePage.h"
#include "ExchangeModel.h"
#include "IdentityView.h"
#include "MessageBox.h"
#include "RunCompareDialog.h"
#include "RunHistoryView.h"
#include "StepModel.h"
#include "SuiteCorpsView.h"
#include "SystemBrowser.h"
#include "export/RunExport.h"
#include "net/ExchangeLog.h"
#include "providers/Provider.h"
#include "run/FlowRun.h"
#include "run/TokenSession.h"
#include "store/SecretStore.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

RunPanel::RunPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_ticker(new QTimer(this)), m_title(new QLabel(this)),
      m_mode(new QComboBox(this)), m_grant(new QComboBox(this)), m_browserChoice(new QComboBox(this)),
      m_keepTokens(new QCheckBox(tr("Keep tokens"), this)), m_devicePage(new DeviceCodePage(this)),
      m_start(new QPushButton(tr("Start authorization"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)),
      m_paste(new QPushButton(tr("Paste redirect URL…"), this)),
      m_enterSecret(new QPushButton(tr("Enter it…"), this)), m_phase(new QLabel(this)),
      m_elapsed(new QLabel(this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_tabs(new QTabWidget(this)), m_steps(new StepModel(this)), m_exchanges(new ExchangeModel(this)),
      m_identity(new IdentityView(this)), m_corps(new SuiteCorpsView(workspace, this)),
      m_history(new RunHistoryView(this)), m_stepTable(new CopyableTableView(this)),
      m_exchangeTable(new CopyableTableView(this)), m_exchangeDetail(new QPlainTextEdit(this)) {
    m_title->setObjectName(QStringLiteral("tenantTitle"));
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->setToolTip(tr("Which authorization page to open"));
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToContents); // "wwlogin" whole in every language
    m_grant->setObjectName(QStringLiteral("grantCombo"));
    m_grant->setToolTip(
        tr("How the user signs in: on the authorization page, or with a code on another device"));
    m_browserChoice->setObjectName(QStringLiteral("browserCombo"));
    m_browserChoice->setToolTip(tr("Where the authorization page opens: here, or in your own browser (for "
                                   "passkeys, device compliance or your session at the provider)"));
    m_browserChoice->addItem(tr("Embedded browser"), QStringLiteral("embedded"));
    m_browserChoice->addItem(tr("System browser"), QStringLiteral("system"));
    connect(m_grant, &QComboBox::currentIndexChanged, this, [this] {
        const QString grant = m_grant->currentData().toString();
        m_browserChoice->setEnabled(grant == QLatin1String("code") && !isRunActive());
        m_keepTokens->setEnabled(grant != QLatin1String("client_credentials") && !isRunActive());
    });
    m_keepTokens->setObjectName(QStringLiteral("keepTokensCheck"));
    m_keepTokens->setToolTip(tr("Keep the access, refresh and ID tokens in the keychain, for Refresh, "
                                "Introspect, Revoke and Log out"));
    m_devicePage->hide();
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setToolTip(
        tr("Stop the run: the page stops loading, the call under way is aborted, and nothing "
           "further is called"));
    m_paste->setObjectName(QStringLiteral("pasteButton"));
    m_paste->setToolTip(tr("Exchange a redirect URL copied from a phone or an in-client link"));
    m_phase->setObjectName(QStringLiteral("runPhase"));
    m_phase->setTextFormat(Qt::PlainText);
    QFont bold = m_phase->font();
    bold.setBold(true);
    m_phase->setFont(bold);
    m_elapsed->setObjectName(QStringLiteral("runElapsed"));
    m_progress->setObjectName(QStringLiteral("runProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setTextFormat(Qt::PlainText); // run errors quote the platform's errmsg: never rendered as HTML
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ticker->setInterval(100);
    connect(m_ticker, &QTimer::timeout, this, &RunPanel::updateHeader);

    m_stepTable->setObjectName(QStringLiteral("timelineTable"));
    m_stepTable->setSourceModel(m_steps);
    m_stepTable->horizontalHeader()->resizeSection(StepModel::TimeColumn, 100);
    m_stepTable->horizontalHeader()->resizeSection(StepModel::StatusColumn, 80);
    m_stepTable->horizontalHeader()->resizeSection(StepModel::StepColumn, 280);
    m_exchangeTable->setObjectName(QStringLiteral("exchangeTable"));
    m_exchangeTable->setSourceModel(m_exchanges);
    m_exchangeTable->horizontalHeader()->resizeSection(ExchangeModel::PurposeColumn, 140);
    m_exchangeTable->horizontalHeader()->resizeSection(ExchangeModel::MethodColumn, 60);
    m_exchangeTable->horizontalHeader()->resizeSection(ExchangeModel::StatusColumn, 50);
    m_exchangeDetail->setObjectName(QStringLiteral("exchangeDetail"));
    m_exchangeDetail->setReadOnly(true);
    m_exchangeDetail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_exchangeDetail->setPlaceholderText(tr("Select an exchange to see its request and response."));
    connect(m_exchangeTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RunPanel::showExchange);

    auto *copyCurl = new QPushButton(tr("Copy as curl"), this);
    copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    copyCurl->setToolTip(
        tr("The calls (or the selected one) as curl commands; secrets are placeholders such as "
           "${CORPSECRET} to fill in"));
    auto *exportRun = new QPushButton(tr("Export run…"), this);
    exportRun->setObjectName(QStringLiteral("exportRunButton"));
    exportRun->setToolTip(tr("The run as a HAR file (browser dev tools) or an HTML report for a ticket, "
                             "without secrets"));
    connect(copyCurl, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(curlText());
        m_status->setText(
            tr("The curl commands are on the clipboard; fill in the placeholders before running them."));
    });
    connect(exportRun, &QPushButton::clicked, this, &RunPanel::exportWithDialog);
    auto *exchangeButtons = new QHBoxLayout;
    exchangeButtons->addWidget(copyCurl);
    exchangeButtons->addWidget(exportRun);
    exchangeButtons->addStretch();
    auto *exchangePage = new QWidget(this);
    auto *exchangeSplit = new QSplitter(Qt::Vertical, exchangePage);
    exchangeSplit->addWidget(m_exchangeTable);
    exchangeSplit->addWidget(m_exchangeDetail);
    auto *exchangeLayout = new QVBoxLayout(exchangePage);
    exchangeLayout->setContentsMargins(0, 0, 0, 0);
    exchangeLayout->addWidget(exchangeSplit, 1);
    exchangeLayout->addLayout(exchangeButtons);
    m_tabs->setObjectName(QStringLiteral("runTabs"));
    m_tabs->addTab(m_stepTable, tr("Timeline"));
    m_tabs->addTab(m_identity, tr("Identity"));
    m_tabs->addTab(exchangePage, tr("Exchanges"));
    m_tabs->addTab(m_history, tr("History"));
    m_tabs->addTab(m_corps, tr("Corps"));
    connect(m_corps, &SuiteCorpsView::installRequested, this,
            [this] { startRun(QStringLiteral("install")); });
    connect(m_corps, &SuiteCorpsView::tenantsChanged, this, &RunPanel::tenantsChanged);
    connect(m_history, &RunHistoryView::openRequested, this, [this](const RunRecord &run) {
        showRecord(run);
        m_tabs->setCurrentWidget(run.identity ? static_cast<QWidget *>(m_identity) : m_stepTable);
    });
    connect(m_history, &RunHistoryView::compareRequested, this, &RunPanel::compare);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(new QLabel(tr("Mode:"), this));
    bar->addWidget(m_mode);
    bar->addWidget(m_grant);
    bar->addWidget(m_browserChoice);
    bar->addWidget(m_keepTokens);
    bar->addWidget(m_start);
    bar->addWidget(m_cancel);
    bar->addWidget(m_paste);
    auto *live = new QHBoxLayout;
    live->addWidget(m_phase);
    live->addWidget(m_elapsed);
    live->addWidget(m_progress);
    live->addStretch();
    live->addWidget(m_enterSecret);
    m_enterSecret->setObjectName(QStringLiteral("enterSecretButton"));
    m_enterSecret->hide();
    connect(m_enterSecret, &QPushButton::clicked, this, &RunPanel::enterSecretRequested);
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("runSplitter"));
    // Where the browser goes when a run first needs it (BrowserPane: loaded then, not at start).
    auto *waiting = new QLabel(tr("The authorization page appears here when a run starts."), m_split);
    waiting->setObjectName(QStringLiteral("browserPlaceholder"));
    waiting->setAlignment(Qt::AlignCenter);
    waiting->setWordWrap(true);
    m_split->addWidget(waiting);
    m_split->addWidget(m_tabs);
    m_split->setStretchFactor(0, 5);
    m_split->setStretchFactor(1, 6);
    m_split->setSizes({520, 640});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(live);
    layout->addWidget(m_status);
    layout->addWidget(m_split, 1);

    connect(m_identity, &IdentityView::tokenActionRequested, this, &RunPanel::runTokenAction);
    connect(m_start, &QPushButton::clicked, this, [this] { startRun(); });
    connect(m_cancel, &QPushButton::clicked, this, &RunPanel::cancelRun);
    connect(m_paste, &QPushButton::clicked, this, &RunPanel::askForPastedUrl);
    setTenant(std::nullopt);
}

void RunPanel::setTenant(const std::optional<Tenant> &tenant) {
    // The same tenant again (the list reloaded: another process changed it) keeps the run shown.
    const std::optional<RunRecord> keep =
        tenant && m_tenant && tenant->id == m_tenant->id && m_shown ? m_shown : std::nullopt;
    m_tenant = tenant;
    m_mode->clear();
    const Provider *provider = tenant ? Provider::find(tenant->provider) : nullptr;
    if (provider) {
        m_mode->addItems(provider->modes());
        m_mode->setCurrentText(provider->defaultMode(*tenant));
    }
    updateRunChoices(provider);
    m_title->setText(
        tenant ? tr("<b>%1</b> · %2")
                     .arg(tenant->name.toHtmlEscaped(), provider ? provider->displayName() : tenant->provider)
               : tr("Select a tenant on the left."));
    setControlsForRun(false);
    m_start->setEnabled(provider);
    m_paste->setEnabled(provider);
    m_mode->setEnabled(provider);
    // Another tenant's run stays with that tenant: its latest run (if any) is shown instead.
    if (m_run && !m_run->isActive()) {
        m_run->deleteLater();
        m_run = nullptr;
    }
    if (m_browser)
        m_browser->clear();
    clearViews();
    m_shown.reset();
    m_phase->clear();
    m_elapsed->clear();
    reloadHistory();
    m_corps->setTenant(tenant);
    m_tabs->setTabVisible(m_tabs->indexOf(m_corps), tenant && SuiteCorpsView::appliesTo(*tenant));
    if (keep)
        showRecord(*keep);
    else if (!m_history->runs().isEmpty())
        showRecord(m_history->runs().constFirst());
    checkSecret();
    updateTokenActions();
}

void RunPanel::updateRunChoices(const Provider *provider) {
    const QMap<QString, QString> grantNames{{QStringLiteral("code"), tr("Authorization code")},
                                            {QStringLiteral("device"), tr("Device code")},
                                            {QStringLiteral("client_credentials"), tr("Client credentials")}};
    m_grant->clear();
    for (const QString &grant : provider ? provider->grants() : QStringList())
        m_grant->addItem(grantNames.value(grant, grant), grant);
    m_browserChoice->setCurrentIndex(0);
    m_keepTokens->setChecked(false);
    m_grant->setVisible(m_grant->count() > 1);
    m_browserChoice->setVisible(provider && provider->acceptsLoopbackRedirect());
    m_keepTokens->setVisible(provider && provider->keepsTokens());
}

void RunPanel::updateTokenActions() {
    const Provider *provider = m_tenant ? Provider::find(m_tenant->provider) : nullptr;
    const QStringList offered = provider ? provider->tokenActions() : QStringList();
    m_identity->setTokenActions(offered, false, false);
    if (offered.isEmpty())
        return;
    const QString tenantId = m_tenant->id;
    m_workspace->secrets()->read(SecretStore::keyFor(tenantId, FlowRun::keptTokensName()), m_identity,
                                 [this, tenantId, offered](const SecretResult &kept) {
                                     if (m_tenant && m_tenant->id == tenantId)
                                         m_identity->setTokenActions(offered, kept.ok(),
                                                                     kept.ok() && !isRunActive());
                                 });
}

void RunPanel::runTokenAction(const QString &action, const QString &which) {
    if (!m_tenant || isRunActive())
        return;
    if (action == QLatin1String("logout")) {
        BrowserPane *pane = browser();
        if (!pane)
            return;
        auto *session = new TokenSession(m_workspace->services(), *m_tenant, this);
        session->readKept([this, session, pane](const Result<KeptTokens> &kept) {
            session->deleteLater();
            if (!kept.ok())
                return m_identity->showTokenResult(kept.errorText());
            FlowRun *run = newRun(m_mode->currentText());
            run->setLogout(kept.value());
            showLeft(pane);
            pane->startRun(run);
            updateHeader();
        });
        return;
    }
    const TokenOperation operation = action == QLatin1String("refresh")      ? TokenOperation::Refresh
                                     : action == QLatin1String("introspect") ? TokenOperation::Introspect
                                                                             : TokenOperation::Revoke;
    TokenSession *session = newTokenSession();
    m_identity->setTokenActions(Provider::find(m_tenant->provider)->tokenActions(), true, false);
    m_identity->showTokenResult(tr("Asking the provider…"));
    session->run(operation, which, [this, session](const Status &report) {
        tokenSessionEnded(session);
        const QString said =
            report.ok() ? tr("✓ %1").arg(report.value().message) : tr("✗ %1").arg(report.errorText());
        m_identity->showTokenResult(said);
        m_status->setText(said);
        updateTokenActions();
    });
}

TokenSession *RunPanel::newTokenSession() {
    auto *session = new TokenSession(m_workspace->services(), *m_tenant, this);
    clearViews();
    m_shown.reset();
    connect(session, &TokenSession::stepAdded, m_steps, &StepModel::append);
    connect(session->log(), &ExchangeLog::recorded, m_exchanges, &ExchangeModel::append);
    return session;
}

void RunPanel::tokenSessionEnded(TokenSession *session) {
    session->deleteLater();
    reloadHistory();
    if (!m_history->runs().isEmpty()) // the session's record, kept a moment ago
        m_shown = m_history->runs().constFirst();
}

void RunPanel::showLeft(QWidget *widget) {
    if (m_split->widget(0) == widget)
        return;
    QWidget *replaced = m_split->replaceWidget(0, widget);
    widget->show();
    if (!replaced)
        return;
    if (replaced->objectName() == QLatin1String("browserPlaceholder")) {
        delete replaced;
        return;
    }
    // The splitter lets go of what it replaces: the panel keeps it, hidden, for the next run.
    replaced->setParent(this);
    replaced->hide();
}

void RunPanel::checkSecret() {
    m_enterSecret->hide();
    const Provider *provider = m_tenant ? Provider::find(m_tenant->provider) : nullptr;
    if (!provider || !provider->usesSecret(*m_tenant))
        return;
    const QString tenantId = m_tenant->id;
    m_workspace->secrets()->read(
        SecretStore::keyFor(tenantId, provider->secretName()), m_enterSecret,
        [this, tenantId, provider](const SecretResult &secret) {
            if (!m_tenant || m_tenant->id != tenantId || !secret.error().is(Error::Kind::NotFound))
                return;
            m_status->setText(tr("Your keychain holds no %1 for this tenant: the store "
                                 "keeps the configuration, each admin's keychain the "
                                 "secrets. Enter it to run the tenant.")
                                  .arg(provider->secretName()));
            m_enterSecret->show();
        });
}

void RunPanel::clearViews() {
    m_steps->clear();
    m_exchanges->clear();
    m_identity->clear();
    m_exchangeDetail->clear();
    m_status->clear();
}

void RunPanel::reloadHistory() {
    m_history->setRuns(m_tenant ? m_workspace->runs().list(m_tenant->id) : QList<RunRecord>());
}

void RunPanel::showRecord(const RunRecord &record) {
    clearViews();
    m_shown = record;
    for (const FlowStep &step : record.steps)
        m_steps->append(step);
    for (const HttpExchange &exchange : record.exchanges)
        m_exchanges->append(exchange);
    if (record.identity)
        m_identity->showIdentity(*record.identity);
    const QString when = QLocale().toString(record.started.toLocalTime(), QLocale::ShortFormat);
    m_status->setText(
        record.identity
            ? tr("Run %1 (%2): signed in as %3 (%4 %5).")
                  .arg(record.id, when,
                       record.identity->name.isEmpty() ? record.identity->externalId : record.identity->name,
                       record.identity->idType, record.identity->externalId)
        : record.succeeded() ? tr("Run %1 (%2): %3 succeeded.").arg(record.id, when, record.mode)
        : record.outcome == QLatin1String("cancelled")
            ? tr("Run %1 (%2): cancelled.").arg(record.id, when)
            : tr("Run %1 (%2) failed: %3").arg(record.id, when, record.error));
}

FlowRun *RunPanel::newRun(const QString &mode) {
    if (m_run) { // an ended run: its record is in the history
        m_run->cancel();
        m_run->deleteLater();
    }
    clearViews();
    m_shown.reset();
    if (m_browser)
        m_browser->clear();
    // The tenant as it is now: an edit, or the sandbox moved to another port since it was selected.
    if (const auto fresh = m_workspace->tenants().findById(m_tenant->id))
        m_tenant = fresh;
    m_run = m_workspace->newRun(*m_tenant, mode, this);
    m_currentCall.clear();
    m_pageProgress = -1;
    connect(m_run, &FlowRun::stepAdded, m_steps, &StepModel::append);
    connect(m_run, &FlowRun::phaseChanged, this, &RunPanel::updateHeader);
    connect(m_run->log(), &ExchangeLog::requestStarted, this, [this](const QString &purpose) {
        m_currentCall = purpose;
        updateHeader();
    });
    connect(m_run->log(), &ExchangeLog::recorded, this, [this](const HttpExchange &exchange) {
        m_exchanges->append(exchange);
        m_currentCall.clear();
        updateHeader();
    });
    connect(m_run, &FlowRun::finished, this, [this, run = m_run.data()](bool ok) {
        if (run != m_run)
            return;
        m_ticker->stop();
        m_progress->hide();
        setControlsForRun(false);
        updateHeader();
        reloadHistory();
        const auto kept = std::find_if(m_history->runs().cbegin(), m_history->runs().cend(),
                                       [run](const RunRecord &r) { return r.id == run->id(); });
        m_shown = kept != m_history->runs().cend() ? std::optional<RunRecord>(*kept) : run->record();
        updateTokenActions();
        if (ok && !run->yieldsIdentity()) {
            m_status->setText(tr("✓ Signed out at the provider."));
            m_identity->showTokenResult(tr("✓ Signed out at the provider."));
        } else if (ok && run->mode() == QLatin1String("install") &&
                   SuiteCorpsView::appliesTo(run->tenant())) {
            // An install's identity is the admin who installed; the corp is what the tab shows.
            m_identity->showIdentity(run->identity());
            m_corps->adoptInstall(run->identity());
            m_tabs->setCurrentWidget(m_corps);
            m_status->setText(tr("✓ Installed in %1.")
                                  .arg(run->identity().extra.value(QLatin1String("corp_name")).toString()));
        } else if (ok) {
            m_identity->showIdentity(run->identity());
            m_tabs->setCurrentWidget(m_identity);
            const Identity &identity = run->identity();
            m_status->setText(identity.name.isEmpty()
                                  ? tr("✓ Signed in: %1 %2.").arg(identity.idType, identity.externalId)
                                  : tr("✓ Signed in as %1 (%2 %3).")
                                        .arg(identity.name, identity.idType, identity.externalId));
        } else {
            m_status->setText(run->phase() == FlowRun::Phase::Cancelled
                                  ? tr("Cancelled: nothing further was called.")
                                  : tr("✗ %1").arg(run->error()));
        }
        emit runFinished(
            ok, ok ? (run->identity().name.isEmpty() ? run->identity().externalId : run->identity().name)
                   : run->error());
    });
    m_tabs->setCurrentWidget(m_stepTable);
    m_clock.start();
    m_ticker->start();
    setControlsForRun(true);
    return m_run;
}

void RunPanel::setControlsForRun(bool active) {
    // While a run is under way its tenant and mode cannot change, and Start cannot replace it.
    m_mode->setEnabled(!active && m_tenant);
    m_grant->setEnabled(!active && m_tenant);
    m_browserChoice->setEnabled(!active && m_tenant && m_grant->currentData() == QLatin1String("code"));
    m_keepTokens->setEnabled(!active && m_tenant &&
                             m_grant->currentData() != QLatin1String("client_credentials"));
    m_start->setEnabled(!active && m_tenant);
    m_paste->setEnabled(!active && m_tenant);
    m_cancel->setEnabled(active);
    m_cancel->setVisible(active);
    emit runActiveChanged(active);
}

QString RunPanel::phaseText() const {
    if (!m_run)
        return {};
    switch (m_run->phase()) {
    case FlowRun::Phase::Created:
    case FlowRun::Phase::Preparing:
        return tr("Asking the provider for its endpoints and keys (discovery)");
    case FlowRun::Phase::WaitingForRedirect:
        return m_pageProgress >= 0 ? tr("Loading the authorization page (%1%)").arg(m_pageProgress)
                                   : tr("Waiting for the user to sign in and be redirected");
    case FlowRun::Phase::WaitingForUser:
        return tr("Waiting for the user to enter the code on another device");
    case FlowRun::Phase::Exchanging:
        return m_currentCall.isEmpty() ? tr("Exchanging the code")
                                       : tr("Exchanging — calling %1").arg(m_currentCall);
    case FlowRun::Phase::Succeeded:
        return tr("Done");
    case FlowRun::Phase::Failed:
        return tr("Failed");
    case FlowRun::Phase::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

void RunPanel::updateHeader() {
    m_phase->setText(phaseText());
    if (m_run)
        m_elapsed->setText(tr("%1 s").arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 1)));
    const bool loading = m_run && m_run->phase() == FlowRun::Phase::WaitingForRedirect && m_pageProgress >= 0;
    const bool busy = m_run && (m_run->phase() == FlowRun::Phase::Preparing ||
                                m_run->phase() == FlowRun::Phase::WaitingForUser ||
                                m_run->phase() == FlowRun::Phase::Exchanging);
    m_progress->setVisible(loading || busy);
    m_progress->setRange(0, loading ? 100 : 0); // 0..0: busy, no percentage to show
    if (loading)
        m_progress->setValue(m_pageProgress);
}

BrowserPane *RunPanel::browser() {
    if (m_browser)
        return m_browser;
    QString error;
    // Made without a parent: a widget made with the splitter as its parent would become a pane of
    // its own instead of taking the placeholder's.
    m_browser = BrowserPane::create(nullptr, &error);
    if (!m_browser) {
        m_status->setText(error);
        return nullptr;
    }
    showLeft(m_browser);
    connect(m_browser, &BrowserPane::loadProgress, this, [this](int percent) {
        m_pageProgress = percent < 100 ? percent : -1;
        updateHeader();
    });
    return m_browser;
}

void RunPanel::startRun(const QString &mode) {
    if (!m_tenant || isRunActive())
        return;
    const QString grant = !m_grant->isHidden() ? m_grant->currentData().toString() : QStringLiteral("code");
    const bool systemBrowser =
        !m_browserChoice->isHidden() && m_browserChoice->currentData() == QLatin1String("system");
    if (grant == QLatin1String("client_credentials")) {
        TokenSession *session = newTokenSession();
        m_status->setText(tr("Asking the provider for a token for the client itself…"));
        session->clientCredentials([this, session](const Status &granted) {
            tokenSessionEnded(session);
            if (!granted.ok())
                return m_status->setText(tr("✗ %1").arg(granted.errorText()));
            m_identity->showToken(granted.value().message, granted.value().details);
            m_tabs->setCurrentWidget(m_identity);
            m_status->setText(tr("✓ %1").arg(granted.value().message));
        });
        return;
    }
    if (grant == QLatin1String("device")) {
        FlowRun *run = newRun(mode.isEmpty() ? m_mode->currentText() : mode);
        run->setKeepTokens(!m_keepTokens->isHidden() && m_keepTokens->isChecked());
        showLeft(m_devicePage);
        m_devicePage->finish(tr("Asking the provider for a code…"));
        connect(run, &FlowRun::deviceCodeReady, m_devicePage, &DeviceCodePage::showAuthorization);
        connect(run, &FlowRun::finished, m_devicePage,
                [this, run](bool ok) { m_devicePage->finish(ok ? tr("✓ Signed in.") : run->error()); });
        run->startDevice();
        updateHeader();
        return;
    }
    BrowserPane *pane = browser();
    if (!pane)
        return;
    FlowRun *run = newRun(mode.isEmpty() ? m_mode->currentText() : mode);
    run->setKeepTokens(!m_keepTokens->isHidden() && m_keepTokens->isChecked());
    if (systemBrowser) {
        // The page opens in the user's own browser; the embedded one says where it went.
        connect(run, &FlowRun::authorizationReady, this, [this, run](const QUrl &url) {
            QString error;
            if (!SystemBrowser::open(url, &error))
                return run->fail(error);
            m_status->setText(
                tr("The authorization page opened in your browser. Waiting for it to come back to "
                   "%1.")
                    .arg(run->tenant().redirectUri));
        });
        run->useLoopbackRedirect();
        pane->clear();
        run->start();
        updateHeader();
        return;
    }
    showLeft(pane);
    pane->startRun(run);
    updateHeader();
}

void RunPanel::cancelRun() {
    if (!isRunActive())
        return;
    if (m_browser)
        m_browser->clear(); // the page stops loading: nothing more is asked of the platform
    m_run->cancel();
}

void RunPanel::runPasted(const QUrl &url) {
    if (!m_tenant)
        return;
    // A pasted URL belongs to the run that is waiting, if any; otherwise to a new one.
    FlowRun *run = m_run && m_run->phase() == FlowRun::Phase::WaitingForRedirect
                       ? m_run.data()
                       : newRun(m_mode->currentText());
    run->handlePasted(url);
    updateHeader();
}

void RunPanel::askForPastedUrl() {
    bool ok = false;
    const QString text = QInputDialog::getText(
        this, tr("Paste redirect URL"),
        tr("The full address the platform redirected to (with code and state), or for 企企's "
           "normal mode the callback URL your server received (with openid "
           "and requestId):"),
        QLineEdit::Normal, {}, &ok);
    if (ok && !text.trimmed().isEmpty())
        runPasted(QUrl(text.trimmed()));
}

void RunPanel::showExchange(const QModelIndex &index) {
    const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(index.model());
    const QModelIndex source = proxy ? proxy->mapToSource(index) : index;
    m_exchangeDetail->setPlainText(source.isValid() ? m_exchanges->exchange(source.row()).toText()
                                                    : QString());
}

QString RunPanel::curlText() const {
    const QModelIndex current = m_exchangeTable->currentIndex();
    if (current.isValid()) {
        const auto *proxy = qobject_cast<const QSortFilterProxyModel *>(current.model());
        return RunExport::curl(
                   m_exchanges->exchange(proxy ? proxy->mapToSource(current).row() : current.row())) +
               QLatin1Char('\n');
    }
    if (m_shown)
        return RunExport::curlScript(*m_shown);
    return {};
}

Status RunPanel::exportShownRun(const QString &path) const {
    if (!m_shown)
        return Error::failed(
            tr("There is no run to export yet: start one, or open one from the History tab."));
    const bool har = path.endsWith(QLatin1String(".har"), Qt::CaseInsensitive);
    const QByteArray content =
        har ? QJsonDocument(RunExport::har(*m_shown)).toJson()
            : RunExport::html(*m_shown, m_workspace->tenants().findById(m_shown->tenantId)).toUtf8();
    if (const Status written = UserFile::write(path, content); !written.ok())
        return written;
    return Done{tr("Run %1 written to %2.").arg(m_shown->id, path)};
}

void RunPanel::exportWithDialog() {
    if (!m_shown)
        return MessageBox::information(
            this, tr("Export run"),
            tr("There is no run to export yet: start one, or open one from the History tab."));
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export run"), QStringLiteral("authdesk-run-%1.har").arg(m_shown->id),
        tr("HAR for browser dev tools (*.har);;HTML report (*.html)"), &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) // "report" becomes report.html when HTML was chosen
        path += filter.contains(QLatin1String("*.html")) ? QStringLiteral(".html") : QStringLiteral(".har");
    const Status written = exportShownRun(path);
    if (!written.ok())
        return MessageBox::warning(this, tr("Export run"), written.errorText());
    m_status->setText(written.value().message);
}

void RunPanel::compare(const RunRecord &older, const RunRecord &newer) {
    RunCompareDialog dialog(older, newer, this);
    dialog.exec();
}
