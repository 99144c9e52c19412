// The service-provider side of the WeCom sandbox (PROVIDERS-wecom-suite.md §8.7), so far: each
// suite's ticket stream pushed to a callback URL, and get_suite_token.
#include "WeComSandbox.h"

#include "crypto/RandomToken.h"
#include "crypto/WeComCallbackCrypto.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>

const QString WeComSandbox::providerCorpId = QStringLiteral("wwsbxprovider0000001");
const QString WeComSandbox::suiteId = QStringLiteral("wwsbxsuite0000000001");
const QString WeComSandbox::templateId = QStringLiteral("dksbxtemplate0000001");
const QString WeComSandbox::suiteSecret = QStringLiteral("SandboxSuiteSecret-7Gq2mVx9");
const QString WeComSandbox::callbackToken = QStringLiteral("SbxCallbackToken");
const QString WeComSandbox::encodingAesKey = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789SBXSUIT");

namespace {
constexpr int acceptedTickets = 3; // the newest and the two before it (§1: two missed pushes)

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

void WeComSandbox::addSuiteRoutes(QHttpServer &server) {
    server.route(QStringLiteral("/cgi-bin/service/get_suite_token"),
                 [this](const QHttpServerRequest &r) { return suiteToken(r); });
}

QPair<int, QByteArray> WeComSandbox::lastPushAnswer() const {
    QMutexLocker lock(&m_mutex);
    return m_lastPushAnswer;
}

void WeComSandbox::pushSuiteTicket(const QString &suite, const QUrl &url) {
    QString ticket;
    {
        QMutexLocker lock(&m_mutex);
        ticket = mintCredential(64);
        QStringList &tickets = m_suiteTickets[suite];
        tickets << ticket;
        while (tickets.size() > acceptedTickets)
            tickets.removeFirst();
    }
    const QString timestamp = QString::number(QDateTime::currentSecsSinceEpoch());
    const QByteArray message =
        QStringLiteral("<xml><SuiteId><![CDATA[%1]]></SuiteId><InfoType><![CDATA[suite_ticket]]>"
                       "</InfoType><TimeStamp>%2</TimeStamp><SuiteTicket><![CDATA[%3]]>"
                       "</SuiteTicket></xml>")
            .arg(suite, timestamp, ticket)
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
    countLocked(QStringLiteral("suite_ticket_push"));
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
    const QString token = mintCredential(64);
    m_suiteTokens.insert(token, suite);
    // Success carries no errcode (§6.8).
    return json({{QStringLiteral("suite_access_token"), token}, {QStringLiteral("expires_in"), 7200}});
}
