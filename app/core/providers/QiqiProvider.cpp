#include "providers/QiqiProvider.h"

#include "JsonFields.h"
#include "net/HttpClient.h"
#include "net/Redactor.h"
#include "net/UrlRules.h"
#include "providers/CallbackDelivery.h"
#include "providers/ExchangeJob.h"
#include "providers/SigningProfile.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace {
// The message of a 77hub error body, whichever field it uses.
QString messageOf(const QJsonObject &json) {
    for (const char *field : {"message", "msg", "error"})
        if (const QString text = json.value(QLatin1String(field)).toString(); !text.isEmpty())
            return Redactor::text(text);
    return QString::fromUtf8(QJsonDocument(Redactor::json(json).toObject()).toJson(QJsonDocument::Compact));
}
} // namespace

QString QiqiProvider::displayName() const {
    return tr("Qiqi (企企)");
}

QString QiqiProvider::defaultMode(const Tenant &tenant) const {
    return settingOrDefault(tenant, QStringLiteral("grant_type"));
}

QMap<QString, QString> QiqiProvider::defaultEndpoints() const {
    return {{QStringLiteral("auth"), QStringLiteral("https://openapi.77hub.com")},
            {QStringLiteral("api"), QStringLiteral("https://api2.77hub.com")}};
}

QList<SettingField> QiqiProvider::settingFields() const {
    return {
        {QStringLiteral("access_key_id"), QStringLiteral("access-key-id"), tr("accessKeyId"),
         QStringLiteral("LKJSDAFJLSKDJFK")},
        {QStringLiteral("grant_type"),
         QStringLiteral("grant-type"),
         tr("Grant type"),
         {},
         {QStringLiteral("code"), QStringLiteral("normal")},
         false},
        {QStringLiteral("callback_listen"),
         QStringLiteral("callback-listen"),
         tr("Callback listen address"),
         QStringLiteral("127.0.0.1:0"),
         {},
         false,
         QStringLiteral("127.0.0.1:0")},
        {QStringLiteral("callback_path"),
         QStringLiteral("callback-path"),
         tr("Callback path"),
         QStringLiteral("/openid"),
         {},
         false,
         QStringLiteral("/openid")},
        {QStringLiteral("code_path"),
         QStringLiteral("code-path"),
         tr("Code exchange path"),
         QStringLiteral("/v1/code"),
         {},
         false,
         QStringLiteral("/v1/code")},
        {QStringLiteral("sign_region"),
         QStringLiteral("sign-region"),
         tr("SigV4 region"),
         QStringLiteral("cn-northwest-1"),
         {},
         false,
         QStringLiteral("cn-northwest-1")},
        {QStringLiteral("sign_service"),
         QStringLiteral("sign-service"),
         tr("SigV4 service"),
         QStringLiteral("execute-api"),
         {},
         false,
         QStringLiteral("execute-api")},
    };
}

QStringList QiqiProvider::validate(const Tenant &tenant) const {
    QStringList problems = validateSettings(tenant);
    static const QRegularExpression keyId(QStringLiteral("^[A-Za-z0-9]{1,128}$"));
    static const QRegularExpression listen(QStringLiteral("^(\\[[0-9A-Fa-f:]+\\]|[0-9.]+):[0-9]{1,5}$"));
    static const QRegularExpression scopePart(QStringLiteral("^[a-z0-9-]{1,64}$"));
    const QString accessKeyId = tenant.setting(QStringLiteral("access_key_id"));
    if (!accessKeyId.isEmpty() && !keyId.match(accessKeyId).hasMatch())
        problems
            << tr("The accessKeyId \"%1\" is not valid: it is letters and digits, as 企企's admin sent it.")
                   .arg(accessKeyId);
    if (!listen.match(settingOrDefault(tenant, QStringLiteral("callback_listen"))).hasMatch())
        problems << tr("The callback listen address must be IP:PORT, e.g. 127.0.0.1:0 (0 = any free port).");
    if (!settingOrDefault(tenant, QStringLiteral("code_path")).startsWith(QLatin1Char('/')))
        problems << tr("The code exchange path must start with /, e.g. /v1/code.");
    if (!settingOrDefault(tenant, QStringLiteral("callback_path")).startsWith(QLatin1Char('/')))
        problems << tr(
            "The callback path must start with /, e.g. /openid: the path of the app's callbackUrl.");
    for (const char *key : {"sign_region", "sign_service"})
        if (!scopePart.match(settingOrDefault(tenant, QLatin1String(key))).hasMatch())
            problems << tr("The SigV4 %1 must be lowercase letters, digits and dashes.")
                            .arg(QLatin1String(key).mid(5));
    if (const QString problem = UrlRules::checkRedirectUri(tenant.redirectUri); !problem.isEmpty())
        problems << problem;
    return problems << validateEndpoints(tenant);
}

QUrl QiqiProvider::authorizationUrl(const Tenant &tenant, const AuthorizationRequest &request) const {
    return endpointUrl(tenant, QStringLiteral("auth"), QStringLiteral("/auth/openid"),
                       {{QStringLiteral("requestId"), request.state},
                        {QStringLiteral("accessKeyId"), tenant.setting(QStringLiteral("access_key_id"))},
                        {QStringLiteral("grantType"), request.mode},
                        {QStringLiteral("redirectUrl"), tenant.redirectUri}});
}

QString QiqiProvider::refusalIn(const Tenant &, const QUrlQuery &redirect) const {
    if (const QString error = redirect.queryItemValue(QStringLiteral("error")); !error.isEmpty())
        return tr("The user did not authorize (error \"%1\"). Nothing was exchanged.").arg(error);
    if (redirect.queryItemValue(QStringLiteral("code")).isEmpty())
        return tr("The redirect carries no code. Nothing was exchanged.");
    return {};
}

SigV4::Credentials QiqiProvider::credentials(const Tenant &tenant, const QString &secret) const {
    return {tenant.setting(QStringLiteral("access_key_id")), secret,
            settingOrDefault(tenant, QStringLiteral("sign_region")),
            settingOrDefault(tenant, QStringLiteral("sign_service"))};
}

void QiqiProvider::postCode(const Tenant &tenant, const ProviderContext &context, const QString &code,
                            const QString &requestId, std::function<void(const JsonReply &)> done) const {
    HttpRequest request;
    request.purpose = QStringLiteral("v1/code");
    request.method = "POST";
    request.url =
        endpointUrl(tenant, QStringLiteral("api"), settingOrDefault(tenant, QStringLiteral("code_path")));
    request.body =
        QJsonDocument(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("requestId"), requestId}})
            .toJson(QJsonDocument::Compact);
    const QString amzDate = SigV4::amzDate(QDateTime::currentDateTimeUtc());
    request.headers = {{"Content-Type", "application/json"},
                       {"Access-Key-Id", tenant.setting(QStringLiteral("access_key_id")).toLatin1()},
                       {"X-Amz-Date", amzDate.toLatin1()}};
    const SigV4::Signature signature =
        SigV4::sign({request.method, request.url, request.headers, request.body},
                    credentials(tenant, context.secret), amzDate);
    request.headers.append({"Authorization", signature.authorization.toLatin1()});
    request.credentials = {QStringLiteral("Authorization")};
    context.step(FlowStep::make(
        FlowStep::Status::Info, tr("Request signed (SigV4)"),
        tr("scope %1, signed headers %2").arg(signature.credentialScope, signature.signedHeaders)));
    context.sendJson(request, done);
}

std::unique_ptr<ExchangeJob> QiqiProvider::exchange(const Tenant &tenant, const QUrlQuery &redirect,
                                                    const AuthorizationRequest &,
                                                    const ProviderContext &context) const {
    const QString code = redirect.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    const QString requestId = redirect.queryItemValue(QStringLiteral("requestId"), QUrl::FullyDecoded);
    return std::make_unique<ExchangeJob>(context, [this, tenant, code, requestId](ExchangeJob &job) {
        postCode(tenant, job.context(), code, requestId, [this, tenant, job = &job](const JsonReply &reply) {
            if (!reply.ok())
                return job->finish(reply.error());
            job->finish(identityFromCodeAnswer(tenant, reply.value()));
        });
    });
}

Result<Identity> QiqiProvider::identityFromCodeAnswer(const Tenant &tenant, const JsonAnswer &answer) const {
    const int status = answer.status;
    const QJsonObject &json = answer.json;
    // 77hub's contract is undocumented: a 2xx without a code is success; a code must be the
    // number 0 (or "0"). "E1001" is no success, whatever else the answer carries.
    const bool codeSaysOk = !json.contains(QLatin1String("code")) ||
                            jsonInteger(json.value(QLatin1String("code"))) == std::optional<qint64>(0);
    if (status < 200 || status >= 300 || !codeSaysOk) {
        Error error = Error::failed(
            tr("v1/code failed (HTTP %1, code %2): %3")
                .arg(status)
                .arg(json.value(QLatin1String("code")).toVariant().toString(), messageOf(json)));
        if (status == 403)
            error.remedy =
                tr("77hub rejected the signature: check the secretAccessKey, this computer's clock, "
                   "and the SigV4 region and service.");
        error.httpStatus = status;
        return error;
    }
    QString openid = json.value(QLatin1String("openid")).toString();
    if (openid.isEmpty())
        openid = json.value(QLatin1String("data")).toObject().value(QLatin1String("openid")).toString();
    if (openid.isEmpty())
        return Error::failed(tr("v1/code succeeded but carries no openid, neither at the top "
                                "level nor under data."));
    // The openid as sent: found by fuzzing, a detour through a query string decoded "o%789" to "ox9".
    Result<Identity> identity = identityFromOpenId(tenant, openid);
    if (identity.ok())
        identity.value().raw.insert(QStringLiteral("v1_code"), Redactor::json(json));
    return identity;
}

std::unique_ptr<CallbackDelivery> QiqiProvider::callbackDelivery(const Tenant &tenant,
                                                                 const QString &mode) const {
    if (mode != QLatin1String("normal"))
        return nullptr;
    return std::make_unique<CallbackDelivery>(
        tr("企企"), settingOrDefault(tenant, QStringLiteral("callback_listen")),
        settingOrDefault(tenant, QStringLiteral("callback_path")), QStringLiteral("openid"),
        [this, tenant](const QUrlQuery &callback) { return identityFromCallback(tenant, callback); });
}

Result<Identity> QiqiProvider::identityFromCallback(const Tenant &tenant, const QUrlQuery &callback) const {
    return identityFromOpenId(tenant, callback.queryItemValue(QStringLiteral("openid"), QUrl::FullyDecoded));
}

Result<Identity> QiqiProvider::identityFromOpenId(const Tenant &tenant, const QString &openid) const {
    Identity identity;
    identity.provider = key();
    identity.tenant = tenant.name;
    identity.externalId = openid;
    identity.idType = QStringLiteral("openid");
    if (identity.externalId.isEmpty())
        return Error::failed(tr("The callback carries no openid."));
    return identity;
}

std::optional<SigningProfile> QiqiProvider::signingProfile(const Tenant &tenant) const {
    SigningProfile profile;
    profile.url =
        endpointUrl(tenant, QStringLiteral("api"), settingOrDefault(tenant, QStringLiteral("code_path")));
    const SigV4::Credentials signing = credentials(tenant, {});
    profile.accessKeyId = signing.accessKeyId;
    profile.region = signing.region;
    profile.service = signing.service;
    profile.secretName = secretName();
    profile.headers = {{"Content-Type", "application/json"},
                       {"Access-Key-Id", signing.accessKeyId.toLatin1()}};
    profile.body = R"({"code":"CODE","requestId":"REQUESTID"})";
    return profile;
}

void QiqiProvider::checkCredentials(const Tenant &tenant, const ProviderContext &context,
                                    std::function<void(const Status &)> done) const {
    // 77hub has no token endpoint. A signed request with a code that cannot exist tells a
    // rejected signature (403) apart from a refused code (any other answer).
    postCode(
        tenant, context, QStringLiteral("authdesk-credential-check"), QStringLiteral("authdeskCheck"),
        [done](const JsonReply &reply) {
            const int status = reply.ok() ? reply.value().status : reply.error().httpStatus;
            if (status == 0)
                return done(reply.error());
            if (status == 403)
                return done(Error::failed(
                    tr("77hub rejected the signature (HTTP 403): %1 Check the secretAccessKey, the SigV4 "
                       "region and "
                       "service, and this computer's clock.")
                        .arg(reply.ok() ? messageOf(reply.value().json) : reply.error().message)));
            done(Done{tr("The signature was accepted: 77hub answered HTTP %1 to a made-up code, as expected.")
                          .arg(status)});
        });
}
