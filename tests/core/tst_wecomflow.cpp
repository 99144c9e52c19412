// The WeCom flow end to end over real HTTP against the sandbox, with the real keychain: every
// path of PROVIDERS.md §1 that does not need the browser (tst_authbrowser covers the browser).
#include "../support/Succeeded.h"
#include "Sandbox.h"
#include "TestSupport.h"
#include "WeComSandbox.h"
#include "net/ExchangeLog.h"
#include "net/HttpClient.h"
#include "run/FlowRun.h"
#include "workspace/Workspace.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace TestSupport;

class TestWeComFlow : public FlowTest {
    Q_OBJECT

    WeComSandbox &wecom() { return m_sandbox.platform<WeComSandbox>(); }
    int calls(const char *api) { return FlowTest::calls(QStringLiteral("wecom"), api); }
    Tenant freshTenant(const QString &scope = {}) {
        return scope.isEmpty()
                   ? FlowTest::freshTenant(QStringLiteral("wecom"))
                   : FlowTest::freshTenant(QStringLiteral("wecom"), {{QStringLiteral("scope"), scope}});
    }
    QUrl approve(FlowRun &run, const QString &user = QStringLiteral("zhangsan")) {
        return FlowTest::approve(run, user);
    }

private slots:
    void initTestCase() { setUpWorkspace(); }

    void init() {
        wecom().clearFaults();
        m_workspace->http()->setTimeout(15000);
    }

    void happyPath_data() {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("page");
        QTest::addColumn<bool>("details");
        QTest::newRow("wwlogin") << "wwlogin"
                                 << ""
                                 << "/wwlogin/sso/login" << false;
        QTest::newRow("qrconnect") << "qrconnect"
                                   << ""
                                   << "/wwopen/sso/qrConnect" << false;
        QTest::newRow("oauth snsapi_base") << "oauth"
                                           << "snsapi_base"
                                           << "/connect/oauth2/authorize" << false;
        QTest::newRow("oauth snsapi_privateinfo") << "oauth"
                                                  << "snsapi_privateinfo"
                                                  << "/connect/oauth2/authorize" << true;
    }
    void happyPath() {
        QFETCH(QString, mode);
        QFETCH(QString, scope);
        QFETCH(QString, page);
        QFETCH(bool, details);
        const Tenant tenant = freshTenant(scope);
        auto run = newRun(tenant, mode);
        const QUrl redirect = approve(*run, QStringLiteral("lisi"));
        QCOMPARE(run->steps().first().detail.contains(page), true);
        QVERIFY(run->isRedirect(redirect));
        run->handleRedirect(redirect);
        QVERIFY2(waitFinished(*run), qPrintable(run->error()));
        const Identity &identity = run->identity();
        QCOMPARE(identity.externalId, QStringLiteral("lisi"));
        QCOMPARE(identity.idType, QStringLiteral("userid"));
        QCOMPARE(identity.name, QStringLiteral("李四"));
        QCOMPARE(identity.department, QStringLiteral("研发部,产品部"));
        QVERIFY(identity.stateVerified);
        QCOMPARE(identity.mobile, details ? QStringLiteral("13800000002") : QString());
        QCOMPARE(identity.email, details ? QStringLiteral("lisi@example.com") : QString());
        QCOMPARE(run->log()->count(QStringLiteral("auth/getuserdetail")), details ? 1 : 0);
    }

    void departmentIdsWhenNamesAreNotAllowed() {
        // An app without contacts permission cannot list departments: the run still succeeds.
        wecom().setFault(QStringLiteral("ip_not_trusted"), QStringLiteral("department/list"));
        auto run = newRun(freshTenant());
        run->handleRedirect(approve(*run, QStringLiteral("lisi")));
        QVERIFY2(waitFinished(*run), qPrintable(run->error()));
        QCOMPARE(run->identity().department, QStringLiteral("2,3"));
        QVERIFY(stepTitles(*run).contains(QLatin1String("Department names unavailable")));
    }

    void authorizationUrlIsExactlyAsDocumented() {
        const Tenant tenant = freshTenant(QStringLiteral("snsapi_privateinfo"));
        auto run = newRun(tenant, QStringLiteral("oauth"));
        const QUrl url = run->start();
        const QString expected =
            m_sandbox.baseUrl().toString() + QStringLiteral("/connect/oauth2/authorize?appid=") +
            WeComSandbox::corpId +
            QStringLiteral("&redirect_uri=https%3A%2F%2Fapp.example.com%2Fsso%2Fwecom%2Fcallback"
                           "&response_type=code&scope=snsapi_privateinfo&state=") +
            run->state() + QStringLiteral("&agentid=") + WeComSandbox::agentId +
            QStringLiteral("#wechat_redirect");
        QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
        QCOMPARE(run->state().size(), 32);
        auto other = newRun(tenant, QStringLiteral("oauth"));
        other->start();
        QVERIFY(other->state() != run->state()); // fresh per run
    }

    void nonMemberComesOutWithOpenId() {
        auto run = newRun(freshTenant());
        run->handleRedirect(approve(*run, QStringLiteral("guest")));
        QVERIFY2(waitFinished(*run), qPrintable(run->error()));
        QCOMPARE(run->identity().idType, QStringLiteral("openid"));
        QCOMPARE(run->identity().externalId, QStringLiteral("oSbxGuest0000000000000001"));
        QCOMPARE(run->identity().extra.value(QLatin1String("external_userid")).toString(),
                 QStringLiteral("wmSbxGuest000001"));
    }

    void legacyCasingIsAccepted() {
        wecom().setFault(QStringLiteral("legacy_casing"), QStringLiteral("auth/getuserinfo"));
        auto run = newRun(freshTenant());
        run->handleRedirect(approve(*run));
        QVERIFY2(waitFinished(*run), qPrintable(run->error()));
        QCOMPARE(run->identity().externalId, QStringLiteral("zhangsan"));
        QVERIFY(run->identity()
                    .raw.value(QLatin1String("getuserinfo"))
                    .toObject()
                    .contains(QLatin1String("UserId")));
    }

    void stateMismatchStopsBeforeAnyExchange() {
        auto run = newRun(freshTenant());
        QUrl redirect = approve(*run);
        QUrlQuery query(redirect);
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("forgedState123"));
        redirect.setQuery(query);
        const int before = calls("auth/getuserinfo") + calls("gettoken");
        run->handleRedirect(redirect);
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(QLatin1String("State mismatch")), qPrintable(run->error()));
        QCOMPARE(calls("auth/getuserinfo") + calls("gettoken"), before);
        QCOMPARE(run->log()->exchanges().size(), 0);
    }

    void stateIsSingleUse() {
        const Tenant tenant = freshTenant();
        auto first = newRun(tenant);
        const QUrl redirect = approve(*first);
        first->handleRedirect(redirect);
        QVERIFY(waitFinished(*first));
        // The same redirect offered to a later run carries a state that run did not issue.
        auto second = newRun(tenant);
        approve(*second);
        second->handleRedirect(redirect);
        QVERIFY(!waitFinished(*second));
        QVERIFY(second->error().contains(QLatin1String("State mismatch")));
    }

    void denialIsReported() {
        auto run = newRun(freshTenant());
        const QUrl redirect = approve(*run, QStringLiteral("deny"));
        QVERIFY(!QUrlQuery(redirect).hasQueryItem(QStringLiteral("code")));
        const int before = calls("auth/getuserinfo");
        run->handleRedirect(redirect);
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(QLatin1String("denied")), qPrintable(run->error()));
        QCOMPARE(calls("auth/getuserinfo"), before);
    }

    void reusedCodeFailsWith40029() {
        const Tenant tenant = freshTenant();
        auto first = newRun(tenant);
        const QUrl redirect = approve(*first);
        first->handleRedirect(redirect);
        QVERIFY(waitFinished(*first));
        auto pasted = newRun(tenant);
        pasted->handlePasted(redirect);
        QVERIFY(!waitFinished(*pasted));
        QVERIFY2(stepTitles(*pasted).contains(QLatin1String("State not verified")),
                 qPrintable(stepTitles(*pasted)));
        QVERIFY2(pasted->error().contains(QLatin1String("40029")), qPrintable(pasted->error()));
        QVERIFY(pasted->error().contains(QLatin1String("run the authorization again")));
    }

    void pastedUrlWithOurStateIsVerified() {
        auto run = newRun(freshTenant());
        const QUrl redirect = approve(*run);
        run->handlePasted(redirect);
        QVERIFY2(waitFinished(*run), qPrintable(run->error()));
        QVERIFY(run->identity().stateVerified);
    }

    void pastedUrlForAnotherRedirectIsRefused() {
        auto run = newRun(freshTenant());
        run->handlePasted(QUrl(QStringLiteral("https://evil.test/sso/callback?code=abc&state=x")));
        QVERIFY(!waitFinished(*run));
        QVERIFY(run->error().contains(QLatin1String("redirect URI")));
    }

    void tokenIsReusedAcrossRuns() {
        const Tenant tenant = freshTenant();
        const int before = calls("gettoken");
        auto first = newRun(tenant);
        first->handleRedirect(approve(*first));
        QVERIFY(waitFinished(*first));
        QCOMPARE(calls("gettoken"), before + 1);
        // A second workspace is what a second process (the CLI, a restart) has: the token comes
        // from the keychain, not from memory.
        Workspace other;
        QString error;
        QVERIFY(succeeded(other.open(databasePath()), &error));
        auto second = newRun(tenant, {}, &other);
        second->handleRedirect(approve(*second));
        QVERIFY2(waitFinished(*second), qPrintable(second->error()));
        QCOMPARE(calls("gettoken"), before + 1);
        QVERIFY(stepTitles(*second).contains(QLatin1String("Token reused from cache")));
    }

    void concurrentRunsShareOneFetch() {
        const Tenant tenant = freshTenant();
        const int before = calls("gettoken");
        auto a = newRun(tenant);
        auto b = newRun(tenant);
        const QUrl ra = approve(*a);
        const QUrl rb = approve(*b);
        a->handleRedirect(ra);
        b->handleRedirect(rb);
        QVERIFY(waitFinished(*a));
        QVERIFY(waitFinished(*b));
        QCOMPARE(calls("gettoken"), before + 1);
    }

    void earlyInvalidationRefetchesOnce() {
        const Tenant tenant = freshTenant();
        auto first = newRun(tenant);
        first->handleRedirect(approve(*first));
        QVERIFY(waitFinished(*first));
        wecom().invalidateTokens(); // WeCom may drop a token before it expires
        const int before = calls("gettoken");
        auto second = newRun(tenant);
        second->handleRedirect(approve(*second));
        QVERIFY2(waitFinished(*second), qPrintable(second->error()));
        QCOMPARE(calls("gettoken"), before + 1);
        QVERIFY(stepTitles(*second).contains(QLatin1String("Token rejected")));
    }

    void tokenErrorIsRetriedOnlyOnce() {
        wecom().setFault(QStringLiteral("token_invalid"), QStringLiteral("auth/getuserinfo"), 5);
        auto run = newRun(freshTenant());
        const int before = calls("auth/getuserinfo");
        run->handleRedirect(approve(*run));
        QVERIFY(!waitFinished(*run));
        QCOMPARE(calls("auth/getuserinfo"), before + 2);
        QVERIFY2(run->error().contains(QLatin1String("40014")), qPrintable(run->error()));
    }

    void busyIsRetriedWithBackOff() {
        wecom().setFault(QStringLiteral("busy"), QStringLiteral("auth/getuserinfo"), 1);
        auto run = newRun(freshTenant());
        const int before = calls("auth/getuserinfo");
        run->handleRedirect(approve(*run));
        QVERIFY2(waitFinished(*run), qPrintable(run->error()));
        QCOMPARE(calls("auth/getuserinfo"), before + 2);
        QVERIFY(stepTitles(*run).contains(QLatin1String("WeCom busy (-1)")));
    }

    void busyGivesUpAfterThreeRetries() {
        wecom().setFault(QStringLiteral("busy"), QStringLiteral("auth/getuserinfo"), -1);
        auto run = newRun(freshTenant());
        const int before = calls("auth/getuserinfo");
        run->handleRedirect(approve(*run));
        QVERIFY(!waitFinished(*run));
        QCOMPARE(calls("auth/getuserinfo"), before + 4);
        QVERIFY(run->error().contains(QLatin1String("errcode -1")));
    }

    void rateLimitStops() {
        wecom().setFault(QStringLiteral("rate_limit"), QStringLiteral("auth/getuserinfo"), -1);
        auto run = newRun(freshTenant());
        const int before = calls("auth/getuserinfo");
        const int tokensBefore = calls("gettoken");
        run->handleRedirect(approve(*run));
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(QLatin1String("45009")), qPrintable(run->error()));
        QVERIFY(run->error().contains(QLatin1String("no further calls")));
        QCOMPARE(calls("auth/getuserinfo"), before + 1);
        QVERIFY(calls("gettoken") <= tokensBefore + 1);
    }

    void otherErrcodesAreExplained() {
        wecom().setFault(QStringLiteral("ip_not_trusted"), QStringLiteral("auth/getuserinfo"));
        auto run = newRun(freshTenant());
        run->handleRedirect(approve(*run));
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(QLatin1String("60020")), qPrintable(run->error()));
        QVERIFY(run->error().contains(QLatin1String("trusted IPs")));
        QVERIFY(run->error().contains(QLatin1String("from ip"))); // errmsg shown, not parsed
    }

    // Hardening: a string errcode is the number it holds, never success.
    void stringErrcodeIsNotSuccess() {
        wecom().setFault(QStringLiteral("string_errcode"), QStringLiteral("auth/getuserinfo"));
        auto run = newRun(freshTenant());
        run->handleRedirect(approve(*run));
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(QLatin1String("60020")) &&
                     run->error().contains(QLatin1String("trusted IPs")),
                 qPrintable(run->error()));
    }

    void malformedResponseIsClear() {
        wecom().setFault(QStringLiteral("malformed"), QStringLiteral("auth/getuserinfo"));
        auto run = newRun(freshTenant());
        run->handleRedirect(approve(*run));
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(QLatin1String("not valid JSON")), qPrintable(run->error()));
    }

    void slowResponseTimesOut() {
        m_workspace->http()->setTimeout(800);
        wecom().setFault(QStringLiteral("slow"), QStringLiteral("auth/getuserinfo"), 1, 3000);
        auto run = newRun(freshTenant());
        run->handleRedirect(approve(*run));
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(QLatin1String("timeout")), qPrintable(run->error()));
        QCOMPARE(run->log()->exchanges().last().status, 0);
    }

    void oversizedResponseIsCut() {
        m_workspace->http()->setMaxResponseBytes(16);
        auto run = newRun(freshTenant());
        run->handleRedirect(approve(*run));
        const bool ok = waitFinished(*run);
        m_workspace->http()->setMaxResponseBytes(4 * 1024 * 1024);
        QVERIFY(!ok);
        QVERIFY2(run->error().contains(QLatin1String("larger than 16 bytes")), qPrintable(run->error()));
    }

    void wrongSecretIsNamed() {
        Tenant tenant = wecomTenant(m_sandbox.baseUrl(), QStringLiteral("wrong-secret"));
        QVERIFY(saveTenant(*m_workspace, tenant, QStringLiteral("NotTheRightSecret0000")));
        auto run = newRun(tenant);
        run->handleRedirect(approve(*run));
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(QLatin1String("40001")), qPrintable(run->error()));
        QVERIFY(run->error().contains(QLatin1String("corpsecret")));
        QVERIFY(!run->error().contains(QLatin1String("NotTheRightSecret0000")));
    }

    void exchangesAreRedacted() {
        auto run = newRun(freshTenant(QStringLiteral("snsapi_privateinfo")), QStringLiteral("oauth"));
        run->handleRedirect(approve(*run));
        QVERIFY(waitFinished(*run));
        QVERIFY(run->log()->count(QStringLiteral("gettoken")) +
                    run->log()->count(QStringLiteral("user/get")) >=
                1);
        QString everything;
        for (const HttpExchange &exchange : run->log()->exchanges())
            everything += exchange.toText();
        for (const FlowStep &step : run->steps())
            everything += step.title + step.detail;
        QVERIFY(!everything.contains(WeComSandbox::corpSecret));
        QVERIFY(everything.contains(QLatin1String("access_token=***")));
        // The privateinfo run got a user_ticket: it shows masked in the raw JSON.
        QVERIFY(QJsonDocument(run->identity().toJson())
                    .toJson(QJsonDocument::Compact)
                    .contains("\"user_ticket\":\"***\""));
    }

    void plainHttpToRemoteHostIsRefused() {
        HttpRequest request;
        request.url = QUrl(QStringLiteral("http://qyapi.weixin.qq.com/cgi-bin/gettoken"));
        HttpResponse response;
        bool done = false;
        m_workspace->http()->send(request, nullptr, this, [&](const HttpResponse &r) {
            response = r;
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        QVERIFY2(response.error.contains(QLatin1String("plain http")), qPrintable(response.error));
    }

    void invalidConfigurationIsRejected() {
        Tenant tenant = wecomTenant(m_sandbox.baseUrl(), QStringLiteral("bad"));
        tenant.settings.insert(QStringLiteral("corpid"), QStringLiteral("12345"));
        tenant.settings.insert(QStringLiteral("agentid"), QStringLiteral("abc"));
        tenant.redirectUri = QStringLiteral("http://app.example.com/cb");
        tenant.endpoints.insert(QStringLiteral("api"), QStringLiteral("http://qyapi.example.com"));
        const QString problems = m_workspace->validate(tenant).join(QLatin1Char('\n'));
        QVERIFY(problems.contains(QLatin1String("CorpID")));
        QVERIFY(problems.contains(QLatin1String("AgentID")));
        QVERIFY(problems.contains(QLatin1String("redirect URI")));
        QVERIFY(problems.contains(QLatin1String("Endpoint \"api\"")));
        bool done = false, ok = true;
        m_workspace->saveTenant(tenant, QStringLiteral("whatever-secret"), [&](const Status &saved) {
            ok = saved.ok();
            done = true;
        });
        QVERIFY(done && !ok);
        QVERIFY(!m_workspace->tenants().find(QStringLiteral("bad")));
    }
};

QTEST_GUILESS_MAIN(TestWeComFlow)
#include "tst_wecomflow.moc"
