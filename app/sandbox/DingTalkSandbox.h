#pragma once

#include "ProviderSandbox.h"

#include <QDateTime>

class QHttpServerRequest;

// The DingTalk part of the sandbox (PROVIDERS.md §7.7): the oauth2/auth page with a user picker (a
// member of the sandbox enterprise, a user outside it, and a user who refuses), redirects with
// `authCode`, single-use 5-minute codes, a user token carrying corpId only with the `corpid`
// scope, contact/users/me, the app token and oapi's topapi/user/getbyunionid (which refuses a
// user's token and an unknown unionId), JSON-only bodies (a form body answers 400), and the
// new-API error shape. Faults besides the common ones: "both_codes" (the redirect carries
// authCode and code, same value), "mismatched_codes" (different values), "code_only", "wrong_corp"
// (another corpId), "rate_limit" (errcode 90002), "no_permission" (errcode 60011),
// "ip_block" (the per-IP block body).
class DingTalkSandbox : public ProviderSandbox {
public:
    static const QString clientId;
    static const QString clientSecret;
    static const QString corpId;

    QString key() const override { return QStringLiteral("dingtalk"); }
    QString memberUser() const override { return QStringLiteral("zhangsan"); }
    void addRoutes(QHttpServer &server) override;
    void invalidateTokens() override;
    QList<SandboxTenant> demoTenants(const QUrl &sandbox, const QList<Tenant> &existing) const override;
    static QString unionIdFor(const QString &user);

protected:
    QMap<QString, QString> tenantSettings() const override;
    QString tenantSecret() const override { return clientSecret; }
    QString tokenApi() const override { return QStringLiteral("oauth2/accessToken"); }
    QStringList ownFaults() const override {
        return {QStringLiteral("wrong_corp"), QStringLiteral("rate_limit"), QStringLiteral("no_permission"),
                QStringLiteral("ip_block")};
    }
    QStringList pageFaults() const override;

private:
    struct User {
        QString id;
        QString nick;
        QString mobile;
        QString email;
        QString userid; // empty: not a member of the sandbox enterprise
    };
    struct PendingLogin {
        QString redirectUri;
        QString state;
        QString scope;
        QString pageFault;
    };
    struct Code {
        QString user;
        QString scope;
        QDateTime issued;
        bool used = false;
    };
    static const QList<User> &users();
    static const User *findUser(const QString &id);

    QHttpServerResponse authorizePage(const QHttpServerRequest &request);
    QHttpServerResponse pick(const QHttpServerRequest &request);
    QHttpServerResponse redirectFor(const PendingLogin &login, const QString &user);
    QHttpServerResponse userToken(const QHttpServerRequest &request);
    QHttpServerResponse me(const QHttpServerRequest &request);
    QHttpServerResponse appToken(const QHttpServerRequest &request);
    QHttpServerResponse getByUnionId(const QHttpServerRequest &request);

    QHash<QString, PendingLogin> m_pending;
    QHash<QString, Code> m_codes;
    QHash<QString, QString> m_userTokens;    // token → user
    QHash<QString, QString> m_refreshTokens; // refresh token → user, until used
    // A user token and its refresh token for `user` (m_mutex held), with corpId.
    QJsonObject issueUserToken(const QString &user, const QString &fault);
    QSet<QString> m_appTokens;
};
