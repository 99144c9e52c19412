// WeCom service-provider apps end to end (PROVIDERS-wecom-suite.md, §8) over real HTTP against the
// sandbox, with the real keychain: the suite ticket pushed to AuthDesk's callback listener, the
// suite token made from it, installs into the sandbox's corp for a third-party app and a 代开发
// template, sign-ins with the suite's OAuth and the provider's login, and the events that change
// an authorization.
#include "../support/Succeeded.h"
#include "Sandbox.h"
#include "TestSupport.h"
#include "WeComSandbox.h"
#include "crypto/WeComCallbackCrypto.h"
#include "net/ExchangeLog.h"
#include "net/HttpClient.h"
#include "providers/TenantSecrets.h"
#include "providers/WeComSuiteProvider.h"
#include "run/FlowRun.h"
#include "run/SuiteSession.h"
#include "store/SecretStore.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using namespace TestSupport;

class TestWeComSuiteFlow : public FlowTest {
    Q_OBJECT

    WeComSandbox &wecom() { return m_sandbox.platform<WeComSandbox>(); }
    int calls(const char *api) { return FlowTest::calls(QStringLiteral("wecom"), api); }

    // A saved service-provider app of `suite` with its secrets, listening nowhere yet.
    Tenant suiteApp(const QString &suite = WeComSandbox::suiteId) {
        ProviderSandbox::SandboxTenant made = wecom().suiteTenant(
            QStringLiteral("suite-%1").arg(++m_tenantCounter), m_sandbox.baseUrl(), suite);
        if (!saveTenant(*m_workspace, made.tenant, made.secret, made.otherSecrets))
            qFatal("could not save the suite tenant");
        return made.tenant;
    }
    bool push(SuiteSession &session, const QString &infoType, const QString &suite = WeComSandbox::suiteId) {
        return pushSuiteEvent(session, infoType, suite);
    }
    // What the provider's credential check says with the tenant's secrets as the keychain has them.
    Status checkCredentials(const Tenant &tenant) {
        std::optional<Status> checked;
        QObject guard;
        TenantSecrets::read(
            m_workspace->secrets(), tenant, &guard, [&](const Result<TenantSecrets> &secrets) {
                if (!secrets.ok()) {
                    checked = Status(secrets.error());
                    return;
                }
                ProviderContext context = m_workspace->providerContext(&guard, secrets.value().main);
                context.otherSecrets = secrets.value().others;
                Provider::find(tenant.provider)->checkCredentials(tenant, context, [&](const Status &status) {
                    checked = status;
                });
            });
        if (!QTest::qWaitFor([&] { return checked.has_value(); }, 15000))
            return Error::failed(QStringLiteral("no answer"));
        return *checked;
    }
    // A tenant with a ticket pushed to its session's listener, and that session.
    std::pair<Tenant, std::unique_ptr<SuiteSession>>
    withTicket(const QString &suite = WeComSandbox::suiteId) {
        const Tenant tenant = suiteApp(suite);
        auto session = openSuiteSession(tenant);
        if (!session || !push(*session, QStringLiteral("suite_ticket"), suite))
            qFatal("no ticket reached the session");
        return {tenant, std::move(session)};
    }
    Identity install(const Tenant &tenant, SuiteSession &session) {
        const std::optional<Identity> installer = installSuite(tenant, session);
        if (!installer)
            qFatal("the install of %s did not complete", qPrintable(tenant.name));
        return *installer;
    }
    QList<SuiteCorps::Corp> checkCorps(SuiteSession &session) {
        std::optional<QList<SuiteCorps::Corp>> corps;
        session.checkCorps([&](const Result<QList<SuiteCorps::Corp>> &checked) { corps = checked.value(); });
        if (!QTest::qWaitFor([&] { return corps.has_value(); }, 15000))
            return {};
        return *corps;
    }
    QString keychainValue(const Tenant &tenant, const QString &name) {
        std::optional<SecretResult> read;
        m_workspace->secrets()->read(SecretStore::keyFor(tenant.id, name), this,
                                     [&](const SecretResult &secret) { read = secret; });
        if (!QTest::qWaitFor([&] { return read.has_value(); }, 10000) || !read->ok())
            return {};
        return read->value();
    }

private slots:
    void initTestCase() { setUpWorkspace(); }

    void init() {
        wecom().clearFaults();
        m_workspace->http()->setTimeout(15000);
    }

    // §8.2: the pushed ticket is verified, decrypted, answered "success" and kept in the keychain;
    // the suite token is made from it. Before any ticket, AuthDesk says so itself and calls nothing.
    void ticketPushedToTheListenerMakesASuiteToken() {
        const Tenant tenant = suiteApp();
        const int tokenCalls = calls("service/get_suite_token");
        const Status early = checkCredentials(tenant);
        QVERIFY(!early.ok());
        QVERIFY(early.error().is(Error::Kind::NotFound));
        QVERIFY2(early.errorText().contains(QLatin1String("No suite_ticket")), qPrintable(early.errorText()));
        QCOMPARE(calls("service/get_suite_token"), tokenCalls); // a local finding, not WeCom's 40085

        auto session = openSuiteSession(tenant);
        QVERIFY(session);
        QVERIFY(push(*session, QStringLiteral("suite_ticket")));
        QCOMPARE(wecom().lastPushAnswer(), qMakePair(200, QByteArrayLiteral("success")));
        QCOMPARE(keychainValue(tenant, WeComSuiteProvider::ticketName()).size(), 64);
        const QList<SuiteCorps::Event> events = m_workspace->suiteCorps().events(tenant.id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().infoType, QStringLiteral("suite_ticket"));
        QVERIFY(!events.first().summary.contains(keychainValue(tenant, WeComSuiteProvider::ticketName())));
        QVERIFY2(checkCredentials(tenant).ok(), qPrintable(checkCredentials(tenant).errorText()));
    }

    // URL verification (GET with echostr, receiveid = the provider's corpid) answers the plaintext;
    // a forged signature is refused; another suite's ticket is not kept (pitfall 5).
    void urlVerificationAndRefusals() {
        auto [tenant, session] = withTicket();
        const QString kept = keychainValue(tenant, WeComSuiteProvider::ticketName());
        const QByteArray key = WeComCallbackCrypto::aesKey(WeComSandbox::encodingAesKey).value();
        const QString echo = WeComCallbackCrypto::encrypt(key, "1616140317555161061",
                                                          WeComSandbox::providerCorpId, "aaaabbbbccccdddd");
        QUrl url = session->callbackUrl();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("msg_signature"),
                           WeComCallbackCrypto::signature(WeComSandbox::callbackToken,
                                                          QStringLiteral("1409659589"),
                                                          QStringLiteral("263014780"), echo));
        query.addQueryItem(QStringLiteral("timestamp"), QStringLiteral("1409659589"));
        query.addQueryItem(QStringLiteral("nonce"), QStringLiteral("263014780"));
        query.addQueryItem(QStringLiteral("echostr"), QString::fromLatin1(QUrl::toPercentEncoding(echo)));
        url.setQuery(query);
        CallbackListener::Reply reply = session->handle({"GET", url, {}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body, QByteArrayLiteral("1616140317555161061"));

        QUrlQuery forged = query;
        forged.removeQueryItem(QStringLiteral("msg_signature"));
        forged.addQueryItem(QStringLiteral("msg_signature"), QString(40, QLatin1Char('0')));
        url.setQuery(forged);
        QCOMPARE(session->handle({"GET", url, {}}).status, 403);

        QSignalSpy steps(session.get(), &SuiteSession::stepAdded);
        QSignalSpy handled(session.get(), &SuiteSession::eventHandled);
        QVERIFY(sandboxControl({{QStringLiteral("provider"), QStringLiteral("wecom")},
                                {QStringLiteral("suite_ticket_push"),
                                 QJsonObject{{QStringLiteral("suite"), WeComSandbox::templateId},
                                             {QStringLiteral("url"), session->callbackUrl().toString()}}}}));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::any_of(steps.cbegin(), steps.cend(), [](const QList<QVariant> &step) {
                    return step.first().value<FlowStep>().title == QLatin1String("An event of another suite");
                });
            },
            15000));
        QCOMPARE(wecom().lastPushAnswer(),
                 qMakePair(200, QByteArrayLiteral("success"))); // answered all the same
        QVERIFY(handled.isEmpty());
        QCOMPARE(keychainValue(tenant, WeComSuiteProvider::ticketName()), kept);
    }

    // §8.3: a third-party app installed into the sandbox's corp (pre_auth_code, test session,
    // install page, auth_code, v2 permanent code kept, get_auth_info, a corp token), then a
    // member signs in through the suite's OAuth with this provider's ids; cancel_auth ends it.
    void installIntoACorpAndSignIn() {
        auto [tenant, session] = withTicket();
        const int sessions = calls("service/set_session_info");
        const Identity installer = install(tenant, *session);
        QCOMPARE(calls("service/set_session_info"), sessions + 1);
        const QString corpId = WeComSandbox::authCorpId(WeComSandbox::suiteId); // this provider's ciphertext
        QCOMPARE(installer.extra.value(QLatin1String("corpid")).toString(), corpId);
        QVERIFY(corpId != WeComSandbox::corpId);
        QCOMPARE(installer.extra.value(QLatin1String("customized")).toString(), QStringLiteral("false"));
        QCOMPARE(installer.name, QStringLiteral("张三"));
        QCOMPARE(keychainValue(tenant, SuiteCorps::permanentCodeName(corpId)).size(), 64);
        QCOMPARE(calls("service/get_corp_token"), 1);
        QList<SuiteCorps::Corp> corps = checkCorps(*session);
        QCOMPARE(corps.size(), 1);
        QCOMPARE(corps.first().status, QStringLiteral("authorized"));
        QCOMPARE(corps.first().agentId, WeComSandbox::agentId);

        auto run = newRun(tenant, QStringLiteral("oauth"));
        const QUrl redirect = approve(*run, QStringLiteral("lisi"));
        QCOMPARE(queryValue(run->authorizationUrl(), "appid"), WeComSandbox::suiteId);
        run->handleRedirect(redirect);
        QVERIFY2(waitFinished(*run), qPrintable(run->error()));
        const Identity &member = run->identity();
        const QString corpCipher = WeComSandbox::providerCipher(QStringLiteral("wp"), WeComSandbox::corpId);
        QCOMPARE(member.idType, QStringLiteral("open_userid"));
        QCOMPARE(member.externalId,
                 corpCipher + QLatin1Char(':') +
                     WeComSandbox::providerCipher(QStringLiteral("woOpen"), QStringLiteral("lisi")));
        QCOMPARE(member.extra.value(QLatin1String("userid")).toString(),
                 WeComSandbox::providerCipher(QStringLiteral("wo"), QStringLiteral("lisi")));
        QVERIFY(member.name.isEmpty()); // a third-party app gets the userid as the name
        QVERIFY(stepTitles(*run).contains(QLatin1String("These ids are this service provider's")));
        QCOMPARE(run->log()->count(QStringLiteral("service/auth/getuserdetail3rd")), 1);

        QVERIFY(push(*session, QStringLiteral("cancel_auth")));
        QCOMPARE(m_workspace->suiteCorps().corps(tenant.id).first().status, QStringLiteral("cancelled"));
        corps = checkCorps(*session);
        QCOMPARE(corps.first().status, QStringLiteral("cancelled"));
        QVERIFY2(corps.first().statusDetail.contains(QLatin1String("48004")),
                 qPrintable(corps.first().statusDetail));
    }

    // The provider's web login (wwlogin, login_type=ServiceApp, appid = the login suite).
    void providerLogin() {
        auto [tenant, session] = withTicket();
        auto run = newRun(tenant, QStringLiteral("login"));
        const QUrl redirect = approve(*run, QStringLiteral("zhangsan"));
        QCOMPARE(queryValue(run->authorizationUrl(), "login_type"), QStringLiteral("ServiceApp"));
        run->handleRedirect(redirect);
        QVERIFY2(waitFinished(*run), qPrintable(run->error()));
        QCOMPARE(run->identity().extra.value(QLatin1String("open_userid")).toString(),
                 WeComSandbox::providerCipher(QStringLiteral("woOpen"), QStringLiteral("zhangsan")));
    }

    // §8.1 代开发: the template's install yields a WeCom tenant of the corp whose corpsecret is the
    // permanent code, usable by the WeCom flow; reset_permanent_code replaces it.
    void customizedInstallMakesAWeComTenant() {
        auto [tenant, session] = withTicket(WeComSandbox::templateId);
        const Identity installer = install(tenant, *session);
        QCOMPARE(installer.extra.value(QLatin1String("customized")).toString(), QStringLiteral("true"));
        const QList<SuiteCorps::Corp> corps = m_workspace->suiteCorps().corps(tenant.id);
        QCOMPARE(corps.size(), 1);
        const auto app = m_workspace->tenants().find(corps.first().appTenant);
        QVERIFY(app.has_value());
        QCOMPARE(app->provider, QStringLiteral("wecom"));
        QCOMPARE(app->setting(QStringLiteral("corpid")), WeComSandbox::corpId);
        const QString firstCode = keychainValue(*app, QStringLiteral("corpsecret"));
        QCOMPARE(firstCode, keychainValue(tenant, SuiteCorps::permanentCodeName(WeComSandbox::corpId)));
        auto signIn = FlowTest::signIn(*app, QStringLiteral("zhangsan"));
        QVERIFY2(signIn->phase() == FlowRun::Phase::Succeeded, qPrintable(signIn->error()));
        QCOMPARE(signIn->identity().externalId, QStringLiteral("zhangsan"));

        QVERIFY(push(*session, QStringLiteral("reset_permanent_code"), WeComSandbox::templateId));
        QVERIFY(QTest::qWaitFor(
            [&] { return keychainValue(*app, QStringLiteral("corpsecret")) != firstCode; }, 15000));
        m_workspace->tokens()->forgetTenant(app->id, {QString()});
        auto again = FlowTest::signIn(*m_workspace->tenants().find(app->name), QStringLiteral("lisi"));
        QVERIFY2(again->phase() == FlowRun::Phase::Succeeded, qPrintable(again->error()));
    }

    // §8.5: errors in words; a suite token dropped early (40082) is fetched again once.
    void suiteTokenErrors() {
        auto [tenant, session] = withTicket();
        QVERIFY(checkCredentials(tenant).ok());
        const int fetched = calls("service/get_suite_token");
        auto first = newRun(tenant, QStringLiteral("oauth"));
        first->handleRedirect(approve(*first, QStringLiteral("zhangsan")));
        QVERIFY2(waitFinished(*first), qPrintable(first->error()));
        wecom().invalidateTokens();
        auto second = newRun(tenant, QStringLiteral("oauth"));
        second->handleRedirect(approve(*second, QStringLiteral("zhangsan")));
        QVERIFY2(waitFinished(*second), qPrintable(second->error()));
        QVERIFY(stepTitles(*second).contains(QLatin1String("Token rejected, fetching a new one")));
        QCOMPARE(calls("service/get_suite_token"), fetched + 2);

        // A ticket that is not the suite's newest few: 40085, which points at the callback.
        std::optional<Status> pasted;
        session->keepTicket(QStringLiteral("StaleTicketFromAnotherSuite"), QStringLiteral("pasted"),
                            [&](const Status &kept) { pasted = kept; });
        QVERIFY(QTest::qWaitFor([&] { return pasted.has_value(); }, 10000));
        const Status stale = checkCredentials(tenant);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().platformCode, 40085);
        QVERIFY2(stale.errorText().contains(QLatin1String("callback URL")), qPrintable(stale.errorText()));
    }

    // The legacy provider login (3rd_qrConnect → auth_code → get_login_info with the provider's
    // token as access_token, §3.8), and the id conversions a provider may make (§4).
    void providerLoginAndIdConversions() {
        auto [tenant, session] = withTicket();
        auto run = newRun(tenant, QStringLiteral("qrconnect"));
        const QUrl redirect = approve(*run, QStringLiteral("lisi"));
        QVERIFY2(!queryValue(redirect, "auth_code").isEmpty(), qPrintable(redirect.toString()));
        QCOMPARE(queryValue(run->authorizationUrl(), "appid"), WeComSandbox::providerCorpId);
        run->handleRedirect(redirect);
        QVERIFY2(waitFinished(*run), qPrintable(run->error()));
        QCOMPARE(run->identity().name, QStringLiteral("李四"));
        QCOMPARE(run->identity().extra.value(QLatin1String("usertype")).toString(),
                 QStringLiteral("a member"));
        QCOMPARE(calls("service/get_provider_token"), 1);

        const QString corpId = WeComSandbox::authCorpId(WeComSandbox::suiteId);
        install(tenant, *session);
        std::optional<Result<QJsonObject>> converted;
        session->convertUserIds(corpId, {QStringLiteral("zhangsan"), QStringLiteral("nobody")},
                                [&](const Result<QJsonObject> &answer) { converted = answer; });
        QVERIFY(QTest::qWaitFor([&] { return converted.has_value(); }, 15000));
        QVERIFY2(converted->ok(), qPrintable(converted->errorText()));
        const QJsonArray list = converted->value().value(QLatin1String("open_userid_list")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first()[QLatin1String("open_userid")].toString(),
                 WeComSandbox::providerCipher(QStringLiteral("woOpen"), QStringLiteral("zhangsan")));
        QCOMPARE(converted->value().value(QLatin1String("invalid_userid_list")).toArray(),
                 QJsonArray{QStringLiteral("nobody")});
        std::optional<Result<QString>> openCorpId;
        session->convertCorpId(WeComSandbox::corpId,
                               [&](const Result<QString> &answer) { openCorpId = answer; });
        QVERIFY(QTest::qWaitFor([&] { return openCorpId.has_value(); }, 15000));
        QCOMPARE(openCorpId->value(), corpId);
        QCOMPARE(calls("service/get_provider_token"), 1); // the provider token was cached
    }

    // The sandbox's faults on suite APIs (§8.7): an expired suite token (42009) is fetched again
    // once; 60020 and 45009 end the run in words; the legacy PascalCase answer is read.
    void faultsOfSuiteApis() {
        const auto ticketed = withTicket(); // a lambda may not capture a structured binding (C++17)
        const Tenant &tenant = ticketed.first;
        auto signIn = [&](const QString &fault) {
            wecom().setFault(fault, QStringLiteral("service/auth/getuserinfo3rd"));
            auto run = newRun(tenant, QStringLiteral("oauth"));
            run->handleRedirect(approve(*run, QStringLiteral("zhangsan")));
            waitFinished(*run);
            wecom().clearFaults();
            return run;
        };
        auto expired = signIn(QStringLiteral("suite_token_expired"));
        QVERIFY2(expired->phase() == FlowRun::Phase::Succeeded, qPrintable(expired->error()));
        QVERIFY(stepTitles(*expired).contains(QLatin1String("Token rejected, fetching a new one")));

        auto untrusted = signIn(QStringLiteral("ip_not_trusted"));
        QCOMPARE(untrusted->phase(), FlowRun::Phase::Failed);
        QVERIFY2(untrusted->error().contains(QLatin1String("60020")), qPrintable(untrusted->error()));
        auto limited = signIn(QStringLiteral("rate_limit"));
        QVERIFY2(limited->error().contains(QLatin1String("45009")) &&
                     limited->error().contains(QLatin1String("no further calls")),
                 qPrintable(limited->error()));

        auto legacy = signIn(QStringLiteral("legacy_casing"));
        QVERIFY2(legacy->phase() == FlowRun::Phase::Succeeded, qPrintable(legacy->error()));
        QCOMPARE(legacy->identity().idType, QStringLiteral("userid"));
        QCOMPARE(legacy->identity().externalId,
                 WeComSandbox::providerCipher(QStringLiteral("wp"), WeComSandbox::corpId) + QLatin1Char(':') +
                     WeComSandbox::providerCipher(QStringLiteral("wo"), QStringLiteral("zhangsan")));
    }

    // Removing the app's tenant takes its keychain entries with it: the ticket and each installed
    // corp's permanent code (kept by runs, so known from the corps it was installed in).
    void removingTheTenantRemovesItsCodes() {
        auto [tenant, session] = withTicket();
        install(tenant, *session);
        const QString code = SuiteCorps::permanentCodeName(WeComSandbox::authCorpId(WeComSandbox::suiteId));
        QVERIFY(!keychainValue(tenant, code).isEmpty());
        std::optional<Status> removed;
        m_workspace->removeTenant(tenant.name, TenantStore::MappingsOnRemove::Delete,
                                  [&](const Status &status) { removed = status; });
        QVERIFY(QTest::qWaitFor([&] { return removed.has_value(); }, 15000));
        QVERIFY2(removed->ok(), qPrintable(removed->errorText()));
        QVERIFY(keychainValue(tenant, code).isEmpty());
        QVERIFY(keychainValue(tenant, WeComSuiteProvider::ticketName()).isEmpty());
    }

    // getuserinfo3rd in today's casing and the legacy PascalCase (pitfall 7); a non-member.
    void userInfo3rdInBothCasings() {
        const QJsonObject lower{{QStringLiteral("corpid"), QStringLiteral("wpAbC")},
                                {QStringLiteral("userid"), QStringLiteral("woXyZ")},
                                {QStringLiteral("open_userid"), QStringLiteral("woOpen1")}};
        const QJsonObject pascal{{QStringLiteral("CorpId"), QStringLiteral("wpAbC")},
                                 {QStringLiteral("UserId"), QStringLiteral("woXyZ")}};
        QCOMPARE(WeComSuiteProvider::identityFromUserInfo3rd(lower).value().externalId,
                 QStringLiteral("wpAbC:woOpen1"));
        const Identity legacy = WeComSuiteProvider::identityFromUserInfo3rd(pascal).value();
        QCOMPARE(legacy.externalId, QStringLiteral("wpAbC:woXyZ"));
        QCOMPARE(legacy.idType, QStringLiteral("userid"));
        QCOMPARE(
            WeComSuiteProvider::identityFromUserInfo3rd({{QStringLiteral("OpenId"), QStringLiteral("oX")}})
                .value()
                .idType,
            QStringLiteral("openid"));
        QVERIFY(!WeComSuiteProvider::identityFromUserInfo3rd({}).ok());
    }
};

QTEST_MAIN(TestWeComSuiteFlow)
#include "tst_wecomsuiteflow.moc"
