#include "Provider.h"

#include "UrlRules.h"
#include "WeComProvider.h"

FlowStep FlowStep::make(Status status, const QString &title, const QString &detail)
{
    return FlowStep{QDateTime::currentDateTime(), status, title, detail};
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
    return {&wecom};
}
