#pragma once

#include <QMainWindow>

class MappingsView;
class QLabel;
class QStackedWidget;
class QTabWidget;
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
    RunPanel *runPanel() const { return m_runPanel; }
    MappingsView *mappingsView() const { return m_mappings; }
    QString keychainStatus() const;

private:
    // Starts the demo environment if it is not running and points the demo tenants at it.
    bool runSandbox();
    void addTenant();
    void editTenant();
    void renameTenant();
    void removeTenant();
    void syncDirectory();
    QString selectedTenant() const;
    void showTenant();

    Workspace *m_workspace;
    DemoEnvironment *m_demo;
    QTreeWidget *m_tree;
    QStackedWidget *m_stack;
    QWidget *m_welcome;
    RunPanel *m_runPanel;
    MappingsView *m_mappings;
    QTabWidget *m_pages;
    QLabel *m_keychain;
};
