// The sandbox on its own, over real HTTP: what PROVIDERS.md §1 says the platform does.
#include "QiqiSandbox.h"
#include "Sandbox.h"
#include "TestSupport.h"
#include "WeComSandbox.h"
#include "crypto/SigV4.h"

#include "crypto/WeComCallbackCrypto.h"
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

class TestSandbox : public QObject {
    Q_OBJECT

    Sandbox m_sandbox;
    QNetworkAccessManager m_network;

    QByteArray get(const QString &pathAndQuery, int *status = nullptr) {
        QNetworkReply *reply =
            m_network.get(QNetworkRequest(QUrl(m_sandbox.baseUrl().toString() + pathAndQuery)));
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        if (status)
            *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        return reply->readAll();
    }
    const QString encodedRedirect = QStringLiteral("https%3A%2F%2Fapp.example.com%2Fcb");

    QJsonObject getJson(const QString &pathAndQuery) {
        return QJsonDocument::fromJson(get(pathAndQuery)).object();
    }
    QString token() {
        return getJson(QStringLiteral("/cgi-bin/gettoken?corpid=%1&corpsecret=%2")
                           .arg(WeComSandbox::corpId, WeComSandbox::corpSecret))
            .value(QLatin1String("access_token"))
            .toString();
    }
    QString code(const QString &user, const QString &scope = QStringLiteral("snsapi_base")) {
        m_sandbox.platform<WeComSandbox>().setAutoApprove(user);
        const QUrl location = TestSupport::redirectFrom(
            QUrl(m_sandbox.baseUrl().toString() +
                 QStringLiteral("/connect/oauth2/authorize?appid=%1&redirect_uri=%2"
                                "&response_type=code&scope=%3&state=abc&agentid=%4#wechat_redirect")
                     .arg(WeComSandbox::corpId, encodedRedirect, scope, WeComSandbox::agentId)));
        return QUrlQuery(location).queryItemValue(QStringLiteral("code"));
    }

    QJsonObject post(const QString &path, const QJsonObject &body) {
        QNetworkRequest request(QUrl(m_sandbox.baseUrl().toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.post(request, QJsonDocument(body).toJson());
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll()).object();
    }

    // A callback URL in this test that answers `answer` to one POST: what reached it, as sent.
    struct Received {
        QByteArray target;
        QByteArray body;
    };
    Received pushTicket(const QString &suite, const QByteArray &answer = "success") {
        QTcpServer receiver;
        if (!receiver.listen(QHostAddress::LocalHost))
            return {};
        Received received;
        connect(&receiver, &QTcpServer::newConnection, &receiver, [&] {
            QTcpSocket *socket = receiver.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [&, socket] {
                const QByteArray all = socket->property("buffer").toByteArray() + socket->readAll();
                socket->setProperty("buffer", all);
                const int headEnd = all.indexOf("\r\n\r\n");
                if (headEnd < 0 || !all.endsWith("</xml>")) // the whole event is one XML document
                    return;
                received = {all.left(all.indexOf("\r\n")).split(' ').value(1), all.mid(headEnd + 4)};
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(answer.size()) +
                              "\r\nConnection: close\r\n\r\n" + answer);
                socket->disconnectFromHost();
            });
        });
        post(QStringLiteral("/sandbox/control"),
             {{QStringLiteral("provider"), QStringLiteral("wecom")},
              {QStringLiteral("suite_ticket_push"),
               QJsonObject{
                   {QStringLiteral("suite"), suite},
                   {QStringLiteral("url"),
                    QStringLiteral("http://127.0.0.1:%1/suite/callback").arg(receiver.serverPort())}}}});
        return received;
    }
    // The ticket of a push, its signature verified and decrypted for `suite` (the receiveid).
    static QString ticketOf(const Received &received, const QString &suite) {
        static const QRegularExpression encrypt(QStringLiteral("<Encrypt><!\\[CDATA\\[([^\\]]+)"));
        static const QRegularExpression ticket(QStringLiteral("<SuiteTicket><!\\[CDATA\\[([^\\]]+)"));
        const QUrlQuery query(QUrl::fromEncoded(received.target));
        auto param = [&](const char *name) { return query.queryItemValue(QLatin1String(name)); };
        const QString encrypted = encrypt.match(QString::fromUtf8(received.body)).captured(1);
        if (!WeComCallbackCrypto::verify(WeComSandbox::callbackToken, param("timestamp"), param("nonce"),
                                         encrypted, param("msg_signature")))
            return {};
        const auto decrypted = WeComCallbackCrypto::decrypt(
            WeComCallbackCrypto::aesKey(WeComSandbox::encodingAesKey).value(), encrypted, suite);
        return decrypted.ok() ? ticket.match(QString::fromUtf8(decrypted.value().message)).captured(1)
                              : QString();
    }
    QJsonObject suiteToken(const QString &suite, const QString &ticket) {
        return post(QStringLiteral("/cgi-bin/service/get_suite_token"),
                    {{QStringLiteral("suite_id"), suite},
                     {QStringLiteral("suite_secret"), WeComSandbox::suiteSecret},
                     {QStringLiteral("suite_ticket"), ticket}});
    }

private slots:
    // §8.7: each suite's tickets pushed to its callback URL, encrypted and signed as WeCom does,
    // the answer recorded; get_suite_token takes the newest three of that suite's tickets only,
    // by POST only, and answers success without errcode.
    void suiteTicketsAndSuiteToken() {
        const Received first = pushTicket(WeComSandbox::suiteId);
        QVERIFY(first.target.startsWith("/suite/callback?msg_signature="));
        QVERIFY(first.body.contains("<ToUserName><![CDATA[" + WeComSandbox::suiteId.toLatin1()));
        const QString ticket = ticketOf(first, WeComSandbox::suiteId);
        QCOMPARE(ticket.size(), 64);
        QCOMPARE(m_sandbox.platform<WeComSandbox>().lastPushAnswer().second, QByteArray("success"));
        // The receiveid is the suite's: decrypting for another id is refused.
        QVERIFY(ticketOf(first, WeComSandbox::templateId).isEmpty());

        const QJsonObject token = suiteToken(WeComSandbox::suiteId, ticket);
        QCOMPARE(token.value(QLatin1String("suite_access_token")).toString().size(), 64);
        QCOMPARE(token.value(QLatin1String("expires_in")).toInt(), 7200);
        QVERIFY(!token.contains(QLatin1String("errcode")));
        // The token in force while it is valid, not one per call.
        QCOMPARE(suiteToken(WeComSandbox::suiteId, ticket).value(QLatin1String("suite_access_token")),
                 token.value(QLatin1String("suite_access_token")));
        QCOMPARE(getJson(QStringLiteral("/cgi-bin/service/get_suite_token"))
                     .value(QLatin1String("errcode"))
                     .toInt(),
                 40083);
        QCOMPARE(suiteToken(WeComSandbox::suiteId, QStringLiteral("not-a-ticket"))
                     .value(QLatin1String("errcode"))
                     .toInt(),
                 40085);
        // The template's stream is its own: the suite's ticket is not the template's.
        const QString templateTicket =
            ticketOf(pushTicket(WeComSandbox::templateId), WeComSandbox::templateId);
        QVERIFY(!templateTicket.isEmpty());
        QCOMPARE(suiteToken(WeComSandbox::templateId, ticket).value(QLatin1String("errcode")).toInt(), 40085);
        QVERIFY(suiteToken(WeComSandbox::templateId, templateTicket)
                    .contains(QLatin1String("suite_access_token")));
        // Two missed pushes are tolerated, a third is not.
        for (int push = 0; push < 2; ++push)
            QVERIFY(!ticketOf(pushTicket(WeComSandbox::suiteId), WeComSandbox::suiteId).isEmpty());
        QVERIFY(suiteToken(WeComSandbox::suiteId, ticket).contains(QLatin1String("suite_access_token")));
        QVERIFY(!ticketOf(pushTicket(WeComSandbox::suiteId, "not success"), WeComSandbox::suiteId).isEmpty());
        QCOMPARE(m_sandbox.platform<WeComSandbox>().lastPushAnswer().second, QByteArray("not success"));
        QCOMPARE(suiteToken(WeComSandbox::suiteId, ticket).value(QLatin1String("errcode")).toInt(), 40085);
    }

    // §8.7: the install chain into the sandbox's corp, for a third-party suite and a 代开发
    // template: pre_auth_code, set_session_info, the install page's redirect with a single-use
    // auth_code, get_permanent_code v1 (with a corp token, or is_customized_app without) and v2,
    // get_corp_token; and each refusal's code.
    void suiteInstallChain() {
        for (const QString &suite : {WeComSandbox::suiteId, WeComSandbox::templateId}) {
            const bool customized = suite == WeComSandbox::templateId;
            const QString token = suiteToken(suite, ticketOf(pushTicket(suite), suite))
                                      .value(QLatin1String("suite_access_token"))
                                      .toString();
            QVERIFY(!token.isEmpty());
            auto api = [&](const QString &name, const QJsonObject &body) {
                return post(QStringLiteral("/cgi-bin/service/%1?suite_access_token=%2").arg(name, token),
                            body);
            };
            const QString preAuth =
                getJson(QStringLiteral("/cgi-bin/service/get_pre_auth_code?suite_access_token=") + token)
                    .value(QLatin1String("pre_auth_code"))
                    .toString();
            QVERIFY(!preAuth.isEmpty());
            QCOMPARE(api(QStringLiteral("set_session_info"),
                         {{QStringLiteral("pre_auth_code"), preAuth},
                          {QStringLiteral("session_info"), QJsonObject{{QStringLiteral("auth_type"), 1}}}})
                         .value(QLatin1String("errcode"))
                         .toInt(-1),
                     0);
            auto install = [&] {
                return TestSupport::redirectFrom(QUrl(
                    m_sandbox.baseUrl().toString() +
                    QStringLiteral("/3rdapp/install?suite_id=%1&pre_auth_code=%2&redirect_uri=%3&state=s1")
                        .arg(suite, preAuth, encodedRedirect)));
            };
            const QUrl back = install();
            QCOMPARE(back.host(), QStringLiteral("app.example.com"));
            const QString authCode = QUrlQuery(back).queryItemValue(QStringLiteral("auth_code"));
            QCOMPARE(authCode.size(), 64);
            QCOMPARE(QUrlQuery(back).queryItemValue(QStringLiteral("expires_in")), QStringLiteral("600"));
            QCOMPARE(QUrlQuery(back).queryItemValue(QStringLiteral("state")), QStringLiteral("s1"));

            const QJsonObject permanent =
                api(QStringLiteral("get_permanent_code"), {{QStringLiteral("auth_code"), authCode}});
            const QString permanentCode = permanent.value(QLatin1String("permanent_code")).toString();
            QCOMPARE(permanentCode.size(), 64);
            // A third-party app knows the corp by this provider's ciphertext (§4).
            QCOMPARE(permanent[QLatin1String("auth_corp_info")][QLatin1String("corpid")].toString(),
                     WeComSandbox::authCorpId(suite));
            QCOMPARE(permanent[QLatin1String("auth_info")][QLatin1String("agent")][0]
                              [QLatin1String("is_customized_app")]
                                  .toBool(),
                     customized);
            QCOMPARE(permanent.contains(QLatin1String("access_token")), !customized);
            // The auth_code is good once; a short one is refused before it is looked up.
            QCOMPARE(api(QStringLiteral("get_permanent_code"), {{QStringLiteral("auth_code"), authCode}})
                         .value(QLatin1String("errcode"))
                         .toInt(),
                     40078);
            QCOMPARE(api(QStringLiteral("get_permanent_code"),
                         {{QStringLiteral("auth_code"), QStringLiteral("short")}})
                         .value(QLatin1String("errcode"))
                         .toInt(),
                     40058);
            // v2: the same install again, the shorter answer (no token, no auth_info).
            const QJsonObject v2 = api(QStringLiteral("v2/get_permanent_code"),
                                       {{QStringLiteral("auth_code"),
                                         QUrlQuery(install()).queryItemValue(QStringLiteral("auth_code"))}});
            QVERIFY(!v2.value(QLatin1String("permanent_code")).toString().isEmpty());
            QVERIFY(!v2.contains(QLatin1String("access_token")) && !v2.contains(QLatin1String("auth_info")));

            const QJsonObject corpToken =
                api(QStringLiteral("get_corp_token"),
                    {{QStringLiteral("auth_corpid"), WeComSandbox::authCorpId(suite)},
                     {QStringLiteral("permanent_code"), permanentCode}});
            if (customized) {
                QCOMPARE(corpToken.value(QLatin1String("errcode")).toInt(), 40084);
            } else {
                QCOMPARE(corpToken.value(QLatin1String("access_token")).toString().size(), 64);
                QVERIFY(!corpToken.contains(QLatin1String("errcode")));
            }
        }
        QCOMPARE(getJson(QStringLiteral("/cgi-bin/service/get_pre_auth_code?suite_access_token=forged"))
                     .value(QLatin1String("errcode"))
                     .toInt(),
                 40082);
        int status = 0;
        get(QStringLiteral("/3rdapp/install?suite_id=%1&pre_auth_code=forged&redirect_uri=%2")
                .arg(WeComSandbox::suiteId, encodedRedirect),
            &status);
        QCOMPARE(status, 400);
    }

    void initTestCase() {
        m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        QCOMPARE(m_sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));
    }
    void init() { m_sandbox.platform<WeComSandbox>().clearFaults(); }

    void gettokenChecksCredentialsAndCaches() {
        QCOMPARE(
            getJson(QStringLiteral("/cgi-bin/gettoken?corpid=%1&corpsecret=wrong").arg(WeComSandbox::corpId))
                .value(QLatin1String("errcode"))
                .toInt(),
            40001);
        QCOMPARE(getJson(QStringLiteral("/cgi-bin/gettoken?corpid=wwnope&corpsecret=x"))
                     .value(QLatin1String("errcode"))
                     .toInt(),
                 40013);
        const QString first = token();
        QVERIFY(first.size() >= 32);
        QCOMPARE(token(), first); // the token in force is answered again
        m_sandbox.platform<WeComSandbox>().invalidateTokens();
        const QJsonObject stale =
            getJson(QStringLiteral("/cgi-bin/user/get?access_token=%1&userid=zhangsan").arg(first));
        QCOMPARE(stale.value(QLatin1String("errcode")).toInt(), 40014);
        QVERIFY(token() != first);
    }

    void codesAreSingleUse() {
        const QString c = code(QStringLiteral("zhangsan"));
        QVERIFY(!c.isEmpty());
        const QString t = token();
        const QJsonObject first =
            getJson(QStringLiteral("/cgi-bin/auth/getuserinfo?access_token=%1&code=%2").arg(t, c));
        QCOMPARE(first.value(QLatin1String("userid")).toString(), QStringLiteral("zhangsan"));
        QVERIFY(!first.contains(QLatin1String("user_ticket"))); // snsapi_base
        const QJsonObject again =
            getJson(QStringLiteral("/cgi-bin/auth/getuserinfo?access_token=%1&code=%2").arg(t, c));
        QCOMPARE(again.value(QLatin1String("errcode")).toInt(), 40029);
    }

    void legacyGetuserinfoIsPascalCase() {
        const QJsonObject legacy = getJson(QStringLiteral("/cgi-bin/user/getuserinfo?access_token=%1&code=%2")
                                               .arg(token(), code(QStringLiteral("lisi"))));
        QCOMPARE(legacy.value(QLatin1String("UserId")).toString(), QStringLiteral("lisi"));
        QVERIFY(!legacy.contains(QLatin1String("userid")));
    }

    void privateinfoTicketGivesDetails() {
        const QString t = token();
        const QJsonObject info =
            getJson(QStringLiteral("/cgi-bin/auth/getuserinfo?access_token=%1&code=%2")
                        .arg(t, code(QStringLiteral("zhangsan"), QStringLiteral("snsapi_privateinfo"))));
        const QString ticket = info.value(QLatin1String("user_ticket")).toString();
        QVERIFY(!ticket.isEmpty());
        QNetworkRequest request(QUrl(m_sandbox.baseUrl().toString() +
                                     QStringLiteral("/cgi-bin/auth/getuserdetail?access_token=") + t));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.post(
            request, QJsonDocument(QJsonObject{{QStringLiteral("user_ticket"), ticket}}).toJson());
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 5000));
        const QJsonObject detail = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        QCOMPARE(detail.value(QLatin1String("mobile")).toString(), QStringLiteral("13800000001"));
        // user/get no longer carries mobile or email (apps created after 2022-06-20).
        const QJsonObject member =
            getJson(QStringLiteral("/cgi-bin/user/get?access_token=%1&userid=zhangsan").arg(t));
        QCOMPARE(member.value(QLatin1String("name")).toString(), QStringLiteral("张三"));
        QVERIFY(!member.contains(QLatin1String("mobile")));
    }

    void directory() {
        const QString t = token();
        QCOMPARE(getJson(QStringLiteral("/cgi-bin/department/list?access_token=%1").arg(t))
                     .value(QLatin1String("department"))
                     .toArray()
                     .size(),
                 3);
        QCOMPARE(getJson(QStringLiteral("/cgi-bin/user/list?access_token=%1&department_id=3").arg(t))
                     .value(QLatin1String("userlist"))
                     .toArray()
                     .size(),
                 1);
    }

    void untrustedRedirectHostShowsError50001() {
        int status = 0;
        const QByteArray page = get(QStringLiteral("/wwlogin/sso/login?login_type=CorpApp&appid=%1&agentid=%2"
                                                   "&redirect_uri=%3&state=s")
                                        .arg(WeComSandbox::corpId, WeComSandbox::agentId,
                                             QStringLiteral("https%3A%2F%2Fevil.test%2Fcb")),
                                    &status);
        QCOMPARE(status, 400);
        QVERIFY(page.contains("50001"));
    }

    void qiqiSignatureIsVerifiedOnItsOwn_data() {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("valid signature, unknown code") << "" << QByteArray("invalid or used code");
        QTest::newRow("tampered body") << "body" << QByteArray("signature mismatch");
        QTest::newRow("wrong secret") << "secret" << QByteArray("signature mismatch");
        QTest::newRow("stale date") << "date" << QByteArray("more than 15 minutes");
        QTest::newRow("unsigned Access-Key-Id") << "headers" << QByteArray("must cover access-key-id");
    }
    void qiqiSignatureIsVerifiedOnItsOwn() {
        QFETCH(QString, tamper);
        QFETCH(QByteArray, expected);
        const QUrl url(m_sandbox.baseUrl().toString() + QStringLiteral("/v1/code"));
        const QDateTime when =
            QDateTime::currentDateTimeUtc().addSecs(tamper == QLatin1String("date") ? -20 * 60 : 0);
        const QString amzDate = SigV4::amzDate(when);
        SigV4::Request request{"POST",
                               url,
                               {{"Content-Type", "application/json"}, {"X-Amz-Date", amzDate.toLatin1()}},
                               "{\"code\":\"nope\",\"requestId\":\"r1\"}"};
        if (tamper != QLatin1String("headers"))
            request.headers.append({"Access-Key-Id", QiqiSandbox::accessKeyId.toLatin1()});
        const QString secret =
            tamper == QLatin1String("secret") ? QStringLiteral("wrong") : QiqiSandbox::secretAccessKey;
        const SigV4::Signature signature = SigV4::sign(
            request, {QiqiSandbox::accessKeyId, secret, QiqiSandbox::region, QiqiSandbox::service}, amzDate);
        QNetworkRequest networkRequest(url);
        for (const auto &header : request.headers)
            networkRequest.setRawHeader(header.first, header.second);
        networkRequest.setRawHeader("Access-Key-Id", QiqiSandbox::accessKeyId.toLatin1());
        networkRequest.setRawHeader("Authorization", signature.authorization.toLatin1());
        const QByteArray body = tamper == QLatin1String("body")
                                    ? QByteArray("{\"code\":\"other\",\"requestId\":\"r1\"}")
                                    : request.body;
        QNetworkReply *reply = m_network.post(networkRequest, body);
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 5000));
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QCOMPARE(status, tamper.isEmpty() ? 400 : 403);
        QVERIFY2(reply->readAll().contains(expected), expected.constData());
    }

    void qiqiOpenidIsStablePerUser() {
        QCOMPARE(QiqiSandbox::openidFor(QStringLiteral("u1001")),
                 QiqiSandbox::openidFor(QStringLiteral("u1001")));
        QVERIFY(QiqiSandbox::openidFor(QStringLiteral("u1001")) !=
                QiqiSandbox::openidFor(QStringLiteral("u1002")));
    }

    void pickerPageListsUsers() {
        const QByteArray page = get(QStringLiteral("/wwlogin/sso/login?login_type=CorpApp&appid=%1&agentid=%2"
                                                   "&redirect_uri=%3&state=s1")
                                        .arg(WeComSandbox::corpId, WeComSandbox::agentId, encodedRedirect));
        for (const char *id : {"pick-zhangsan", "pick-lisi", "pick-guest", "pick-deny"})
            QVERIFY2(page.contains(id), id);
    }
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
