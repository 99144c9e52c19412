#pragma once

#include "HealthCheck.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class Database;

// The tenants' health checks as they were made, by whom (user@host) and when, in the store: on a
// shared PostgreSQL store every admin sees the team's latest. A tenant keeps its last `kept`
// rounds of checks; older ones are dropped as new ones come.
class HealthHistory {
    Q_DECLARE_TR_FUNCTIONS(HealthHistory)

public:
    static constexpr int kept = 20;
    explicit HealthHistory(Database &database);

    struct Round {
        QDateTime checkedAt; // UTC
        QString who;
        QList<HealthCheck> checks;
    };
    // One round of a tenant's checks, in one transaction.
    Status record(const QString &tenantId, const Round &round);
    // The tenant's rounds, newest first; at most `limit` (all kept when 0).
    QList<Round> rounds(const QString &tenantId, int limit = 0) const;

private:
    Database &m_database;
};
