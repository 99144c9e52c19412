#include "QinceSandbox.h"

#include "crypto/RandomToken.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QUrlQuery>

const QString QinceSandbox::appId = QStringLiteral("app5a4db1c0ffee");
const QString QinceSandbox::tenantId = QStringLiteral("6692513571099135446");
const QString QinceSandbox::appSecret = QStringLiteral("SbxQinceSecret9Rk2Lw7Qp4Zt6Vn");

namespace {
constexpr int codeLifetimeSeconds = 5 * 60;
constexpr int tokenLifetimeSeconds = 7200;

QJsonObject envelope(int code, const QString &message, const QJsonObject &data = {}) {
    QJsonObject object{{QStringLiteral("return_code"), code}, {QStringLiteral("return_msg"), message}};
    if (!data.isEmpty())
        object.insert(QStringLiteral("return_data"), data);
    return object;
}
} // namespace

const QList<QinceSandbox::User> &QinceSandbox::users() {
    static const QList<User> list = {
        {QStringLiteral("8000000000000000101"), QStringLiteral("王五"), 1, 1, QStringLiteral("5001"),
         QStringLiteral("华东区"), QStringLiteral("沙盒快消/销售部/华东区"), QStringLiteral("EMP-0101")},
        {QStringLiteral("8000000000000000102"), QStringLiteral("赵六"), 1, 2, QStringLiteral("5002"),
         QStringLiteral("华南区"), QStringLiteral("沙盒快消/销售部/华南区"), QStringLiteral("EMP-0102")},
        {QStringLiteral("8000000000000000201"), QStringLiteral("钱七"), 3, 1, QStringLiteral("6001"),
         QStringLiteral("经销商"), QStringLiteral("沙盒快消/渠道/经销商"), QString()},
    };
    return list;
}

void QinceSandbox::addRoutes(QHttpServer &server) {
    server.route(QStringLiteral("/service/oauth/authorize"),
                 [this](const QHttpServerRequest &r) { return authorizePage(r); });
    server.route(QStringLiteral("/sandbox/qince/pick"),
                 [this](const QHttpServerRequest &r) { return pick(r); });
    server.route(QStringLiteral("/oauth2/authorize_error.jsp"), [](const QHttpServerRequest &r) {
        const QString error = r.query().queryItemValue(QStringLiteral("error"));
        return html(QStringLiteral(
                        "<!doctype html><html><head><meta charset=utf-8><title>勤策授权失败 %1</title></head>"
                        "<body><h1>授权失败</h1><p id=error>%1</p></body></html>")
                        .arg(error.toHtmlEscaped()));
    });
    for (const char *name : {"token", "userinfo"}) {
        const QString apiName = QLatin1String(name);
        server.route(QStringLiteral("/service/oauth/") + apiName, QHttpServerRequest::Method::Post,
                     [this, apiName](const QHttpServerRequest &r) { return api(r, apiName); });
    }
}

void QinceSandbox::invalidateTokens() {
    QMutexLocker lock(&m_mutex);
    m_tokens.clear();
}

QHttpServerResponse QinceSandbox::errorRedirect(const QString &error, const QString &state) const {
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("error"), error);
    query.addQueryItem(QStringLiteral("state"), state);
    query.addQueryItem(QStringLiteral("app_id"), appId);
    // The error page is served by the same host as the authorize page (the `oauth` endpoint).
    return redirect("/oauth2/authorize_error.jsp?" + query.toString(QUrl::FullyEncoded).toUtf8());
}

QHttpServerResponse QinceSandbox::authorizePage(const QHttpServerRequest &request) {
    const QUrlQuery query = request.query();
    auto param = [&](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const PendingLogin login{param("redirect_uri"), param("state")};
    if (param("response_type") != QLatin1String("code"))
        return errorRedirect(QStringLiteral("unsupported_response_type"), login.state);
    if (param("app_id") != appId || param("tenant_id") != tenantId)
        return errorRedirect(QStringLiteral("unauthorized_client"), login.state);
    if (param("scope") != QLatin1String("user"))
        return errorRedirect(QStringLiteral("invalid_scope"), login.state);
    const QUrl redirectUri(login.redirectUri);
    if (!redirectUri.isValid() || redirectUri.isRelative() || login.state.toUtf8().size() > 64)
        return errorRedirect(QStringLiteral("invalid_request"), login.state);

    QString autoUser, session;
    {
        QMutexLocker lock(&m_mutex);
        countLocked(QStringLiteral("authorize"));
        autoUser = approveOrPark(m_pending, login, &session);
    }
    if (!autoUser.isEmpty())
        return redirectFor(login, autoUser);
    QList<Choice> choices;
    for (const User &user : users()) {
        const QString kind = user.userType == 3 ? QStringLiteral("客户联系人 customer contact")
                             : user.status == 2 ? QStringLiteral("已停用 disabled user")
                                                : QStringLiteral("用户 user");
        choices.append({user.id, user.name, kind});
    }
    choices.append(
        {QStringLiteral("deny"), QStringLiteral("拒绝 Deny"), QStringLiteral("拒绝授权 the user refuses")});
    return pickerPage(
        QStringLiteral("勤策账号授权 · Sandbox"),
        QStringLiteral("app_id %1 · tenant_id %2 · 授权获取用户信息 (scope user)").arg(appId, tenantId),
        QStringLiteral("/sandbox/qince/pick"), session, choices);
}

QHttpServerResponse QinceSandbox::pick(const QHttpServerRequest &request) {
    PendingLogin login;
    if (!takeParked(m_pending, request.query().queryItemValue(QStringLiteral("session")), &login))
        return errorRedirect(QStringLiteral("invalid_request"), {});
    return redirectFor(login, request.query().queryItemValue(QStringLiteral("user")));
}

QHttpServerResponse QinceSandbox::redirectFor(const PendingLogin &login, const QString &user) {
    if (user == QLatin1String("deny"))
        return errorRedirect(QStringLiteral("access_denied"), login.state);
    const QString code = mintCode(40);
    {
        QMutexLocker lock(&m_mutex);
        m_codes.insert(code, Code{user, QDateTime::currentDateTimeUtc(), false});
    }
    QUrl target(login.redirectUri);
    QUrlQuery query(target);
    query.addQueryItem(QStringLiteral("code"), code);
    query.addQueryItem(QStringLiteral("state"), login.state);
    query.addQueryItem(QStringLiteral("tenant_id"), tenantId);
    query.addQueryItem(QStringLiteral("app_id"), appId);
    target.setQuery(query);
    return redirect(target.toEncoded());
}

QHttpServerResponse QinceSandbox::api(const QHttpServerRequest &request, const QString &apiName) {
    QByteArray broken;
    const QString fault = apiFault(apiName, &broken);
    if (!broken.isEmpty())
        return QHttpServerResponse(QByteArrayLiteral("application/json"), broken);
    QJsonObject answer = handleApi(request, apiName, fault == QLatin1String("bad_secret"));
    // "string_return_code": the same answer with return_code as a string ("0"), as some 勤策
    // deployments send it.
    if (fault == QLatin1String("string_return_code"))
        answer.insert(QStringLiteral("return_code"),
                      QString::number(answer.value(QLatin1String("return_code")).toInt()));
    return QHttpServerResponse(answer);
}

QJsonObject QinceSandbox::handleApi(const QHttpServerRequest &request, const QString &apiName,
                                    bool badSecret) {
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QMutexLocker lock(&m_mutex);
    if (apiName == QLatin1String("token")) {
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        auto field = [&](const char *name) { return body.value(QLatin1String(name)).toString(); };
        if (field("app_id") != appId || field("tenant_id") != tenantId)
            return envelope(10001, QStringLiteral("app_id或tenant_id不存在"));
        if (badSecret || field("app_secret") != appSecret)
            return envelope(10002, QStringLiteral("app_secret错误"));
        // A new token on every call (§2.2); earlier ones stay valid until they expire.
        const QString token = mintCredential(46);
        m_tokens.insert(token, now.addSecs(tokenLifetimeSeconds));
        return envelope(
            0, QStringLiteral("success"),
            {{QStringLiteral("access_token"), token}, {QStringLiteral("expires_in"), tokenLifetimeSeconds}});
    }
    const QUrlQuery query = request.query();
    const QString token = query.queryItemValue(QStringLiteral("access_token"));
    if (!m_tokens.contains(token) || m_tokens.value(token) < now)
        return envelope(10003, QStringLiteral("access_token无效或已过期"));
    auto code = m_codes.find(query.queryItemValue(QStringLiteral("code")));
    if (code == m_codes.end() || code->used || code->issued.secsTo(now) > codeLifetimeSeconds)
        return envelope(10004, QStringLiteral("code无效或已过期"));
    code->used = true;
    for (const User &user : users()) {
        if (user.id == code->user)
            return envelope(0, QStringLiteral("success"),
                            {{QStringLiteral("tenant_id"), tenantId},
                             {QStringLiteral("id"), user.id},
                             {QStringLiteral("name"), user.name},
                             {QStringLiteral("user_type"), user.userType},
                             {QStringLiteral("status"), user.status},
                             {QStringLiteral("depart_id"), user.departId},
                             {QStringLiteral("depart_name"), user.departName},
                             {QStringLiteral("full_depart_name"), user.fullDepartName},
                             {QStringLiteral("thrid_id"), user.thridId}}); // sic, as 勤策 spells it
    }
    return envelope(10005, QStringLiteral("用户不存在"));
}

QMap<QString, QString> QinceSandbox::tenantSettings() const {
    return {{QStringLiteral("app_id"), appId}, {QStringLiteral("tenant_id"), tenantId}};
}

QList<ProviderSandbox::SandboxTenant> QinceSandbox::demoTenants(const QUrl &sandbox,
                                                                const QList<Tenant> &) const {
    return {tenant(QStringLiteral("Demo Qince"), sandbox)};
}
