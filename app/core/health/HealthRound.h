#pragma once

#include "Result.h"
#include "health/TenantHealth.h"

#include <QObject>
#include <QPointer>

class HealthHistory;

// Checks tenants one after another (TenantHealth) and keeps each report in the store as it comes,
// with who checked: `authdesk tenant check` and the console's Health page both run one.
class HealthRound : public QObject {
    Q_OBJECT

public:
    HealthRound(const RunServices &services, HealthHistory &history, const QList<Tenant> &tenants,
                QObject *parent = nullptr);
    void start();
    // The tenant under check finishes and is kept; no further one starts.
    void cancel();
    const QList<TenantReport> &reports() const { return m_reports; }
    bool wasCancelled() const { return m_cancelled; }

signals:
    // `previous`: the tenant's status in the store before this round (Skipped when never checked).
    void tenantChecked(const TenantReport &report, HealthCheck::Status previous);
    // Once, from the event loop; an error when a report could not be kept in the store.
    void finished(const Status &kept);

private:
    void next();
    RunServices m_services;
    HealthHistory &m_history;
    QList<Tenant> m_tenants;
    QList<TenantReport> m_reports;
    QPointer<TenantHealth> m_current;
    Status m_kept = Done{};
    bool m_cancelled = false;
};
