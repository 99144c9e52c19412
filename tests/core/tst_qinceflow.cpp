// The 勤策 flow end to end over real HTTP against the sandbox, with the real keychain
// (PROVIDERS.md §2); tst_authbrowser covers the same platform in the browser.
#include "../support/Succeeded.h"
#include "QinceSandbox.h"
#include "TestSupport.h"
#include "net/ExchangeLog.h"
#include "net/HttpClient.h"
#include "providers/Provider.h"
#include "run/FlowRun.h"

#include <QTest>
#include <QUrlQuery>

using namespace TestSupport;

class TestQinceFlow : public FlowTest {
    Q_OBJECT

    QinceSandbox &qince() { return m_sandbox.platform<QinceSandbox>(); }
    int calls(const char *api) { return FlowTest::calls(QStringLiteral("qince"), api); }
    Tenant freshTenant() { return FlowTest::freshTenant(QStringLiteral("qince")); }
    static QString normalUser() { return QStringLiteral("8000000000000000101"); }

    // A URL 勤策 produced by itself, as for a menu entry: the state is the admin's, not ours.
    QUrl menuEntryRedirect(const Tenant &tenant, const QString &user) {
        qince().setAutoApprove(user);
        AuthorizationRequest request =
            Provider::find(QStringLiteral("qince"))->begin(tenant, QStringLiteral("oauth"));
        request.state = QStringLiteral("menu42");
        return redirectFrom(Provider::find(QStringLiteral("qince"))->authorizationUrl(tenant, request));
    }

    QUrl withParameter(QUrl url, const QString &key, const QString &value) {
        QUrlQuery query(url);
        query.removeAllQueryItems(key);
        query.addQueryItem(key, value);
        url.setQuery(query);
        return url;
    }

private slots:
    void initTestCase() { setUpWorkspace(); }
    void init() {
        qince().clearFaults();
        m_workspace->http()->setTimeout(15000);
    }

    void authorizationUrlIsExactlyAsDocumented() {
        const Tenant tenant = freshTenant();
        auto run = newRun(tenant);
        const QUrl url = run->start();
        QCOMPARE(url.toString(QUrl::FullyEncoded),
                 m_sandbox.baseUrl().toString() +
                     QStringLiteral("/service/oauth/authorize?response_type=code&app_id=") +
                     QinceSandbox::appId +
                     QStringLiteral("&redirect_uri=https%3A%2F%2Fapp.example.com%2Fsso%2Fqince%2Fcallback&"
                                    "scope=user&state=") +
                     run->state() + QStringLiteral("&tenant_id=") + QinceSandbox::tenantId);
        QVERIFY(run->state().toUtf8().size() <= 64);
    }

    void eachUserKind_data() {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("userType");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("thridId");
        QTest::newRow("normal user") << "8000000000000000101"
                                     << "王五"
                                     << "user (用户)"
                                     << "normal (正常)"
                                     << "EMP-0101";
        QTest::newRow("disabled user") << "8000000000000000102"
                                       << "赵六"
                                       << "user (用户)"
                                       << "disabled (停用)"
                                       << "EMP-0102";
        QTest::newRow("customer contact") << "8000000000000000201"
                                          << "钱七"
                                          << "customer contact (客户联系人)"
                                          << "normal (正常)"
                                          << "";
    }
    void eachUserKind() {
        QFETCH(QString, user);
        QFETCH(QString, name);
        QFETCH(QString, userType);
        QFETCH(QString, status);
        QFETCH(QString, thridId);
        auto run = newRun(freshTenant());
        const QUrl redirect = approve(*run, user);
        QCOMPARE(QUrlQuery(redirect).queryItemValue(QStringLiteral("tenant_id")), QinceSandbox::tenantId);
        run->handleRedirect(redirect);
        QVERIFY2(waitFinished(*run), qPrintable(run->error()));
        const Identity &identity = run->identity();
        QCOMPARE(identity.externalId, user);
        QCOMPARE(identity.idType, QStringLiteral("qince_id"));
        QCOMPARE(identity.name, name);
        QVERIFY(identity.department.startsWith(QStringLiteral("沙盒快消/")));
        QCOMPARE(identity.extra.value(QLatin1String("user_type")).toString(), userType);
        QCOMPARE(identity.extra.value(QLatin1String("status")).toString(), status);
        QCOMPARE(identity.extra.value(QLatin1String("thrid_id")).toString(), thridId);
        QVERIFY(!identity.extra.value(QLatin1String("depart_name")).toString().isEmpty());
        QCOMPARE(stepTitles(*run).contains(QLatin1String("not active")),
                 status != QStringLiteral("normal (正常)"));
    }

    void denialThroughTheErrorPage() {
        auto run = newRun(freshTenant());
        const QUrl errorPage = approve(*run, QStringLiteral("deny"));
        QCOMPARE(errorPage.path(), QStringLiteral("/oauth2/authorize_error.jsp"));
        QVERIFY(run->captures(errorPage));
        const int before = calls("token") + calls("userinfo");
        run->handleRedirect(errorPage);
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(QLatin1String("access_denied")), qPrintable(run->error()));
        QVERIFY(run->error().contains(QLatin1String("denied")));
        QVERIFY(stepTitles(*run).contains(QLatin1String("Authorization error page")));
        QCOMPARE(calls("token") + calls("userinfo"), before);
    }

    void errorPagesOfEveryKindAreExplained() {
        const Tenant tenant = freshTenant();
        const Provider *qinceProvider = Provider::find(QStringLiteral("qince"));
        const AuthorizationRequest request = qinceProvider->begin(tenant, QStringLiteral("oauth"));
        for (const char *error : {"invalid_request", "unauthorized_client", "access_denied",
                                  "unsupported_response_type", "invalid_scope", "server_error"}) {
            const QUrl page(m_sandbox.baseUrl().toString() +
                            QStringLiteral("/oauth2/authorize_error.jsp?error=%1&state=s&app_id=a")
                                .arg(QLatin1String(error)));
            QVERIFY(request.isErrorPage(page));
            const QString message = qinceProvider->describeErrorPage(tenant, page);
            QVERIFY2(message.contains(QLatin1String(error)), error);
            QVERIFY2(!message.contains(QLatin1String("does not document")), error);
        }
        // The same path on another host is not 勤策's page.
        QVERIFY(!request.isErrorPage(
            QUrl(QStringLiteral("https://evil.test/oauth2/authorize_error.jsp?error=x"))));
    }

    void stateMismatch() {
        auto run = newRun(freshTenant());
        const QUrl redirect =
            withParameter(approve(*run, normalUser()), QStringLiteral("state"), QStringLiteral("forged"));
        const int before = calls("userinfo");
        run->handleRedirect(redirect);
        QVERIFY(!waitFinished(*run));
        QVERIFY(run->error().contains(QLatin1String("State mismatch")));
        QCOMPARE(calls("userinfo"), before);
    }

    void tenantOrAppMismatch_data() {
        QTest::addColumn<QString>("parameter");
        QTest::newRow("tenant_id") << "tenant_id";
        QTest::newRow("app_id") << "app_id";
    }
    void tenantOrAppMismatch() {
        QFETCH(QString, parameter);
        auto run = newRun(freshTenant());
        const QUrl redirect =
            withParameter(approve(*run, normalUser()), parameter, QStringLiteral("1234567"));
        const int before = calls("token") + calls("userinfo");
        run->handleRedirect(redirect);
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(parameter + QStringLiteral("=\"1234567\"")), qPrintable(run->error()));
        QCOMPARE(calls("token") + calls("userinfo"), before);
    }

    void pastedMenuEntryUrlThenCodeReuse() {
        const Tenant tenant = freshTenant();
        const QUrl redirect = menuEntryRedirect(tenant, normalUser());
        QCOMPARE(QUrlQuery(redirect).queryItemValue(QStringLiteral("state")), QStringLiteral("menu42"));
        auto pasted = newRun(tenant);
        pasted->handlePasted(redirect);
        QVERIFY2(waitFinished(*pasted), qPrintable(pasted->error()));
        QVERIFY(!pasted->identity().stateVerified);
        QVERIFY(stepTitles(*pasted).contains(QLatin1String("State not verified")));

        auto again = newRun(tenant);
        again->handlePasted(redirect);
        QVERIFY(!waitFinished(*again));
        QVERIFY2(again->error().contains(QLatin1String("return_code 10004")), qPrintable(again->error()));
    }

    void tokenIsReusedAcrossRuns() {
        const Tenant tenant = freshTenant();
        const int before = calls("token");
        auto first = newRun(tenant);
        first->handleRedirect(approve(*first, normalUser()));
        QVERIFY(waitFinished(*first));
        Workspace other;
        QString error;
        QVERIFY(succeeded(other.open(databasePath()), &error));
        auto second = newRun(tenant, {}, &other);
        second->handleRedirect(approve(*second, normalUser()));
        QVERIFY2(waitFinished(*second), qPrintable(second->error()));
        QCOMPARE(calls("token"), before + 1);
    }

    void earlyInvalidationRefetchesOnce() {
        const Tenant tenant = freshTenant();
        auto first = newRun(tenant);
        first->handleRedirect(approve(*first, normalUser()));
        QVERIFY(waitFinished(*first));
        qince().invalidateTokens();
        const int tokens = calls("token");
        const int userinfo = calls("userinfo");
        auto second = newRun(tenant);
        second->handleRedirect(approve(*second, normalUser()));
        QVERIFY2(waitFinished(*second), qPrintable(second->error()));
        QCOMPARE(calls("token"), tokens + 1);
        QCOMPARE(calls("userinfo"), userinfo + 2);
        QVERIFY(stepTitles(*second).contains(QLatin1String("Cached token refused")));
    }

    void wrongAppSecret() {
        Tenant tenant = qinceTenant(m_sandbox.baseUrl(), QStringLiteral("qince-wrong-secret"));
        QVERIFY(saveTenant(*m_workspace, tenant, QStringLiteral("NotTheAppSecret000")));
        auto run = newRun(tenant);
        run->handleRedirect(approve(*run, normalUser()));
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(QLatin1String("return_code 10002")), qPrintable(run->error()));
        QVERIFY(run->error().contains(QLatin1String("app_secret")));
        QVERIFY(!run->error().contains(QLatin1String("NotTheAppSecret000")));
        // The request body carried the secret; the recorded exchange does not.
        const HttpExchange &exchange = run->log()->exchanges().first();
        QVERIFY(exchange.requestBody.contains("\"app_secret\":\"***\""));
    }

    // Hardening: "return_code":"0" is success, as the number it holds.
    void stringReturnCodeZeroIsSuccess() {
        qince().setFault(QStringLiteral("string_return_code"), QStringLiteral("userinfo"));
        auto run = newRun(freshTenant());
        run->handleRedirect(approve(*run, normalUser()));
        QVERIFY2(waitFinished(*run), qPrintable(run->error()));
        QCOMPARE(run->identity().externalId, normalUser());
    }

    void malformedResponse() {
        qince().setFault(QStringLiteral("malformed"), QStringLiteral("userinfo"));
        auto run = newRun(freshTenant());
        run->handleRedirect(approve(*run, normalUser()));
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(QLatin1String("not valid JSON")), qPrintable(run->error()));
    }

    void slowResponseTimesOut() {
        m_workspace->http()->setTimeout(800);
        qince().setFault(QStringLiteral("slow"), QStringLiteral("token"), 1, 3000);
        auto run = newRun(freshTenant());
        run->handleRedirect(approve(*run, normalUser()));
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(QLatin1String("timeout")), qPrintable(run->error()));
    }

    void nothingSecretInTheRecord() {
        auto run = newRun(freshTenant());
        run->handleRedirect(approve(*run, normalUser()));
        QVERIFY(waitFinished(*run));
        QString everything;
        for (const HttpExchange &exchange : run->log()->exchanges())
            everything += exchange.toText();
        for (const FlowStep &step : run->steps())
            everything += step.title + step.detail;
        QVERIFY(!everything.contains(QinceSandbox::appSecret));
        QVERIFY(everything.contains(QLatin1String("access_token=***")));
    }
};

QTEST_GUILESS_MAIN(TestQinceFlow)
#include "tst_qinceflow.moc"
