#include "store/SyncClaims.h"

#include "store/AuditTrail.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <cerrno>
#include <csignal>

SyncClaims::SyncClaims(Database &database) : m_database(database) {
}

namespace {
// A SQLite claim left by a process that is gone: on this computer, its process no longer runs;
// from elsewhere, it has not been renewed for half a day.
bool claimIsStale(const QString &holder, qint64 pid, const QString &since) {
    const QString host = holder.section(QLatin1Char('@'), -1);
    if (host == AuditTrail::actor().section(QLatin1Char('@'), -1) && pid > 0)
        return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
    return QDateTime::fromString(since, Qt::ISODateWithMs).secsTo(QDateTime::currentDateTimeUtc()) >
           12 * 3600;
}
} // namespace

Status SyncClaims::claim(const QString &tenantId) {
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    auto held = [](const QString &holder) { return Error{Error::Kind::Unavailable, holder}; };
    auto namedHolder = [&](const QString &who, const QString &since) {
        return tr("%1 (since %2)")
            .arg(who, QDateTime::fromString(since, Qt::ISODateWithMs).toLocalTime().toString(Qt::ISODate));
    };
    if (m_database.isPostgres()) {
        q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(7361002, hashtext(?))"));
        q.addBindValue(tenantId);
        if (!q.exec() || !q.next())
            return Error::failed(q.lastError().text());
        if (!q.value(0).toBool()) {
            QSqlQuery who(db);
            who.prepare(QStringLiteral("SELECT holder, since FROM sync_holders WHERE tenant_id = ?"));
            who.addBindValue(tenantId);
            return held(who.exec() && who.next()
                            ? namedHolder(who.value(0).toString(), who.value(1).toString())
                            : tr("another AuthDesk"));
        }
    } else {
        // Two processes on one file (a cron sync and the console) would each mark the other's
        // members absent: the claim is a row, taken in a transaction that locks out the other.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Error::failed(q.lastError().text());
        QSqlQuery who(db);
        who.prepare(QStringLiteral("SELECT holder, since, pid FROM sync_holders WHERE tenant_id = ?"));
        who.addBindValue(tenantId);
        if (who.exec() && who.next() &&
            !claimIsStale(who.value(0).toString(), who.value(2).toLongLong(), who.value(1).toString())) {
            const QString holder = namedHolder(who.value(0).toString(), who.value(1).toString());
            who.finish();
            q.exec(QStringLiteral("ROLLBACK"));
            return held(holder);
        }
        who.finish();
    }
    q.prepare(QStringLiteral(
        "INSERT INTO sync_holders (tenant_id, holder, since, pid) VALUES (?, ?, ?, ?) ON CONFLICT "
        "(tenant_id) DO UPDATE SET holder = excluded.holder, since = excluded.since, "
        "pid = excluded.pid"));
    q.addBindValue(tenantId);
    q.addBindValue(AuditTrail::actor());
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    q.addBindValue(qint64(QCoreApplication::applicationPid()));
    const bool named = q.exec();
    if (m_database.isPostgres())
        return Done{}; // the advisory lock is the claim; the row only names its holder
    const QString failure = q.lastError().text();
    QSqlQuery end(db);
    if (!end.exec(named ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK")))
        return Error::failed(end.lastError().text());
    if (!named)
        return Error::failed(failure);
    return Done{}; // on SQLite the row is the claim
}

void SyncClaims::release(const QString &tenantId) {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("DELETE FROM sync_holders WHERE tenant_id = ? AND pid = ?"));
    q.addBindValue(tenantId);
    q.addBindValue(qint64(QCoreApplication::applicationPid()));
    q.exec();
    if (!m_database.isPostgres())
        return;
    q.prepare(QStringLiteral("SELECT pg_advisory_unlock(7361002, hashtext(?))"));
    q.addBindValue(tenantId);
    q.exec();
}
