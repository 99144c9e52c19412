#pragma once

#include "Result.h"

#include <QCoreApplication>

class Database;

// Who holds each tenant's directory sync, so that two syncs of one tenant (a cron job and the
// console, two admins on a shared store) never run at once and mark each other's members absent.
// PostgreSQL: an advisory lock, the row only naming its holder. SQLite: the row itself, taken
// under BEGIN IMMEDIATE; the claim of a process that is gone is stale.
class SyncClaims {
    Q_DECLARE_TR_FUNCTIONS(SyncClaims)

public:
    explicit SyncClaims(Database &database);
    // This process's claim on the sync of `tenantId`. Held by another: an Unavailable error whose
    // message names the holder ("alice@laptop (since …)"); otherwise Failed, in the database's words.
    Status claim(const QString &tenantId);
    void release(const QString &tenantId);

private:
    Database &m_database;
};
