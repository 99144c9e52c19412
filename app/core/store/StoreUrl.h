#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// Where AuthDesk keeps tenants, mappings, sync progress and run history: an SQLite file of one
// admin (sqlite:PATH, the default) or a PostgreSQL database a team shares, named as libpq names it
// (postgresql://[USER@][HOST][:PORT]/[DB][?PARAMS]): a Unix socket with ?host=/run/postgresql, a
// service file's entry with ?service=NAME, TLS with sslmode, sslrootcert, sslcert and sslkey. What
// is left out is libpq's default (the login name as user, the default socket). The URL never
// holds the password: libpq finds it in ~/.pgpass (PGPASSFILE), or it lives in each admin's
// keychain (`authdesk store login`).
struct StoreUrl {
    Q_DECLARE_TR_FUNCTIONS(StoreUrl)

public:
    enum class Engine { Sqlite, Postgres };

    Engine engine = Engine::Sqlite;
    QString path; // SQLite
    // PostgreSQL; empty is libpq's default. A host starting with '/' is a socket directory.
    QString user, host, database, sslMode, service, sslRootCert, sslCert, sslKey;
    int port = 0; // 0: libpq's default (5432, or the service file's)

    bool isPostgres() const { return engine == Engine::Postgres; }
    // Through a Unix socket (the host is a directory, or none is named) rather than TCP.
    bool isSocket() const { return !host.isEmpty() ? host.startsWith(QLatin1Char('/')) : service.isEmpty(); }
    // "sqlite:/home/…/authdesk.sqlite" or
    // "postgresql://alice@db.example.com:5432/authdesk?sslmode=verify-full".
    QString toString() const;
    // Where the server is, for messages: "db.example.com:5432", "socket /run/postgresql",
    // "service authdesk".
    QString where() const;
    // What the admin should know before using this store (sslmode=require off loopback checks
    // no certificate); empty when nothing.
    QString warning() const;
    // The keychain entry of this store's password (PostgreSQL).
    QString passwordKey() const;
    // The libpq parameters beyond host, port, user and database, as QPSQL's connect options.
    QString libpqOptions() const;

    static StoreUrl sqlite(const QString &path);
    // Refuses a password in the URL, another scheme, an unknown parameter, sslmode=disable off
    // loopback, each with what to write instead.
    static Result<StoreUrl> parse(const QString &text);
    // --store, else AUTHDESK_STORE, else `fallback`.
    static Result<StoreUrl> chosen(const QString &option, const StoreUrl &fallback);
};
