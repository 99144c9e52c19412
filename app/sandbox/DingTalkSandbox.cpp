#include "DingTalkSandbox.h"

#include "crypto/RandomToken.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QUrlQuery>

const QString DingTalkSandbox::clientId = QStringLiteral("dingsbx0a1b2c3d4e5f6");
const QString DingTalkSandbox::clientSecret = QStringLiteral("SbxDingTalkSecret7Kp3Xw9Rf2Lq5");
const QString DingTalkSandbox::corpId = QStringLiteral("ding5a4d0sandbox77");

namespace {
constexpr int codeLifetimeSeconds = 5 * 60;

// The new API's error shape.
QHttpServerResponse apiError(int status, const QString &code, const QString &message) {
    return ProviderSandbox::json({{QStringLiteral("code"), code},
                                  {QStringLiteral("requestid"), randomAlphanumeric(16)},
                                  {QStringLiteral("message"), message}},
                                 status);
}

QHttpServerResponse oapiError(int errcode, const QString &errmsg) {
    return ProviderSandbox::json({{QStringLiteral("errcode"), errcode},
                                  {QStringLiteral("errmsg"), errmsg},
                                  {QStringLiteral("request_id"), randomAlphanumeric(16)}});
}

QHttpServerResponse ipBlock() {
    return ProviderSandbox::json({{QStringLiteral("status"), 1111},
                                  {QStringLiteral("wait"), 300},
                                  {QStringLiteral("punish"), QStringLiteral("deny")}});
}
} // namespace

const QList<DingTalkSandbox::User> &DingTalkSandbox::users() {
    static const QList<User> list = {
        {QStringLiteral("zhangsan"), QStringLiteral("张三"), QStringLiteral("13800000011"),
         QStringLiteral("zhangsan@ding.sandbox.example"), QStringLiteral("manager4711")},
        {QStringLiteral("visitor"), QStringLiteral("访客小王"), QStringLiteral("13800000012"), QString(),
         QString()},
    };
    return list;
}

const DingTalkSandbox::User *DingTalkSandbox::findUser(const QString &id) {
    for (const User &user : users())
        if (user.id == id)
            return &user;
    return nullptr;
}

QString DingTalkSandbox::unionIdFor(const QString &user) {
    return QString::fromLatin1(
        QCryptographicHash::hash(("union" + user).toUtf8(), QCryptographicHash::Sha256).toHex().left(28));
}

QStringList DingTalkSandbox::pageFaults() const {
    return {QStringLiteral("both_codes"), QStringLiteral("mismatched_codes"), QStringLiteral("code_only")};
}

void DingTalkSandbox::addRoutes(QHttpServer &server) {
    server.route(QStringLiteral("/oauth2/auth"),
                 [this](const QHttpServerRequest &r) { return authorizePage(r); });
    server.route(QStringLiteral("/sandbox/dingtalk/pick"),
                 [this](const QHttpServerRequest &r) { return pick(r); });
    server.route(QStringLiteral("/v1.0/oauth2/userAccessToken"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &r) { return userToken(r); });
    server.route(QStringLiteral("/v1.0/contact/users/me"),
                 [this](const QHttpServerRequest &r) { return me(r); });
    server.route(QStringLiteral("/v1.0/oauth2/accessToken"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &r) { return appToken(r); });
    server.route(QStringLiteral("/topapi/user/getbyunionid"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &r) { return getByUnionId(r); });
}

void DingTalkSandbox::invalidateTokens() {
    QMutexLocker lock(&m_mutex);
    m_userTokens.clear();
    m_appTokens.clear();
}

QHttpServerResponse DingTalkSandbox::authorizePage(const QHttpServerRequest &request) {
    const QUrlQuery query = request.query();
    auto param = [&](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    PendingLogin login{param("redirect_uri"), param("state"), param("scope"), {}};
    if (param("client_id") != clientId || param("response_type") != QLatin1String("code"))
        return html(QStringLiteral("<!doctype html><meta charset=utf-8><title>钉钉 登录失败</title>"
                                   "<p id=error>应用不存在或参数错误 (unknown client_id or bad request)</p>"),
                    400);
    QString autoUser, session;
    {
        QMutexLocker lock(&m_mutex);
        Fault fault;
        if (takeFault(QStringLiteral("authorize"), &fault)) // counts the request too
            login.pageFault = fault.name;
        autoUser = approveOrPark(m_pending, login, &session);
    }
    if (!autoUser.isEmpty())
        return redirectFor(login, autoUser);
    QList<Choice> choices;
    for (const User &user : users())
        choices.append({user.id, user.nick,
                        user.userid.isEmpty() ? QStringLiteral("企业外用户 outside the enterprise")
                                              : QStringLiteral("企业成员 member")});
    choices.append(
        {QStringLiteral("deny"), QStringLiteral("拒绝 Deny"), QStringLiteral("拒绝授权 the user refuses")});
    return pickerPage(QStringLiteral("钉钉 · 授权登录 · Sandbox"),
                      QStringLiteral("client_id %1 · scope %2").arg(clientId, login.scope),
                      QStringLiteral("/sandbox/dingtalk/pick"), session, choices);
}

QHttpServerResponse DingTalkSandbox::pick(const QHttpServerRequest &request) {
    PendingLogin login;
    if (!takeParked(m_pending, request.query().queryItemValue(QStringLiteral("session")), &login))
        return html(QStringLiteral("<!doctype html><meta charset=utf-8><title>钉钉 会话已过期</title>"), 400);
    return redirectFor(login, request.query().queryItemValue(QStringLiteral("user")));
}

QHttpServerResponse DingTalkSandbox::redirectFor(const PendingLogin &login, const QString &user) {
    QUrl target(login.redirectUri);
    QUrlQuery query(target);
    if (user == QLatin1String("deny")) {
        query.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    } else {
        const QString code = mintCode(32);
        {
            QMutexLocker lock(&m_mutex);
            m_codes.insert(code, Code{user, login.scope, QDateTime::currentDateTimeUtc(), false});
        }
        if (login.pageFault != QLatin1String("code_only"))
            query.addQueryItem(QStringLiteral("authCode"), code);
        if (login.pageFault == QLatin1String("both_codes") || login.pageFault == QLatin1String("code_only"))
            query.addQueryItem(QStringLiteral("code"), code);
        if (login.pageFault == QLatin1String("mismatched_codes"))
            query.addQueryItem(QStringLiteral("code"), mintCode(32));
    }
    query.addQueryItem(QStringLiteral("state"), login.state);
    target.setQuery(query);
    return redirect(target.toEncoded());
}

QHttpServerResponse DingTalkSandbox::userToken(const QHttpServerRequest &request) {
    QByteArray broken;
    const QString fault = apiFault(QStringLiteral("oauth2/userAccessToken"), &broken);
    if (!broken.isEmpty())
        return QHttpServerResponse(QByteArrayLiteral("application/json"), broken);
    if (fault == QLatin1String("ip_block"))
        return ipBlock();
    if (!request.value("Content-Type").startsWith("application/json"))
        return apiError(400, QStringLiteral("MissingBody"), QStringLiteral("body is mandatory"));
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    auto field = [&](const char *name) { return body.value(QLatin1String(name)).toString(); };
    if (field("clientId") != clientId || field("clientSecret") != clientSecret)
        return apiError(400, QStringLiteral("invalidClient"), QStringLiteral("clientId或clientSecret错误"));
    QMutexLocker lock(&m_mutex);
    if (field("grantType") == QLatin1String("refresh_token")) {
        // A refresh token is good once (the sandbox's choice: DingTalk does not say) for 30 days.
        const QString user = m_refreshTokens.take(field("refreshToken"));
        if (user.isEmpty())
            return apiError(400, QStringLiteral("invalidRefreshToken"),
                            QStringLiteral("不合法的refresh_token"));
        return json(issueUserToken(user, fault));
    }
    if (field("grantType") != QLatin1String("authorization_code"))
        return apiError(400, QStringLiteral("invalidParameter"), QStringLiteral("grantType不合法"));
    auto code = m_codes.find(field("code"));
    if (code == m_codes.end() || code->used ||
        code->issued.secsTo(QDateTime::currentDateTimeUtc()) > codeLifetimeSeconds)
        return apiError(400, QStringLiteral("invalidAuthCode"), QStringLiteral("不合法的临时授权码"));
    code->used = true;
    QJsonObject answer = issueUserToken(code->user, fault);
    // corpId only with the corpid scope.
    if (!code->scope.split(QLatin1Char(' ')).contains(QLatin1String("corpid")))
        answer.remove(QStringLiteral("corpId"));
    return json(answer);
}

QJsonObject DingTalkSandbox::issueUserToken(const QString &user, const QString &fault) {
    const QString token = mintCredential(32);
    const QString refresh = mintCredential(32);
    m_userTokens.insert(token, user);
    m_refreshTokens.insert(refresh, user);
    return {{QStringLiteral("accessToken"), token},
            {QStringLiteral("refreshToken"), refresh},
            {QStringLiteral("expireIn"), 7200},
            {QStringLiteral("corpId"),
             fault == QLatin1String("wrong_corp") ? QStringLiteral("dingotherenterprise99") : corpId}};
}

QHttpServerResponse DingTalkSandbox::me(const QHttpServerRequest &request) {
    QByteArray broken;
    const QString fault = apiFault(QStringLiteral("contact/users/me"), &broken);
    if (!broken.isEmpty())
        return QHttpServerResponse(QByteArrayLiteral("application/json"), broken);
    if (fault == QLatin1String("ip_block"))
        return ipBlock();
    QString user;
    {
        QMutexLocker lock(&m_mutex);
        user = m_userTokens.value(QString::fromLatin1(request.value("x-acs-dingtalk-access-token")));
    }
    const User *found = findUser(user);
    if (!found)
        return apiError(401, QStringLiteral("InvalidAuthentication"), QStringLiteral("不合法的access_token"));
    return json({{QStringLiteral("nick"), found->nick},
                 {QStringLiteral("avatarUrl"), QStringLiteral("https://example.invalid/avatar.png")},
                 {QStringLiteral("mobile"), found->mobile},
                 {QStringLiteral("openId"), QStringLiteral("open") + unionIdFor(found->id).left(20)},
                 {QStringLiteral("unionId"), unionIdFor(found->id)},
                 {QStringLiteral("email"), found->email},
                 {QStringLiteral("stateCode"), QStringLiteral("86")}});
}

QHttpServerResponse DingTalkSandbox::appToken(const QHttpServerRequest &request) {
    QByteArray broken;
    const QString fault = apiFault(QStringLiteral("oauth2/accessToken"), &broken);
    if (!broken.isEmpty())
        return QHttpServerResponse(QByteArrayLiteral("application/json"), broken);
    if (!request.value("Content-Type").startsWith("application/json"))
        return apiError(400, QStringLiteral("MissingBody"), QStringLiteral("body is mandatory"));
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    if (body.value(QLatin1String("appKey")).toString() != clientId ||
        body.value(QLatin1String("appSecret")).toString() != clientSecret)
        return apiError(400, QStringLiteral("invalidClient"), QStringLiteral("appKey或appSecret错误"));
    const QString token = mintCredential(32);
    QMutexLocker lock(&m_mutex);
    m_appTokens.insert(token);
    return json({{QStringLiteral("accessToken"), token}, {QStringLiteral("expireIn"), 7200}});
}

QHttpServerResponse DingTalkSandbox::getByUnionId(const QHttpServerRequest &request) {
    QByteArray broken;
    const QString fault = apiFault(QStringLiteral("topapi/user/getbyunionid"), &broken);
    if (!broken.isEmpty())
        return QHttpServerResponse(QByteArrayLiteral("application/json"), broken);
    if (fault == QLatin1String("ip_block"))
        return ipBlock();
    if (fault == QLatin1String("rate_limit"))
        return oapiError(90002, QStringLiteral("接口调用超过限制"));
    if (fault == QLatin1String("no_permission"))
        return oapiError(60011, QStringLiteral("没有调用该接口的权限，接口权限申请参考：qyapi_get_member"));
    const QString token = request.query().queryItemValue(QStringLiteral("access_token"));
    {
        QMutexLocker lock(&m_mutex);
        // A user's token is not an app token: refused like any unknown token.
        if (!m_appTokens.contains(token))
            return oapiError(40014, QStringLiteral("不合法的access_token"));
    }
    const QString unionId =
        QJsonDocument::fromJson(request.body()).object().value(QLatin1String("unionid")).toString();
    for (const User &user : users())
        if (unionIdFor(user.id) == unionId && !user.userid.isEmpty())
            return json({{QStringLiteral("errcode"), 0},
                         {QStringLiteral("errmsg"), QStringLiteral("ok")},
                         {QStringLiteral("result"), QJsonObject{{QStringLiteral("contact_type"), 0},
                                                                {QStringLiteral("userid"), user.userid}}}});
    return oapiError(60121, QStringLiteral("找不到该用户"));
}

QMap<QString, QString> DingTalkSandbox::tenantSettings() const {
    return {{QStringLiteral("client_id"), clientId}};
}

QList<ProviderSandbox::SandboxTenant> DingTalkSandbox::demoTenants(const QUrl &sandbox,
                                                                   const QList<Tenant> &) const {
    return {tenant(QStringLiteral("Demo DingTalk"), sandbox)};
}
