#include "DemoTenants.h"

#include "QiqiSandbox.h"
#include "QinceSandbox.h"
#include "Sandbox.h"
#include "WeComSandbox.h"
#include "Workspace.h"
#include "providers/Provider.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QTcpServer>
#include <memory>

// Tenant names are data (the CLI and scripts use them), so they are not translated.
const QString DemoTenants::wecomName = QStringLiteral("Demo WeCom");
const QString DemoTenants::qinceName = QStringLiteral("Demo Qince");
const QString DemoTenants::qiqiCodeName = QStringLiteral("Demo Qiqi (code)");
const QString DemoTenants::qiqiNormalName = QStringLiteral("Demo Qiqi (normal)");

namespace {
struct Demo {
    Tenant tenant;
    QString secret;
};

// A callback address that stays the same across starts, as a real callbackUrl would.
QString callbackAddress(Workspace *workspace)
{
    if (const auto existing = workspace->tenants().find(DemoTenants::qiqiNormalName))
        if (const QString address = existing->setting(QStringLiteral("callback_listen")); !address.endsWith(QLatin1String(":0")))
            return address;
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
}

Demo demo(const QString &name, const QString &provider, const QUrl &sandbox, const QMap<QString, QString> &extra = {})
{
    Tenant tenant = DemoTenants::sandboxTenant(provider, name, sandbox);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it)
        tenant.settings.insert(it.key(), it.value());
    tenant.demo = true;
    return {tenant, DemoTenants::sandboxSecret(provider)};
}

QList<Demo> demos(Workspace *workspace, const QUrl &sandbox)
{
    return {demo(DemoTenants::wecomName, QStringLiteral("wecom"), sandbox,
                 {{QStringLiteral("scope"), QStringLiteral("snsapi_privateinfo")}}),
            demo(DemoTenants::qinceName, QStringLiteral("qince"), sandbox),
            demo(DemoTenants::qiqiCodeName, QStringLiteral("qiqi"), sandbox),
            demo(DemoTenants::qiqiNormalName, QStringLiteral("qiqi"), sandbox,
                 {{QStringLiteral("grant_type"), QStringLiteral("normal")},
                  {QStringLiteral("callback_listen"), callbackAddress(workspace)}})};
}
} // namespace

Tenant DemoTenants::sandboxTenant(const QString &provider, const QString &name, const QUrl &sandbox,
                                  const QString &redirectUri)
{
    Tenant tenant;
    tenant.name = name;
    tenant.provider = provider;
    if (provider == QLatin1String("wecom"))
        tenant.settings = {{QStringLiteral("corpid"), WeComSandbox::corpId}, {QStringLiteral("agentid"), WeComSandbox::agentId}};
    else if (provider == QLatin1String("qince"))
        tenant.settings = {{QStringLiteral("app_id"), QinceSandbox::appId}, {QStringLiteral("tenant_id"), QinceSandbox::tenantId}};
    else if (provider == QLatin1String("qiqi"))
        tenant.settings = {{QStringLiteral("access_key_id"), QiqiSandbox::accessKeyId}};
    tenant.redirectUri = redirectUri.isEmpty() ? QStringLiteral("https://app.example.com/sso/%1/callback").arg(provider)
                                               : redirectUri;
    if (const Provider *p = Provider::find(provider))
        for (const QString &key : p->defaultEndpoints().keys())
            tenant.endpoints.insert(key, sandbox.toString(QUrl::StripTrailingSlash));
    return tenant;
}

QString DemoTenants::sandboxSecret(const QString &provider)
{
    if (provider == QLatin1String("qince"))
        return QinceSandbox::appSecret;
    if (provider == QLatin1String("qiqi"))
        return QiqiSandbox::secretAccessKey;
    return WeComSandbox::corpSecret;
}

void DemoTenants::connectCallback(Workspace *workspace, Sandbox *sandbox)
{
    if (const auto normal = workspace->tenants().find(qiqiNormalName))
        sandbox->qiqi().configure({{QStringLiteral("callback_url"),
                                    QStringLiteral("http://%1/openid").arg(normal->setting(QStringLiteral("callback_listen")))}});
}

void DemoTenants::repoint(Workspace *workspace, Sandbox *sandbox)
{
    const QList<Tenant> existing = workspace->tenants().tenants();
    for (Tenant tenant : existing) {
        if (!tenant.demo)
            continue;
        for (auto it = tenant.endpoints.begin(); it != tenant.endpoints.end(); ++it)
            it.value() = sandbox->baseUrl().toString(QUrl::StripTrailingSlash);
        QString error;
        workspace->tenants().save(tenant, &error);
    }
    connectCallback(workspace, sandbox);
}

void DemoTenants::ensure(Workspace *workspace, Sandbox *sandbox, std::function<void(bool, const QString &)> done)
{
    const QList<Demo> list = demos(workspace, sandbox->baseUrl());
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
            if (--*remaining > 0)
                return;
            connectCallback(workspace, sandbox);
            done(failure->isEmpty(), failure->isEmpty() ? tr("Sandbox tenants ready.") : *failure);
        });
    }
}
