#include "RunPanel.h"

#include "AuthBrowser.h"
#include "CopyableTableView.h"
#include "ExchangeLog.h"
#include "ExchangeModel.h"
#include "FlowRun.h"
#include "IdentityView.h"
#include "StepModel.h"
#include "Workspace.h"
#include "providers/Provider.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

RunPanel::RunPanel(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_title(new QLabel(this)), m_mode(new QComboBox(this)),
      m_start(new QPushButton(tr("Start authorization"), this)),
      m_paste(new QPushButton(tr("Paste redirect URL…"), this)), m_status(new QLabel(this)),
      m_browser(new AuthBrowser(this)), m_tabs(new QTabWidget(this)), m_steps(new StepModel(this)),
      m_exchanges(new ExchangeModel(this)), m_identity(new IdentityView(this)),
      m_stepTable(new CopyableTableView(this)), m_exchangeTable(new CopyableTableView(this)),
      m_exchangeDetail(new QPlainTextEdit(this)) {
    m_title->setObjectName(QStringLiteral("tenantTitle"));
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->setToolTip(tr("Which authorization page to open"));
    m_start->setObjectName(QStringLiteral("startButton"));
    m_start->setDefault(true);
    m_paste->setObjectName(QStringLiteral("pasteButton"));
    m_paste->setToolTip(tr("Exchange a redirect URL copied from a phone or an in-client link"));
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setTextFormat(Qt::PlainText); // run errors quote the platform's errmsg: never rendered as HTML
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

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

    auto *exchangeSplit = new QSplitter(Qt::Vertical, this);
    exchangeSplit->addWidget(m_exchangeTable);
    exchangeSplit->addWidget(m_exchangeDetail);
    m_tabs->setObjectName(QStringLiteral("runTabs"));
    m_tabs->addTab(m_stepTable, tr("Timeline"));
    m_tabs->addTab(m_identity, tr("Identity"));
    m_tabs->addTab(exchangeSplit, tr("Exchanges"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(new QLabel(tr("Mode:"), this));
    bar->addWidget(m_mode);
    bar->addWidget(m_start);
    bar->addWidget(m_paste);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_browser);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 5);
    split->setStretchFactor(1, 6);
    split->setSizes({520, 640});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_status);
    layout->addWidget(split, 1);

    connect(m_start, &QPushButton::clicked, this, [this] { startRun(); });
    connect(m_paste, &QPushButton::clicked, this, &RunPanel::askForPastedUrl);
    setTenant(std::nullopt);
}

void RunPanel::setTenant(const std::optional<Tenant> &tenant) {
    m_tenant = tenant;
    m_mode->clear();
    const Provider *provider = tenant ? Provider::find(tenant->provider) : nullptr;
    if (provider) {
        m_mode->addItems(provider->modes());
        m_mode->setCurrentText(provider->defaultMode(*tenant));
    }
    m_title->setText(
        tenant ? tr("<b>%1</b> · %2")
                     .arg(tenant->name.toHtmlEscaped(), provider ? provider->displayName() : tenant->provider)
               : tr("Select a tenant on the left."));
    m_start->setEnabled(provider);
    m_paste->setEnabled(provider);
    m_mode->setEnabled(provider);
    m_status->clear();
}

FlowRun *RunPanel::newRun(const QString &mode) {
    if (m_run) { // replaced: it calls nothing further and leaves nothing waiting
        m_run->cancel();
        m_run->deleteLater();
    }
    m_steps->clear();
    m_exchanges->clear();
    m_identity->clear();
    m_exchangeDetail->clear();
    m_browser->clear();
    m_run = m_workspace->newRun(*m_tenant, mode, this);
    connect(m_run, &FlowRun::stepAdded, m_steps, &StepModel::append);
    connect(m_run->log(), &ExchangeLog::recorded, m_exchanges, &ExchangeModel::append);
    connect(m_run, &FlowRun::finished, this, [this, run = m_run.data()](bool ok) {
        if (run != m_run)
            return;
        if (ok) {
            m_identity->showIdentity(run->identity());
            m_tabs->setCurrentWidget(m_identity);
            const Identity &identity = run->identity();
            m_status->setText(identity.name.isEmpty()
                                  ? tr("✓ Signed in: %1 %2.").arg(identity.idType, identity.externalId)
                                  : tr("✓ Signed in as %1 (%2 %3).")
                                        .arg(identity.name, identity.idType, identity.externalId));
        } else {
            m_status->setText(tr("✗ %1").arg(run->error()));
        }
        emit runFinished(ok, ok ? run->identity().externalId : run->error());
    });
    m_tabs->setCurrentWidget(m_stepTable);
    return m_run;
}

void RunPanel::startRun(const QString &mode) {
    if (!m_tenant)
        return;
    FlowRun *run = newRun(mode.isEmpty() ? m_mode->currentText() : mode);
    if (!m_browser->startRun(run))
        return;
    const QString waiting = tr("Waiting for the platform to redirect to %1 …").arg(m_tenant->redirectUri);
    if (run->phase() != FlowRun::Phase::Preparing)
        return m_status->setText(waiting);
    m_status->setText(tr("Asking the provider for its endpoints and keys (discovery) …"));
    connect(run, &FlowRun::authorizationReady, m_status, [this, waiting] { m_status->setText(waiting); });
}

void RunPanel::runPasted(const QUrl &url) {
    if (!m_tenant)
        return;
    // A pasted URL belongs to the run that is waiting, if any; otherwise to a new one.
    FlowRun *run = m_run && m_run->phase() == FlowRun::Phase::WaitingForRedirect
                       ? m_run.data()
                       : newRun(m_mode->currentText());
    run->handlePasted(url);
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
