#include "DemoTenants.h"

#include "WeComSandbox.h"
#include "Workspace.h"
#include "providers/Provider.h"

#include <memory>

// Tenant names are data (the CLI and scripts use them), so they are not translated.
const QString DemoTenants::wecomName = QStringLiteral("Demo WeCom");

namespace {
struct Demo {
    Tenant tenant;
    QString secret;
};

QList<Demo> demos(const QUrl &sandbox)
{
    const QString base = sandbox.toString(QUrl::StripTrailingSlash);
    Tenant wecom;
    wecom.name = DemoTenants::wecomName;
    wecom.provider = QStringLiteral("wecom");
    wecom.settings = {{QStringLiteral("corpid"), WeComSandbox::corpId},
                      {QStringLiteral("agentid"), WeComSandbox::agentId},
                      {QStringLiteral("scope"), QStringLiteral("snsapi_privateinfo")}};
    wecom.redirectUri = QStringLiteral("https://app.example.com/sso/wecom/callback");
    for (const QString &key : Provider::find(wecom.provider)->defaultEndpoints().keys())
        wecom.endpoints.insert(key, base);
    wecom.demo = true;
    return {{wecom, WeComSandbox::corpSecret}};
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
