#include "DemoTenants.h"

#include "QinceSandbox.h"
#include "WeComSandbox.h"
#include "Workspace.h"
#include "providers/Provider.h"

#include <memory>

// Tenant names are data (the CLI and scripts use them), so they are not translated.
const QString DemoTenants::wecomName = QStringLiteral("Demo WeCom");
const QString DemoTenants::qinceName = QStringLiteral("Demo Qince");

namespace {
struct Demo {
    Tenant tenant;
    QString secret;
};

Demo demo(const QString &name, const QString &provider, const QMap<QString, QString> &settings, const QString &secret,
          const QUrl &sandbox)
{
    Tenant tenant;
    tenant.name = name;
    tenant.provider = provider;
    tenant.settings = settings;
    tenant.redirectUri = QStringLiteral("https://app.example.com/sso/%1/callback").arg(provider);
    for (const QString &key : Provider::find(provider)->defaultEndpoints().keys())
        tenant.endpoints.insert(key, sandbox.toString(QUrl::StripTrailingSlash));
    tenant.demo = true;
    return {tenant, secret};
}

QList<Demo> demos(const QUrl &sandbox)
{
    return {demo(DemoTenants::wecomName, QStringLiteral("wecom"),
                 {{QStringLiteral("corpid"), WeComSandbox::corpId},
                  {QStringLiteral("agentid"), WeComSandbox::agentId},
                  {QStringLiteral("scope"), QStringLiteral("snsapi_privateinfo")}},
                 WeComSandbox::corpSecret, sandbox),
            demo(DemoTenants::qinceName, QStringLiteral("qince"),
                 {{QStringLiteral("app_id"), QinceSandbox::appId}, {QStringLiteral("tenant_id"), QinceSandbox::tenantId}},
                 QinceSandbox::appSecret, sandbox)};
}
} // namespace

void DemoTenants::repoint(Workspace *workspace, const QUrl &sandbox)
{
    const QList<Tenant> existing = workspace->tenants().tenants();
    for (Tenant tenant : existing) {
        if (!tenant.demo)
            continue;
        for (auto it = tenant.endpoints.begin(); it != tenant.endpoints.end(); ++it)
            it.value() = sandbox.toString(QUrl::StripTrailingSlash);
        QString error;
        workspace->tenants().save(tenant, &error);
    }
}

void DemoTenants::ensure(Workspace *workspace, const QUrl &sandbox, std::function<void(bool, const QString &)> done)
{
    const QList<Demo> list = demos(sandbox);
    auto remaining = std::make_shared<int>(list.size());
    auto failure = std::make_shared<QString>();
    for (Demo demo : list) {
        if (const auto existing = workspace->tenants().find(demo.tenant.name)) {
            demo.tenant.id = existing->id;
            demo.tenant.created = existing->created;
        }
        workspace->saveTenant(demo.tenant, demo.secret, [=](bool ok, const QString &message) {
            if (!ok && failure->isEmpty())
                *failure = message;
            if (--*remaining == 0)
                done(failure->isEmpty(), failure->isEmpty() ? tr("Sandbox tenants ready.") : *failure);
        });
    }
}
