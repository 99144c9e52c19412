// The Feishu flow end to end over real HTTP against the sandbox, with the real keychain: every
// behaviour and fault of PROVIDERS.md §6.6 that does not need the browser.
#include "FeishuSandbox.h"
#include "TestSupport.h"
#include "crypto/Pkce.h"
#include "net/ExchangeLog.h"
#include "net/HttpClient.h"
#include "run/FlowRun.h"
#include "run/TokenSession.h"
#include "workspace/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace TestSupport;

class TestFeishuFlow : public FlowTest {
    Q_OBJECT

    FeishuSandbox &feishu() { return m_sandbox.platform<FeishuSandbox>(); }
    int calls(const char *api) { return FlowTest::calls(QStringLiteral("feishu"), api); }
    Tenant freshTenant(const QMap<QString, QString> &settings = {}) {
        return FlowTest::freshTenant(QStringLiteral("feishu"), settings);
    }

private slots:
    // The user token kept on request; Feishu issues a refresh token only with offline_access
    // (PROVIDERS §6.2), good once; a refresh is believed once user_info answers the same open_id.
    void keptUserTokenIsRefreshed() {
        const Tenant plain = freshTenant();
        QVERIFY(signIn(plain, QStringLiteral("lisi"), true)->phase() == FlowRun::Phase::Succeeded);
        const Status noRefresh =
            operateOnKeptTokens(plain, TokenOperation::Refresh, QStringLiteral("refresh"));
        QVERIFY(!noRefresh.ok());
        QVERIFY2(noRefresh.errorText().contains(QLatin1String("offline_access")),
                 qPrintable(noRefresh.errorText()));

        const Tenant offline = freshTenant({{QStringLiteral("scope"), QStringLiteral("offline_access")}});
        auto run = signIn(offline, QStringLiteral("lisi"), true);
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        for (int round = 0; round < 2; ++round) {
            const Status refreshed =
                operateOnKeptTokens(offline, TokenOperation::Refresh, QStringLiteral("refresh"));
            QVERIFY2(refreshed.ok(), qPrintable(refreshed.errorText()));
            QCOMPARE(refreshed.value().details.value(QLatin1String("refresh_token_rotated")).toBool(), true);
            QCOMPARE(refreshed.value().details.value(QLatin1String("open_id")).toString(),
                     run->identity().externalId);
        }
    }

    void initTestCase() { setUpWorkspace(); }
    void init() {
        feishu().clearFaults();
        m_workspace->http()->setTimeout(15000);
    }

    void authorizationUrlSendsS256() {
        const Tenant tenant = freshTenant();
        auto run = newRun(tenant);
        const QUrl url = run->start();
        QCOMPARE(url.path(), QStringLiteral("/open-apis/authen/v1/authorize"));
        QCOMPARE(queryValue(url, "client_id"), FeishuSandbox::appId);
        QCOMPARE(queryValue(url, "response_type"), QStringLiteral("code"));
        QCOMPARE(queryValue(url, "redirect_uri"), tenant.redirectUri);
        QCOMPARE(queryValue(url, "state"), run->state());
        QCOMPARE(queryValue(url, "code_challenge_method"),
                 QStringLiteral("S256"));                       // never Feishu's plain default
        QCOMPARE(queryValue(url, "code_challenge").size(), 43); // base64url of 32 bytes
        QVERIFY(!url.toString().contains(QLatin1String("code_verifier")));
        // Each run has its own verifier.
        auto other = newRun(tenant);
        QVERIFY(queryValue(other->start(), "code_challenge") != queryValue(url, "code_challenge"));
    }

    void pkceChallengeIsRfc7636() {
        // RFC 7636 Appendix B.
        QCOMPARE(Pkce::challengeS256(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QVERIFY(Pkce::newVerifier() != Pkce::newVerifier());
        QCOMPARE(Pkce::newVerifier().size(), 64);
    }

    void memberSignsIn() {
        const Tenant tenant = freshTenant();
        auto run = signIn(tenant, QStringLiteral("zhangsan"));
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        const Identity &identity = run->identity();
        QCOMPARE(identity.provider, QStringLiteral("feishu"));
        QCOMPARE(identity.idType, QStringLiteral("open_id"));
        QCOMPARE(identity.externalId, FeishuSandbox::openIdFor(QStringLiteral("zhangsan")));
        QCOMPARE(identity.name, QStringLiteral("张三"));
        QCOMPARE(identity.email, QStringLiteral("zhangsan@sandbox.example"));
        QCOMPARE(identity.mobile, QStringLiteral("+8613800000001"));
        QVERIFY(identity.extra.value(QLatin1String("union_id")).toString().startsWith(QLatin1String("on_")));
        QCOMPARE(identity.extra.value(QLatin1String("user_id")).toString(), QStringLiteral("u-zhangsan"));
        QCOMPARE(identity.extra.value(QLatin1String("tenant_key")).toString(), FeishuSandbox::tenantKey);
        QVERIFY(identity.stateVerified);
        // The mapping carries the secondary ids.
        const auto mapping =
            m_workspace->mappings().find({QStringLiteral("feishu"), tenant.id, identity.externalId});
        QVERIFY(mapping);
        QCOMPARE(mapping->secondaryIds.value(QLatin1String("user_id")).toString(),
                 QStringLiteral("u-zhangsan"));
        QVERIFY(mapping->secondaryIds.contains(QLatin1String("union_id")));
        // Neither the app_secret nor the user's access token (u-…, 60 characters) in what the run shows.
        static const QRegularExpression userToken(QStringLiteral("u-[A-Za-z0-9]{60}"));
        for (const HttpExchange &exchange : run->log()->exchanges()) {
            const QString shown = exchange.toText();
            QVERIFY2(!shown.contains(FeishuSandbox::appSecret), qPrintable(shown));
            QVERIFY2(!userToken.match(shown).hasMatch(), qPrintable(shown));
        }
    }

    void enterpriseMailboxWhenThereIsNoEmail() {
        auto run = signIn(freshTenant(), QStringLiteral("lisi"));
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        QCOMPARE(run->identity().email, QStringLiteral("lisi@corp.sandbox.example"));
        QVERIFY(stepTitles(*run).contains(QLatin1String("Email from enterprise_email")));
    }

    void fieldsFollowTheGrantedScopes() {
        auto run =
            signIn(freshTenant({{QStringLiteral("scope"), QStringLiteral("contact:user.phone:readonly")}}),
                   QStringLiteral("zhangsan"));
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        QVERIFY(run->identity().email.isEmpty());
        QCOMPARE(run->identity().mobile, QStringLiteral("+8613800000001"));
        QVERIFY(!run->identity().extra.contains(QLatin1String("user_id")));
    }

    void userTokensAreNeverCached() {
        const Tenant tenant = freshTenant();
        const int before = calls("oauth/token");
        QCOMPARE(signIn(tenant, QStringLiteral("zhangsan"))->phase(), FlowRun::Phase::Succeeded);
        QCOMPARE(signIn(tenant, QStringLiteral("zhangsan"))->phase(), FlowRun::Phase::Succeeded);
        QCOMPARE(calls("oauth/token"), before + 2);
    }

    void denialIsReported() {
        auto run = signIn(freshTenant(), QStringLiteral("deny"));
        QCOMPARE(run->phase(), FlowRun::Phase::Failed);
        QVERIFY2(run->error().contains(QLatin1String("access_denied")), qPrintable(run->error()));
        QCOMPARE(run->log()->exchanges().size(), 0);
    }

    void codeErrorsSayRestart_data() {
        QTest::addColumn<QString>("how");
        QTest::addColumn<QString>("code");
        QTest::newRow("used") << "used"
                              << "20065";
        QTest::newRow("not found") << "unknown"
                                   << "20003";
        QTest::newRow("expired") << "expired"
                                 << "20004";
    }
    void codeErrorsSayRestart() {
        QFETCH(QString, how);
        QFETCH(QString, code);
        const Tenant tenant = freshTenant();
        auto first = newRun(tenant);
        QUrl redirect = approve(*first, QStringLiteral("zhangsan"));
        if (how == QLatin1String("used")) {
            first->handleRedirect(redirect);
            QVERIFY(waitFinished(*first));
        }
        if (how == QLatin1String("unknown")) {
            QUrlQuery changed(redirect);
            changed.removeAllQueryItems(QStringLiteral("code"));
            changed.addQueryItem(QStringLiteral("code"), QStringLiteral("nosuchcode"));
            redirect.setQuery(changed);
        }
        if (how == QLatin1String("expired"))
            feishu().setFault(QStringLiteral("expire_codes"), QStringLiteral("oauth/token"));
        auto run = how == QLatin1String("used") ? newRun(tenant) : std::move(first);
        run->handlePasted(redirect);
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(code) &&
                     run->error().contains(QLatin1String("run the authorization again")),
                 qPrintable(run->error()));
    }

    void anotherRunsRedirectFailsPkce() {
        // A redirect of one run replayed into another: its code is bound to the first run's
        // challenge, so the second run's verifier fails (20049), besides the unverified state.
        const Tenant tenant = freshTenant();
        auto first = newRun(tenant);
        const QUrl redirect = approve(*first, QStringLiteral("zhangsan"));
        auto second = newRun(tenant);
        second->start();
        second->handlePasted(redirect);
        QVERIFY(!waitFinished(*second));
        QVERIFY2(second->error().contains(QLatin1String("20049")), qPrintable(second->error()));
        QVERIFY(stepTitles(*second).contains(QLatin1String("State not verified")));
    }

    void redirectUriMismatchIsExplained() {
        Tenant tenant = freshTenant();
        auto first = newRun(tenant);
        const QUrl redirect = approve(*first, QStringLiteral("zhangsan"));
        // The same path with a query: the browser capture matches, Feishu's exact comparison does not.
        tenant.redirectUri += QStringLiteral("?from=authdesk");
        auto run = newRun(tenant);
        run->handlePasted(redirect);
        QVERIFY(!waitFinished(*run));
        QVERIFY2(run->error().contains(QLatin1String("20071")) &&
                     run->error().contains(QLatin1String("redirect URL list")),
                 qPrintable(run->error()));
    }

    void serverErrorsAreRetried() {
        feishu().setFault(QStringLiteral("server_error"), QStringLiteral("oauth/token"), 2);
        auto run = signIn(freshTenant(), QStringLiteral("zhangsan"));
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        QCOMPARE(stepTitles(*run).count(QLatin1String("Feishu server error (20050)")), 2);
    }

    void unavailableGivesUpAfterThreeRetries() {
        feishu().setFault(QStringLiteral("unavailable"), QStringLiteral("oauth/token"), -1);
        const int before = calls("oauth/token");
        auto run = signIn(freshTenant(), QStringLiteral("zhangsan"));
        QCOMPARE(run->phase(), FlowRun::Phase::Failed);
        QCOMPARE(calls("oauth/token"), before + 4);
        QVERIFY2(run->error().contains(QLatin1String("20072")) &&
                     run->error().contains(QLatin1String("HTTP 503")),
                 qPrintable(run->error()));
    }

    void rateLimitWaitsForTheReset() {
        feishu().setFault(QStringLiteral("rate_limit"), QStringLiteral("user_info"), 1);
        auto run = signIn(freshTenant(), QStringLiteral("zhangsan"));
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        QVERIFY(stepTitles(*run).contains(QLatin1String("Feishu rate limit (99991400)")));
        feishu().setFault(QStringLiteral("rate_limit"), QStringLiteral("user_info"), -1);
        auto limited = signIn(freshTenant(), QStringLiteral("zhangsan"));
        QCOMPARE(limited->phase(), FlowRun::Phase::Failed);
        QVERIFY2(limited->error().contains(QLatin1String("resets in 1 s")), qPrintable(limited->error()));
    }

    void inactiveUsersAreExplained_data() {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("expected");
        QTest::newRow("resigned") << "wangwu"
                                  << "20021 (the user has resigned)";
        QTest::newRow("frozen") << "zhaoliu"
                                << "20022 (the user is frozen)";
    }
    void inactiveUsersAreExplained() {
        QFETCH(QString, user);
        QFETCH(QString, expected);
        auto run = signIn(freshTenant(), user);
        QCOMPARE(run->phase(), FlowRun::Phase::Failed);
        QVERIFY2(run->error().contains(expected), qPrintable(run->error()));
    }

    void pinnedTenantKeyRefusesAnotherEnterprise() {
        const Tenant pinned = freshTenant({{QStringLiteral("tenant_key"), FeishuSandbox::tenantKey}});
        auto guest = signIn(pinned, QStringLiteral("guest"));
        QCOMPARE(guest->phase(), FlowRun::Phase::Failed);
        QVERIFY2(guest->error().contains(QLatin1String("pinned")), qPrintable(guest->error()));
        QVERIFY(!m_workspace->mappings().find(
            {QStringLiteral("feishu"), pinned.id, FeishuSandbox::openIdFor(QStringLiteral("guest"))}));
        QCOMPARE(signIn(pinned, QStringLiteral("zhangsan"))->phase(), FlowRun::Phase::Succeeded);
    }

    void credentialsCheck() {
        const Tenant tenant = freshTenant();
        const Provider *provider = Provider::find(QStringLiteral("feishu"));
        std::optional<Status> result;
        provider->checkCredentials(tenant, m_workspace->providerContext(this, FeishuSandbox::appSecret),
                                   [&](const Status &status) { result = status; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(result->ok(), qPrintable(result->errorText()));
        QVERIFY(result->value().message.contains(QLatin1String("tenant_access_token")));
        result.reset();
        provider->checkCredentials(tenant, m_workspace->providerContext(this, QStringLiteral("wrong-secret")),
                                   [&](const Status &status) { result = status; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->ok());
    }

    // What the sandbox reproduces beyond what AuthDesk's own requests reach (§6.6), over raw HTTP.
    void sandboxReproducesTheRest() {
        QNetworkAccessManager network;
        network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        auto send = [&](QNetworkReply *reply) {
            (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
            reply->deleteLater();
            return std::make_pair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                                  reply->readAll());
        };
        const QString base = m_sandbox.baseUrl().toString();
        auto authorize = [&](const QString &redirect, const QString &extra) {
            return QUrl(base +
                        QStringLiteral("/open-apis/authen/v1/"
                                       "authorize?client_id=%1&response_type=code&redirect_uri=%2&state=s%3")
                            .arg(FeishuSandbox::appId, QString::fromLatin1(QUrl::toPercentEncoding(redirect)),
                                 extra));
        };
        // A redirect_uri outside the app's redirect URL list: Feishu's error page, no redirect.
        const auto [pageStatus, page] =
            send(network.get(QNetworkRequest(authorize(QStringLiteral("https://evil.example/cb"), {}))));
        QCOMPARE(pageStatus, 400);
        QVERIFY(page.contains("20029"));
        // Without a method the challenge is plain: the verifier itself must come back.
        feishu().setAutoApprove(QStringLiteral("zhangsan"));
        const QString redirect = QStringLiteral("https://app.example.com/sso/feishu/callback");
        auto codeFor = [&](const QString &extra) {
            QNetworkReply *reply = network.get(QNetworkRequest(authorize(redirect, extra)));
            (void)QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
            reply->deleteLater();
            return QUrlQuery(QUrl(QString::fromUtf8(reply->rawHeader("Location"))))
                .queryItemValue(QStringLiteral("code"));
        };
        auto token = [&](const QString &code, const QString &verifier, bool basic) {
            QNetworkRequest request(QUrl(base + QStringLiteral("/open-apis/authen/v2/oauth/token")));
            request.setRawHeader("Content-Type", "application/json; charset=utf-8");
            if (basic)
                request.setRawHeader("Authorization", "Basic " + QByteArray("a:b").toBase64());
            const QJsonObject body{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                   {QStringLiteral("client_id"), FeishuSandbox::appId},
                                   {QStringLiteral("client_secret"), FeishuSandbox::appSecret},
                                   {QStringLiteral("code"), code},
                                   {QStringLiteral("redirect_uri"), redirect},
                                   {QStringLiteral("code_verifier"), verifier}};
            return send(network.post(request, QJsonDocument(body).toJson()));
        };
        QCOMPARE(
            token(codeFor(QStringLiteral("&code_challenge=plainverifier")), QStringLiteral("other"), false)
                .second.contains("20049"),
            true);
        QCOMPARE(token(codeFor(QStringLiteral("&code_challenge=plainverifier")),
                       QStringLiteral("plainverifier"), false)
                     .first,
                 200);
        // client_secret and a Basic header together: 20070.
        QVERIFY(token(codeFor({}), {}, true).second.contains("20070"));
        // tenant_access_token: the same token while at least 30 minutes are left.
        auto tenantToken = [&] {
            QNetworkRequest request(
                QUrl(base + QStringLiteral("/open-apis/auth/v3/tenant_access_token/internal")));
            request.setRawHeader("Content-Type", "application/json");
            const QJsonObject body{{QStringLiteral("app_id"), FeishuSandbox::appId},
                                   {QStringLiteral("app_secret"), FeishuSandbox::appSecret}};
            return QJsonDocument::fromJson(send(network.post(request, QJsonDocument(body).toJson())).second)
                .object()
                .value(QLatin1String("tenant_access_token"))
                .toString();
        };
        const QString first = tenantToken();
        QVERIFY(first.startsWith(QLatin1String("t-")));
        QCOMPARE(tenantToken(), first);
    }

    void configurationIsValidated() {
        Tenant tenant =
            sandboxTenant(QStringLiteral("feishu"), m_sandbox.baseUrl(), QStringLiteral("bad-feishu"));
        tenant.settings.insert(QStringLiteral("app_id"), QStringLiteral("a1b2"));
        const QString problems = m_workspace->validate(tenant).join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QLatin1String("cli_")), qPrintable(problems));
    }
};

QTEST_GUILESS_MAIN(TestFeishuFlow)
#include "tst_feishuflow.moc"
