#pragma once

#include <QMainWindow>

class MappingsView;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;
class RunPanel;
class Sandbox;
class Workspace;

// Tenants on the left (grouped by platform), the run of the selected tenant on the right.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Workspace *workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Starts the loopback sandbox and (re)creates the demo tenants, secrets included; `done` gets
    // the outcome.
    void startSandbox(std::function<void(bool ok)> done = {});
    void reloadTenants(const QString &select = {});
    bool selectTenant(const QString &name);
    RunPanel *runPanel() const { return m_runPanel; }
    MappingsView *mappingsView() const { return m_mappings; }
    Sandbox *sandbox() const { return m_sandbox; }
    QString keychainStatus() const;

private:
    // Starts the sandbox if it is not running and points the demo tenants at it.
    bool runSandbox();
    void addTenant();
    void editTenant();
    void removeTenant();
    void syncDirectory();
    QString selectedTenant() const;
    void showTenant();

    Workspace *m_workspace;
    Sandbox *m_sandbox = nullptr;
    QTreeWidget *m_tree;
    QStackedWidget *m_stack;
    QWidget *m_welcome;
    RunPanel *m_runPanel;
    MappingsView *m_mappings;
    QTabWidget *m_pages;
    QLabel *m_keychain;
};
