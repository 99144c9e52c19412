#include "store/HealthHistory.h"

#include "store/Database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <limits>

namespace {
HealthCheck::Status statusNamed(const QString &name) {
    for (auto status : {HealthCheck::Status::Ok, HealthCheck::Status::Warn, HealthCheck::Status::Fail})
        if (HealthCheck::statusName(status) == name)
            return status;
    return HealthCheck::Status::Skipped;
}
} // namespace

HealthHistory::HealthHistory(Database &database) : m_database(database) {
}

Status HealthHistory::record(const QString &tenantId, const Round &round) {
    QSqlDatabase db = m_database.connection();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("INSERT INTO health (tenant_id, checked_at, who, check_id, status, message, remedy, "
                       "details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QString failure;
    for (const HealthCheck &check : round.checks) {
        for (const QString &value :
             {tenantId, round.checkedAt.toUTC().toString(Qt::ISODateWithMs), round.who, check.id,
              HealthCheck::statusName(check.status), check.message, check.remedy,
              QString::fromUtf8(QJsonDocument(check.details).toJson(QJsonDocument::Compact))})
            q.addBindValue(value.isNull() ? QStringLiteral("") : value);
        if (!q.exec()) {
            failure = q.lastError().text();
            break;
        }
    }
    // The rounds beyond the newest `kept` of this tenant go.
    QSqlQuery prune(db);
    prune.prepare(
        QStringLiteral("DELETE FROM health WHERE tenant_id = ? AND checked_at NOT IN (SELECT DISTINCT "
                       "checked_at FROM health WHERE tenant_id = ? ORDER BY checked_at DESC LIMIT ?)"));
    prune.addBindValue(tenantId);
    prune.addBindValue(tenantId);
    prune.addBindValue(kept);
    if (failure.isEmpty() && !prune.exec())
        failure = prune.lastError().text();
    if (failure.isEmpty() && !db.commit())
        failure = db.lastError().text();
    if (!failure.isEmpty()) {
        db.rollback();
        return Error::failed(tr("Keeping the health checks failed: %1").arg(failure));
    }
    return Done{};
}

QList<HealthHistory::Round> HealthHistory::rounds(const QString &tenantId, int limit) const {
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT checked_at, who, check_id, status, message, remedy, details FROM health WHERE "
                       "tenant_id = ? ORDER BY checked_at DESC, id"));
    q.addBindValue(tenantId);
    QList<Round> rounds;
    if (!q.exec())
        return rounds;
    while (q.next()) {
        const QDateTime at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        if (rounds.isEmpty() || rounds.last().checkedAt != at) {
            if (limit > 0 && rounds.size() == limit)
                break;
            rounds.append({at, q.value(1).toString(), {}});
        }
        rounds.last().checks.append({q.value(2).toString(), statusNamed(q.value(3).toString()),
                                     q.value(4).toString(), q.value(5).toString(),
                                     QJsonDocument::fromJson(q.value(6).toByteArray()).object()});
    }
    return rounds;
}
