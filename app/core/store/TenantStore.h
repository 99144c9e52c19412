#pragma once

#include "Tenant.h"
#include "store/AuditTrail.h"
#include "store/Migrations.h"
#include "store/StoreUrl.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// Tenant configuration (never secrets) in the store: SQLite, or PostgreSQL shared by a team. Each
// store owns its own named connection so several stores (tests, CLI) can coexist in one process;
// the other stores of the same database (mappings, runs) use it too.
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
    // Opens the store `url` names (its schema made or brought up to date); `password` for
    // PostgreSQL. On failure the message says what is wrong (unreachable, authentication, no such
    // database, TLS refused, a newer schema) and what to do.
    bool open(const StoreUrl &url, const QString &password, QString *error);
    // After a failed open: the PostgreSQL server asked for a password that was not given (or
    // refused the one given), so the keychain's, or the admin, may help.
    bool passwordWanted() const { return m_passwordWanted; }
    const StoreUrl &url() const { return m_url; }
    bool isPostgres() const { return m_url.isPostgres(); }
    bool isOpen() const;
    QString path() const { return m_url.path; } // SQLite's file; empty for PostgreSQL
    static QString defaultPath();

    QList<Tenant> tenants() const;
    std::optional<Tenant> find(const QString &name) const;
    std::optional<Tenant> findById(const QString &id) const;
    // Changes when another connection (another AuthDesk process) commits to the database: SQLite's
    // data_version, or the NOTIFYs of PostgreSQL's triggers that other sessions caused.
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

    static constexpr int schemaVersion = Migrations::schemaVersion;

private:
    bool openPostgres(const QString &password, QString *error);
    QString m_connection;
    StoreUrl m_url;
    AuditTrail m_audit{*this}; // the tenants' own lines
    bool m_passwordWanted = false;
    qint64 m_notifications = 0;
};
