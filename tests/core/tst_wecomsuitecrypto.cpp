// WeCom's callback encryption against the byte-exact vectors of PROVIDERS-wecom-suite.md §2:
// A (the official sample: URL verification and an event), B (a fixed-random encryption with
// Chinese text), C (a suite_ticket push). Also: a tampered text, a wrong receiveid, a wrong key.
#include "crypto/WeComCallbackCrypto.h"

#include <QTest>
#include <QUrl>

namespace {
const QString tokenA = QStringLiteral("QDG6eK");
const QString keyA = QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C");
const QString echostrA = QStringLiteral(
    "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==");
const QString postA = QStringLiteral(
    "RypEvHKD8QQKFhvQ6QleEB4J58tiPdvo+rtK1I9qca6aM/wvqnLSV5zEPeusUiX5L5X/0lWfrf0QADHHhGd3QczcdCUpj911L3vg3W/"
    "sYYvuJTs3TUUkSUXxaccAS0qhxchrRYt66wiSpGLYL42aM6A8dTT+6k4aSknmPj48kzJs8qLjvd4Xgpue06DOdnLxAUHzM6+kDZ+"
    "HMZfJYuR+LtwGc2hgf5gsijff0ekUNXZiqATP7PF5mZxZ3Izoun1s4zG4LUMnvw2r+KqCKIw+3IQH03v+"
    "BCA9nMELNqbSf6tiWSrXJB3LAVGU"
    "callcrw8V2t9EL4EhzJWrQUax5wLVMNS0+rUPA3k22Ncx4XXZS9o0MBH27Bo6BpNelZpS+/"
    "uh9KsNlY6bHCmJU9p8g7m3fVKn28H3KDYA5Pl/"
    "T8Z1ptDAVe0lXdQ2YoyyH2uyPIGHBZZIs2pDBS8R07+qN+E7Q==");
const QString ticketC = QStringLiteral(
    "ZA4HuQypHxnRrA+A6SOHGOkM6FbNK3+w7aR+73PIHID93wic6rabfH/kz2tPB/"
    "Mj+LYVZc+bUD2MZ+6u2o9E4WPHAmHPvLjlEU1YNhmMu6QkG/"
    "zprOWb0Z/"
    "lv1ACzfbyffxk+jeqw+4Z4DBUBt5+2QA8Y3p2vVjN5JnlusBLyd8JsqDdTlX1zAWpzxFLiGP7FI63bWG++zEf7hjxhR7poP7jH0S1ch"
    "W5uQvqN+H6p/QdKEwtNNlKNH+Ffm8PDTfZqPH/s/GTF4aSw/"
    "hoBUzBG7IzFGIMwPeXPWBmxNkDzrje0V3NxLl9nwD+6UwHnG8SCo9+6Fis+"
    "MWIqtmdNDkdTA==");
const QByteArray messageC =
    "<xml><SuiteId><![CDATA[wwddddccc7775555aaa]]></SuiteId><InfoType><![CDATA[suite_ticket]]>"
    "</InfoType><TimeStamp>1403610513</TimeStamp><SuiteTicket><![CDATA[asdfasfdasdfasdf]]>"
    "</SuiteTicket></xml>";
} // namespace

class TestWeComSuiteCrypto : public QObject {
    Q_OBJECT

private slots:
    void exampleA_urlVerification() {
        const QByteArray key = WeComCallbackCrypto::aesKey(keyA).value();
        QCOMPARE(key.toHex(), QByteArray("8d69989bbaabe67328014c194631ad0719b3dca035b64023df292447aab60760"));
        QVERIFY(WeComCallbackCrypto::verify(tokenA, QStringLiteral("1409659589"), QStringLiteral("263014780"),
                                            echostrA,
                                            QStringLiteral("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3")));
        const auto plain = WeComCallbackCrypto::decrypt(key, echostrA, QStringLiteral("wx5823bf96d3bd56c7"));
        QVERIFY2(plain.ok(), qPrintable(plain.errorText()));
        QCOMPARE(plain.value().random, QByteArray("c41b64491c2468d0"));
        QCOMPARE(plain.value().message, QByteArray("1616140317555161061"));
        QCOMPARE(plain.value().receiveId, QStringLiteral("wx5823bf96d3bd56c7"));
        // Byte for byte back: the same random gives the same ciphertext.
        QCOMPARE(WeComCallbackCrypto::encrypt(key, plain.value().message, plain.value().receiveId,
                                              plain.value().random),
                 echostrA);
    }

    void exampleA_event() {
        const QByteArray key = WeComCallbackCrypto::aesKey(keyA).value();
        QVERIFY(WeComCallbackCrypto::verify(tokenA, QStringLiteral("1409659813"),
                                            QStringLiteral("1372623149"), postA,
                                            QStringLiteral("477715d11cdb4164915debcba66cb864d751f3e6")));
        const auto plain = WeComCallbackCrypto::decrypt(key, postA, QStringLiteral("wx5823bf96d3bd56c7"));
        QVERIFY2(plain.ok(), qPrintable(plain.errorText()));
        QCOMPARE(plain.value().message.size(), 284);
        QVERIFY(plain.value().message.contains("<Content><![CDATA[hello]]></Content>"));
        QVERIFY(plain.value().message.contains("<AgentID>218</AgentID>"));
        QCOMPARE(WeComCallbackCrypto::encrypt(key, plain.value().message, plain.value().receiveId,
                                              plain.value().random),
                 postA);
    }

    void exampleB_fixedRandom() {
        const auto key =
            WeComCallbackCrypto::aesKey(QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"));
        QVERIFY(key.ok());
        const QString encrypted =
            WeComCallbackCrypto::encrypt(key.value(), QStringLiteral("我是中文abcd123").toUtf8(),
                                         QStringLiteral("wxb11529c136998cb6"), "aaaabbbbccccdddd");
        QCOMPARE(
            encrypted,
            QStringLiteral(
                "jn1L23DB+6ELqJ+6bruv21Y6MD7KeIfP82D6gU39rmkgczbWwt5+3bnyg5K55bgVtVzd832WzZGMhkP72vVOfg=="));
        QCOMPARE(QString::fromUtf8(WeComCallbackCrypto::decrypt(key.value(), encrypted).value().message),
                 QStringLiteral("我是中文abcd123"));
    }

    void exampleC_suiteTicket() {
        const QByteArray key = WeComCallbackCrypto::aesKey(keyA).value();
        const QString encrypted = WeComCallbackCrypto::encrypt(
            key, messageC, QStringLiteral("wwddddccc7775555aaa"), "aaaabbbbccccdddd");
        QCOMPARE(encrypted, ticketC);
        QCOMPARE(WeComCallbackCrypto::signature(tokenA, QStringLiteral("1403610513"),
                                                QStringLiteral("380320359"), ticketC),
                 QStringLiteral("475ff72eebba0614275fbec1fc02a334f746082d"));
        const auto plain = WeComCallbackCrypto::decrypt(key, ticketC, QStringLiteral("wwddddccc7775555aaa"));
        QVERIFY2(plain.ok(), qPrintable(plain.errorText()));
        QCOMPARE(plain.value().message, messageC);
    }

    void refusals() {
        const QByteArray key = WeComCallbackCrypto::aesKey(keyA).value();
        // A signature of other values, or of other case, is not the signature.
        QVERIFY(!WeComCallbackCrypto::verify(tokenA, QStringLiteral("1409659590"),
                                             QStringLiteral("263014780"), echostrA,
                                             QStringLiteral("5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3")));
        QVERIFY(!WeComCallbackCrypto::verify(tokenA, QStringLiteral("1409659589"),
                                             QStringLiteral("263014780"), echostrA,
                                             QStringLiteral("5C45FF5E21C57E6AD56BAC8758B79B1D9AC89FD3")));
        // Another receiveid is named.
        const auto elsewhere = WeComCallbackCrypto::decrypt(key, echostrA, QStringLiteral("wwother"));
        QVERIFY(!elsewhere.ok());
        QVERIFY(elsewhere.error().message.contains(QLatin1String("wx5823bf96d3bd56c7")));
        // Another key, a flipped byte, a cut text: refused, never a guess.
        const QByteArray otherKey =
            WeComCallbackCrypto::aesKey(QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"))
                .value();
        QVERIFY(!WeComCallbackCrypto::decrypt(otherKey, echostrA).ok());
        QByteArray flipped = QByteArray::fromBase64(echostrA.toLatin1());
        flipped[flipped.size() - 1] = char(flipped.back() ^ 0x01);
        QVERIFY(!WeComCallbackCrypto::decrypt(key, QString::fromLatin1(flipped.toBase64())).ok());
        QVERIFY(!WeComCallbackCrypto::decrypt(key, echostrA.left(40)).ok());
        QVERIFY(!WeComCallbackCrypto::decrypt(key, QStringLiteral("not base64 at all!")).ok());
        QVERIFY(!WeComCallbackCrypto::aesKey(QStringLiteral("short")).ok());
    }

    // A callback as pasted from a server's log: verified, decrypted, its credentials masked.
    void openedFromQueryAndBody() {
        const auto ticket = WeComCallbackCrypto::open(
            tokenA, keyA,
            QStringLiteral("msg_signature=475ff72eebba0614275fbec1fc02a334f746082d&timestamp=1403610513&"
                           "nonce=380320359"),
            "<xml><ToUserName><![CDATA[wwddddccc7775555aaa]]></ToUserName><Encrypt><![CDATA[" +
                ticketC.toLatin1() + "]]></Encrypt><AgentID><![CDATA[]]></AgentID></xml>",
            QStringLiteral("wwddddccc7775555aaa"));
        QVERIFY2(ticket.ok(), qPrintable(ticket.errorText()));
        QVERIFY(!ticket.value().urlVerification);
        QVERIFY(ticket.value().message.contains("<SuiteTicket>asdf…(16 characters, masked)</SuiteTicket>"));
        QVERIFY(!ticket.value().message.contains("asdfasfdasdfasdf"));

        const QString get =
            QStringLiteral("?msg_signature=5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3&timestamp=1409659589&"
                           "nonce=263014780&echostr=") +
            QString::fromLatin1(QUrl::toPercentEncoding(echostrA));
        const auto verification = WeComCallbackCrypto::open(tokenA, keyA, get, {});
        QVERIFY2(verification.ok(), qPrintable(verification.errorText()));
        QVERIFY(verification.value().urlVerification);
        QCOMPARE(verification.value().message, QByteArray("1616140317555161061"));

        const auto forged = WeComCallbackCrypto::open(QStringLiteral("other-token"), keyA, get, {});
        QVERIFY(!forged.ok());
        QVERIFY(forged.error().message.contains(QLatin1String("msg_signature")));
    }
};

QTEST_GUILESS_MAIN(TestWeComSuiteCrypto)
#include "tst_wecomsuitecrypto.moc"
