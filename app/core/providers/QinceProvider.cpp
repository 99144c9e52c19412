#include "providers/QinceProvider.h"

#include "JsonFields.h"
#include "net/HttpClient.h"
#include "net/Redactor.h"
#include "net/UrlRules.h"
#include "providers/ExchangeJob.h"
#include "providers/TokenCache.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace {
// return_code and return_msg of a 勤策 envelope, for messages.
QString envelopeError(const QJsonObject &json) {
    return QinceProvider::tr("return_code %1: %2")
        .arg(json.value(QLatin1String("return_code")).toVariant().toString(),
             Redactor::text(json.value(QLatin1String("return_msg")).toString()));
}

// 勤策's return_code: a number, or a string of digits ("0") as some deployments send it; a
// missing or non-numeric one is a malformed answer, never success.
std::optional<qint64> returnCode(const QJsonObject &json) {
    return jsonInteger(json.value(QLatin1String("return_code")));
}

Error malformedEnvelope(const QString &purpose) {
    return Error{Error::Kind::Transient,
                 QinceProvider::tr("%1 answered without a numeric return_code: the answer is "
                                   "malformed. Check the \"api\" endpoint.")
                     .arg(purpose)};
}

// Ids arrive as strings in the docs but as numbers from some deployments; keep them as text.
// The account status of an oauth/userinfo answer: 1 normal, 2 disabled, 0 closed; -1 when missing
// (a missing field is "unknown", not 0).
int accountStatus(const QJsonObject &userInfo) {
    const QJsonObject data = userInfo.value(QLatin1String("return_data")).toObject();
    return data.contains(QLatin1String("status")) ? data.value(QLatin1String("status")).toVariant().toInt()
                                                  : -1;
}

QString text(const QJsonValue &value) {
    return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
}
} // namespace

QString QinceProvider::displayName() const {
    return tr("Qince (勤策)");
}

QMap<QString, QString> QinceProvider::defaultEndpoints() const {
    return {{QStringLiteral("api"), QStringLiteral("https://sso.qince.com")},
            {QStringLiteral("oauth"), QStringLiteral("https://cloud.waiqin365.com")}};
}

QList<SettingField> QinceProvider::settingFields() const {
    return {
        {QStringLiteral("app_id"), QStringLiteral("app-id"), tr("app_id"), QStringLiteral("app1029034344")},
        {QStringLiteral("tenant_id"), QStringLiteral("tenant-id"), tr("tenant_id"),
         QStringLiteral("6692513571099135446")}};
}

QStringList QinceProvider::validate(const Tenant &tenant) const {
    QStringList problems = validateSettings(tenant);
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    for (const SettingField &field : settingFields()) {
        const QString value = tenant.setting(field.key);
        if (!value.isEmpty() && !id.match(value).hasMatch())
            problems << tr("%1 \"%2\" is not valid: use the value 勤策 issued (letters, digits, _ and -).")
                            .arg(field.label, value);
    }
    if (const QString problem = UrlRules::checkRedirectUri(tenant.redirectUri); !problem.isEmpty())
        problems << problem;
    return problems << validateEndpoints(tenant);
}

AuthorizationRequest QinceProvider::begin(const Tenant &tenant, const QString &mode) const {
    AuthorizationRequest request = Provider::begin(tenant, mode);
    const QUrl oauth(endpoint(tenant, QStringLiteral("oauth")));
    request.errorPage = oauth.resolved(QUrl(QStringLiteral("/oauth2/authorize_error.jsp")));
    return request;
}

QUrl QinceProvider::authorizationUrl(const Tenant &tenant, const AuthorizationRequest &request) const {
    const QString &state = request.state;
    return endpointUrl(tenant, QStringLiteral("oauth"), QStringLiteral("/service/oauth/authorize"),
                       {{QStringLiteral("response_type"), QStringLiteral("code")},
                        {QStringLiteral("app_id"), tenant.setting(QStringLiteral("app_id"))},
                        {QStringLiteral("redirect_uri"), tenant.redirectUri},
                        {QStringLiteral("scope"), QStringLiteral("user")},
                        {QStringLiteral("state"), state},
                        {QStringLiteral("tenant_id"), tenant.setting(QStringLiteral("tenant_id"))}});
}

QString QinceProvider::refusalIn(const Tenant &tenant, const QUrlQuery &redirect) const {
    // [decision] a redirect naming another enterprise or app is not ours to exchange.
    for (const char *key : {"tenant_id", "app_id"}) {
        const QString got = redirect.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
        const QString ours = tenant.setting(QLatin1String(key));
        if (got != ours)
            return tr("The redirect carries %1=\"%2\" but this tenant's %1 is \"%3\": it belongs to another "
                      "enterprise or app, so nothing was exchanged. Check the tenant's configuration.")
                .arg(QLatin1String(key), got, ours);
    }
    if (redirect.queryItemValue(QStringLiteral("code")).isEmpty())
        return tr("The redirect carries no code. Nothing was exchanged.");
    return {};
}

QString QinceProvider::describeAuthorizeError(const QString &error) {
    if (error == QLatin1String("invalid_request"))
        return tr("the request was malformed (请求错误)");
    if (error == QLatin1String("unauthorized_client"))
        return tr("this app may not use the authorization link: check app_id and tenant_id (访问未授权链接)");
    if (error == QLatin1String("access_denied"))
        return tr("access was denied: the user refused or may not use this app (服务器拒绝访问)");
    if (error == QLatin1String("unsupported_response_type"))
        return tr("the response type is not supported (不支持响应类型)");
    if (error == QLatin1String("invalid_scope"))
        return tr("the requested scope was refused (请求授权信息失败)");
    if (error == QLatin1String("server_error"))
        return tr("勤策 had a server error; try again later (服务器错误)");
    return tr("an error 勤策 does not document");
}

QString QinceProvider::describeErrorPage(const Tenant &, const QUrl &url) const {
    const QString error = QUrlQuery(url).queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    return tr("勤策 refused the authorization with error \"%1\": %2.")
        .arg(error, describeAuthorizeError(error));
}

void QinceProvider::fetchToken(const Tenant &tenant, const ProviderContext &context,
                               std::function<void(const Result<FetchedToken> &)> done) const {
    HttpRequest request = HttpRequest::postJson(
        QStringLiteral("oauth/token"),
        endpointUrl(tenant, QStringLiteral("api"), QStringLiteral("/service/oauth/token")),
        {{QStringLiteral("app_id"), tenant.setting(QStringLiteral("app_id"))},
         {QStringLiteral("app_secret"), context.secret},
         {QStringLiteral("tenant_id"), tenant.setting(QStringLiteral("tenant_id"))}});
    request.credentials = {QStringLiteral("app_secret"), QStringLiteral("access_token")};
    context.sendJson(request, [done](const JsonReply &reply) {
        if (!reply.ok())
            return done(reply.error());
        const QJsonObject &json = reply.value().json;
        if (reply.value().status != 200)
            return done(
                Error::failed(tr("oauth/token answered HTTP %1; expected 200. Check the \"api\" endpoint.")
                                  .arg(reply.value().status)));
        const std::optional<qint64> tokenCode = returnCode(json);
        if (!tokenCode)
            return done(malformedEnvelope(QStringLiteral("oauth/token")));
        if (*tokenCode != 0)
            return done(
                Error::failed(tr("oauth/token refused the credentials (%1). Check app_id, tenant_id and the "
                                 "app_secret 勤策 issued.")
                                  .arg(envelopeError(json))));
        const QJsonObject data = json.value(QLatin1String("return_data")).toObject();
        const FetchedToken token{data.value(QLatin1String("access_token")).toString(),
                                 data.value(QLatin1String("expires_in")).toInt()};
        if (token.value.isEmpty() || token.expiresInSeconds <= 0)
            return done(
                Error::failed(tr("oauth/token answered return_code 0 without access_token or expires_in.")));
        done(token);
    });
}

std::unique_ptr<ExchangeJob> QinceProvider::exchange(const Tenant &tenant, const QUrlQuery &redirect,
                                                     const AuthorizationRequest &,
                                                     const ProviderContext &context) const {
    const QString code = redirect.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    return std::make_unique<ExchangeJob>(context, [this, tenant, code](ExchangeJob &job) {
        requestUserInfo(tenant, code, job.context(), false,
                        [job = &job](const Result<Identity> &result) { job->finish(result); });
    });
}

void QinceProvider::requestUserInfo(const Tenant &tenant, const QString &code, const ProviderContext &context,
                                    bool retried, std::function<void(const Result<Identity> &)> done) const {
    TokenCache::Fetcher fetcher =
        [this, tenant, context](QObject *owner, std::function<void(const Result<FetchedToken> &)> reply) {
            fetchToken(tenant, context.ownedBy(owner), reply);
        };
    context.tokens->get(tokenKey(tenant), context.guard, fetcher, [=](const TokenResult &tokenResult) {
        if (!tokenResult.ok())
            return done(tokenResult.error());
        const Token token = tokenResult.value();
        context.note(FlowStep::Status::Ok,
                     token.fromCache ? tr("Token reused from cache") : tr("Token fetched"),
                     QStringLiteral("oauth/userinfo"));
        HttpRequest request;
        request.purpose = QStringLiteral("oauth/userinfo");
        request.method = "POST";
        request.url =
            endpointUrl(tenant, QStringLiteral("api"), QStringLiteral("/service/oauth/userinfo"),
                        {{QStringLiteral("access_token"), token.value}, {QStringLiteral("code"), code}});
        request.credentials = {QStringLiteral("access_token")};
        context.sendJson(request, [=](const JsonReply &reply) {
            if (!reply.ok())
                return done(reply.error());
            const Result<Identity> identity = identityFromUserInfo(tenant, reply.value());
            // [decision] 勤策 may drop a token early and does not say so distinctly: a refusal
            // right after a cached token earns one fresh token and one retry.
            if (!identity.ok() && identity.error().platformCode != 0 && token.fromCache && !retried) {
                context.note(FlowStep::Status::Warning, tr("Cached token refused, fetching a new one"),
                             identity.error().message);
                context.tokens->invalidate(tokenKey(tenant), token.value);
                return requestUserInfo(tenant, code, context, true, done);
            }
            if (identity.ok() && accountStatus(reply.value().json) != 1)
                context.note(FlowStep::Status::Warning, tr("The account is not active"),
                             identity.value().extra.value(QLatin1String("status")).toString());
            done(identity);
        });
    });
}

Result<Identity> QinceProvider::identityFromUserInfo(const Tenant &tenant, const JsonAnswer &answer) const {
    const QJsonObject &json = answer.json;
    if (answer.status != 200)
        return Error::failed(tr("oauth/userinfo answered HTTP %1; expected 200.").arg(answer.status));
    const std::optional<qint64> infoCode = returnCode(json);
    if (!infoCode)
        return malformedEnvelope(QStringLiteral("oauth/userinfo"));
    if (*infoCode != 0) {
        Error refused = Error::failed(tr("oauth/userinfo failed: %1").arg(envelopeError(json)));
        refused.platformCode = int(*infoCode);
        return refused;
    }
    const QJsonObject data = json.value(QLatin1String("return_data")).toObject();
    Identity identity;
    identity.provider = key();
    identity.tenant = tenant.name;
    identity.externalId = text(data.value(QLatin1String("id")));
    identity.idType = QStringLiteral("qince_id");
    identity.name = data.value(QLatin1String("name")).toString();
    identity.department = data.value(QLatin1String("full_depart_name")).toString();
    if (identity.externalId.isEmpty())
        return Error::failed(tr("oauth/userinfo answered return_code 0 without an id."));
    // A missing field is "unknown", not 0 (which means closed for status).
    const int userType = data.contains(QLatin1String("user_type"))
                             ? data.value(QLatin1String("user_type")).toVariant().toInt()
                             : -1;
    const int status = accountStatus(json);
    identity.extra = {{QStringLiteral("depart_name"), data.value(QLatin1String("depart_name")).toString()},
                      {QStringLiteral("depart_id"), text(data.value(QLatin1String("depart_id")))},
                      {QStringLiteral("user_type"), userType == 1   ? tr("user (用户)")
                                                    : userType == 2 ? tr("customer (客户)")
                                                    : userType == 3 ? tr("customer contact (客户联系人)")
                                                                    : tr("unknown (%1)").arg(userType)},
                      {QStringLiteral("status"), status == 1   ? tr("normal (正常)")
                                                 : status == 2 ? tr("disabled (停用)")
                                                 : status == 0 ? tr("closed (销户)")
                                                               : tr("unknown (%1)").arg(status)},
                      {QStringLiteral("thrid_id"), data.value(QLatin1String("thrid_id")).toString()}};
    identity.raw.insert(QStringLiteral("userinfo"), Redactor::json(json));
    return identity;
}

void QinceProvider::checkCredentials(const Tenant &tenant, const ProviderContext &context,
                                     std::function<void(const Status &)> done) const {
    // The token call names the tenant (PROVIDERS §2.2, §9.3): a token means the app_secret and the
    // tenant_id go together.
    const QString tenantId = tenant.setting(QStringLiteral("tenant_id"));
    fetchToken(tenant, context, [done, tenantId](const Result<FetchedToken> &fetched) {
        if (!fetched.ok())
            return done(fetched.error());
        done(Done{tr("The app_secret works for tenant_id %1: oauth/token issued a token valid for %2 s.")
                      .arg(tenantId)
                      .arg(fetched.value().expiresInSeconds),
                  {{QStringLiteral("tenant_id"), tenantId}}});
    });
}
