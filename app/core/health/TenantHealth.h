#pragma once

#include "HealthCheck.h"
#include "Tenant.h"
#include "net/HttpExchange.h"
#include "providers/TenantSecrets.h"
#include "run/RunServices.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

class ExchangeLog;

// A tenant's checks of one moment; its status is its worst check's.
struct TenantReport {
    Tenant tenant;
    QDateTime checkedAt; // UTC
    QList<HealthCheck> checks;
    // Why no check could be made: the keychain (or the store) cannot be used.
    bool unavailable = false;

    HealthCheck::Status status() const;
    QJsonObject toJson() const;
};

// Checks a tenant: its secret is in the keychain, the platform accepts it (the provider's own
// check: a token fetch or a signed probe), the platform's own checks (Provider::healthChecks:
// WeCom's trusted IP, app and trusted domain), the directory's second secret (WeCom's
// contacts-sync secret) when there is one, the local clock against the platform's `Date`
// (warn past 60 s; fail past 5 min where signatures expire), its endpoints and their TLS
// certificates, the secret's age against the tenant's rotation period, and when it last signed
// someone in.
// Finishes once, in the event loop.
class TenantHealth : public QObject {
    Q_OBJECT

public:
    TenantHealth(const RunServices &services, const Tenant &tenant, QObject *parent = nullptr);
    void start();

    // The clock check of exchanges answered by the platform: the offset of each `Date` from the
    // local time the answer arrived. `signs`: the platform refuses requests signed with a clock
    // more than 5 minutes off (SigV4), so that is a failure rather than a warning.
    static HealthCheck clockCheck(const QList<HttpExchange> &exchanges, bool signs);

signals:
    void finished(const TenantReport &report);

private:
    void checkCredentials(const TenantSecrets &secrets);
    ProviderContext context(); // the calls' context: the tenant's secret, this check's exchange log
    void checkPagingSecret(std::function<void()> then);
    // `endpoints`: every host the tenant's endpoints name resolves and accepts a connection;
    // `tls`: the certificates of the https ones are trusted and do not expire within 21 days.
    void checkEndpoints(std::function<void()> then);
    HealthCheck secretAgeCheck() const;
    void finish();
    RunServices m_services;
    TenantSecrets m_secrets; // for the platform's own checks, after the credentials
    TenantReport m_report;
    QPointer<ExchangeLog> m_log;
    bool m_done = false;
};
