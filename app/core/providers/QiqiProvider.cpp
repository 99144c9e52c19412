#include "QiqiProvider.h"

#include "HttpClient.h"
#include "Redactor.h"
#include "UrlRules.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace {
// The message of a 77hub error body, whichever field it uses.
QString messageOf(const QJsonObject &json)
{
    for (const char *field : {"message", "msg", "error"})
        if (const QString text = json.value(QLatin1String(field)).toString(); !text.isEmpty())
            return Redactor::text(text);
    return QString::fromUtf8(QJsonDocument(Redactor::json(json).toObject()).toJson(QJsonDocument::Compact));
}
} // namespace

QString QiqiProvider::displayName() const { return tr("Qiqi (企企)"); }

QString QiqiProvider::defaultMode(const Tenant &tenant) const
{
    return settingOrDefault(tenant, QStringLiteral("grant_type"));
}

QMap<QString, QString> QiqiProvider::defaultEndpoints() const
{
    return {{QStringLiteral("auth"), QStringLiteral("https://openapi.77hub.com")},
            {QStringLiteral("api"), QStringLiteral("https://api2.77hub.com")}};
}

QList<SettingField> QiqiProvider::settingFields() const
{
    return {
        {QStringLiteral("access_key_id"), QStringLiteral("access-key-id"), tr("accessKeyId"), QStringLiteral("LKJSDAFJLSKDJFK")},
        {QStringLiteral("grant_type"), QStringLiteral("grant-type"), tr("Grant type"), {},
         {QStringLiteral("code"), QStringLiteral("normal")}, false},
        {QStringLiteral("callback_listen"), QStringLiteral("callback-listen"), tr("Callback listen address"),
         QStringLiteral("127.0.0.1:0"), {}, false, QStringLiteral("127.0.0.1:0")},
        {QStringLiteral("code_path"), QStringLiteral("code-path"), tr("Code exchange path"), QStringLiteral("/v1/code"), {},
         false, QStringLiteral("/v1/code")},
        {QStringLiteral("sign_region"), QStringLiteral("sign-region"), tr("SigV4 region"), QStringLiteral("cn-northwest-1"),
         {}, false, QStringLiteral("cn-northwest-1")},
        {QStringLiteral("sign_service"), QStringLiteral("sign-service"), tr("SigV4 service"), QStringLiteral("execute-api"),
         {}, false, QStringLiteral("execute-api")},
    };
}

QStringList QiqiProvider::validate(const Tenant &tenant) const
{
    QStringList problems = validateSettings(tenant);
    static const QRegularExpression keyId(QStringLiteral("^[A-Za-z0-9]{1,128}$"));
    static const QRegularExpression listen(QStringLiteral("^(\\[[0-9A-Fa-f:]+\\]|[0-9.]+):[0-9]{1,5}$"));
    static const QRegularExpression scopePart(QStringLiteral("^[a-z0-9-]{1,64}$"));
    const QString accessKeyId = tenant.setting(QStringLiteral("access_key_id"));
    if (!accessKeyId.isEmpty() && !keyId.match(accessKeyId).hasMatch())
        problems << tr("The accessKeyId \"%1\" is not valid: it is letters and digits, as 企企's admin sent it.").arg(accessKeyId);
    if (!listen.match(settingOrDefault(tenant, QStringLiteral("callback_listen"))).hasMatch())
        problems << tr("The callback listen address must be IP:PORT, e.g. 127.0.0.1:0 (0 = any free port).");
    if (!settingOrDefault(tenant, QStringLiteral("code_path")).startsWith(QLatin1Char('/')))
        problems << tr("The code exchange path must start with /, e.g. /v1/code.");
    for (const char *key : {"sign_region", "sign_service"})
        if (!scopePart.match(settingOrDefault(tenant, QLatin1String(key))).hasMatch())
            problems << tr("The SigV4 %1 must be lowercase letters, digits and dashes.").arg(QLatin1String(key).mid(5));
    if (const QString problem = UrlRules::checkRedirectUri(tenant.redirectUri); !problem.isEmpty())
        problems << problem;
    return problems << validateEndpoints(tenant);
}

QUrl QiqiProvider::authorizationUrl(const Tenant &tenant, const QString &mode, const QString &state) const
{
    return endpointUrl(tenant, QStringLiteral("auth"), QStringLiteral("/auth/openid"),
                       {{QStringLiteral("requestId"), state},
                        {QStringLiteral("accessKeyId"), tenant.setting(QStringLiteral("access_key_id"))},
                        {QStringLiteral("grantType"), mode},
                        {QStringLiteral("redirectUrl"), tenant.redirectUri}});
}

QString QiqiProvider::refusalIn(const Tenant &, const QUrlQuery &redirect) const
{
    if (const QString error = redirect.queryItemValue(QStringLiteral("error")); !error.isEmpty())
        return tr("The user did not authorize (error \"%1\"). Nothing was exchanged.").arg(error);
    if (redirect.queryItemValue(QStringLiteral("code")).isEmpty())
        return tr("The redirect carries no code. Nothing was exchanged.");
    return {};
}

SigV4::Credentials QiqiProvider::credentials(const Tenant &tenant, const QString &secret) const
{
    return {tenant.setting(QStringLiteral("access_key_id")), secret, settingOrDefault(tenant, QStringLiteral("sign_region")),
            settingOrDefault(tenant, QStringLiteral("sign_service"))};
}

void QiqiProvider::postCode(const Tenant &tenant, const ProviderContext &context, const QString &code,
                            const QString &requestId, std::function<void(const JsonReply &)> done) const
{
    HttpRequest request;
    request.purpose = QStringLiteral("v1/code");
    request.method = "POST";
    request.url = endpointUrl(tenant, QStringLiteral("api"), settingOrDefault(tenant, QStringLiteral("code_path")));
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("requestId"), requestId}})
                       .toJson(QJsonDocument::Compact);
    const QString amzDate = SigV4::amzDate(QDateTime::currentDateTimeUtc());
    request.headers = {{"Content-Type", "application/json"},
                       {"Access-Key-Id", tenant.setting(QStringLiteral("access_key_id")).toLatin1()},
                       {"X-Amz-Date", amzDate.toLatin1()}};
    const SigV4::Signature signature =
        SigV4::sign({request.method, request.url, request.headers, request.body}, credentials(tenant, context.secret), amzDate);
    request.headers.append({"Authorization", signature.authorization.toLatin1()});
    context.step(FlowStep::make(FlowStep::Status::Info, tr("Request signed (SigV4)"),
                                tr("scope %1, signed headers %2").arg(signature.credentialScope, signature.signedHeaders)));
    context.sendJson(request, done);
}

void QiqiProvider::exchange(const Tenant &tenant, const QUrlQuery &redirect, const ProviderContext &context,
                            std::function<void(const ExchangeOutcome &)> done) const
{
    const QString code = redirect.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const QString requestId = redirect.queryItemValue(QStringLiteral("requestId"), QUrl::FullyDecoded);
    postCode(tenant, context, code, requestId, [this, tenant, done](const JsonReply &reply) {
        if (!reply.ok)
            return done(ExchangeOutcome{false, {}, reply.error});
        const bool success = reply.status >= 200 && reply.status < 300 &&
                             reply.json.value(QLatin1String("code")).toVariant().toInt() == 0;
        if (!success) {
            QString message = tr("v1/code failed (HTTP %1, code %2): %3")
                                  .arg(reply.status)
                                  .arg(reply.json.value(QLatin1String("code")).toVariant().toString(), messageOf(reply.json));
            if (reply.status == 403)
                message += QLatin1Char(' ') + tr("77hub rejected the signature: check the secretAccessKey, this "
                                                 "computer's clock, and the SigV4 region and service.");
            return done(ExchangeOutcome{false, {}, message});
        }
        QString openid = reply.json.value(QLatin1String("openid")).toString();
        if (openid.isEmpty())
            openid = reply.json.value(QLatin1String("data")).toObject().value(QLatin1String("openid")).toString();
        if (openid.isEmpty())
            return done(ExchangeOutcome{false, {}, tr("v1/code succeeded but carries no openid, neither at the top "
                                                      "level nor under data.")});
        ExchangeOutcome outcome = identityFromCallback(tenant, QUrlQuery{{QStringLiteral("openid"), openid}});
        outcome.identity.raw.insert(QStringLiteral("v1_code"), Redactor::json(reply.json));
        done(outcome);
    });
}

QString QiqiProvider::callbackListenAddress(const Tenant &tenant) const
{
    return settingOrDefault(tenant, QStringLiteral("callback_listen"));
}

ExchangeOutcome QiqiProvider::identityFromCallback(const Tenant &tenant, const QUrlQuery &callback) const
{
    ExchangeOutcome outcome;
    outcome.identity.provider = key();
    outcome.identity.tenant = tenant.name;
    outcome.identity.externalId = callback.queryItemValue(QStringLiteral("openid"), QUrl::FullyDecoded);
    outcome.identity.idType = QStringLiteral("openid");
    outcome.ok = !outcome.identity.externalId.isEmpty();
    if (!outcome.ok)
        outcome.error = tr("The callback carries no openid.");
    return outcome;
}

void QiqiProvider::checkCredentials(const Tenant &tenant, const ProviderContext &context,
                                    std::function<void(bool, const QString &)> done) const
{
    // 77hub has no token endpoint. A signed request with a code that cannot exist tells a
    // rejected signature (403) apart from a refused code (any other answer).
    postCode(tenant, context, QStringLiteral("authdesk-credential-check"), QStringLiteral("authdeskCheck"),
             [done](const JsonReply &reply) {
                 if (!reply.ok && reply.status == 0)
                     return done(false, reply.error);
                 if (reply.status == 403)
                     return done(false, tr("77hub rejected the signature (HTTP 403): %1 Check the secretAccessKey, "
                                           "the SigV4 region and service, and this computer's clock.")
                                            .arg(messageOf(reply.json)));
                 done(true, tr("The signature was accepted: 77hub answered HTTP %1 to a made-up code, as expected.")
                                .arg(reply.status));
             });
}
