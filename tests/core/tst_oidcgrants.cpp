// The grants and token operations beyond the authorization code, against the real OpenID
// Provider (npm oidc-provider, tests/oidc-provider): the device grant and its named failures,
// kept tokens refreshed (rotation, the replaced token refused), introspected and revoked.
#include "../support/Succeeded.h"
#include "TestSupport.h"
#include "run/FlowRun.h"
#include "run/TokenSession.h"
#include "workspace/Workspace.h"

#include "crypto/Jose.h"
#include "net/ExchangeLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace TestSupport;

class TestOidcGrants : public FlowTest {
    Q_OBJECT

    RealOpenIdProvider m_op;
    const QString m_redirect = QStringLiteral("http://127.0.0.1:%1/callback").arg(freePort());

    // A saved tenant of `client`, with its client authentication (and secret: the OP's client
    // secret, or a key pair AuthDesk makes) as `clientAuth` says.
    Tenant savedTenant(const QString &client, const QString &clientAuth = {}, QString *secret = nullptr) {
        Tenant tenant =
            m_op.tenant(QStringLiteral("%1-%2").arg(client).arg(++m_tenantCounter), client, m_redirect);
        if (!clientAuth.isEmpty())
            tenant.settings.insert(QStringLiteral("client_auth"), clientAuth);
        const QString made = Provider::find(QStringLiteral("oidc"))->makeSecret(tenant);
        if (secret)
            *secret = made.isEmpty() ? m_op.clientSecret() : made;
        if (!saveTenant(*m_workspace, tenant, made.isEmpty() ? m_op.clientSecret() : made))
            qFatal("could not save a tenant: is the keyring session running?");
        return tenant;
    }

    // A device sign-in of `tenant` in which the user decides `decision` (approve, deny, expire)
    // once the code is shown; `before` runs first, between the code and the decision.
    std::unique_ptr<FlowRun> deviceRun(const Tenant &tenant, const QString &decision, bool keep = false,
                                       const std::function<void()> &before = {}) {
        auto run = newRun(tenant);
        run->setPlatformSecond(20); // the provider's 1 s interval (and slow_down's 5 s more) at 20 ms each
        run->setKeepTokens(keep);
        QSignalSpy shown(run.get(), &FlowRun::deviceCodeReady);
        run->startDevice();
        if (!QTest::qWaitFor([&] { return !shown.isEmpty() || run->hasEnded(); }, 15000) || shown.isEmpty())
            return run;
        const auto code = shown.constFirst().constFirst().value<DeviceAuthorization>();
        if (before)
            before();
        m_op.control("POST",
                     QStringLiteral("/test/device?user_code=%1&decision=%2").arg(code.userCode, decision));
        waitFinished(*run);
        return run;
    }

    // A code-flow sign-in without a page: the provider's redirects followed to the redirect URI.
    std::unique_ptr<FlowRun> codeRun(const Tenant &tenant, const QMap<QString, QString> &overrides = {},
                                     bool keep = false, QUrl *authorizationUrl = nullptr) {
        auto run = newRun(tenant);
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
            run->overrideSetting(it.key(), it.value());
        run->setKeepTokens(keep);
        const QUrl url = startRun(*run);
        if (authorizationUrl)
            *authorizationUrl = url;
        if (!url.isValid())
            return run;
        const QUrl redirect = m_op.follow(url, m_redirect);
        if (!redirect.isValid()) {
            run->fail(QStringLiteral("the provider's redirects did not lead back to %1").arg(m_redirect));
            return run;
        }
        run->handleRedirect(redirect);
        waitFinished(*run);
        return run;
    }

private slots:
    void initTestCase() {
        setUpWorkspace();
        QString error;
        QVERIFY2(m_op.start(m_redirect, QStringLiteral("alice"), &error), qPrintable(error));
    }

    void deviceGrantSignsIn() {
        const Tenant tenant = savedTenant(QStringLiteral("conf"));
        auto run = deviceRun(tenant, QStringLiteral("approve"));
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        QCOMPARE(run->identity().externalId, QStringLiteral("alice"));
        QCOMPARE(run->identity().name, QStringLiteral("Alice Zhang"));
        QVERIFY(run->identity().stateVerified);
        QCOMPARE(run->record().mode, QStringLiteral("device"));
        QVERIFY(stepTitles(*run).contains(QLatin1String("User code issued")));
        QVERIFY(stepTitles(*run).contains(QLatin1String("ID token verified")));
        // Nothing was kept: the tokens died with the run.
        const Status introspected =
            operateOnKeptTokens(tenant, TokenOperation::Introspect, QStringLiteral("access"));
        QVERIFY(!introspected.ok());
        QVERIFY2(introspected.errorText().contains(QLatin1String("--keep-tokens")),
                 qPrintable(introspected.errorText()));
    }

    void deviceGrantFailuresAreNamed() {
        const Tenant tenant = savedTenant(QStringLiteral("conf"));
        auto denied = deviceRun(tenant, QStringLiteral("deny"));
        QCOMPARE(denied->phase(), FlowRun::Phase::Failed);
        QVERIFY2(denied->error().contains(QLatin1String("access_denied")), qPrintable(denied->error()));
        auto expired = deviceRun(tenant, QStringLiteral("expire"));
        QCOMPARE(expired->phase(), FlowRun::Phase::Failed);
        QVERIFY2(expired->error().contains(QLatin1String("expired_token")), qPrintable(expired->error()));
        // slow_down: five seconds more between polls from then on, and the sign-in still ends well.
        auto slowed = deviceRun(tenant, QStringLiteral("approve"), false,
                                [&] { m_op.control("POST", QStringLiteral("/test/slow_down")); });
        QVERIFY2(slowed->phase() == FlowRun::Phase::Succeeded, qPrintable(slowed->error()));
        QVERIFY(stepTitles(*slowed).contains(QLatin1String("slow_down")));
        QVERIFY(std::any_of(slowed->steps().cbegin(), slowed->steps().cend(), [](const FlowStep &step) {
            return step.detail.contains(QLatin1String("every 6 s"));
        }));
        // A client the provider has no device grant for.
        Tenant service = m_op.tenant(QStringLiteral("svc-device"), QStringLiteral("svc"), m_redirect);
        QVERIFY(saveTenant(*m_workspace, service, m_op.clientSecret()));
        auto refused = newRun(service);
        refused->startDevice();
        QVERIFY(waitFinished(*refused) == false);
        QVERIFY2(refused->error().contains(QLatin1String("unauthorized_client")) ||
                     refused->error().contains(QLatin1String("device_code")),
                 qPrintable(refused->error()));
    }

    void keptTokensRefreshIntrospectRevoke() {
        const Tenant tenant = savedTenant(QStringLiteral("conf"));
        auto run = deviceRun(tenant, QStringLiteral("approve"), true);
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        QVERIFY(stepTitles(*run).contains(QLatin1String("Tokens kept in the keychain")));

        Status report = operateOnKeptTokens(tenant, TokenOperation::Introspect, QStringLiteral("access"));
        QVERIFY2(report.ok(), qPrintable(report.errorText()));
        QCOMPARE(report.value().details.value(QLatin1String("active")).toBool(), true);
        QCOMPARE(report.value().details.value(QLatin1String("sub")).toString(), QStringLiteral("alice"));

        // The provider rotates refresh tokens: the new ID token keeps iss, sub and aud.
        report = operateOnKeptTokens(tenant, TokenOperation::Refresh, QStringLiteral("refresh"));
        QVERIFY2(report.ok(), qPrintable(report.errorText()));
        QCOMPARE(report.value().details.value(QLatin1String("refresh_token_rotated")).toBool(), true);
        QVERIFY(report.value()
                    .details.value(QLatin1String("id_token"))
                    .toObject()
                    .contains(QLatin1String("verified")));
        // The replaced refresh token no longer works; the provider's reuse detection then revokes
        // the grant, so the current one is refused too, in words.
        report = operateOnKeptTokens(tenant, TokenOperation::Refresh, QStringLiteral("previous"));
        QVERIFY2(report.ok(), qPrintable(report.errorText()));
        QCOMPARE(report.value().details.value(QLatin1String("previous_works")).toBool(), false);
        report = operateOnKeptTokens(tenant, TokenOperation::Refresh, QStringLiteral("refresh"));
        QVERIFY(!report.ok());
        QVERIFY2(report.errorText().contains(QLatin1String("invalid_grant")), qPrintable(report.errorText()));

        // A fresh sign-in: the access token revoked, and introspection confirms it.
        auto again = deviceRun(tenant, QStringLiteral("approve"), true);
        QVERIFY(again->phase() == FlowRun::Phase::Succeeded);
        report = operateOnKeptTokens(tenant, TokenOperation::Revoke, QStringLiteral("access"));
        QVERIFY2(report.ok(), qPrintable(report.errorText()));
        QCOMPARE(report.value().details.value(QLatin1String("active")).toBool(true), false);
        report = operateOnKeptTokens(tenant, TokenOperation::Introspect, QStringLiteral("access"));
        QVERIFY(!report.ok()); // no longer kept
        report = operateOnKeptTokens(tenant, TokenOperation::Introspect, QStringLiteral("refresh"));
        QVERIFY2(report.ok(), qPrintable(report.errorText()));
        QCOMPARE(report.value().details.value(QLatin1String("active")).toBool(), true);
    }

    // Client authentication without a shared secret: AuthDesk makes the key pair, the admin
    // registers its public JWKS, and each request carries a fresh one-minute assertion.
    void privateKeyJwt() {
        QString pem;
        const Tenant tenant = savedTenant(QStringLiteral("pkjwt"), QStringLiteral("private_key_jwt"), &pem);
        QVERIFY(pem.startsWith(QLatin1String("-----BEGIN PRIVATE KEY-----")));
        const Result<QJsonObject> jwks = Provider::find(QStringLiteral("oidc"))->publicKeys(tenant, pem);
        QVERIFY2(jwks.ok(), qPrintable(jwks.errorText()));
        const QJsonObject jwk = jwks.value().value(QLatin1String("keys")).toArray().first().toObject();
        QCOMPARE(jwk.value(QLatin1String("alg")).toString(), QStringLiteral("ES256"));
        QVERIFY(!jwk.contains(QLatin1String("d"))); // the public half only
        QCOMPARE(jwk.value(QLatin1String("kid")).toString(), Jose::thumbprint(jwk));

        m_op.control("PUT", QStringLiteral("/test/jwks"), QJsonDocument(jwks.value()).toJson());
        // Twice: each request's assertion has its own jti (the provider refuses a replayed one).
        for (int round = 0; round < 2; ++round) {
            auto run = deviceRun(tenant, QStringLiteral("approve"));
            QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
            QCOMPARE(run->identity().externalId, QStringLiteral("alice"));
        }
        // Another key pair, never registered: the provider refuses the client.
        const Tenant unregistered = savedTenant(QStringLiteral("pkjwt"), QStringLiteral("private_key_jwt"));
        auto refused = deviceRun(unregistered, QStringLiteral("approve"));
        QCOMPARE(refused->phase(), FlowRun::Phase::Failed);
        QVERIFY2(refused->error().contains(QLatin1String("invalid_client")), qPrintable(refused->error()));
        // An RSA key pair when the tenant asks for one.
        Tenant rsa = tenant;
        rsa.settings.insert(QStringLiteral("key_type"), QStringLiteral("RSA"));
        const Result<QJsonObject> rsaKeys =
            Provider::find(QStringLiteral("oidc"))
                ->publicKeys(rsa, Provider::find(QStringLiteral("oidc"))->makeSecret(rsa));
        QVERIFY(rsaKeys.ok());
        QCOMPARE(
            rsaKeys.value().value(QLatin1String("keys")).toArray().first()[QLatin1String("alg")].toString(),
            QStringLiteral("RS256"));
    }

    void clientSecretJwt() {
        const Tenant tenant = savedTenant(QStringLiteral("csjwt"), QStringLiteral("client_secret_jwt"));
        auto run = deviceRun(tenant, QStringLiteral("approve"));
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        // The assertion is masked where it stands in the exchange log.
        bool masked = false;
        for (const HttpExchange &exchange : run->log()->exchanges())
            masked |=
                exchange.maskedCredentials.join(QLatin1Char(' ')).contains(QLatin1String("client_assertion"));
        QVERIFY(masked);
        // The wrong secret makes an assertion the provider refuses.
        Tenant wrong = m_op.tenant(QStringLiteral("csjwt-wrong"), QStringLiteral("csjwt"), m_redirect);
        wrong.settings.insert(QStringLiteral("client_auth"), QStringLiteral("client_secret_jwt"));
        QVERIFY(saveTenant(*m_workspace, wrong, QStringLiteral("not-the-secret")));
        auto refused = deviceRun(wrong, QStringLiteral("approve"));
        QCOMPARE(refused->phase(), FlowRun::Phase::Failed);
        QVERIFY2(refused->error().contains(QLatin1String("invalid_client")), qPrintable(refused->error()));
    }

    // RFC 9126: the request goes to the provider first; the browser carries only client_id and
    // request_uri. A client the provider requires it of is refused without.
    void pushedAuthorizationRequests() {
        const Tenant tenant = savedTenant(QStringLiteral("par"));
        QUrl url;
        auto pushed =
            codeRun(tenant, {{QStringLiteral("pushed_requests"), QStringLiteral("always")}}, false, &url);
        QVERIFY2(pushed->phase() == FlowRun::Phase::Succeeded, qPrintable(pushed->error()));
        QCOMPARE(QUrlQuery(url).queryItems().size(), 2);
        QVERIFY(QUrlQuery(url)
                    .queryItemValue(QStringLiteral("request_uri"), QUrl::FullyDecoded)
                    .startsWith(QLatin1String("urn:")));
        QVERIFY(!url.toString().contains(QLatin1String("code_challenge")));
        auto unpushed = codeRun(tenant);
        QCOMPARE(unpushed->phase(), FlowRun::Phase::Failed);
        QVERIFY2(unpushed->error().contains(QLatin1String("invalid_request")) &&
                     unpushed->error().contains(QLatin1String("Pushed Authorization Request")),
                 qPrintable(unpushed->error()));
    }

    // RFC 9449: a key per run, proofs on the token, userinfo and refresh requests, the provider's
    // nonce sent again when it asks, and the token checked to be bound to the run's key.
    void dpopBindsTheTokens() {
        const Tenant tenant = savedTenant(QStringLiteral("dpop"));
        QUrl url;
        auto run = codeRun(tenant, {{QStringLiteral("dpop"), QStringLiteral("yes")}}, true, &url);
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        QVERIFY(QUrlQuery(url).hasQueryItem(QStringLiteral("dpop_jkt")));
        QVERIFY(stepTitles(*run).contains(QLatin1String("DPoP nonce")));
        QVERIFY(stepTitles(*run).contains(QLatin1String("DPoP binding verified")));
        const Status refreshed =
            operateOnKeptTokens(tenant, TokenOperation::Refresh, QStringLiteral("refresh"));
        QVERIFY2(refreshed.ok(), qPrintable(refreshed.errorText()));
        // A token endpoint reached through a proxy that does not say so: the proof's htu names the
        // proxy, not the provider, which refuses it as invalid_dpop_proof.
        Tenant renamed = savedTenant(QStringLiteral("dpop"));
        renamed.endpoints.insert(QStringLiteral("token"), m_op.proxy() + QStringLiteral("/token"));
        QVERIFY(saveTenant(*m_workspace, renamed, m_op.clientSecret()));
        auto misaddressed = codeRun(renamed, {{QStringLiteral("dpop"), QStringLiteral("yes")}});
        QCOMPARE(misaddressed->phase(), FlowRun::Phase::Failed);
        QVERIFY2(misaddressed->error().contains(QLatin1String("invalid_dpop_proof")) &&
                     misaddressed->error().contains(QLatin1String("htu")),
                 qPrintable(misaddressed->error()));
        // The same client without a proof: the provider refuses to issue an unbound token.
        auto unproved = codeRun(tenant);
        QCOMPARE(unproved->phase(), FlowRun::Phase::Failed);
        QVERIFY2(unproved->error().contains(QLatin1String("DPoP")), qPrintable(unproved->error()));
    }
};

QTEST_GUILESS_MAIN(TestOidcGrants)
#include "tst_oidcgrants.moc"
