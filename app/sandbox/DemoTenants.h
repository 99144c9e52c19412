#pragma once

#include <QCoreApplication>
#include <QUrl>
#include <functional>

class Workspace;

// The sandbox tenants a newcomer can run without credentials. Their endpoints point at the
// sandbox, whose port changes each start, so they are refreshed every time the sandbox starts.
class DemoTenants {
    Q_DECLARE_TR_FUNCTIONS(DemoTenants)

public:
    static const QString wecomName;
    static const QString qinceName;

    static void ensure(Workspace *workspace, const QUrl &sandbox, std::function<void(bool ok, const QString &message)> done);
    // Points existing demo tenants at the running sandbox without touching the keychain.
    static void repoint(Workspace *workspace, const QUrl &sandbox);
};
