#include "WeComSandbox.h"

#include "crypto/RandomToken.h"
#include "providers/Provider.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUrlQuery>

const QString WeComSandbox::corpId = QStringLiteral("ww5a4db1c0ffee0001");
const QString WeComSandbox::agentId = QStringLiteral("1000002");
const QString WeComSandbox::corpSecret = QStringLiteral("SbxCorpSecret7f3a9c1e5b2d4f60a8e1c3");
const QString WeComSandbox::contactsSecret = QStringLiteral("SbxContactsSecret2b8d4e6f1a3c5e7d9b0a");
const QStringList WeComSandbox::trustedHosts = {QStringLiteral("app.example.com"),
                                                QStringLiteral("127.0.0.1"), QStringLiteral("localhost")};

namespace {
constexpr int codeLifetimeSeconds = 5 * 60;
constexpr int ticketLifetimeSeconds = 1800;
const QString nonMemberOpenId = QStringLiteral("oSbxGuest0000000000000001");
const QString nonMemberExternalId = QStringLiteral("wmSbxGuest000001");

QJsonObject error(int errcode, const QString &errmsg) {
    return QJsonObject{{QStringLiteral("errcode"), errcode},
                       {QStringLiteral("errmsg"),
                        errmsg + QStringLiteral(", hint: [sandbox], more info at "
                                                "https://open.work.weixin.qq.com/devtool/query?e=%1")
                                     .arg(errcode)}};
}

QJsonObject ok(QJsonObject body) {
    body.insert(QStringLiteral("errcode"), 0);
    body.insert(QStringLiteral("errmsg"), QStringLiteral("ok"));
    return body;
}

QHttpServerResponse errorPage(int errcode, const QString &message) {
    return QHttpServerResponse(
        QByteArrayLiteral("text/html; charset=utf-8"),
        QStringLiteral("<!doctype html><html><head><meta charset=utf-8><title>WeCom sandbox error %1</title>"
                       "</head><body><h1>错误 %1</h1><p id=error>%2</p></body></html>")
            .arg(errcode)
            .arg(message.toHtmlEscaped())
            .toUtf8(),
        QHttpServerResponse::StatusCode::BadRequest);
}

} // namespace

WeComSandbox::WeComSandbox() {
    generateDirectory(0, 3);
}

void WeComSandbox::generateDirectory(int members, int departments, int multiEvery) {
    static const QString surnames =
        QStringLiteral("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘");
    static const QString given =
        QStringLiteral("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰红建文辉力宇晨");
    static const QStringList units = {QStringLiteral("研发部"), QStringLiteral("产品部"),
                                      QStringLiteral("销售部"), QStringLiteral("市场部"),
                                      QStringLiteral("财务部"), QStringLiteral("人事部")};
    QMutexLocker lock(&m_mutex);
    departments = qMax(3, departments);
    m_departments = {
        {1, QStringLiteral("沙盒科技")}, {2, QStringLiteral("研发部")}, {3, QStringLiteral("产品部")}};
    m_parents = {{1, 0}, {2, 1}, {3, 1}};
    for (int id = 4; id <= departments; ++id) {
        m_departments.append({id, QStringLiteral("%1%2组").arg(units.at(id % units.size())).arg(id)});
        m_parents.insert(id, qMax(1, id / 10)); // a tree several levels deep
    }
    m_members = {
        {QStringLiteral("zhangsan"),
         QStringLiteral("张三"),
         {2},
         QStringLiteral("工程师"),
         QStringLiteral("13800000001"),
         QStringLiteral("zhangsan@example.com")},
        {QStringLiteral("lisi"),
         QStringLiteral("李四"),
         {2, 3},
         QStringLiteral("产品经理"),
         QStringLiteral("13800000002"),
         QStringLiteral("lisi@example.com")},
    };
    m_members.reserve(members + 2);
    for (int i = 0; i < members; ++i) {
        QList<int> in = {2 + i % (departments - 1)};
        if (multiEvery > 0 && i % multiEvery == 0)
            in.append(2 + (i / multiEvery) % (departments - 1));
        if (in.size() == 2 && in.at(0) == in.at(1))
            in.removeLast();
        const QString name = QString(surnames.at(i % surnames.size())) +
                             given.at((i / surnames.size()) % given.size()) +
                             given.at((i * 7 + i / 5) % given.size());
        m_members.append({QStringLiteral("u%1").arg(i, 6, 10, QLatin1Char('0')), name, in,
                          QStringLiteral("职员"), QStringLiteral("139%1").arg(i, 8, 10, QLatin1Char('0')),
                          QStringLiteral("u%1@sandbox.example").arg(i, 6, 10, QLatin1Char('0'))});
    }
    m_membersByDepartment.clear();
    for (int index = 0; index < m_members.size(); ++index)
        for (int department : std::as_const(m_members.at(index).departments))
            m_membersByDepartment[department].append(index);
}

void WeComSandbox::setRateLimit(int calls, int windowMs, const Clock *clock) {
    QMutexLocker lock(&m_mutex);
    m_clock = clock;
    m_budgetCalls = calls;
    m_budgetWindowMs = windowMs;
    m_windows.clear();
}

int WeComSandbox::rateLimitedAnswers() const {
    QMutexLocker lock(&m_mutex);
    return m_rateLimitedAnswers;
}

bool WeComSandbox::withinBudget(const QString &apiName) {
    Window &window = m_windows[apiName];
    const qint64 now = m_clock->nowMs();
    if (window.calls == 0 || now - window.start >= m_budgetWindowMs)
        window = {now, 0};
    if (window.calls >= m_budgetCalls) {
        ++m_rateLimitedAnswers;
        return false;
    }
    ++window.calls;
    return true;
}

void WeComSandbox::configure(const QJsonObject &command) {
    const QJsonObject limit = command.value(QLatin1String("rate_limit")).toObject();
    if (!limit.isEmpty())
        setRateLimit(limit.value(QLatin1String("calls")).toInt(10000),
                     limit.value(QLatin1String("window_ms")).toInt(60000));
    // The app's settings as agent/get reports them (PROVIDERS §9.1); anything not named is as
    // the sandbox starts: open, visible to a department, trusting the demo tenants' host.
    if (command.value(QLatin1String("clear")).toBool() || command.contains(QLatin1String("agent"))) {
        const QJsonObject agent = command.value(QLatin1String("agent")).toObject();
        QMutexLocker lock(&m_mutex);
        m_agentClosed = agent.value(QLatin1String("close")).toBool(false);
        m_agentVisible = agent.value(QLatin1String("visible")).toBool(true);
        m_redirectDomain = agent.value(QLatin1String("redirect_domain")).toString(defaultRedirectDomain);
    }
    const QJsonObject push = command.value(QLatin1String("suite_ticket_push")).toObject();
    if (!push.isEmpty())
        pushSuiteEvent(push.value(QLatin1String("suite")).toString(suiteId),
                       QUrl(push.value(QLatin1String("url")).toString()), QStringLiteral("suite_ticket"));
    const QJsonObject event = command.value(QLatin1String("suite_event")).toObject();
    if (!event.isEmpty())
        pushSuiteEvent(event.value(QLatin1String("suite")).toString(suiteId),
                       QUrl(event.value(QLatin1String("url")).toString()),
                       event.value(QLatin1String("info_type")).toString());
    const QJsonObject directory = command.value(QLatin1String("directory")).toObject();
    if (!directory.isEmpty())
        generateDirectory(directory.value(QLatin1String("members")).toInt(),
                          directory.value(QLatin1String("departments")).toInt(3),
                          directory.value(QLatin1String("multi_every")).toInt(20));
}

QJsonObject WeComSandbox::errorAnswer(int errcode, const QString &errmsg) {
    return error(errcode, errmsg);
}

void WeComSandbox::addRoutes(QHttpServer &server) {
    server.route(QStringLiteral("/wwlogin/sso/login"),
                 [this](const QHttpServerRequest &r) { return authorizePage(r, QStringLiteral("wwlogin")); });
    server.route(QStringLiteral("/wwopen/sso/qrConnect"), [this](const QHttpServerRequest &r) {
        return authorizePage(r, QStringLiteral("qrconnect"));
    });
    server.route(QStringLiteral("/wwopen/sso/3rd_qrConnect"), [this](const QHttpServerRequest &r) {
        return authorizePage(r, QStringLiteral("3rd_qrconnect"));
    });
    server.route(QStringLiteral("/connect/oauth2/authorize"),
                 [this](const QHttpServerRequest &r) { return authorizePage(r, QStringLiteral("oauth")); });
    server.route(QStringLiteral("/sandbox/wecom/pick"),
                 [this](const QHttpServerRequest &r) { return pick(r); });
    // A redirect target on loopback: AuthDesk must never load it, so every hit is counted.
    server.route(QStringLiteral("/callback"), [this](const QHttpServerRequest &) {
        QMutexLocker lock(&m_mutex);
        countLocked(QStringLiteral("callback"));
        return html(QStringLiteral(
            "<!doctype html><title>callback reached</title><p>The redirect target loaded.</p>"));
    });
    for (const char *name : {"gettoken", "agent/get", "auth/getuserinfo", "user/getuserinfo", "user/get",
                             "auth/getuserdetail", "department/list", "user/list", "user/list_id"}) {
        const QString apiName = QLatin1String(name);
        server.route(QStringLiteral("/cgi-bin/") + apiName,
                     [this, apiName](const QHttpServerRequest &r) { return api(r, apiName); });
    }
    addSuiteRoutes(server);
}

void WeComSandbox::invalidateTokens() {
    QMutexLocker lock(&m_mutex);
    m_tokens.clear();
    m_currentToken.clear();
    m_contactsToken.clear();
    m_suiteTokens.clear(); // a suite token dropped early answers 40082 (§8.7)
}

void WeComSandbox::setTokenLifetime(int seconds) {
    QMutexLocker lock(&m_mutex);
    m_tokenLifetime = seconds;
}

QHttpServerResponse WeComSandbox::authorizePage(const QHttpServerRequest &request, const QString &mode) {
    const QUrlQuery query = request.query();
    auto param = [&](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    PendingLogin login{param("redirect_uri"), param("state"),
                       mode == QLatin1String("oauth") ? param("scope") : QStringLiteral("snsapi_base")};
    // A third-party suite signs in with appid=suite_id and no agentid (PROVIDERS §8.3.9–10).
    if (param("appid") == suiteId && mode != QLatin1String("qrconnect"))
        login.suite = suiteId;
    else if (param("appid") == providerCorpId && mode == QLatin1String("3rd_qrconnect"))
        login.suite = providerLogin; // the provider's own login: its redirect carries auth_code (§3.8)
    else if (param("appid") != corpId)
        return errorPage(40013, QStringLiteral("invalid corpid: %1").arg(param("appid")));
    if (login.suite.isEmpty() &&
        (mode != QLatin1String("oauth") || login.scope == QLatin1String("snsapi_privateinfo") ||
         !param("agentid").isEmpty()))
        if (param("agentid") != agentId)
            return errorPage(40056, QStringLiteral("invalid agentid: %1").arg(param("agentid")));
    const QString loginType =
        login.suite.isEmpty() ? QStringLiteral("CorpApp") : QStringLiteral("ServiceApp");
    if (mode == QLatin1String("wwlogin") && param("login_type") != loginType)
        return errorPage(40058, QStringLiteral("login_type must be %1").arg(loginType));
    if (mode == QLatin1String("oauth") &&
        (param("response_type") != QLatin1String("code") ||
         (login.scope != QLatin1String("snsapi_base") && login.scope != QLatin1String("snsapi_privateinfo"))))
        return errorPage(
            40058, QStringLiteral("response_type must be code and scope snsapi_base or snsapi_privateinfo"));
    const QUrl redirect(login.redirectUri);
    if (!redirect.isValid() || redirect.isRelative())
        return errorPage(40058, QStringLiteral("redirect_uri is not a URL"));
    static const QRegularExpression statePattern(QStringLiteral("^[A-Za-z0-9]{0,128}$"));
    if (!statePattern.match(login.state).hasMatch())
        return errorPage(40058, QStringLiteral("state must be [A-Za-z0-9], at most 128 bytes"));

    QString autoUser;
    QString session;
    {
        QMutexLocker lock(&m_mutex);
        Fault fault;
        countLocked(QStringLiteral("authorize/") + mode);
        const bool forced = takeFault(QStringLiteral("authorize"), &fault) &&
                            fault.name == QLatin1String("untrusted_redirect");
        if (forced || !trustedHosts.contains(redirect.host()))
            return errorPage(50001,
                             QStringLiteral("redirect_uri 需使用应用可信域名 (redirect_uri not trusted: %1)")
                                 .arg(redirect.host()));
        autoUser = approveOrPark(m_pending, login, &session);
    }
    if (!autoUser.isEmpty())
        return redirectFor(login, autoUser);

    const QString title = mode == QLatin1String("oauth")
                              ? QStringLiteral("企业微信网页授权 · Sandbox (%1)").arg(login.scope)
                          : mode == QLatin1String("qrconnect") ? QStringLiteral("企业微信扫码登录 · Sandbox")
                                                               : QStringLiteral("企业微信登录 · Sandbox");
    QList<Choice> choices;
    for (const Member &member : m_members.mid(0, 4)) // a generated directory has thousands
        choices.append({member.userid, member.name, QStringLiteral("成员 member · %1").arg(member.userid)});
    choices.append({QStringLiteral("guest"), QStringLiteral("访客 Guest"),
                    QStringLiteral("非企业成员 non-member (openid)")});
    choices.append({QStringLiteral("deny"), QStringLiteral("拒绝 Deny"),
                    QStringLiteral("用户拒绝授权 the user refuses")});
    const QString subtitle =
        login.suite.isEmpty()
            ? QStringLiteral("CorpID %1 · AgentID %2").arg(corpId, agentId)
            : QStringLiteral("服务商应用 service-provider app · SuiteID %1").arg(login.suite);
    return pickerPage(title, subtitle, QStringLiteral("/sandbox/wecom/pick"), session, choices);
}

QHttpServerResponse WeComSandbox::pick(const QHttpServerRequest &request) {
    const QUrlQuery query = request.query();
    PendingLogin login;
    if (!takeParked(m_pending, query.queryItemValue(QStringLiteral("session")), &login))
        return errorPage(40029, QStringLiteral("this login page has expired; start again"));
    return redirectFor(login, query.queryItemValue(QStringLiteral("user")));
}

QHttpServerResponse WeComSandbox::redirectFor(const PendingLogin &login, const QString &user) {
    QUrl target(login.redirectUri);
    QUrlQuery query(target);
    if (user != QLatin1String("deny")) {
        const QString code = mintCode(43);
        QMutexLocker lock(&m_mutex);
        m_codes.insert(code, Code{user, login.scope, QDateTime::currentDateTimeUtc(), false, login.suite});
        query.addQueryItem(
            login.suite == providerLogin ? QStringLiteral("auth_code") : QStringLiteral("code"), code);
    }
    query.addQueryItem(QStringLiteral("state"), login.state);
    target.setQuery(query);
    return redirect(target.toEncoded());
}

QString WeComSandbox::faultPath(const QString &fault) const {
    if (fault == QLatin1String("app_closed") || fault == QLatin1String("app_invisible") ||
        fault == QLatin1String("other_trusted_domain"))
        return QStringLiteral("agent/get");
    return ProviderSandbox::faultPath(fault);
}

std::optional<QHttpServerResponse> WeComSandbox::faultResponse(const QString &apiName, QString *fault) {
    QByteArray broken;
    *fault = apiFault(apiName, &broken);
    if (!broken.isEmpty())
        return QHttpServerResponse(QByteArrayLiteral("application/json"), broken);
    if (const std::optional<QJsonObject> refusal = faultAnswer(*fault))
        return json(*refusal);
    return std::nullopt;
}

QHttpServerResponse WeComSandbox::api(const QHttpServerRequest &request, const QString &apiName) {
    QString fault;
    if (std::optional<QHttpServerResponse> instead = faultResponse(apiName, &fault))
        return std::move(*instead);
    // auth/getuserinfo with a valid code is exempt from the budget (PROVIDERS.md §1.5).
    if (apiName != QLatin1String("auth/getuserinfo")) {
        QMutexLocker lock(&m_mutex);
        if (!withinBudget(apiName))
            return QHttpServerResponse(error(45009, QStringLiteral("api freq out of limit")));
    }
    // Shapes a broken proxy or a changed platform could answer with HTTP 200.
    if (fault == QLatin1String("string_errcode"))
        return QHttpServerResponse(
            QJsonObject{{QStringLiteral("errcode"), QStringLiteral("60020")},
                        {QStringLiteral("errmsg"), QStringLiteral("not allow to access from your ip")}});
    if (fault == QLatin1String("ok_without_data"))
        return QHttpServerResponse(
            QJsonObject{{QStringLiteral("errcode"), 0}, {QStringLiteral("errmsg"), QStringLiteral("ok")}});
    // "legacy_casing": answer this call as the legacy user/getuserinfo does.
    return QHttpServerResponse(handleApi(request, apiName, fault));
}

std::optional<QJsonObject> WeComSandbox::faultAnswer(const QString &fault) {
    static const QHash<QString, QPair<int, QString>> faults = {
        {QStringLiteral("busy"), {-1, QStringLiteral("system busy")}},
        {QStringLiteral("token_invalid"), {40014, QStringLiteral("invalid access_token")}},
        {QStringLiteral("rate_limit"), {45009, QStringLiteral("reach max api daily quota limit")}},
        {QStringLiteral("ip_not_trusted"),
         {60020, QStringLiteral("not allow to access from your ip, from ip: 127.0.0.1")}},
        {QStringLiteral("redirect_not_trusted"), {50001, QStringLiteral("redirect_url not authorised")}},
        {QStringLiteral("suite_token_expired"), {42009, QStringLiteral("suite_access_token expired")}},
    };
    if (!faults.contains(fault))
        return std::nullopt;
    const auto [errcode, errmsg] = faults.value(fault);
    return error(errcode, errmsg);
}

int WeComSandbox::checkToken(const QHttpServerRequest &request) const {
    const QString token = request.query().queryItemValue(QStringLiteral("access_token"));
    if (token.isEmpty())
        return 41001;
    if (!m_tokens.contains(token))
        return 40014;
    if (m_tokens.value(token) < QDateTime::currentDateTimeUtc())
        return 42001;
    return 0;
}

QJsonObject WeComSandbox::memberJson(const Member &member) const {
    QJsonArray departments;
    for (int id : member.departments)
        departments.append(id);
    // Apps created after 2022-06-20 no longer receive mobile and email here (PROVIDERS.md §1.4):
    // they come from auth/getuserdetail with the member's consent.
    return QJsonObject{{QStringLiteral("userid"), member.userid},
                       {QStringLiteral("name"), member.name},
                       {QStringLiteral("department"), departments},
                       {QStringLiteral("main_department"), member.departments.value(0)},
                       {QStringLiteral("position"), member.position},
                       {QStringLiteral("status"), 1},
                       {QStringLiteral("open_userid"), QStringLiteral("woSbx") + member.userid}};
}

QJsonObject WeComSandbox::handleApi(const QHttpServerRequest &request, const QString &apiName,
                                    const QString &fault) {
    const QUrlQuery query = request.query();
    auto param = [&](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QMutexLocker lock(&m_mutex);

    if (apiName == QLatin1String("gettoken")) {
        if (param("corpid") != corpId)
            return error(40013, QStringLiteral("invalid corpid"));
        // The app's secret and the contacts-sync secret each have their own token.
        const bool contacts = param("corpsecret") == contactsSecret;
        if (contacts)
            witness(contactsSecret); // accepted: a credential the tests must never find written
        // A 代开发 app's secret is the permanent code its install gave (§1).
        const bool customized = m_permanentCodes.value(param("corpsecret")) == templateId &&
                                !m_cancelledCodes.contains(param("corpsecret"));
        if (param("corpsecret") != corpSecret && !contacts && !customized)
            return error(40001, QStringLiteral("invalid credential"));
        QString &current = contacts ? m_contactsToken : m_currentToken;
        // Like WeCom, answer the token still in force rather than minting one per call.
        if (current.isEmpty() || m_tokens.value(current) <= now) {
            current = mintCredential(64);
            m_tokens.insert(current, now.addSecs(m_tokenLifetime));
        }
        return ok({{QStringLiteral("access_token"), current},
                   {QStringLiteral("expires_in"), int(now.secsTo(m_tokens.value(current)))}});
    }
    if (const int tokenError = checkToken(request))
        return error(tokenError, tokenError == 42001 ? QStringLiteral("access_token expired")
                                                     : QStringLiteral("invalid access_token"));

    if (apiName == QLatin1String("agent/get")) {
        if (param("agentid") != agentId)
            return error(40056, QStringLiteral("invalid agentid"));
        const bool visible = m_agentVisible && fault != QLatin1String("app_invisible");
        QJsonObject body{
            {QStringLiteral("agentid"), agentId.toInt()},
            {QStringLiteral("name"), QStringLiteral("AuthDesk 沙盒应用")},
            {QStringLiteral("close"), m_agentClosed || fault == QLatin1String("app_closed") ? 1 : 0},
            {QStringLiteral("redirect_domain"), fault == QLatin1String("other_trusted_domain")
                                                    ? QStringLiteral("sso.other.example")
                                                    : m_redirectDomain},
            {QStringLiteral("allow_userinfos"), QJsonObject{{QStringLiteral("user"), QJsonArray()}}},
            {QStringLiteral("allow_partys"),
             QJsonObject{{QStringLiteral("partyid"), visible ? QJsonArray{1} : QJsonArray()}}},
            {QStringLiteral("allow_tags"), QJsonObject{{QStringLiteral("tagid"), QJsonArray()}}}};
        return ok(body);
    }
    if (apiName == QLatin1String("auth/getuserinfo") || apiName == QLatin1String("user/getuserinfo")) {
        const bool legacy =
            apiName == QLatin1String("user/getuserinfo") || fault == QLatin1String("legacy_casing");
        auto it = m_codes.find(param("code"));
        if (it == m_codes.end() || it->used || it->issued.secsTo(now) > codeLifetimeSeconds ||
            !it->suite.isEmpty())
            return error(40029, QStringLiteral("invalid code"));
        it->used = true;
        if (it->user == QLatin1String("guest"))
            return ok({{legacy ? QStringLiteral("OpenId") : QStringLiteral("openid"), nonMemberOpenId},
                       {QStringLiteral("external_userid"), nonMemberExternalId}});
        QJsonObject body{{legacy ? QStringLiteral("UserId") : QStringLiteral("userid"), it->user}};
        if (legacy)
            body.insert(QStringLiteral("DeviceId"), QString());
        if (it->scope == QLatin1String("snsapi_privateinfo")) {
            const QString ticket = mintCredential(48);
            m_tickets.insert(ticket, now.addSecs(ticketLifetimeSeconds));
            m_ticketUsers.insert(ticket, it->user);
            body.insert(QStringLiteral("user_ticket"), ticket);
            body.insert(QStringLiteral("expires_in"), ticketLifetimeSeconds);
        }
        return ok(body);
    }
    if (apiName == QLatin1String("user/get")) {
        for (const Member &member : std::as_const(m_members))
            if (member.userid == param("userid"))
                return ok(memberJson(member));
        return error(60111, QStringLiteral("userid not found"));
    }
    if (apiName == QLatin1String("auth/getuserdetail")) {
        const QString ticket =
            QJsonDocument::fromJson(request.body()).object().value(QLatin1String("user_ticket")).toString();
        if (!m_tickets.contains(ticket) || m_tickets.value(ticket) < now)
            return error(84014, QStringLiteral("user ticket expired"));
        for (const Member &member : std::as_const(m_members))
            if (member.userid == m_ticketUsers.value(ticket))
                return ok({{QStringLiteral("userid"), member.userid},
                           {QStringLiteral("gender"), QStringLiteral("1")},
                           {QStringLiteral("mobile"), member.mobile},
                           {QStringLiteral("email"), member.email}});
        return error(60111, QStringLiteral("userid not found"));
    }
    if (apiName == QLatin1String("department/list")) {
        QJsonArray departments;
        for (const auto &[id, name] : std::as_const(m_departments))
            departments.append(QJsonObject{{QStringLiteral("id"), id},
                                           {QStringLiteral("name"), name},
                                           {QStringLiteral("parentid"), m_parents.value(id)},
                                           {QStringLiteral("order"), 100000000 - id}});
        return ok({{QStringLiteral("department"), departments}});
    }
    if (apiName == QLatin1String("user/list")) {
        // Current docs: no recursion, the caller walks sub-departments itself.
        QJsonArray users;
        for (int index : m_membersByDepartment.value(param("department_id").toInt()))
            users.append(memberJson(m_members.at(index)));
        return ok({{QStringLiteral("userlist"), users}});
    }
    if (apiName == QLatin1String("user/list_id")) {
        // Only with the contacts-sync secret's token; userids and departments, a page at a time.
        if (request.query().queryItemValue(QStringLiteral("access_token")) != m_contactsToken)
            return error(48002, QStringLiteral("api forbidden: user/list_id needs the contacts-sync secret"));
        const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
        const int limit = qBound(1, body.value(QLatin1String("limit")).toInt(10000), 10000);
        const QString cursor = body.value(QLatin1String("cursor")).toString();
        const qsizetype start = cursor.isEmpty() ? 0 : cursor.mid(1).toLongLong(); // "c" + index
        if (!cursor.isEmpty() &&
            (!cursor.startsWith(QLatin1Char('c')) || start <= 0 || start > m_members.size()))
            return error(40058, QStringLiteral("invalid cursor"));
        QJsonArray pairs;
        const qsizetype end = qMin<qsizetype>(m_members.size(), start + limit);
        for (qsizetype index = start; index < end; ++index)
            for (int department : m_members.at(index).departments)
                pairs.append(QJsonObject{{QStringLiteral("userid"), m_members.at(index).userid},
                                         {QStringLiteral("department"), department}});
        return ok({{QStringLiteral("next_cursor"),
                    end < m_members.size() ? QStringLiteral("c%1").arg(end) : QString()},
                   {QStringLiteral("dept_user"), pairs}});
    }
    return error(48002, QStringLiteral("api forbidden"));
}

QMap<QString, QString> WeComSandbox::tenantSettings() const {
    return {{QStringLiteral("corpid"), corpId}, {QStringLiteral("agentid"), agentId}};
}

QList<ProviderSandbox::SandboxTenant> WeComSandbox::demoTenants(const QUrl &sandbox,
                                                                const QList<Tenant> &existing) const {
    // Tenant names are data (the CLI and scripts use them), so they are not translated.
    SandboxTenant demo = tenant(QStringLiteral("Demo WeCom"), sandbox);
    demo.tenant.settings.insert(QStringLiteral("scope"), QStringLiteral("snsapi_privateinfo"));
    // The service-provider apps' callback URLs keep the port they were given (the admin may have
    // pointed something at it); a new one gets a free port.
    auto callbackUrl = [&existing](const QString &name) {
        for (const Tenant &saved : existing)
            if (saved.name == name && !saved.setting(QStringLiteral("callback_url")).isEmpty())
                return saved.setting(QStringLiteral("callback_url"));
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return QStringLiteral("http://127.0.0.1:%1/wecom/suite").arg(probe.serverPort());
    };
    const QString provider = QStringLiteral("Demo WeCom provider app");
    const QString customized = QStringLiteral("Demo WeCom 代开发");
    return {demo, suiteTenant(provider, sandbox, suiteId, callbackUrl(provider)),
            suiteTenant(customized, sandbox, templateId, callbackUrl(customized))};
}

ProviderSandbox::SandboxTenant WeComSandbox::suiteTenant(const QString &name, const QUrl &sandbox,
                                                         const QString &suite,
                                                         const QString &callbackUrl) const {
    Tenant suiteApp;
    suiteApp.name = name;
    suiteApp.provider = QStringLiteral("wecom_suite");
    suiteApp.settings = {{QStringLiteral("suite_id"), suite},
                         {QStringLiteral("provider_corpid"), providerCorpId},
                         {QStringLiteral("scope"), QStringLiteral("snsapi_privateinfo")}};
    if (!callbackUrl.isEmpty())
        suiteApp.settings.insert(QStringLiteral("callback_url"), callbackUrl);
    suiteApp.redirectUri = QStringLiteral("https://app.example.com/sso/wecom_suite/callback");
    if (const Provider *provider = Provider::find(suiteApp.provider))
        for (const QString &endpoint : provider->defaultEndpoints().keys())
            suiteApp.endpoints.insert(endpoint, sandbox.toString(QUrl::StripTrailingSlash));
    return {suiteApp,
            suiteSecret,
            {{QStringLiteral("callback_token"), callbackToken},
             {QStringLiteral("encoding_aes_key"), encodingAesKey},
             {QStringLiteral("provider_secret"), providerSecret}}};
}
