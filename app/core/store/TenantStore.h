#pragma once

#include "Result.h"
#include "Tenant.h"
#include "store/AuditTrail.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class Database;

// The tenants' configuration (never secrets), and each tenant's last identity, in the database.
class TenantStore {
    Q_DECLARE_TR_FUNCTIONS(TenantStore)

public:
    explicit TenantStore(Database &database);

    QList<Tenant> tenants() const;
    std::optional<Tenant> find(const QString &name) const;
    std::optional<Tenant> findById(const QString &id) const;
    // Inserts, or updates by id (a new name renames the tenant and relabels its mappings).
    // Fills id and timestamps.
    Status save(Tenant &tenant);
    Status rename(const QString &from, const QString &to);
    // What becomes of a removed tenant's mappings: kept (still under the removed tenant's id, so
    // no later tenant of the same name takes them over) or deleted. Sync progress always goes.
    enum class MappingsOnRemove { Keep, Delete };
    Status remove(const QString &name, MappingsOnRemove mappings);

    // The external id the tenant's last successful run produced (empty if none), so that a
    // platform's promise of stable ids can be checked across runs and processes.
    QString lastIdentity(const QString &tenantId) const;
    void recordIdentity(const QString &tenantId, const QString &externalId);

private:
    Database &m_database;
    AuditTrail m_audit; // the tenants' own lines
};
