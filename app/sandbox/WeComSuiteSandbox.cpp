// The service-provider side of the WeCom sandbox (PROVIDERS-wecom-suite.md §8.7): each suite's
// events pushed to a callback URL, get_suite_token, the install chain, and the suite's sign-ins.
#include "WeComSandbox.h"

#include "crypto/RandomToken.h"
#include "crypto/WeComCallbackCrypto.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

const QString WeComSandbox::providerCorpId = QStringLiteral("wwsbxprovider0000001");
const QString WeComSandbox::suiteId = QStringLiteral("wwsbxsuite0000000001");
const QString WeComSandbox::templateId = QStringLiteral("dksbxtemplate0000001");
const QString WeComSandbox::suiteSecret = QStringLiteral("SandboxSuiteSecret-7Gq2mVx9");
const QString WeComSandbox::providerSecret = QStringLiteral("SandboxProviderSecret-Kd83hQ2z");
const QString WeComSandbox::callbackToken = QStringLiteral("SbxCallbackToken");
const QString WeComSandbox::encodingAesKey = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789SBXSUIT");

namespace {
constexpr int acceptedTickets = 3; // the newest and the two before it (§1: two missed pushes)
constexpr int preAuthCodeSeconds = 1200;
constexpr int authCodeSeconds = 600;
const QString corpName = QStringLiteral("沙盒科技");

// The app of a suite in the sandbox's corp as get_permanent_code v1 and get_auth_info show it.
QJsonObject authInfo(bool customized) {
    return {{QStringLiteral("agent"),
             QJsonArray{QJsonObject{{QStringLiteral("agentid"), WeComSandbox::agentId.toInt()},
                                    {QStringLiteral("name"), customized ? QStringLiteral("沙盒代开发应用")
                                                                        : QStringLiteral("沙盒应用")},
                                    {QStringLiteral("auth_mode"), 0},
                                    {QStringLiteral("is_customized_app"), customized},
                                    {QStringLiteral("privilege"),
                                     QJsonObject{{QStringLiteral("level"), 1},
                                                 {QStringLiteral("allow_party"), QJsonArray{1}}}}}}}};
}

QJsonObject ok(QJsonObject body) {
    body.insert(QStringLiteral("errcode"), 0);
    body.insert(QStringLiteral("errmsg"), QStringLiteral("ok"));
    return body;
}

// POSTs `body` to `url` on the sandbox thread, as WeCom's servers call a callback URL; the HTTP
// status (0 when nobody answered) and the body of the answer.
QPair<int, QByteArray> postTo(const QUrl &url, const QByteArray &body) {
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port(80)));
    if (!socket.waitForConnected(5000))
        return {0, {}};
    socket.write("POST " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                 " HTTP/1.1\r\nHost: " + url.authority().toUtf8() +
                 "\r\nContent-Type: text/xml\r\nContent-Length: " + QByteArray::number(body.size()) +
                 "\r\nConnection: close\r\n\r\n" + body);
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    const int headEnd = answer.indexOf("\r\n\r\n");
    const QList<QByteArray> statusLine = answer.left(answer.indexOf("\r\n")).split(' ');
    return {statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0,
            headEnd < 0 ? QByteArray() : answer.mid(headEnd + 4)};
}
} // namespace

void WeComSandbox::demoTenantsReady(const QList<Tenant> &tenants) {
    QList<QPair<QString, QUrl>> targets;
    for (const Tenant &demo : tenants)
        if (demo.provider == QLatin1String("wecom_suite") &&
            !demo.setting(QStringLiteral("callback_url")).isEmpty())
            targets.append({demo.setting(QStringLiteral("suite_id")),
                            QUrl(demo.setting(QStringLiteral("callback_url")))});
    QMutexLocker lock(&m_mutex);
    m_pushTargets = targets;
    if (QTimer *timer = m_pushTimer)
        QMetaObject::invokeMethod(timer, [timer] { timer->start(1000); });
}

void WeComSandbox::act(const QString &action) {
    if (QTimer *timer = m_pushTimer; timer && action == QLatin1String("push_suite_tickets"))
        QMetaObject::invokeMethod(timer, [timer] { timer->start(0); });
}

void WeComSandbox::pushTicketsNow() {
    QList<QPair<QString, QUrl>> targets;
    {
        QMutexLocker lock(&m_mutex);
        targets = m_pushTargets;
    }
    bool answered = true;
    for (const auto &[suite, url] : targets) {
        pushSuiteEvent(suite, url, QStringLiteral("suite_ticket"));
        answered = answered && lastPushAnswer() == qMakePair(200, QByteArrayLiteral("success"));
    }
    // WeCom's interval, jittered as observed (7–14 minutes, §8.1), or a retry soon.
    const int next = answered ? QRandomGenerator::global()->bounded(7 * 60000, 14 * 60000) : 10000;
    m_pushTimer->start(next);
}

void WeComSandbox::addSuiteRoutes(QHttpServer &server) {
    if (!m_pushTimer) { // the plain server's; the TLS server shares it
        auto *timer = new QTimer(&server);
        timer->setSingleShot(true);
        QObject::connect(timer, &QTimer::timeout, timer, [this] { pushTicketsNow(); });
        m_pushTimer = timer;
    }
    server.route(QStringLiteral("/cgi-bin/service/get_suite_token"),
                 [this](const QHttpServerRequest &r) { return suiteToken(r); });
    server.route(QStringLiteral("/cgi-bin/service/get_provider_token"),
                 [this](const QHttpServerRequest &r) { return providerToken(r); });
    for (const char *name :
         {"service/get_login_info", "service/corpid_to_opencorpid", "batch/userid_to_openuserid"}) {
        const QString apiName = QLatin1String(name);
        server.route(QStringLiteral("/cgi-bin/") + apiName, [this, apiName](const QHttpServerRequest &r) {
            QString fault;
            if (std::optional<QHttpServerResponse> instead = faultResponse(apiName, &fault))
                return std::move(*instead);
            QMutexLocker lock(&m_mutex);
            return json(providerApi(r, apiName));
        });
    }
    server.route(QStringLiteral("/3rdapp/install"),
                 [this](const QHttpServerRequest &r) { return installPage(r); });
    for (const char *name :
         {"get_pre_auth_code", "set_session_info", "get_permanent_code", "v2/get_permanent_code",
          "get_corp_token", "get_auth_info", "auth/getuserinfo3rd", "auth/getuserdetail3rd"}) {
        const QString apiName = QLatin1String(name);
        server.route(
            QStringLiteral("/cgi-bin/service/") + apiName, [this, apiName](const QHttpServerRequest &r) {
                QByteArray broken;
                const QString fault = apiFault(QStringLiteral("service/") + apiName, &broken);
                if (!broken.isEmpty())
                    return QHttpServerResponse(QByteArrayLiteral("application/json"), broken);
                QMutexLocker lock(&m_mutex); // the call was counted by apiFault
                const QString token = r.query().queryItemValue(QStringLiteral("suite_access_token"));
                if (!m_suiteTokens.contains(token))
                    return json(errorAnswer(
                        40082, QStringLiteral("invalid suite_acccess_token or provider_access_token")));
                if (fault == QLatin1String("suite_token_expired"))
                    m_suiteTokens.remove(token); // expired early: from now on the token is refused
                if (const std::optional<QJsonObject> refusal = faultAnswer(fault))
                    return json(*refusal);
                return json(suiteApi(r, apiName, m_suiteTokens.value(token), fault));
            });
    }
}

QJsonObject WeComSandbox::suiteApi(const QHttpServerRequest &request, const QString &apiName,
                                   const QString &suite, const QString &fault) {
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    auto field = [&](const char *name) { return body.value(QLatin1String(name)).toString(); };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (apiName == QLatin1String("get_pre_auth_code")) {
        const QString code = mintCredential(48);
        m_preAuthCodes.insert(code, SuiteCode{suite, now});
        return ok(
            {{QStringLiteral("pre_auth_code"), code}, {QStringLiteral("expires_in"), preAuthCodeSeconds}});
    }
    if (apiName == QLatin1String("set_session_info")) {
        auto code = m_preAuthCodes.find(field("pre_auth_code"));
        if (code == m_preAuthCodes.end() || code->suite != suite)
            return errorAnswer(40077, QStringLiteral("invalid pre_auth_code"));
        code->authType =
            body.value(QLatin1String("session_info")).toObject().value(QLatin1String("auth_type")).toInt();
        return ok({});
    }
    if (apiName == QLatin1String("auth/getuserinfo3rd")) {
        const QUrlQuery query = request.query();
        auto it = m_codes.find(query.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded));
        if (it == m_codes.end() || it->used || it->suite != suite || it->issued.secsTo(now) > 300)
            return errorAnswer(40029, QStringLiteral("invalid code"));
        it->used = true;
        // The legacy getuserinfo3rd answered in PascalCase (§3.10, pitfall 7).
        const bool legacy = fault == QLatin1String("legacy_casing");
        auto name = [legacy](const char *lower, const char *pascal) {
            return QString::fromLatin1(legacy ? pascal : lower);
        };
        if (it->user == QLatin1String("guest"))
            return ok(
                {{name("openid", "OpenId"), providerCipher(QStringLiteral("oS"), QStringLiteral("guest"))}});
        // This provider's ciphertext of the corp and the member (§4), and its open_userid.
        QJsonObject answer{{name("corpid", "CorpId"), providerCipher(QStringLiteral("wp"), corpId)},
                           {name("userid", "UserId"), providerCipher(QStringLiteral("wo"), it->user)}};
        if (!legacy) // open_userid came after the legacy API
            answer.insert(QStringLiteral("open_userid"), providerCipher(QStringLiteral("woOpen"), it->user));
        if (it->scope == QLatin1String("snsapi_privateinfo")) {
            const QString ticket = mintCredential(48);
            m_tickets.insert(ticket, now.addSecs(7200));
            m_ticketUsers.insert(ticket, it->user);
            answer.insert(QStringLiteral("user_ticket"), ticket);
            answer.insert(QStringLiteral("expires_in"), 7200);
        }
        return ok(answer);
    }
    if (apiName == QLatin1String("auth/getuserdetail3rd")) {
        const QString ticket = field("user_ticket");
        if (!m_tickets.contains(ticket) || m_tickets.value(ticket) <= now)
            return errorAnswer(84015, QStringLiteral("invalid user_ticket"));
        const QString user = m_ticketUsers.value(ticket);
        const QString userId = providerCipher(QStringLiteral("wo"), user);
        // Since 2020-06-30 a third-party app gets the userid as the name (§3.10).
        return ok(
            {{QStringLiteral("corpid"), providerCipher(QStringLiteral("wp"), corpId)},
             {QStringLiteral("userid"), userId},
             {QStringLiteral("name"), userId},
             {QStringLiteral("gender"), QStringLiteral("1")},
             {QStringLiteral("avatar"), QStringLiteral("https://wework.qpic.cn/sandbox/%1/0").arg(user)}});
    }
    const QString permanentCode = field("permanent_code");
    if (apiName == QLatin1String("get_corp_token") || apiName == QLatin1String("get_auth_info")) {
        if (m_cancelledCodes.contains(permanentCode))
            return errorAnswer(48004,
                               QStringLiteral("api forbidden for the corp has cancelled the authorization"));
        if (field("auth_corpid") != authCorpId(suite) || m_permanentCodes.value(permanentCode) != suite)
            return errorAnswer(40084, QStringLiteral("invalid permanent_code"));
    }
    if (apiName == QLatin1String("get_auth_info"))
        return ok(
            {{QStringLiteral("auth_corp_info"), QJsonObject{{QStringLiteral("corpid"), authCorpId(suite)},
                                                            {QStringLiteral("corp_name"), corpName}}},
             {QStringLiteral("auth_info"), authInfo(suite == templateId)}});
    if (apiName == QLatin1String("get_corp_token")) {
        if (suite == templateId) // 代开发: the permanent code is a gettoken secret instead
            return errorAnswer(40084, QStringLiteral("invalid permanent_code"));
        const QString token = mintCredential(64);
        m_corpTokens.insert(token, suite);
        return {{QStringLiteral("access_token"), token}, {QStringLiteral("expires_in"), 7200}}; // no errcode
    }
    // get_permanent_code, v1 or v2 (§3.5): the auth_code of an install, once, within 10 minutes.
    const QString authCode = field("auth_code");
    if (authCode.size() < 64)
        return errorAnswer(40058, QStringLiteral("auth_code exceed min length 64"));
    auto code = m_authCodes.find(authCode);
    if (code == m_authCodes.end() || code->used || code->suite != suite ||
        code->issued.secsTo(now) > authCodeSeconds)
        return errorAnswer(40078, QStringLiteral("invalid auth_code"));
    code->used = true;
    const bool customized = suite == templateId;
    const QString newCode = mintCredential(64);
    m_permanentCodes.insert(newCode, suite);
    QJsonObject answer{
        {QStringLiteral("permanent_code"), newCode},
        {QStringLiteral("auth_corp_info"),
         QJsonObject{{QStringLiteral("corpid"), authCorpId(suite)}, {QStringLiteral("corp_name"), corpName}}},
        {QStringLiteral("auth_user_info"),
         QJsonObject{{QStringLiteral("userid"),
                      customized ? QStringLiteral("zhangsan")
                                 : providerCipher(QStringLiteral("wo"), QStringLiteral("zhangsan"))},
                     {QStringLiteral("open_userid"),
                      providerCipher(QStringLiteral("woOpen"), QStringLiteral("zhangsan"))},
                     {QStringLiteral("name"), QStringLiteral("张三")}}}};
    if (apiName == QLatin1String("v2/get_permanent_code"))
        return ok(answer);
    answer.insert(QStringLiteral("auth_info"), authInfo(customized));
    if (!customized) { // 代开发: no corp token here, the app gets one with gettoken (§1)
        const QString token = mintCredential(64);
        m_corpTokens.insert(token, suite);
        answer.insert(QStringLiteral("access_token"), token);
        answer.insert(QStringLiteral("expires_in"), 7200);
    }
    return ok(answer);
}

QHttpServerResponse WeComSandbox::providerToken(const QHttpServerRequest &request) {
    QMutexLocker lock(&m_mutex);
    countLocked(QStringLiteral("service/get_provider_token"));
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    if (request.method() != QHttpServerRequest::Method::Post ||
        body.value(QLatin1String("corpid")).toString() != providerCorpId)
        return json(errorAnswer(40013, QStringLiteral("invalid corpid")));
    if (body.value(QLatin1String("provider_secret")).toString() != providerSecret)
        return json(errorAnswer(40001, QStringLiteral("invalid provider_secret")));
    witness(providerSecret); // accepted: a credential the tests must never find written
    const QString token = mintCredential(64);
    m_providerTokens.insert(token);
    // Success carries no errcode (§6.8).
    return json({{QStringLiteral("provider_access_token"), token}, {QStringLiteral("expires_in"), 7200}});
}

QJsonObject WeComSandbox::providerApi(const QHttpServerRequest &request, const QString &apiName) {
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const QUrlQuery query = request.query();
    if (apiName == QLatin1String("batch/userid_to_openuserid")) { // with a corp token (§4)
        if (!m_corpTokens.contains(query.queryItemValue(QStringLiteral("access_token"))))
            return errorAnswer(40014, QStringLiteral("invalid access_token"));
        QJsonArray converted, invalid;
        for (const QJsonValue &userId : body.value(QLatin1String("userid_list")).toArray()) {
            const bool member = std::any_of(m_members.cbegin(), m_members.cend(),
                                            [&](const Member &m) { return m.userid == userId.toString(); });
            if (member)
                converted.append(QJsonObject{{QStringLiteral("userid"), userId},
                                             {QStringLiteral("open_userid"),
                                              providerCipher(QStringLiteral("woOpen"), userId.toString())}});
            else
                invalid.append(userId);
        }
        return {{QStringLiteral("errcode"), 0},
                {QStringLiteral("errmsg"), QString()},
                {QStringLiteral("open_userid_list"), converted},
                {QStringLiteral("invalid_userid_list"), invalid}};
    }
    // The provider's token, which get_login_info wants as access_token (§6.3); a suite's is refused.
    const QString token = query.queryItemValue(apiName == QLatin1String("service/get_login_info")
                                                   ? QStringLiteral("access_token")
                                                   : QStringLiteral("provider_access_token"));
    if (!m_providerTokens.contains(token))
        return errorAnswer(40082, QStringLiteral("invalid suite_acccess_token or provider_access_token"));
    if (apiName == QLatin1String("service/corpid_to_opencorpid")) {
        if (body.value(QLatin1String("corpid")).toString() != corpId) // authorized corps only
            return errorAnswer(40013, QStringLiteral("invalid corpid"));
        return ok({{QStringLiteral("open_corpid"), authCorpId(suiteId)}});
    }
    // get_login_info: an auth_code of the provider's own login, once.
    auto it = m_codes.find(body.value(QLatin1String("auth_code")).toString());
    if (it == m_codes.end() || it->used || it->suite != providerLogin ||
        it->issued.secsTo(QDateTime::currentDateTimeUtc()) > 300)
        return errorAnswer(40078, QStringLiteral("invalid auth_code"));
    it->used = true;
    const auto member = std::find_if(m_members.cbegin(), m_members.cend(),
                                     [&](const Member &m) { return m.userid == it->user; });
    return ok(
        {{QStringLiteral("usertype"), it->user == QLatin1String("zhangsan") ? 1 : 5},
         {QStringLiteral("user_info"),
          QJsonObject{{QStringLiteral("userid"), providerCipher(QStringLiteral("wo"), it->user)},
                      {QStringLiteral("open_userid"), providerCipher(QStringLiteral("woOpen"), it->user)},
                      {QStringLiteral("name"), member != m_members.cend() ? member->name : it->user}}},
         {QStringLiteral("corp_info"), QJsonObject{{QStringLiteral("corpid"), authCorpId(suiteId)}}},
         {QStringLiteral("agent"), QJsonArray{QJsonObject{{QStringLiteral("agentid"), agentId.toInt()},
                                                          {QStringLiteral("auth_type"), 1}}}}});
}

QHttpServerResponse WeComSandbox::installPage(const QHttpServerRequest &request) {
    const QUrlQuery query = request.query();
    auto param = [&](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    QMutexLocker lock(&m_mutex);
    countLocked(QStringLiteral("3rdapp/install"));
    const auto preAuth = m_preAuthCodes.constFind(param("pre_auth_code"));
    if (preAuth == m_preAuthCodes.constEnd() || preAuth->suite != param("suite_id") ||
        preAuth->issued.secsTo(QDateTime::currentDateTimeUtc()) > preAuthCodeSeconds)
        return html(QStringLiteral("<!doctype html><title>WeCom sandbox error 42007</title>"
                                   "<p id=error>pre_auth_code is invalid or expired</p>"),
                    400);
    // The corp's admin installs at once (the sandbox's corp, 张三 as its admin).
    const QString authCode = mintCredential(64);
    m_authCodes.insert(authCode, SuiteCode{preAuth->suite, QDateTime::currentDateTimeUtc()});
    QUrl target(param("redirect_uri"));
    QUrlQuery back(target);
    back.addQueryItem(QStringLiteral("auth_code"), authCode);
    back.addQueryItem(QStringLiteral("expires_in"), QString::number(authCodeSeconds));
    back.addQueryItem(QStringLiteral("state"), param("state"));
    target.setQuery(back);
    return redirect(target.toEncoded());
}

QPair<int, QByteArray> WeComSandbox::lastPushAnswer() const {
    QMutexLocker lock(&m_mutex);
    return m_lastPushAnswer;
}

QString WeComSandbox::authCorpId(const QString &suite) {
    // A third-party app knows the corp by this provider's ciphertext; a 代开发 app's gettoken takes
    // the corp's own id (§4), so the sandbox gives the template that.
    return suite == templateId ? corpId : providerCipher(QStringLiteral("wp"), corpId);
}

QString WeComSandbox::providerCipher(const QString &prefix, const QString &plain) {
    const QByteArray digest = QCryptographicHash::hash((providerCorpId + QLatin1Char(':') + plain).toUtf8(),
                                                       QCryptographicHash::Sha256);
    return prefix + QString::fromLatin1(
                        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
                        .left(30 - int(prefix.size()));
}

void WeComSandbox::pushSuiteEvent(const QString &suite, const QUrl &url, const QString &infoType) {
    const QString timestamp = QString::number(QDateTime::currentSecsSinceEpoch());
    QString fields; // what the event says besides SuiteId, InfoType and TimeStamp (§2)
    {
        QMutexLocker lock(&m_mutex);
        if (infoType == QLatin1String("suite_ticket")) {
            const QString ticket = mintCredential(64);
            QStringList &tickets = m_suiteTickets[suite];
            tickets << ticket;
            while (tickets.size() > acceptedTickets)
                tickets.removeFirst();
            fields = QStringLiteral("<SuiteTicket><![CDATA[%1]]></SuiteTicket>").arg(ticket);
        } else if (infoType == QLatin1String("create_auth") ||
                   infoType == QLatin1String("reset_permanent_code")) {
            const QString authCode = mintCredential(64);
            m_authCodes.insert(authCode, SuiteCode{suite, QDateTime::currentDateTimeUtc()});
            fields = QStringLiteral("<AuthCode><![CDATA[%1]]></AuthCode>").arg(authCode);
        } else {
            fields = QStringLiteral("<AuthCorpId><![CDATA[%1]]></AuthCorpId>").arg(authCorpId(suite));
        }
        // A reset voids the old secret; a cancel, the whole authorization.
        if (infoType == QLatin1String("reset_permanent_code") || infoType == QLatin1String("cancel_auth"))
            for (auto it = m_permanentCodes.cbegin(); it != m_permanentCodes.cend(); ++it)
                if (it.value() == suite)
                    m_cancelledCodes.insert(it.key());
    }
    const QByteArray message = QStringLiteral("<xml><SuiteId><![CDATA[%1]]></SuiteId><InfoType><![CDATA[%2]]>"
                                              "</InfoType><TimeStamp>%3</TimeStamp>%4</xml>")
                                   .arg(suite, infoType, timestamp, fields)
                                   .toUtf8();
    // 指令回调: the receiveid is the suite id (§2).
    const QString encrypted =
        WeComCallbackCrypto::encrypt(WeComCallbackCrypto::aesKey(encodingAesKey).value(), message, suite,
                                     randomAlphanumeric(16).toLatin1());
    const QString nonce = randomAlphanumeric(10);
    QUrl target = url;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("msg_signature"),
                       WeComCallbackCrypto::signature(callbackToken, timestamp, nonce, encrypted));
    query.addQueryItem(QStringLiteral("timestamp"), timestamp);
    query.addQueryItem(QStringLiteral("nonce"), nonce);
    target.setQuery(query);
    const QByteArray body =
        QStringLiteral("<xml><ToUserName><![CDATA[%1]]></ToUserName><Encrypt><![CDATA[%2]]>"
                       "</Encrypt><AgentID><![CDATA[]]></AgentID></xml>")
            .arg(suite, encrypted)
            .toUtf8();
    const QPair<int, QByteArray> answer = postTo(target, body);
    QMutexLocker lock(&m_mutex);
    countLocked(QStringLiteral("suite_event/") + infoType);
    m_lastPushAnswer = answer;
}

QHttpServerResponse WeComSandbox::suiteToken(const QHttpServerRequest &request) {
    QMutexLocker lock(&m_mutex);
    countLocked(QStringLiteral("service/get_suite_token"));
    // A GET's body is ignored: the suite id is missing, whatever the query says (§3.1, C4).
    if (request.method() != QHttpServerRequest::Method::Post)
        return json(errorAnswer(40083, QStringLiteral(" invalid SuiteId ")));
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    auto field = [&](const char *name) { return body.value(QLatin1String(name)).toString(); };
    const QString suite = field("suite_id");
    if (suite != suiteId && suite != templateId)
        return json(errorAnswer(40083, QStringLiteral("invalid suite_id")));
    if (field("suite_secret") != suiteSecret)
        return json(errorAnswer(40080, QStringLiteral("invalid suite_secret")));
    // Only this suite's tickets, and only the newest few (another suite's ticket: 40085, §6.5).
    if (!m_suiteTickets.value(suite).contains(field("suite_ticket")))
        return json(errorAnswer(40085, QStringLiteral("invalid suite ticket")));
    // The token in force while it is valid, as WeCom answers (§8.7); a new one once it expired or
    // was dropped early.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString token = m_suiteTokenInForce.value(suite);
    if (!m_suiteTokens.contains(token) || m_suiteTokenExpiry.value(suite) <= now) {
        token = mintCredential(64);
        m_suiteTokens.insert(token, suite);
        m_suiteTokenInForce.insert(suite, token);
        m_suiteTokenExpiry.insert(suite, now.addSecs(7200));
    }
    // Success carries no errcode (§6.8).
    return json({{QStringLiteral("suite_access_token"), token},
                 {QStringLiteral("expires_in"), int(now.secsTo(m_suiteTokenExpiry.value(suite)))}});
}
