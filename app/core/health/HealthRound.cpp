#include "health/HealthRound.h"

#include "store/AuditTrail.h"
#include "store/HealthHistory.h"

#include <QTimer>

HealthRound::HealthRound(const RunServices &services, HealthHistory &history, const QList<Tenant> &tenants,
                         QObject *parent)
    : QObject(parent), m_services(services), m_history(history), m_tenants(tenants) {
}

void HealthRound::start() {
    next();
}

void HealthRound::cancel() {
    m_cancelled = true;
}

void HealthRound::next() {
    if (m_cancelled || m_reports.size() == m_tenants.size()) {
        QTimer::singleShot(0, this, [this] { emit finished(m_kept); });
        return;
    }
    m_current = new TenantHealth(m_services, m_tenants.at(m_reports.size()), this);
    connect(m_current, &TenantHealth::finished, this, [this](const TenantReport &report) {
        m_current->deleteLater();
        const QList<HealthHistory::Round> before = m_history.rounds(report.tenant.id, 1);
        const HealthCheck::Status previous =
            before.isEmpty() ? HealthCheck::Status::Skipped : HealthCheck::worst(before.first().checks);
        // Nothing was checked when the keychain could not be used: that is not the tenant's health.
        if (!report.unavailable && m_kept.ok())
            m_kept =
                m_history.record(report.tenant.id, {report.checkedAt, AuditTrail::actor(), report.checks});
        m_reports << report;
        emit tenantChecked(report, previous);
        next();
    });
    m_current->start();
}
