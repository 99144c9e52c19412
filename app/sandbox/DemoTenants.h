#pragma once

#include "Tenant.h"

#include <QCoreApplication>
#include <functional>

class Sandbox;
class Workspace;

// The sandbox tenants a newcomer can run without credentials. Their endpoints point at the
// sandbox, whose port changes each start, so they are refreshed every time the sandbox starts.
class DemoTenants {
    Q_DECLARE_TR_FUNCTIONS(DemoTenants)

public:
    static const QString wecomName;
    static const QString qinceName;
    static const QString qiqiCodeName;
    static const QString qiqiNormalName;

    // A tenant of `provider` set up for the sandbox's own enterprise, every endpoint at `sandbox`,
    // and the secret the sandbox accepts for it. Used by the demo tenants and the tests.
    static Tenant sandboxTenant(const QString &provider, const QString &name, const QUrl &sandbox,
                                const QString &redirectUri = {});
    static QString sandboxSecret(const QString &provider);

    static void ensure(Workspace *workspace, Sandbox *sandbox, std::function<void(bool ok, const QString &message)> done);
    // Points existing demo tenants at the running sandbox without touching the keychain.
    static void repoint(Workspace *workspace, Sandbox *sandbox);

private:
    // 企企's normal mode: the sandbox plays 77hub's server and must know the demo's callbackUrl.
    static void connectCallback(Workspace *workspace, Sandbox *sandbox);
};
