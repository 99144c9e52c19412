#include "SandboxDemo.h"

#include "Sandbox.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <memory>

namespace {
QList<Tenant> savedDemos(Workspace *workspace, const ProviderSandbox &platform) {
    QList<Tenant> demos;
    const QList<Tenant> tenants = workspace->tenants().tenants();
    for (const Tenant &tenant : tenants)
        if (tenant.demo && platform.providerKeys().contains(tenant.provider))
            demos << tenant;
    return demos;
}
} // namespace

SandboxDemo::SandboxDemo(Workspace *workspace, QObject *parent) : QObject(parent), m_workspace(workspace) {
}

SandboxDemo::~SandboxDemo() = default;

Status SandboxDemo::start() {
    if (isRunning())
        return Done{};
    auto sandbox = std::make_unique<Sandbox>();
    QString error;
    if (!sandbox->start(&error))
        return Error{Error::Kind::Unavailable, error};
    m_sandbox = std::move(sandbox);
    repoint();
    return Done{tr("Sandbox listening on %1").arg(address().toString())};
}

bool SandboxDemo::isRunning() const {
    return m_sandbox && m_sandbox->isRunning();
}

QUrl SandboxDemo::address() const {
    return m_sandbox ? m_sandbox->baseUrl() : QUrl();
}

void SandboxDemo::repoint() {
    const QList<Tenant> tenants = m_workspace->tenants().tenants();
    for (Tenant tenant : tenants) {
        if (!tenant.demo)
            continue;
        for (auto it = tenant.endpoints.begin(); it != tenant.endpoints.end(); ++it)
            it.value() = address().toString(QUrl::StripTrailingSlash);
        if (const Status saved = m_workspace->tenants().save(tenant); !saved.ok())
            qWarning("%s", qPrintable(saved.errorText())); // the demo tenant keeps its old address
    }
    announceDemoTenants();
}

void SandboxDemo::announceDemoTenants() {
    for (const auto &platform : m_sandbox->providers())
        platform->demoTenantsReady(savedDemos(m_workspace, *platform));
}

QStringList SandboxDemo::demoTenantNames() const {
    QStringList names;
    if (!m_sandbox)
        return names;
    for (const auto &platform : m_sandbox->providers())
        for (const auto &demo : platform->demoTenants(address(), {}))
            names << demo.tenant.name;
    return names;
}

void SandboxDemo::createDemoTenants(std::function<void(const Status &)> done) {
    if (const Status started = start(); !started.ok())
        return done(started);
    QList<ProviderSandbox::SandboxTenant> demos;
    QStringList kept; // the admin's own tenants that bear a demo tenant's name: never touched
    for (const auto &platform : m_sandbox->providers())
        for (const auto &demo : platform->demoTenants(address(), savedDemos(m_workspace, *platform))) {
            const auto existing = m_workspace->tenants().find(demo.tenant.name);
            if (existing && !existing->demo)
                kept << demo.tenant.name;
            else
                demos << demo;
        }
    const QString ready = kept.isEmpty()
                              ? tr("Sandbox tenants ready.")
                              : tr("Sandbox tenants ready, but for %1: a tenant of yours has that name, "
                                   "so it was left as it is. Rename it to get the demo tenant too.")
                                    .arg(kept.join(QStringLiteral(", ")));
    const Done finished{ready, QJsonObject{{QStringLiteral("kept"), QJsonArray::fromStringList(kept)}}};
    if (demos.isEmpty())
        return done(finished);
    auto remaining = std::make_shared<int>(demos.size());
    auto failure = std::make_shared<std::optional<Error>>();
    for (ProviderSandbox::SandboxTenant demo : std::as_const(demos)) {
        demo.tenant.demo = true;
        if (const auto existing = m_workspace->tenants().find(demo.tenant.name)) {
            demo.tenant.id = existing->id;
            demo.tenant.created = existing->created;
        }
        m_workspace->saveTenant(
            demo.tenant, demo.secret,
            [this, remaining, failure, done, finished](const Status &saved) {
                if (!saved.ok() && !*failure)
                    *failure = saved.error();
                if (--*remaining > 0)
                    return;
                announceDemoTenants();
                done(*failure ? Status(**failure) : Status(finished));
            },
            demo.otherSecrets);
    }
}

QList<QPair<QString, QStringList>> SandboxDemo::faults() const {
    QList<QPair<QString, QStringList>> faults;
    if (m_sandbox)
        faults.append({QStringLiteral("sandbox"), Sandbox::sandboxFaults()});
    if (m_sandbox)
        for (const auto &platform : m_sandbox->providers())
            faults.append({platform->key(), platform->faults()});
    return faults;
}

void SandboxDemo::setFault(const QString &platform, const QString &fault) {
    if (m_sandbox && platform == QLatin1String("sandbox"))
        return m_sandbox->setSandboxFault(fault);
    if (ProviderSandbox *target = m_sandbox ? m_sandbox->provider(platform) : nullptr)
        target->setFault(fault, target->faultPath(fault), -1); // until reset
}

QList<QPair<QString, QStringList>> SandboxDemo::actions() const {
    QList<QPair<QString, QStringList>> actions;
    if (m_sandbox)
        for (const auto &platform : m_sandbox->providers())
            if (!platform->actions().isEmpty())
                actions.append({platform->key(), platform->actions()});
    return actions;
}

void SandboxDemo::act(const QString &platform, const QString &action) {
    if (ProviderSandbox *target = m_sandbox ? m_sandbox->provider(platform) : nullptr)
        target->act(action);
}

void SandboxDemo::resetFaults() {
    if (m_sandbox)
        m_sandbox->clearFaults();
}
