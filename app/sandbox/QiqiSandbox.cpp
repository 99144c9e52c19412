#include "QiqiSandbox.h"

#include "crypto/RandomToken.h"
#include "crypto/SigV4.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

const QString QiqiSandbox::accessKeyId = QStringLiteral("AKSBX77HUB00000001");
const QString QiqiSandbox::secretAccessKey = QStringLiteral("SbxQiqiSecret/K7MDENG+bPxRfiCYSANDBOX");
const QString QiqiSandbox::region = QStringLiteral("cn-northwest-1");
const QString QiqiSandbox::service = QStringLiteral("execute-api");

namespace {
constexpr int codeLifetimeSeconds = 24 * 3600;
constexpr int allowedClockSkewSeconds = 15 * 60;
const QString enterprise = QStringLiteral("sbx-enterprise-0001");
const QList<QPair<QString, QString>> users = {{QStringLiteral("u1001"), QStringLiteral("孙八")},
                                              {QStringLiteral("u1002"), QStringLiteral("周九")}};

QHttpServerResponse jsonError(int status, const QString &message) {
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("code"), status}, {QStringLiteral("message"), message}},
        QHttpServerResponse::StatusCode(status));
}

// GET url on the sandbox thread, as 77hub's server would; returns the HTTP status or 0.
int callBack(const QUrl &url) {
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port(80)));
    if (!socket.waitForConnected(5000))
        return 0;
    socket.write("GET " + url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) +
                 " HTTP/1.1\r\nHost: " + url.authority().toUtf8() + "\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(5000))
        answer += socket.readAll();
    const QList<QByteArray> statusLine = answer.left(answer.indexOf("\r\n")).split(' ');
    return statusLine.size() >= 2 ? statusLine.at(1).toInt() : 0;
}
} // namespace

QString QiqiSandbox::openidFor(const QString &user) {
    return QString::fromLatin1(
        QCryptographicHash::hash((enterprise + QLatin1Char('/') + user).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(24));
}

void QiqiSandbox::configure(const QJsonObject &command) {
    if (!command.contains(QLatin1String("callback_url")))
        return;
    QMutexLocker lock(&m_mutex);
    m_callbackUrl = command.value(QLatin1String("callback_url")).toString();
}

void QiqiSandbox::addRoutes(QHttpServer &server) {
    server.route(QStringLiteral("/auth/openid"),
                 [this](const QHttpServerRequest &r) { return consentPage(r); });
    server.route(QStringLiteral("/sandbox/qiqi/pick"),
                 [this](const QHttpServerRequest &r) { return pick(r); });
    server.route(QStringLiteral("/v1/code"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &r) { return exchangeCode(r); });
}

QHttpServerResponse QiqiSandbox::consentPage(const QHttpServerRequest &request) {
    const QUrlQuery query = request.query();
    auto param = [&](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    PendingLogin login{param("requestId"), param("grantType"), param("redirectUrl")};
    if (login.grantType.isEmpty())
        login.grantType = QStringLiteral("normal"); // 77hub's default
    static const QRegularExpression requestIdPattern(QStringLiteral("^[A-Za-z0-9]{1,64}$"));
    if (!requestIdPattern.match(login.requestId).hasMatch())
        return html(
            QStringLiteral("<title>企企授权失败</title><p id=error>requestId 必须是 1–64 位字母或数字</p>"),
            400);
    if (param("accessKeyId") != accessKeyId)
        return html(QStringLiteral("<title>企企授权失败</title><p id=error>accessKeyId 无效</p>"), 400);
    if (login.grantType != QLatin1String("normal") && login.grantType != QLatin1String("code"))
        return html(
            QStringLiteral("<title>企企授权失败</title><p id=error>grantType 必须是 normal 或 code</p>"),
            400);

    QString autoUser, session;
    {
        QMutexLocker lock(&m_mutex);
        countLocked(QStringLiteral("authorize"));
        autoUser = approveOrPark(m_pending, login, &session);
    }
    if (!autoUser.isEmpty())
        return complete(login, autoUser);
    QList<Choice> choices;
    for (const auto &user : users)
        choices.append(
            {user.first, user.second, QStringLiteral("%1 · 授权“AuthDesk 沙盒应用”").arg(user.first)});
    choices.append(
        {QStringLiteral("deny"), QStringLiteral("拒绝 Deny"), QStringLiteral("不授权 the user refuses")});
    return pickerPage(QStringLiteral("企企 OpenAPI 授权 · Sandbox"),
                      QStringLiteral("accessKeyId %1 · grantType %2").arg(accessKeyId, login.grantType),
                      QStringLiteral("/sandbox/qiqi/pick"), session, choices);
}

QHttpServerResponse QiqiSandbox::pick(const QHttpServerRequest &request) {
    PendingLogin login;
    if (!takeParked(m_pending, request.query().queryItemValue(QStringLiteral("session")), &login))
        return html(QStringLiteral("<title>企企授权失败</title><p id=error>授权页已失效,请重新打开</p>"),
                    400);
    return complete(login, request.query().queryItemValue(QStringLiteral("user")));
}

QHttpServerResponse QiqiSandbox::complete(const PendingLogin &login, const QString &user) {
    QUrl target(login.redirectUrl);
    QUrlQuery query(target);
    if (user == QLatin1String("deny")) {
        // [decision] 77hub's docs do not describe a refusal; the sandbox sends the browser back
        // with error=access_denied and the requestId.
        query.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
        query.addQueryItem(QStringLiteral("requestId"), login.requestId);
    } else if (login.grantType == QLatin1String("code")) {
        const QString code = mintCode(32).toLower();
        QMutexLocker lock(&m_mutex);
        m_codes.insert(code, Code{user, login.requestId, QDateTime::currentDateTimeUtc(), false});
        query.addQueryItem(QStringLiteral("code"), code);
        query.addQueryItem(QStringLiteral("requestId"), login.requestId);
    } else {
        QString callbackUrl;
        {
            QMutexLocker lock(&m_mutex);
            callbackUrl = m_callbackUrl;
        }
        if (callbackUrl.isEmpty())
            return html(QStringLiteral("<title>企企授权失败</title><p id=error>该应用未配置 callbackUrl "
                                       "(the 企企 admin sets it)</p>"),
                        400);
        QUrl callback(callbackUrl);
        QUrlQuery callbackQuery(callback);
        callbackQuery.addQueryItem(QStringLiteral("openid"), openidFor(user));
        callbackQuery.addQueryItem(QStringLiteral("requestId"), login.requestId);
        callback.setQuery(callbackQuery);
        const int status = callBack(callback);
        if (status != 200)
            return html(
                QStringLiteral("<title>企企授权失败</title><p id=error>回调 callbackUrl 失败 (HTTP %1)</p>")
                    .arg(status),
                502);
        // Then the browser goes to redirectUrl as it is.
    }
    target.setQuery(query);
    return redirect(target.toEncoded());
}

QString QiqiSandbox::verifySignature(const QHttpServerRequest &request, const QDateTime &now) const {
    QByteArray authorization, amzDate;
    HeaderList received;
    for (const auto &header : request.headers()) {
        received.append(header);
        if (header.first.compare("Authorization", Qt::CaseInsensitive) == 0)
            authorization = header.second;
        if (header.first.compare("X-Amz-Date", Qt::CaseInsensitive) == 0)
            amzDate = header.second;
    }
    static const QRegularExpression pattern(
        QStringLiteral("^AWS4-HMAC-SHA256 Credential=([^/]+)/(\\d{8})/([^/]+)/([^/]+)/aws4_request, "
                       "SignedHeaders=([a-z0-9;-]+), "
                       "Signature=([0-9a-f]{64})$"));
    const QRegularExpressionMatch m = pattern.match(QString::fromLatin1(authorization));
    if (!m.hasMatch())
        return QStringLiteral("missing or malformed Authorization header");
    if (m.captured(1) != accessKeyId)
        return QStringLiteral("unknown accessKeyId %1").arg(m.captured(1));
    const QDateTime signedAt =
        QDateTime::fromString(QString::fromLatin1(amzDate), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!signedAt.isValid())
        return QStringLiteral("missing or malformed X-Amz-Date");
    QDateTime signedUtc = signedAt;
    signedUtc.setTimeSpec(Qt::UTC);
    if (qAbs(signedUtc.secsTo(now)) > allowedClockSkewSeconds)
        return QStringLiteral("X-Amz-Date %1 is more than 15 minutes from the server's time %2")
            .arg(QString::fromLatin1(amzDate), SigV4::amzDate(now));
    if (m.captured(2) != QString::fromLatin1(amzDate.left(8)) || m.captured(3) != region ||
        m.captured(4) != service)
        return QStringLiteral("credential scope must be %1/%2/%3")
            .arg(QString::fromLatin1(amzDate.left(8)), region, service);
    const QStringList signedNames = m.captured(5).split(QLatin1Char(';'));
    for (const char *required : {"content-type", "host", "x-amz-date", "access-key-id"})
        if (!signedNames.contains(QLatin1String(required)))
            return QStringLiteral("the signature must cover %1").arg(QLatin1String(required));
    // Recompute from what actually arrived: the headers the client says it signed, the path and
    // query as received, and the body as received.
    HeaderList toSign;
    for (const auto &header : std::as_const(received))
        if (signedNames.contains(QString::fromLatin1(header.first).toLower()))
            toSign.append(header);
    const SigV4::Signature expected =
        SigV4::sign({QByteArrayLiteral("POST"), request.url(), toSign, request.body()},
                    {accessKeyId, secretAccessKey, region, service}, QString::fromLatin1(amzDate));
    if (expected.signature != m.captured(6))
        return QStringLiteral("signature mismatch: the secretAccessKey is wrong or the request was altered");
    return {};
}

QHttpServerResponse QiqiSandbox::exchangeCode(const QHttpServerRequest &request) {
    QByteArray broken;
    const QString fault = apiFault(QStringLiteral("v1/code"), &broken);
    if (!broken.isEmpty())
        return QHttpServerResponse(QByteArrayLiteral("application/json"), broken);
    QDateTime now = QDateTime::currentDateTimeUtc();
    if (fault == QLatin1String("clock_skew"))
        now = now.addSecs(16 * 60);
    if (fault == QLatin1String("string_code")) // an error code that is not a number, with HTTP 200
        return QHttpServerResponse(QJsonObject{{QStringLiteral("code"), QStringLiteral("E1001")},
                                               {QStringLiteral("message"), QStringLiteral("code expired")},
                                               {QStringLiteral("openid"), QStringLiteral("o-123")}});
    if (const QString problem = verifySignature(request, now); !problem.isEmpty())
        return jsonError(403, QStringLiteral("signature rejected: ") + problem);
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    QMutexLocker lock(&m_mutex);
    auto code = m_codes.find(body.value(QLatin1String("code")).toString());
    if (code == m_codes.end() || code->used || code->issued.secsTo(now) > codeLifetimeSeconds)
        return jsonError(400, QStringLiteral("code 无效或已使用 (invalid or used code)"));
    if (code->requestId != body.value(QLatin1String("requestId")).toString())
        return jsonError(400, QStringLiteral("requestId 与 code 不匹配"));
    code->used = true;
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("code"), 0},
        {QStringLiteral("message"), QStringLiteral("success")},
        {QStringLiteral("data"), QJsonObject{{QStringLiteral("openid"), openidFor(code->user)}}}});
}

namespace {
const QString normalDemoName = QStringLiteral("Demo Qiqi (normal)");
} // namespace

QMap<QString, QString> QiqiSandbox::tenantSettings() const {
    return {{QStringLiteral("access_key_id"), accessKeyId}};
}

QList<ProviderSandbox::SandboxTenant> QiqiSandbox::demoTenants(const QUrl &sandbox,
                                                               const QList<Tenant> &existing) const {
    // A callback address that stays the same across starts, as a real callbackUrl would.
    QString callback;
    for (const Tenant &demo : existing)
        if (demo.name == normalDemoName &&
            !demo.setting(QStringLiteral("callback_listen")).endsWith(QLatin1String(":0")))
            callback = demo.setting(QStringLiteral("callback_listen"));
    if (callback.isEmpty()) {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        callback = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
    }
    SandboxTenant normal = tenant(normalDemoName, sandbox);
    normal.tenant.settings.insert(QStringLiteral("grant_type"), QStringLiteral("normal"));
    normal.tenant.settings.insert(QStringLiteral("callback_listen"), callback);
    return {tenant(QStringLiteral("Demo Qiqi (code)"), sandbox), normal};
}

void QiqiSandbox::demoTenantsReady(const QList<Tenant> &tenants) {
    for (const Tenant &demo : tenants)
        if (demo.name == normalDemoName)
            configure(
                {{QStringLiteral("callback_url"),
                  QStringLiteral("http://%1/openid").arg(demo.setting(QStringLiteral("callback_listen")))}});
}
