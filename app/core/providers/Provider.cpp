#include "Provider.h"

#include "HttpClient.h"
#include "QiqiProvider.h"
#include "QinceProvider.h"
#include "UrlRules.h"
#include "WeComProvider.h"

FlowStep FlowStep::make(Status status, const QString &title, const QString &detail)
{
    return FlowStep{QDateTime::currentDateTime(), status, title, detail};
}

void ProviderContext::sendJson(const HttpRequest &request, std::function<void(const JsonReply &)> done) const
{
    http->send(request, log, guard, [purpose = request.purpose, done](const HttpResponse &response) {
        JsonReply reply;
        reply.status = response.status;
        if (!response.transportOk()) {
            reply.error = QCoreApplication::translate("Provider", "%1 failed: %2").arg(purpose, response.error);
            return done(reply);
        }
        QString problem;
        reply.json = response.json(&problem);
        if (!problem.isEmpty()) {
            reply.error = response.status >= 200 && response.status < 300
                              ? QCoreApplication::translate("Provider", "%1: %2").arg(purpose, problem)
                              : QCoreApplication::translate("Provider", "%1 answered HTTP %2 (%3).")
                                    .arg(purpose).arg(response.status).arg(problem);
            return done(reply);
        }
        reply.ok = true;
        done(reply);
    });
}

QString Provider::errorPageIn(const Tenant &, const QUrl &) const
{
    return {};
}

QUrl Provider::endpointUrl(const Tenant &tenant, const QString &key, const QString &path,
                           const QList<QPair<QString, QString>> &query) const
{
    QUrl url(endpoint(tenant, key));
    QString base = url.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    QUrlQuery q;
    for (const auto &item : query)
        q.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    url.setQuery(q);
    return url;
}

QString Provider::settingOrDefault(const Tenant &tenant, const QString &key) const
{
    const QString value = tenant.setting(key);
    if (!value.isEmpty())
        return value;
    for (const SettingField &field : settingFields())
        if (field.key == key)
            return field.choices.isEmpty() ? field.defaultValue : field.choices.constFirst();
    return value;
}

QStringList Provider::validateSettings(const Tenant &tenant) const
{
    QStringList problems;
    for (const SettingField &field : settingFields()) {
        const QString value = tenant.setting(field.key);
        if (value.isEmpty() && field.required && field.choices.isEmpty() && field.defaultValue.isEmpty())
            problems << QCoreApplication::translate("Provider", "%1 is required (--%2).").arg(field.label, field.cliOption);
        else if (!value.isEmpty() && !field.choices.isEmpty() && !field.choices.contains(value))
            problems << QCoreApplication::translate("Provider", "%1 must be one of %2 (got \"%3\").")
                            .arg(field.label, field.choices.join(QStringLiteral(", ")), value);
    }
    return problems;
}

QString Provider::endpoint(const Tenant &tenant, const QString &key) const
{
    const QString override = tenant.endpoints.value(key);
    return override.isEmpty() ? defaultEndpoints().value(key) : override;
}

QStringList Provider::validateEndpoints(const Tenant &tenant) const
{
    QStringList problems;
    const auto defaults = defaultEndpoints();
    for (auto it = tenant.endpoints.cbegin(); it != tenant.endpoints.cend(); ++it) {
        if (!defaults.contains(it.key())) {
            problems << QCoreApplication::translate("Provider", "Unknown endpoint key \"%1\"; %2 knows: %3.")
                            .arg(it.key(), displayName(), defaults.keys().join(QStringLiteral(", ")));
            continue;
        }
        const QString problem = UrlRules::checkServiceUrl(
            QUrl(it.value(), QUrl::StrictMode),
            QCoreApplication::translate("Provider", "Endpoint \"%1\"").arg(it.key()));
        if (!problem.isEmpty())
            problems << problem;
    }
    return problems;
}

const Provider *Provider::find(const QString &key)
{
    for (const Provider *provider : all())
        if (provider->key() == key)
            return provider;
    return nullptr;
}

QList<const Provider *> Provider::all()
{
    static const WeComProvider wecom;
    static const QinceProvider qince;
    static const QiqiProvider qiqi;
    return {&wecom, &qince, &qiqi};
}
