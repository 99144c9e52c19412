#pragma once

#include "ProviderSandbox.h"

#include <QDateTime>

class QHttpServerRequest;

// The 勤策 part of the sandbox (PROVIDERS.md §2): the standalone authorize page with a user
// picker (a normal user, a disabled user, a customer contact, a user who denies), the
// authorize_error.jsp failure page, single-use 5-minute codes, a token endpoint that issues a new
// token on every call, and userinfo. Fault besides the common ones: "bad_secret" (the token
// endpoint rejects the app_secret).
class QinceSandbox : public ProviderSandbox {
public:
    static const QString appId;
    static const QString tenantId;
    static const QString appSecret;

    QString key() const override { return QStringLiteral("qince"); }
    QString memberUser() const override { return QStringLiteral("8000000000000000101"); }
    QList<SandboxTenant> demoTenants(const QUrl &sandbox, const QList<Tenant> &existing) const override;
    void addRoutes(QHttpServer &server) override;
    void invalidateTokens() override;

protected:
    QMap<QString, QString> tenantSettings() const override;
    QString tenantSecret() const override { return appSecret; }
    QString tokenApi() const override { return QStringLiteral("token"); }
    QStringList tokenFaults() const override { return {QStringLiteral("bad_secret")}; }

private:
    struct User {
        QString id;
        QString name;
        int userType;
        int status;
        QString departId;
        QString departName;
        QString fullDepartName;
        QString thridId;
    };
    struct Code {
        QString user;
        QDateTime issued;
        bool used = false;
    };
    struct PendingLogin {
        QString redirectUri;
        QString state;
    };

    static const QList<User> &users();
    QHttpServerResponse authorizePage(const QHttpServerRequest &request);
    QHttpServerResponse pick(const QHttpServerRequest &request);
    QHttpServerResponse redirectFor(const PendingLogin &login, const QString &user);
    QHttpServerResponse errorRedirect(const QString &error, const QString &state) const;
    QHttpServerResponse api(const QHttpServerRequest &request, const QString &apiName);
    QJsonObject handleApi(const QHttpServerRequest &request, const QString &apiName, bool badSecret);

    QHash<QString, Code> m_codes;
    QHash<QString, PendingLogin> m_pending;
    QHash<QString, QDateTime> m_tokens; // token -> expiry
};
