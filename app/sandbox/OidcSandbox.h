#pragma once

#include "ProviderSandbox.h"
#include "crypto/Jose.h"

#include <QDateTime>
#include <vector>

class QHttpServerRequest;

// A stand-in OpenID Provider (PROVIDERS.md §5.8) under /oidc: discovery, JWKS (an RSA and a P-256
// key; rotation on demand), an authorize page with a user picker and a refuse link, single-use
// codes bound to the client, redirect URI, PKCE S256 challenge and nonce, the token endpoint with
// client_secret_basic, client_secret_post and public clients (401 invalid_client otherwise), and
// userinfo. An unregistered redirect URI gets an error page, never a redirect.
//
// Its hostile mode mints each §5.6 defect on demand, as faults:
//   aimed at "token" (the ID token it issues): alg_none, hs256_public_key, bad_signature, wrong_aud,
//     wrong_iss, expired, future_iat, no_nonce, stale_nonce, unknown_kid, several_aud_no_azp,
//     no_id_token;
//   aimed at "userinfo": sub_mismatch;
//   on the authorization response: iss_missing, iss_wrong, code_and_error;
//   aimed at "discovery": wrong_issuer, plain_pkce_only.
// /sandbox/control settings ({"provider":"oidc", ...}): "alg" (RS256, PS256, ES256), "rotate_keys",
// "iss_parameter" (whether discovery promises iss), "issuer" (another issuer URL to announce).
class OidcSandbox : public ProviderSandbox {
public:
    static const QString basicClient;  // client_secret_basic
    static const QString postClient;   // client_secret_post
    static const QString publicClient; // none
    static const QString clientSecret; // of both confidential clients

    OidcSandbox();
    QString key() const override { return QStringLiteral("oidc"); }
    QString memberUser() const override { return QStringLiteral("alice"); }
    void addRoutes(QHttpServer &server) override;
    void invalidateTokens() override;
    void configure(const QJsonObject &settings) override;
    QList<SandboxTenant> demoTenants(const QUrl &sandbox, const QList<Tenant> &existing) const override;
    // The confidential client_secret_basic client's tenant.
    SandboxTenant tenant(const QString &name, const QUrl &sandbox,
                         const QString &redirectUri = {}) const override;
    // A tenant of `client` at this sandbox, found by discovery.
    SandboxTenant clientTenant(const QString &name, const QUrl &sandbox, const QString &client,
                               const QString &redirectUri = {}) const;
    static QString subFor(const QString &user); // stable per user
    int jwksFetches() const { return requestCount(QStringLiteral("jwks")); }

protected:
    QMap<QString, QString> tenantSettings() const override;
    QString tenantSecret() const override { return clientSecret; }
    QString tokenApi() const override { return QStringLiteral("token"); }
    QStringList pageFaults() const override;
    QStringList ownFaults() const override;
    QStringList tokenFaults() const override;
    QString faultPath(const QString &fault) const override;

private:
    struct User {
        QString id;
        QString name;
        QString email;
        bool emailVerified;
        QString phone;
        QString department;
    };
    struct PendingLogin {
        QString issuer;
        QString clientId;
        QString redirectUri;
        QString state;
        QString nonce;
        QString scope;
        QString challenge;
    };
    struct Code {
        QString user;
        PendingLogin login;
        QDateTime issued;
        bool used = false;
    };
    struct AccessToken {
        QString user;
        QString scope;
    };
    static const QList<User> &users();
    static const User *findUser(const QString &id);

    QString issuerFor(const QHttpServerRequest &request) const;
    QHttpServerResponse discovery(const QHttpServerRequest &request);
    QHttpServerResponse jwks();
    QHttpServerResponse authorizePage(const QHttpServerRequest &request);
    QHttpServerResponse pick(const QHttpServerRequest &request);
    QHttpServerResponse redirectFor(const PendingLogin &login, const QString &user);
    QHttpServerResponse token(const QHttpServerRequest &request);
    QHttpServerResponse userInfo(const QHttpServerRequest &request);
    QByteArray idToken(const Code &code, const QString &fault);
    // The keys are made when first needed: an idle sandbox (the tests make many) generates none.
    // Call with m_mutex held.
    void ensureKeysLocked();

    std::vector<Jose::SigningKey> m_keys; // the first RSA key signs RS256/PS256, the EC key ES256
    int m_generation = 1;
    int m_jwksMaxAge = 3600; // the JWKS answer's Cache-Control max-age ({"jwks_max_age": N})
    QString m_alg = QStringLiteral("RS256");
    bool m_issParameter = true;
    QString m_announcedIssuer; // empty: the issuer of the request's own address
    QHash<QString, PendingLogin> m_pending;
    QHash<QString, Code> m_codes;
    QHash<QString, AccessToken> m_accessTokens;
};
