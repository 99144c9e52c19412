#include "MainWindow.h"

#include "DemoEnvironment.h"
#include "DirectorySync.h"
#include "MappingsView.h"
#include "MessageBox.h"
#include "RunPanel.h"
#include "SecretStore.h"
#include "SignatureInspector.h"
#include "TenantDialog.h"
#include "Workspace.h"
#include "providers/Provider.h"

#include <QApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

MainWindow::MainWindow(Workspace *workspace, DemoEnvironment *demo, QWidget *parent)
    : QMainWindow(parent), m_workspace(workspace), m_demo(demo), m_tree(new QTreeWidget(this)),
      m_stack(new QStackedWidget(this)), m_welcome(new QWidget(this)),
      m_runPanel(new RunPanel(workspace, this)), m_mappings(new MappingsView(workspace, this)),
      m_pages(new QTabWidget(this)), m_keychain(new QLabel(this)) {
    setWindowTitle(tr("AuthDesk"));
    setObjectName(QStringLiteral("mainWindow"));
    m_tree->setObjectName(QStringLiteral("tenantTree"));
    m_tree->setHeaderLabel(tr("Tenants"));
    m_tree->setRootIsDecorated(true);
    m_tree->setMinimumWidth(240);

    auto *welcomeLayout = new QVBoxLayout(m_welcome);
    auto *welcomeText = new QLabel(
        tr("<h2>Welcome to AuthDesk</h2><p>AuthDesk runs the real WeCom, 勤策, 企企, Feishu or DingTalk "
           "login for "
           "each of your "
           "tenants in an embedded browser, captures the redirect, performs the token and user-info calls, "
           "and shows every "
           "step.</p><p>No credentials yet? The built-in sandbox stands in for the platform on this "
           "computer, "
           "with demo tenants you can run at once.</p>"),
        m_welcome);
    welcomeText->setWordWrap(true);
    auto *trySandbox = new QPushButton(tr("Try the built-in sandbox"), m_welcome);
    trySandbox->setObjectName(QStringLiteral("trySandboxButton"));
    auto *addFirst = new QPushButton(tr("Add a tenant…"), m_welcome);
    welcomeLayout->addStretch();
    welcomeLayout->addWidget(welcomeText);
    welcomeLayout->addWidget(trySandbox, 0, Qt::AlignLeft);
    welcomeLayout->addWidget(addFirst, 0, Qt::AlignLeft);
    welcomeLayout->addStretch(2);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_runPanel);

    auto *split = new QSplitter(this);
    split->addWidget(m_tree);
    split->addWidget(m_stack);
    split->setStretchFactor(1, 1);
    split->setSizes({270, 1130});
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_pages->addTab(split, tr("Authorization"));
    m_pages->addTab(m_mappings, tr("Mappings"));
    setCentralWidget(m_pages);
    connect(m_pages, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_pages->widget(index) == m_mappings)
            m_mappings->reload(); // runs and syncs may have added rows
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Add tenant…"), this, &MainWindow::addTenant, QKeySequence::New)
        ->setObjectName(QStringLiteral("addTenantAction"));
    file->addAction(tr("&Edit tenant…"), this, &MainWindow::editTenant)
        ->setObjectName(QStringLiteral("editTenantAction"));
    file->addAction(tr("Re&name tenant…"), this, &MainWindow::renameTenant)
        ->setObjectName(QStringLiteral("renameTenantAction"));
    file->addAction(tr("&Remove tenant…"), this, &MainWindow::removeTenant)
        ->setObjectName(QStringLiteral("removeTenantAction"));
    file->addSeparator();
    file->addAction(tr("E&xport mappings…"), this, [this] {
        m_pages->setCurrentWidget(m_mappings);
        m_mappings->exportWithDialog();
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), qApp, &QApplication::quit, QKeySequence::Quit);
    if (m_demo) {
        QMenu *sandbox = menuBar()->addMenu(tr("&Sandbox"));
        sandbox->addAction(tr("Start sandbox with &demo tenants"), this, [this] { startSandbox(); });
    }
    trySandbox->setVisible(m_demo);
    QMenu *toolsMenu = menuBar()->addMenu(tr("&Tools"));
    toolsMenu->addAction(tr("&Signature inspector (SigV4)…"), this, [this] {
        SignatureInspector inspector(m_workspace, m_workspace->tenants().find(selectedTenant()), this);
        inspector.exec();
    });
    toolsMenu->addAction(tr("Sync &directory…"), this, &MainWindow::syncDirectory);
    toolsMenu->addAction(tr("Suggest &local accounts…"), this, [this] {
        m_pages->setCurrentWidget(m_mappings);
        m_mappings->suggestWithDialog();
    });
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
    connect(m_runPanel, &RunPanel::runFinished, this, [this](bool ok, const QString &message) {
        statusBar()->showMessage(ok ? tr("Run succeeded: %1").arg(message) : tr("Run failed"), 10000);
    });

    m_keychain->setText(tr("Keychain: checking…"));
    m_workspace->secrets()->probe(this, [this](const SecretResult &result) {
        m_keychain->setText(result.ok() ? tr("Keychain: ready") : tr("Keychain: unavailable"));
        m_keychain->setToolTip(result.errorText());
        if (!result.ok())
            statusBar()->showMessage(result.errorText());
    });

    resize(1400, 860);
    reloadTenants();
    const QList<Tenant> tenants = m_workspace->tenants().tenants();
    // Demo tenants need their sandbox; the keychain already holds their secrets.
    if (m_demo && std::any_of(tenants.cbegin(), tenants.cend(), [](const Tenant &t) { return t.demo; }))
        runSandbox();
}

MainWindow::~MainWindow() = default;

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
        item->setToolTip(0, tenant.redirectUri);
    }
    m_stack->setCurrentWidget(tenants.isEmpty() ? m_welcome : static_cast<QWidget *>(m_runPanel));
    if (!keep.isEmpty() && selectTenant(keep))
        return;
    if (m_tree->topLevelItemCount() > 0 && m_tree->topLevelItem(0)->childCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->child(0));
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
    m_runPanel->setTenant(name.isEmpty() ? std::nullopt : m_workspace->tenants().find(name));
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
    auto *sync = new DirectorySync(m_workspace, *tenant, this);
    auto *dialog =
        new QProgressDialog(tr("Listing departments of %1…").arg(tenant->name), tr("Cancel"), 0, 0, this);
    dialog->setWindowTitle(tr("Sync directory"));
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    connect(dialog, &QProgressDialog::canceled, sync, &DirectorySync::cancel);
    connect(sync, &DirectorySync::progressed, dialog, [dialog](const DirectorySync::Progress &p) {
        dialog->setMaximum(p.departmentsTotal);
        dialog->setValue(p.departmentsDone);
        dialog->setLabelText(tr("Departments %1 of %2 · %3 member listings · %4 requests")
                                 .arg(p.departmentsDone)
                                 .arg(p.departmentsTotal)
                                 .arg(p.members)
                                 .arg(p.requests));
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
                statusBar()->showMessage(message, 15000);
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
    QString error;
    if (!m_workspace->tenants().rename(name, newName, &error))
        return MessageBox::warning(this, tr("Rename tenant"), error);
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
