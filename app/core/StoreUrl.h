#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// Where AuthDesk keeps tenants, mappings, sync progress and run history: an SQLite file of one
// admin (sqlite:PATH, the default) or a PostgreSQL database a team shares
// (postgresql://USER@HOST[:PORT]/DB?sslmode=verify-full|require|disable). The URL never holds the
// password: that lives in each admin's keychain (`authdesk store login`).
struct StoreUrl {
    Q_DECLARE_TR_FUNCTIONS(StoreUrl)

public:
    enum class Engine { Sqlite, Postgres };

    Engine engine = Engine::Sqlite;
    QString path; // SQLite
    QString user, host, database, sslMode;
    int port = 5432;

    bool isPostgres() const { return engine == Engine::Postgres; }
    // "sqlite:/home/…/authdesk.sqlite" or
    // "postgresql://alice@db.example.com:5432/authdesk?sslmode=verify-full".
    QString toString() const;
    // What the admin should know before using this store (sslmode=require off loopback checks
    // no certificate); empty when nothing.
    QString warning() const;
    // The keychain entry of this store's password (PostgreSQL).
    QString passwordKey() const;

    static StoreUrl sqlite(const QString &path);
    // Refuses a password in the URL, another scheme, sslmode=disable off loopback, and a missing
    // user, host or database, each with what to write instead.
    static Result<StoreUrl> parse(const QString &text);
    // --store, else AUTHDESK_STORE, else `fallback`.
    static Result<StoreUrl> chosen(const QString &option, const StoreUrl &fallback);
};
