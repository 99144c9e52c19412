#include "providers/WeComProvider.h"

#include "net/Pacer.h"

#include "JsonFields.h"
#include "net/HttpClient.h"
#include "net/Redactor.h"
#include "net/UrlRules.h"
#include "providers/ExchangeJob.h"
#include "providers/TokenCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <limits>
#include <memory>

namespace {
constexpr int maxBusyRetries = 3;

// A token the platform no longer takes: fetch a new one, once. 42009 and 40082 are a suite
// token's (PROVIDERS-wecom-suite §5).
bool isTokenError(int errcode) {
    return errcode == 40001 || errcode == 40014 || errcode == 42001 || errcode == 42009 || errcode == 40082;
}
bool isRateLimit(int errcode) {
    return errcode == 45009 || errcode == 45033;
}

// An answer without what WeCom always sends (a numeric errcode, the list asked for) is malformed,
// never "nothing there": a proxy or a wrong endpoint answering 200 {} must not empty a directory.
Error malformed(const QString &purpose, const QString &what) {
    return Error{
        Error::Kind::Transient,
        WeComProvider::tr("%1 answered HTTP 200 without %2: the answer is malformed, so nothing in it is "
                          "believed. Check the \"api\" endpoint (a proxy may be answering instead of WeCom).")
            .arg(purpose, what)};
}
} // namespace

void WeComProvider::fetchToken(const Tenant &tenant, const ProviderContext &context, int attempt,
                               std::function<void(const Result<FetchedToken> &)> done) const {
    HttpRequest request;
    request.purpose = QStringLiteral("gettoken");
    request.url = endpointUrl(tenant, QStringLiteral("api"), QStringLiteral("/cgi-bin/gettoken"),
                              {{QStringLiteral("corpid"), tenant.setting(QStringLiteral("corpid"))},
                               {QStringLiteral("corpsecret"), context.secret}});
    request.credentials = {QStringLiteral("corpsecret"), QStringLiteral("access_token")};
    context.sendJson(request, [=](const JsonReply &reply) {
        if (!reply.ok())
            return done(reply.error());
        if (reply.value().status != 200)
            return done(Error{Error::Kind::Transient,
                              tr("gettoken answered HTTP %1; expected 200.").arg(reply.value().status)});
        const QJsonObject &json = reply.value().json;
        const std::optional<qint64> code = jsonInteger(json.value(QLatin1String("errcode")));
        if (!code)
            return done(malformed(QStringLiteral("gettoken"), tr("a numeric errcode")));
        const int errcode = int(*code);
        const QString errmsg = json.value(QLatin1String("errmsg")).toString();
        if (errcode == -1 && attempt < maxBusyRetries) {
            const int delay = context.retryDelayMs << attempt;
            context.note(FlowStep::Status::Warning, tr("WeCom busy (-1)"),
                         tr("retrying gettoken in %1 ms").arg(delay));
            QTimer::singleShot(delay, context.guard, [=] { fetchToken(tenant, context, attempt + 1, done); });
            return;
        }
        if (errcode != 0) {
            Error error = Error::failed(
                errcode == 40001
                    ? tr("gettoken refused the corpsecret (errcode 40001): the secret is wrong or "
                         "belongs to another app. Copy it again from the app's page in the WeCom "
                         "admin console. (errmsg: %1)")
                          .arg(errmsg)
                    : tr("gettoken failed: %1").arg(describeError(errcode, errmsg)));
            error.platformCode = errcode;
            return done(error);
        }
        const FetchedToken token{json.value(QLatin1String("access_token")).toString(),
                                 json.value(QLatin1String("expires_in")).toInt()};
        if (token.value.isEmpty() || token.expiresInSeconds <= 0)
            return done(Error::failed(tr("gettoken answered errcode 0 without access_token or expires_in.")));
        done(token);
    });
}

QList<SecretField> WeComProvider::extraSecrets() const {
    return {{pagingSecretName(), QStringLiteral("contacts-secret-stdin"), tr("Contacts-sync secret"), false}};
}

void WeComProvider::fetchTokenFor(const TokenKey &, const Tenant &tenant, const ProviderContext &context,
                                  std::function<void(const Result<FetchedToken> &)> done) const {
    fetchToken(tenant, context, 0, std::move(done));
}

QString WeComProvider::displayName() const {
    return tr("WeCom (企业微信)");
}

QStringList WeComProvider::modes() const {
    return {QStringLiteral("wwlogin"), QStringLiteral("qrconnect"), QStringLiteral("oauth")};
}

QMap<QString, QString> WeComProvider::defaultEndpoints() const {
    return {{QStringLiteral("api"), QStringLiteral("https://qyapi.weixin.qq.com")},
            {QStringLiteral("oauth"), QStringLiteral("https://open.weixin.qq.com")},
            {QStringLiteral("sso"), QStringLiteral("https://open.work.weixin.qq.com")},
            {QStringLiteral("login"), QStringLiteral("https://login.work.weixin.qq.com")}};
}

QList<SettingField> WeComProvider::settingFields() const {
    return {{QStringLiteral("corpid"), QStringLiteral("corp-id"), tr("CorpID"),
             QStringLiteral("ww0123456789abcdef")},
            {QStringLiteral("agentid"), QStringLiteral("agent-id"), tr("AgentID"), QStringLiteral("1000002")},
            {QStringLiteral("scope"),
             QStringLiteral("scope"),
             tr("OAuth scope"),
             {},
             {QStringLiteral("snsapi_base"), QStringLiteral("snsapi_privateinfo")},
             false},
            // WeCom allows 10,000 calls per minute per corp per API; a directory sync paces itself
            // under this so as never to meet 45009. Lower it when other systems share the corp's budget.
            {QStringLiteral("calls_per_minute"),
             QStringLiteral("calls-per-minute"),
             tr("API calls per minute"),
             QStringLiteral("10000"),
             {},
             false,
             QStringLiteral("10000")}};
}

QStringList WeComProvider::validate(const Tenant &tenant) const {
    QStringList problems = validateSettings(tenant).filter(QStringLiteral("scope"));
    static const QRegularExpression corpId(QStringLiteral("^w[wx][A-Za-z0-9]{6,30}$"));
    static const QRegularExpression agentId(QStringLiteral("^[0-9]{1,10}$"));
    if (!corpId.match(tenant.setting(QStringLiteral("corpid"))).hasMatch())
        problems
            << tr("The CorpID \"%1\" is not valid: it starts with \"ww\" (older corps \"wx\") followed by "
                  "letters and digits. Find it in the WeCom admin console under My Company → Company Info.")
                   .arg(tenant.setting(QStringLiteral("corpid")));
    if (!agentId.match(tenant.setting(QStringLiteral("agentid"))).hasMatch())
        problems << tr("The AgentID \"%1\" is not valid: it is the number shown on the self-built app's page "
                       "(e.g. 1000002).")
                        .arg(tenant.setting(QStringLiteral("agentid")));
    bool perMinute = false;
    if (const QString calls = tenant.setting(QStringLiteral("calls_per_minute"));
        !calls.isEmpty() && (calls.toInt(&perMinute) <= 0 || !perMinute))
        problems << tr("API calls per minute \"%1\" is not a positive number (WeCom allows 10000 per API).")
                        .arg(calls);
    if (const QString problem = UrlRules::checkRedirectUri(tenant.redirectUri); !problem.isEmpty())
        problems << problem;
    problems << validateEndpoints(tenant);
    return problems;
}

QUrl WeComProvider::authorizationUrl(const Tenant &tenant, const AuthorizationRequest &request) const {
    const QString &mode = request.mode;
    const QString &state = request.state;
    const QString corpId = tenant.setting(QStringLiteral("corpid"));
    const QString agentId = tenant.setting(QStringLiteral("agentid"));
    if (mode == QLatin1String("qrconnect"))
        return endpointUrl(tenant, QStringLiteral("sso"), QStringLiteral("/wwopen/sso/qrConnect"),
                           {{QStringLiteral("appid"), corpId},
                            {QStringLiteral("agentid"), agentId},
                            {QStringLiteral("redirect_uri"), tenant.redirectUri},
                            {QStringLiteral("state"), state}});
    if (mode == QLatin1String("oauth")) {
        QUrl url = endpointUrl(tenant, QStringLiteral("oauth"), QStringLiteral("/connect/oauth2/authorize"),
                               {{QStringLiteral("appid"), corpId},
                                {QStringLiteral("redirect_uri"), tenant.redirectUri},
                                {QStringLiteral("response_type"), QStringLiteral("code")},
                                {QStringLiteral("scope"), settingOrDefault(tenant, QStringLiteral("scope"))},
                                {QStringLiteral("state"), state},
                                {QStringLiteral("agentid"), agentId}});
        url.setFragment(QStringLiteral("wechat_redirect"));
        return url;
    }
    return endpointUrl(tenant, QStringLiteral("login"), QStringLiteral("/wwlogin/sso/login"),
                       {{QStringLiteral("login_type"), QStringLiteral("CorpApp")},
                        {QStringLiteral("appid"), corpId},
                        {QStringLiteral("agentid"), agentId},
                        {QStringLiteral("redirect_uri"), tenant.redirectUri},
                        {QStringLiteral("state"), state}});
}

QString WeComProvider::refusalIn(const Tenant &, const QUrlQuery &redirect) const {
    if (redirect.queryItemValue(QStringLiteral("code")).isEmpty())
        return tr("The user denied the authorization (the redirect carries no code). Nothing was exchanged.");
    return {};
}

QString WeComProvider::refusalOnPage(const Tenant &tenant, const QUrl &url, const QString &text) const {
    // WeCom's own pages only (login, SSO and OAuth hosts): the platform refusing to show the login.
    bool onWeCom = false;
    for (const QString &key : {QStringLiteral("sso"), QStringLiteral("login"), QStringLiteral("oauth")}) {
        const QUrl page(endpoint(tenant, key));
        onWeCom |= page.scheme() == url.scheme() && page.host() == url.host() && page.port() == url.port();
    }
    if (!onWeCom)
        return {};
    static const QRegularExpression code(QStringLiteral("(?:错误|errcode|error)\\s*[:：]?\\s*(-?\\d{5})"));
    const QRegularExpressionMatch match = code.match(text);
    const int errcode = match.hasMatch()                            ? match.captured(1).toInt()
                        : text.contains(QStringLiteral("可信域名")) ? 50001
                                                                    : 0;
    if (errcode == 0)
        return {};
    QString said = text.simplified(); // what the page says besides the code
    if (match.hasMatch())
        said.remove(match.captured(0));
    return tr("WeCom's authorization page refused the request instead of showing the login (errcode %1): %2")
        .arg(errcode)
        .arg(describeError(errcode, said.trimmed().left(300)));
}

QString WeComProvider::describeError(int errcode, const QString &errmsg) {
    QString meaning;
    switch (errcode) {
    case -1:
        meaning = tr("system busy; retry later");
        break;
    case 40001:
        meaning = tr("invalid secret: check the corpsecret");
        break;
    case 40013:
        meaning = tr("invalid CorpID: check the tenant's configuration");
        break;
    case 40014:
        meaning = tr("invalid access token");
        break;
    case 40029:
        meaning = tr("invalid code: it was already used, expired after 5 minutes, or belongs to another app; "
                     "run the authorization again");
        break;
    case 40056:
        meaning = tr("invalid AgentID: check the tenant's configuration");
        break;
    case 42001:
        meaning = tr("access token expired");
        break;
    // A service provider's (PROVIDERS-wecom-suite §5).
    case 40058:
        meaning = tr("invalid parameter (an auth_code is at least 64 characters): check what was sent");
        break;
    case 40077:
    case 42007:
        meaning = tr("the pre_auth_code is invalid or expired (20 minutes): start the install again");
        break;
    case 40078:
        meaning =
            tr("the auth_code was already used, expired after 10 minutes, or came from a login rather than "
               "an install: install again");
        break;
    case 40080:
        meaning =
            tr("invalid suite_secret: copy it again from the app's page in the service-provider console");
        break;
    case 40082:
        meaning = tr("invalid suite or provider token, or the corp never authorized this suite");
        break;
    case 40083:
        meaning = tr("invalid SuiteID (get_suite_token must be a POST): check the tenant's SuiteID");
        break;
    case 40084:
    case 48004:
        meaning = tr("the corp cancelled the authorization or its permanent code was reset: install the app "
                     "in the corp again");
        break;
    case 40085:
        meaning =
            tr("the suite_ticket is stale or another suite's: check that the callback URL receives this "
               "suite's pushes (several suites sharing one URL overwrite each other's tickets)");
        break;
    case 42009:
        meaning = tr("suite_access_token expired");
        break;
    case 48003:
        meaning = tr("the SuiteID does not match the suite token's suite");
        break;
    case 84015:
        meaning = tr("invalid user_ticket: run the sign-in again");
        break;
    case 45009:
        // One code, two limits: the per-minute frequency, or the API's daily quota (errmsg says which).
        meaning =
            errmsg.contains(QLatin1String("daily"), Qt::CaseInsensitive) ||
                    errmsg.contains(QLatin1String("quota"), Qt::CaseInsensitive)
                ? tr("the API's daily call quota is used up; stopped. It resets at midnight (Beijing time): "
                     "try again tomorrow, or raise the quota in the WeCom admin console")
                : tr("API call frequency limit reached; stopped. Wait a minute before trying again");
        break;
    case 45033:
        meaning = tr("API concurrency limit reached; stopped. Wait and try again");
        break;
    case 48002:
        meaning = tr("API not allowed for this app: grant the permission in the WeCom admin console");
        break;
    case 50001:
        meaning = tr("redirect_uri is not a trusted domain of the app: add its host under the app's "
                     "trusted domains");
        break;
    case 60011:
        meaning = tr("member outside the app's visible range: widen the app's visible range");
        break;
    case 60020:
        meaning = tr("this machine's IP is not among the app's trusted IPs: add it in the WeCom admin "
                     "console");
        break;
    case 60111:
        meaning = tr("userid not found");
        break;
    case 84014:
        meaning = tr("user_ticket expired: run the snsapi_privateinfo authorization again");
        break;
    default:
        meaning = tr("see the WeCom error code reference");
        break;
    }
    return tr("errcode %1 (%2): %3").arg(errcode).arg(meaning, Redactor::text(errmsg));
}

namespace {
// One API call and its retries (§1.5): a token-rejection refetch once, -1 with back-off. Held only
// by the callbacks it is waiting on, so it goes away with them: when the call ends, or when its
// owner (context.guard) is destroyed and they are dropped.
struct WeComCall : std::enable_shared_from_this<WeComCall> {
    const WeComProvider *provider;
    Tenant tenant;
    ProviderContext context;
    QString purpose;
    std::function<HttpRequest(const QString &token)> makeRequest;
    std::function<void(const WeComProvider::ApiResult &)> done;
    TokenKey tokenKey;
    bool tokenRetried = false;
    int busyRetries = 0;

    void attempt() {
        auto self = shared_from_this();
        const TokenKey key = tokenKey;
        TokenCache::Fetcher fetcher =
            [provider = provider, key, tenant = tenant,
             context = context](QObject *owner, std::function<void(const Result<FetchedToken> &)> reply) {
                provider->fetchTokenFor(key, tenant, context.ownedBy(owner), reply);
            };
        context.tokens->get(key, context.guard, fetcher, [self](const TokenResult &token) {
            if (!token.ok()) // the sync stops on it: a token failure is not one department's
                return self->done(Error{Error::Kind::Transient, token.error().message, token.error().remedy,
                                        token.error().platformCode});
            self->send(token.value());
        });
    }

    void send(const Token &token) {
        context.note(FlowStep::Status::Ok,
                     token.fromCache ? WeComProvider::tr("Token reused from cache")
                                     : WeComProvider::tr("Token fetched"),
                     purpose);
        HttpRequest request = makeRequest(token.value);
        request.purpose = purpose;
        auto self = shared_from_this();
        auto sendNow = [self, token, request] {
            self->context.sendJson(request,
                                   [self, token](const JsonReply &reply) { self->answered(token, reply); });
        };
        if (!context.pacer)
            return sendNow();
        // Per corp per API, as WeCom counts (PROVIDERS.md §1.5).
        context.pacer->acquire(tenant.setting(QStringLiteral("corpid")) + QLatin1Char('/') + purpose,
                               provider->settingOrDefault(tenant, QStringLiteral("calls_per_minute")).toInt(),
                               context.guard, sendNow);
    }

    void answered(const Token &token, const JsonReply &reply) {
        const WeComProvider::ApiResult result = WeComProvider::envelope(purpose, reply);
        if (result.ok() || result.error().platformCode == 0) // success, or no errcode to act on
            return done(result);
        const int errcode = result.error().platformCode;
        if (isTokenError(errcode) && !tokenRetried) {
            context.note(FlowStep::Status::Warning, WeComProvider::tr("Token rejected, fetching a new one"),
                         result.error().message);
            context.tokens->invalidate(tokenKey, token.value);
            tokenRetried = true;
            return attempt();
        }
        if (errcode == -1 && busyRetries < maxBusyRetries) {
            const int delay = context.retryDelayMs << busyRetries;
            ++busyRetries;
            context.note(FlowStep::Status::Warning, WeComProvider::tr("WeCom busy (-1)"),
                         WeComProvider::tr("retrying %1 in %2 ms").arg(purpose).arg(delay));
            QTimer::singleShot(delay, context.guard, [self = shared_from_this()] { self->attempt(); });
            return;
        }
        done(result);
    }
};
} // namespace

WeComProvider::ApiResult WeComProvider::envelope(const QString &purpose, const JsonReply &reply) {
    if (!reply.ok())
        return reply.error();
    if (reply.value().status != 200)
        return Error{
            Error::Kind::Transient,
            tr("%1 answered HTTP %2; WeCom answers 200 with a JSON body. Check the \"api\" endpoint.")
                .arg(purpose)
                .arg(reply.value().status)};
    const QJsonObject &json = reply.value().json;
    const std::optional<qint64> code = jsonInteger(json.value(QLatin1String("errcode")));
    // A service provider's token APIs leave errcode out of a success (PROVIDERS §8, pitfall 8).
    if (!code && purpose == QLatin1String("service/get_corp_token") &&
        json.contains(QLatin1String("expires_in")))
        return json;
    if (!code || *code < std::numeric_limits<int>::min() || *code > std::numeric_limits<int>::max())
        return malformed(purpose, tr("a numeric errcode"));
    if (*code == 0)
        return json;
    const int errcode = int(*code);
    const QString errmsg = json.value(QLatin1String("errmsg")).toString();
    Error error{isRateLimit(errcode) ? Error::Kind::RateLimited
                : errcode == -1      ? Error::Kind::Transient
                                     : Error::Kind::Failed,
                tr("%1: %2").arg(purpose, describeError(errcode, errmsg))};
    if (isRateLimit(errcode))
        error.message += QLatin1Char(' ') + tr("AuthDesk made no further calls.");
    error.platformCode = errcode;
    return error;
}

void WeComProvider::call(const Tenant &tenant, const ProviderContext &context, const QString &purpose,
                         std::function<HttpRequest(const QString &token)> makeRequest,
                         std::function<void(const ApiResult &)> done,
                         const std::optional<TokenKey> &token) const {
    auto call = std::make_shared<WeComCall>();
    call->tokenKey = token.value_or(tokenKey(tenant));
    call->provider = this;
    call->tenant = tenant;
    call->context = context;
    call->purpose = purpose;
    call->makeRequest = std::move(makeRequest);
    call->done = std::move(done);
    call->attempt();
}

HttpRequest WeComProvider::apiGet(const Tenant &tenant, const QString &path, const QString &token,
                                  QList<QPair<QString, QString>> query) const {
    query.prepend({QStringLiteral("access_token"), token});
    HttpRequest request;
    request.url = endpointUrl(tenant, QStringLiteral("api"), path, query);
    request.credentials = {QStringLiteral("access_token"), QStringLiteral("user_ticket")};
    return request;
}

namespace {
// One code → identity exchange (PROVIDERS.md §1.3–1.4) as a chain of steps sharing one state:
// getuserinfo, then for members user/get, the department names, and getuserdetail when the
// member consented (user_ticket). Details beyond the identity are a bonus: their failures become
// warnings in the timeline, not a failed run.
struct WeComExchange : std::enable_shared_from_this<WeComExchange> {
    const WeComProvider *provider;
    Tenant tenant;
    ProviderContext context;
    std::function<void(const Result<Identity> &)> done;
    Identity identity;
    QString ticket;
    QList<qint64> departmentIds;

    HttpRequest get(const QString &path, const QString &token,
                    QList<QPair<QString, QString>> query = {}) const {
        return provider->apiGet(tenant, path, token, std::move(query));
    }
    void warn(const QString &title, const QString &detail) const {
        context.step(FlowStep::make(FlowStep::Status::Warning, title, detail));
    }

    void start(const QString &code) {
        auto self = shared_from_this();
        provider->call(
            tenant, context, QStringLiteral("auth/getuserinfo"),
            [self, code](const QString &token) {
                return self->get(QStringLiteral("/cgi-bin/auth/getuserinfo"), token,
                                 {{QStringLiteral("code"), code}});
            },
            [self](const WeComProvider::ApiResult &info) { self->userInfo(info); });
    }

    void userInfo(const WeComProvider::ApiResult &info) {
        if (!info.ok())
            return done(info.error());
        const Result<Identity> found = WeComProvider::identityFromUserInfo(info.value());
        if (!found.ok())
            return done(found.error());
        identity.externalId = found.value().externalId;
        identity.idType = found.value().idType;
        identity.extra = found.value().extra;
        identity.raw = found.value().raw;
        if (identity.idType == QLatin1String("openid")) {
            context.step(FlowStep::make(FlowStep::Status::Ok,
                                        WeComProvider::tr("Non-member identified by openid"),
                                        identity.externalId));
            return finish();
        }
        const QString userId = identity.externalId;
        ticket = info.value().value(QLatin1String("user_ticket")).toString();
        auto self = shared_from_this();
        provider->call(
            tenant, context, QStringLiteral("user/get"),
            [self, userId](const QString &token) {
                return self->get(QStringLiteral("/cgi-bin/user/get"), token,
                                 {{QStringLiteral("userid"), userId}});
            },
            [self](const WeComProvider::ApiResult &member) { self->memberDetails(member); });
    }

    void memberDetails(const WeComProvider::ApiResult &member) {
        if (!member.ok()) {
            warn(WeComProvider::tr("Member details unavailable"), member.errorText());
            return userDetail();
        }
        departmentIds = WeComProvider::addMemberDetails(member.value(), identity);
        if (departmentIds.isEmpty())
            return userDetail();
        auto self = shared_from_this();
        provider->call(
            tenant, context, QStringLiteral("department/list"),
            [self](const QString &token) {
                return self->get(QStringLiteral("/cgi-bin/department/list"), token);
            },
            [self](const WeComProvider::ApiResult &list) { self->departmentNames(list); });
    }

    void departmentNames(const WeComProvider::ApiResult &list) {
        if (list.ok()) {
            const QHash<qint64, QString> names = WeComProvider::departmentNames(list.value());
            QStringList named;
            for (qint64 id : std::as_const(departmentIds))
                named << names.value(id, QString::number(id));
            identity.department = named.join(QLatin1Char(','));
        } else {
            warn(WeComProvider::tr("Department names unavailable; showing ids"), list.errorText());
        }
        userDetail();
    }

    void userDetail() {
        if (ticket.isEmpty())
            return finish();
        auto self = shared_from_this();
        provider->call(
            tenant, context, QStringLiteral("auth/getuserdetail"),
            [self](const QString &token) {
                HttpRequest r = self->get(QStringLiteral("/cgi-bin/auth/getuserdetail"), token);
                r.method = "POST";
                r.headers = {{"Content-Type", "application/json"}};
                r.body = QJsonDocument(QJsonObject{{QStringLiteral("user_ticket"), self->ticket}})
                             .toJson(QJsonDocument::Compact);
                return r;
            },
            [self](const WeComProvider::ApiResult &detail) {
                if (!detail.ok()) {
                    self->warn(WeComProvider::tr("Sensitive details unavailable"), detail.errorText());
                    return self->finish();
                }
                const QJsonObject &json = detail.value();
                self->identity.raw.insert(QStringLiteral("getuserdetail"), Redactor::json(json));
                const QString mobile = json.value(QLatin1String("mobile")).toString();
                const QString email = json.value(QLatin1String("email")).toString();
                if (!mobile.isEmpty())
                    self->identity.mobile = mobile;
                if (!email.isEmpty())
                    self->identity.email = email;
                self->finish();
            });
    }

    void finish() { done(identity); }
};
} // namespace

Result<Identity> WeComProvider::identityFromUserInfo(const QJsonObject &getUserInfo) {
    Identity identity;
    identity.raw.insert(QStringLiteral("getuserinfo"), Redactor::json(getUserInfo));
    identity.externalId = eitherField(getUserInfo, {"userid", "UserId"});
    identity.idType = QStringLiteral("userid");
    if (!identity.externalId.isEmpty())
        return identity;
    identity.externalId = eitherField(getUserInfo, {"openid", "OpenId"});
    identity.idType = QStringLiteral("openid");
    if (const QString external = getUserInfo.value(QLatin1String("external_userid")).toString();
        !external.isEmpty())
        identity.extra.insert(QStringLiteral("external_userid"), external);
    if (identity.externalId.isEmpty())
        return Error::failed(tr("auth/getuserinfo answered errcode 0 but with neither userid nor openid."));
    return identity;
}

QList<qint64> WeComProvider::addMemberDetails(const QJsonObject &userGet, Identity &identity) {
    identity.raw.insert(QStringLiteral("user_get"), Redactor::json(userGet));
    identity.name = userGet.value(QLatin1String("name")).toString();
    QList<qint64> departmentIds;
    QStringList ids;
    for (const QJsonValue &id : userGet.value(QLatin1String("department")).toArray()) {
        departmentIds << id.toInteger();
        ids << QString::number(id.toInteger());
    }
    identity.department = ids.join(QLatin1Char(',')); // until the names are known
    identity.mobile = userGet.value(QLatin1String("mobile")).toString();
    identity.email = userGet.value(QLatin1String("email")).toString();
    for (const char *field : {"position", "alias", "open_userid", "biz_mail"}) {
        const QString value = userGet.value(QLatin1String(field)).toString();
        if (!value.isEmpty())
            identity.extra.insert(QLatin1String(field), value);
    }
    if (!departmentIds.isEmpty())
        identity.extra.insert(QStringLiteral("department_ids"), identity.department);
    return departmentIds;
}

QHash<qint64, QString> WeComProvider::departmentNames(const QJsonObject &departmentList) {
    QHash<qint64, QString> names;
    for (const QJsonValue &value : departmentList.value(QLatin1String("department")).toArray()) {
        const QJsonObject department = value.toObject();
        names.insert(department.value(QLatin1String("id")).toInteger(),
                     department.value(QLatin1String("name")).toString());
    }
    return names;
}

std::unique_ptr<ExchangeJob> WeComProvider::exchange(const Tenant &tenant, const QUrlQuery &redirect,
                                                     const AuthorizationRequest &,
                                                     const ProviderContext &context) const {
    const QString code = redirect.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    return std::make_unique<ExchangeJob>(context, [this, tenant, code](ExchangeJob &job) {
        auto exchange = std::make_shared<WeComExchange>();
        exchange->provider = this;
        exchange->tenant = tenant;
        exchange->context = job.context();
        exchange->done = [job = &job](const Result<Identity> &result) { job->finish(result); };
        exchange->identity.provider = key();
        exchange->identity.tenant = tenant.name;
        exchange->start(code);
    });
}

void WeComProvider::checkCredentials(const Tenant &tenant, const ProviderContext &context,
                                     std::function<void(const Status &)> done) const {
    // Goes to gettoken directly, not through the cache: the point is to test the secret.
    fetchToken(tenant, context, 0, [done](const Result<FetchedToken> &fetched) {
        if (!fetched.ok())
            return done(fetched.error());
        done(Done{tr("The corpsecret works: gettoken issued a token valid for %1 s.")
                      .arg(fetched.value().expiresInSeconds)});
    });
}

// The app as agent/get reports it (PROVIDERS §9.1): open, visible to someone, trusting the
// redirect URI's host; and, from the answer itself, whether WeCom accepts calls from this
// machine's IP (60020 names the address WeCom saw).
void WeComProvider::healthChecks(const Tenant &tenant, const ProviderContext &context,
                                 std::function<void(const QList<HealthCheck> &)> done) const {
    call(
        tenant, context, QStringLiteral("agent/get"),
        [this, tenant](const QString &token) {
            return apiGet(tenant, QStringLiteral("/cgi-bin/agent/get"), token,
                          {{QStringLiteral("agentid"), tenant.setting(QStringLiteral("agentid"))}});
        },
        [tenant, done](const ApiResult &result) {
            QList<HealthCheck> checks;
            if (!result.ok() && result.error().platformCode == 60020) {
                static const QRegularExpression fromIp(QStringLiteral("from ip: ([0-9a-fA-F.:]+)"));
                const QString ip = fromIp.match(result.error().message).captured(1);
                checks.append(
                    {QStringLiteral("wecom.trusted_ip"),
                     HealthCheck::Status::Fail,
                     ip.isEmpty()
                         ? tr("WeCom refuses calls from this machine's IP (60020).")
                         : tr("WeCom refuses calls from this machine's IP, which it sees as %1 (60020).")
                               .arg(ip),
                     tr("Add %1 under the app's 企业可信IP in the WeCom admin console.")
                         .arg(ip.isEmpty() ? tr("this machine's public IP") : ip),
                     {{QStringLiteral("ip"), ip}}});
                return done(checks);
            }
            if (!result.ok()) {
                checks.append({QStringLiteral("wecom.app"),
                               HealthCheck::Status::Fail,
                               result.error().message,
                               result.error().remedy,
                               {}});
                return done(checks);
            }
            checks.append({QStringLiteral("wecom.trusted_ip"),
                           HealthCheck::Status::Ok,
                           tr("WeCom accepts calls from this machine's IP."),
                           {},
                           {}});
            const QJsonObject app = result.value();
            auto listed = [&](const char *object, const char *list) {
                return !app.value(QLatin1String(object))
                            .toObject()
                            .value(QLatin1String(list))
                            .toArray()
                            .isEmpty();
            };
            const bool visible = listed("allow_userinfos", "user") || listed("allow_partys", "partyid") ||
                                 listed("allow_tags", "tagid");
            const bool closed = app.value(QLatin1String("close")).toInt() == 1;
            checks.append({QStringLiteral("wecom.app"),
                           closed || !visible ? HealthCheck::Status::Fail : HealthCheck::Status::Ok,
                           closed     ? tr("The app is disabled.")
                           : !visible ? tr("The app's visible range is empty: nobody can use it (60011).")
                                      : tr("The app is enabled and visible to members."),
                           closed     ? tr("Enable the app in the WeCom admin console.")
                           : !visible ? tr("Add members, departments or tags to the app's visible range.")
                                      : QString(),
                           {{QStringLiteral("name"), app.value(QLatin1String("name")).toString()}}});
            const QString domain = app.value(QLatin1String("redirect_domain")).toString();
            const QUrl redirect(tenant.redirectUri);
            const bool matches = !domain.isEmpty() && redirect.host() == domain && redirect.port() == -1;
            checks.append(
                {QStringLiteral("wecom.trusted_domain"),
                 matches ? HealthCheck::Status::Ok : HealthCheck::Status::Fail,
                 matches ? tr("The redirect URI's host is the app's trusted domain %1.").arg(domain)
                 : redirect.port() != -1 && redirect.host() == domain
                     ? tr("The redirect URI names a port (%1); WeCom's trusted domain %2 does not match it "
                          "then (50001).")
                           .arg(redirect.port())
                           .arg(domain)
                     : tr("The redirect URI's host %1 is not the app's trusted domain \"%2\" (50001).")
                           .arg(redirect.host(), domain),
                 matches ? QString()
                         : tr("Make the redirect URI's host, without a port, the app's trusted domain "
                              "(网页授权及JS-SDK)."),
                 {{QStringLiteral("redirect_domain"), domain}}});
            done(checks);
        });
}

QStringList WeComProvider::secondaryIdKeys() const {
    return {QStringLiteral("open_userid"), QStringLiteral("external_userid")};
}

void WeComProvider::departments(const Tenant &tenant, const ProviderContext &context,
                                std::function<void(const Result<QList<DirectoryDepartment>> &)> done) const {
    call(
        tenant, context, QStringLiteral("department/list"),
        [this, tenant](const QString &token) {
            return apiGet(tenant, QStringLiteral("/cgi-bin/department/list"), token);
        },
        [done](const ApiResult &result) {
            if (!result.ok())
                return done(result.error());
            if (!result.value().value(QLatin1String("department")).isArray())
                return done(malformed(QStringLiteral("department/list"), tr("its department list")));
            QList<DirectoryDepartment> departments;
            for (const QJsonValue &value : result.value().value(QLatin1String("department")).toArray()) {
                const QJsonObject department = value.toObject();
                departments.append({department.value(QLatin1String("id")).toInteger(),
                                    department.value(QLatin1String("name")).toString()});
            }
            done(departments);
        });
}

void WeComProvider::members(const Tenant &tenant, const ProviderContext &context, qint64 department,
                            const QHash<qint64, QString> &departmentNames,
                            std::function<void(const Result<QList<Mapping>> &)> done) const {
    call(
        tenant, context, QStringLiteral("user/list"),
        [this, tenant, department](const QString &token) {
            return apiGet(tenant, QStringLiteral("/cgi-bin/user/list"), token,
                          {{QStringLiteral("department_id"), QString::number(department)}});
        },
        [this, tenant, departmentNames, done](const ApiResult &result) {
            if (!result.ok())
                return done(result.error());
            if (!result.value().value(QLatin1String("userlist")).isArray())
                return done(malformed(QStringLiteral("user/list"), tr("its userlist")));
            QList<Mapping> members;
            for (const QJsonValue &value : result.value().value(QLatin1String("userlist")).toArray()) {
                const QJsonObject member = value.toObject();
                Mapping m;
                m.provider = key();
                m.tenant = tenant.name;
                m.externalId = member.value(QLatin1String("userid")).toString();
                m.idType = QStringLiteral("userid");
                m.name = member.value(QLatin1String("name")).toString();
                QStringList departments;
                for (const QJsonValue &id : member.value(QLatin1String("department")).toArray())
                    departments << departmentNames.value(id.toInteger(), QString::number(id.toInteger()));
                m.department = departments.join(QLatin1Char(','));
                m.mobile = member.value(QLatin1String("mobile")).toString();
                m.email = member.value(QLatin1String("email")).toString();
                if (const QString open = member.value(QLatin1String("open_userid")).toString();
                    !open.isEmpty())
                    m.secondaryIds.insert(QStringLiteral("open_userid"), open);
                if (!m.externalId.isEmpty())
                    members.append(m);
            }
            done(members);
        });
}

TokenKey WeComProvider::contactsTokenKey(const Tenant &tenant) const {
    TokenKey key = tokenKey(tenant);
    key.slot = QStringLiteral("contacts");
    return key;
}

Result<DirectoryPage> WeComProvider::pageFromListId(const Tenant &tenant, const QJsonObject &listId,
                                                    const QHash<qint64, QString> &departmentNames) {
    if (!listId.value(QLatin1String("dept_user")).isArray())
        return malformed(QStringLiteral("user/list_id"), tr("its dept_user list"));
    DirectoryPage page;
    page.nextCursor = listId.value(QLatin1String("next_cursor")).toString();
    QHash<QString, int> rowOf; // a member in several departments comes once per department
    for (const QJsonValue &value : listId.value(QLatin1String("dept_user")).toArray()) {
        const QJsonObject pair = value.toObject();
        const QString userid = pair.value(QLatin1String("userid")).toString();
        if (userid.isEmpty())
            continue;
        const qint64 id = pair.value(QLatin1String("department")).toInteger();
        const QString department = departmentNames.value(id, QString::number(id));
        if (const auto it = rowOf.constFind(userid); it != rowOf.cend()) {
            page.members[*it].department += QLatin1Char(',') + department;
            continue;
        }
        Mapping m;
        m.provider = QStringLiteral("wecom");
        m.tenant = tenant.name;
        m.externalId = userid;
        m.idType = QStringLiteral("userid");
        m.department = department;
        rowOf.insert(userid, int(page.members.size()));
        page.members.append(m);
    }
    return page;
}

void WeComProvider::memberPage(const Tenant &tenant, const ProviderContext &context, const QString &cursor,
                               const QHash<qint64, QString> &departmentNames,
                               std::function<void(const Result<DirectoryPage> &)> done) const {
    call(
        tenant, context, QStringLiteral("user/list_id"),
        [this, tenant, cursor](const QString &token) {
            HttpRequest request = apiGet(tenant, QStringLiteral("/cgi-bin/user/list_id"), token);
            request.method = "POST";
            request.headers = {{"Content-Type", "application/json"}};
            request.body = QJsonDocument(QJsonObject{{QStringLiteral("cursor"), cursor},
                                                     {QStringLiteral("limit"), 10000}})
                               .toJson(QJsonDocument::Compact);
            return request;
        },
        [tenant, departmentNames, done](const ApiResult &result) {
            if (!result.ok())
                return done(result.error());
            done(pageFromListId(tenant, result.value(), departmentNames));
        },
        contactsTokenKey(tenant));
}
