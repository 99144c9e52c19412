#pragma once

#include "ProviderSandbox.h"

#include <QDateTime>

class QHttpServerRequest;

// The Feishu / Lark part of the sandbox (PROVIDERS.md §6.6): the authorize page with a user picker
// (a member, one with only an enterprise mailbox, a resigned and a frozen member, a member of
// another enterprise, and a user who refuses), the redirect-URL whitelist, single-use 5-minute
// codes (20003/20004/20065), PKCE with Feishu's `plain` default and S256 (20049), the v2 token
// endpoint with its hybrid errors (HTTP 400, 500 for 20050, 503 for 20072; 20070 for a Basic
// header; 20071 for another redirect_uri), user_info whose fields follow the granted scopes, and
// tenant_access_token with its 30-minute overlap. The same paths serve the Lark hosts. Faults
// besides the common ones: "server_error" (20050), "unavailable" (20072), "rate_limit" (HTTP 429,
// 99991400, x-ogw-ratelimit-reset: 1), "expire_codes" (every code reads as expired).
class FeishuSandbox : public ProviderSandbox {
public:
    static const QString appId;
    static const QString appSecret;
    static const QString tenantKey;
    static const QString redirectWhitelistHost; // every https redirect on this host (and loopback) is listed

    QString key() const override { return QStringLiteral("feishu"); }
    QString memberUser() const override { return QStringLiteral("zhangsan"); }
    void addRoutes(QHttpServer &server) override;
    void invalidateTokens() override;
    QList<SandboxTenant> demoTenants(const QUrl &sandbox, const QList<Tenant> &existing) const override;
    static QString openIdFor(const QString &user); // stable per (app, user)

protected:
    QMap<QString, QString> tenantSettings() const override;
    QString tenantSecret() const override { return appSecret; }
    QString tokenApi() const override { return QStringLiteral("oauth/token"); }
    QStringList ownFaults() const override {
        return {QStringLiteral("server_error"), QStringLiteral("unavailable"), QStringLiteral("rate_limit")};
    }
    QStringList tokenFaults() const override { return {QStringLiteral("expire_codes")}; }

private:
    struct User {
        QString id;
        QString name;
        QString email;
        QString enterpriseEmail;
        QString mobile;
        int status; // 0 active, 20021 resigned, 20022 frozen
        QString tenantKey;
    };
    struct PendingLogin {
        QString redirectUri;
        QString state;
        QString scope;
        QString challenge;
        QString method;
    };
    struct Code {
        QString user;
        PendingLogin login;
        QDateTime issued;
        bool used = false;
    };
    struct UserToken {
        QString user;
        QString scope;
    };
    // A user token (and, with offline_access, a refresh token) for `owner`; m_mutex held.
    QJsonObject issueUserToken(const UserToken &owner);
    static const QList<User> &users();
    static const User *findUser(const QString &id);

    QHttpServerResponse authorizePage(const QHttpServerRequest &request);
    QHttpServerResponse pick(const QHttpServerRequest &request);
    QHttpServerResponse redirectFor(const PendingLogin &login, const QString &user);
    QHttpServerResponse token(const QHttpServerRequest &request);
    QHttpServerResponse userInfo(const QHttpServerRequest &request);
    QHttpServerResponse tenantToken(const QHttpServerRequest &request);
    // A fault aimed at `api` as the platform would answer it; none for no fault, or for one the
    // caller acts on itself (its name in *other).
    std::optional<QHttpServerResponse> faultAnswer(const QString &api, QString *other);

    QHash<QString, PendingLogin> m_pending;
    QHash<QString, Code> m_codes;
    QHash<QString, UserToken> m_refreshTokens; // until used
    QHash<QString, UserToken> m_userTokens;
    QString m_tenantToken;
    QDateTime m_tenantTokenExpiry;
};
