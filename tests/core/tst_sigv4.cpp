// The SigV4 signer against AWS's published example values (aws-sig-v4-test-suite: AKIDEXAMPLE,
// 20150830T123600Z, us-east-1, service "service").
#include "crypto/SigV4.h"
#include "net/HttpClient.h"

#include <QTest>

namespace {
const SigV4::Credentials suiteCredentials{QStringLiteral("AKIDEXAMPLE"),
                                          QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
                                          QStringLiteral("us-east-1"), QStringLiteral("service")};
const QString suiteDate = QStringLiteral("20150830T123600Z");
} // namespace

class TestSigV4 : public QObject {
    Q_OBJECT

private slots:
    void getVanillaStepByStep() {
        SigV4::Request request{"GET",
                               QUrl(QStringLiteral("https://example.amazonaws.com/")),
                               {{"X-Amz-Date", suiteDate.toLatin1()}},
                               {}};
        const SigV4::Signature s = SigV4::sign(request, suiteCredentials, suiteDate);
        QCOMPARE(s.canonicalRequest,
                 QStringLiteral(
                     "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\n"
                     "host;x-amz-date\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(
            s.stringToSign,
            QStringLiteral("AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
                           "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63"));
        QCOMPARE(
            s.authorization,
            QStringLiteral("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
                           "SignedHeaders=host;x-amz-date, "
                           "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"));
    }

    void signingKeyDerivation() {
        // AWS's documented derivation example (IAM, 20120215).
        QCOMPARE(SigV4::signingKey(QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
                                   QStringLiteral("20120215"), QStringLiteral("us-east-1"),
                                   QStringLiteral("iam"))
                     .toHex(),
                 QByteArray("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d"));
    }

    void suite_data() {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QList<QByteArray>>("headers"); // "Name:value" in request order
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("signedHeaders");
        QTest::addColumn<QString>("signature");
        const QString base = QStringLiteral("https://example.amazonaws.com");
        const QList<QByteArray> plain = {"X-Amz-Date:20150830T123600Z"};
        QTest::newRow("get-vanilla-query-order-key-case")
            << QByteArray("GET") << base + "/?Param2=value2&Param1=value1" << plain << QByteArray()
            << "host;x-amz-date"
            << "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500";
        QTest::newRow("get-vanilla-empty-query-key")
            << QByteArray("GET") << base + "/?Param1=value1" << plain << QByteArray() << "host;x-amz-date"
            << "a67d582fa61cc504c4bae71f336f98b97f1ea3c7a6bfe1b6e45aec72011b9aeb";
        QTest::newRow("get-vanilla-query-order-key")
            << QByteArray("GET") << base + "/?Param1=value2&Param1=Value1" << plain << QByteArray()
            << "host;x-amz-date"
            << "eedbc4e291e521cf13422ffca22be7d2eb8146eecf653089df300a15b2382bd1";
        QTest::newRow("get-vanilla-query-order-value")
            << QByteArray("GET") << base + "/?Param1=value2&Param1=value1" << plain << QByteArray()
            << "host;x-amz-date"
            << "5772eed61e12b33fae39ee5e7012498b51d56abc0abb7c60486157bd471c4694";
        const QString unreserved =
            QStringLiteral("-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
        QTest::newRow("get-vanilla-query-unreserved")
            << QByteArray("GET") << base + "/?" + unreserved + "=" + unreserved << plain << QByteArray()
            << "host;x-amz-date"
            << "9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197";
        QTest::newRow("get-unreserved")
            << QByteArray("GET") << base + "/" + unreserved << plain << QByteArray() << "host;x-amz-date"
            << "07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f";
        QTest::newRow("get-utf8") << QByteArray("GET") << base + QStringLiteral("/ሴ") << plain << QByteArray()
                                  << "host;x-amz-date"
                                  << "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85";
        QTest::newRow("normalize-path get-relative")
            << QByteArray("GET") << base + "/example/.." << plain << QByteArray() << "host;x-amz-date"
            << "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";
        QTest::newRow("normalize-path get-space")
            << QByteArray("GET") << base + "/example space/" << plain << QByteArray() << "host;x-amz-date"
            << "652487583200325589f1fba4c7e578f72c47cb61beeca81406b39ddec1366741";
        QTest::newRow("get-header-key-duplicate")
            << QByteArray("GET") << base + "/"
            << QList<QByteArray>{"My-Header1:value2", "My-Header1:value2", "My-Header1:value1",
                                 "X-Amz-Date:20150830T123600Z"}
            << QByteArray() << "host;my-header1;x-amz-date"
            << "c9d5ea9f3f72853aea855b47ea873832890dbdd183b4468f858259531a5138ea";
        QTest::newRow("get-header-value-order")
            << QByteArray("GET") << base + "/"
            << QList<QByteArray>{"My-Header1:value4", "My-Header1:value1", "My-Header1:value3",
                                 "My-Header1:value2", "X-Amz-Date:20150830T123600Z"}
            << QByteArray() << "host;my-header1;x-amz-date"
            << "08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01";
        QTest::newRow("get-header-value-trim")
            << QByteArray("GET") << base + "/"
            << QList<QByteArray>{"My-Header1: value1", "My-Header2: \"a   b   c\"",
                                 "X-Amz-Date:20150830T123600Z"}
            << QByteArray() << "host;my-header1;my-header2;x-amz-date"
            << "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736";
        QTest::newRow("get-header-value-multiline")
            << QByteArray("GET") << base + "/"
            << QList<QByteArray>{"My-Header1:value1\n  value2\n     value3", "X-Amz-Date:20150830T123600Z"}
            << QByteArray() << "host;my-header1;x-amz-date"
            << "ba17b383a53190154eb5fa66a1b836cc297cc0a3d70a5d00705980573d8ff790";
        QTest::newRow("post-vanilla")
            << QByteArray("POST") << base + "/" << plain << QByteArray() << "host;x-amz-date"
            << "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b";
        QTest::newRow("post-x-www-form-urlencoded")
            << QByteArray("POST") << base + "/"
            << QList<QByteArray>{"Content-Type:application/x-www-form-urlencoded",
                                 "X-Amz-Date:20150830T123600Z"}
            << QByteArray("Param1=value1") << "content-type;host;x-amz-date"
            << "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a";
        QTest::newRow("post-sts-header-before")
            << QByteArray("POST") << base + "/"
            << QList<QByteArray>{"X-Amz-Date:20150830T123600Z",
                                 "X-Amz-Security-Token:AQoDYXdzEPT//////////"
                                 "wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeo"
                                 "IYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/"
                                 "kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HF"
                                 "vlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+"
                                 "scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA=="}
            << QByteArray() << "host;x-amz-date;x-amz-security-token"
            << "85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead";
    }
    void suite() {
        QFETCH(QByteArray, method);
        QFETCH(QString, url);
        QFETCH(QList<QByteArray>, headers);
        QFETCH(QByteArray, body);
        QFETCH(QString, signedHeaders);
        QFETCH(QString, signature);
        SigV4::Request request{method, QUrl(url), {}, body};
        for (const QByteArray &header : headers) {
            const int colon = header.indexOf(':');
            request.headers.append({header.left(colon), header.mid(colon + 1)});
        }
        const SigV4::Signature s = SigV4::sign(request, suiteCredentials, suiteDate);
        QCOMPARE(s.signedHeaders, signedHeaders);
        QVERIFY2(s.signature == signature, qPrintable(s.canonicalRequest));
    }

    void hostCarriesANonDefaultPort() {
        const SigV4::Signature s =
            SigV4::sign({"POST", QUrl(QStringLiteral("http://127.0.0.1:8080/v1/code")), {}, "{}"},
                        suiteCredentials, suiteDate);
        QVERIFY(s.canonicalRequest.contains(QLatin1String("\nhost:127.0.0.1:8080\n")));
    }

    // Hardening: an IPv6 endpoint's host keeps its brackets, as a client sends it.
    void ipv6HostKeepsItsBrackets() {
        const SigV4::Signature s =
            SigV4::sign({"POST", QUrl(QStringLiteral("https://[::1]:8443/v1/code")), {}, "{}"},
                        suiteCredentials, suiteDate);
        QVERIFY2(s.canonicalRequest.contains(QLatin1String("\nhost:[::1]:8443\n")),
                 qPrintable(s.canonicalRequest));
    }

    // Hardening: repeated headers go on the wire as one header, joined as SigV4 signs them.
    void repeatedHeadersAreSentAsSigned() {
        const HeaderList given = {
            {"X-Amz-Date", suiteDate.toLatin1()}, {"My-Header1", "a"}, {"my-header1", " b "}};
        const HeaderList wire = HttpClient::wireHeaders(given);
        QCOMPARE(wire.size(), 2);
        const QUrl url(QStringLiteral("https://example.amazonaws.com/"));
        QCOMPARE(SigV4::sign({"GET", url, wire, {}}, suiteCredentials, suiteDate).signature,
                 SigV4::sign({"GET", url, given, {}}, suiteCredentials, suiteDate).signature);
    }

    void anyChangeChangesTheSignature() {
        const SigV4::Request base{
            "POST",
            QUrl(QStringLiteral("https://api2.77hub.com/v1/code")),
            {{"Content-Type", "application/json"}, {"X-Amz-Date", suiteDate.toLatin1()}},
            "{\"code\":\"a\"}"};
        const QString original = SigV4::sign(base, suiteCredentials, suiteDate).signature;
        SigV4::Request body = base;
        body.body = "{\"code\":\"b\"}";
        SigV4::Credentials otherSecret = suiteCredentials;
        otherSecret.secretAccessKey += QLatin1Char('x');
        QVERIFY(SigV4::sign(body, suiteCredentials, suiteDate).signature != original);
        QVERIFY(SigV4::sign(base, otherSecret, suiteDate).signature != original);
        QVERIFY(SigV4::sign(base, suiteCredentials, QStringLiteral("20150830T123601Z")).signature !=
                original);
    }
};

QTEST_GUILESS_MAIN(TestSigV4)
#include "tst_sigv4.moc"
