#include "store/StoreCopy.h"

#include "store/AuditTrail.h"
#include "store/Database.h"
#include "store/MappingStore.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
struct Table {
    QString name;
    QStringList keys;    // what identifies a row in either store
    QStringList columns; // the rest
};

// Everything a store holds but the engines' own row ids (mappings.id, audit.id).
const QList<Table> tables = {
    {QStringLiteral("tenants"),
     {QStringLiteral("id")},
     {QStringLiteral("name"), QStringLiteral("provider"), QStringLiteral("settings"),
      QStringLiteral("redirect_uri"), QStringLiteral("endpoints"), QStringLiteral("demo"),
      QStringLiteral("created"), QStringLiteral("updated"), QStringLiteral("ca_bundle"),
      QStringLiteral("secret_set_at"), QStringLiteral("rotation_days")}},
    {QStringLiteral("last_identities"),
     {QStringLiteral("tenant_id")},
     {QStringLiteral("external_id"), QStringLiteral("seen")}},
    {QStringLiteral("mappings"),
     {QStringLiteral("provider"), QStringLiteral("tenant_id"), QStringLiteral("external_id")},
     {QStringLiteral("tenant"), QStringLiteral("id_type"), QStringLiteral("name"),
      QStringLiteral("department"), QStringLiteral("mobile"), QStringLiteral("email"),
      QStringLiteral("secondary_ids"), QStringLiteral("local_account"), QStringLiteral("source"),
      QStringLiteral("first_seen"), QStringLiteral("last_verified"), QStringLiteral("last_run"),
      QStringLiteral("present"), QStringLiteral("sync_run"), QStringLiteral("state_verified"),
      QStringLiteral("version")}},
    {QStringLiteral("sync_progress"),
     {QStringLiteral("tenant_id"), QStringLiteral("department_id")},
     {QStringLiteral("sync_run")}},
    {QStringLiteral("health"),
     {QStringLiteral("tenant_id"), QStringLiteral("checked_at"), QStringLiteral("check_id")},
     {QStringLiteral("who"), QStringLiteral("status"), QStringLiteral("message"), QStringLiteral("remedy"),
      QStringLiteral("details")}},
    {QStringLiteral("store_settings"), {QStringLiteral("name")}, {QStringLiteral("value")}},
    {QStringLiteral("sync_listed"),
     {QStringLiteral("tenant_id"), QStringLiteral("provider"), QStringLiteral("external_id")},
     {}},
    {QStringLiteral("runs"),
     {QStringLiteral("id")},
     {QStringLiteral("tenant_id"), QStringLiteral("tenant"), QStringLiteral("provider"),
      QStringLiteral("mode"), QStringLiteral("started"), QStringLiteral("duration_ms"),
      QStringLiteral("outcome"), QStringLiteral("external_id"), QStringLiteral("record")}},
    // The audit trail has no key of its own: a line is the same line when all of it is.
    {QStringLiteral("audit"),
     {QStringLiteral("at"), QStringLiteral("who"), QStringLiteral("action"), QStringLiteral("object"),
      QStringLiteral("detail")},
     {}}};

constexpr int rowsPerStatement = 200;

// Upserts `rows` (values in keys-then-columns order) into `table` of `db`; the database's words
// when it refuses.
Status upsert(QSqlDatabase &db, const Table &table, const QList<QVariantList> &rows) {
    const QStringList all = table.keys + table.columns;
    const QString row = QStringLiteral("(") +
                        QStringList(all.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    QStringList updates;
    for (const QString &column : table.columns)
        updates << QStringLiteral("%1 = excluded.%1").arg(column);
    const QString onConflict =
        table.name == QLatin1String("audit")
            ? QString() // its own rows are matched below
            : QStringLiteral(" ON CONFLICT (%1) DO %2")
                  .arg(table.keys.join(QLatin1Char(',')),
                       updates.isEmpty() ? QStringLiteral("NOTHING")
                                         : QStringLiteral("UPDATE SET ") + updates.join(QLatin1Char(',')));
    for (int from = 0; from < rows.size(); from += rowsPerStatement) {
        const QList<QVariantList> chunk = rows.mid(from, rowsPerStatement);
        QSqlQuery q(db);
        if (table.name == QLatin1String("audit")) {
            q.prepare(QStringLiteral(
                          "INSERT INTO audit (%1) SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM audit "
                          "WHERE at = ? AND who = ? AND action = ? AND object = ? AND detail = ?)")
                          .arg(all.join(QLatin1Char(','))));
            for (const QVariantList &values : chunk) {
                for (int pass = 0; pass < 2; ++pass)
                    for (const QVariant &value : values)
                        q.addBindValue(value);
                if (!q.exec())
                    return Error::failed(q.lastError().text());
            }
            continue;
        }
        q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES %3%4")
                      .arg(table.name, all.join(QLatin1Char(',')),
                           QStringList(chunk.size(), row).join(QLatin1Char(',')), onConflict));
        for (const QVariantList &values : chunk)
            for (const QVariant &value : values)
                q.addBindValue(value);
        if (!q.exec())
            return Error::failed(q.lastError().text());
    }
    return Done{};
}
} // namespace

Status StoreCopy::copy(Database &from, Database &to) {
    QSqlDatabase source = QSqlDatabase::database(from.connectionName(), false);
    QSqlDatabase target = QSqlDatabase::database(to.connectionName(), false);
    QJsonObject counts;
    QStringList said;
    if (!target.transaction())
        return Error{Error::Kind::Unavailable,
                     tr("The target store refused a transaction: %1").arg(target.lastError().text())};
    for (const Table &table : tables) {
        const QStringList all = table.keys + table.columns;
        QSqlQuery read(source);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT %1 FROM %2").arg(all.join(QLatin1Char(',')), table.name))) {
            target.rollback();
            return Error::failed(tr("Reading %1 from %2 failed: %3")
                                     .arg(table.name, from.url().toString(), read.lastError().text()));
        }
        QList<QVariantList> rows;
        while (read.next()) {
            QVariantList values;
            for (int i = 0; i < all.size(); ++i)
                values << read.value(i);
            rows << values;
        }
        if (const Status written = upsert(target, table, rows); !written.ok()) {
            target.rollback();
            return Error{Error::Kind::Unavailable,
                         tr("Writing %1 to %2 failed, so nothing was copied: %3")
                             .arg(table.name, to.url().toString(), written.errorText())};
        }
        counts.insert(table.name, int(rows.size()));
        said << tr("%1 %2").arg(rows.size()).arg(table.name);
    }
    AuditTrail(to).record(QStringLiteral("store.migrate"), from.url().toString(),
                          said.join(QStringLiteral(", ")));
    if (!target.commit()) {
        const QString reason = target.lastError().text();
        target.rollback();
        return Error{Error::Kind::Unavailable,
                     tr("The target store could not commit the copy, so nothing was copied: %1").arg(reason)};
    }
    Done done{tr("Copied %1 into %2.").arg(said.join(QStringLiteral(", ")), to.url().toString())};
    const QByteArray sourceSum = MappingStore(from, {}).checksum(),
                     targetSum = MappingStore(to, {}).checksum();
    done.details = {{QStringLiteral("copied"), counts},
                    {QStringLiteral("source_checksum"), QString::fromLatin1(sourceSum)},
                    {QStringLiteral("target_checksum"), QString::fromLatin1(targetSum)}};
    done.message +=
        QLatin1Char(' ') + (sourceSum == targetSum
                                ? tr("The mappings of both stores are the same (checksum %1).")
                                      .arg(QString::fromLatin1(sourceSum.left(16)))
                                : tr("The target holds other mappings too (its checksum differs)."));
    return done;
}
