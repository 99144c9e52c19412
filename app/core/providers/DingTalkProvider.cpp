#include "providers/DingTalkProvider.h"

#include "JsonFields.h"
#include "net/HttpClient.h"
#include "net/Redactor.h"
#include "net/UrlRules.h"
#include "providers/ExchangeJob.h"
#include "providers/TokenCache.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <memory>

namespace {
QString field(const QJsonObject &json, const char *name) {
    return json.value(QLatin1String(name)).toString();
}

// DingTalk's per-IP block answers {"status":1111, "punish":"deny"} on any API.
std::optional<Error> ipBlock(const QString &purpose, const QJsonObject &json) {
    if (field(json, "punish") != QLatin1String("deny"))
        return std::nullopt;
    return Error{
        Error::Kind::RateLimited,
        DingTalkProvider::tr("%1: DingTalk blocked this computer's IP address for calling too often (status "
                             "%2). Wait 5 minutes before trying again.")
            .arg(purpose, json.value(QLatin1String("status")).toVariant().toString())};
}

// The new API (api.dingtalk.com) answers errors with a non-2xx status and {code, message, requestid}.
std::optional<Error> newApiError(const QString &purpose, const JsonReply &reply) {
    if (!reply.ok())
        return reply.error();
    const JsonAnswer &answer = reply.value();
    if (auto blocked = ipBlock(purpose, answer.json))
        return blocked;
    if (answer.status >= 200 && answer.status < 300)
        return std::nullopt;
    Error error =
        Error::failed(DingTalkProvider::tr("%1 answered HTTP %2, code %3: %4 (requestid %5)")
                          .arg(purpose)
                          .arg(answer.status)
                          .arg(field(answer.json, "code"), Redactor::text(field(answer.json, "message")),
                               field(answer.json, "requestid")));
    const QString code = field(answer.json, "code");
    if (code == QLatin1String("InvalidAuthentication"))
        error.remedy =
            DingTalkProvider::tr("DingTalk did not accept the token: run the authorization again.");
    else if (code.contains(QLatin1String("AuthCode"), Qt::CaseInsensitive))
        error.remedy =
            DingTalkProvider::tr("The authCode was already used, expired or belongs to another app: run the "
                                 "authorization again.");
    else if (code == QLatin1String("invalidClient"))
        error.remedy =
            DingTalkProvider::tr("Check the Client ID and copy the client_secret again from the app's "
                                 "credentials page in the DingTalk developer console.");
    error.httpStatus = answer.status;
    return error;
}

// The enterprise userid of a unionId (§7.4), a bonus of the exchange: its failures are warnings
// that say what is missing, never a failed run. Held only by the callbacks it waits on.
struct UseridLookup : std::enable_shared_from_this<UseridLookup> {
    const DingTalkProvider *provider;
    Tenant tenant;
    ProviderContext context;
    QString unionId;
    std::function<void(const QString &userid)> done; // empty when it could not be resolved
    bool tokenRetried = false;

    void start() {
        auto self = shared_from_this();
        TokenCache::Fetcher fetcher = [self](QObject *owner,
                                             std::function<void(const Result<FetchedToken> &)> reply) {
            self->provider->fetchAppToken(self->tenant, self->context.ownedBy(owner), reply);
        };
        context.tokens->get(provider->tokenKey(tenant), context.guard, fetcher,
                            [self](const TokenResult &token) {
                                if (!token.ok())
                                    return self->warn(token.errorText());
                                self->ask(token.value().value);
                            });
    }
    void ask(const QString &appToken) {
        HttpRequest request = HttpRequest::postJson(
            QStringLiteral("topapi/user/getbyunionid"),
            provider->endpointUrl(tenant, QStringLiteral("oapi"), QStringLiteral("/topapi/user/getbyunionid"),
                                  {{QStringLiteral("access_token"), appToken}}),
            QJsonObject{{QStringLiteral("unionid"), unionId}});
        request.credentials = {QStringLiteral("access_token")};
        auto self = shared_from_this();
        context.sendJson(request,
                         [self, appToken](const JsonReply &reply) { self->answered(appToken, reply); });
    }
    void answered(const QString &appToken, const JsonReply &reply) {
        if (!reply.ok())
            return warn(reply.errorText(), reply.error().platformCode);
        const QJsonObject &json = reply.value().json;
        if (auto blocked = ipBlock(QStringLiteral("topapi/user/getbyunionid"), json))
            return warn(blocked->text(), blocked->platformCode);
        const std::optional<qint64> errcode = jsonInteger(json.value(QLatin1String("errcode")));
        if (!errcode)
            return warn(DingTalkProvider::tr("topapi/user/getbyunionid answered without a numeric errcode."));
        if (*errcode == 0) {
            const QString userid = field(json.value(QLatin1String("result")).toObject(), "userid");
            return userid.isEmpty() ? warn(DingTalkProvider::tr(
                                          "topapi/user/getbyunionid answered errcode 0 without a userid."))
                                    : done(userid);
        }
        if (*errcode == 40014 && !tokenRetried) {
            tokenRetried = true;
            context.note(FlowStep::Status::Warning,
                         DingTalkProvider::tr("App token rejected, fetching a new one"),
                         DingTalkProvider::describeOapiError(*errcode, field(json, "errmsg")));
            context.tokens->invalidate(provider->tokenKey(tenant), appToken);
            return start();
        }
        warn(DingTalkProvider::describeOapiError(*errcode, field(json, "errmsg")), int(*errcode));
    }
    void warn(const QString &detail, int platformCode = 0) {
        context.step(FlowStep::make(FlowStep::Status::Warning,
                                    DingTalkProvider::tr("Enterprise userid unavailable"), detail,
                                    platformCode));
        done({});
    }
};
} // namespace

QString DingTalkProvider::displayName() const {
    return tr("DingTalk (钉钉)");
}

QMap<QString, QString> DingTalkProvider::defaultEndpoints() const {
    return {{QStringLiteral("login"), QStringLiteral("https://login.dingtalk.com")},
            {QStringLiteral("api"), QStringLiteral("https://api.dingtalk.com")},
            {QStringLiteral("oapi"), QStringLiteral("https://oapi.dingtalk.com")}};
}

QList<SettingField> DingTalkProvider::settingFields() const {
    return {{QStringLiteral("client_id"), QStringLiteral("client-id"), tr("Client ID (AppKey)"),
             QStringLiteral("dingxxxxxxxxxxxxxxxx")},
            {QStringLiteral("corp_id"),
             QStringLiteral("corp-id"),
             tr("Pinned corpId"),
             QStringLiteral("ding0123456789abcdef"),
             {},
             false}};
}

QStringList DingTalkProvider::validate(const Tenant &tenant) const {
    QStringList problems = validateSettings(tenant);
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9_-]{4,64}$"));
    for (const SettingField &field : settingFields()) {
        const QString value = tenant.setting(field.key);
        if (!value.isEmpty() && !id.match(value).hasMatch())
            problems << tr("%1 \"%2\" is not valid: copy it from the DingTalk developer console (letters, "
                           "digits, _ and -).")
                            .arg(field.label, value);
    }
    if (const QString problem = UrlRules::checkRedirectUri(tenant.redirectUri); !problem.isEmpty())
        problems << problem;
    return problems << validateEndpoints(tenant);
}

QUrl DingTalkProvider::authorizationUrl(const Tenant &tenant, const AuthorizationRequest &request) const {
    // [decision] always `openid corpid`, so that the user token names the enterprise.
    return endpointUrl(tenant, QStringLiteral("login"), QStringLiteral("/oauth2/auth"),
                       {{QStringLiteral("redirect_uri"), tenant.redirectUri},
                        {QStringLiteral("response_type"), QStringLiteral("code")},
                        {QStringLiteral("client_id"), tenant.setting(QStringLiteral("client_id"))},
                        {QStringLiteral("scope"), QStringLiteral("openid corpid")},
                        {QStringLiteral("state"), request.state},
                        {QStringLiteral("prompt"), QStringLiteral("consent")}});
}

QString DingTalkProvider::codeIn(const QUrlQuery &redirect) {
    const QString authCode = redirect.queryItemValue(QStringLiteral("authCode"), QUrl::FullyDecoded);
    const QString code = redirect.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    if (!authCode.isEmpty() && !code.isEmpty() && authCode != code)
        return {};
    return authCode.isEmpty() ? code : authCode;
}

QString DingTalkProvider::refusalIn(const Tenant &, const QUrlQuery &redirect) const {
    if (const QString error = redirect.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        !error.isEmpty())
        return tr("DingTalk refused the authorization (error \"%1\"); the user may have declined. Nothing "
                  "was exchanged.")
            .arg(error);
    const bool both =
        redirect.hasQueryItem(QStringLiteral("authCode")) && redirect.hasQueryItem(QStringLiteral("code"));
    if (both && codeIn(redirect).isEmpty())
        return tr("The redirect carries an authCode and a code with different values: it was tampered with "
                  "or is not "
                  "DingTalk's, so nothing was exchanged.");
    if (codeIn(redirect).isEmpty())
        return tr("The redirect carries no authCode. Nothing was exchanged.");
    return {};
}

QString DingTalkProvider::describeOapiError(qint64 errcode, const QString &errmsg) {
    QString meaning;
    switch (errcode) {
    case 40014:
        meaning = tr("invalid access token");
        break;
    case 60121:
        meaning = tr("no member of this enterprise has that unionId: the user signed in with an account "
                     "outside the app's enterprise");
        break;
    case 60011:
    case 60020:
    case 88:
        meaning = tr("the app may not look up members: grant it the permission qyapi_get_member "
                     "(通讯录个人信息读权限) "
                     "in the DingTalk developer console");
        break;
    case 90002:
        meaning = tr("DingTalk's call-frequency limit for this API was reached; wait and try again");
        break;
    case 90020:
        meaning = tr("the app's monthly call quota is used up");
        break;
    default:
        meaning = tr("see DingTalk's error code reference");
        break;
    }
    return tr("errcode %1 (%2): %3").arg(errcode).arg(meaning, Redactor::text(errmsg));
}

void DingTalkProvider::fetchAppToken(const Tenant &tenant, const ProviderContext &context,
                                     std::function<void(const Result<FetchedToken> &)> done) const {
    HttpRequest request = HttpRequest::postJson(
        QStringLiteral("oauth2/accessToken"),
        endpointUrl(tenant, QStringLiteral("api"), QStringLiteral("/v1.0/oauth2/accessToken")),
        QJsonObject{{QStringLiteral("appKey"), tenant.setting(QStringLiteral("client_id"))},
                    {QStringLiteral("appSecret"), context.secret}});
    request.credentials = {QStringLiteral("appSecret"), QStringLiteral("accessToken")};
    context.sendJson(request, [done](const JsonReply &reply) {
        if (auto error = newApiError(QStringLiteral("oauth2/accessToken"), reply))
            return done(*error);
        const FetchedToken token{
            field(reply.value().json, "accessToken"),
            int(jsonInteger(reply.value().json.value(QLatin1String("expireIn"))).value_or(0))};
        if (token.value.isEmpty() || token.expiresInSeconds <= 0)
            return done(Error::failed(tr("oauth2/accessToken answered without accessToken or expireIn.")));
        done(token);
    });
}

std::unique_ptr<ExchangeJob> DingTalkProvider::exchange(const Tenant &tenant, const QUrlQuery &redirect,
                                                        const AuthorizationRequest &,
                                                        const ProviderContext &context) const {
    const QString code = codeIn(redirect);
    return std::make_unique<ExchangeJob>(context, [this, tenant, code](ExchangeJob &job) {
        HttpRequest token = HttpRequest::postJson(
            QStringLiteral("oauth2/userAccessToken"),
            endpointUrl(tenant, QStringLiteral("api"), QStringLiteral("/v1.0/oauth2/userAccessToken")),
            QJsonObject{{QStringLiteral("clientId"), tenant.setting(QStringLiteral("client_id"))},
                        {QStringLiteral("clientSecret"), job.context().secret},
                        {QStringLiteral("code"), code},
                        {QStringLiteral("grantType"), QStringLiteral("authorization_code")}});
        token.credentials = {QStringLiteral("clientSecret"), QStringLiteral("accessToken"),
                             QStringLiteral("refreshToken")};
        job.context().sendJson(token, [this, tenant, job = &job](const JsonReply &reply) {
            if (auto error = newApiError(QStringLiteral("oauth2/userAccessToken"), reply))
                return job->finish(*error);
            const QJsonObject &json = reply.value().json;
            const QString userToken = field(json, "accessToken");
            if (userToken.isEmpty())
                return job->finish(
                    Error::failed(tr("oauth2/userAccessToken answered without an accessToken.")));
            const QString corpId = field(json, "corpId");
            const QString pinned = tenant.setting(QStringLiteral("corp_id"));
            if (!pinned.isEmpty() && corpId != pinned)
                return job->finish(Error::failed(tr("The user signed in to corpId \"%1\", but this tenant is "
                                                    "pinned to \"%2\": another enterprise "
                                                    "signed in, so the identity was refused.")
                                                     .arg(corpId.isEmpty() ? tr("(none)") : corpId, pinned)));
            job->context().sendJson(usersMeRequest(tenant, userToken), [this, tenant, job, corpId,
                                                                        json](const JsonReply &meReply) {
                const Result<Identity> parsed = identityFromUsersMe(tenant, corpId, meReply);
                if (!parsed.ok())
                    return job->finish(parsed.error());
                auto identity = std::make_shared<Identity>(parsed.value());
                auto lookup = std::make_shared<UseridLookup>();
                lookup->provider = this;
                lookup->tenant = tenant;
                lookup->context = job->context();
                lookup->unionId = identity->extra.value(QLatin1String("unionid")).toString();
                lookup->done = [job, identity, json](const QString &userid) {
                    if (!userid.isEmpty())
                        identity->extra.insert(QStringLiteral("userid"), userid);
                    // The user token and its refresh token (30 days), kept when the run asks.
                    job->finishKeeping(
                        *identity,
                        keptTokens(json, identity->extra.value(QLatin1String("unionid")).toString()));
                };
                lookup->start();
            });
        });
    });
}

Result<Identity> DingTalkProvider::identityFromUsersMe(const Tenant &tenant, const QString &corpId,
                                                       const JsonReply &reply) const {
    if (auto error = newApiError(QStringLiteral("contact/users/me"), reply))
        return *error;
    const QJsonObject &user = reply.value().json;
    Identity identity;
    identity.provider = key();
    identity.tenant = tenant.name;
    const QString unionId = field(user, "unionId");
    if (unionId.isEmpty())
        return Error::failed(tr("contact/users/me answered without a unionId."));
    // A unionId names a person across one developer's apps, not an organisation's member: the
    // same person signing in through two organisations is two members, each with its own userid
    // (§7.6). So the key is the pair; a sign-in without an organisation has the unionId alone.
    identity.externalId = corpId.isEmpty() ? unionId : corpId + QLatin1Char(':') + unionId;
    identity.idType = corpId.isEmpty() ? QStringLiteral("unionid") : QStringLiteral("corpid:unionid");
    identity.extra.insert(QStringLiteral("unionid"), unionId);
    identity.name = field(user, "nick");
    identity.mobile = field(user, "mobile");
    identity.email = field(user, "email");
    identity.extra.insert(QStringLiteral("openid"), field(user, "openId"));
    if (!corpId.isEmpty())
        identity.extra.insert(QStringLiteral("corpid"), corpId);
    identity.raw.insert(QStringLiteral("users_me"), Redactor::json(user));
    return identity;
}

void DingTalkProvider::checkCredentials(const Tenant &tenant, const ProviderContext &context,
                                        std::function<void(const Status &)> done) const {
    // The app token directly, not through the cache: the point is to test the secret.
    fetchAppToken(tenant, context, [done](const Result<FetchedToken> &fetched) {
        if (!fetched.ok())
            return done(fetched.error());
        done(Done{tr("The client_secret works: DingTalk issued an app token valid for %1 s.")
                      .arg(fetched.value().expiresInSeconds)});
    });
}

QStringList DingTalkProvider::secondaryIdKeys() const {
    return {QStringLiteral("openid"), QStringLiteral("corpid"), QStringLiteral("unionid"),
            QStringLiteral("userid")};
}

HttpRequest DingTalkProvider::usersMeRequest(const Tenant &tenant, const QString &userToken) const {
    HttpRequest me;
    me.purpose = QStringLiteral("contact/users/me");
    me.url = endpointUrl(tenant, QStringLiteral("api"), QStringLiteral("/v1.0/contact/users/me"));
    me.headers = {{"x-acs-dingtalk-access-token", userToken.toLatin1()}};
    me.credentials = {QStringLiteral("x-acs-dingtalk-access-token")};
    return me;
}

KeptTokens DingTalkProvider::keptTokens(const QJsonObject &tokenAnswer, const QString &unionId) {
    KeptTokens kept;
    kept.credentials = {{QStringLiteral("access_token"), tokenAnswer.value(QLatin1String("accessToken"))},
                        {QStringLiteral("refresh_token"), tokenAnswer.value(QLatin1String("refreshToken"))}};
    kept.about = {{QStringLiteral("expires_at"),
                   QDateTime::currentSecsSinceEpoch() +
                       jsonInteger(tokenAnswer.value(QLatin1String("expireIn"))).value_or(0)},
                  {QStringLiteral("unionid"), unionId}};
    return kept;
}

void DingTalkProvider::operateOnTokens(TokenOperation, const QString &, const Tenant &tenant,
                                       const ProviderContext &context, const KeptTokens &kept,
                                       std::function<void(const Status &, const KeptTokens &)> done) const {
    // Refresh is the one action offered (tokenActions): TokenSession asks for no other.
    const QString refreshToken = kept.credential("refresh_token");
    if (refreshToken.isEmpty())
        return done(Error::failed(tr("No refresh token is kept for this tenant.")), {});
    // PROVIDERS §7.2: the same endpoint with grantType refresh_token.
    HttpRequest refresh = HttpRequest::postJson(
        QStringLiteral("oauth2/userAccessToken"),
        endpointUrl(tenant, QStringLiteral("api"), QStringLiteral("/v1.0/oauth2/userAccessToken")),
        QJsonObject{{QStringLiteral("clientId"), tenant.setting(QStringLiteral("client_id"))},
                    {QStringLiteral("clientSecret"), context.secret},
                    {QStringLiteral("refreshToken"), refreshToken},
                    {QStringLiteral("grantType"), QStringLiteral("refresh_token")}});
    refresh.credentials = {QStringLiteral("clientSecret"), QStringLiteral("accessToken"),
                           QStringLiteral("refreshToken")};
    context.sendJson(refresh, [this, tenant, context, kept, refreshToken, done](const JsonReply &reply) {
        if (auto error = newApiError(QStringLiteral("oauth2/userAccessToken"), reply))
            return done(
                Error::failed(tr("The refresh was refused: %1").arg(error->message),
                              tr("A refresh token that was used already or is older than 30 days cannot "
                                 "be used again: run the authorization again with \"keep tokens\".")),
                {});
        const QJsonObject json = reply.value().json;
        const QString accessToken = field(json, "accessToken");
        if (accessToken.isEmpty())
            return done(Error::failed(tr("oauth2/userAccessToken answered without an accessToken.")), {});
        // The new token is believed once it is the same person's: users/me with it.
        context.sendJson(usersMeRequest(tenant, accessToken), [this, tenant, kept, refreshToken, json,
                                                               done](const JsonReply &meReply) {
            const Result<Identity> identity = identityFromUsersMe(tenant, field(json, "corpId"), meReply);
            if (!identity.ok())
                return done(identity.error(), {});
            const QString unionId = identity.value().extra.value(QLatin1String("unionid")).toString();
            if (unionId != kept.aboutText("unionid"))
                return done(
                    Error::failed(tr("The refreshed token belongs to unionId %1, not to the one that signed "
                                     "in (%2): it is not kept.")
                                      .arg(unionId, kept.aboutText("unionid"))),
                    {});
            const QString newRefresh = field(json, "refreshToken");
            const bool rotated = !newRefresh.isEmpty() && newRefresh != refreshToken;
            KeptTokens next = keptTokens(json, unionId);
            if (!rotated) // the one in hand stays
                next.credentials.insert(QStringLiteral("refresh_token"), refreshToken);
            done(Done{rotated ? tr("Refreshed: a new user token, and the refresh token rotated; users/me "
                                   "with the new "
                                   "token answers the same unionId.")
                              : tr("Refreshed: a new user token; users/me with it answers the same unionId."),
                      {{QStringLiteral("refresh_token_rotated"), rotated},
                       {QStringLiteral("expires_in"), json.value(QLatin1String("expireIn"))},
                       {QStringLiteral("unionid"), unionId}}},
                 next);
        });
    });
}
