#pragma once

#include "Result.h"

#include "FlowStep.h"
#include "Identity.h"
#include "Tenant.h"
#include "net/HttpExchange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

class FlowRun;
class Database;

// One ended run as the history keeps it: what the console showed of it — mode, URL built,
// timeline, exchanges, identity or error — and nothing secret. Every part was redacted when the
// run made it; no secret, token or code reaches a record.
struct RunRecord {
    QString id; // FlowRun::id()
    QString tenantId;
    QString tenant; // the tenant's name at the time
    QString provider;
    QString mode;
    QDateTime started; // UTC
    qint64 durationMs = 0;
    QString outcome; // "succeeded", "failed" or "cancelled"
    QString error;
    QString authorizationUrl;
    QList<FlowStep> steps;
    QList<HttpExchange> exchanges;
    std::optional<Identity> identity; // when it succeeded

    bool succeeded() const { return outcome == QLatin1String("succeeded"); }
    QString externalId() const { return identity ? identity->externalId : QString(); }

    QJsonObject toJson() const;
    static RunRecord fromJson(const QJsonObject &json);
};

// The runs of every tenant, newest first, at most a tenant's limit of them (the tenant setting
// "history_limit", default 50). Lives in the tenants' database; a tenant's runs go with it.
class RunHistory {
    Q_DECLARE_TR_FUNCTIONS(RunHistory)

public:
    static constexpr int defaultLimit = 50;
    // How many runs the tenant keeps: its history_limit setting, or defaultLimit.
    static int limitOf(const Tenant &tenant) {
        const int limit = tenant.setting(QStringLiteral("history_limit")).toInt();
        return limit > 0 ? limit : defaultLimit;
    }

    explicit RunHistory(const Database &database);

    // Keeps `run` and drops the tenant's runs beyond `limit`, oldest first.
    Status record(const RunRecord &run, int limit);
    // The tenant's runs, newest first; at most `limit` (all when 0).
    QList<RunRecord> list(const QString &tenantId, int limit = 0) const;
    std::optional<RunRecord> find(const QString &runId) const;

private:
    QString m_connection;
};
