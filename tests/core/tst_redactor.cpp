#include "net/Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

class TestRedactor : public QObject {
    Q_OBJECT

private slots:
    // The backstop: one list of credential names, matched without regard to case, '_' and '-'.
    void backstopNames() {
        for (const char *name :
             {"access_token", "accessToken", "refreshToken", "id_token", "tenant_access_token",
              "app_access_token", "x-acs-dingtalk-access-token", "suite_ticket", "user_ticket", "corpsecret",
              "clientSecret", "secretAccessKey", "password", "client_assertion", "code_verifier",
              "Authorization", "permanent_code", "EncodingAESKey"})
            QVERIFY2(Redactor::isCredentialName(QLatin1String(name)), name);
        for (const char *name : {"token_type", "expires_in", "expireIn", "unionId", "corpId", "tenant_key",
                                 "openid", "errcode", "scope", "state", "token"})
            QVERIFY2(!Redactor::isCredentialName(QLatin1String(name)), name);
    }
    // A call's declared credential fields are masked where they stand, whatever their length or
    // name, in the URL, the headers and a JSON or form body; the bytes around them are kept, each
    // masked field is named, and the values are registered for every other place.
    void declaredFieldsAreMaskedWhereTheyStand() {
        Redactor::forgetSecrets();
        CredentialScan scan({QStringLiteral("pin"), QStringLiteral("sessionCookie")});
        const QByteArray json = R"({"code":0,"data":{"pin":"42","sessionCookie":"cookie-value-123456"},)"
                                R"("accessToken":"tok-123456789","big":7102807924041722001})";
        const QByteArray body = scan.body(json, QStringLiteral("response body"));
        QCOMPARE(body, QByteArray(R"({"code":0,"data":{"pin":"***","sessionCookie":"***"},)"
                                  R"("accessToken":"***","big":7102807924041722001})"));
        QCOMPARE(scan.body("a=1&pin=4%202&x=y", QStringLiteral("request body")),
                 QByteArray("a=1&pin=***&x=y"));
        const HeaderList headers =
            scan.headers({{"x-acs-dingtalk-access-token", "header-token-1"}, {"Accept", "*/*"}},
                         QStringLiteral("request header"));
        QCOMPARE(headers.at(0).second, QByteArray("***"));
        QCOMPARE(headers.at(1).second, QByteArray("*/*"));
        QCOMPARE(scan.url(QUrl(QStringLiteral("https://x.example/a?corpsecret=s1&corpid=ww1")),
                          QStringLiteral("request URL"))
                     .query(),
                 QStringLiteral("corpsecret=***&corpid=ww1"));
        QCOMPARE(
            scan.masked(),
            (QStringList{QStringLiteral("response body: accessToken"), QStringLiteral("response body: pin"),
                         QStringLiteral("response body: sessionCookie"), QStringLiteral("request body: pin"),
                         QStringLiteral("request header: x-acs-dingtalk-access-token"),
                         QStringLiteral("request URL: corpsecret")}));
        // Registered: the same values are masked wherever else they turn up.
        QCOMPARE(Redactor::text(QStringLiteral("echo cookie-value-123456 tok-123456789")),
                 QStringLiteral("echo *** ***"));
        QCOMPARE(scan.body("not a form or JSON", QStringLiteral("response body")),
                 QByteArray("not a form or JSON"));
    }
    // What older records kept: a header list's [name, value] pairs and JSON inside strings.
    void storedRecordsAreMaskedAgain() {
        const QJsonObject record{
            {QStringLiteral("request_headers"),
             QJsonArray{QJsonArray{QStringLiteral("x-acs-dingtalk-access-token"), QStringLiteral("t1")},
                        QJsonArray{QStringLiteral("Accept"), QStringLiteral("*/*")}}},
            {QStringLiteral("response_body"), QStringLiteral(R"({"refreshToken":"r-1234567890"})")}};
        const QJsonObject masked = Redactor::json(record).toObject();
        QCOMPARE(masked.value(QLatin1String("request_headers")).toArray().at(0).toArray().at(1).toString(),
                 Redactor::mask);
        QCOMPARE(masked.value(QLatin1String("request_headers")).toArray().at(1).toArray().at(1).toString(),
                 QStringLiteral("*/*"));
        QCOMPARE(masked.value(QLatin1String("response_body")).toString(),
                 QStringLiteral(R"({"refreshToken":"***"})"));
    }
    void queryParameters() {
        const QUrl url(QStringLiteral(
            "https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=ww1&corpsecret=TopSecretValue1"));
        const QString shown = Redactor::url(url).toString();
        QVERIFY(!shown.contains(QLatin1String("TopSecretValue1")));
        QVERIFY(shown.contains(QLatin1String("corpid=ww1")));
        QVERIFY(Redactor::text(QStringLiteral("GET /x?access_token=abcdefgh12345&code=c1"))
                    .contains(QLatin1String("code=c1")));
        QVERIFY(!Redactor::text(QStringLiteral("GET /x?access_token=abcdefgh12345&code=c1"))
                     .contains(QLatin1String("abcdefgh12345")));
    }
    void jsonFields() {
        const QByteArray body =
            R"({"errcode":0,"access_token":"tok-very-secret-1","expires_in":7200,"nested":{"user_ticket":"ticket-secret-22"}})";
        const QByteArray text = Redactor::bytes(body);
        QVERIFY(!text.contains("tok-very-secret-1"));
        QVERIFY(!text.contains("ticket-secret-22"));
        QVERIFY(text.contains("\"expires_in\":7200"));
        const QJsonObject object = Redactor::json(QJsonDocument::fromJson(body).object()).toObject();
        QCOMPARE(object.value(QLatin1String("access_token")).toString(), Redactor::mask);
        QCOMPARE(
            object.value(QLatin1String("nested")).toObject().value(QLatin1String("user_ticket")).toString(),
            Redactor::mask);
    }
    void registeredSecretsAnywhere() {
        const QString secret = QStringLiteral("Zq8WmP3vN6xR1tY4");
        QVERIFY(Redactor::text(QStringLiteral("echo %1 here").arg(secret)).contains(secret));
        Redactor::registerSecret(secret);
        QCOMPARE(Redactor::text(QStringLiteral("echo %1 here").arg(secret)), QStringLiteral("echo *** here"));
        // Short values would mask ordinary words, so they are not registered.
        Redactor::registerSecret(QStringLiteral("ok"));
        QCOMPARE(Redactor::text(QStringLiteral("ok")), QStringLiteral("ok"));
    }
    // Found by fuzzing: a registered secret leaked in the forms it takes inside URLs and JSON.
    void registeredSecretsInEveryForm() {
        const QString secret = QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfi \"CYEX\\AMPLEKEY=");
        Redactor::registerSecret(secret);
        const QStringList leaks = {
            QStringLiteral("note=") + QString::fromLatin1(QUrl::toPercentEncoding(secret)),
            QStringLiteral("note=") + QString::fromLatin1(QUrl::toPercentEncoding(secret))
                                          .replace(QLatin1String("%20"), QLatin1String("+")),
            QString::fromUtf8(
                QJsonDocument(QJsonObject{{QStringLiteral("note"), secret}}).toJson(QJsonDocument::Compact)),
            QStringLiteral("{\"note\":\"wJalrXUtnFEMI\\/K7MDENG+bPxRfi \\\"CYEX\\\\AMPLEKEY=\"}"), // PHP's \/
            secret};
        for (const QString &leak : leaks) {
            const QString shown = Redactor::text(leak);
            QVERIFY2(!shown.contains(QLatin1String("K7MDENG")), qPrintable(shown));
            QVERIFY2(shown.contains(Redactor::mask), qPrintable(shown));
        }
    }
    // Found by fuzzing: which of two overlapping secrets was replaced first depended on the hash seed.
    void longerSecretsFirst() {
        Redactor::registerSecret(QStringLiteral("abcdefgh"));
        Redactor::registerSecret(QStringLiteral("abcdefgh12345xyz"));
        QCOMPARE(Redactor::text(QStringLiteral("x abcdefgh12345xyz y")), QStringLiteral("x *** y"));
    }
    // Authorization codes are credentials: only their first 4 characters are shown.
    void codesAreCutShort() {
        const QString shown =
            Redactor::text(QStringLiteral("https://app.example/cb?code=AbCdEfGhIjKlMnOp&state=s1"));
        QVERIFY2(shown.contains(QStringLiteral("code=AbCd…&state=s1")), qPrintable(shown));
        QVERIFY(!shown.contains(QLatin1String("EfGh")));
        QVERIFY(Redactor::text(QStringLiteral("?authCode=ZZZZ1234567890"))
                    .contains(QStringLiteral("authCode=ZZZZ…")));
        QCOMPARE(Redactor::text(QStringLiteral("{\"code\":\"0123456789abcdef\",\"requestId\":\"r\"}")),
                 QStringLiteral("{\"code\":\"0123…\",\"requestId\":\"r\"}"));
        // A platform's error code is no credential: numbers and short codes stay.
        QCOMPARE(Redactor::text(QStringLiteral("{\"code\":20003,\"x\":\"code\"}")),
                 QStringLiteral("{\"code\":20003,\"x\":\"code\"}"));
        QCOMPARE(Redactor::text(QStringLiteral("{\"code\":\"E1001\"}")),
                 QStringLiteral("{\"code\":\"E1001\"}"));
        QCOMPARE(Redactor::text(QStringLiteral("errcode=40029")), QStringLiteral("errcode=40029"));
        QCOMPARE(Redactor::json(QJsonObject{{QStringLiteral("code"), QStringLiteral("0123456789abcdef")}})
                     .toObject()
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("0123…"));
    }
    // A secret a platform echoes as a member's name is masked there too (found by fuzz_wecom).
    void secretInAMemberName() {
        Redactor::registerSecret(QStringLiteral("EchoedAsAName0123456789"));
        const QJsonObject masked =
            Redactor::json(QJsonObject{{QStringLiteral("x_EchoedAsAName0123456789_y"), QStringLiteral("v")},
                                       {QStringLiteral("userid"), QStringLiteral("zhangsan")}})
                .toObject();
        QVERIFY(!QJsonDocument(masked).toJson().contains("EchoedAsAName0123456789"));
        QCOMPARE(masked.value(QLatin1String("userid")).toString(), QStringLiteral("zhangsan"));
        QCOMPARE(masked.size(), 2);
        Redactor::forgetSecrets();
    }

    // A named field's value is masked to its end, not to its first space.
    void fieldValueToItsEnd() {
        QCOMPARE(Redactor::text(QStringLiteral("secret=pass phrase with words")),
                 QStringLiteral("secret=***"));
        QCOMPARE(Redactor::text(QStringLiteral("a=1&corpsecret=two words&b=2")),
                 QStringLiteral("a=1&corpsecret=***&b=2"));
        QCOMPARE(Redactor::text(QStringLiteral("{\"app_secret\":\"with \\\" quote\",\"x\":1}")),
                 QStringLiteral("{\"app_secret\":\"***\",\"x\":1}"));
    }
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
