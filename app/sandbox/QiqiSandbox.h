#pragma once

#include "ProviderSandbox.h"

#include <QDateTime>

class QHttpServerRequest;

// The 企企 part of the sandbox (PROVIDERS.md §3): the consent page at /auth/openid with a user
// picker and a deny button; code mode with single-use codes valid 24 h; normal mode that calls the
// configured callbackUrl and then redirects the browser; POST /v1/code that verifies the SigV4
// signature on its own (wrong secret, X-Amz-Date more than 15 minutes off, tampered body → 403);
// the same openid for the same (enterprise, user). Configure with {"callback_url": …}; fault
// "clock_skew" moves the sandbox's clock 16 minutes ahead for /v1/code.
class QiqiSandbox : public ProviderSandbox {
public:
    static const QString accessKeyId;
    static const QString secretAccessKey;
    static const QString region;
    static const QString service;

    QString key() const override { return QStringLiteral("qiqi"); }
    QString memberUser() const override { return QStringLiteral("u1001"); }
    QList<SandboxTenant> demoTenants(const QUrl &sandbox, const QList<Tenant> &existing) const override;
    // The normal-mode demo's callback address becomes the callbackUrl this sandbox calls.
    void demoTenantsReady(const QList<Tenant> &tenants) override;
    void addRoutes(QHttpServer &server) override;
    void invalidateTokens() override {} // 77hub's openid access has no tokens
    void configure(const QJsonObject &command) override;
    static QString openidFor(const QString &user); // stable per (enterprise, user)

protected:
    QMap<QString, QString> tenantSettings() const override;
    QString tenantSecret() const override { return secretAccessKey; }
    QString tokenApi() const override { return QStringLiteral("token"); }
    QStringList ownFaults() const override {
        return {QStringLiteral("clock_skew"), QStringLiteral("string_code")};
    }

private:
    struct Code {
        QString user;
        QString requestId;
        QDateTime issued;
        bool used = false;
    };
    struct PendingLogin {
        QString requestId;
        QString grantType;
        QString redirectUrl;
    };

    QHttpServerResponse consentPage(const QHttpServerRequest &request);
    QHttpServerResponse pick(const QHttpServerRequest &request);
    QHttpServerResponse complete(const PendingLogin &login, const QString &user);
    QHttpServerResponse exchangeCode(const QHttpServerRequest &request);
    // Empty when the request's signature holds; otherwise why not.
    QString verifySignature(const QHttpServerRequest &request, const QDateTime &now) const;

    QHash<QString, Code> m_codes;
    QHash<QString, PendingLogin> m_pending;
    QString m_callbackUrl;
};
