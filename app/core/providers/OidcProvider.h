#pragma once

#include "crypto/Jose.h"
#include "providers/Provider.h"

#include <QDateTime>
#include <QJsonArray>

// Any OpenID Connect provider (PROVIDERS.md §5): discovery at the start of each run, the
// authorization code flow with a fresh state, nonce and PKCE S256, the response's `iss` checked
// (RFC 9207), the tenant's client authentication at the token endpoint, the ID token verified
// (signature with a key of the provider's JWKS, then iss, aud/azp, exp/iat, nonce) before
// anything in it is believed, and userinfo whose `sub` must be the ID token's. Tokens belong to
// one run: never cached or stored.
class OidcProvider : public Provider {
    Q_DECLARE_TR_FUNCTIONS(OidcProvider)

public:
    // What discovery adds to the tenant a run works with, under these setting keys.
    static const QString discoveredAlgorithms;   // id_token_signing_alg_values_supported, space-separated
    static const QString discoveredIssParameter; // "true" when the provider promises `iss` on every response
    // At most one JWKS fetch per this many seconds for an unknown kid (PROVIDERS.md §5.4 decision);
    // the tests shorten it.
    static int jwksRefetchSeconds;

    QString key() const override { return QStringLiteral("oidc"); }
    QString displayName() const override;
    QStringList modes() const override { return {QStringLiteral("code")}; }
    QMap<QString, QString> defaultEndpoints() const override;
    QString secretName() const override { return QStringLiteral("client_secret"); }
    QList<SettingField> settingFields() const override;
    QStringList validate(const Tenant &tenant) const override;
    void resolve(const Tenant &tenant, const ProviderContext &context,
                 std::function<void(const Result<Tenant> &)> done) const override;
    bool usesSecret(const Tenant &tenant) const override;
    AuthorizationRequest begin(const Tenant &tenant, const QString &mode) const override;
    QUrl authorizationUrl(const Tenant &tenant, const AuthorizationRequest &request) const override;
    QString refusalIn(const Tenant &tenant, const QUrlQuery &redirect) const override;
    // An error page at the authorization endpoint ("error: invalid_redirect_uri", as oidc-provider
    // and most OPs show when they will not redirect).
    QString refusalOnPage(const Tenant &tenant, const QUrl &url, const QString &text) const override;
    std::unique_ptr<ExchangeJob> exchange(const Tenant &tenant, const QUrlQuery &redirect,
                                          const AuthorizationRequest &request,
                                          const ProviderContext &context) const override;
    // Discovery and the JWKS: the endpoints, the algorithms and the key ids.
    void checkCredentials(const Tenant &tenant, const ProviderContext &context,
                          std::function<void(const Status &)> done) const override;
    void healthChecks(const Tenant &tenant, const ProviderContext &context,
                      std::function<void(const QList<HealthCheck> &)> done) const override;
    void clientCredentials(const Tenant &tenant, const ProviderContext &context,
                           std::function<void(const Status &)> done) const override;
    QList<QUrl> knownAddresses(const Tenant &tenant) const override;
    // What a token answer says of its access token, never the token: token_type, format (JWT with
    // its header and claims, or opaque), expires_in, scope.
    static QJsonObject describeTokenAnswer(const QJsonObject &answer);
    QStringList secondaryIdKeys() const override { return {QStringLiteral("issuer")}; }

    // The parse and verification steps, each a pure function (the tests and the fuzzer call them).
    // The discovery document applied to the tenant: endpoints not overridden, algorithms, iss.
    static Result<Tenant> applyDiscovery(const Tenant &tenant, const QJsonObject &metadata);
    // The header is one AuthDesk accepts (alg RS256/PS256/ES256 and advertised); empty when it is.
    static QString headerProblem(const Jose::Jws &idToken, const Tenant &resolved);
    // The key of `keys` (a JWKS's "keys") that signed `idToken`, by kid; NotFound when none has it.
    static Result<QJsonObject> keyFor(const QJsonArray &keys, const Jose::Jws &idToken);
    // iss, aud/azp, exp/iat (60 s skew) and nonce; empty when they hold.
    static QString claimsProblem(const QJsonObject &claims, const Tenant &resolved, const QString &nonce,
                                 const QDateTime &now);
    // The identity of verified ID token claims and the userinfo answer (empty when there is none).
    // `verifiedWith` says what checked the signature ("RS256 with key … from the provider's JWKS").
    Result<Identity> identityFrom(const Tenant &tenant, const Jose::Jws &idToken, const QString &verifiedWith,
                                  const QJsonObject &userInfo) const;
    // "invalid_grant (the code was already used …): description", for token and userinfo errors.
    static QString describeError(const QString &error, const QString &description);

private:
    // The token request of a code, with the client authentication the tenant names.
    // A request to the token endpoint with `form` and the client authentication the tenant names.
    HttpRequest tokenRequest(const Tenant &tenant, const QString &secret,
                             QList<QPair<QString, QString>> form) const;
    HttpRequest codeRequest(const Tenant &tenant, const QString &secret, const QString &code,
                            const QString &codeVerifier) const;
};
