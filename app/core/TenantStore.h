#pragma once

#include "Tenant.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// Tenant configuration in SQLite (never secrets). Each store owns its own named connection so
// several stores (tests, CLI) can coexist in one process.
class TenantStore {
    Q_DECLARE_TR_FUNCTIONS(TenantStore)

public:
    TenantStore();
    ~TenantStore();
    TenantStore(const TenantStore &) = delete;
    TenantStore &operator=(const TenantStore &) = delete;

    // Opens (creating if needed) the database at path. On failure returns false with a message
    // that names the file, what is wrong and what to do; the file is left untouched.
    bool open(const QString &path, QString *error);
    bool isOpen() const;
    QString path() const { return m_path; }
    static QString defaultPath();

    QList<Tenant> tenants() const;
    std::optional<Tenant> find(const QString &name) const;
    std::optional<Tenant> findById(const QString &id) const;
    // Changes when another connection (another AuthDesk process) commits to the database.
    qint64 dataVersion() const;
    // Inserts, or updates by id (a new name renames the tenant and relabels its mappings).
    // Fills id and timestamps.
    bool save(Tenant &tenant, QString *error);
    bool rename(const QString &from, const QString &to, QString *error);
    // What becomes of a removed tenant's mappings: kept (still under the removed tenant's id, so
    // no later tenant of the same name takes them over) or deleted. Sync progress always goes.
    enum class MappingsOnRemove { Keep, Delete };
    bool remove(const QString &name, MappingsOnRemove mappings, QString *error);

    // The external id the tenant's last successful run produced (empty if none), so that a
    // platform's promise of stable ids can be checked across runs and processes.
    QString lastIdentity(const QString &tenantId) const;
    void recordIdentity(const QString &tenantId, const QString &externalId);

    // The database connection, shared by the other stores of the same file (MappingStore).
    QString connectionName() const { return m_connection; }

    static constexpr int schemaVersion = 7;

private:
    bool migrate(QString *error);
    QString m_connection;
    QString m_path;
};
