#include "crypto/RandomToken.h"
#include "net/UrlRules.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

class TestUrlRules : public QObject {
    Q_OBJECT

private slots:
    void matchesRedirect_data() {
        QTest::addColumn<QString>("candidate");
        QTest::addColumn<bool>("match");
        QTest::newRow("exact with query") << "https://app.example.com/sso/cb?code=1&state=2" << true;
        QTest::newRow("explicit default port") << "https://app.example.com:443/sso/cb?code=1" << true;
        QTest::newRow("host case") << "https://APP.example.com/sso/cb?code=1" << true;
        QTest::newRow("fragment ignored") << "https://app.example.com/sso/cb?code=1#wechat_redirect" << true;
        QTest::newRow("longer path") << "https://app.example.com/sso/cb/more?code=1" << false;
        QTest::newRow("path prefix") << "https://app.example.com/sso/cbx?code=1" << false;
        QTest::newRow("path case") << "https://app.example.com/SSO/cb?code=1" << false;
        QTest::newRow("lookalike host suffix") << "https://app.example.com.evil.test/sso/cb?code=1" << false;
        QTest::newRow("lookalike host prefix") << "https://evilapp.example.com/sso/cb?code=1" << false;
        QTest::newRow("user info trick") << "https://app.example.com@evil.test/sso/cb?code=1" << false;
        QTest::newRow("other port") << "https://app.example.com:8443/sso/cb?code=1" << false;
        QTest::newRow("http downgrade") << "http://app.example.com/sso/cb?code=1" << false;
        QTest::newRow("redirect in query")
            << "https://evil.test/?next=https://app.example.com/sso/cb" << false;
    }
    void matchesRedirect() {
        QFETCH(QString, candidate);
        QFETCH(bool, match);
        QCOMPARE(UrlRules::matchesRedirect(QUrl(candidate),
                                           QUrl(QStringLiteral("https://app.example.com/sso/cb"))),
                 match);
    }

    void serviceUrls_data() {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://qyapi.weixin.qq.com" << true;
        QTest::newRow("http loopback v4") << "http://127.0.0.1:8080" << true;
        QTest::newRow("http loopback range") << "http://127.8.9.10/x" << true;
        QTest::newRow("http loopback v6") << "http://[::1]:8080" << true;
        QTest::newRow("http localhost") << "http://localhost:1234" << true;
        QTest::newRow("http remote") << "http://qyapi.weixin.qq.com" << false;
        QTest::newRow("http private range") << "http://192.168.1.10" << false;
        QTest::newRow("http localhost lookalike") << "http://localhost.evil.test" << false;
        QTest::newRow("ftp") << "ftp://example.com" << false;
        QTest::newRow("relative") << "/cgi-bin/gettoken" << false;
        QTest::newRow("credentials") << "https://user:pw@example.com" << false;
    }
    void serviceUrls() {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const QString problem = UrlRules::checkServiceUrl(QUrl(url), QStringLiteral("The URL"));
        QCOMPARE(problem.isEmpty(), allowed);
        if (!allowed)
            QVERIFY(problem.startsWith(QLatin1String("The URL")));
    }

    void redirectUriRules() {
        QVERIFY(UrlRules::checkRedirectUri(QStringLiteral("https://app.example.com/cb")).isEmpty());
        QVERIFY(UrlRules::checkRedirectUri(QStringLiteral("http://127.0.0.1:9000/cb")).isEmpty());
        QVERIFY(!UrlRules::checkRedirectUri(QStringLiteral("http://app.example.com/cb")).isEmpty());
        QVERIFY(!UrlRules::checkRedirectUri(QStringLiteral("https://app.example.com/cb#frag")).isEmpty());
        QVERIFY(!UrlRules::checkRedirectUri(QString()).isEmpty());
    }

    void statesAreRandomAlphanumeric() {
        const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9]{32}$"));
        QSet<QString> seen;
        QSet<QChar> characters;
        for (int i = 0; i < 2000; ++i) {
            const QString state = randomAlphanumeric(32);
            QVERIFY2(pattern.match(state).hasMatch(), qPrintable(state));
            seen.insert(state);
            for (QChar c : state)
                characters.insert(c);
        }
        QCOMPARE(seen.size(), 2000);     // no repeats
        QCOMPARE(characters.size(), 62); // the whole alphabet is used: 32 chars ≈ 190 bits
    }
};

QTEST_GUILESS_MAIN(TestUrlRules)
#include "tst_urlrules.moc"
