#include "Redactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestRedactor : public QObject {
    Q_OBJECT

private slots:
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
};

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
