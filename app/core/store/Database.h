#pragma once

#include "Result.h"
#include "store/StoreUrl.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

// The store's database: SQLite, or PostgreSQL shared by a team. It owns a named connection of its
// own, so that several stores (tests, the CLI's store copy) coexist in one process, and the
// repositories of its tables (TenantStore, MappingStore, RunHistory, AuditTrail, SyncClaims) work
// on it. Opening one sets it up for its engine (SQLite's pragmas and functions, PostgreSQL's
// notifications) and brings its schema up to date (Migrations).
class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the SQLite file at path. On failure the error names the file,
    // what is wrong and what to do; the file is left untouched.
    Status open(const QString &path);
    // Opens the store `url` names; `password` for PostgreSQL. On failure the error says what is
    // wrong (unreachable, authentication, no such database, TLS refused, a newer schema) and what
    // to do.
    Status open(const StoreUrl &url, const QString &password);
    // After a failed open: the PostgreSQL server asked for a password that was not given (or
    // refused the one given), so the keychain's, or the admin, may help.
    bool passwordWanted() const { return m_passwordWanted; }
    const StoreUrl &url() const { return m_url; }
    bool isPostgres() const { return m_url.isPostgres(); }
    bool isOpen() const;
    QString path() const { return m_url.path; } // SQLite's file; empty for PostgreSQL
    static QString defaultPath();
    // Changes when another connection (another AuthDesk process) commits to the database: SQLite's
    // data_version, or the NOTIFYs of PostgreSQL's triggers that other sessions caused.
    qint64 dataVersion() const;

    // The connection the repositories query through.
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connection; }

private:
    Status openSqlite();
    Status openPostgres(const QString &password);
    QString m_connection;
    StoreUrl m_url;
    bool m_passwordWanted = false;
    qint64 m_notifications = 0;
};
