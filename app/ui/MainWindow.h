#pragma once

#include <QMainWindow>
#include <QPointer>

class DirectorySync;
class HealthView;
class MappingsView;
class QAction;
class QMenu;
class QSplitter;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QTreeWidget;
class DemoEnvironment;
class RunPanel;
class Workspace;

// Tenants on the left (grouped by platform), the run of the selected tenant on the right.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // `demo` (may be null) is the stand-in the Sandbox menu and the welcome page start.
    explicit MainWindow(Workspace *workspace, DemoEnvironment *demo = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the demo environment and (re)creates the demo tenants, secrets included; `done` gets
    // the outcome.
    void startSandbox(std::function<void(bool ok)> done = {});
    void reloadTenants(const QString &select = {});
    bool selectTenant(const QString &name);
    RunPanel *runPanel();
    MappingsView *mappingsView();
    HealthView *healthView();
    // Check all, as the schedule of Settings > Health checks runs it: a tenant that turns from OK
    // (or warnings) to failing is announced with a desktop notification.
    void checkAllOnSchedule();
    QString keychainStatus() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Starts the demo environment if it is not running and points the demo tenants at it.
    bool runSandbox();
    void buildFaultsMenu(QMenu *faults);
    void updateActions();
    void showTenantMenu(const QPoint &position);
    // Tenants changed by another process (the command line) appear without a restart.
    void reloadIfChangedElsewhere();
    void saveLayout() const;
    void restoreLayout();
    void addTenant();
    void editTenant();
    void renameTenant();
    void removeTenant();
    void syncDirectory();
    QString selectedTenant() const;
    void showTenant();
    bool isRunActive() const;
    void updateHealthIcons();
    void setHealthSchedule(int hours);

    Workspace *m_workspace;
    DemoEnvironment *m_demo;
    QTreeWidget *m_tree;
    QStackedWidget *m_stack;
    QWidget *m_welcome;
    RunPanel *m_runPanel = nullptr;
    QWidget *m_mappingsPage;
    MappingsView *m_mappings = nullptr;
    QWidget *m_healthPage;
    HealthView *m_health = nullptr;
    QTimer *m_healthSchedule;
    bool m_notifyFailures = false; // the round under way is the schedule's
    QTabWidget *m_pages;
    QLabel *m_keychain;
    QSplitter *m_split;
    QAction *m_editAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_startSandboxAction = nullptr;
    QPointer<DirectorySync> m_sync;
    qint64 m_dataVersion = -1;
};
