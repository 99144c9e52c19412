#include "providers/FeishuProvider.h"

#include "JsonFields.h"
#include "crypto/Pkce.h"
#include "net/HttpClient.h"
#include "net/Redactor.h"
#include "net/UrlRules.h"
#include "providers/ExchangeJob.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <memory>

namespace {
constexpr int maxRetries = 3;               // 20050 / 20072: server error, retried with back-off
constexpr int maxRateLimitWaitSeconds = 10; // a longer x-ogw-ratelimit-reset ends the run instead
constexpr qint64 rateLimited = 99991400;

bool isRetryable(qint64 code) {
    return code == 20050 || code == 20072;
}

// One Feishu call of an exchange with its retries: 20050/20072 with back-off (at most 3), and
// HTTP 429 / 99991400 once after the x-ogw-ratelimit-reset the platform names. Held only by the
// callbacks it waits on.
struct FeishuCall : std::enable_shared_from_this<FeishuCall> {
    ProviderContext context;
    HttpRequest request;
    std::function<void(const Result<QJsonObject> &)> done; // the answer with code 0, or the error
    int retries = 0;
    bool waitedForRateLimit = false;

    void send() {
        context.sendJson(request,
                         [self = shared_from_this()](const JsonReply &reply) { self->answered(reply); });
    }
    void retryIn(int milliseconds) {
        QTimer::singleShot(milliseconds, context.guard, [self = shared_from_this()] { self->send(); });
    }
    void answered(const JsonReply &reply) {
        if (!reply.ok())
            return done(reply.error());
        const JsonAnswer &answer = reply.value();
        const std::optional<qint64> code = jsonInteger(answer.json.value(QLatin1String("code")));
        if (!code)
            return done(Error{
                Error::Kind::Transient,
                FeishuProvider::tr("%1 answered HTTP %2 without a numeric code: the answer is malformed. "
                                   "Check the \"open\" endpoint.")
                    .arg(request.purpose)
                    .arg(answer.status)});
        if (answer.status == 429 || *code == rateLimited) {
            const int reset = answer.header("x-ogw-ratelimit-reset").toInt();
            if (!waitedForRateLimit && reset >= 0 && reset <= maxRateLimitWaitSeconds) {
                waitedForRateLimit = true;
                context.note(
                    FlowStep::Status::Warning, FeishuProvider::tr("Feishu rate limit (99991400)"),
                    FeishuProvider::tr("waiting %1 s as x-ogw-ratelimit-reset says, then retrying %2")
                        .arg(reset)
                        .arg(request.purpose));
                return retryIn(reset * 1000);
            }
            Error error{
                Error::Kind::RateLimited,
                FeishuProvider::tr("%1: Feishu's rate limit refused the call (99991400); it resets in %2 s. "
                                   "Wait that long and run the authorization again.")
                    .arg(request.purpose)
                    .arg(reset)};
            error.platformCode = int(rateLimited);
            return done(error);
        }
        if (*code == 0 && answer.status == 200)
            return done(answer.json);
        if (isRetryable(*code) && retries < maxRetries) {
            const int delay = context.retryDelayMs << retries;
            ++retries;
            context.note(FlowStep::Status::Warning, FeishuProvider::tr("Feishu server error (%1)").arg(*code),
                         FeishuProvider::tr("retrying %1 in %2 ms").arg(request.purpose).arg(delay));
            return retryIn(delay);
        }
        const QString description = answer.json.value(QLatin1String("error_description"))
                                        .toString(answer.json.value(QLatin1String("msg")).toString());
        Error error{isRetryable(*code) ? Error::Kind::Transient : Error::Kind::Failed,
                    FeishuProvider::tr("%1 failed (HTTP %2): %3")
                        .arg(request.purpose)
                        .arg(answer.status)
                        .arg(FeishuProvider::describeError(*code, description))};
        error.platformCode = int(*code);
        error.httpStatus = answer.status;
        done(error);
    }
};

void call(const ProviderContext &context, const HttpRequest &request,
          std::function<void(const Result<QJsonObject> &)> done) {
    auto call = std::make_shared<FeishuCall>();
    call->context = context;
    call->request = request;
    call->done = std::move(done);
    call->send();
}
} // namespace

QString FeishuProvider::displayName() const {
    return tr("Feishu / Lark (飞书)");
}

QMap<QString, QString> FeishuProvider::defaultEndpoints() const {
    // Lark tenants override both: accounts=https://accounts.larksuite.com, open=https://open.larksuite.com.
    return {{QStringLiteral("accounts"), QStringLiteral("https://accounts.feishu.cn")},
            {QStringLiteral("open"), QStringLiteral("https://open.feishu.cn")}};
}

QList<SettingField> FeishuProvider::settingFields() const {
    return {{QStringLiteral("app_id"), QStringLiteral("app-id"), tr("App ID"),
             QStringLiteral("cli_a1b2c3d4e5f6")},
            {QStringLiteral("scope"),
             QStringLiteral("scope"),
             tr("Scopes (space-separated)"),
             QStringLiteral("contact:user.email:readonly"),
             {},
             false},
            {QStringLiteral("tenant_key"),
             QStringLiteral("tenant-key"),
             tr("Pinned tenant_key"),
             QStringLiteral("736588c9260f175d"),
             {},
             false}};
}

QStringList FeishuProvider::validate(const Tenant &tenant) const {
    QStringList problems = validateSettings(tenant);
    static const QRegularExpression appId(QStringLiteral("^cli_[A-Za-z0-9]{4,40}$"));
    const QString id = tenant.setting(QStringLiteral("app_id"));
    if (!id.isEmpty() && !appId.match(id).hasMatch())
        problems << tr("The App ID \"%1\" is not valid: it starts with \"cli_\", as shown under Credentials "
                       "& Basic Info "
                       "(凭证与基础信息) in the Feishu developer console.")
                        .arg(id);
    if (tenant.setting(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts).size() > 50)
        problems << tr("Feishu accepts at most 50 scopes.");
    if (const QString problem = UrlRules::checkRedirectUri(tenant.redirectUri); !problem.isEmpty())
        problems << problem;
    return problems << validateEndpoints(tenant);
}

AuthorizationRequest FeishuProvider::begin(const Tenant &tenant, const QString &mode) const {
    AuthorizationRequest request = Provider::begin(tenant, mode);
    request.codeVerifier = Pkce::newVerifier();
    request.url = authorizationUrl(tenant, request);
    return request;
}

QUrl FeishuProvider::authorizationUrl(const Tenant &tenant, const AuthorizationRequest &request) const {
    QList<QPair<QString, QString>> query{
        {QStringLiteral("client_id"), tenant.setting(QStringLiteral("app_id"))},
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("redirect_uri"), tenant.redirectUri}};
    if (const QString scope = tenant.setting(QStringLiteral("scope")).simplified(); !scope.isEmpty())
        query.append({QStringLiteral("scope"), scope});
    query.append({QStringLiteral("state"), request.state});
    // Feishu's default method is plain, which would send the verifier itself: always S256.
    query.append({QStringLiteral("code_challenge"), Pkce::challengeS256(request.codeVerifier)});
    query.append({QStringLiteral("code_challenge_method"), QStringLiteral("S256")});
    return endpointUrl(tenant, QStringLiteral("accounts"), QStringLiteral("/open-apis/authen/v1/authorize"),
                       query);
}

QString FeishuProvider::refusalIn(const Tenant &, const QUrlQuery &redirect) const {
    const QString error = redirect.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
    if (error == QLatin1String("access_denied"))
        return tr(
            "The user refused the authorization on Feishu's page (access_denied). Nothing was exchanged.");
    if (!error.isEmpty())
        return tr("Feishu refused the authorization (error \"%1\"). Nothing was exchanged.").arg(error);
    if (redirect.queryItemValue(QStringLiteral("code")).isEmpty())
        return tr("The redirect carries no code. Nothing was exchanged.");
    return {};
}

QString FeishuProvider::describeError(qint64 code, const QString &description) {
    QString meaning;
    switch (code) {
    case 20003:
        meaning = tr("the code was not found: run the authorization again");
        break;
    case 20004:
        meaning = tr("the code expired (5 minutes): run the authorization again");
        break;
    case 20065:
        meaning = tr("the code was already used: run the authorization again");
        break;
    case 20026:
        meaning = tr("the refresh token is invalid or was used already (each is good once)");
        break;
    case 20037:
        meaning = tr("the refresh token expired");
        break;
    case 20064:
        meaning = tr("the refresh token was revoked");
        break;
    case 20049:
        meaning = tr("PKCE verification failed: the code_verifier does not match the challenge; run the "
                     "authorization again");
        break;
    case 20002:
        meaning = tr("the app_secret is wrong: copy it again from Credentials & Basic Info");
        break;
    case 20009:
        meaning = tr("the app is not installed in this enterprise");
        break;
    case 20048:
        meaning = tr("no such app: check the App ID");
        break;
    case 20069:
        meaning = tr("the app is disabled");
        break;
    case 20071:
        meaning = tr("the redirect_uri does not match: add it exactly to the app's redirect URL list "
                     "(安全设置 → 重定向 URL) and use the same one here");
        break;
    case 20067:
        meaning = tr("a scope was requested twice");
        break;
    case 20068:
        meaning = tr("a requested scope is not granted to the app: enable it under Permissions");
        break;
    case 20008:
        meaning = tr("no such user");
        break;
    case 20066:
        meaning = tr("the user's status does not allow sign-in");
        break;
    case 20010:
        meaning = tr("the user may not use this app: add them to the app's availability range (可用范围)");
        break;
    case 20021:
        meaning = tr("the user has resigned");
        break;
    case 20022:
        meaning = tr("the user is frozen");
        break;
    case 20023:
        meaning = tr("the user is not registered");
        break;
    case 20005:
        meaning = tr("the user access token is invalid");
        break;
    case 20024:
        meaning = tr("the code belongs to another app (client_id)");
        break;
    case 20001:
    case 20063:
        meaning = tr("the request is missing a field or malformed");
        break;
    case 20070:
        meaning = tr("both a Basic header and client_secret were sent");
        break;
    case 20050:
    case 20072:
        meaning = tr("Feishu server error; still failing after 3 retries, try again later");
        break;
    default:
        meaning = tr("see Feishu's error code reference");
        break;
    }
    return tr("code %1 (%2): %3").arg(code).arg(meaning, Redactor::text(description));
}

std::unique_ptr<ExchangeJob> FeishuProvider::exchange(const Tenant &tenant, const QUrlQuery &redirect,
                                                      const AuthorizationRequest &request,
                                                      const ProviderContext &context) const {
    const QString code = redirect.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    return std::make_unique<ExchangeJob>(context, [this, tenant, code, request](ExchangeJob &job) {
        HttpRequest token = HttpRequest::postJson(
            QStringLiteral("oauth/token"),
            endpointUrl(tenant, QStringLiteral("open"), QStringLiteral("/open-apis/authen/v2/oauth/token")),
            {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
             {QStringLiteral("client_id"), tenant.setting(QStringLiteral("app_id"))},
             {QStringLiteral("client_secret"), job.context().secret},
             {QStringLiteral("code"), code},
             {QStringLiteral("redirect_uri"), tenant.redirectUri},
             {QStringLiteral("code_verifier"), request.codeVerifier}});
        token.credentials = {QStringLiteral("client_secret"), QStringLiteral("code_verifier"),
                             QStringLiteral("access_token"), QStringLiteral("refresh_token")};
        call(job.context(), token, [this, tenant, job = &job](const Result<QJsonObject> &tokenAnswer) {
            if (!tokenAnswer.ok())
                return job->finish(tokenAnswer.error());
            const QJsonObject tokens = tokenAnswer.value();
            const QString userToken = tokens.value(QLatin1String("access_token")).toString();
            if (userToken.isEmpty())
                return job->finish(Error::failed(tr("oauth/token answered code 0 without an access_token.")));
            call(job->context(), userInfoRequest(tenant, userToken),
                 [this, tenant, job, tokens](const Result<QJsonObject> &infoAnswer) {
                     if (!infoAnswer.ok())
                         return job->finish(infoAnswer.error());
                     const Result<Identity> identity = identityFromUserInfo(tenant, infoAnswer.value());
                     const QJsonObject data = infoAnswer.value().value(QLatin1String("data")).toObject();
                     if (identity.ok() && data.value(QLatin1String("email")).toString().isEmpty() &&
                         !identity.value().email.isEmpty())
                         job->context().note(
                             FlowStep::Status::Info, tr("Email from enterprise_email"),
                             tr("the user has no email; the enterprise mailbox is shown instead"));
                     job->finishKeeping(
                         identity,
                         keptTokens(tokens, identity.ok() ? identity.value().externalId : QString()));
                 });
        });
    });
}

Result<Identity> FeishuProvider::identityFromUserInfo(const Tenant &tenant,
                                                      const QJsonObject &userInfo) const {
    const QJsonObject data = userInfo.value(QLatin1String("data")).toObject();
    auto field = [&](const char *name) { return data.value(QLatin1String(name)).toString(); };
    Identity identity;
    identity.provider = key();
    identity.tenant = tenant.name;
    identity.externalId = field("open_id");
    identity.idType = QStringLiteral("open_id");
    if (identity.externalId.isEmpty())
        return Error::failed(tr("authen/user_info answered code 0 without an open_id."));
    const QString pinned = tenant.setting(QStringLiteral("tenant_key"));
    if (!pinned.isEmpty() && field("tenant_key") != pinned)
        return Error::failed(tr("The user belongs to tenant_key \"%1\", but this "
                                "tenant is pinned to \"%2\": another "
                                "enterprise signed in, so the identity was refused.")
                                 .arg(field("tenant_key"), pinned));
    identity.name = field("name");
    identity.mobile = field("mobile");
    identity.email = field("email");
    if (identity.email.isEmpty())
        identity.email = field("enterprise_email");
    for (const char *extra : {"union_id", "user_id", "tenant_key", "employee_no", "en_name"})
        if (const QString value = field(extra); !value.isEmpty())
            identity.extra.insert(QLatin1String(extra), value);
    identity.raw.insert(QStringLiteral("user_info"), Redactor::json(userInfo));
    return identity;
}

void FeishuProvider::checkCredentials(const Tenant &tenant, const ProviderContext &context,
                                      std::function<void(const Status &)> done) const {
    HttpRequest request =
        HttpRequest::postJson(QStringLiteral("tenant_access_token"),
                              endpointUrl(tenant, QStringLiteral("open"),
                                          QStringLiteral("/open-apis/auth/v3/tenant_access_token/internal")),
                              {{QStringLiteral("app_id"), tenant.setting(QStringLiteral("app_id"))},
                               {QStringLiteral("app_secret"), context.secret}});
    request.credentials = {QStringLiteral("app_secret"), QStringLiteral("tenant_access_token")};
    call(context, request, [done](const Result<QJsonObject> &answer) {
        if (!answer.ok())
            return done(answer.error());
        done(Done{tr("The app_secret works: Feishu issued a tenant_access_token valid for %1 s.")
                      .arg(answer.value().value(QLatin1String("expire")).toInt())});
    });
}

QStringList FeishuProvider::secondaryIdKeys() const {
    return {QStringLiteral("union_id"), QStringLiteral("user_id"), QStringLiteral("tenant_key")};
}

HttpRequest FeishuProvider::userInfoRequest(const Tenant &tenant, const QString &userToken) const {
    HttpRequest info;
    info.purpose = QStringLiteral("authen/user_info");
    info.url = endpointUrl(tenant, QStringLiteral("open"), QStringLiteral("/open-apis/authen/v1/user_info"));
    info.headers = {{"Authorization", "Bearer " + userToken.toLatin1()}};
    info.credentials = {QStringLiteral("Authorization")};
    return info;
}

KeptTokens FeishuProvider::keptTokens(const QJsonObject &answer, const QString &openId) {
    KeptTokens kept;
    kept.credentials = {{QStringLiteral("access_token"), answer.value(QLatin1String("access_token"))}};
    // Only with the offline_access scope (PROVIDERS §6.2).
    if (answer.contains(QLatin1String("refresh_token")))
        kept.credentials.insert(QStringLiteral("refresh_token"),
                                answer.value(QLatin1String("refresh_token")));
    kept.about = {{QStringLiteral("expires_at"),
                   QDateTime::currentSecsSinceEpoch() +
                       jsonInteger(answer.value(QLatin1String("expires_in"))).value_or(0)},
                  {QStringLiteral("open_id"), openId}};
    return kept;
}

void FeishuProvider::operateOnTokens(TokenOperation, const QString &, const Tenant &tenant,
                                     const ProviderContext &context, const KeptTokens &kept,
                                     std::function<void(const Status &, const KeptTokens &)> done) const {
    // Refresh is the one action offered (tokenActions): TokenSession asks for no other.
    const QString refreshToken = kept.credential("refresh_token");
    if (refreshToken.isEmpty())
        return done(
            Error::failed(tr("Feishu issued no refresh token to this sign-in."),
                          tr("Feishu issues one only with the offline_access scope: add it to the tenant's "
                             "scopes, then run the authorization again with \"keep tokens\".")),
            {});
    HttpRequest refresh = HttpRequest::postJson(
        QStringLiteral("oauth/token"),
        endpointUrl(tenant, QStringLiteral("open"), QStringLiteral("/open-apis/authen/v2/oauth/token")),
        {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
         {QStringLiteral("client_id"), tenant.setting(QStringLiteral("app_id"))},
         {QStringLiteral("client_secret"), context.secret},
         {QStringLiteral("refresh_token"), refreshToken}});
    refresh.credentials = {QStringLiteral("client_secret"), QStringLiteral("access_token"),
                           QStringLiteral("refresh_token")};
    call(
        context, refresh,
        [this, tenant, context, kept, refreshToken, done](const Result<QJsonObject> &answer) {
            if (!answer.ok())
                return done(Error::failed(
                                tr("The refresh was refused: %1").arg(answer.errorText()),
                                tr("Feishu's refresh tokens are good once: run the authorization again with "
                                   "\"keep tokens\".")),
                            {});
            const QString accessToken = answer.value().value(QLatin1String("access_token")).toString();
            // The new token is believed once it is the same person's: user_info with it.
            call(
                context, userInfoRequest(tenant, accessToken),
                [this, tenant, kept, refreshToken, answer, done](const Result<QJsonObject> &infoAnswer) {
                    if (!infoAnswer.ok())
                        return done(infoAnswer.error(), {});
                    const Result<Identity> identity = identityFromUserInfo(tenant, infoAnswer.value());
                    if (!identity.ok())
                        return done(identity.error(), {});
                    const QString openId = identity.value().externalId;
                    if (openId != kept.aboutText("open_id"))
                        return done(
                            Error::failed(
                                tr("The refreshed token belongs to open_id %1, not to the one that signed in "
                                   "(%2): it is not kept.")
                                    .arg(openId, kept.aboutText("open_id"))),
                            {});
                    const KeptTokens next = keptTokens(answer.value(), openId);
                    const bool rotated = next.credential("refresh_token") != refreshToken;
                    done(Done{rotated ? tr("Refreshed: a new user token, and the refresh token rotated; "
                                           "user_info with the new "
                                           "token answers the same open_id.")
                                      : tr("Refreshed: a new user token; user_info with it answers the same "
                                           "open_id."),
                              {{QStringLiteral("refresh_token_rotated"), rotated},
                               {QStringLiteral("expires_in"),
                                answer.value().value(QLatin1String("expires_in"))},
                               {QStringLiteral("open_id"), openId}}},
                         next);
                });
        });
}
