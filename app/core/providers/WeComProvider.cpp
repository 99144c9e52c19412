#include "WeComProvider.h"

#include "HttpClient.h"
#include "Redactor.h"
#include "TokenCache.h"
#include "UrlRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <memory>

namespace {
constexpr int maxBusyRetries = 3;

bool isTokenError(int errcode) { return errcode == 40001 || errcode == 40014 || errcode == 42001; }
bool isRateLimit(int errcode) { return errcode == 45009 || errcode == 45033; }

// The legacy user/getuserinfo answers in PascalCase; accept both everywhere.
QString either(const QJsonObject &json, const char *lower, const char *pascal)
{
    const QString value = json.value(QLatin1String(lower)).toString();
    return value.isEmpty() ? json.value(QLatin1String(pascal)).toString() : value;
}

} // namespace

void WeComProvider::fetchToken(const Tenant &tenant, const ProviderContext &context, int attempt,
                               std::function<void(const TokenCache::Fetched &)> done) const
{
    HttpRequest request;
    request.purpose = QStringLiteral("gettoken");
    request.url = endpointUrl(tenant, QStringLiteral("api"), QStringLiteral("/cgi-bin/gettoken"),
                              {{QStringLiteral("corpid"), tenant.setting(QStringLiteral("corpid"))},
                               {QStringLiteral("corpsecret"), context.secret}});
    context.sendJson(request, [=](const JsonReply &reply) {
        TokenCache::Fetched fetched;
        if (!reply.ok || reply.status != 200) {
            fetched.error = reply.ok ? tr("gettoken answered HTTP %1; expected 200.").arg(reply.status) : reply.error;
            return done(fetched);
        }
        const int errcode = reply.json.value(QLatin1String("errcode")).toInt();
        const QString errmsg = reply.json.value(QLatin1String("errmsg")).toString();
        if (errcode == -1 && attempt < maxBusyRetries) {
            const int delay = context.retryDelayMs << attempt;
            context.step(FlowStep::make(FlowStep::Status::Warning, tr("WeCom busy (-1)"),
                                        tr("retrying gettoken in %1 ms").arg(delay)));
            QTimer::singleShot(delay, context.guard, [=] { fetchToken(tenant, context, attempt + 1, done); });
            return;
        }
        if (errcode != 0) {
            fetched.error = errcode == 40001
                                ? tr("gettoken refused the corpsecret (errcode 40001): the secret is wrong or belongs "
                                     "to another app. Copy it again from the app's page in the WeCom admin console. "
                                     "(errmsg: %1)").arg(errmsg)
                                : tr("gettoken failed: %1").arg(describeError(errcode, errmsg));
            return done(fetched);
        }
        fetched.token = reply.json.value(QLatin1String("access_token")).toString();
        fetched.expiresInSeconds = reply.json.value(QLatin1String("expires_in")).toInt();
        fetched.ok = !fetched.token.isEmpty() && fetched.expiresInSeconds > 0;
        if (!fetched.ok)
            fetched.error = tr("gettoken answered errcode 0 without access_token or expires_in.");
        done(fetched);
    });
}

QString WeComProvider::displayName() const { return tr("WeCom (企业微信)"); }

QStringList WeComProvider::modes() const
{
    return {QStringLiteral("wwlogin"), QStringLiteral("qrconnect"), QStringLiteral("oauth")};
}

QMap<QString, QString> WeComProvider::defaultEndpoints() const
{
    return {{QStringLiteral("api"), QStringLiteral("https://qyapi.weixin.qq.com")},
            {QStringLiteral("oauth"), QStringLiteral("https://open.weixin.qq.com")},
            {QStringLiteral("sso"), QStringLiteral("https://open.work.weixin.qq.com")},
            {QStringLiteral("login"), QStringLiteral("https://login.work.weixin.qq.com")}};
}

QList<SettingField> WeComProvider::settingFields() const
{
    return {{QStringLiteral("corpid"), QStringLiteral("corp-id"), tr("CorpID"), QStringLiteral("ww0123456789abcdef")},
            {QStringLiteral("agentid"), QStringLiteral("agent-id"), tr("AgentID"), QStringLiteral("1000002")},
            {QStringLiteral("scope"), QStringLiteral("scope"), tr("OAuth scope"), {},
             {QStringLiteral("snsapi_base"), QStringLiteral("snsapi_privateinfo")}, false}};
}

QStringList WeComProvider::validate(const Tenant &tenant) const
{
    QStringList problems = validateSettings(tenant).filter(QStringLiteral("scope"));
    static const QRegularExpression corpId(QStringLiteral("^w[wx][A-Za-z0-9]{6,30}$"));
    static const QRegularExpression agentId(QStringLiteral("^[0-9]{1,10}$"));
    if (!corpId.match(tenant.setting(QStringLiteral("corpid"))).hasMatch())
        problems << tr("The CorpID \"%1\" is not valid: it starts with \"ww\" (older corps \"wx\") followed by "
                       "letters and digits. Find it in the WeCom admin console under My Company → Company Info.")
                        .arg(tenant.setting(QStringLiteral("corpid")));
    if (!agentId.match(tenant.setting(QStringLiteral("agentid"))).hasMatch())
        problems << tr("The AgentID \"%1\" is not valid: it is the number shown on the self-built app's page "
                       "(e.g. 1000002).")
                        .arg(tenant.setting(QStringLiteral("agentid")));
    if (const QString problem = UrlRules::checkRedirectUri(tenant.redirectUri); !problem.isEmpty())
        problems << problem;
    problems << validateEndpoints(tenant);
    return problems;
}

QUrl WeComProvider::authorizationUrl(const Tenant &tenant, const QString &mode, const QString &state) const
{
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

QString WeComProvider::refusalIn(const Tenant &, const QUrlQuery &redirect) const
{
    if (redirect.queryItemValue(QStringLiteral("code")).isEmpty())
        return tr("The user denied the authorization (the redirect carries no code). Nothing was exchanged.");
    return {};
}

QString WeComProvider::describeError(int errcode, const QString &errmsg)
{
    QString meaning;
    switch (errcode) {
    case -1: meaning = tr("system busy; retry later"); break;
    case 40001: meaning = tr("invalid secret: check the corpsecret"); break;
    case 40013: meaning = tr("invalid CorpID: check the tenant's configuration"); break;
    case 40014: meaning = tr("invalid access token"); break;
    case 40029: meaning = tr("invalid code: it was already used, expired after 5 minutes, or belongs to another app; "
                             "run the authorization again"); break;
    case 40056: meaning = tr("invalid AgentID: check the tenant's configuration"); break;
    case 42001: meaning = tr("access token expired"); break;
    case 45009: meaning = tr("API call frequency limit reached; stopped. Wait a minute before trying again"); break;
    case 45033: meaning = tr("API concurrency limit reached; stopped. Wait and try again"); break;
    case 48002: meaning = tr("API not allowed for this app: grant the permission in the WeCom admin console"); break;
    case 50001: meaning = tr("redirect_uri is not a trusted domain of the app: add its host under the app's "
                             "trusted domains"); break;
    case 60011: meaning = tr("member outside the app's visible range: widen the app's visible range"); break;
    case 60020: meaning = tr("this machine's IP is not among the app's trusted IPs: add it in the WeCom admin "
                             "console"); break;
    case 60111: meaning = tr("userid not found"); break;
    case 84014: meaning = tr("user_ticket expired: run the snsapi_privateinfo authorization again"); break;
    default: meaning = tr("see the WeCom error code reference"); break;
    }
    return tr("errcode %1 (%2): %3").arg(errcode).arg(meaning, Redactor::text(errmsg));
}

void WeComProvider::call(const Tenant &tenant, const ProviderContext &context, const QString &purpose,
                         std::function<HttpRequest(const QString &token)> makeRequest,
                         std::function<void(const ApiResult &)> done) const
{
    TokenCache::Fetcher fetcher = [this, tenant, context](std::function<void(const TokenCache::Fetched &)> reply) {
        fetchToken(tenant, context, 0, reply);
    };
    // attempt(tokenRetried, busyRetries) is re-entered for the retries of §1.5.
    auto attempt = std::make_shared<std::function<void(bool, int)>>();
    *attempt = [=](bool tokenRetried, int busyRetries) {
        context.tokens->get(tenant.id, fetcher, [=](const TokenResult &token) {
            if (!token.ok)
                return done(ApiResult{false, {}, 0, token.error});
            context.step(FlowStep::make(FlowStep::Status::Ok,
                                        token.fromCache ? tr("Token reused from cache") : tr("Token fetched"),
                                        purpose));
            HttpRequest request = makeRequest(token.token);
            request.purpose = purpose;
            context.sendJson(request, [=](const JsonReply &reply) {
                if (!reply.ok)
                    return done(ApiResult{false, {}, 0, reply.error});
                if (reply.status != 200)
                    return done(ApiResult{false, {}, 0,
                                          tr("%1 answered HTTP %2; WeCom answers 200 with a JSON body. Check the "
                                             "\"api\" endpoint.").arg(purpose).arg(reply.status)});
                const QJsonObject &json = reply.json;
                const int errcode = json.value(QLatin1String("errcode")).toInt();
                const QString errmsg = json.value(QLatin1String("errmsg")).toString();
                if (errcode == 0)
                    return done(ApiResult{true, json, 0, {}});
                if (isTokenError(errcode) && !tokenRetried) {
                    context.step(FlowStep::make(FlowStep::Status::Warning, tr("Token rejected, fetching a new one"),
                                                describeError(errcode, errmsg)));
                    context.tokens->invalidate(tenant.id);
                    return (*attempt)(true, busyRetries);
                }
                if (errcode == -1 && busyRetries < maxBusyRetries) {
                    const int delay = context.retryDelayMs << busyRetries;
                    context.step(FlowStep::make(FlowStep::Status::Warning, tr("WeCom busy (-1)"),
                                                tr("retrying %1 in %2 ms").arg(purpose).arg(delay)));
                    QTimer::singleShot(delay, context.guard, [=] { (*attempt)(tokenRetried, busyRetries + 1); });
                    return;
                }
                QString message = tr("%1: %2").arg(purpose, describeError(errcode, errmsg));
                if (isRateLimit(errcode))
                    message += QLatin1Char(' ') + tr("AuthDesk made no further calls.");
                done(ApiResult{false, json, errcode, message});
            });
        });
    };
    (*attempt)(false, 0);
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
    std::function<void(const ExchangeOutcome &)> done;
    Identity identity;
    QString ticket;
    QList<qint64> departmentIds;

    HttpRequest get(const QString &path, const QString &token, QList<QPair<QString, QString>> query = {}) const
    {
        query.prepend({QStringLiteral("access_token"), token});
        HttpRequest request;
        request.url = provider->endpointUrl(tenant, QStringLiteral("api"), path, query);
        return request;
    }
    void warn(const QString &title, const QString &detail) const
    {
        context.step(FlowStep::make(FlowStep::Status::Warning, title, detail));
    }

    void start(const QString &code)
    {
        auto self = shared_from_this();
        provider->call(tenant, context, QStringLiteral("auth/getuserinfo"),
                       [self, code](const QString &token) {
                           return self->get(QStringLiteral("/cgi-bin/auth/getuserinfo"), token, {{QStringLiteral("code"), code}});
                       },
                       [self](const WeComProvider::ApiResult &info) { self->userInfo(info); });
    }

    void userInfo(const WeComProvider::ApiResult &info)
    {
        if (!info.ok)
            return done(ExchangeOutcome{false, {}, info.error});
        identity.raw.insert(QStringLiteral("getuserinfo"), Redactor::json(info.json));
        const QString userId = either(info.json, "userid", "UserId");
        if (userId.isEmpty()) {
            identity.externalId = either(info.json, "openid", "OpenId");
            identity.idType = QStringLiteral("openid");
            const QString external = info.json.value(QLatin1String("external_userid")).toString();
            if (!external.isEmpty())
                identity.extra.insert(QStringLiteral("external_userid"), external);
            if (identity.externalId.isEmpty())
                return done(ExchangeOutcome{false, {}, WeComProvider::tr("auth/getuserinfo answered errcode 0 but with "
                                                                          "neither userid nor openid.")});
            context.step(FlowStep::make(FlowStep::Status::Ok, WeComProvider::tr("Non-member identified by openid"),
                                        identity.externalId));
            return finish();
        }
        identity.externalId = userId;
        identity.idType = QStringLiteral("userid");
        ticket = info.json.value(QLatin1String("user_ticket")).toString();
        Redactor::registerSecret(ticket);
        auto self = shared_from_this();
        provider->call(tenant, context, QStringLiteral("user/get"),
                       [self, userId](const QString &token) {
                           return self->get(QStringLiteral("/cgi-bin/user/get"), token, {{QStringLiteral("userid"), userId}});
                       },
                       [self](const WeComProvider::ApiResult &member) { self->memberDetails(member); });
    }

    void memberDetails(const WeComProvider::ApiResult &member)
    {
        if (!member.ok) {
            warn(WeComProvider::tr("Member details unavailable"), member.error);
            return userDetail();
        }
        identity.raw.insert(QStringLiteral("user_get"), Redactor::json(member.json));
        identity.name = member.json.value(QLatin1String("name")).toString();
        QStringList ids;
        for (const QJsonValue &id : member.json.value(QLatin1String("department")).toArray()) {
            departmentIds << id.toInteger();
            ids << QString::number(id.toInteger());
        }
        identity.department = ids.join(QLatin1Char(',')); // until the names are known
        identity.mobile = member.json.value(QLatin1String("mobile")).toString();
        identity.email = member.json.value(QLatin1String("email")).toString();
        for (const char *field : {"position", "alias", "open_userid", "biz_mail"}) {
            const QString value = member.json.value(QLatin1String(field)).toString();
            if (!value.isEmpty())
                identity.extra.insert(QLatin1String(field), value);
        }
        if (departmentIds.isEmpty())
            return userDetail();
        identity.extra.insert(QStringLiteral("department_ids"), identity.department);
        auto self = shared_from_this();
        provider->call(tenant, context, QStringLiteral("department/list"),
                       [self](const QString &token) { return self->get(QStringLiteral("/cgi-bin/department/list"), token); },
                       [self](const WeComProvider::ApiResult &list) { self->departmentNames(list); });
    }

    void departmentNames(const WeComProvider::ApiResult &list)
    {
        if (list.ok) {
            const QHash<qint64, QString> names = WeComProvider::departmentNames(list.json);
            QStringList named;
            for (qint64 id : std::as_const(departmentIds))
                named << names.value(id, QString::number(id));
            identity.department = named.join(QLatin1Char(','));
        } else {
            warn(WeComProvider::tr("Department names unavailable; showing ids"), list.error);
        }
        userDetail();
    }

    void userDetail()
    {
        if (ticket.isEmpty())
            return finish();
        auto self = shared_from_this();
        provider->call(tenant, context, QStringLiteral("auth/getuserdetail"),
                       [self](const QString &token) {
                           HttpRequest r = self->get(QStringLiteral("/cgi-bin/auth/getuserdetail"), token);
                           r.method = "POST";
                           r.headers = {{"Content-Type", "application/json"}};
                           r.body = QJsonDocument(QJsonObject{{QStringLiteral("user_ticket"), self->ticket}})
                                        .toJson(QJsonDocument::Compact);
                           return r;
                       },
                       [self](const WeComProvider::ApiResult &detail) {
                           if (!detail.ok) {
                               self->warn(WeComProvider::tr("Sensitive details unavailable"), detail.error);
                               return self->finish();
                           }
                           self->identity.raw.insert(QStringLiteral("getuserdetail"), Redactor::json(detail.json));
                           const QString mobile = detail.json.value(QLatin1String("mobile")).toString();
                           const QString email = detail.json.value(QLatin1String("email")).toString();
                           if (!mobile.isEmpty())
                               self->identity.mobile = mobile;
                           if (!email.isEmpty())
                               self->identity.email = email;
                           self->finish();
                       });
    }

    void finish() { done(ExchangeOutcome{true, identity, {}}); }
};
} // namespace

QHash<qint64, QString> WeComProvider::departmentNames(const QJsonObject &departmentList)
{
    QHash<qint64, QString> names;
    for (const QJsonValue &value : departmentList.value(QLatin1String("department")).toArray()) {
        const QJsonObject department = value.toObject();
        names.insert(department.value(QLatin1String("id")).toInteger(), department.value(QLatin1String("name")).toString());
    }
    return names;
}

void WeComProvider::exchange(const Tenant &tenant, const QUrlQuery &redirect, const ProviderContext &context,
                             std::function<void(const ExchangeOutcome &)> done) const
{
    auto exchange = std::make_shared<WeComExchange>();
    exchange->provider = this;
    exchange->tenant = tenant;
    exchange->context = context;
    exchange->done = std::move(done);
    exchange->identity.provider = key();
    exchange->identity.tenant = tenant.name;
    exchange->start(redirect.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
}

void WeComProvider::checkCredentials(const Tenant &tenant, const ProviderContext &context,
                                     std::function<void(bool, const QString &)> done) const
{
    // Goes to gettoken directly, not through the cache: the point is to test the secret.
    fetchToken(tenant, context, 0,
               [done](const TokenCache::Fetched &fetched) {
                   if (!fetched.ok)
                       return done(false, fetched.error);
                   Redactor::registerSecret(fetched.token);
                   done(true, tr("The corpsecret works: gettoken issued a token valid for %1 s.")
                                  .arg(fetched.expiresInSeconds));
               });
}
