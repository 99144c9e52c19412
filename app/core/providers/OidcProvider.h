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
    static const QString discoveredParRequired;  // "true" when the provider takes pushed requests only
    static const QString discoveredDpop;         // "true" when the provider offers DPoP
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
    // private_key_jwt: a new key pair (EC P-256, or RSA 2048 with key_type RSA) as PEM.
    bool makesSecret(const Tenant &tenant) const override;
    QString makeSecret(const Tenant &tenant) const override;
    Result<QJsonObject> publicKeys(const Tenant &tenant, const QString &secret) const override;
    AuthorizationRequest begin(const Tenant &tenant, const QString &mode) const override;
    QUrl authorizationUrl(const Tenant &tenant, const AuthorizationRequest &request) const override;
    bool pushesAuthorization(const Tenant &tenant, const QString &mode) const override;
    void pushAuthorization(const Tenant &tenant, const ProviderContext &context,
                           const AuthorizationRequest &request,
                           std::function<void(const Result<QUrl> &)> done) const override;
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
    // An OAuth error answer's `error` and `error_description` in words; `otherwise` when it names none.
    static QString answerError(const QJsonObject &answer, const QString &otherwise);
    // Why a token endpoint's answer gives no tokens, in words; empty when it does.
    static QString tokenAnswerProblem(const JsonReply &reply);
    // What the keepTokens hook gets: the tokens, when they expire, the ID token's iss, sub and aud
    // that a refreshed one must keep, and the DPoP key they are bound to (PEM; none when empty).
    static KeptTokens keptTokens(const QJsonObject &answer, const QJsonObject &idClaims,
                                 const QString &dpopKey);
    QStringList grants() const override {
        return {QStringLiteral("code"), QStringLiteral("device"), QStringLiteral("client_credentials")};
    }
    bool acceptsLoopbackRedirect() const override { return true; }
    QStringList tokenActions() const override {
        return {QStringLiteral("refresh"), QStringLiteral("introspect"), QStringLiteral("revoke"),
                QStringLiteral("logout")};
    }
    std::unique_ptr<ExchangeJob>
    deviceGrant(const Tenant &tenant, const ProviderContext &context,
                std::function<void(const DeviceAuthorization &)> shown) const override;
    void
    operateOnTokens(TokenOperation operation, const QString &which, const Tenant &tenant,
                    const ProviderContext &context, const KeptTokens &kept,
                    std::function<void(const Status &report, const KeptTokens &keep)> done) const override;
    QUrl logoutUrl(const Tenant &tenant, const KeptTokens &kept, const QString &state) const override;
    QStringList secondaryIdKeys() const override { return {QStringLiteral("issuer")}; }

    // The parse and verification steps, each a pure function (the tests and the fuzzer call them).
    // The discovery document applied to the tenant: endpoints not overridden, algorithms, iss.
    static Result<Tenant> applyDiscovery(const Tenant &tenant, const QJsonObject &metadata);
    // The header is one AuthDesk accepts (alg RS256/PS256/ES256 and advertised); empty when it is.
    static QString headerProblem(const Jose::Jws &idToken, const Tenant &resolved);
    // The key of `keys` (a JWKS's "keys") that signed `idToken`, by kid; NotFound when none has it.
    static Result<QJsonObject> keyFor(const QJsonArray &keys, const Jose::Jws &idToken);
    // iss, aud/azp, exp/iat (60 s skew) and nonce (unless `nonce` is empty: the grant sent none);
    // empty when they hold.
    static QString claimsProblem(const QJsonObject &claims, const Tenant &resolved, const QString &nonce,
                                 const QDateTime &now);
    // The identity of verified ID token claims and the userinfo answer (empty when there is none).
    // `verifiedWith` says what checked the signature ("RS256 with key … from the provider's JWKS").
    // `claimsHeld` says which claims were checked (claimsHeld()).
    Result<Identity> identityFrom(const Tenant &tenant, const Jose::Jws &idToken, const QString &verifiedWith,
                                  const QString &claimsHeld, const QJsonObject &userInfo) const;
    // "iss, aud, azp, exp, iat and nonce hold", or without the nonce for a grant that sends none.
    static QString claimsHeld(const QString &nonce);
    // "invalid_grant (the code was already used …): description", for token and userinfo errors.
    static QString describeError(const QString &error, const QString &description);

private:
    // A DPoP key for one run (EC P-256, PEM) when the tenant asks for DPoP; empty otherwise.
    QString newDpopKey(const Tenant &tenant) const;
    // RFC 7523 §2.2: a client assertion signed with the tenant's key (private_key_jwt) or keyed
    // with its secret (client_secret_jwt), single use (jti), for one minute, for the token endpoint.
    Result<QString> clientAssertion(const Tenant &tenant, const QString &secret) const;
    bool signsAssertions(const Tenant &tenant) const; // private_key_jwt or client_secret_jwt
    // The token request of a code, with the client authentication the tenant names.
    // A request to the token endpoint with `form` and the client authentication the tenant names.
    HttpRequest tokenRequest(const Tenant &tenant, const QString &secret,
                             const QList<QPair<QString, QString>> &form) const;
    // A POST of `form` to one of the provider's endpoints that authenticate the client (token,
    // device authorization, introspection, revocation, PAR), with the method the tenant names.
    HttpRequest clientRequest(const Tenant &tenant, const QString &secret, const QString &purpose,
                              const QUrl &url, QList<QPair<QString, QString>> form) const;
    // The rest of a sign-in once the token endpoint has answered: the ID token verified (its nonce
    // against `nonce`, unless the grant sent none), userinfo fetched and matched, the tokens kept
    // when the run asked, and the job finished with the identity.
    // An ID token believed: what checked its signature.
    struct VerifiedIdToken {
        Jose::Jws jws;
        QString verifiedWith;
    };
    // The compact ID token parsed, its header accepted, its signature checked with the provider's
    // key, and its claims (nonce too unless `nonce` is empty); or why not.
    void verifyIdToken(const ProviderContext &context, const Tenant &tenant, const QString &idToken,
                       const QString &nonce, std::function<void(const Result<VerifiedIdToken> &)> done) const;
    // `dpopKey`: the run's DPoP key (PEM), which the tokens must be bound to; empty when none.
    void signIn(ExchangeJob *job, const Tenant &tenant, const QJsonObject &answer, const QString &nonce,
                const QString &dpopKey) const;
    // RFC 9449: a DPoP run's access token must be of type DPoP and bound to the run's key (cnf.jkt
    // of a JWT, or as introspection says); `then` runs when it is.
    void checkDpopBinding(ExchangeJob *job, const Tenant &tenant, const QJsonObject &answer,
                          const QString &dpopKey, std::function<void()> then) const;
    // RFC 7662: whether `token` is active, and what the provider says of it.
    void introspect(const Tenant &tenant, const ProviderContext &context, const QString &token,
                    const QString &hint, std::function<void(const Status &)> done) const;
    // The refresh grant with the kept refresh token (or, for `which` "previous", the one a
    // rotation replaced: does it still work?).
    void refreshTokens(const Tenant &tenant, const ProviderContext &context, const KeptTokens &kept,
                       const QString &which,
                       std::function<void(const Status &, const KeptTokens &)> done) const;
    // One poll of the device grant after `intervalSeconds`, and the next until the user decides.
    void pollDevice(ExchangeJob *job, const Tenant &tenant, const QString &deviceCode, int intervalSeconds,
                    const QString &dpopKey) const;
    HttpRequest codeRequest(const Tenant &tenant, const QString &secret, const QString &code,
                            const QString &codeVerifier) const;
};
