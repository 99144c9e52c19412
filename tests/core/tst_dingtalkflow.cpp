// The DingTalk flow end to end over real HTTP against the sandbox, with the real keychain: every
// behaviour and fault of PROVIDERS.md §7.7 that does not need the browser.
#include "DingTalkSandbox.h"
#include "TestSupport.h"
#include "net/ExchangeLog.h"
#include "net/HttpClient.h"
#include "providers/DingTalkProvider.h"
#include "run/FlowRun.h"
#include "run/TokenSession.h"
#include "workspace/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QUrlQuery>

using namespace TestSupport;

class TestDingTalkFlow : public FlowTest {
    Q_OBJECT

    DingTalkSandbox &dingtalk() { return m_sandbox.platform<DingTalkSandbox>(); }
    int calls(const char *api) { return FlowTest::calls(QStringLiteral("dingtalk"), api); }
    Tenant freshTenant(const QMap<QString, QString> &settings = {}) {
        return FlowTest::freshTenant(QStringLiteral("dingtalk"), settings);
    }

private slots:
    void initTestCase() { setUpWorkspace(); }
    void init() {
        dingtalk().clearFaults();
        m_workspace->http()->setTimeout(15000);
    }

    void authorizationUrlIsAsDocumented() {
        const Tenant tenant = freshTenant();
        auto run = newRun(tenant);
        const QUrl url = run->start();
        QCOMPARE(url.path(), QStringLiteral("/oauth2/auth"));
        QCOMPARE(queryValue(url, "client_id"), DingTalkSandbox::clientId);
        QCOMPARE(queryValue(url, "scope"), QStringLiteral("openid corpid"));
        QCOMPARE(queryValue(url, "prompt"), QStringLiteral("consent"));
        QCOMPARE(queryValue(url, "response_type"), QStringLiteral("code"));
        QCOMPARE(queryValue(url, "state"), run->state());
        QCOMPARE(queryValue(url, "redirect_uri"), tenant.redirectUri);
    }

    void memberSignsInWithTheirUserid() {
        const Tenant tenant = freshTenant({{QStringLiteral("corp_id"), DingTalkSandbox::corpId}});
        auto run = signIn(tenant, QStringLiteral("zhangsan"));
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        const Identity &identity = run->identity();
        QCOMPARE(identity.idType, QStringLiteral("corpid:unionid"));
        QCOMPARE(identity.externalId, DingTalkSandbox::corpId + QLatin1Char(':') +
                                          DingTalkSandbox::unionIdFor(QStringLiteral("zhangsan")));
        QCOMPARE(identity.extra.value(QLatin1String("unionid")).toString(),
                 DingTalkSandbox::unionIdFor(QStringLiteral("zhangsan")));
        QCOMPARE(identity.name, QStringLiteral("张三"));
        QCOMPARE(identity.mobile, QStringLiteral("13800000011"));
        QCOMPARE(identity.extra.value(QLatin1String("userid")).toString(), QStringLiteral("manager4711"));
        QCOMPARE(identity.extra.value(QLatin1String("corpid")).toString(), DingTalkSandbox::corpId);
        QVERIFY(identity.extra.value(QLatin1String("openid")).toString().startsWith(QLatin1String("open")));
        const auto mapping =
            m_workspace->mappings().find({QStringLiteral("dingtalk"), tenant.id, identity.externalId});
        QVERIFY(mapping);
        QCOMPARE(mapping->secondaryIds.value(QLatin1String("userid")).toString(),
                 QStringLiteral("manager4711"));
        for (const HttpExchange &exchange : run->log()->exchanges())
            QVERIFY2(!exchange.toText().contains(DingTalkSandbox::clientSecret),
                     qPrintable(exchange.toText()));
    }

    // The user token kept on request, refreshed (PROVIDERS §7.2): the refresh token rotates and is
    // good once, and the new token is believed once users/me answers the same unionId.
    void keptUserTokenIsRefreshed() {
        const Tenant tenant = freshTenant();
        auto run = signIn(tenant, QStringLiteral("zhangsan"), true);
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        QVERIFY(stepTitles(*run).contains(QLatin1String("Tokens kept in the keychain")));
        for (int round = 0; round < 2; ++round) { // the rotated token is the one used next
            const Status refreshed =
                operateOnKeptTokens(tenant, TokenOperation::Refresh, QStringLiteral("refresh"));
            QVERIFY2(refreshed.ok(), qPrintable(refreshed.errorText()));
            QCOMPARE(refreshed.value().details.value(QLatin1String("refresh_token_rotated")).toBool(), true);
            QCOMPARE(refreshed.value().details.value(QLatin1String("unionid")).toString(),
                     run->identity().extra.value(QLatin1String("unionid")).toString());
        }
        const Status introspected =
            operateOnKeptTokens(tenant, TokenOperation::Introspect, QStringLiteral("access"));
        QVERIFY(!introspected.ok());
        QVERIFY(introspected.errorText().contains(QLatin1String("only its refresh")));
        // Without "keep tokens" nothing is kept.
        const Tenant other = freshTenant();
        QVERIFY(signIn(other, QStringLiteral("zhangsan"))->phase() == FlowRun::Phase::Succeeded);
        QVERIFY(!operateOnKeptTokens(other, TokenOperation::Refresh, QStringLiteral("refresh")).ok());
    }

    void outsiderSignsInWithAWarning() {
        auto run = signIn(freshTenant(), QStringLiteral("visitor"));
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        QVERIFY(!run->identity().extra.contains(QLatin1String("userid")));
        bool explained = false;
        for (const FlowStep &step : run->steps())
            explained |= step.title == QLatin1String("Enterprise userid unavailable") &&
                         step.detail.contains(QLatin1String("60121"));
        QVERIFY2(explained, qPrintable(stepTitles(*run)));
    }

    void missingPermissionIsNamed() {
        dingtalk().setFault(QStringLiteral("no_permission"), QStringLiteral("topapi/user/getbyunionid"));
        auto run = signIn(freshTenant(), QStringLiteral("zhangsan"));
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        bool named = false;
        for (const FlowStep &step : run->steps())
            named |= step.title == QLatin1String("Enterprise userid unavailable") &&
                     step.detail.contains(QLatin1String("qyapi_get_member"));
        QVERIFY(named);
    }

    void rateLimitIsExplained() {
        dingtalk().setFault(QStringLiteral("rate_limit"), QStringLiteral("topapi/user/getbyunionid"));
        auto run = signIn(freshTenant(), QStringLiteral("zhangsan"));
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        bool explained = false;
        for (const FlowStep &step : run->steps())
            explained |= step.detail.contains(QLatin1String("90002")) &&
                         step.detail.contains(QLatin1String("call-frequency"));
        QVERIFY(explained);
    }

    void appTokenIsCachedAndRefetchedOnce() {
        const Tenant tenant = freshTenant();
        const int before = calls("oauth2/accessToken");
        QCOMPARE(signIn(tenant, QStringLiteral("zhangsan"))->phase(), FlowRun::Phase::Succeeded);
        QCOMPARE(signIn(tenant, QStringLiteral("zhangsan"))->phase(), FlowRun::Phase::Succeeded);
        QCOMPARE(calls("oauth2/accessToken"), before + 1); // cached like WeCom's
        dingtalk().invalidateTokens();                     // 40014 on the next lookup
        auto run = signIn(tenant, QStringLiteral("zhangsan"));
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        QCOMPARE(calls("oauth2/accessToken"), before + 2);
        QVERIFY(stepTitles(*run).contains(QLatin1String("App token rejected")));
        QCOMPARE(run->identity().extra.value(QLatin1String("userid")).toString(),
                 QStringLiteral("manager4711"));
    }

    void userTokensAreNeverCached() {
        const Tenant tenant = freshTenant();
        const int before = calls("oauth2/userAccessToken");
        QCOMPARE(signIn(tenant, QStringLiteral("zhangsan"))->phase(), FlowRun::Phase::Succeeded);
        QCOMPARE(signIn(tenant, QStringLiteral("zhangsan"))->phase(), FlowRun::Phase::Succeeded);
        QCOMPARE(calls("oauth2/userAccessToken"), before + 2);
    }

    void redirectCodes_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("succeeds");
        QTest::newRow("authCode and code, same value") << "both_codes" << true;
        QTest::newRow("code only") << "code_only" << true;
        QTest::newRow("different values") << "mismatched_codes" << false;
    }
    void redirectCodes() {
        QFETCH(QString, fault);
        QFETCH(bool, succeeds);
        dingtalk().setFault(fault);
        auto run = signIn(freshTenant(), QStringLiteral("zhangsan"));
        QCOMPARE(run->phase() == FlowRun::Phase::Succeeded, succeeds);
        if (!succeeds) {
            QVERIFY2(run->error().contains(QLatin1String("different values")), qPrintable(run->error()));
            QCOMPARE(run->log()->exchanges().size(), 0);
        }
    }

    void codesAreSingleUse() {
        const Tenant tenant = freshTenant();
        auto first = newRun(tenant);
        const QUrl redirect = approve(*first, QStringLiteral("zhangsan"));
        first->handleRedirect(redirect);
        QVERIFY(waitFinished(*first));
        auto replay = newRun(tenant);
        replay->handlePasted(redirect);
        QVERIFY(!waitFinished(*replay));
        QVERIFY2(replay->error().contains(QLatin1String("invalidAuthCode")) &&
                     replay->error().contains(QLatin1String("run the authorization again")),
                 qPrintable(replay->error()));
    }

    void denialIsReported() {
        auto run = signIn(freshTenant(), QStringLiteral("deny"));
        QCOMPARE(run->phase(), FlowRun::Phase::Failed);
        QVERIFY2(run->error().contains(QLatin1String("access_denied")), qPrintable(run->error()));
    }

    void pinnedCorpIdRefusesAnotherEnterprise() {
        dingtalk().setFault(QStringLiteral("wrong_corp"), QStringLiteral("oauth2/userAccessToken"));
        const Tenant pinned = freshTenant({{QStringLiteral("corp_id"), DingTalkSandbox::corpId}});
        auto run = signIn(pinned, QStringLiteral("zhangsan"));
        QCOMPARE(run->phase(), FlowRun::Phase::Failed);
        QVERIFY2(run->error().contains(QLatin1String("pinned")), qPrintable(run->error()));
        QCOMPARE(calls("contact/users/me") > 0, true);
        QVERIFY(!m_workspace->mappings().find({QStringLiteral("dingtalk"), pinned.id,
                                               QStringLiteral("dingotherenterprise99:") +
                                                   DingTalkSandbox::unionIdFor(QStringLiteral("zhangsan"))}));
    }

    // PROVIDERS §7.6: the key is (corpId, unionId). One person signing in through two
    // organisations to a tenant that pins none is two members, each keeping its own ids; the
    // second sign-in neither overwrites the first row nor is taken for it.
    void onePersonInTwoOrganisationsIsTwoMembers() {
        const Tenant tenant = freshTenant();
        const QString unionId = DingTalkSandbox::unionIdFor(QStringLiteral("zhangsan"));
        auto home = signIn(tenant, QStringLiteral("zhangsan"));
        QVERIFY2(home->phase() == FlowRun::Phase::Succeeded, qPrintable(home->error()));
        dingtalk().setFault(QStringLiteral("wrong_corp"), QStringLiteral("oauth2/userAccessToken"));
        auto other = signIn(tenant, QStringLiteral("zhangsan"));
        QVERIFY2(other->phase() == FlowRun::Phase::Succeeded, qPrintable(other->error()));
        QVERIFY(home->identity().externalId != other->identity().externalId);
        const auto first = m_workspace->mappings().find(
            {QStringLiteral("dingtalk"), tenant.id, DingTalkSandbox::corpId + QLatin1Char(':') + unionId});
        const auto second = m_workspace->mappings().find(
            {QStringLiteral("dingtalk"), tenant.id, QStringLiteral("dingotherenterprise99:") + unionId});
        QVERIFY(first && second);
        QCOMPARE(first->secondaryIds.value(QLatin1String("corpid")).toString(), DingTalkSandbox::corpId);
        QCOMPARE(second->secondaryIds.value(QLatin1String("corpid")).toString(),
                 QStringLiteral("dingotherenterprise99"));
        QCOMPARE(second->secondaryIds.value(QLatin1String("unionid")).toString(), unionId);
    }

    void ipBlockIsExplained() {
        dingtalk().setFault(QStringLiteral("ip_block"), QStringLiteral("oauth2/userAccessToken"));
        auto run = signIn(freshTenant(), QStringLiteral("zhangsan"));
        QCOMPARE(run->phase(), FlowRun::Phase::Failed);
        QVERIFY2(run->error().contains(QLatin1String("blocked this computer's IP")),
                 qPrintable(run->error()));
    }

    void invalidUserTokenIsTheNewApiShape() {
        // What the sandbox answers for a token it does not know, in the new API's error shape.
        QNetworkAccessManager network;
        QNetworkRequest request(
            QUrl(m_sandbox.baseUrl().toString() + QStringLiteral("/v1.0/contact/users/me")));
        request.setRawHeader("x-acs-dingtalk-access-token", "nosuchtoken");
        QNetworkReply *reply = network.get(request);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        QVERIFY(reply->readAll().contains("InvalidAuthentication"));
        // A form body is refused: JSON only.
        QNetworkRequest form(
            QUrl(m_sandbox.baseUrl().toString() + QStringLiteral("/v1.0/oauth2/userAccessToken")));
        form.setHeader(QNetworkRequest::ContentTypeHeader,
                       QByteArrayLiteral("application/x-www-form-urlencoded"));
        QNetworkReply *formReply = network.post(form, QByteArrayLiteral("clientId=x"));
        QTRY_VERIFY(formReply->isFinished());
        QCOMPARE(formReply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QVERIFY(formReply->readAll().contains("body is mandatory"));
        delete reply;
        delete formReply;
        // getbyunionid takes the app's token only: a user's token is refused (40014).
        dingtalk().setAutoApprove(QStringLiteral("zhangsan"));
        auto post = [&](const QString &path, const QJsonObject &body) {
            QNetworkRequest request(QUrl(m_sandbox.baseUrl().toString() + path));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            QNetworkReply *answer = network.post(request, QJsonDocument(body).toJson());
            (void)QTest::qWaitFor([&] { return answer->isFinished(); }, 10000);
            answer->deleteLater();
            return QJsonDocument::fromJson(answer->readAll()).object();
        };
        for (const QString &scope : {QStringLiteral("openid corpid"), QStringLiteral("openid")}) {
            network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
            QNetworkReply *page = network.get(QNetworkRequest(QUrl(
                m_sandbox.baseUrl().toString() +
                QStringLiteral("/oauth2/auth?client_id=%1&response_type=code&scope=%2&state=s&"
                               "redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb")
                    .arg(DingTalkSandbox::clientId, QString::fromLatin1(QUrl::toPercentEncoding(scope))))));
            QTRY_VERIFY(page->isFinished());
            const QString code = QUrlQuery(QUrl(QString::fromUtf8(page->rawHeader("Location"))))
                                     .queryItemValue(QStringLiteral("authCode"));
            delete page;
            const QJsonObject userToken =
                post(QStringLiteral("/v1.0/oauth2/userAccessToken"),
                     {{QStringLiteral("clientId"), DingTalkSandbox::clientId},
                      {QStringLiteral("clientSecret"), DingTalkSandbox::clientSecret},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("grantType"), QStringLiteral("authorization_code")}});
            // corpId only with the corpid scope.
            QCOMPARE(userToken.contains(QLatin1String("corpId")), scope.contains(QLatin1String("corpid")));
            const QJsonObject refused =
                post(QStringLiteral("/topapi/user/getbyunionid?access_token=") +
                         userToken.value(QLatin1String("accessToken")).toString(),
                     {{QStringLiteral("unionid"), DingTalkSandbox::unionIdFor(QStringLiteral("zhangsan"))}});
            QCOMPARE(refused.value(QLatin1String("errcode")).toInt(), 40014);
        }
    }

    void credentialsCheck() {
        const Tenant tenant = freshTenant();
        const Provider *provider = Provider::find(QStringLiteral("dingtalk"));
        std::optional<Status> result;
        provider->checkCredentials(tenant, m_workspace->providerContext(this, DingTalkSandbox::clientSecret),
                                   [&](const Status &status) { result = status; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY2(result->ok(), qPrintable(result->errorText()));
        result.reset();
        provider->checkCredentials(tenant, m_workspace->providerContext(this, QStringLiteral("wrong")),
                                   [&](const Status &status) { result = status; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
        QVERIFY(!result->ok());
        QVERIFY2(result->errorText().contains(QLatin1String("invalidClient")),
                 qPrintable(result->errorText()));
    }
};

QTEST_GUILESS_MAIN(TestDingTalkFlow)
#include "tst_dingtalkflow.moc"
