#include "providers/WeComSuiteProvider.h"

#include "JsonFields.h"
#include "net/HttpClient.h"
#include "net/Redactor.h"
#include "net/UrlRules.h"
#include "providers/ExchangeJob.h"
#include "store/SuiteCorps.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <memory>

namespace {
// Every credential a suite call may carry or be answered with (PROVIDERS-wecom-suite §1).
const QStringList suiteCredentials{QStringLiteral("suite_access_token"), QStringLiteral("suite_ticket"),
                                   QStringLiteral("suite_secret"),       QStringLiteral("permanent_code"),
                                   QStringLiteral("auth_code"),          QStringLiteral("pre_auth_code"),
                                   QStringLiteral("access_token"),       QStringLiteral("user_ticket")};

QString text(const QJsonObject &json, const char *name) {
    return json.value(QLatin1String(name)).toString();
}
} // namespace

QString WeComSuiteProvider::displayName() const {
    return tr("WeCom service-provider app (企业微信第三方应用 / 代开发)");
}

QStringList WeComSuiteProvider::modes() const {
    return {QStringLiteral("oauth"), QStringLiteral("login"), QStringLiteral("qrconnect"),
            QStringLiteral("install")};
}

QMap<QString, QString> WeComSuiteProvider::defaultEndpoints() const {
    return {{QStringLiteral("api"), QStringLiteral("https://qyapi.weixin.qq.com")},
            {QStringLiteral("install"), QStringLiteral("https://open.work.weixin.qq.com")},
            {QStringLiteral("oauth"), QStringLiteral("https://open.weixin.qq.com")},
            {QStringLiteral("login"), QStringLiteral("https://login.work.weixin.qq.com")}};
}

QList<SettingField> WeComSuiteProvider::settingFields() const {
    return {{QStringLiteral("suite_id"), QStringLiteral("suite-id"), tr("SuiteID"),
             QStringLiteral("ww0123456789abcdef (代开发: dk…)")},
            {QStringLiteral("provider_corpid"), QStringLiteral("provider-corp-id"), tr("Provider CorpID"),
             QStringLiteral("ww0123456789abcdef")},
            // Where WeCom pushes the suite's events (指令回调URL). A loopback URL is one AuthDesk
            // listens on itself; otherwise tickets are pasted from the admin's own server.
            {QStringLiteral("callback_url"),
             QStringLiteral("callback-url"),
             tr("Callback URL (指令回调)"),
             QStringLiteral("http://127.0.0.1:8790/wecom/suite"),
             {},
             false},
            {QStringLiteral("scope"),
             QStringLiteral("scope"),
             tr("OAuth scope"),
             {},
             {QStringLiteral("snsapi_base"), QStringLiteral("snsapi_privateinfo")},
             false},
            // set_session_info's auth_type: an app not yet released installs only as a test (§3.3).
            {QStringLiteral("install_as"),
             QStringLiteral("install-as"),
             tr("Install as"),
             {},
             {QStringLiteral("test"), QStringLiteral("release")},
             false},
            {QStringLiteral("calls_per_minute"),
             QStringLiteral("calls-per-minute"),
             tr("API calls per minute"),
             QStringLiteral("10000"),
             {},
             false,
             QStringLiteral("10000")}};
}

QList<SecretField> WeComSuiteProvider::extraSecrets() const {
    return {
        {QStringLiteral("callback_token"), QStringLiteral("callback-token-stdin"), tr("Callback Token")},
        {QStringLiteral("encoding_aes_key"), QStringLiteral("encoding-aes-key-stdin"), tr("EncodingAESKey")},
        {QStringLiteral("provider_secret"), QStringLiteral("provider-secret-stdin"), tr("ProviderSecret"),
         false},
        {ticketName(), {}, tr("Suite ticket"), false, false}};
}

QStringList WeComSuiteProvider::validate(const Tenant &tenant) const {
    QStringList problems =
        validateSettings(tenant).filter(QRegularExpression(QStringLiteral("scope|Install")));
    static const QRegularExpression suiteId(QStringLiteral("^(w[wx]|tj|dk)[A-Za-z0-9]{6,30}$"));
    static const QRegularExpression corpId(QStringLiteral("^w[wx][A-Za-z0-9]{6,30}$"));
    if (!suiteId.match(tenant.setting(QStringLiteral("suite_id"))).hasMatch())
        problems << tr("The SuiteID \"%1\" is not valid: a third-party app's starts with \"ww\" (older ones "
                       "\"wx\" or \"tj\"), a 代开发 template's with \"dk\". Find it in the service-provider "
                       "console under 应用管理.")
                        .arg(tenant.setting(QStringLiteral("suite_id")));
    if (!corpId.match(tenant.setting(QStringLiteral("provider_corpid"))).hasMatch())
        problems << tr("The provider CorpID \"%1\" is not valid: it starts with \"ww\" and is shown in the "
                       "service-provider console under 服务商信息.")
                        .arg(tenant.setting(QStringLiteral("provider_corpid")));
    if (const QString callback = tenant.setting(QStringLiteral("callback_url")); !callback.isEmpty()) {
        const QUrl url(callback);
        if (!url.isValid() || url.host().isEmpty() || url.port() <= 0 ||
            (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            problems << tr("The callback URL \"%1\" is not a URL with a port, e.g. "
                           "http://127.0.0.1:8790/wecom/suite.")
                            .arg(callback);
    }
    if (const QString problem = UrlRules::checkRedirectUri(tenant.redirectUri); !problem.isEmpty())
        problems << problem;
    problems << validateEndpoints(tenant);
    return problems;
}

bool WeComSuiteProvider::isTemplate(const Tenant &tenant) {
    return tenant.setting(QStringLiteral("suite_id")).startsWith(QLatin1String("dk"));
}

QStringList WeComSuiteProvider::secondaryIdKeys() const {
    return {QStringLiteral("userid"), QStringLiteral("open_userid")};
}

QUrl WeComSuiteProvider::authorizationUrl(const Tenant &tenant, const AuthorizationRequest &request) const {
    const QString suiteId = tenant.setting(QStringLiteral("suite_id"));
    if (request.mode == QLatin1String("login")) // the provider's web login with the login suite (§3.9)
        return endpointUrl(tenant, QStringLiteral("login"), QStringLiteral("/wwlogin/sso/login"),
                           {{QStringLiteral("login_type"), QStringLiteral("ServiceApp")},
                            {QStringLiteral("appid"), suiteId},
                            {QStringLiteral("redirect_uri"), tenant.redirectUri},
                            {QStringLiteral("state"), request.state}});
    if (request.mode == QLatin1String("qrconnect")) // the legacy provider login (§3.8), members by WeCom scan
        return endpointUrl(tenant, QStringLiteral("install"), QStringLiteral("/wwopen/sso/3rd_qrConnect"),
                           {{QStringLiteral("appid"), tenant.setting(QStringLiteral("provider_corpid"))},
                            {QStringLiteral("redirect_uri"), tenant.redirectUri},
                            {QStringLiteral("state"), request.state},
                            {QStringLiteral("usertype"), QStringLiteral("member")}});
    if (request.mode == QLatin1String("install")) // with the pre_auth_code pushAuthorization adds
        return endpointUrl(tenant, QStringLiteral("install"), QStringLiteral("/3rdapp/install"),
                           {{QStringLiteral("suite_id"), suiteId},
                            {QStringLiteral("redirect_uri"), tenant.redirectUri},
                            {QStringLiteral("state"), request.state}});
    QUrl url = endpointUrl(tenant, QStringLiteral("oauth"), QStringLiteral("/connect/oauth2/authorize"),
                           {{QStringLiteral("appid"), suiteId},
                            {QStringLiteral("redirect_uri"), tenant.redirectUri},
                            {QStringLiteral("response_type"), QStringLiteral("code")},
                            {QStringLiteral("scope"), settingOrDefault(tenant, QStringLiteral("scope"))},
                            {QStringLiteral("state"), request.state}});
    url.setFragment(QStringLiteral("wechat_redirect"));
    return url;
}

TokenKey WeComSuiteProvider::providerTokenKey(const Tenant &tenant) const {
    TokenKey key = tokenKey(tenant);
    key.slot = QStringLiteral("provider");
    key.issuedFor += QStringLiteral("\nprovider_corpid=") + tenant.setting(QStringLiteral("provider_corpid"));
    return key;
}

void WeComSuiteProvider::tokenCall(const TokenKey &key, const QString &tokenParameter, const Tenant &tenant,
                                   const ProviderContext &context, const QString &path,
                                   const QList<QPair<QString, QString>> &query, const QJsonObject &body,
                                   std::function<void(const ApiResult &)> done) const {
    const QString purpose = path.section(QLatin1String("/cgi-bin/"), 1);
    call(
        tenant, context, purpose,
        [this, tenant, path, query, body, purpose, tokenParameter](const QString &token) {
            QList<QPair<QString, QString>> items = query;
            items.prepend({tokenParameter, token});
            const QUrl url = endpointUrl(tenant, QStringLiteral("api"), path, items);
            HttpRequest request = body.isEmpty() ? HttpRequest{} : HttpRequest::postJson(purpose, url, body);
            request.url = url;
            request.credentials = suiteCredentials;
            return request;
        },
        std::move(done), key);
}

void WeComSuiteProvider::suiteCall(const Tenant &tenant, const ProviderContext &context, const QString &path,
                                   const QList<QPair<QString, QString>> &query, const QJsonObject &body,
                                   std::function<void(const ApiResult &)> done) const {
    tokenCall(tokenKey(tenant), QStringLiteral("suite_access_token"), tenant, context, path, query, body,
              std::move(done));
}

void WeComSuiteProvider::providerCall(const Tenant &tenant, const ProviderContext &context,
                                      const QString &path, const QString &tokenParameter,
                                      const QJsonObject &body,
                                      std::function<void(const ApiResult &)> done) const {
    tokenCall(providerTokenKey(tenant), tokenParameter, tenant, context, path, {}, body, std::move(done));
}

void WeComSuiteProvider::fetchTokenFor(const TokenKey &key, const Tenant &tenant,
                                       const ProviderContext &context,
                                       std::function<void(const Result<FetchedToken> &)> done) const {
    if (key.slot == QLatin1String("provider"))
        return fetchProviderToken(tenant, context, std::move(done));
    fetchSuiteToken(tenant, context, std::move(done));
}

namespace {
// A token the platform issues to a POST of `body` (get_suite_token, get_provider_token): an answer
// without errcode is a success (§6.8), one with errcode a refusal in words.
void issueToken(const WeComSuiteProvider *provider, const Tenant &tenant, const ProviderContext &context,
                const QString &api, const char *tokenField, const QJsonObject &body,
                std::function<void(const Result<FetchedToken> &)> done) {
    HttpRequest request = HttpRequest::postJson(
        QStringLiteral("service/") + api,
        provider->endpointUrl(tenant, QStringLiteral("api"), QStringLiteral("/cgi-bin/service/") + api),
        body);
    request.credentials = suiteCredentials + QStringList{QStringLiteral("provider_secret"),
                                                         QStringLiteral("provider_access_token")};
    context.sendJson(request, [api, tokenField, done](const JsonReply &reply) {
        if (!reply.ok())
            return done(reply.error());
        const QJsonObject &json = reply.value().json;
        const std::optional<qint64> code = jsonInteger(json.value(QLatin1String("errcode")));
        if (code && *code != 0) {
            const int errcode = int(*code);
            Error error =
                Error::failed(WeComSuiteProvider::tr("%1 failed: %2")
                                  .arg(api, WeComProvider::describeError(errcode, text(json, "errmsg"))));
            error.platformCode = errcode;
            return done(error);
        }
        const FetchedToken token{text(json, tokenField), json.value(QLatin1String("expires_in")).toInt()};
        if (reply.value().status != 200 || token.value.isEmpty() || token.expiresInSeconds <= 0)
            return done(
                Error{Error::Kind::Transient,
                      WeComSuiteProvider::tr("%1 answered HTTP %2 without %3 and expires_in: the answer is "
                                             "malformed. Check the \"api\" endpoint.")
                          .arg(api)
                          .arg(reply.value().status)
                          .arg(QLatin1String(tokenField))});
        done(token);
    });
}
} // namespace

void WeComSuiteProvider::fetchSuiteToken(const Tenant &tenant, const ProviderContext &context,
                                         std::function<void(const Result<FetchedToken> &)> done) const {
    const QString ticket = context.otherSecrets.value(ticketName());
    if (ticket.isEmpty()) // AuthDesk's own finding, not an answer of WeCom's (§6.2)
        return done(Error{Error::Kind::NotFound,
                          tr("No suite_ticket has reached AuthDesk yet, so there is no suite token (no call "
                             "was made). WeCom pushes one to the callback URL every 10 minutes: let AuthDesk "
                             "listen there (authdesk suite ticket NAME --listen), press 刷新Ticket in the "
                             "service-provider console, or paste the ticket your own server received "
                             "(authdesk suite ticket NAME --paste-stdin).")});
    issueToken(this, tenant, context, QStringLiteral("get_suite_token"), "suite_access_token",
               {{QStringLiteral("suite_id"), tenant.setting(QStringLiteral("suite_id"))},
                {QStringLiteral("suite_secret"), context.secret},
                {QStringLiteral("suite_ticket"), ticket}},
               std::move(done));
}

void WeComSuiteProvider::fetchProviderToken(const Tenant &tenant, const ProviderContext &context,
                                            std::function<void(const Result<FetchedToken> &)> done) const {
    const QString secret = context.otherSecrets.value(QStringLiteral("provider_secret"));
    if (secret.isEmpty())
        return done(
            Error::failed(tr("This needs the provider's token, and the tenant has no ProviderSecret: edit "
                             "the tenant and enter it (服务商信息 in the service-provider console).")));
    issueToken(this, tenant, context, QStringLiteral("get_provider_token"), "provider_access_token",
               {{QStringLiteral("corpid"), tenant.setting(QStringLiteral("provider_corpid"))},
                {QStringLiteral("provider_secret"), secret}},
               std::move(done));
}

void WeComSuiteProvider::checkCredentials(const Tenant &tenant, const ProviderContext &context,
                                          std::function<void(const Status &)> done) const {
    // Straight to get_suite_token, not through the cache: the point is to test secret and ticket.
    fetchSuiteToken(tenant, context, [done](const Result<FetchedToken> &fetched) {
        if (!fetched.ok())
            return done(fetched.error());
        done(Done{tr("The suite_secret and the newest suite_ticket work: get_suite_token issued a token "
                     "valid for %1 s.")
                      .arg(fetched.value().expiresInSeconds)});
    });
}

void WeComSuiteProvider::pushAuthorization(const Tenant &tenant, const ProviderContext &context,
                                           const AuthorizationRequest &request,
                                           std::function<void(const Result<QUrl> &)> done) const {
    suiteCall(
        tenant, context, QStringLiteral("/cgi-bin/service/get_pre_auth_code"), {}, {},
        [this, tenant, context, request, done](const ApiResult &preAuth) {
            if (!preAuth.ok())
                return done(preAuth.error());
            const QString code = text(preAuth.value(), "pre_auth_code");
            if (code.isEmpty())
                return done(Error::failed(tr("get_pre_auth_code answered errcode 0 without pre_auth_code.")));
            const bool test = settingOrDefault(tenant, QStringLiteral("install_as")) == QLatin1String("test");
            const QJsonObject session{
                {QStringLiteral("pre_auth_code"), code},
                {QStringLiteral("session_info"), QJsonObject{{QStringLiteral("auth_type"), test ? 1 : 0}}}};
            suiteCall(tenant, context, QStringLiteral("/cgi-bin/service/set_session_info"), {}, session,
                      [request, code, test, context, done](const ApiResult &set) {
                          if (!set.ok())
                              return done(set.error());
                          context.note(FlowStep::Status::Ok,
                                       test ? tr("Install session set: test authorization (auth_type 1)")
                                            : tr("Install session set: released app (auth_type 0)"));
                          QUrl url = request.url;
                          QUrlQuery query(url);
                          query.addQueryItem(QStringLiteral("pre_auth_code"), code);
                          url.setQuery(query);
                          done(url);
                      });
        });
}

QString WeComSuiteProvider::refusalIn(const Tenant &, const QUrlQuery &redirect) const {
    // An install comes back with auth_code, a sign-in with code (§3.4, §3.10).
    if (redirect.queryItemValue(QStringLiteral("auth_code")).isEmpty() &&
        redirect.queryItemValue(QStringLiteral("code")).isEmpty())
        return tr(
            "The authorization was not given (the redirect carries neither auth_code nor code). Nothing "
            "was exchanged.");
    return {};
}

Result<Identity> WeComSuiteProvider::ofExpectedCorp(const Tenant &tenant, const Identity &identity) {
    const QString expected = tenant.setting(expectedCorpSetting());
    const QString corpId = identity.extra.value(QLatin1String("corpid")).toString();
    if (expected.isEmpty() || corpId == expected) // case-sensitive: these are ciphertexts (§4)
        return identity;
    return Error::failed(
        tr("A member of corp %1 signed in, not of %2 as asked. The app is installed in several "
           "corps; sign in with an account of %2.")
            .arg(corpId.isEmpty() ? tr("(none: a non-member)") : corpId, expected));
}

void WeComSuiteProvider::setMember(Identity &identity, const QString &corpId, const QString &userId,
                                   const QString &openUserId) {
    // One provider's ids: the same person has the same open_userid in every app of this provider,
    // and the corpid and userid are this provider's ciphertext (§4).
    identity.externalId = corpId + QLatin1Char(':') + (openUserId.isEmpty() ? userId : openUserId);
    identity.idType = openUserId.isEmpty() ? QStringLiteral("userid") : QStringLiteral("open_userid");
    identity.extra.insert(QStringLiteral("corpid"), corpId);
    if (!userId.isEmpty())
        identity.extra.insert(QStringLiteral("userid"), userId);
    if (!openUserId.isEmpty())
        identity.extra.insert(QStringLiteral("open_userid"), openUserId);
}

Result<Identity> WeComSuiteProvider::identityFromUserInfo3rd(const QJsonObject &answer) {
    Identity identity;
    identity.raw.insert(QStringLiteral("getuserinfo3rd"), Redactor::json(answer));
    const QString corpId = eitherField(answer, {"corpid", "CorpId"});
    const QString userId = eitherField(answer, {"userid", "UserId"});
    const QString openUserId = eitherField(answer, {"open_userid", "OpenUserId"});
    if (!corpId.isEmpty() && (!openUserId.isEmpty() || !userId.isEmpty())) {
        setMember(identity, corpId, userId, openUserId);
        return identity;
    }
    identity.externalId = eitherField(answer, {"openid", "OpenId"});
    identity.idType = QStringLiteral("openid");
    if (identity.externalId.isEmpty())
        return Error::failed(
            tr("getuserinfo3rd answered errcode 0 with neither corpid and userid nor openid."));
    return identity;
}

namespace {
// What each call chain of a suite (a sign-in, the provider login, an install) holds: the
// provider, the tenant, the context its calls use, where it ends, and the identity it builds.
// Held only by the callbacks it waits on, so it goes with them (as WeComProvider's calls do).
template <typename Chain> struct SuiteChain : std::enable_shared_from_this<Chain> {
    const WeComSuiteProvider *provider = nullptr;
    Tenant tenant;
    ProviderContext context;
    std::function<void(const Result<Identity> &)> done;
    Identity identity;

    static void start(const WeComSuiteProvider *provider, const Tenant &tenant,
                      const ProviderContext &context, std::function<void(const Result<Identity> &)> done,
                      const QString &code) {
        auto chain = std::make_shared<Chain>();
        chain->provider = provider;
        chain->tenant = tenant;
        chain->context = context;
        chain->done = std::move(done);
        chain->identity.provider = provider->key();
        chain->identity.tenant = tenant.name;
        chain->begin(code);
    }
};

// A sign-in (§3.9, §3.10): getuserinfo3rd with the suite token, then getuserdetail3rd when the
// member consented to share details (user_ticket). Details are a bonus: their failure is a warning.
struct SuiteSignIn : SuiteChain<SuiteSignIn> {

    void begin(const QString &code) {
        auto self = this->shared_from_this();
        provider->suiteCall(tenant, context, QStringLiteral("/cgi-bin/service/auth/getuserinfo3rd"),
                            {{QStringLiteral("code"), code}}, {},
                            [self](const WeComProvider::ApiResult &info) { self->userInfo(info); });
    }

    void userInfo(const WeComProvider::ApiResult &info) {
        if (!info.ok())
            return done(info.error());
        Result<Identity> found = WeComSuiteProvider::identityFromUserInfo3rd(info.value());
        if (!found.ok())
            return done(found.error());
        const Identity &member = found.value();
        identity.externalId = member.externalId;
        identity.idType = member.idType;
        identity.extra = member.extra;
        identity.raw = member.raw;
        if (identity.idType == QLatin1String("openid")) {
            context.note(FlowStep::Status::Ok, WeComSuiteProvider::tr("Non-member identified by openid"),
                         identity.externalId);
            return done(identity);
        }
        context.note(
            FlowStep::Status::Info, WeComSuiteProvider::tr("These ids are this service provider's"),
            WeComSuiteProvider::tr("WeCom gives a service provider's apps their own ciphertext of the "
                                   "corpid and userid (case-sensitive), not what the corp's admin "
                                   "console shows; open_userid is the same in every app of this "
                                   "provider. The corp's own self-built app converts them back "
                                   "(batch/openuserid_to_userid)."));
        const QString ticket = text(info.value(), "user_ticket");
        if (ticket.isEmpty())
            return done(identity);
        auto self = shared_from_this();
        provider->suiteCall(tenant, context, QStringLiteral("/cgi-bin/service/auth/getuserdetail3rd"), {},
                            {{QStringLiteral("user_ticket"), ticket}},
                            [self](const WeComProvider::ApiResult &detail) { self->userDetail(detail); });
    }

    void userDetail(const WeComProvider::ApiResult &detail) {
        if (!detail.ok()) {
            context.note(FlowStep::Status::Warning, WeComSuiteProvider::tr("Member details unavailable"),
                         detail.errorText());
            return done(identity);
        }
        const QJsonObject &json = detail.value();
        identity.raw.insert(QStringLiteral("getuserdetail3rd"), Redactor::json(json));
        const QString name = text(json, "name");
        // Since 2020-06-30 a third-party app gets the userid in place of the name (§3.10).
        if (!name.isEmpty() && name != identity.extra.value(QStringLiteral("userid")).toString())
            identity.name = name;
        else
            context.note(FlowStep::Status::Info, WeComSuiteProvider::tr("No name for a third-party app"),
                         WeComSuiteProvider::tr("getuserdetail3rd answers the userid as the name, as WeCom "
                                                "does for every third-party app."));
        for (const char *field : {"gender", "avatar"})
            if (const QString value = text(json, field); !value.isEmpty())
                identity.extra.insert(QLatin1String(field), value);
        done(identity);
    }
};

// The legacy provider login (§3.8): the redirect's auth_code (not code) for who signed in, with
// the provider's token in the query as access_token.
struct ProviderLogin : SuiteChain<ProviderLogin> {

    void begin(const QString &authCode) {
        auto self = shared_from_this();
        provider->providerCall(tenant, context, QStringLiteral("/cgi-bin/service/get_login_info"),
                               QStringLiteral("access_token"), {{QStringLiteral("auth_code"), authCode}},
                               [self](const WeComProvider::ApiResult &info) { self->loginInfo(info); });
    }

    void loginInfo(const WeComProvider::ApiResult &info) {
        if (!info.ok())
            return done(info.error());
        const QJsonObject user = info.value().value(QLatin1String("user_info")).toObject();
        const QString corpId = text(info.value().value(QLatin1String("corp_info")).toObject(), "corpid");
        const QString openUserId = text(user, "open_userid");
        const QString userId = text(user, "userid");
        if (corpId.isEmpty() || (openUserId.isEmpty() && userId.isEmpty()))
            return done(Error::failed(WeComSuiteProvider::tr(
                "get_login_info answered errcode 0 without corp_info.corpid and user_info's userid.")));
        WeComSuiteProvider::setMember(identity, corpId, userId, openUserId);
        identity.name = text(user, "name");
        // 1 creator, 2 internal admin, 3 external admin, 4 分级管理员, 5 member (§3.8).
        const int userType = info.value().value(QLatin1String("usertype")).toInt();
        const QStringList userTypes{
            WeComSuiteProvider::tr("the corp's creator"), WeComSuiteProvider::tr("an internal system admin"),
            WeComSuiteProvider::tr("an external system admin"),
            WeComSuiteProvider::tr("a delegated admin (分级管理员)"), WeComSuiteProvider::tr("a member")};
        if (userType >= 1 && userType <= userTypes.size())
            identity.extra.insert(QStringLiteral("usertype"), userTypes.at(userType - 1));
        identity.raw.insert(QStringLiteral("get_login_info"), Redactor::json(info.value()));
        done(identity);
    }
};

// An install (§3.4–3.7): the auth_code for the corp's permanent code (v2), kept in the keychain at
// once; then the app's place in the corp (get_auth_info) and, for a third-party app, a corp token
// to show the code works. The identity is the admin who installed it.
struct SuiteInstall : SuiteChain<SuiteInstall> {
    QString corpId;
    QString permanentCode;

    void begin(const QString &authCode) {
        auto self = shared_from_this();
        provider->suiteCall(tenant, context, QStringLiteral("/cgi-bin/service/v2/get_permanent_code"), {},
                            {{QStringLiteral("auth_code"), authCode}},
                            [self](const WeComProvider::ApiResult &answer) { self->permanent(answer); });
    }

    void permanent(const WeComProvider::ApiResult &answer) {
        if (!answer.ok())
            return done(answer.error());
        const QJsonObject corp = answer.value().value(QLatin1String("auth_corp_info")).toObject();
        const QJsonObject user = answer.value().value(QLatin1String("auth_user_info")).toObject();
        corpId = text(corp, "corpid");
        permanentCode = text(answer.value(), "permanent_code");
        if (corpId.isEmpty() || permanentCode.isEmpty())
            return done(Error::failed(WeComSuiteProvider::tr(
                "get_permanent_code answered errcode 0 without permanent_code and auth_corp_info.corpid.")));
        WeComSuiteProvider::setMember(identity, corpId, text(user, "userid"), text(user, "open_userid"));
        identity.name = text(user, "name");
        identity.extra.insert(QStringLiteral("corp_name"), text(corp, "corp_name"));
        identity.raw.insert(QStringLiteral("get_permanent_code"), Redactor::json(answer.value()));
        if (!context.keepSecret)
            return authInfo();
        auto self = shared_from_this();
        context.keepSecret(SuiteCorps::permanentCodeName(corpId), permanentCode, [self](const Status &kept) {
            if (!kept.ok())
                return self->done(kept.error());
            self->authInfo();
        });
    }

    void authInfo() {
        auto self = shared_from_this();
        provider->suiteCall(
            tenant, context, QStringLiteral("/cgi-bin/service/get_auth_info"), {},
            {{QStringLiteral("auth_corpid"), corpId}, {QStringLiteral("permanent_code"), permanentCode}},
            [self](const WeComProvider::ApiResult &info) { self->agent(info); });
    }

    void agent(const WeComProvider::ApiResult &info) {
        if (!info.ok())
            return done(info.error());
        const QJsonArray agents =
            info.value().value(QLatin1String("auth_info")).toObject().value(QLatin1String("agent")).toArray();
        if (agents.isEmpty())
            return done(Error::failed(
                WeComSuiteProvider::tr("get_auth_info lists no app of this suite in the corp.")));
        const QJsonObject app = agents.first().toObject();
        const bool customized = app.value(QLatin1String("is_customized_app")).toBool();
        const QJsonObject privilege = app.value(QLatin1String("privilege")).toObject();
        identity.extra.insert(QStringLiteral("agentid"),
                              QString::number(app.value(QLatin1String("agentid")).toInteger()));
        identity.extra.insert(QStringLiteral("agent_name"), text(app, "name"));
        identity.extra.insert(QStringLiteral("customized"),
                              customized ? QStringLiteral("true") : QStringLiteral("false"));
        identity.extra.insert(QStringLiteral("privilege_level"),
                              QString::number(privilege.value(QLatin1String("level")).toInt()));
        identity.raw.insert(QStringLiteral("get_auth_info"), Redactor::json(info.value()));
        context.note(FlowStep::Status::Ok,
                     WeComSuiteProvider::tr("Installed in %1")
                         .arg(identity.extra.value(QStringLiteral("corp_name")).toString()),
                     WeComSuiteProvider::tr("app %1 (AgentID %2)")
                         .arg(text(app, "name"), identity.extra.value(QStringLiteral("agentid")).toString()));
        if (customized) { // 代开发: the code is the app's secret for gettoken; there is no corp token here
            context.note(
                FlowStep::Status::Info,
                WeComSuiteProvider::tr("A 代开发 app: its permanent code is its secret"),
                WeComSuiteProvider::tr("gettoken with corpid %1 and the permanent code as corpsecret")
                    .arg(corpId));
            return done(identity);
        }
        auto self = shared_from_this();
        provider->suiteCall(
            tenant, context, QStringLiteral("/cgi-bin/service/get_corp_token"), {},
            {{QStringLiteral("auth_corpid"), corpId}, {QStringLiteral("permanent_code"), permanentCode}},
            [self](const WeComProvider::ApiResult &token) {
                if (!token.ok())
                    return self->done(token.error());
                self->context.note(FlowStep::Status::Ok,
                                   WeComSuiteProvider::tr("Corp token fetched with the permanent code"));
                self->done(self->identity);
            });
    }
};
} // namespace

std::unique_ptr<ExchangeJob> WeComSuiteProvider::exchange(const Tenant &tenant, const QUrlQuery &redirect,
                                                          const AuthorizationRequest &request,
                                                          const ProviderContext &context) const {
    const bool install = request.mode == QLatin1String("install");
    const bool legacyLogin = request.mode == QLatin1String("qrconnect");
    // An install and the legacy provider login come back with auth_code, the others with code.
    const QString code = redirect.queryItemValue(
        install || legacyLogin ? QStringLiteral("auth_code") : QStringLiteral("code"), QUrl::FullyDecoded);
    return std::make_unique<ExchangeJob>(
        context, [this, tenant, code, install, legacyLogin](ExchangeJob &job) {
            auto finish = [job = &job](const Result<Identity> &result) { job->finish(result); };
            if (install)
                return completeInstall(tenant, job.context(), code, finish);
            // A sign-in's member must be of the corp the run asks for, if it asks (authorize --corp).
            auto signedIn = [finish, tenant](const Result<Identity> &result) {
                finish(result.ok() ? ofExpectedCorp(tenant, result.value()) : result);
            };
            if (legacyLogin)
                return ProviderLogin::start(this, tenant, job.context(), signedIn, code);
            SuiteSignIn::start(this, tenant, job.context(), signedIn, code);
        });
}

void WeComSuiteProvider::completeInstall(const Tenant &tenant, const ProviderContext &context,
                                         const QString &authCode,
                                         std::function<void(const Result<Identity> &)> done) const {
    SuiteInstall::start(this, tenant, context, std::move(done), authCode);
}
