#pragma once

#include "DemoEnvironment.h"

#include <QObject>
#include <memory>

class Sandbox;
class Workspace;

// The demo environment of the console and of `authdesk --demo`: the built-in sandbox on
// 127.0.0.1 and the demo tenants each of its platforms declares, saved with their secrets through
// the workspace (the sandbox library itself saves nothing).
class SandboxDemo : public QObject, public DemoEnvironment {
    Q_OBJECT

public:
    explicit SandboxDemo(Workspace *workspace, QObject *parent = nullptr);
    ~SandboxDemo() override;

    Status start() override;
    bool isRunning() const override;
    QUrl address() const override;
    void createDemoTenants(std::function<void(const Status &)> done) override;
    QStringList demoTenantNames() const override;
    QList<QPair<QString, QStringList>> faults() const override;
    void setFault(const QString &platform, const QString &fault) override;
    void resetFaults() override;
    QList<QPair<QString, QStringList>> actions() const override;
    void act(const QString &platform, const QString &action) override;
    Sandbox *sandbox() const { return m_sandbox.get(); }

private:
    // Points the saved demo tenants at the running sandbox, without touching the keychain.
    void repoint();
    // Tells each platform's sandbox where its demo tenants are.
    void announceDemoTenants();

    Workspace *m_workspace;
    std::unique_ptr<Sandbox> m_sandbox;
};
