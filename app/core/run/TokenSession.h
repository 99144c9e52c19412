#pragma once

#include "Result.h"
#include "Tenant.h"
#include "providers/Provider.h"
#include "providers/TenantSecrets.h"
#include "run/RunServices.h"

#include <QDateTime>
#include <QObject>
#include <functional>

class ExchangeLog;

// What an admin does with the tokens a run kept (FlowRun::setKeepTokens): refresh, introspect or
// revoke them. Reads them from the keychain, lets the provider learn its endpoints (discovery),
// runs the provider's operation and writes back what it leaves. Every call is in log(), and each
// operation is kept in the tenant's run history (mode "token refresh", …) like a run; what is
// reported names tokens by kind and never shows one.
class TokenSession : public QObject {
    Q_OBJECT

public:
    TokenSession(const RunServices &services, const Tenant &tenant, QObject *parent = nullptr);

    // `which`: "access", "refresh" or "previous" (the refresh token a rotation replaced).
    void run(TokenOperation operation, const QString &which, std::function<void(const Status &)> done);
    // The client credentials grant (Provider::clientCredentials), kept in the history like an
    // operation: what came back is described, never the token.
    void clientCredentials(std::function<void(const Status &)> done);
    // The kept tokens themselves, for a logout page's id_token_hint; NotFound when none are kept.
    void readKept(std::function<void(const Result<KeptTokens> &)> done);
    ExchangeLog *log() const { return m_log; }
    const Tenant &tenant() const { return m_tenant; }

    // What an operation is called on the command line and in the history.
    static QString nameOf(TokenOperation operation);

signals:
    void stepAdded(const FlowStep &step);

private:
    ProviderContext context(const TenantSecrets &secrets);
    // Ends an operation: its step, its record in the history, then `done`.
    void finish(const QString &mode, const QString &title, const Status &report,
                const std::function<void(const Status &)> &done);
    void withSecret(std::function<void(const Result<TenantSecrets> &)> then);

    RunServices m_services;
    Tenant m_tenant;
    const Provider *m_provider;
    ExchangeLog *m_log;
    QList<FlowStep> m_steps;
    QDateTime m_started;
};
