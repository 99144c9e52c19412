#include "store/SuiteCorps.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {
QString utc(const QDateTime &at) {
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("");
}
QDateTime fromUtc(const QVariant &text) {
    return QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
}

// Runs `q` with `values` bound; the error in words when it fails.
Status exec(QSqlQuery &q, const QVariantList &values) {
    for (const QVariant &value : values) // a null QString would be SQL NULL
        q.addBindValue(value.typeId() == QMetaType::QString && value.toString().isNull()
                           ? QVariant(QStringLiteral(""))
                           : value);
    if (!q.exec())
        return Error::failed(
            SuiteCorps::tr("Writing the service-provider app's corps failed: %1").arg(q.lastError().text()));
    return Done{};
}
} // namespace

SuiteCorps::SuiteCorps(Database &database) : m_database(database) {
}

Status SuiteCorps::save(const QString &tenantId, const Corp &corp) {
    QSqlDatabase db = m_database.connection();
    db.transaction();
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM suite_corps WHERE tenant_id = ? AND corpid = ?"));
    Status saved = exec(remove, {tenantId, corp.corpId});
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO suite_corps (tenant_id, corpid, corp_name, agentid, customized, installed, status, "
        "status_detail, checked, app_tenant) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (saved.ok())
        saved = exec(insert, {tenantId, corp.corpId, corp.name, corp.agentId, corp.customized ? 1 : 0,
                              utc(corp.installed), corp.status, corp.statusDetail, utc(corp.checked),
                              corp.appTenant});
    if (!saved.ok() || !db.commit()) {
        db.rollback();
        return saved.ok() ? Error::failed(db.lastError().text()) : saved;
    }
    return saved;
}

Status SuiteCorps::setStatus(const QString &tenantId, const QString &corpId, const QString &status,
                             const QString &detail) {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("UPDATE suite_corps SET status = ?, status_detail = ?, checked = ? WHERE "
                             "tenant_id = ? AND corpid = ?"));
    return exec(q, {status, detail, utc(QDateTime::currentDateTimeUtc()), tenantId, corpId});
}

QStringList SuiteCorps::permanentCodeNames(const QString &tenantId) const {
    QStringList names;
    for (const Corp &corp : corps(tenantId))
        names << permanentCodeName(corp.corpId);
    return names;
}

QList<SuiteCorps::Corp> SuiteCorps::corps(const QString &tenantId) const {
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT corpid, corp_name, agentid, customized, installed, status, status_detail, "
                       "checked, app_tenant FROM suite_corps WHERE tenant_id = ? ORDER BY installed"));
    q.addBindValue(tenantId);
    QList<Corp> corps;
    if (!q.exec())
        return corps;
    while (q.next())
        corps.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toInt() != 0, fromUtc(q.value(4)), q.value(5).toString(),
                      q.value(6).toString(), fromUtc(q.value(7)), q.value(8).toString()});
    return corps;
}

Status SuiteCorps::record(const QString &tenantId, const Event &event) {
    QSqlDatabase db = m_database.connection();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO suite_events (tenant_id, received, info_type, corpid, summary) VALUES (?, ?, ?, ?, ?)"));
    Status recorded =
        exec(insert, {tenantId, utc(event.received), event.infoType, event.corpId, event.summary});
    QSqlQuery prune(db);
    prune.prepare(
        QStringLiteral("DELETE FROM suite_events WHERE tenant_id = ? AND id NOT IN (SELECT id FROM "
                       "suite_events WHERE tenant_id = ? ORDER BY received DESC, id DESC LIMIT ?)"));
    if (recorded.ok())
        recorded = exec(prune, {tenantId, tenantId, keptEvents});
    return recorded;
}

QList<SuiteCorps::Event> SuiteCorps::events(const QString &tenantId, int limit,
                                            const QString &infoType) const {
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("SELECT received, info_type, corpid, summary FROM suite_events WHERE tenant_id = ? "
                       "AND (? = '' OR info_type = ?) ORDER BY received DESC, id DESC"));
    q.addBindValue(tenantId);
    q.addBindValue(infoType.isNull() ? QStringLiteral("") : infoType);
    q.addBindValue(infoType.isNull() ? QStringLiteral("") : infoType);
    QList<Event> events;
    if (!q.exec())
        return events;
    while (q.next() && (limit == 0 || events.size() < limit))
        events.append(
            {fromUtc(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return events;
}
