#include "providers/Provider.h"

#include "crypto/RandomToken.h"
#include "net/HttpClient.h"
#include "net/UrlRules.h"
#include "providers/CallbackDelivery.h"
#include "providers/ExchangeJob.h"
#include "providers/SigningProfile.h"

// The platforms: one registration line each.
#include "providers/DingTalkProvider.h"
#include "providers/FeishuProvider.h"
#include "providers/OidcProvider.h"
#include "providers/QinceProvider.h"
#include "providers/QiqiProvider.h"
#include "providers/WeComProvider.h"
#include "providers/WeComSuiteProvider.h"

#include <QTimer>

FlowStep FlowStep::make(Status status, const QString &title, const QString &detail, int platformCode) {
    return FlowStep{QDateTime::currentDateTime(), status, title, detail, platformCode};
}

bool AuthorizationRequest::isRedirect(const QUrl &candidate) const {
    return UrlRules::matchesRedirect(candidate, redirectUri);
}

bool AuthorizationRequest::isErrorPage(const QUrl &candidate) const {
    return !errorPage.isEmpty() && UrlRules::matchesRedirect(candidate, errorPage);
}

void ProviderContext::send(const HttpRequest &request, std::function<void(const HttpResponse &)> done) const {
    if (!trustedCas.ok()) { // no call without the trust the tenant asked for
        QTimer::singleShot(0, guard, [done, error = trustedCas.error()] {
            HttpResponse refused;
            refused.error = error.message;
            done(refused);
        });
        return;
    }
    HttpRequest trusted = request;
    trusted.trustedCas += trustedCas.value();
    http->send(trusted, log, guard, std::move(done));
}

void ProviderContext::sendJson(const HttpRequest &request,
                               std::function<void(const JsonReply &)> done) const {
    if (!trustedCas.ok()) { // said as it stands, not as a failed call
        QTimer::singleShot(0, guard, [done, error = trustedCas.error()] { done(error); });
        return;
    }
    send(request, [purpose = request.purpose, done](const HttpResponse &response) {
        done(jsonReply(purpose, response));
    });
}

JsonReply ProviderContext::jsonReply(const QString &purpose, const HttpResponse &response) {
    if (!response.transportOk()) {
        Error error{Error::Kind::Transient,
                    QCoreApplication::translate("Provider", "%1 failed: %2").arg(purpose, response.error)};
        error.httpStatus = response.status;
        return error;
    }
    QString problem;
    const QJsonObject json = response.json(&problem);
    if (!problem.isEmpty()) {
        Error error{Error::Kind::Transient,
                    response.status >= 200 && response.status < 300
                        ? QCoreApplication::translate("Provider", "%1: %2").arg(purpose, problem)
                        : QCoreApplication::translate("Provider", "%1 answered HTTP %2 (%3).")
                              .arg(purpose)
                              .arg(response.status)
                              .arg(problem)};
        error.httpStatus = response.status;
        return error;
    }
    return JsonAnswer{response.status, json, response.headers};
}

ProviderContext ProviderContext::ownedBy(QObject *owner) const {
    ProviderContext owned = *this;
    owned.guard = owner;
    owned.step = [observer = guard, step = step](const FlowStep &s) {
        if (observer)
            step(s);
    };
    return owned;
}

AuthorizationRequest Provider::begin(const Tenant &tenant, const QString &mode) const {
    AuthorizationRequest request;
    request.mode = mode;
    request.redirectUri = QUrl(tenant.redirectUri);
    request.stateParameter = stateParameter();
    request.state = randomAlphanumeric(32);
    request.url = authorizationUrl(tenant, request);
    return request;
}

void Provider::resolve(const Tenant &tenant, const ProviderContext &,
                       std::function<void(const Result<Tenant> &)> done) const {
    done(tenant);
}

QString Provider::describeErrorPage(const Tenant &, const QUrl &url) const {
    return QCoreApplication::translate("Provider", "The platform showed its error page %1.")
        .arg(url.toString());
}

std::unique_ptr<CallbackDelivery> Provider::callbackDelivery(const Tenant &, const QString &) const {
    return nullptr;
}

QList<QUrl> Provider::knownAddresses(const Tenant &tenant) const {
    QList<QUrl> addresses;
    const QStringList keys = defaultEndpoints().keys();
    for (const QString &key : keys)
        if (const QUrl url(endpoint(tenant, key)); url.isValid() && !url.host().isEmpty())
            addresses << url;
    return addresses;
}

void Provider::clientCredentials(const Tenant &, const ProviderContext &,
                                 std::function<void(const Status &)> done) const {
    done(Error::failed(
        QCoreApplication::translate("Provider", "%1 has no client credentials grant.").arg(displayName()),
        QCoreApplication::translate("Provider", "Use an OpenID Connect tenant.")));
}

void Provider::pushAuthorization(const Tenant &, const ProviderContext &, const AuthorizationRequest &request,
                                 std::function<void(const Result<QUrl> &)> done) const {
    done(request.url);
}

Result<QJsonObject> Provider::publicKeys(const Tenant &, const QString &) const {
    return Error::failed(QCoreApplication::translate(
        "Provider", "This tenant's secret is one the platform issued: there is no public key to register."));
}

std::unique_ptr<ExchangeJob> Provider::deviceGrant(const Tenant &, const ProviderContext &,
                                                   std::function<void(const DeviceAuthorization &)>) const {
    return nullptr;
}

void Provider::operateOnTokens(TokenOperation, const QString &, const Tenant &, const ProviderContext &,
                               const KeptTokens &,
                               std::function<void(const Status &, const KeptTokens &)> done) const {
    done(Error::failed(
             QCoreApplication::translate("Provider", "%1 tenants keep no tokens.").arg(displayName())),
         {});
}

std::optional<SigningProfile> Provider::signingProfile(const Tenant &) const {
    return std::nullopt;
}

TokenKey Provider::tokenKey(const Tenant &tenant) const {
    // Every endpoint and the settings the token is issued for: a token is never sent to a host or
    // client it was not issued for, and is kept across every other edit.
    QStringList parts;
    const auto defaults = defaultEndpoints();
    for (auto it = defaults.cbegin(); it != defaults.cend(); ++it)
        parts << endpoint(tenant, it.key());
    for (const QString &setting : tokenSettings())
        parts << setting + QLatin1Char('=') + tenant.setting(setting);
    return {tenant.id, parts.join(QLatin1Char(' '))};
}

QString Provider::cliSynopsis() const {
    QString synopsis = QStringLiteral("--provider %1").arg(key());
    bool claims = false;
    for (const SettingField &field : settingFields()) {
        if (field.cliOption.isEmpty()) { // a claim mapping, set with --claim FIELD=CLAIM
            claims = true;
            continue;
        }
        synopsis +=
            field.required && field.choices.isEmpty()
                ? QStringLiteral(" --%1 X").arg(field.cliOption)
                : QStringLiteral(" [--%1 %2]")
                      .arg(field.cliOption, field.choices.isEmpty() ? QStringLiteral("X")
                                                                    : field.choices.join(QLatin1Char('|')));
    }
    return claims ? synopsis + QStringLiteral(" [--claim FIELD=CLAIM]...") : synopsis;
}

QUrl Provider::endpointUrl(const Tenant &tenant, const QString &key, const QString &path,
                           const QList<QPair<QString, QString>> &query) const {
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

QString Provider::settingOrDefault(const Tenant &tenant, const QString &key) const {
    const QString value = tenant.setting(key);
    if (!value.isEmpty())
        return value;
    for (const SettingField &field : settingFields())
        if (field.key == key)
            return field.choices.isEmpty() ? field.defaultValue : field.choices.constFirst();
    return value;
}

QStringList Provider::validateSettings(const Tenant &tenant) const {
    QStringList problems;
    for (const SettingField &field : settingFields()) {
        const QString value = tenant.setting(field.key);
        if (value.isEmpty() && field.required && field.choices.isEmpty() && field.defaultValue.isEmpty())
            problems << QCoreApplication::translate("Provider", "%1 is required (--%2).")
                            .arg(field.label, field.cliOption);
        else if (!value.isEmpty() && !field.choices.isEmpty() && !field.choices.contains(value))
            problems << QCoreApplication::translate("Provider", "%1 must be one of %2 (got \"%3\").")
                            .arg(field.label, field.choices.join(QStringLiteral(", ")), value);
    }
    return problems;
}

QString Provider::endpoint(const Tenant &tenant, const QString &key) const {
    const QString override = tenant.endpoints.value(key);
    return override.isEmpty() ? defaultEndpoints().value(key) : override;
}

QStringList Provider::validateEndpoints(const Tenant &tenant) const {
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

const Provider *Provider::find(const QString &key) {
    for (const Provider *provider : all())
        if (provider->key() == key)
            return provider;
    return nullptr;
}

QStringList Provider::secondaryIdKeysOf(const QString &key) {
    const Provider *provider = find(key);
    return provider ? provider->secondaryIdKeys() : QStringList();
}

QList<const Provider *> Provider::all() {
    static const WeComProvider wecom;
    static const WeComSuiteProvider wecomSuite;
    static const QinceProvider qince;
    static const QiqiProvider qiqi;
    static const FeishuProvider feishu;
    static const DingTalkProvider dingtalk;
    static const OidcProvider oidc;
    return {&wecom, &wecomSuite, &qince, &qiqi, &feishu, &dingtalk, &oidc};
}
