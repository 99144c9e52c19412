#include "TestSupport.h"

#include "FlowRun.h"
#include "WeComSandbox.h"
#include "Workspace.h"
#include "providers/Provider.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

namespace TestSupport {

Tenant wecomTenant(const QUrl &sandbox, const QString &name, const QString &redirectUri)
{
    Tenant tenant;
    tenant.name = name;
    tenant.provider = QStringLiteral("wecom");
    tenant.settings = {{QStringLiteral("corpid"), WeComSandbox::corpId},
                       {QStringLiteral("agentid"), WeComSandbox::agentId}};
    tenant.redirectUri = redirectUri;
    for (const QString &key : Provider::find(tenant.provider)->defaultEndpoints().keys())
        tenant.endpoints.insert(key, sandbox.toString(QUrl::StripTrailingSlash));
    return tenant;
}

bool saveTenant(Workspace &workspace, Tenant &tenant, const QString &secret)
{
    bool done = false, ok = false;
    QString message;
    workspace.saveTenant(tenant, secret.isEmpty() ? WeComSandbox::corpSecret : secret,
                         [&](bool success, const QString &text) {
                             done = true;
                             ok = success;
                             message = text;
                         });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning() << "saveTenant timed out";
    if (!ok)
        qWarning() << "saveTenant:" << message;
    if (const auto saved = workspace.tenants().find(tenant.name))
        tenant = *saved;
    return ok;
}

QUrl redirectFrom(const QUrl &authorizationUrl)
{
    QNetworkAccessManager network;
    network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.get(QNetworkRequest(authorizationUrl));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QUrl::fromEncoded(reply->rawHeader("Location"));
}

bool waitFinished(FlowRun &run, int timeoutMs)
{
    const bool ended = QTest::qWaitFor([&] {
        return run.phase() == FlowRun::Phase::Succeeded || run.phase() == FlowRun::Phase::Failed;
    }, timeoutMs);
    if (!ended)
        qWarning() << "run still" << run.phase() << "after" << timeoutMs << "ms";
    return run.phase() == FlowRun::Phase::Succeeded;
}

QByteArray readTree(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}
} // namespace TestSupport
