// The OpenID Connect flow end to end over real HTTP against the sandbox's OpenID Provider, with the
// real keychain: discovery, PKCE and nonce, the three client authentications, ID token
// verification, and every attack of PROVIDERS.md §5.6 minted by the sandbox's hostile mode.
#include "OidcSandbox.h"
#include "TestSupport.h"
#include "crypto/Jose.h"
#include "crypto/Pkce.h"
#include "net/ExchangeLog.h"
#include "net/HttpClient.h"
#include "providers/OidcProvider.h"
#include "run/FlowRun.h"
#include "workspace/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace TestSupport;

class TestOidcFlow : public FlowTest {
    Q_OBJECT

    OidcSandbox &oidc() { return m_sandbox.platform<OidcSandbox>(); }
    int calls(const char *api) { return FlowTest::calls(QStringLiteral("oidc"), api); }
    QString issuer() const { return m_sandbox.baseUrl().toString() + QStringLiteral("/oidc"); }
    Tenant clientTenant(const QString &client, const QMap<QString, QString> &settings = {}) {
        Tenant tenant =
            oidc()
                .clientTenant(QStringLiteral("oidc-%1").arg(++m_tenantCounter), m_sandbox.baseUrl(), client)
                .tenant;
        for (auto it = settings.cbegin(); it != settings.cend(); ++it)
            tenant.settings.insert(it.key(), it.value());
        if (!saveTenant(*m_workspace, tenant,
                        client == OidcSandbox::publicClient ? QString() : OidcSandbox::clientSecret))
            qFatal("could not save a tenant: is the keyring session running?");
        return tenant;
    }
    // Everything a run has shown or kept: timeline, exchanges and identity.
    static QString everythingShown(const FlowRun &run) {
        QString all;
        for (const FlowStep &step : run.steps())
            all += step.title + QLatin1Char(' ') + step.detail + QLatin1Char('\n');
        for (const HttpExchange &exchange : run.log()->exchanges())
            all += exchange.url.toString() + QString::fromUtf8(exchange.requestBody) +
                   QString::fromUtf8(exchange.responseBody);
        return all + QString::fromUtf8(QJsonDocument(run.identity().toJson()).toJson());
    }
    int mappingCount(const Tenant &tenant) {
        return m_workspace->mappings().count(MappingFilter{{}, {}, {}, tenant.id});
    }

private slots:
    void initTestCase() { setUpWorkspace(); }
    void init() {
        oidc().clearFaults();
        oidc().configure({{QStringLiteral("alg"), QStringLiteral("RS256")},
                          {QStringLiteral("iss_parameter"), true},
                          {QStringLiteral("issuer"), QString()}});
        OidcProvider::jwksRefetchSeconds = 60;
        m_workspace->http()->setTimeout(15000);
    }

    void authorizationUrlFollowsDiscovery() {
        const Tenant tenant = clientTenant(OidcSandbox::basicClient);
        auto run = newRun(tenant);
        QCOMPARE(run->start(), QUrl()); // discovery first
        QCOMPARE(run->phase(), FlowRun::Phase::Preparing);
        QSignalSpy ready(run.get(), &FlowRun::authorizationReady);
        QVERIFY(ready.wait(10000));
        const QUrl url = ready.constFirst().constFirst().toUrl();
        QCOMPARE(url.toString(QUrl::RemoveQuery), issuer() + QStringLiteral("/auth"));
        QCOMPARE(queryValue(url, "response_type"), QStringLiteral("code"));
        QCOMPARE(queryValue(url, "client_id"), OidcSandbox::basicClient);
        QCOMPARE(queryValue(url, "redirect_uri"), tenant.redirectUri);
        QCOMPARE(queryValue(url, "scope"), QStringLiteral("openid profile email phone"));
        QCOMPARE(queryValue(url, "state"), run->state());
        QCOMPARE(queryValue(url, "nonce").size(), 32);
        QCOMPARE(queryValue(url, "code_challenge_method"), QStringLiteral("S256"));
        QCOMPARE(queryValue(url, "code_challenge").size(), 43);
        QVERIFY(stepTitles(*run).contains(QLatin1String("Discovery: issuer matches")));
        // State, nonce and verifier are fresh for every run.
        auto other = newRun(tenant);
        const QUrl second = startRun(*other);
        for (const char *item : {"state", "nonce", "code_challenge"})
            QVERIFY2(queryValue(second, item) != queryValue(url, item), item);
    }

    void clientsSignIn_data() {
        QTest::addColumn<QString>("client");
        QTest::addColumn<QString>("alg");
        QTest::newRow("client_secret_basic, RS256") << OidcSandbox::basicClient << "RS256";
        QTest::newRow("client_secret_post, PS256") << OidcSandbox::postClient << "PS256";
        QTest::newRow("public client, ES256") << OidcSandbox::publicClient << "ES256";
    }
    void clientsSignIn() {
        QFETCH(QString, client);
        QFETCH(QString, alg);
        oidc().configure({{QStringLiteral("alg"), alg}});
        const Tenant tenant = clientTenant(client);
        auto run = signIn(tenant, QStringLiteral("alice"));
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        const Identity &identity = run->identity();
        QCOMPARE(identity.provider, QStringLiteral("oidc"));
        QCOMPARE(identity.idType, QStringLiteral("sub"));
        QCOMPARE(identity.externalId, OidcSandbox::subFor(QStringLiteral("alice")));
        QCOMPARE(identity.name, QStringLiteral("张爱丽 Alice Zhang"));
        QCOMPARE(identity.email, QStringLiteral("alice@sandbox.example"));
        QCOMPARE(identity.mobile, QStringLiteral("+8613800000011"));
        QCOMPARE(identity.department, QStringLiteral("财务部 Finance"));
        const QJsonObject json = identity.toJson();
        QCOMPARE(json.value(QLatin1String("issuer")).toString(), issuer());
        const QJsonObject raw = json.value(QLatin1String("raw")).toObject();
        QCOMPARE(
            raw.value(QLatin1String("id_token_header")).toObject().value(QLatin1String("alg")).toString(),
            alg);
        QCOMPARE(
            raw.value(QLatin1String("id_token_claims")).toObject().value(QLatin1String("sub")).toString(),
            identity.externalId);
        QVERIFY(raw.contains(QLatin1String("userinfo")));
        QVERIFY(raw.value(QLatin1String("id_token_verification"))
                    .toObject()
                    .value(QLatin1String("signature"))
                    .toString()
                    .contains(alg));
        QVERIFY(stepTitles(*run).contains(QLatin1String("ID token verified")));
        // The client authentication went where the method says, and never in the clear.
        HttpExchange token;
        for (const HttpExchange &exchange : run->log()->exchanges())
            if (exchange.purpose == QLatin1String("token"))
                token = exchange;
        QCOMPARE(token.status, 200);
        const bool basic = client == OidcSandbox::basicClient;
        bool sawAuthorization = false;
        for (const auto &header : token.requestHeaders)
            sawAuthorization |= header.first.compare("Authorization", Qt::CaseInsensitive) == 0;
        QCOMPARE(sawAuthorization, basic);
        QCOMPARE(token.requestBody.contains("client_id="), !basic);
        QCOMPARE(token.requestBody.contains("client_secret="), client == OidcSandbox::postClient);
        // No token, secret or verifier reaches the timeline, the exchanges or the identity.
        const QString shown = everythingShown(*run);
        QVERIFY(!shown.contains(OidcSandbox::clientSecret));
        QVERIFY(!shown.contains(QLatin1String("eyJ"))); // no JWS (header {"… in base64url)
        QVERIFY(!shown.contains(QRegularExpression(QStringLiteral("code_verifier=[A-Za-z0-9]"))));
        // Recorded under (issuer, sub).
        const auto mapping =
            m_workspace->mappings().find({QStringLiteral("oidc"), tenant.id, identity.externalId});
        QVERIFY(mapping);
        QCOMPARE(mapping->secondaryIds.value(QLatin1String("issuer")).toString(), issuer());
    }

    void unverifiedEmailIsNotTaken() {
        auto run = signIn(clientTenant(OidcSandbox::basicClient), QStringLiteral("bob"));
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        QCOMPARE(run->identity().email, QString());
        QCOMPARE(run->identity().name, QStringLiteral("李博 Bob Li"));
    }

    void configuredClaimIsTheExternalId() {
        auto run = signIn(clientTenant(OidcSandbox::basicClient, {{QStringLiteral("claim_external_id"),
                                                                   QStringLiteral("preferred_username")}}),
                          QStringLiteral("alice"));
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        QCOMPARE(run->identity().externalId, QStringLiteral("alice"));
        QCOMPARE(run->identity().idType, QStringLiteral("preferred_username"));
        QCOMPARE(run->identity().extra.value(QLatin1String("sub")).toString(),
                 OidcSandbox::subFor(QStringLiteral("alice")));
    }

    // PROVIDERS §5.4: a tenant that sets allow_hs accepts ID tokens keyed with its client secret;
    // one that does not refuses them and says which setting would accept them.
    void sharedSecretTokensWithAllowHs_data() {
        QTest::addColumn<QString>("alg");
        QTest::newRow("HS256") << "HS256";
        QTest::newRow("HS384") << "HS384";
        QTest::newRow("HS512") << "HS512";
    }
    void sharedSecretTokensWithAllowHs() {
        QFETCH(QString, alg);
        oidc().configure({{QStringLiteral("alg"), alg}});
        const auto restore = qScopeGuard([this] {
            oidc().configure({{QStringLiteral("alg"), QStringLiteral("RS256")}});
        });
        auto run = signIn(
            clientTenant(OidcSandbox::basicClient, {{QStringLiteral("allow_hs"), QStringLiteral("yes")}}),
            QStringLiteral("alice"));
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        const QJsonObject raw = run->identity().raw;
        QCOMPARE(
            raw.value(QLatin1String("id_token_header")).toObject().value(QLatin1String("alg")).toString(),
            alg);
        QVERIFY(raw.value(QLatin1String("id_token_verification"))
                    .toObject()
                    .value(QLatin1String("signature"))
                    .toString()
                    .contains(QLatin1String("with the client secret")));
        auto refused = signIn(clientTenant(OidcSandbox::basicClient), QStringLiteral("alice"));
        QCOMPARE(refused->phase(), FlowRun::Phase::Failed);
        QVERIFY2(refused->error().contains(QLatin1String("shared-secret")) &&
                     refused->error().contains(QLatin1String("allow_hs")),
                 qPrintable(refused->error()));
    }

    // allow_hs is no door for the key-confusion forgery: an HS256 token keyed with the provider's
    // public key does not verify with the client secret.
    void allowHsStillRefusesTheKeyConfusionForgery() {
        oidc().setFault(QStringLiteral("hs256_public_key"), QStringLiteral("token"));
        auto run = signIn(
            clientTenant(OidcSandbox::basicClient, {{QStringLiteral("allow_hs"), QStringLiteral("yes")}}),
            QStringLiteral("alice"));
        QCOMPARE(run->phase(), FlowRun::Phase::Failed);
        QVERIFY2(run->error().contains(QLatin1String("does not verify with the client secret")),
                 qPrintable(run->error()));
    }

    void allowHsNeedsAConfidentialClient() {
        Tenant tenant = oidc()
                            .clientTenant(QStringLiteral("oidc-public-hs"), m_sandbox.baseUrl(),
                                          OidcSandbox::publicClient)
                            .tenant;
        tenant.settings.insert(QStringLiteral("allow_hs"), QStringLiteral("yes"));
        const QStringList problems = Provider::find(QStringLiteral("oidc"))->validate(tenant);
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(QLatin1String("public client")),
                 qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // PROVIDERS.md §5.6: each defect fails closed, with a message that names it, and nothing is
    // recorded.
    void attacksFailClosed_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("alg none") << "alg_none"
                                  << "token"
                                  << "unsigned (alg \"none\")";
        QTest::newRow("HS256 keyed with the public key") << "hs256_public_key"
                                                         << "token"
                                                         << "HS256";
        QTest::newRow("altered claims") << "bad_signature"
                                        << "token"
                                        << "does not verify";
        QTest::newRow("another client's token") << "wrong_aud"
                                                << "token"
                                                << "audience is other-client";
        QTest::newRow("several audiences, no azp") << "several_aud_no_azp"
                                                   << "token"
                                                   << "no azp";
        QTest::newRow("another issuer's token") << "wrong_iss"
                                                << "token"
                                                << "issuer is \"https://idp.attacker.example\"";
        QTest::newRow("expired") << "expired"
                                 << "token"
                                 << "expired at";
        QTest::newRow("issued in the future") << "future_iat"
                                              << "token"
                                              << "in the future";
        QTest::newRow("no nonce") << "no_nonce"
                                  << "token"
                                  << "no nonce";
        QTest::newRow("stale nonce") << "stale_nonce"
                                     << "token"
                                     << "nonce is not this run's";
        QTest::newRow("unknown kid") << "unknown_kid"
                                     << "token"
                                     << "\"sbx-unpublished\", which is not in";
        QTest::newRow("no id_token") << "no_id_token"
                                     << "token"
                                     << "no id_token";
        QTest::newRow("userinfo of another user") << "sub_mismatch"
                                                  << "userinfo"
                                                  << "someone else";
        QTest::newRow("mix-up: another issuer's response") << "iss_wrong"
                                                           << ""
                                                           << "mix-up";
        QTest::newRow("mix-up: no iss where promised") << "iss_missing"
                                                       << ""
                                                       << "no iss parameter";
        QTest::newRow("both code and error") << "code_and_error"
                                             << ""
                                             << "both a code and an error";
        QTest::newRow("discovery names another issuer") << "wrong_issuer"
                                                        << "discovery"
                                                        << "names the issuer";
        QTest::newRow("PKCE downgrade to plain") << "plain_pkce_only"
                                                 << "discovery"
                                                 << "S256";
    }
    void attacksFailClosed() {
        QFETCH(QString, fault);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        const Tenant tenant = clientTenant(OidcSandbox::basicClient);
        oidc().setFault(fault, path);
        const int userinfoCalls = calls("userinfo");
        auto run = signIn(tenant, QStringLiteral("alice"));
        QCOMPARE(run->phase(), FlowRun::Phase::Failed);
        QVERIFY2(run->error().contains(expected), qPrintable(run->error()));
        QCOMPARE(run->identity().externalId, QString());
        QCOMPARE(mappingCount(tenant), 0);
        if (path == QLatin1String("token")) // a refused ID token is never followed by userinfo
            QCOMPARE(calls("userinfo"), userinfoCalls);
    }

    void issIsOptionalWhenNotPromised() {
        oidc().configure({{QStringLiteral("iss_parameter"), false}});
        oidc().setFault(QStringLiteral("iss_missing"));
        auto run = signIn(clientTenant(OidcSandbox::basicClient), QStringLiteral("alice"));
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
    }

    void refusalIsExplained() {
        auto run = signIn(clientTenant(OidcSandbox::basicClient), QStringLiteral("deny"));
        QCOMPARE(run->phase(), FlowRun::Phase::Failed);
        QVERIFY2(run->error().contains(QLatin1String("The user refused")), qPrintable(run->error()));
        QVERIFY(run->error().contains(QLatin1String("End-User aborted interaction")));
    }

    void wrongSecretIsInvalidClient() {
        Tenant tenant = clientTenant(OidcSandbox::postClient);
        QVERIFY(saveTenant(*m_workspace, tenant, QStringLiteral("not-the-secret-at-all")));
        auto run = signIn(tenant, QStringLiteral("alice"));
        QCOMPARE(run->phase(), FlowRun::Phase::Failed);
        QVERIFY2(run->error().contains(QLatin1String("HTTP 401")) &&
                     run->error().contains(QLatin1String("invalid_client")),
                 qPrintable(run->error()));
        QVERIFY(!everythingShown(*run).contains(QLatin1String("not-the-secret-at-all")));
    }

    void replayedCodeIsInvalidGrant() {
        const Tenant tenant = clientTenant(OidcSandbox::basicClient);
        auto first = newRun(tenant);
        const QUrl redirect = approve(*first, QStringLiteral("alice"));
        first->handleRedirect(redirect);
        QVERIFY(waitFinished(*first));
        first->handleRedirect(redirect); // the same capture again changes nothing
        QCOMPARE(first->phase(), FlowRun::Phase::Succeeded);
        auto replay = newRun(tenant); // pasted into another run: state not verified, code used
        replay->handlePasted(redirect);
        QVERIFY(!waitFinished(*replay));
        QVERIFY2(replay->error().contains(QLatin1String("invalid_grant")), qPrintable(replay->error()));
    }

    void anotherRunsStateIsRefused() {
        const Tenant tenant = clientTenant(OidcSandbox::basicClient);
        auto first = newRun(tenant);
        const QUrl redirect = approve(*first, QStringLiteral("alice"));
        auto second = newRun(tenant);
        startRun(*second);
        const int tokenCalls = calls("token");
        second->handleRedirect(redirect);
        QCOMPARE(second->phase(), FlowRun::Phase::Failed);
        QVERIFY(second->error().contains(QLatin1String("State mismatch")));
        QCOMPARE(calls("token"), tokenCalls);
    }

    void rotatedKeysAreRefetchedOnceAMinute() {
        const Tenant tenant = clientTenant(OidcSandbox::basicClient);
        auto before = signIn(tenant, QStringLiteral("alice"));
        QVERIFY2(before->phase() == FlowRun::Phase::Succeeded, qPrintable(before->error()));
        oidc().configure({{QStringLiteral("rotate_keys"), true}});
        // Within the minute the JWKS is not fetched again: the new kid is refused.
        const int fetches = oidc().jwksFetches();
        auto refused = signIn(tenant, QStringLiteral("alice"));
        QCOMPARE(refused->phase(), FlowRun::Phase::Failed);
        QVERIFY2(refused->error().contains(QLatin1String("at most once every 60 s")),
                 qPrintable(refused->error()));
        QCOMPARE(oidc().jwksFetches(), fetches);
        // Once the minute is over, one refetch finds the new key.
        OidcProvider::jwksRefetchSeconds = 0;
        auto after = signIn(tenant, QStringLiteral("alice"));
        QVERIFY2(after->phase() == FlowRun::Phase::Succeeded, qPrintable(after->error()));
        QCOMPARE(oidc().jwksFetches(), fetches + 1);
        QVERIFY(stepTitles(*after).contains(QLatin1String("Unknown key id")));
    }

    // A JWKS is believed for its HTTP cache lifetime only: past it the keys are fetched again
    // before a token is verified with them (a withdrawn key is not trusted for the life of the
    // process).
    void keysAreBelievedForTheirCacheLifetimeOnly() {
        const Tenant tenant = clientTenant(OidcSandbox::basicClient);
        oidc().configure({{QStringLiteral("jwks_max_age"), 0}, {QStringLiteral("rotate_keys"), true}});
        OidcProvider::jwksRefetchSeconds = 0;
        auto first = signIn(tenant, QStringLiteral("alice")); // a new kid: fetched
        QVERIFY2(first->phase() == FlowRun::Phase::Succeeded, qPrintable(first->error()));
        const int fetches = oidc().jwksFetches();
        auto second = signIn(tenant, QStringLiteral("alice")); // the same kid, but the answer has expired
        QVERIFY2(second->phase() == FlowRun::Phase::Succeeded, qPrintable(second->error()));
        QCOMPARE(oidc().jwksFetches(), fetches + 1);
        QVERIFY(stepTitles(*second).contains(QLatin1String("JWKS expired")));
        oidc().configure({{QStringLiteral("jwks_max_age"), 3600}});
    }

    // RFC 7515 §4.1.11: a header that names critical extensions AuthDesk does not implement.
    void criticalExtensionsAreRefused() {
        Jose::Jws jws;
        jws.header = {{QStringLiteral("alg"), QStringLiteral("RS256")},
                      {QStringLiteral("crit"), QJsonArray{QStringLiteral("exp")}}};
        QVERIFY(OidcProvider::headerProblem(jws, clientTenant(OidcSandbox::basicClient))
                    .contains(QLatin1String("crit")));
        jws.header.remove(QStringLiteral("crit"));
        QCOMPARE(OidcProvider::headerProblem(jws, clientTenant(OidcSandbox::basicClient)), QString());
    }

    void unregisteredRedirectUriPageIsExplained() {
        const Tenant tenant = clientTenant(OidcSandbox::basicClient);
        auto run = newRun(tenant);
        const QUrl url = startRun(*run);
        QVERIFY(url.isValid());
        // What the browser shows for a redirect URI the provider does not know.
        QUrl page = url;
        QUrlQuery query(page);
        query.removeQueryItem(QStringLiteral("redirect_uri"));
        query.addQueryItem(QStringLiteral("redirect_uri"), QStringLiteral("https://evil.example/cb"));
        page.setQuery(query);
        const HttpResponse answer = [&] {
            HttpResponse result;
            HttpRequest request;
            request.purpose = QStringLiteral("page");
            request.url = page;
            QEventLoop loop;
            m_workspace->http()->send(request, nullptr, &loop, [&](const HttpResponse &r) {
                result = r;
                loop.quit();
            });
            loop.exec();
            return result;
        }();
        QCOMPARE(answer.status, 400);
        QString text = QString::fromUtf8(answer.body);
        text.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral("\n"));
        run->handlePage(page, text);
        QCOMPARE(run->phase(), FlowRun::Phase::Failed);
        QVERIFY2(run->error().contains(QLatin1String("not among the client's registered redirect URIs")),
                 qPrintable(run->error()));
        // An ordinary page of the provider (the picker) is no refusal.
        auto other = newRun(tenant);
        other->handlePage(startRun(*other), QStringLiteral("Pick who signs in"));
        QCOMPARE(other->phase(), FlowRun::Phase::WaitingForRedirect);
    }

    void checkReportsEndpointsAndKeys() {
        const Tenant tenant = clientTenant(OidcSandbox::publicClient);
        QEventLoop loop;
        Status checked = Error::failed(QStringLiteral("never answered"));
        Provider::find(QStringLiteral("oidc"))
            ->checkCredentials(tenant, m_workspace->providerContext(&loop, QString()), [&](const Status &s) {
                checked = s;
                loop.quit();
            });
        loop.exec();
        QVERIFY2(checked.ok(), qPrintable(checked.errorText()));
        const QJsonObject details = checked.value().details;
        QCOMPARE(details.value(QLatin1String("issuer")).toString(), issuer());
        QCOMPARE(
            details.value(QLatin1String("endpoints")).toObject().value(QLatin1String("token")).toString(),
            issuer() + QStringLiteral("/token"));
        QCOMPARE(details.value(QLatin1String("keys")).toArray().size(), 2);
        QVERIFY(checked.value().message.contains(QLatin1String("RS256")));
    }

    void configurationIsValidated() {
        const Provider *provider = Provider::find(QStringLiteral("oidc"));
        Tenant tenant = oidc().tenant(QStringLiteral("v"), m_sandbox.baseUrl()).tenant;
        QVERIFY2(provider->validate(tenant).isEmpty(), qPrintable(provider->validate(tenant).join(' ')));
        tenant.settings.insert(QStringLiteral("issuer"), QStringLiteral("http://idp.example.com"));
        QVERIFY(provider->validate(tenant).join(' ').contains(QLatin1String("https")));
        tenant.settings.insert(QStringLiteral("issuer"), issuer());
        tenant.settings.insert(QStringLiteral("scope"), QStringLiteral("profile email"));
        QVERIFY(provider->validate(tenant).join(' ').contains(QLatin1String("openid")));
        tenant.settings.insert(QStringLiteral("scope"), QStringLiteral("openid"));
        tenant.settings.insert(QStringLiteral("client_auth"), QStringLiteral("tls_client_auth"));
        QVERIFY(!provider->validate(tenant).isEmpty());
        tenant.settings.insert(QStringLiteral("client_auth"), QStringLiteral("none"));
        QVERIFY(!provider->usesSecret(tenant));
    }
};

// JOSE on its own: what OpenSSL signs, OpenSSL verifies, and nothing else.
class TestJose : public QObject {
    Q_OBJECT
private slots:
    void signaturesVerify_data() {
        QTest::addColumn<QString>("kty");
        QTest::addColumn<QString>("alg");
        QTest::newRow("RS256") << "RSA"
                               << "RS256";
        QTest::newRow("PS256") << "RSA"
                               << "PS256";
        QTest::newRow("ES256") << "EC"
                               << "ES256";
    }
    void signaturesVerify() {
        QFETCH(QString, kty);
        QFETCH(QString, alg);
        const Jose::SigningKey key(kty, QStringLiteral("k1"));
        const QByteArray token =
            Jose::compact({{QStringLiteral("alg"), alg}, {QStringLiteral("kid"), key.kid()}},
                          {{QStringLiteral("sub"), QStringLiteral("alice")}},
                          [&](const QByteArray &input) { return key.sign(alg, input); });
        const Result<Jose::Jws> jws = Jose::parse(token);
        QVERIFY2(jws.ok(), qPrintable(jws.errorText()));
        QCOMPARE(Jose::verify(jws.value(), key.publicJwk()), QString());
        // Another key of the same type does not verify it; a changed payload does not verify.
        const Jose::SigningKey other(kty, QStringLiteral("k2"));
        QVERIFY(!Jose::verify(jws.value(), other.publicJwk()).isEmpty());
        Jose::Jws altered = jws.value();
        altered.signingInput.append('x');
        QVERIFY(!Jose::verify(altered, key.publicJwk()).isEmpty());
        // A key of the wrong type is refused before any maths.
        const Jose::SigningKey wrongType(
            kty == QLatin1String("EC") ? QStringLiteral("RSA") : QStringLiteral("EC"), QStringLiteral("k3"));
        QVERIFY(Jose::verify(jws.value(), wrongType.publicJwk()).contains(QLatin1String("cannot check")));
    }
    // HS256/384/512: the shared secret verifies, another secret or a changed payload does not, and
    // the comparison needs the whole MAC.
    void sharedSecretSignaturesVerify() {
        const QByteArray secret("a-client-secret-of-the-tenant");
        for (const QString alg :
             {QStringLiteral("HS256"), QStringLiteral("HS384"), QStringLiteral("HS512")}) {
            const QByteArray token = Jose::compact(
                {{QStringLiteral("alg"), alg}}, {{QStringLiteral("sub"), QStringLiteral("alice")}},
                [&](const QByteArray &input) { return Jose::hmac(alg, secret, input); });
            const Result<Jose::Jws> jws = Jose::parse(token);
            QVERIFY2(jws.ok(), qPrintable(jws.errorText()));
            QCOMPARE(jws.value().signature.size(), alg.mid(2).toInt() / 8);
            QCOMPARE(Jose::verifyHmac(jws.value(), secret), QString());
            QVERIFY(!Jose::verifyHmac(jws.value(), "another-secret").isEmpty());
            QVERIFY(!Jose::verifyHmac(jws.value(), {}).isEmpty());
            Jose::Jws altered = jws.value();
            altered.signingInput.append('x');
            QVERIFY(!Jose::verifyHmac(altered, secret).isEmpty());
            Jose::Jws truncated = jws.value();
            truncated.signature.chop(1);
            QVERIFY(!Jose::verifyHmac(truncated, secret).isEmpty());
        }
    }

    void malformedTokensAreRefused() {
        for (const QByteArray &bad : {QByteArray("a.b"), QByteArray("a.b.c.d.e"), QByteArray("!!.e30.sig"),
                                      QByteArray("e30.W10.c2ln"), QByteArray("")})
            QVERIFY2(!Jose::parse(bad).ok(), bad.constData());
    }
};

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    TestJose jose;
    TestOidcFlow flow;
    return QTest::qExec(&jose, argc, argv) | QTest::qExec(&flow, argc, argv);
}

#include "tst_oidcflow.moc"
