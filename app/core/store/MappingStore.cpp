#include "store/MappingStore.h"

#include "store/Database.h"
#include "store/Migrations.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

Q_LOGGING_CATEGORY(lcMappings, "authdesk.core.mappings")

namespace {
const QString selectColumns = QStringLiteral(
    "SELECT provider, tenant, external_id, id_type, name, department, mobile, email, "
    "secondary_ids, local_account, "
    "source, first_seen, last_verified, last_run, present, state_verified, tenant_id, version FROM mappings");

Mapping mappingFrom(const QSqlQuery &q) {
    Mapping m;
    m.provider = q.value(0).toString();
    m.tenant = q.value(1).toString();
    m.externalId = q.value(2).toString();
    m.idType = q.value(3).toString();
    m.name = q.value(4).toString();
    m.department = q.value(5).toString();
    m.mobile = q.value(6).toString();
    m.email = q.value(7).toString();
    m.secondaryIds = QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object();
    m.localAccount = q.value(9).toString();
    m.source = q.value(10).toString();
    m.firstSeen = q.value(11).toString();
    m.lastVerified = q.value(12).toString();
    m.lastRun = q.value(13).toString();
    if (!q.value(15).isNull())
        m.stateVerified = q.value(15).toInt() != 0;
    m.present = q.value(14).toBool();
    m.tenantId = q.value(16).toString();
    m.version = q.value(17).toInt();
    return m;
}

// The full-text index that answers a search for `text`, or none (then the columns are scanned):
// the trigram index any substring of three or more characters; the character index one or two
// letters or digits (a surname), which have no trigram.
QString searchIndex(const QString &text) {
    if (text.size() >= 3)
        return QStringLiteral("mappings_search");
    const bool indexed = !text.isEmpty() &&
                         std::all_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
    return indexed ? QStringLiteral("mappings_chars") : QString();
}

// The MATCH expression for `text` in searchIndex(text): one quoted phrase, of its trigrams or
// of its characters.
QString searchPhrase(const QString &text) {
    QString phrase =
        text.size() >= 3 ? text : text.split(QString(), Qt::SkipEmptyParts).join(QLatin1Char(' '));
    return QLatin1Char('"') + phrase.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

// WHERE clause and its bound values for a filter. `broad`: the search matches so many rows that a
// page is best read along the sort column's index, checking each row against the search's ids;
// otherwise the search's rows are fetched and sorted (few: the usual plan).
QString likePattern(const QString &text) {
    QString pattern = text;
    pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + pattern + QLatin1Char('%');
}

QString whereClause(const MappingFilter &filter, QVariantList *values, bool postgres, bool broad = false) {
    QStringList conditions;
    if (!filter.provider.isEmpty()) {
        conditions << QStringLiteral("provider = ?");
        *values << filter.provider;
    }
    if (!filter.tenant.isEmpty()) {
        // The rows of the tenant that bears the name now: rows kept from a removed tenant of the
        // same name are another tenant's, and shown under the name only while no tenant has it.
        conditions << QStringLiteral(
            "tenant = ? AND tenant_id = COALESCE((SELECT id FROM tenants WHERE name = ?), "
            "tenant_id)");
        *values << filter.tenant << filter.tenant;
    }
    if (!filter.tenantId.isEmpty()) {
        conditions << QStringLiteral("tenant_id = ?");
        *values << filter.tenantId;
    }
    const QString text = filter.text.trimmed();
    if (postgres && !text.isEmpty()) { // one trigram index answers any length
        conditions
            << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(Migrations::postgresSearchText));
        *values << likePattern(text.toLower());
    } else if (const QString index = searchIndex(text); !index.isEmpty()) {
        // "+id" keeps SQLite from looking the rows up by id, so that it walks the sort index.
        conditions << QStringLiteral("%1id IN (SELECT rowid FROM %2 WHERE %2 MATCH ?)")
                          .arg(broad ? QStringLiteral("+") : QString(), index);
        *values << searchPhrase(text);
    } else if (!text.isEmpty()) { // one or two characters no index holds (punctuation): a scan
        QStringList any;
        for (int column = Mapping::Provider; column < Mapping::Present; ++column) {
            any << Mapping::sqlColumn(column) + QStringLiteral(" LIKE ? ESCAPE '\\'");
            *values << likePattern(text);
        }
        conditions << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

// The tenant's name as the tenants table has it now (bound: id, then the name the caller knew):
// a run or sync that started before a rename must not write the old name back.
#define CURRENT_TENANT_NAME "COALESCE((SELECT name FROM tenants WHERE id = ?), ?)"

// Secondary ids merged by key: a value is replaced only by a non-empty one (an answer that learned
// less — a user/get that failed, a listing by page — keeps what is known). The bound JSON holds
// only non-empty values (nonEmptyJson).
QLatin1String mergedSecondaryIds(bool postgres) {
    return QLatin1String(postgres ? "(mappings.secondary_ids::jsonb || excluded.secondary_ids::jsonb)::text"
                                  : "json_patch(mappings.secondary_ids, excluded.secondary_ids)");
}

// A JSON string literal of `text`, after a comma.
void appendJsonString(QString &json, const QString &text) {
    json += QLatin1String(",\"");
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            json += u'\\';
        if (c.unicode() < 0x20)
            json += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            json += c;
    }
    json += u'"';
}

QString nonEmptyJson(const QJsonObject &ids) {
    QJsonObject kept;
    for (auto it = ids.begin(); it != ids.end(); ++it)
        if (!it.value().toVariant().toString().isEmpty())
            kept.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(kept).toJson(QJsonDocument::Compact));
}

// A department a sync has listed, so that a resumed sync skips it.
constexpr char recordDepartmentSynced[] =
    "INSERT INTO sync_progress (tenant_id, sync_run, department_id) VALUES (?, ?, ?) "
    "ON CONFLICT (tenant_id, department_id) DO UPDATE SET sync_run = excluded.sync_run";

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

// Binds the texts in order. A null QString would bind as SQL NULL, which the NOT NULL columns refuse.
void bindTexts(QSqlQuery &q, std::initializer_list<QString> values) {
    for (const QString &value : values)
        q.addBindValue(value.isNull() ? QStringLiteral("") : value);
}

void bindKey(QSqlQuery &q, const MappingStore::Key &key) {
    bindTexts(q, {key.provider, key.tenantId, key.externalId});
}

// Runs `statement` once per item, all in one transaction: every item or none. On failure the
// error is `what` with the database's reason.
template <typename Item, typename Bind>
Status runBatch(const QString &connection, const QString &statement, const QList<Item> &items, Bind bind,
                const QString &what, const std::function<bool()> &alsoInTransaction = {}) {
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(statement);
    for (const Item &item : items) {
        bind(q, item);
        if (!q.exec()) {
            const QString failure = what.arg(q.lastError().text());
            db.rollback();
            return Error::failed(failure);
        }
    }
    if ((alsoInTransaction && !alsoInTransaction()) || !db.commit()) {
        const QString failure = what.arg(db.lastError().text());
        db.rollback();
        return Error::failed(failure);
    }
    return Done{};
}
} // namespace

MappingStore::MappingStore(Database &database, SecondaryIdKeys secondaryIdKeys)
    : m_database(database), m_secondaryIdKeys(std::move(secondaryIdKeys)),
      m_connection(database.connectionName()) {
}

bool MappingStore::isPostgres() const {
    return m_database.isPostgres();
}

namespace {
QString keyText(const MappingStore::Key &key) {
    return key.provider + QLatin1Char('/') + key.tenantId + QLatin1Char('/') + key.externalId;
}
} // namespace

Status MappingStore::upsertFromFlow(const QString &tenantId, const Identity &identity, const QString &runId) {
    QJsonObject secondary;
    for (const QString &key : m_secondaryIdKeys(identity.provider))
        if (const QString value = identity.extra.value(key).toString(); !value.isEmpty())
            secondary.insert(key, value);
    const bool isNew = !find({identity.provider, tenantId, identity.externalId});
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
                  "INSERT INTO mappings (provider, tenant_id, tenant, external_id, id_type, name, "
                  "department, mobile, "
                  "email, secondary_ids, source, first_seen, last_verified, last_run, state_verified) "
                  "VALUES (?, ?, " CURRENT_TENANT_NAME ", ?, ?, ?, ?, ?, ?, ?, 'flow', ?, ?, ?, ?) "
                  "ON CONFLICT (provider, tenant_id, external_id) DO UPDATE SET tenant = excluded.tenant, "
                  "id_type = excluded.id_type, "
                  // A flow that learned less (no consent for mobile, say) does not erase what is known.
                  "name = COALESCE(NULLIF(excluded.name, ''), mappings.name), department = "
                  "COALESCE(NULLIF(excluded.department, ''), mappings.department), "
                  "mobile = COALESCE(NULLIF(excluded.mobile, ''), mappings.mobile), email = "
                  "COALESCE(NULLIF(excluded.email, ''), mappings.email), "
                  // A run whose state AuthDesk did not issue (a pasted URL) is recorded but verifies
                  // nothing: it neither stamps last_verified nor turns a verified row into an unverified one.
                  "last_verified = CASE WHEN excluded.state_verified = 1 THEN excluded.last_verified ELSE "
                  "mappings.last_verified END, "
                  "state_verified = CASE WHEN excluded.state_verified = 1 THEN 1 ELSE "
                  "COALESCE(mappings.state_verified, 0) END, "
                  "last_run = excluded.last_run, present = 1, secondary_ids = ") +
              mergedSecondaryIds(isPostgres()));
    const QString stamp = now();
    bindTexts(q, {identity.provider, tenantId, tenantId, identity.tenant, identity.externalId,
                  identity.idType, identity.name, identity.department, identity.mobile, identity.email,
                  nonEmptyJson(secondary), stamp, identity.stateVerified ? stamp : QString(), runId});
    q.addBindValue(identity.stateVerified ? 1 : 0);
    if (!q.exec()) {
        return Error::failed(
            tr("Recording the identity in the mappings failed: %1").arg(q.lastError().text()));
    }
    if (isNew)
        m_audit.record(QStringLiteral("mapping.create"),
                       keyText({identity.provider, tenantId, identity.externalId}),
                       tr("signed in: %1").arg(identity.name));
    return Done{};
}

Result<int> MappingStore::upsertFromDirectory(const QString &tenantId, const QList<Mapping> &members,
                                              const QString &syncRun, const QList<qint64> &departmentsDone) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    const Result<int> written = writeMembers(tenantId, members, syncRun);
    QString failure = written.errorText();
    // The resume point moves with the rows, in the same transaction: killed at any moment, the
    // store has both or neither.
    QSqlQuery progress(db);
    progress.prepare(QLatin1String(recordDepartmentSynced));
    for (qint64 department : departmentsDone) {
        if (!failure.isEmpty())
            break;
        progress.addBindValue(tenantId);
        progress.addBindValue(syncRun);
        progress.addBindValue(department);
        if (!progress.exec())
            failure = progress.lastError().text();
    }
    if (!failure.isEmpty() || !db.commit()) {
        failure = tr("Recording directory members failed: %1")
                      .arg(failure.isEmpty() ? db.lastError().text() : failure);
        db.rollback();
        return Error::failed(failure);
    }
    return written;
}

// A batch is written in a handful of statements, whatever its size, through a temporary table that
// receives it as one JSON parameter. On PostgreSQL that is a few round trips instead of two per
// member. On SQLite it is what keeps the search indexes cheap: they are FTS5 tables kept by
// triggers, and FTS5 writes its pending terms to disk at every statement that opens a savepoint,
// so a statement per member made an index segment per member (and merges of them).
Result<int> MappingStore::writeMembers(const QString &tenantId, const QList<Mapping> &members,
                                       const QString &syncRun) {
    const bool postgres = isPostgres();
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    QString failure;
    // Statements without values run as they are: PostgreSQL prepares no DDL.
    auto run = [&](const QString &sql, const QVariantList &values = {}) {
        bool ok = values.isEmpty() ? q.exec(sql) : q.prepare(sql);
        for (const QVariant &value : values)
            q.addBindValue(value);
        ok = ok && (values.isEmpty() || q.exec());
        if (!ok)
            failure = q.lastError().text();
        return ok;
    };
    // The batch travels as one JSON parameter, an array of rows: its listing number, then the
    // listed columns. A member under several departments is listed once for each: its n-th listing
    // is written in the n-th round, so that no statement writes a row twice (PostgreSQL refuses
    // that) and the departments merge in listing order. The text is written directly: building
    // it from QJsonObjects cost more than writing a whole unchanged batch.
    static const QStringList listed = {
        QStringLiteral("provider"), QStringLiteral("external_id"), QStringLiteral("id_type"),
        QStringLiteral("tenant"),   QStringLiteral("name"),        QStringLiteral("department"),
        QStringLiteral("mobile"),   QStringLiteral("email"),       QStringLiteral("secondary_ids")};
    QString json;
    json.reserve(members.size() * 192);
    QHash<QPair<QString, QString>, int> listings;
    for (const Mapping &m : members) {
        json += json.isEmpty() ? u'[' : u',';
        json += u'[' + QString::number(++listings[{m.provider, m.externalId}]);
        for (const QString &value : {m.provider, m.externalId, m.idType, m.tenant, m.name, m.department,
                                     m.mobile, m.email, nonEmptyJson(m.secondaryIds)})
            appendJsonString(json, value);
        json += u']';
    }
    json += json.isEmpty() ? QStringLiteral("[]") : QStringLiteral("]");
    QStringList fields;
    for (int column = 1; column <= listed.size(); ++column)
        fields << QStringLiteral("value ->> %1 AS %2").arg(column).arg(listed.at(column - 1));
    // A member listed as stored is found unchanged as it arrives, and costs a row in sync_listed.
    const QString idsUnchanged =
        postgres
            ? QStringLiteral("(m.secondary_ids::jsonb || b.secondary_ids::jsonb) = m.secondary_ids::jsonb")
            : QStringLiteral("json_patch(m.secondary_ids, b.secondary_ids) = m.secondary_ids");
    const QString unchanged =
        QStringLiteral("CASE WHEN EXISTS (SELECT 1 FROM mappings m WHERE m.provider = b.provider AND "
                       "m.tenant_id = ? AND m.external_id = b.external_id AND m.tenant = "
                       "COALESCE((SELECT name FROM tenants WHERE id = ?), b.tenant) AND "
                       "(b.name = '' OR m.name = b.name) AND m.department = b.department AND "
                       "(b.mobile = '' OR m.mobile = b.mobile) AND (b.email = '' OR m.email = "
                       "b.email) AND %1) THEN 1 ELSE 0 END")
            .arg(idsUnchanged);
    if (!run(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS directory_batch (seq BIGINT PRIMARY KEY, listing "
            "BIGINT NOT NULL, provider TEXT, external_id TEXT, id_type TEXT, tenant TEXT, name TEXT, "
            "department TEXT, mobile TEXT, email TEXT, secondary_ids TEXT, unchanged INTEGER NOT "
            "NULL DEFAULT 0)")) ||
        // PostgreSQL never vacuums a temporary table: a DELETE would leave each batch's rows behind.
        !run(postgres ? QStringLiteral("TRUNCATE directory_batch")
                      : QStringLiteral("DELETE FROM directory_batch")) ||
        // (Materialized: each value is read out of the JSON once, not at each use.)
        !run(QStringLiteral("WITH b AS MATERIALIZED (SELECT key, CAST(value ->> 0 AS BIGINT), %1 FROM %2) "
                            "INSERT INTO directory_batch (seq, listing, %3, unchanged) SELECT b.*, %4 FROM b")
                 .arg(fields.join(QStringLiteral(", ")),
                      postgres
                          ? QStringLiteral("jsonb_array_elements(?::jsonb) WITH ORDINALITY AS e(value, key)")
                          : QStringLiteral("json_each(?)"),
                      listed.join(QStringLiteral(", ")), unchanged),
             {json, tenantId, tenantId}) ||
        // nor gathers its statistics: without them it plans for a table of unknown size.
        (postgres && !run(QStringLiteral("ANALYZE directory_batch"))) ||
        // (Every listing found unchanged: a member's earlier listing in this batch may be the
        // changed one, and its upsert must merge with this one.)
        !run(QStringLiteral("INSERT INTO sync_listed (tenant_id, provider, external_id) SELECT ?, provider, "
                            "external_id FROM directory_batch WHERE unchanged = 1 ON CONFLICT DO NOTHING"),
             {tenantId}) ||
        // A member back in the directory is present again (a rare update, apart from the rows that
        // did not change).
        !run(QStringLiteral(
                 "UPDATE mappings SET present = 1 WHERE present = 0 AND tenant_id = ? AND (provider, "
                 "external_id) IN (SELECT provider, external_id FROM directory_batch WHERE "
                 "unchanged = 1)"),
             {tenantId}) ||
        !run(QStringLiteral("SELECT COALESCE(MAX(listing), 0) FROM directory_batch")) || !q.next())
        return Error::failed(failure);
    const int rounds = q.value(0).toInt();
    // What a listing may change of a stored member: a listing by page carries no names; a member
    // under several departments is merged within one sync, replaced by the next.
    const QString upsert =
        QStringLiteral(
            "INSERT INTO mappings (provider, tenant_id, tenant, external_id, id_type, name, department, "
            "mobile, "
            "email, secondary_ids, source, first_seen, sync_run) "
            "SELECT provider, ?, COALESCE((SELECT name FROM tenants WHERE id = ?), tenant), external_id, "
            "id_type, name, department, mobile, email, secondary_ids, 'directory', ?, ? FROM "
            "directory_batch WHERE unchanged = 0 AND listing = ? ORDER BY seq "
            "ON CONFLICT (provider, tenant_id, external_id) DO UPDATE SET tenant = excluded.tenant, "
            "name = COALESCE(NULLIF(excluded.name, ''), mappings.name), "
            "department = CASE WHEN (mappings.sync_run = excluded.sync_run OR EXISTS (SELECT 1 FROM "
            "sync_listed l WHERE l.tenant_id = mappings.tenant_id AND l.provider = mappings.provider AND "
            "l.external_id = mappings.external_id)) AND mappings.department != '' AND "
            "  (',' || mappings.department || ',') NOT LIKE ('%,' || excluded.department || ',%') "
            "  THEN mappings.department || ',' || excluded.department ELSE excluded.department END, "
            "mobile = COALESCE(NULLIF(excluded.mobile, ''), mappings.mobile), "
            "email = COALESCE(NULLIF(excluded.email, ''), mappings.email), secondary_ids = ") +
        mergedSecondaryIds(postgres) + QStringLiteral(", present = 1, sync_run = excluded.sync_run");
    const QString stamp = now();
    int written = 0;
    for (int round = 1; round <= rounds; ++round) {
        if (!run(upsert, {tenantId, tenantId, stamp, syncRun, round}))
            return Error::failed(failure);
        written += q.numRowsAffected();
    }
    return written;
}

int MappingStore::markAbsent(const QString &tenantId, const QString &syncRun) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // Any row a sync ever listed (whether a flow found it first or not) and this one did not.
    q.prepare(QStringLiteral("UPDATE mappings SET present = 0 WHERE tenant_id = ? AND sync_run != '' "
                             "AND sync_run != ? AND present = 1 AND NOT EXISTS (SELECT 1 FROM sync_listed l "
                             "WHERE l.tenant_id = mappings.tenant_id AND l.provider = mappings.provider AND "
                             "l.external_id = mappings.external_id)"));
    q.addBindValue(tenantId);
    q.addBindValue(syncRun);
    if (!q.exec()) {
        qCWarning(lcMappings) << "marking absent members failed:" << q.lastError().text();
        return 0;
    }
    return q.numRowsAffected();
}

MappingStore::SyncProgress MappingStore::syncProgress(const QString &tenantId) const {
    SyncProgress progress;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT sync_run, department_id FROM sync_progress WHERE tenant_id = ?"));
    q.addBindValue(tenantId);
    if (q.exec())
        while (q.next()) {
            progress.syncRun = q.value(0).toString();
            progress.departments.insert(q.value(1).toLongLong());
        }
    return progress;
}

void MappingStore::clearSyncProgress(const QString &tenantId) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery q(db);
    for (const char *table : {"sync_progress", "sync_listed"}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE tenant_id = ?").arg(QLatin1String(table)));
        q.addBindValue(tenantId);
        q.exec();
    }
    db.commit();
}

Status MappingStore::setLocalAccount(const Key &key, const QString &localAccount,
                                     std::optional<int> expectedVersion, std::optional<Mapping> *current) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    const std::optional<Mapping> before = find(key);
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE mappings SET local_account = ?, version = version + 1 WHERE provider = ? AND "
                       "tenant_id = ? AND external_id = ? AND (version = ? OR ? < 0)"));
    bindTexts(q, {localAccount.trimmed()});
    bindKey(q, key);
    q.addBindValue(expectedVersion.value_or(-1));
    q.addBindValue(expectedVersion.value_or(-1));
    if (!q.exec()) {
        const QString failure = tr("Saving the local account failed: %1").arg(q.lastError().text());
        db.rollback();
        return Error::failed(failure);
    }
    if (q.numRowsAffected() != 1) {
        db.rollback();
        if (!before)
            return Error{Error::Kind::NotFound,
                         tr("Saving the local account failed: %1").arg(tr("the mapping no longer exists"))};
        if (current)
            *current = before;
        return Error::failed(tr("Someone changed this mapping since you loaded it: its local account is now "
                                "\"%1\" (you entered \"%2\").")
                                 .arg(before->localAccount, localAccount.trimmed()));
    }
    if (!m_audit.record(
            QStringLiteral("mapping.local_account"), keyText(key),
            tr("\"%1\" → \"%2\"").arg(before ? before->localAccount : QString(), localAccount.trimmed())) ||
        !db.commit()) {
        const QString failure = tr("Saving the local account failed: %1").arg(db.lastError().text());
        db.rollback();
        return Error::failed(failure);
    }
    return Done{};
}

Status MappingStore::fillLocalAccounts(const QList<QPair<Key, QString>> &accounts) {
    return runBatch(
        m_connection,
        QStringLiteral("UPDATE mappings SET local_account = ?, version = version + 1 WHERE provider = ? AND "
                       "tenant_id = ? AND external_id = ? AND local_account = ''"),
        accounts,
        [](QSqlQuery &q, const QPair<Key, QString> &account) {
            bindTexts(q, {account.second});
            bindKey(q, account.first);
        },
        tr("Saving the local accounts failed: %1"),
        [&] {
            return m_audit.record(QStringLiteral("mapping.local_account"),
                                  tr("%n mapping(s)", nullptr, int(accounts.size())),
                                  tr("filled from the local-account rule"));
        });
}

Status MappingStore::setLocalAccounts(const QList<AccountChange> &changes, const QString &why) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("UPDATE mappings SET local_account = ?, version = version + 1 WHERE provider = ? AND "
                       "tenant_id = ? AND external_id = ? AND version = ?"));
    QString failure;
    for (const AccountChange &change : changes) {
        bindTexts(q, {change.account});
        bindKey(q, change.key);
        q.addBindValue(change.version);
        if (!q.exec())
            failure = tr("Saving the local accounts failed: %1").arg(q.lastError().text());
        else if (q.numRowsAffected() != 1)
            failure = tr("The mapping %1 changed since the preview; nothing was written. Run it again.")
                          .arg(change.key.externalId);
        else if (!m_audit.record(QStringLiteral("mapping.local_account"), keyText(change.key),
                                 tr("\"%1\" → \"%2\"").arg(change.before, change.account) +
                                     QStringLiteral(" (") + why + QLatin1Char(')')))
            failure = tr("Saving the local accounts failed: %1").arg(db.lastError().text());
        if (!failure.isEmpty())
            break;
    }
    if (failure.isEmpty() && !db.commit())
        failure = tr("Saving the local accounts failed: %1").arg(db.lastError().text());
    if (!failure.isEmpty()) {
        db.rollback();
        return Error::failed(failure);
    }
    return Done{};
}

Status MappingStore::remove(const QList<Key> &keys) {
    return runBatch(
        m_connection,
        QStringLiteral("DELETE FROM mappings WHERE provider = ? AND tenant_id = ? AND external_id = ?"), keys,
        bindKey, tr("Deleting mappings failed: %1"), [&] {
            for (const Key &key : keys)
                if (!m_audit.record(QStringLiteral("mapping.delete"), keyText(key)))
                    return false;
            return true;
        });
}

int MappingStore::count(const MappingFilter &filter) const {
    QVariantList values;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    // A search alone is counted in its index, which has one row per mapping.
    const QString text = filter.text.trimmed();
    if (const QString index = searchIndex(text); !isPostgres() && !index.isEmpty() &&
                                                 filter.provider.isEmpty() && filter.tenant.isEmpty() &&
                                                 filter.tenantId.isEmpty()) {
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %1 MATCH ?").arg(index));
        q.addBindValue(searchPhrase(text));
        return q.exec() && q.next() ? q.value(0).toInt() : 0;
    }
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM mappings") + whereClause(filter, &values, isPostgres()));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

QList<Mapping> MappingStore::page(const MappingFilter &filter, int sortColumn, Qt::SortOrder order,
                                  int offset, int limit, int matching) const {
    QVariantList values;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // With this many matches a page of the sort index holds enough of them to stop early.
    constexpr int broadSearch = 10000;
    q.prepare(selectColumns + whereClause(filter, &values, isPostgres(), matching >= broadSearch) +
              // Ties in id order: the order of the column's index, so a page is read, never sorted.
              // Names in pinyin order (李 王 张 赵), through the collation their index uses.
              QStringLiteral(" ORDER BY %1 %2, id %2 LIMIT ? OFFSET ?")
                  .arg(sortColumn != Mapping::Name ? Mapping::sqlColumn(sortColumn)
                       : isPostgres()              ? QStringLiteral("name COLLATE \"zh-x-icu\"")
                                                   : QStringLiteral("name COLLATE pinyin"),
                       direction));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    q.addBindValue(limit);
    q.addBindValue(offset);
    QList<Mapping> rows;
    if (!q.exec()) {
        qCWarning(lcMappings) << "reading mappings failed:" << q.lastError().text();
        return rows;
    }
    rows.reserve(limit);
    while (q.next())
        rows.append(mappingFrom(q));
    return rows;
}

Status MappingStore::forEach(const MappingFilter &filter,
                             const std::function<bool(const Mapping &)> &visit) const {
    QVariantList values;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(selectColumns + whereClause(filter, &values, isPostgres()) +
              QStringLiteral(" ORDER BY provider, tenant_id, external_id"));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec()) {
        return Error::failed(tr("Reading the mappings failed: %1").arg(q.lastError().text()));
    }
    while (q.next())
        if (!visit(mappingFrom(q)))
            break;
    return Done{};
}

std::optional<Mapping> MappingStore::find(const Key &key) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(selectColumns + QStringLiteral(" WHERE provider = ? AND tenant_id = ? AND external_id = ?"));
    bindKey(q, key);
    if (q.exec() && q.next())
        return mappingFrom(q);
    return std::nullopt;
}

QStringList MappingStore::tenants() const {
    QStringList names;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT DISTINCT tenant FROM mappings ORDER BY tenant")))
        while (q.next())
            names << q.value(0).toString();
    return names;
}

QByteArray MappingStore::checksum() const {
    // Every stored column but the engine's own row id, rows in key order as this process sorts
    // them (the engines' collations may order them differently).
    QMap<QString, QByteArray> rows;
    const Status read = forEach({}, [&](const Mapping &m) {
        QString row = m.tenantId + QLatin1Char('\x1f') + m.secondaryIdsText() + QLatin1Char('\x1f') +
                      m.lastRun + QLatin1Char('\x1f') + (m.present ? QLatin1Char('1') : QLatin1Char('0')) +
                      m.stateVerifiedText();
        for (int column = Mapping::Provider; column < Mapping::Present; ++column)
            row += QLatin1Char('\x1f') + m.value(column);
        rows.insert(keyText({m.provider, m.tenantId, m.externalId}), row.toUtf8());
        return true;
    });
    if (!read.ok())
        return {}; // like no store's
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QByteArray &row : std::as_const(rows))
        hash.addData(row + '\x1e');
    return hash.result().toHex();
}
