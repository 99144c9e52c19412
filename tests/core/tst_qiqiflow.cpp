// The 企企 flow over real HTTP against the sandbox (PROVIDERS.md §3): code mode with a SigV4-signed
// exchange, normal mode with the callback listener, requestId correlation and openid stability.
#include "QiqiSandbox.h"
#include "TestSupport.h"
#include "net/CallbackListener.h"
#include "net/ExchangeLog.h"
#include "run/FlowRun.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>
#include <algorithm>
#include <memory>
#include <vector>

using namespace TestSupport;

class TestQiqiFlow : public FlowTest {
    Q_OBJECT

    QiqiSandbox &qiqi() { return m_sandbox.platform<QiqiSandbox>(); }
    Tenant codeTenant() { return freshTenant(QStringLiteral("qiqi")); }
    // A normal-mode tenant whose callback listener the sandbox (as 77hub's server) will call.
    Tenant normalTenant() {
        const QString listen = QStringLiteral("127.0.0.1:%1").arg(freePort());
        qiqi().configure({{QStringLiteral("callback_url"), QStringLiteral("http://%1/openid").arg(listen)}});
        return freshTenant(QStringLiteral("qiqi"), {{QStringLiteral("grant_type"), QStringLiteral("normal")},
                                                    {QStringLiteral("callback_listen"), listen}});
    }
    int get(const QUrl &url) {
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 5000))
            qFatal("no answer within 5 s from %s", qPrintable(url.toString()));
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

private slots:
    void initTestCase() { setUpWorkspace(); }
    void init() { qiqi().clearFaults(); }

    void authorizationUrlIsExactlyAsDocumented() {
        auto run = newRun(codeTenant());
        const QUrl url = run->start();
        QCOMPARE(run->mode(), QStringLiteral("code"));
        QCOMPARE(
            url.toString(QUrl::FullyEncoded),
            m_sandbox.baseUrl().toString() + QStringLiteral("/auth/openid?requestId=") + run->state() +
                QStringLiteral("&accessKeyId=") + QiqiSandbox::accessKeyId +
                QStringLiteral(
                    "&grantType=code&redirectUrl=https%3A%2F%2Fapp.example.com%2Fsso%2Fqiqi%2Fcallback"));
        QVERIFY(run->state().size() >= 32 && run->state().size() <= 64);
    }

    void codeModeSignsIn() {
        auto run = newRun(codeTenant());
        const QUrl redirect = approve(*run, QStringLiteral("u1001"));
        QCOMPARE(QUrlQuery(redirect).queryItemValue(QStringLiteral("requestId")), run->state());
        run->handleRedirect(redirect);
        QVERIFY2(waitFinished(*run), qPrintable(run->error()));
        QCOMPARE(run->identity().externalId, QiqiSandbox::openidFor(QStringLiteral("u1001")));
        QCOMPARE(run->identity().idType, QStringLiteral("openid"));
        const HttpExchange &exchange = run->log()->exchanges().last();
        QCOMPARE(exchange.purpose, QStringLiteral("v1/code"));
        QCOMPARE(exchange.status, 200);
        QStringList names;
        for (const auto &header : exchange.requestHeaders)
            names << QString::fromLatin1(header.first).toLower();
        for (const char *name : {"content-type", "access-key-id", "x-amz-date", "authorization"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        QVERIFY(!names.contains(QLatin1String("open-id")));
    }

    void requestIdMismatchInCodeMode() {
        auto run = newRun(codeTenant());
        QUrl redirect = approve(*run, QStringLiteral("u1001"));
        QUrlQuery query(redirect);
        query.removeAllQueryItems(QStringLiteral("requestId"));
        query.addQueryItem(QStringLiteral("requestId"), QStringLiteral("someoneElsesRequest"));
        redirect.setQuery(query);
        const int before = calls(QStringLiteral("qiqi"), "v1/code");
        run->handleRedirect(redirect);
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(QLatin1String("requestId=\"someoneElsesRequest\"")),
                 qPrintable(run->error()));
        QCOMPARE(calls(QStringLiteral("qiqi"), "v1/code"), before);
    }

    void codeReuseIsRefused() {
        const Tenant tenant = codeTenant();
        auto first = newRun(tenant);
        const QUrl redirect = approve(*first, QStringLiteral("u1002"));
        first->handleRedirect(redirect);
        QVERIFY(waitFinished(*first));
        auto again = newRun(tenant);
        again->handlePasted(redirect);
        QVERIFY(!waitFinished(*again));
        QVERIFY2(again->error().contains(QLatin1String("HTTP 400")), qPrintable(again->error()));
        QVERIFY(again->error().contains(QLatin1String("invalid or used code")));
    }

    void wrongSecretIsRejectedBySignature() {
        Tenant tenant = qiqiTenant(m_sandbox.baseUrl(), QStringLiteral("qiqi-wrong-secret"));
        QVERIFY(saveTenant(*m_workspace, tenant, QStringLiteral("NotTheSecretAccessKey0")));
        auto run = newRun(tenant);
        run->handleRedirect(approve(*run, QStringLiteral("u1001")));
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(QLatin1String("HTTP 403")), qPrintable(run->error()));
        QVERIFY(run->error().contains(QLatin1String("signature mismatch")));
        QVERIFY(run->error().contains(QLatin1String("secretAccessKey")));
        QVERIFY(!run->error().contains(QLatin1String("NotTheSecretAccessKey0")));
    }

    void staleDateIsRejected() {
        qiqi().setFault(QStringLiteral("clock_skew"), QStringLiteral("v1/code"));
        auto run = newRun(codeTenant());
        run->handleRedirect(approve(*run, QStringLiteral("u1001")));
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(QLatin1String("more than 15 minutes")), qPrintable(run->error()));
    }

    void openidIsStableAcrossRuns() {
        const Tenant tenant = codeTenant();
        QString openids[3];
        const QString users[3] = {QStringLiteral("u1001"), QStringLiteral("u1001"), QStringLiteral("u1002")};
        QString titles[3];
        for (int i = 0; i < 3; ++i) {
            auto run = newRun(tenant);
            run->handleRedirect(approve(*run, users[i]));
            QVERIFY2(waitFinished(*run), qPrintable(run->error()));
            openids[i] = run->identity().externalId;
            titles[i] = stepTitles(*run);
        }
        QCOMPARE(openids[0], openids[1]);
        QVERIFY(titles[1].contains(QStringLiteral("openid unchanged ✓")));
        QVERIFY(openids[2] != openids[1]);
        QVERIFY(titles[2].contains(QLatin1String("openid CHANGED")));
    }

    void normalModeSignsInThroughTheCallback() {
        auto run = newRun(normalTenant());
        QCOMPARE(run->mode(), QStringLiteral("normal"));
        // A stray callback for another run arrives first: refused and ignored.
        const QUrl authorize = run->start();
        QVERIFY(run->callbackUrl().isValid());
        QUrl stray =
            run->callbackUrl().resolved(QUrl(QStringLiteral("/openid?openid=intruder&requestId=notThisRun")));
        QCOMPARE(get(stray), 403);
        QVERIFY(stepTitles(*run).contains(QLatin1String("Callback refused")));

        qiqi().setAutoApprove(QStringLiteral("u1002"));
        const QUrl redirect = redirectFrom(authorize); // the sandbox calls our listener, then redirects
        QCOMPARE(redirect.toString(), QStringLiteral("https://app.example.com/sso/qiqi/callback"));
        QVERIFY(run->captures(redirect));
        run->handleRedirect(redirect);
        QVERIFY2(waitFinished(*run), qPrintable(run->error()));
        QCOMPARE(run->identity().externalId, QiqiSandbox::openidFor(QStringLiteral("u1002")));
        QVERIFY(run->identity().stateVerified);
        QVERIFY(stepTitles(*run).contains(QLatin1String("Callback received")));
        // A late duplicate finds the port closed with the run (the next run listens on it).
        QCOMPARE(get(run->callbackUrl().resolved(
                     QUrl(QStringLiteral("/openid?openid=x&requestId=") + run->state()))),
                 0);
    }

    // A real tenant's callback port is fixed (77hub's admin registered the callbackUrl): runs one
    // after another listen on it, whether the one before succeeded or was cancelled, and while the
    // one before still exists (the console keeps it in its history).
    void runsInARowOnOneFixedPort() {
        const Tenant tenant = normalTenant();
        std::vector<std::unique_ptr<FlowRun>> kept;
        for (const bool cancel : {false, false, true, false}) {
            auto run = newRun(tenant);
            run->setCallbackGrace(200);
            if (cancel) {
                run->start();
                QVERIFY2(run->callbackUrl().isValid(), qPrintable(run->error()));
                run->cancel();
            } else {
                qiqi().setAutoApprove(QStringLiteral("u1001"));
                redirectFrom(run->start());
                QVERIFY2(waitFinished(*run), qPrintable(run->error()));
            }
            kept.push_back(std::move(run));
        }
    }

    void normalModeCompletesOnTheCallbackAlone() {
        auto run = newRun(normalTenant());
        run->setCallbackGrace(300);
        qiqi().setAutoApprove(QStringLiteral("u1001"));
        redirectFrom(run->start()); // the browser never reports reaching redirectUrl
        QVERIFY2(waitFinished(*run), qPrintable(run->error()));
        QCOMPARE(run->identity().externalId, QiqiSandbox::openidFor(QStringLiteral("u1001")));
        QVERIFY(stepTitles(*run).contains(QLatin1String("the callback is enough")));
    }

    void normalModeRedirectForAnotherRequestId() {
        auto run = newRun(normalTenant());
        run->start();
        run->handleRedirect(
            QUrl(QStringLiteral("https://app.example.com/sso/qiqi/callback?requestId=otherRun")));
        QVERIFY(!waitFinished(*run, 2000));
        QVERIFY2(run->error().contains(QLatin1String("requestId=\"otherRun\"")), qPrintable(run->error()));
    }

    void pastedCallbackUrl() {
        auto run = newRun(normalTenant());
        run->handlePasted(QUrl(QStringLiteral(
            "https://admin.example.com/openid?openid=88caf24007444cd1b90fbf2&requestId=fromMyServer")));
        QVERIFY2(waitFinished(*run), qPrintable(run->error()));
        QCOMPARE(run->identity().externalId, QStringLiteral("88caf24007444cd1b90fbf2"));
        QVERIFY(!run->identity().stateVerified);
    }

    // Hardening: a pasted callback AuthDesk did not issue plants nothing: its mapping is marked
    // unverified and unstamped, and its openid does not become the baseline of the next run.
    void pastedCallbackPlantsNothing() {
        const Tenant tenant = normalTenant();
        auto verified = newRun(tenant);
        verified->setCallbackGrace(200);
        qiqi().setAutoApprove(QStringLiteral("u1001"));
        redirectFrom(verified->start());
        QVERIFY2(waitFinished(*verified), qPrintable(verified->error()));

        auto crafted = newRun(tenant);
        crafted->handlePasted(
            QUrl(QStringLiteral("https://x.example/openid?openid=planted0000&requestId=forged")));
        QVERIFY2(waitFinished(*crafted), qPrintable(crafted->error()));
        QVERIFY(stepTitles(*crafted).contains(QLatin1String("Recorded as unverified")));
        const auto planted =
            m_workspace->mappings().find({QStringLiteral("qiqi"), tenant.id, QStringLiteral("planted0000")});
        QVERIFY(planted);
        QCOMPARE(planted->stateVerified, std::optional<bool>(false));
        QVERIFY(planted->lastVerified.isEmpty());

        auto next = newRun(tenant); // on the same fixed port, while the first run still exists
        next->setCallbackGrace(200);
        redirectFrom(next->start());
        QVERIFY2(waitFinished(*next), qPrintable(next->error()));
        QVERIFY2(stepTitles(*next).contains(QLatin1String("openid unchanged")),
                 qPrintable(stepTitles(*next)));
    }

    // Hardening: what the callback listener does with what the internet sends.
    void listenerHeadParser() {
        using Head = CallbackListener::Head;
        QCOMPARE(CallbackListener::parseHead("GET /openid?x=1 HTTP/1.1\r\nHost: a").state,
                 Head::State::Incomplete);
        const Head head = CallbackListener::parseHead("GET /openid?x=1 HTTP/1.1\r\nHost: a\r\n\r\n");
        QCOMPARE(head.state, Head::State::Complete);
        QCOMPARE(head.method, QByteArray("GET"));
        QCOMPARE(head.target, QByteArray("/openid?x=1"));
        QCOMPARE(CallbackListener::parseHead("GET /x HTTP/1.1\r\nX: " + QByteArray(20000, 'a')).state,
                 Head::State::TooLarge);
        QCOMPARE(CallbackListener::parseHead("HELLO\r\n\r\n").state, Head::State::Malformed);
        QCOMPARE(CallbackListener::parseHead("GET http://evil/ HTTP/1.1\r\n\r\n").state,
                 Head::State::Malformed);
    }

    void listenerSurvivesTheInternet() {
        CallbackListener::setIdleTimeout(400);
        auto run = newRun(normalTenant());
        run->start();
        const QUrl listener = run->callbackUrl();
        QVERIFY(listener.isValid());
        // Connections that never finish their request head: at most 32 are kept, none for long.
        std::vector<std::unique_ptr<QTcpSocket>> slow;
        for (int i = 0; i < 40; ++i) {
            slow.push_back(std::make_unique<QTcpSocket>());
            slow.back()->connectToHost(QHostAddress::LocalHost, quint16(listener.port()));
            slow.back()->write("GET /openid?openid="); // sent once connected
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(slow.begin(), slow.end(),
                                             [](const auto &socket) {
                                                 return socket->state() == QAbstractSocket::UnconnectedState;
                                             }),
                                 5000);
        // The listener lives on this thread: wait with the event loop running, never blocking.
        auto raw = [&](const QByteArray &request) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, quint16(listener.port()));
            (void)QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 2000);
            socket.write(request);
            QByteArray answer;
            (void)QTest::qWaitFor(
                [&] {
                    answer += socket.readAll();
                    return answer.contains("\r\n") || socket.state() == QAbstractSocket::UnconnectedState;
                },
                3000);
            return answer.left(answer.indexOf("\r\n"));
        };
        QCOMPARE(raw("POST /openid?openid=x HTTP/1.1\r\n\r\n"),
                 QByteArray("HTTP/1.1 405 Method Not Allowed"));
        QCOMPARE(raw("GET /elsewhere?openid=x HTTP/1.1\r\n\r\n"), QByteArray("HTTP/1.1 404 Not Found"));
        QCOMPARE(raw("GET /openid HTTP/1.1\r\nX: " + QByteArray(20000, 'a')),
                 QByteArray("HTTP/1.1 431 Request Header Fields Too Large"));
        // The listener still answers the platform: the callback, and the same callback resent.
        const QUrl callback =
            listener.resolved(QUrl(QStringLiteral("/openid?openid=o-resent&requestId=") + run->state()));
        QCOMPARE(get(callback), 200);
        QCOMPARE(get(callback), 200);
        QVERIFY(stepTitles(*run).contains(QLatin1String("Callback repeated")));
        QCOMPARE(
            get(listener.resolved(QUrl(QStringLiteral("/openid?openid=other&requestId=") + run->state()))),
            403);
        CallbackListener::setIdleTimeout(10000);
    }

    void listenerOnTheNetworkIsWarnedAbout() {
        Tenant tenant = normalTenant();
        tenant.settings.insert(QStringLiteral("callback_listen"), QStringLiteral("0.0.0.0:0"));
        auto run = newRun(tenant);
        run->start();
        QVERIFY(stepTitles(*run).contains(QLatin1String("reachable from the network")));
    }

    // Hardening: a code that is not a number is an error, whatever openid the answer carries.
    void nonNumericCodeIsAnError() {
        qiqi().setFault(QStringLiteral("string_code"), QStringLiteral("v1/code"));
        auto run = newRun(codeTenant());
        run->handleRedirect(approve(*run, QStringLiteral("u1001")));
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(QLatin1String("E1001")), qPrintable(run->error()));
        QVERIFY(!m_workspace->mappings().find(
            {QStringLiteral("qiqi"), run->tenant().id, QStringLiteral("o-123")}));
    }

    void denial() {
        auto run = newRun(codeTenant());
        run->handleRedirect(approve(*run, QStringLiteral("deny")));
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(QLatin1String("access_denied")), qPrintable(run->error()));
    }
};

QTEST_GUILESS_MAIN(TestQiqiFlow)
#include "tst_qiqiflow.moc"
