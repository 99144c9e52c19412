// OpenID Connect: an ID token as the provider's token endpoint hands it over, and the redirect
// back. The first piece picks what the input is:
//   0: raw token bytes, checked against the provider's one real key. Property: nothing but a
//      token that key signed verifies, so arbitrary bytes never do.
//   1: a claims object, signed with the real key by the harness. Properties: when the claims
//      checks pass, iss is the issuer, aud names the client (with azp when there are several),
//      the nonce is the run's and the token is not expired; the identity names the sub.
//   2: a redirect query. Properties: a redirect that may be exchanged has a code, no error, and
//      the issuer's iss (or none when the provider does not promise one).
#include "FuzzInput.h"
#include "crypto/Jose.h"
#include "providers/OidcProvider.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace {
const QString issuer = QStringLiteral("https://idp.example.com");
const QString clientId = QStringLiteral("authdesk");
const QString nonce = QStringLiteral("n0nceOfThisRun");

const Jose::SigningKey &realKey() {
    static const Jose::SigningKey key(QStringLiteral("EC"), QStringLiteral("real")); // EC: fast to make
    return key;
}

Tenant tenant(bool promisesIss) {
    Tenant t;
    t.name = QStringLiteral("fuzz");
    t.provider = QStringLiteral("oidc");
    t.settings = {{QStringLiteral("issuer"), issuer}, {QStringLiteral("client_id"), clientId}};
    t.settings.insert(OidcProvider::discoveredAlgorithms, QStringLiteral("RS256 PS256 ES256"));
    if (promisesIss)
        t.settings.insert(OidcProvider::discoveredIssParameter, QStringLiteral("true"));
    return t;
}

// The checks a run makes, in its order; empty when the token is believed.
QString runChecks(const QByteArray &token, const Tenant &t, Jose::Jws *verified) {
    const Result<Jose::Jws> jws = Jose::parse(token);
    if (!jws.ok())
        return jws.errorText();
    if (QString problem = OidcProvider::headerProblem(jws.value(), t); !problem.isEmpty())
        return problem;
    const Result<QJsonObject> key = OidcProvider::keyFor(QJsonArray{realKey().publicJwk()}, jws.value());
    if (!key.ok())
        return key.errorText();
    if (QString problem = Jose::verify(jws.value(), key.value()); !problem.isEmpty())
        return problem;
    *verified = jws.value();
    return OidcProvider::claimsProblem(jws.value().claims, t, nonce, QDateTime::currentDateTimeUtc());
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzInput input(data, size);
    const int kind = input.choice(3);
    const Tenant t = tenant(input.choice(2) == 1);
    if (kind == 0) {
        Jose::Jws verified;
        runChecks(input.rest(), t, &verified);
        FUZZ_CHECK(verified.signingInput.isEmpty(), "bytes the key never signed verified");
        return 0;
    }
    if (kind == 1) {
        const QJsonObject claims = QJsonDocument::fromJson(input.bytes()).object();
        const QByteArray token = Jose::compact(
            {{QStringLiteral("alg"), QStringLiteral("ES256")}, {QStringLiteral("kid"), realKey().kid()}},
            claims, [](const QByteArray &signingInput) {
                return realKey().sign(QStringLiteral("ES256"), signingInput);
            });
        Jose::Jws verified;
        const QString problem = runChecks(token, t, &verified);
        FUZZ_CHECK(!verified.signingInput.isEmpty(), "a token the real key signed did not verify");
        if (!problem.isEmpty())
            return 0;
        FUZZ_CHECK(claims.value(QLatin1String("iss")).toString() == issuer, "another issuer believed");
        FUZZ_CHECK(claims.value(QLatin1String("nonce")).toString() == nonce, "another run's nonce believed");
        const QJsonValue aud = claims.value(QLatin1String("aud"));
        FUZZ_CHECK(
            aud.toString() == clientId ||
                (aud.toArray().contains(clientId) &&
                 (aud.toArray().size() == 1 || claims.value(QLatin1String("azp")).toString() == clientId)),
            "another client's token believed");
        FUZZ_CHECK(claims.value(QLatin1String("exp")).toDouble() > QDateTime::currentSecsSinceEpoch() - 61,
                   "an expired token believed");
        static const OidcProvider provider;
        const Result<Identity> identity = provider.identityFrom(
            t, verified, QStringLiteral("RS256 with the fuzzer's key"), OidcProvider::claimsHeld(nonce), {});
        FUZZ_CHECK(!identity.ok() ||
                       identity.value().externalId == claims.value(QLatin1String("sub")).toString(),
                   "the identity is not the token's sub");
        return 0;
    }
    static const OidcProvider provider;
    const QUrlQuery redirect(QString::fromUtf8(input.rest()));
    if (!provider.refusalIn(t, redirect).isEmpty())
        return 0;
    FUZZ_CHECK(!redirect.queryItemValue(QStringLiteral("code")).isEmpty(),
               "a redirect without a code exchanged");
    FUZZ_CHECK(!redirect.hasQueryItem(QStringLiteral("error")), "an error redirect exchanged");
    const bool promised = t.setting(OidcProvider::discoveredIssParameter) == QLatin1String("true");
    FUZZ_CHECK(redirect.hasQueryItem(QStringLiteral("iss"))
                   ? redirect.queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded) == issuer
                   : !promised,
               "a redirect from another issuer exchanged");
    return 0;
}
