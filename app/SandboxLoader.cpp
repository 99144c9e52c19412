// The programs' side of the sandbox module (SandboxModule.h): load it, and the console's demo
// environment until it is loaded.
#include "SandboxModule.h"

#include "Modules.h"

#include <QCoreApplication>

namespace {
Modules::Entry<decltype(&authdesk_create_demo)> createDemo("libauthdesk_sandbox.so", "authdesk_create_demo");
Modules::Entry<decltype(&authdesk_serve_sandbox)> serveSandbox("libauthdesk_sandbox.so",
                                                               "authdesk_serve_sandbox");

// The entry point, or why the sandbox cannot be loaded in words an admin acts on.
template <typename Function> Result<Function> loaded(Modules::Entry<Function> &entry) {
    const Result<Function> function = entry.get();
    if (!function.ok())
        return Error{Error::Kind::Unavailable,
                     QCoreApplication::translate("SandboxModule", "The sandbox could not be loaded (%1).")
                         .arg(function.errorText()),
                     QCoreApplication::translate("SandboxModule", "Reinstall AuthDesk.")};
    return function;
}

// The module's SandboxDemo once the sandbox is first started or its demo tenants made; before
// that, a sandbox that is not running (no faults, no actions, no address).
class LoadedOnStart : public DemoEnvironment {
public:
    explicit LoadedOnStart(Workspace *workspace) : m_workspace(workspace) {}

    Status start() override {
        const Status loaded = load();
        return loaded.ok() ? m_demo->start() : loaded;
    }
    bool isRunning() const override { return m_demo && m_demo->isRunning(); }
    QUrl address() const override { return m_demo ? m_demo->address() : QUrl(); }
    void createDemoTenants(std::function<void(const Status &)> done) override {
        if (const Status loaded = load(); !loaded.ok())
            return done(loaded);
        m_demo->createDemoTenants(std::move(done));
    }
    QStringList demoTenantNames() const override {
        return m_demo ? m_demo->demoTenantNames() : QStringList();
    }
    QList<QPair<QString, QStringList>> faults() const override {
        return m_demo ? m_demo->faults() : QList<QPair<QString, QStringList>>();
    }
    void setFault(const QString &platform, const QString &fault) override {
        if (m_demo)
            m_demo->setFault(platform, fault);
    }
    void resetFaults() override {
        if (m_demo)
            m_demo->resetFaults();
    }
    QList<QPair<QString, QStringList>> actions() const override {
        return m_demo ? m_demo->actions() : QList<QPair<QString, QStringList>>();
    }
    void act(const QString &platform, const QString &action) override {
        if (m_demo)
            m_demo->act(platform, action);
    }

private:
    Status load() {
        if (m_demo)
            return Done{};
        const auto create = loaded(createDemo);
        if (!create.ok())
            return create.error();
        m_demo.reset(create.value()(m_workspace));
        return Done{};
    }

    Workspace *m_workspace;
    std::unique_ptr<DemoEnvironment> m_demo;
};
} // namespace

Result<int> SandboxModule::serve(quint16 port) {
    const auto serve = loaded(serveSandbox);
    if (!serve.ok())
        return serve.error();
    QString error;
    const int code = serve.value()(port, &error);
    if (code < 0)
        return Error{Error::Kind::Unavailable, error};
    return code;
}

std::unique_ptr<DemoEnvironment> SandboxModule::demo(Workspace *workspace) {
    return std::make_unique<LoadedOnStart>(workspace);
}
