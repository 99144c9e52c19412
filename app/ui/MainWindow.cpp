#include "MainWindow.h"

#include "AuditDialog.h"
#include "CallbackDecryptDialog.h"
#include "DemoEnvironment.h"
#include "DesktopNotification.h"
#include "HealthView.h"
#include "MappingsView.h"
#include "MessageBox.h"
#include "RunPanel.h"
#include "SignatureInspector.h"
#include "StoreDialog.h"
#include "SuiteCorpsView.h"
#include "TenantDialog.h"
#include "providers/Provider.h"
#include "run/DirectorySync.h"
#include "store/HealthHistory.h"
#include "store/SecretStore.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {
constexpr int tenantIdRole = Qt::UserRole + 1; // a tenant item's id, beside its name (Qt::UserRole)
} // namespace

MainWindow::MainWindow(Workspace *workspace, DemoEnvironment *demo, QWidget *parent)
    : QMainWindow(parent), m_workspace(workspace), m_demo(demo), m_tree(new QTreeWidget(this)),
      m_stack(new QStackedWidget(this)), m_welcome(new QWidget(this)), m_mappingsPage(new QWidget(this)),
      m_healthPage(new QWidget(this)), m_healthSchedule(new QTimer(this)), m_pages(new QTabWidget(this)),
      m_keychain(new QLabel(this)), m_split(new QSplitter(this)) {
    setWindowTitle(tr("AuthDesk"));
    setObjectName(QStringLiteral("mainWindow"));
    m_tree->setObjectName(QStringLiteral("tenantTree"));
    m_tree->setHeaderLabel(tr("Tenants"));
    m_tree->setRootIsDecorated(true);
    m_tree->setMinimumWidth(240);

    auto *welcomeLayout = new QVBoxLayout(m_welcome);
    // Plain text, not HTML: a rich-text label builds a whole text document at every start.
    auto *welcomeTitle = new QLabel(tr("Welcome to AuthDesk"), m_welcome);
    QFont titleFont = welcomeTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    welcomeTitle->setFont(titleFont);
    auto *welcomeText = new QLabel(
        tr("AuthDesk runs the real WeCom, 勤策, 企企, Feishu or DingTalk login for each of your tenants in "
           "an "
           "embedded browser, captures the redirect, performs the token and user-info calls, and shows "
           "every step.\n\nNo credentials yet? The built-in sandbox stands in for the platform on this "
           "computer, with demo tenants you can run at once."),
        m_welcome);
    welcomeText->setTextFormat(Qt::PlainText);
    welcomeText->setWordWrap(true);
    auto *trySandbox = new QPushButton(tr("Try the built-in sandbox"), m_welcome);
    trySandbox->setObjectName(QStringLiteral("trySandboxButton"));
    auto *addFirst = new QPushButton(tr("Add a tenant…"), m_welcome);
    welcomeLayout->addStretch();
    welcomeLayout->addWidget(welcomeTitle);
    welcomeLayout->addWidget(welcomeText);
    welcomeLayout->addWidget(trySandbox, 0, Qt::AlignLeft);
    welcomeLayout->addWidget(addFirst, 0, Qt::AlignLeft);
    welcomeLayout->addStretch(2);
    m_stack->addWidget(m_welcome);

    m_split->setObjectName(QStringLiteral("mainSplitter"));
    m_split->addWidget(m_tree);
    m_split->addWidget(m_stack);
    m_split->setStretchFactor(1, 1);
    m_split->setSizes({270, 1130});
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_split, tr("Authorization"));
    new QVBoxLayout(m_mappingsPage);
    m_mappingsPage->layout()->setContentsMargins({});
    m_pages->addTab(m_mappingsPage, tr("Mappings"));
    new QVBoxLayout(m_healthPage);
    m_healthPage->layout()->setContentsMargins({});
    m_pages->addTab(m_healthPage, tr("Health"));
    setCentralWidget(m_pages);
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_pages->widget(index) == m_mappingsPage)
            mappingsView()->reload(); // runs and syncs may have added rows
        if (m_pages->widget(index) == m_healthPage && !healthView()->isChecking())
            healthView()->reload(); // another admin (a shared store) or the schedule may have checked
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Add tenant…"), QKeySequence(QKeySequence::New), this, &MainWindow::addTenant)
        ->setObjectName(QStringLiteral("addTenantAction"));
    m_editAction = file->addAction(tr("&Edit tenant…"), this, &MainWindow::editTenant);
    m_editAction->setObjectName(QStringLiteral("editTenantAction"));
    m_renameAction = file->addAction(tr("Re&name tenant…"), this, &MainWindow::renameTenant);
    m_renameAction->setObjectName(QStringLiteral("renameTenantAction"));
    m_removeAction = file->addAction(tr("&Remove tenant…"), this, &MainWindow::removeTenant);
    m_removeAction->setObjectName(QStringLiteral("removeTenantAction"));
    file->addSeparator();
    file->addAction(tr("E&xport mappings…"), this, [this] {
        m_pages->setCurrentWidget(m_mappingsPage);
        mappingsView()->exportWithDialog();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence(QKeySequence::Quit), qApp, &QApplication::quit);
    if (m_demo) {
        QMenu *sandbox = menuBar()->addMenu(tr("&Sandbox"));
        m_startSandboxAction =
            sandbox->addAction(tr("Start sandbox with &demo tenants"), this, [this] { startSandbox(); });
        m_startSandboxAction->setObjectName(QStringLiteral("startSandboxAction"));
        QMenu *faults = sandbox->addMenu(tr("&Faults"));
        faults->setObjectName(QStringLiteral("faultsMenu"));
        connect(faults, &QMenu::aboutToShow, this, [this, faults] { buildFaultsMenu(faults); });
        buildFaultsMenu(faults);
    }
    trySandbox->setVisible(m_demo);
    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->addAction(tr("&Signature inspector (SigV4)…"), this, [this] {
        SignatureInspector inspector(m_workspace->secrets(), m_workspace->tenants().find(selectedTenant()),
                                     this);
        inspector.exec();
    });
    toolsMenu->addAction(tr("&WeCom callback decryptor…"), this, [this] {
        CallbackDecryptDialog dialog(this);
        dialog.exec();
    });
    toolsMenu->addAction(tr("Sync &directory…"), this, &MainWindow::syncDirectory);
    toolsMenu->addAction(tr("Suggest &local accounts…"), this, [this] {
        m_pages->setCurrentWidget(m_mappingsPage);
        mappingsView()->suggestWithDialog();
    });
    toolsMenu->addAction(tr("&Audit trail…"), this, [this] {
        AuditDialog dialog(m_workspace->audit(), m_workspace->database().url(), this);
        dialog.exec();
    });
    QMenu *settingsMenu = menuBar()->addMenu(tr("S&ettings"));
    settingsMenu->addAction(tr("&Store…"), this, [this] {
        StoreDialog dialog(m_workspace->secrets(), m_workspace->database().url(), this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(dialog.message(), 15000);
    });
    settingsMenu->addAction(tr("&Health checks…"), this, [this] {
        bool ok = false;
        const int hours = QInputDialog::getInt(
            this, tr("Health checks"),
            tr("Check all tenants every N hours while the console is open, and notify when one fails "
               "(0: never):"),
            QSettings().value(QStringLiteral("health/everyHours"), 0).toInt(), 0, 168, 1, &ok);
        if (!ok)
            return;
        QSettings().setValue(QStringLiteral("health/everyHours"), hours);
        setHealthSchedule(hours);
    });
    m_healthSchedule->setObjectName(QStringLiteral("healthSchedule"));
    connect(m_healthSchedule, &QTimer::timeout, this, &MainWindow::checkAllOnSchedule);
    setHealthSchedule(QSettings().value(QStringLiteral("health/everyHours"), 0).toInt());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About AuthDesk"), this, [this] {
        QMessageBox::about(
            this, tr("About AuthDesk"),
            tr("AuthDesk %1 — third-party login console for WeCom, 勤策, 企企, Feishu and DingTalk.")
                .arg(QApplication::applicationVersion()));
    });

    m_keychain->setObjectName(QStringLiteral("keychainStatus"));
    m_keychain->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_keychain);
    connect(trySandbox, &QPushButton::clicked, this, [this] { startSandbox(); });
    connect(addFirst, &QPushButton::clicked, this, &MainWindow::addTenant);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &MainWindow::showTenant);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &MainWindow::updateActions);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &MainWindow::showTenantMenu);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        if (item && item->parent()) // a tenant, not a platform group
            editTenant();
    });
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, &MainWindow::reloadIfChangedElsewhere);
    poll->start(2000);

    m_keychain->setText(tr("Keychain: checking…"));
    m_workspace->secrets()->probe(this, [this](const SecretResult &result) {
        m_keychain->setText(result.ok() ? tr("Keychain: ready") : tr("Keychain: unavailable"));
        m_keychain->setToolTip(result.errorText());
        if (!result.ok())
            statusBar()->showMessage(result.errorText());
    });

    resize(1400, 860);
    reloadTenants();
    restoreLayout();
    m_dataVersion = m_workspace->database().dataVersion();
    const QList<Tenant> tenants = m_workspace->tenants().tenants();
    // Demo tenants need their sandbox; the keychain already holds their secrets.
    if (m_demo && std::any_of(tenants.cbegin(), tenants.cend(), [](const Tenant &t) { return t.demo; }))
        runSandbox();
}

MainWindow::~MainWindow() = default;

// The run panel and the Mappings page are made when first shown: their tables and word-wrapped
// labels would otherwise be laid out at every start, even on the welcome page.
RunPanel *MainWindow::runPanel() {
    if (m_runPanel)
        return m_runPanel;
    m_runPanel = new RunPanel(m_workspace, m_stack);
    m_stack->addWidget(m_runPanel);
    connect(m_runPanel, &RunPanel::runFinished, this, [this](bool ok, const QString &message) {
        statusBar()->showMessage(ok ? tr("Run succeeded: %1").arg(message) : tr("Run failed"), 10000);
    });
    connect(m_runPanel, &RunPanel::enterSecretRequested, this, &MainWindow::editTenant);
    connect(m_runPanel, &RunPanel::tenantsChanged, this, [this] { reloadTenants(); });
    // The tenant of a run under way stays selected and as it was until the run ends.
    connect(m_runPanel, &RunPanel::runActiveChanged, this, [this](bool active) {
        m_tree->setEnabled(!active);
        updateActions();
    });
    if (auto *runSplit = m_runPanel->findChild<QSplitter *>(QStringLiteral("runSplitter")))
        runSplit->restoreState(QSettings().value(QStringLiteral("window/runSplitter")).toByteArray());
    return m_runPanel;
}

MappingsView *MainWindow::mappingsView() {
    if (m_mappings)
        return m_mappings;
    m_mappings = new MappingsView(m_workspace->mappings(), m_workspace->tenants(), m_workspace->directory(),
                                  m_mappingsPage);
    m_mappingsPage->layout()->addWidget(m_mappings);
    m_mappings->restoreLayout(QSettings());
    return m_mappings;
}

HealthView *MainWindow::healthView() {
    if (m_health)
        return m_health;
    m_health = new HealthView(m_workspace->services(), m_workspace->health(), m_healthPage);
    m_healthPage->layout()->addWidget(m_health);
    connect(m_health, &HealthView::roundFinished, this, [this] {
        updateHealthIcons();
        m_notifyFailures = false;
    });
    connect(
        m_health, &HealthView::tenantChecked, this,
        [this](const QString &name, HealthCheck::Status previous, HealthCheck::Status now) {
            // A tenant that worked (perhaps with warnings) and fails now; never one failing already.
            if (!m_notifyFailures || now != HealthCheck::Status::Fail ||
                (previous != HealthCheck::Status::Ok && previous != HealthCheck::Status::Warn))
                return;
            const QString summary = tr("AuthDesk: %1 fails its health check").arg(name);
            if (!notifyDesktop(summary, tr("Open AuthDesk's Health page for what failed and what to do.")))
                statusBar()->showMessage(summary);
        });
    return m_health;
}

void MainWindow::checkAllOnSchedule() {
    if (healthView()->isChecking())
        return;
    m_notifyFailures = true;
    healthView()->checkAll();
}

// Only the timer: the admin's choice is written when they make it, never at start-up (a settings
// write there cost two fdatasyncs each start).
void MainWindow::setHealthSchedule(int hours) {
    if (hours <= 0)
        return m_healthSchedule->stop();
    m_healthSchedule->start(std::chrono::hours(hours));
}

// Each tenant of the tree shows its worst check of the latest round kept in the store.
void MainWindow::updateHealthIcons() {
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g)
        for (int i = 0; i < m_tree->topLevelItem(g)->childCount(); ++i) {
            QTreeWidgetItem *item = m_tree->topLevelItem(g)->child(i);
            const QList<HealthHistory::Round> rounds =
                m_workspace->health().rounds(item->data(0, tenantIdRole).toString(), 1);
            if (rounds.isEmpty()) {
                item->setIcon(0, {});
                continue;
            }
            const HealthCheck::Status status = HealthCheck::worst(rounds.first().checks);
            item->setIcon(0, HealthView::icon(status));
            item->setData(0, Qt::AccessibleDescriptionRole, HealthView::statusText(status));
        }
}

bool MainWindow::isRunActive() const {
    return m_runPanel && m_runPanel->isRunActive();
}

QString MainWindow::keychainStatus() const {
    return m_keychain->text();
}

bool MainWindow::runSandbox() {
    if (m_demo->isRunning())
        return true;
    const Status started = m_demo->start();
    if (!started.ok()) {
        MessageBox::warning(this, tr("Sandbox"), started.errorText());
        return false;
    }
    statusBar()->showMessage(tr("Sandbox listening on %1").arg(m_demo->address().toString()));
    return true;
}

void MainWindow::startSandbox(std::function<void(bool)> done) {
    if (!m_demo || !runSandbox()) {
        if (done)
            done(false);
        return;
    }
    m_demo->createDemoTenants([this, done](const Status &created) {
        if (!created.ok())
            MessageBox::warning(this, tr("Sandbox"), created.errorText());
        else if (!created.value().details.value(QLatin1String("kept")).toArray().isEmpty())
            MessageBox::information(this, tr("Sandbox"), created.value().message);
        const QStringList demos = m_demo->demoTenantNames();
        reloadTenants(demos.isEmpty() ? QString() : demos.constFirst());
        if (done)
            done(created.ok());
    });
}

void MainWindow::reloadTenants(const QString &select) {
    const QString keep = select.isEmpty() ? selectedTenant() : select;
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    const QList<Tenant> tenants = m_workspace->tenants().tenants();
    for (const Tenant &tenant : tenants) {
        QTreeWidgetItem *&group = groups[tenant.provider];
        if (!group) {
            const Provider *provider = Provider::find(tenant.provider);
            group = new QTreeWidgetItem(m_tree, {provider ? provider->displayName() : tenant.provider});
            group->setFlags(Qt::ItemIsEnabled);
            group->setExpanded(true);
        }
        auto *item =
            new QTreeWidgetItem(group, {tenant.demo ? tr("%1 (sandbox)").arg(tenant.name) : tenant.name});
        item->setData(0, Qt::UserRole, tenant.name);
        item->setData(0, tenantIdRole, tenant.id);
        item->setToolTip(0, tenant.redirectUri);
    }
    m_stack->setCurrentWidget(tenants.isEmpty() ? m_welcome : static_cast<QWidget *>(runPanel()));
    // A service-provider app's tickets arrive whichever tenant is shown.
    if (std::any_of(tenants.cbegin(), tenants.cend(), &SuiteCorpsView::appliesTo))
        runPanel()->corpsView()->listenForAll(tenants);
    updateHealthIcons();
    if (!keep.isEmpty() && selectTenant(keep))
        return updateActions();
    if (m_tree->topLevelItemCount() > 0 && m_tree->topLevelItem(0)->childCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->child(0));
    updateActions();
}

void MainWindow::updateActions() {
    const bool selected = !selectedTenant().isEmpty();
    const bool running = isRunActive();
    for (QAction *action : {m_editAction, m_renameAction, m_removeAction})
        action->setEnabled(selected && !running);
    if (m_startSandboxAction) // once it runs, the demo tenants are there and point at it
        m_startSandboxAction->setEnabled(!m_demo->isRunning());
}

void MainWindow::showTenantMenu(const QPoint &position) {
    QTreeWidgetItem *item = m_tree->itemAt(position);
    if (!item || !item->parent())
        return;
    m_tree->setCurrentItem(item);
    QMenu menu(this);
    menu.addAction(tr("Start authorization"), this, [this] { runPanel()->startRun(); })
        ->setEnabled(!isRunActive());
    menu.addAction(tr("Check health"), this, [this] {
        const QString name = selectedTenant();
        m_pages->setCurrentWidget(m_healthPage);
        healthView()->selectTenant(name);
        healthView()->checkTenant(name);
    });
    menu.addSeparator();
    for (QAction *action : {m_editAction, m_renameAction, m_removeAction})
        menu.addAction(action);
    menu.exec(m_tree->viewport()->mapToGlobal(position));
}

void MainWindow::buildFaultsMenu(QMenu *faults) {
    faults->clear();
    if (!m_demo->isRunning()) {
        faults->addAction(tr("Start the sandbox first"))->setEnabled(false);
        return;
    }
    for (const auto &[platform, names] : m_demo->faults()) {
        const Provider *provider = Provider::find(platform);
        QMenu *menu = faults->addMenu(provider                               ? provider->displayName()
                                      : platform == QLatin1String("sandbox") ? tr("Every platform")
                                                                             : platform);
        for (const QString &fault : names)
            menu->addAction(fault, this, [this, platform = platform, fault] {
                m_demo->setFault(platform, fault);
                statusBar()->showMessage(tr("Sandbox: %1 answers with \"%2\" until Sandbox → Faults → Reset.")
                                             .arg(platform, fault));
            });
    }
    for (const auto &[platform, names] : m_demo->actions()) {
        faults->addSeparator();
        const Provider *provider = Provider::find(platform);
        for (const QString &action : names)
            faults->addAction(tr("%1: %2 now").arg(provider ? provider->displayName() : platform, action),
                              this, [this, platform = platform, action] {
                                  m_demo->act(platform, action);
                                  statusBar()->showMessage(tr("Sandbox: %1 done.").arg(action), 10000);
                              });
    }
    faults->addSeparator();
    faults
        ->addAction(tr("&Reset"), this,
                    [this] {
                        m_demo->resetFaults();
                        statusBar()->showMessage(tr("Sandbox: every fault is off."), 10000);
                    })
        ->setObjectName(QStringLiteral("resetFaultsAction"));
}

void MainWindow::reloadIfChangedElsewhere() {
    const qint64 version = m_workspace->database().dataVersion();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    if (!isRunActive()) { // a run under way keeps its tenant; the next check catches up
        reloadTenants();
        if (m_pages->currentWidget() == m_mappingsPage)
            mappingsView()->reload();
    } else {
        m_dataVersion = -1;
    }
}

void MainWindow::saveLayout() const {
    QVariantMap layout{{QStringLiteral("window/geometry"), saveGeometry()},
                       {QStringLiteral("window/mainSplitter"), m_split->saveState()},
                       {QStringLiteral("window/lastTenant"), selectedTenant()}};
    // A page never opened keeps the layout saved last time.
    if (auto *runSplit =
            m_runPanel ? m_runPanel->findChild<QSplitter *>(QStringLiteral("runSplitter")) : nullptr)
        layout.insert(QStringLiteral("window/runSplitter"), runSplit->saveState());
    if (m_mappings)
        m_mappings->saveLayout(layout);
    // QSettings rewrites its file (and syncs it to disk) when any value was set, even to the one
    // it held: a console closed as it was opened writes nothing.
    QSettings settings;
    for (auto it = layout.cbegin(); it != layout.cend(); ++it)
        if (settings.value(it.key()) != it.value())
            settings.setValue(it.key(), it.value());
}

void MainWindow::restoreLayout() {
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_split->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    selectTenant(settings.value(QStringLiteral("window/lastTenant")).toString());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    const bool syncing = m_sync;
    if ((syncing || isRunActive()) &&
        MessageBox::question(this, tr("Quit AuthDesk"),
                             syncing
                                 ? tr("A directory sync is under way. Quit anyway? It is cancelled, and the "
                                      "next sync resumes where it stopped.")
                                 : tr("An authorization is under way. Quit anyway? It is cancelled.")) !=
            QMessageBox::Yes) {
        event->ignore();
        return;
    }
    if (m_sync)
        m_sync->cancel();
    if (m_runPanel)
        m_runPanel->cancelRun();
    saveLayout();
    event->accept();
}

bool MainWindow::selectTenant(const QString &name) {
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g)
        for (int i = 0; i < m_tree->topLevelItem(g)->childCount(); ++i)
            if (m_tree->topLevelItem(g)->child(i)->data(0, Qt::UserRole).toString() == name) {
                m_tree->setCurrentItem(m_tree->topLevelItem(g)->child(i));
                return true;
            }
    return false;
}

QString MainWindow::selectedTenant() const {
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, Qt::UserRole).toString() : QString();
}

void MainWindow::showTenant() {
    const QString name = selectedTenant();
    if (!name.isEmpty() || m_runPanel)
        runPanel()->setTenant(name.isEmpty() ? std::nullopt : m_workspace->tenants().find(name));
}

void MainWindow::syncDirectory() {
    const auto tenant = m_workspace->tenants().find(selectedTenant());
    const Provider *provider = tenant ? Provider::find(tenant->provider) : nullptr;
    if (!provider || !provider->directorySource()) {
        MessageBox::information(this, tr("Sync directory"),
                                tr("Select a WeCom tenant first: directory sync reads "
                                   "WeCom's department and member lists."));
        return;
    }
    if (m_sync)
        return;
    auto *sync = new DirectorySync(m_workspace->services(), *tenant, this);
    m_sync = sync;
    auto *dialog =
        new QProgressDialog(tr("Listing departments of %1…").arg(tenant->name), tr("Cancel"), 0, 0, this);
    dialog->setWindowTitle(tr("Sync directory"));
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumWidth(480);
    // Over the console's middle, whatever the window manager would choose (or not).
    dialog->move(frameGeometry().center() -
                 QPoint(dialog->sizeHint().width(), dialog->sizeHint().height()) / 2);
    connect(dialog, &QProgressDialog::canceled, sync, &DirectorySync::cancel);
    connect(sync, &DirectorySync::progressed, dialog, [dialog](const DirectorySync::Progress &p) {
        dialog->setMaximum(p.departmentsTotal);
        dialog->setValue(p.departmentsDone);
        const QLocale locale;
        dialog->setLabelText(tr("Departments %1 of %2 · %3 member listings · %4 requests")
                                 .arg(locale.toString(p.departmentsDone), locale.toString(p.departmentsTotal),
                                      locale.toString(p.members), locale.toString(p.requests)));
    });
    connect(sync, &DirectorySync::stepAdded, this, [this](const FlowStep &step) {
        if (step.status == FlowStep::Status::Warning)
            statusBar()->showMessage(step.title + QStringLiteral(": ") + step.detail, 10000);
    });
    connect(sync, &DirectorySync::finished, this,
            [this, sync, dialog](bool ok, bool cancelled, const QString &message) {
                dialog->deleteLater();
                sync->deleteLater();
                if (!ok && !cancelled)
                    MessageBox::warning(this, tr("Sync directory"), message);
                else // the summary stays until the admin has read it
                    MessageBox::information(this, tr("Sync directory"), message);
                statusBar()->showMessage(message, 15000);
                if (m_mappings)
                    m_mappings->reload();
            });
    sync->start();
}

void MainWindow::addTenant() {
    TenantDialog dialog(m_workspace, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadTenants(dialog.savedName());
}

void MainWindow::editTenant() {
    const auto tenant = m_workspace->tenants().find(selectedTenant());
    if (!tenant)
        return;
    TenantDialog dialog(m_workspace, tenant, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadTenants(dialog.savedName());
}

void MainWindow::renameTenant() {
    const QString name = selectedTenant();
    if (name.isEmpty())
        return;
    bool ok = false;
    const QString newName =
        QInputDialog::getText(this, tr("Rename tenant"), tr("New name of tenant \"%1\":").arg(name),
                              QLineEdit::Normal, name, &ok)
            .trimmed();
    if (!ok || newName == name)
        return;
    if (const Status renamed = m_workspace->tenants().rename(name, newName); !renamed.ok())
        return MessageBox::warning(this, tr("Rename tenant"), renamed.errorText());
    statusBar()->showMessage(tr("Tenant \"%1\" is now \"%2\".").arg(name, newName), 10000);
    reloadTenants(newName);
}

void MainWindow::removeTenant() {
    const QString name = selectedTenant();
    if (name.isEmpty())
        return;
    auto mappings = TenantStore::MappingsOnRemove::Keep;
    if (const int count = m_workspace->mappingCount(name); count > 0) {
        // Mappings hold local accounts chosen by hand: the admin decides what becomes of them.
        const QMessageBox::StandardButton answer = MessageBox::choose(
            this, tr("Remove tenant"),
            tr("Remove tenant \"%1\" and its secrets from the keychain?\n\nIt has %n mapping(s). Kept "
               "mappings stay in the Mappings page and exports under this name, apart from any later "
               "tenant of the same name.",
               nullptr, count)
                .arg(name),
            {{QMessageBox::Yes, tr("Remove, keep mappings")},
             {QMessageBox::Discard, tr("Remove, delete mappings")},
             {QMessageBox::Cancel, {}}},
            QMessageBox::Cancel);
        if (answer == QMessageBox::Discard)
            mappings = TenantStore::MappingsOnRemove::Delete;
        else if (answer != QMessageBox::Yes)
            return;
    } else if (MessageBox::question(
                   this, tr("Remove tenant"),
                   tr("Remove tenant \"%1\" and its secrets from the keychain?").arg(name)) !=
               QMessageBox::Yes) {
        return;
    }
    m_workspace->removeTenant(name, mappings, [this](const Status &removed) {
        if (!removed.ok())
            MessageBox::warning(this, tr("Remove tenant"), removed.errorText());
        statusBar()->showMessage(removed.ok() ? removed.value().message : removed.errorText(), 10000);
        reloadTenants();
    });
}
