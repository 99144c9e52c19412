#include "FeishuSandbox.h"

#include "crypto/Pkce.h"
#include "crypto/RandomToken.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QUrlQuery>

const QString FeishuSandbox::appId = QStringLiteral("cli_a5sbx0feishu77");
const QString FeishuSandbox::appSecret = QStringLiteral("SbxFeishuSecret4Hq9Tz2Vb6Nm8");
const QString FeishuSandbox::tenantKey = QStringLiteral("2ed263bf32cf1651");
const QString FeishuSandbox::redirectWhitelistHost = QStringLiteral("app.example.com");

namespace {
constexpr int codeLifetimeSeconds = 5 * 60;
constexpr int tenantTokenSeconds = 7200;

// The token endpoint's failure shape: HTTP 400 (500, 503) with code, error and error_description.
QHttpServerResponse tokenError(int code, const QString &description, int status = 400) {
    return ProviderSandbox::json({{QStringLiteral("code"), code},
                                  {QStringLiteral("error"), status >= 500 ? QStringLiteral("server_error")
                                                                          : QStringLiteral("invalid_grant")},
                                  {QStringLiteral("error_description"), description}},
                                 status);
}

QHttpServerResponse apiError(int code, const QString &message, int status = 200) {
    return ProviderSandbox::json({{QStringLiteral("code"), code}, {QStringLiteral("msg"), message}}, status);
}

bool whitelisted(const QUrl &redirect) {
    const bool loopback =
        redirect.host() == QLatin1String("127.0.0.1") || redirect.host() == QLatin1String("localhost");
    return redirect.isValid() && (loopback || (redirect.scheme() == QLatin1String("https") &&
                                               redirect.host() == FeishuSandbox::redirectWhitelistHost));
}
} // namespace

const QList<FeishuSandbox::User> &FeishuSandbox::users() {
    static const QList<User> list = {
        {QStringLiteral("zhangsan"), QStringLiteral("张三"), QStringLiteral("zhangsan@sandbox.example"),
         QStringLiteral("zhangsan@corp.sandbox.example"), QStringLiteral("+8613800000001"), 0, tenantKey},
        {QStringLiteral("lisi"), QStringLiteral("李四"), QString(),
         QStringLiteral("lisi@corp.sandbox.example"), QStringLiteral("+8613800000002"), 0, tenantKey},
        {QStringLiteral("wangwu"), QStringLiteral("王五"), QString(), QString(), QString(), 20021, tenantKey},
        {QStringLiteral("zhaoliu"), QStringLiteral("赵六"), QString(), QString(), QString(), 20022,
         tenantKey},
        {QStringLiteral("guest"), QStringLiteral("外部访客"), QStringLiteral("guest@other.example"),
         QString(), QString(), 0, QStringLiteral("9f00aa11bb22cc33")},
    };
    return list;
}

const FeishuSandbox::User *FeishuSandbox::findUser(const QString &id) {
    for (const User &user : users())
        if (user.id == id)
            return &user;
    return nullptr;
}

QString FeishuSandbox::openIdFor(const QString &user) {
    return QStringLiteral("ou_") +
           QString::fromLatin1(QCryptographicHash::hash((appId + user).toUtf8(), QCryptographicHash::Sha256)
                                   .toHex()
                                   .left(32));
}

void FeishuSandbox::addRoutes(QHttpServer &server) {
    server.route(QStringLiteral("/open-apis/authen/v1/authorize"),
                 [this](const QHttpServerRequest &r) { return authorizePage(r); });
    server.route(QStringLiteral("/sandbox/feishu/pick"),
                 [this](const QHttpServerRequest &r) { return pick(r); });
    server.route(QStringLiteral("/open-apis/authen/v2/oauth/token"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &r) { return token(r); });
    server.route(QStringLiteral("/open-apis/authen/v1/user_info"),
                 [this](const QHttpServerRequest &r) { return userInfo(r); });
    server.route(QStringLiteral("/open-apis/auth/v3/tenant_access_token/internal"),
                 QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &r) { return tenantToken(r); });
}

void FeishuSandbox::invalidateTokens() {
    QMutexLocker lock(&m_mutex);
    m_userTokens.clear();
    m_tenantToken.clear();
}

QHttpServerResponse FeishuSandbox::authorizePage(const QHttpServerRequest &request) {
    const QUrlQuery query = request.query();
    auto param = [&](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const PendingLogin login{param("redirect_uri"), param("state"), param("scope"), param("code_challenge"),
                             param("code_challenge_method").isEmpty() ? QStringLiteral("plain")
                                                                      : param("code_challenge_method")};
    if (param("client_id") != appId)
        return html(QStringLiteral("<!doctype html><meta charset=utf-8><title>飞书 错误码 20048</title>"
                                   "<p id=error>20048: 应用不存在 (no such app)</p>"),
                    400);
    if (!whitelisted(QUrl(login.redirectUri)))
        return html(
            QStringLiteral(
                "<!doctype html><meta charset=utf-8><title>飞书 错误码 20029</title>"
                "<p id=error>20029: redirect_uri 请求不合法 — not in the app's redirect URL list</p>"),
            400);
    QString autoUser, session;
    {
        QMutexLocker lock(&m_mutex);
        countLocked(QStringLiteral("authorize"));
        autoUser = approveOrPark(m_pending, login, &session);
    }
    if (!autoUser.isEmpty())
        return redirectFor(login, autoUser);
    QList<Choice> choices;
    for (const User &user : users())
        choices.append({user.id, user.name,
                        user.status == 20021          ? QStringLiteral("已离职 resigned")
                        : user.status == 20022        ? QStringLiteral("已冻结 frozen")
                        : user.tenantKey != tenantKey ? QStringLiteral("其他企业 another enterprise")
                        : user.email.isEmpty() ? QStringLiteral("仅企业邮箱 enterprise mailbox only")
                                               : QStringLiteral("成员 member")});
    choices.append(
        {QStringLiteral("deny"), QStringLiteral("拒绝 Deny"), QStringLiteral("拒绝授权 the user refuses")});
    return pickerPage(QStringLiteral("飞书 · 授权登录 · Sandbox"),
                      QStringLiteral("app %1 · scope %2")
                          .arg(appId, login.scope.isEmpty() ? QStringLiteral("-") : login.scope),
                      QStringLiteral("/sandbox/feishu/pick"), session, choices);
}

QHttpServerResponse FeishuSandbox::pick(const QHttpServerRequest &request) {
    PendingLogin login;
    if (!takeParked(m_pending, request.query().queryItemValue(QStringLiteral("session")), &login))
        return html(QStringLiteral("<!doctype html><meta charset=utf-8><title>飞书 会话已过期</title>"), 400);
    return redirectFor(login, request.query().queryItemValue(QStringLiteral("user")));
}

QHttpServerResponse FeishuSandbox::redirectFor(const PendingLogin &login, const QString &user) {
    QUrl target(login.redirectUri);
    QUrlQuery query(target);
    if (user == QLatin1String("deny")) {
        query.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    } else {
        const QString code = mintCode(32);
        QMutexLocker lock(&m_mutex);
        m_codes.insert(code, Code{user, login, QDateTime::currentDateTimeUtc(), false});
        query.addQueryItem(QStringLiteral("code"), code);
    }
    if (!login.state.isEmpty())
        query.addQueryItem(QStringLiteral("state"), login.state);
    target.setQuery(query);
    return redirect(target.toEncoded());
}

std::optional<QHttpServerResponse> FeishuSandbox::faultAnswer(const QString &api, QString *other) {
    QByteArray broken;
    const QString fault = apiFault(api, &broken);
    if (other)
        *other = fault;
    if (!broken.isEmpty())
        return QHttpServerResponse(QByteArrayLiteral("application/json"), broken);
    if (fault == QLatin1String("server_error"))
        return tokenError(20050, QStringLiteral("internal server error"), 500);
    if (fault == QLatin1String("unavailable"))
        return tokenError(20072, QStringLiteral("server temporarily unavailable"), 503);
    if (fault == QLatin1String("rate_limit")) {
        QHttpServerResponse response =
            apiError(99991400, QStringLiteral("request trigger frequency limit"), 429);
        response.addHeader(QByteArrayLiteral("x-ogw-ratelimit-reset"), QByteArrayLiteral("1"));
        return response;
    }
    return std::nullopt;
}

QHttpServerResponse FeishuSandbox::token(const QHttpServerRequest &request) {
    QString fault;
    if (auto answer = faultAnswer(QStringLiteral("oauth/token"), &fault))
        return std::move(*answer);
    const bool expireCodes = fault == QLatin1String("expire_codes");
    if (!request.value("Content-Type").startsWith("application/json"))
        return tokenError(20001, QStringLiteral("the request body must be JSON"));
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    auto field = [&](const char *name) { return body.value(QLatin1String(name)).toString(); };
    if (!request.value("Authorization").isEmpty())
        return tokenError(20070,
                          QStringLiteral("client_secret and a Basic authorization header were both sent"));
    const bool refresh = field("grant_type") == QLatin1String("refresh_token");
    if (!refresh && (field("grant_type") != QLatin1String("authorization_code") || field("code").isEmpty()))
        return tokenError(20001, QStringLiteral("missing or invalid parameter"));
    if (field("client_id") != appId)
        return tokenError(20048, QStringLiteral("app not found"));
    if (field("client_secret") != appSecret)
        return tokenError(20002, QStringLiteral("the client_secret is wrong"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QMutexLocker lock(&m_mutex);
    if (refresh) { // single use (PROVIDERS §6.2)
        const std::optional<UserToken> owner =
            m_refreshTokens.contains(field("refresh_token"))
                ? std::optional<UserToken>(m_refreshTokens.take(field("refresh_token")))
                : std::nullopt;
        if (!owner)
            return tokenError(20026, QStringLiteral("the refresh token is invalid or has been used"));
        return json(issueUserToken(*owner));
    }
    auto code = m_codes.find(field("code"));
    if (code == m_codes.end())
        return tokenError(20003, QStringLiteral("authorization code not found"));
    if (code->used)
        return tokenError(20065, QStringLiteral("authorization code has been used"));
    if (code->issued.secsTo(now) > codeLifetimeSeconds || expireCodes)
        return tokenError(20004, QStringLiteral("authorization code is expired"));
    if (field("redirect_uri") != code->login.redirectUri)
        return tokenError(20071, QStringLiteral("redirect_uri does not match the one of the authorization"));
    const QString verifier = field("code_verifier");
    witness(verifier);
    const bool pkceOk =
        code->login.challenge.isEmpty() ||
        (code->login.method == QLatin1String("S256") ? Pkce::challengeS256(verifier) == code->login.challenge
                                                     : verifier == code->login.challenge);
    if (!pkceOk)
        return tokenError(20049, QStringLiteral("PKCE verification failed"));
    code->used = true;
    return json(issueUserToken(UserToken{code->user, code->login.scope}));
}

QJsonObject FeishuSandbox::issueUserToken(const UserToken &owner) {
    const QString accessToken = mintCredential(60, QStringLiteral("u-"));
    m_userTokens.insert(accessToken, owner);
    QJsonObject answer{{QStringLiteral("code"), 0},
                       {QStringLiteral("access_token"), accessToken},
                       {QStringLiteral("expires_in"), 7200},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("scope"), owner.scope}};
    // A refresh token only with offline_access (PROVIDERS §6.2).
    if (owner.scope.split(QLatin1Char(' ')).contains(QLatin1String("offline_access"))) {
        const QString refreshToken = mintCredential(60, QStringLiteral("ur-"));
        m_refreshTokens.insert(refreshToken, owner);
        answer.insert(QStringLiteral("refresh_token"), refreshToken);
        answer.insert(QStringLiteral("refresh_token_expires_in"), 604800);
    }
    return answer;
}

QHttpServerResponse FeishuSandbox::userInfo(const QHttpServerRequest &request) {
    if (auto fault = faultAnswer(QStringLiteral("user_info"), nullptr))
        return std::move(*fault);
    const QByteArray authorization = request.value("Authorization");
    UserToken token;
    {
        QMutexLocker lock(&m_mutex);
        const QString bearer = QString::fromLatin1(authorization.mid(7));
        if (!authorization.startsWith("Bearer ") || !m_userTokens.contains(bearer))
            return apiError(20005, QStringLiteral("invalid access token"));
        token = m_userTokens.value(bearer);
    }
    const User *user = findUser(token.user);
    if (!user)
        return apiError(20008, QStringLiteral("user not exist"));
    if (user->status != 0)
        return apiError(user->status, user->status == 20021 ? QStringLiteral("user resigned")
                                                            : QStringLiteral("user frozen"));
    const QStringList scopes = token.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QJsonObject data{
        {QStringLiteral("name"), user->name},
        {QStringLiteral("en_name"), user->id},
        {QStringLiteral("open_id"), openIdFor(user->id)},
        {QStringLiteral("union_id"),
         QStringLiteral("on_") + QString::fromLatin1(QCryptographicHash::hash(("union" + user->id).toUtf8(),
                                                                              QCryptographicHash::Sha256)
                                                         .toHex()
                                                         .left(32))},
        {QStringLiteral("tenant_key"), user->tenantKey},
        {QStringLiteral("avatar_url"), QStringLiteral("https://example.invalid/avatar.png")}};
    // Each field only with its permission granted (§6.3).
    if (scopes.contains(QLatin1String("contact:user.email:readonly"))) {
        data.insert(QStringLiteral("email"), user->email);
        data.insert(QStringLiteral("enterprise_email"), user->enterpriseEmail);
    }
    if (scopes.contains(QLatin1String("contact:user.phone:readonly")))
        data.insert(QStringLiteral("mobile"), user->mobile);
    if (scopes.contains(QLatin1String("contact:user.employee_id:readonly"))) {
        data.insert(QStringLiteral("user_id"), QStringLiteral("u-%1").arg(user->id));
        data.insert(QStringLiteral("employee_no"),
                    QStringLiteral("E%1").arg(qHash(user->id) % 10000, 4, 10, QLatin1Char('0')));
    }
    return json({{QStringLiteral("code"), 0},
                 {QStringLiteral("msg"), QStringLiteral("success")},
                 {QStringLiteral("data"), data}});
}

QHttpServerResponse FeishuSandbox::tenantToken(const QHttpServerRequest &request) {
    if (auto fault = faultAnswer(QStringLiteral("tenant_access_token"), nullptr))
        return std::move(*fault);
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    if (body.value(QLatin1String("app_id")).toString() != appId ||
        body.value(QLatin1String("app_secret")).toString() != appSecret)
        return apiError(10014, QStringLiteral("app secret invalid"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QMutexLocker lock(&m_mutex);
    // At least 30 minutes left: the same token; less: a new one (the old one stays valid).
    if (m_tenantToken.isEmpty() || now.secsTo(m_tenantTokenExpiry) < 30 * 60) {
        m_tenantToken = mintCredential(40, QStringLiteral("t-"));
        m_tenantTokenExpiry = now.addSecs(tenantTokenSeconds);
    }
    return json({{QStringLiteral("code"), 0},
                 {QStringLiteral("msg"), QStringLiteral("ok")},
                 {QStringLiteral("tenant_access_token"), m_tenantToken},
                 {QStringLiteral("expire"), int(now.secsTo(m_tenantTokenExpiry))}});
}

QMap<QString, QString> FeishuSandbox::tenantSettings() const {
    return {
        {QStringLiteral("app_id"), appId},
        {QStringLiteral("scope"), QStringLiteral("contact:user.email:readonly contact:user.phone:readonly "
                                                 "contact:user.employee_id:readonly")}};
}

QList<ProviderSandbox::SandboxTenant> FeishuSandbox::demoTenants(const QUrl &sandbox,
                                                                 const QList<Tenant> &) const {
    return {tenant(QStringLiteral("Demo Feishu"), sandbox)};
}
