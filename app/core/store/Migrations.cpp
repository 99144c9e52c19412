#include "store/Migrations.h"

#include "net/Redactor.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

#define SEARCH_TEXT(row)                                                                                     \
    "(" row "provider || char(10) || " row "tenant || char(10) || " row "external_id || char(10) || " row    \
    "id_type || char(10) || " row "name || char(10) || " row "department || char(10) || " row                \
    "mobile || char(10) || " row "email || char(10) || " row "local_account || char(10) || " row             \
    "source || char(10) || " row "first_seen || char(10) || " row "last_verified)"

const char *const Migrations::postgresSearchText =
    "lower(provider || chr(10) || tenant || chr(10) || external_id || chr(10) || id_type || chr(10) || name "
    "|| "
    "chr(10) || department || chr(10) || mobile || chr(10) || email || chr(10) || local_account || chr(10) "
    "|| "
    "source || chr(10) || first_seen || chr(10) || last_verified)";

namespace {
// A page sorted by any column is read from an index, ties in id order (the index's own), never
// sorted whole. (Names have an index of their own, in each engine's pinyin order.)
const QStringList columnIndexes = {
    QStringLiteral("CREATE INDEX mappings_by_provider ON mappings (provider)"),
    QStringLiteral("CREATE INDEX mappings_by_external_id ON mappings (external_id)"),
    QStringLiteral("CREATE INDEX mappings_by_id_type ON mappings (id_type)"),
    QStringLiteral("CREATE INDEX mappings_by_department ON mappings (department)"),
    QStringLiteral("CREATE INDEX mappings_by_mobile ON mappings (mobile)"),
    QStringLiteral("CREATE INDEX mappings_by_email ON mappings (email)"),
    QStringLiteral("CREATE INDEX mappings_by_local_account ON mappings (local_account)"),
    QStringLiteral("CREATE INDEX mappings_by_source ON mappings (source)"),
    QStringLiteral("CREATE INDEX mappings_by_first_seen ON mappings (first_seen)"),
    QStringLiteral("CREATE INDEX mappings_by_last_verified ON mappings (last_verified)"),
    QStringLiteral("CREATE INDEX mappings_by_present ON mappings (present)")};

// PostgreSQL's schema as SQLite's is at version 7: a shared store starts there. Later versions are
// one list of steps for both engines ({ID}: each engine's auto-numbered key).
const QStringList postgresBaseline =
    QStringList{
        QStringLiteral("CREATE TABLE authdesk_schema (version INTEGER NOT NULL)"),
        QStringLiteral("INSERT INTO authdesk_schema VALUES (0)"),
        QStringLiteral(
            "CREATE TABLE tenants (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, provider TEXT NOT NULL, "
            "settings TEXT NOT NULL, redirect_uri TEXT NOT NULL, endpoints TEXT NOT NULL, "
            "demo INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL, updated TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE last_identities (tenant_id TEXT PRIMARY KEY, external_id TEXT NOT NULL, "
                       "seen TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE mappings (id BIGSERIAL PRIMARY KEY, provider TEXT NOT NULL, tenant_id TEXT NOT "
            "NULL, "
            "tenant TEXT NOT NULL, external_id TEXT NOT NULL, id_type TEXT NOT NULL, "
            "name TEXT NOT NULL DEFAULT '', department TEXT NOT NULL DEFAULT '', "
            "mobile TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', "
            "secondary_ids TEXT NOT NULL DEFAULT '{}', local_account TEXT NOT NULL DEFAULT '', "
            "source TEXT NOT NULL, first_seen TEXT NOT NULL, last_verified TEXT NOT NULL DEFAULT '', "
            "last_run TEXT NOT NULL DEFAULT '', present INTEGER NOT NULL DEFAULT 1, "
            "sync_run TEXT NOT NULL DEFAULT '', state_verified INTEGER, "
            "UNIQUE (provider, tenant_id, external_id))"),
        QStringLiteral("CREATE INDEX mappings_by_tenant ON mappings (tenant_id, source, sync_run)"),
        QStringLiteral("CREATE INDEX mappings_by_tenant_name ON mappings (tenant)"),
        QStringLiteral("CREATE TABLE sync_progress (tenant_id TEXT NOT NULL, sync_run TEXT NOT NULL, "
                       "department_id INTEGER NOT NULL, PRIMARY KEY (tenant_id, department_id))"),
        // Substring search of any length through a trigram index (a trusted extension: the database's
        // owner may create it).
        QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm"),
        QStringLiteral("CREATE INDEX mappings_search ON mappings USING gin ((%1) gin_trgm_ops)")
            .arg(QLatin1String(Migrations::postgresSearchText)),
        QStringLiteral("CREATE INDEX mappings_by_name ON mappings (name COLLATE \"zh-x-icu\")"),
        QStringLiteral(
            "CREATE TABLE runs (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, tenant TEXT NOT NULL, "
            "provider TEXT NOT NULL, mode TEXT NOT NULL, started TEXT NOT NULL, "
            "duration_ms BIGINT NOT NULL, outcome TEXT NOT NULL, external_id TEXT NOT NULL DEFAULT '', "
            "record TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX runs_by_tenant ON runs (tenant_id, started)"),
        // Every change tells the other consoles (LISTEN authdesk_changes), once per statement.
        QStringLiteral("CREATE FUNCTION authdesk_notify() RETURNS trigger LANGUAGE plpgsql AS "
                       "$$ BEGIN PERFORM pg_notify('authdesk_changes', TG_TABLE_NAME); RETURN NULL; END $$"),
        QStringLiteral("CREATE TRIGGER tenants_changed AFTER INSERT OR UPDATE OR DELETE ON tenants "
                       "FOR EACH STATEMENT EXECUTE FUNCTION authdesk_notify()"),
        QStringLiteral("CREATE TRIGGER mappings_changed AFTER INSERT OR UPDATE OR DELETE ON mappings "
                       "FOR EACH STATEMENT EXECUTE FUNCTION authdesk_notify()"),
        QStringLiteral("CREATE TRIGGER runs_changed AFTER INSERT OR UPDATE OR DELETE ON runs "
                       "FOR EACH STATEMENT EXECUTE FUNCTION authdesk_notify()")} +
    columnIndexes;
constexpr int postgresBaselineVersion = 7;

// The steps after the baseline, once for both engines.
const QList<QStringList> sharedSteps = {
    // 8: a version per mapping (an edit made from a stale copy is a conflict, not an overwrite),
    // the audit trail, and who holds each tenant's directory sync.
    {QStringLiteral("ALTER TABLE mappings ADD COLUMN version INTEGER NOT NULL DEFAULT 1"),
     QStringLiteral("CREATE TABLE audit (id {ID}, at TEXT NOT NULL, who TEXT NOT NULL, action TEXT NOT NULL, "
                    "object TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '')"),
     QStringLiteral("CREATE TABLE sync_holders (tenant_id TEXT PRIMARY KEY, holder TEXT NOT NULL, since TEXT "
                    "NOT NULL)")},
    // 9: no new table; the run records are redacted again (redactRunRecords).
    {},
    // 10: the process that holds a sync, so that a SQLite claim whose process died is stale.
    {QStringLiteral("ALTER TABLE sync_holders ADD COLUMN pid BIGINT NOT NULL DEFAULT 0")},
    // 11: a DingTalk member is keyed by (corpId, unionId) (PROVIDERS §7.6), no longer by the unionId
    // alone: rows whose stored identity names the organisation take it into their key, and the
    // tenant's last identity follows, so that the next sign-in is not reported as another person.
    {QStringLiteral("UPDATE mappings SET external_id = {corpid} || ':' || external_id, id_type = "
                    "'corpid:unionid', secondary_ids = {secondary_ids with unionid = external_id} "
                    "WHERE provider = 'dingtalk' AND id_type = 'unionid' AND COALESCE({corpid}, '') <> ''"),
     QStringLiteral("UPDATE last_identities SET external_id = (SELECT m.external_id FROM mappings m WHERE "
                    "m.provider = 'dingtalk' AND m.tenant_id = last_identities.tenant_id AND m.id_type = "
                    "'corpid:unionid' AND {m.unionid} = last_identities.external_id) "
                    "WHERE EXISTS (SELECT 1 FROM mappings m WHERE m.provider = 'dingtalk' AND m.tenant_id = "
                    "last_identities.tenant_id AND m.id_type = 'corpid:unionid' AND {m.unionid} = "
                    "last_identities.external_id)")},
    // 12: the members a sync under way listed unchanged. Each costs a narrow row here, not a new
    // sync stamp on its mappings row: on PostgreSQL such an update writes a new version of the row
    // into every index, the search index too.
    {QStringLiteral("CREATE TABLE sync_listed (tenant_id TEXT NOT NULL, provider TEXT NOT NULL, external_id "
                    "TEXT NOT NULL, PRIMARY KEY (tenant_id, provider, external_id)){KEYED ONLY}")},
    // 13: the tenants' health checks as they were made, and by whom (HealthHistory); a round of
    // checks is its tenant and time (the key a store copy matches rows by).
    {QStringLiteral(
        "CREATE TABLE health (id {ID}, tenant_id TEXT NOT NULL, checked_at TEXT NOT NULL, who TEXT NOT "
        "NULL, check_id TEXT NOT NULL, status TEXT NOT NULL, message TEXT NOT NULL, remedy TEXT NOT "
        "NULL, details TEXT NOT NULL, UNIQUE (tenant_id, checked_at, check_id))")},
    // 14: per tenant, a CA bundle for its endpoints, when its secret was last set and how often it
    // should be rotated (TenantHealth's tls and secret_age checks).
    {QStringLiteral("ALTER TABLE tenants ADD COLUMN ca_bundle TEXT NOT NULL DEFAULT ''"),
     QStringLiteral("ALTER TABLE tenants ADD COLUMN secret_set_at TEXT NOT NULL DEFAULT ''"),
     QStringLiteral("ALTER TABLE tenants ADD COLUMN rotation_days INTEGER NOT NULL DEFAULT 0")},
    // 15: settings of the store itself, shared by its admins: the company directory (StoreSettings).
    {QStringLiteral("CREATE TABLE store_settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)")},
    // 16: the corps a WeCom service-provider app is installed in, and the events its callback
    // received (SuiteCorps); their permanent codes and tickets are in the keychain.
    {QStringLiteral(
         "CREATE TABLE suite_corps (tenant_id TEXT NOT NULL, corpid TEXT NOT NULL, corp_name TEXT "
         "NOT NULL, agentid TEXT NOT NULL, customized INTEGER NOT NULL, installed TEXT NOT NULL, "
         "status TEXT NOT NULL, status_detail TEXT NOT NULL, checked TEXT NOT NULL, app_tenant TEXT "
         "NOT NULL, PRIMARY KEY (tenant_id, corpid))"),
     QStringLiteral("CREATE TABLE suite_events (id {ID}, tenant_id TEXT NOT NULL, received TEXT NOT NULL, "
                    "info_type TEXT NOT NULL, corpid TEXT NOT NULL, summary TEXT NOT NULL)"),
     QStringLiteral("CREATE INDEX suite_events_by_tenant ON suite_events (tenant_id, received)")},
};

// The placeholders of the shared steps in one engine's SQL: the id column, a table that is its
// key alone (SQLite keeps it in one b-tree instead of a table and an index), and reading or
// writing a key of the JSON text in secondary_ids.
QString forEngine(QString statement, bool postgres) {
    const std::pair<QLatin1String, QLatin1String> words[] = {
        {QLatin1String("{ID}"),
         postgres ? QLatin1String("BIGSERIAL PRIMARY KEY") : QLatin1String("INTEGER PRIMARY KEY")},
        {QLatin1String("{KEYED ONLY}"), postgres ? QLatin1String("") : QLatin1String(" WITHOUT ROWID")},
        {QLatin1String("{corpid}"), postgres ? QLatin1String("(secondary_ids::jsonb ->> 'corpid')")
                                             : QLatin1String("json_extract(secondary_ids, '$.corpid')")},
        {QLatin1String("{m.unionid}"), postgres
                                           ? QLatin1String("(m.secondary_ids::jsonb ->> 'unionid')")
                                           : QLatin1String("json_extract(m.secondary_ids, '$.unionid')")},
        {QLatin1String("{secondary_ids with unionid = external_id}"),
         postgres ? QLatin1String("jsonb_set(secondary_ids::jsonb, '{unionid}', to_jsonb(external_id))::text")
                  : QLatin1String("json_set(secondary_ids, '$.unionid', external_id)")}};
    for (const auto &[placeholder, sql] : words)
        statement.replace(placeholder, sql);
    return statement;
}

// Schema 9: every stored run record redacted again with the rules of today. Records written
// before kept credentials that their provider had not yet registered when the exchange was
// recorded (DingTalk's user and app tokens among them).
Status redactRunRecords(QSqlDatabase &db) {
    QSqlQuery read(db);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT id, record FROM runs"))) {
        return Error::failed(read.lastError().text());
    }
    QList<QPair<QString, QString>> changed;
    while (read.next()) {
        const QString record = read.value(1).toString();
        const QJsonDocument document = QJsonDocument::fromJson(record.toUtf8());
        const QString redacted = QString::fromUtf8(
            QJsonDocument(Redactor::json(document.object()).toObject()).toJson(QJsonDocument::Compact));
        if (document.isObject() && redacted != record)
            changed.append({read.value(0).toString(), redacted});
    }
    read.finish();
    QSqlQuery write(db);
    write.prepare(QStringLiteral("UPDATE runs SET record = ? WHERE id = ?"));
    for (const auto &[id, record] : std::as_const(changed)) {
        write.addBindValue(record);
        write.addBindValue(id);
        if (!write.exec())
            return Error::failed(write.lastError().text());
    }
    return Done{};
}
constexpr int redactedRunsVersion = 9;

// SQLite's steps 1 to 7, each taking the schema from version N-1 to N (PostgreSQL starts at 7).
const QList<QStringList> sqliteSteps = {
    {QStringLiteral("CREATE TABLE tenants (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                    "provider TEXT NOT NULL, settings TEXT NOT NULL, redirect_uri TEXT NOT NULL, "
                    "endpoints TEXT NOT NULL, demo INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL, "
                    "updated TEXT NOT NULL)")},
    {QStringLiteral("CREATE TABLE last_identities (tenant_id TEXT PRIMARY KEY, external_id TEXT NOT NULL, "
                    "seen TEXT NOT NULL)")},
    {QStringLiteral(
         "CREATE TABLE mappings (provider TEXT NOT NULL, tenant TEXT NOT NULL, external_id TEXT NOT "
         "NULL, "
         "id_type TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', department TEXT NOT NULL DEFAULT '', "
         "mobile TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', "
         "secondary_ids TEXT NOT NULL DEFAULT '{}', local_account TEXT NOT NULL DEFAULT '', "
         "source TEXT NOT NULL, first_seen TEXT NOT NULL, last_verified TEXT NOT NULL DEFAULT '', "
         "last_run TEXT NOT NULL DEFAULT '', present INTEGER NOT NULL DEFAULT 1, "
         "sync_run TEXT NOT NULL DEFAULT '', PRIMARY KEY (provider, tenant, external_id))"),
     QStringLiteral("CREATE INDEX mappings_by_tenant ON mappings (tenant, source, sync_run)"),
     QStringLiteral("CREATE TABLE sync_progress (tenant TEXT NOT NULL, sync_run TEXT NOT NULL, "
                    "department_id INTEGER NOT NULL, PRIMARY KEY (tenant, department_id))")},
    // 4: whether the run that recorded a mapping verified its state (1), did not (0: a pasted
    // URL AuthDesk did not issue), or nothing says (NULL: directory rows and older rows).
    {QStringLiteral("ALTER TABLE mappings ADD COLUMN state_verified INTEGER")},
    // 5: mappings and sync progress belong to the tenant's id, so that a rename keeps them and
    // a new tenant with a removed one's name starts afresh. `tenant` stays as the name shown.
    // Rows of tenants removed before this version keep a key of their own ("removed:NAME").
    {QStringLiteral(
         "CREATE TABLE mappings_v5 (id INTEGER PRIMARY KEY, provider TEXT NOT NULL, "
         "tenant_id TEXT NOT NULL, tenant TEXT NOT NULL, "
         "external_id TEXT NOT NULL, id_type TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', "
         "department TEXT NOT NULL DEFAULT '', mobile TEXT NOT NULL DEFAULT '', "
         "email TEXT NOT NULL DEFAULT '', secondary_ids TEXT NOT NULL DEFAULT '{}', "
         "local_account TEXT NOT NULL DEFAULT '', source TEXT NOT NULL, first_seen TEXT NOT NULL, "
         "last_verified TEXT NOT NULL DEFAULT '', last_run TEXT NOT NULL DEFAULT '', "
         "present INTEGER NOT NULL DEFAULT 1, sync_run TEXT NOT NULL DEFAULT '', state_verified INTEGER, "
         "UNIQUE (provider, tenant_id, external_id))"),
     QStringLiteral(
         "INSERT INTO mappings_v5 SELECT NULL, m.provider, COALESCE(t.id, 'removed:' || m.tenant), "
         "m.tenant, m.external_id, m.id_type, m.name, m.department, m.mobile, m.email, m.secondary_ids, "
         "m.local_account, m.source, m.first_seen, m.last_verified, m.last_run, m.present, m.sync_run, "
         "m.state_verified FROM mappings m LEFT JOIN tenants t ON t.name = m.tenant"),
     QStringLiteral("DROP TABLE mappings"), QStringLiteral("ALTER TABLE mappings_v5 RENAME TO mappings"),
     QStringLiteral("CREATE INDEX mappings_by_tenant ON mappings (tenant_id, source, sync_run)"),
     QStringLiteral("CREATE INDEX mappings_by_tenant_name ON mappings (tenant)"),
     // The progress of a removed tenant's sync is dropped: nothing may resume it.
     QStringLiteral("CREATE TABLE sync_progress_v5 (tenant_id TEXT NOT NULL, sync_run TEXT NOT NULL, "
                    "department_id INTEGER NOT NULL, PRIMARY KEY (tenant_id, department_id))"),
     QStringLiteral("INSERT INTO sync_progress_v5 SELECT t.id, s.sync_run, s.department_id "
                    "FROM sync_progress s JOIN tenants t ON t.name = s.tenant"),
     QStringLiteral("DROP TABLE sync_progress"),
     QStringLiteral("ALTER TABLE sync_progress_v5 RENAME TO sync_progress")},
    // 6: substring search over every shown column through an FTS5 trigram index (Chinese
    // included), kept in step with the table by triggers. Contentless: it holds only the index.
    QStringList{
        QStringLiteral(
            "CREATE VIRTUAL TABLE mappings_search USING fts5(text, content='', tokenize='trigram')"),
        QStringLiteral(
            "INSERT INTO mappings_search (rowid, text) SELECT id, " SEARCH_TEXT("") " FROM mappings"),
        // One or two characters (a surname: 张) have no trigram: a second index holds every
        // character as a token (authdesk_chars), so that they are a token or a phrase of two.
        QStringLiteral("CREATE VIRTUAL TABLE mappings_chars USING fts5(text, content='', "
                       "tokenize='unicode61 remove_diacritics 0')"),
        QStringLiteral("INSERT INTO mappings_chars (rowid, text) SELECT id, authdesk_chars(" SEARCH_TEXT(
            "") ") FROM mappings"),
        QStringLiteral("CREATE TRIGGER mappings_search_insert AFTER INSERT ON mappings BEGIN "
                       "INSERT INTO mappings_search (rowid, text) VALUES (new.id, " SEARCH_TEXT(
                           "new.") "); "
                                   "INSERT INTO mappings_chars (rowid, text) VALUES (new.id, "
                                   "authdesk_chars(" SEARCH_TEXT("new.") ")); END"),
        QStringLiteral("CREATE TRIGGER mappings_search_delete AFTER DELETE ON mappings BEGIN "
                       "INSERT INTO mappings_search (mappings_search, rowid, text) VALUES ('delete', "
                       "old.id, " SEARCH_TEXT("old.") "); "
                                                      "INSERT INTO mappings_chars (mappings_chars, "
                                                      "rowid, text) VALUES ('delete', old.id, "
                                                      "authdesk_chars(" SEARCH_TEXT("old.") ")); END"),
        QStringLiteral(
            "CREATE TRIGGER mappings_search_update AFTER UPDATE OF provider, tenant, external_id, "
            "id_type, name, department, mobile, email, local_account, source, first_seen, "
            "last_verified ON mappings BEGIN "
            "INSERT INTO mappings_search (mappings_search, rowid, text) VALUES ('delete', "
            "old.id, " SEARCH_TEXT(
                "old.") "); "
                        "INSERT INTO mappings_search (rowid, text) VALUES (new.id, " SEARCH_TEXT(
                            "new.") "); "
                                    "INSERT INTO mappings_chars (mappings_chars, rowid, text) VALUES "
                                    "('delete', old.id, "
                                    "authdesk_chars(" SEARCH_TEXT("old.") ")); "
                                                                          "INSERT INTO mappings_chars "
                                                                          "(rowid, text) VALUES (new.id, "
                                                                          "authdesk_chars(" SEARCH_TEXT(
                                                                              "new.") ")); END"),
        // A page sorted by any column is read from an index, ties in id order (the index's own),
        // never sorted whole.
        QStringLiteral("CREATE INDEX mappings_by_name ON mappings (name)")} +
        columnIndexes,
    // 7: the history of runs (never a secret: what the console showed), and names in pinyin order.
    {QStringLiteral("CREATE TABLE runs (id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, tenant TEXT NOT NULL, "
                    "provider TEXT NOT NULL, mode TEXT NOT NULL, started TEXT NOT NULL, "
                    "duration_ms INTEGER NOT NULL, outcome TEXT NOT NULL, "
                    "external_id TEXT NOT NULL DEFAULT '', record TEXT NOT NULL)"),
     QStringLiteral("CREATE INDEX runs_by_tenant ON runs (tenant_id, started)"),
     QStringLiteral("DROP INDEX mappings_by_name"),
     QStringLiteral("CREATE INDEX mappings_by_name ON mappings (name COLLATE pinyin)")},
};

// The statements of the step to version `target`, in one engine's SQL.
QStringList stepTo(int target, bool postgres) {
    if (postgres && target == postgresBaselineVersion)
        return postgresBaseline;
    if (target > postgresBaselineVersion) {
        QStringList statements = sharedSteps.at(target - postgresBaselineVersion - 1);
        for (QString &statement : statements)
            statement = forEngine(statement, postgres);
        return statements;
    }
    return sqliteSteps.at(target - 1);
}

// The first version a store of this engine has a step to (PostgreSQL starts at its baseline).
int firstStep(bool postgres) {
    return postgres ? postgresBaselineVersion : 1;
}

// The steps a store ran, each with the checksum of its statements then: a step changed after it
// was released would leave stores that claim one version and hold different schemas.
const char *const createChecksums =
    "CREATE TABLE IF NOT EXISTS authdesk_migrations (version INTEGER PRIMARY KEY, "
    "checksum TEXT NOT NULL, applied TEXT NOT NULL)";

bool recordStep(QSqlQuery &q, int version, bool postgres, const QString &applied) {
    q.prepare(
        QStringLiteral("INSERT INTO authdesk_migrations (version, checksum, applied) VALUES (?, ?, ?)"));
    q.addBindValue(version);
    q.addBindValue(Migrations::checksum(version, postgres));
    q.addBindValue(applied);
    return q.exec();
}

// The steps the store at `version` ran are this build's, or the error names the first that is
// not. A store from before the checksums were kept takes this build's as its own.
Status checkSteps(QSqlDatabase &db, int version, bool postgres) {
    QSqlQuery q(db);
    if (postgres)
        db.transaction();
    bool ok = q.exec(QLatin1String(createChecksums)) &&
              q.exec(QStringLiteral("SELECT COUNT(*) FROM authdesk_migrations")) && q.next();
    if (ok && q.value(0).toInt() == 0)
        for (int step = firstStep(postgres); ok && step <= version; ++step)
            ok = recordStep(q, step, postgres, QStringLiteral("")); // when: not known
    ok = ok && q.exec(QStringLiteral("SELECT version, checksum FROM authdesk_migrations ORDER BY version"));
    while (ok && q.next()) {
        const int step = q.value(0).toInt();
        if (step >= firstStep(postgres) && step <= Migrations::schemaVersion &&
            q.value(1).toString() != Migrations::checksum(step, postgres)) {
            const QString changed =
                QCoreApplication::translate(
                    "Migrations",
                    "its schema step %1 is not the one this AuthDesk has (the step's checksum differs): "
                    "the store was prepared by another build of AuthDesk. Open it with the AuthDesk that "
                    "prepared it, and tell the AuthDesk team: a released step must never change")
                    .arg(step);
            if (postgres)
                db.rollback();
            return Error::failed(changed);
        }
    }
    if (!ok) {
        const QString said = q.lastError().text();
        if (postgres)
            db.rollback();
        return Error::failed(said);
    }
    q.finish();
    if (postgres && !db.commit())
        return Error::failed(db.lastError().text());
    return Done{};
}
} // namespace

namespace Migrations {

Result<int> versionInUse(const QSqlDatabase &db, bool postgres) {
    QSqlQuery q(db);
    bool ok = false;
    if (postgres) {
        ok = q.exec(QStringLiteral("SELECT to_regclass('authdesk_schema') IS NOT NULL")) && q.next();
        if (ok && !q.value(0).toBool())
            return 0;
        ok = ok && q.exec(QStringLiteral("SELECT version FROM authdesk_schema")) && q.next();
    } else {
        ok = q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
    }
    if (!ok)
        return Error::failed(q.lastError().text());
    return q.value(0).toInt();
}

QString checksum(int version, bool postgres) {
    return QString::fromLatin1(
        QCryptographicHash::hash(stepTo(version, postgres).join(QLatin1Char('\n')).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex());
}

Status migrate(QSqlDatabase db, bool postgres) {
    QSqlQuery q(db);
    // Two processes opening a new (or just upgraded) store at once: one migrates, the other waits
    // for it and then reads the schema it left, so finds the work done. SQLite: every step in one
    // exclusive transaction, the version read inside it; PostgreSQL: an advisory lock.
    bool locked = q.exec(postgres ? QStringLiteral("SELECT pg_advisory_lock(7361001)")
                                  : QStringLiteral("BEGIN EXCLUSIVE"));
    if (!locked)
        return Error::failed(q.lastError().text());
    const auto unlock = qScopeGuard([&] {
        if (locked)
            QSqlQuery(db).exec(postgres ? QStringLiteral("SELECT pg_advisory_unlock(7361001)")
                                        : QStringLiteral("ROLLBACK"));
    });
    const Result<int> inUse = versionInUse(db, postgres);
    if (!inUse.ok())
        return inUse.error();
    const int version = inUse.value();
    if (version > schemaVersion)
        return Error::failed(
            QCoreApplication::translate("TenantStore",
                                        "it was written by a newer AuthDesk (schema %1, this build knows %2)")
                .arg(version)
                .arg(schemaVersion));
    if (const Status checked = checkSteps(db, version, postgres); !checked.ok())
        return checked;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (int target = qMax(version + 1, firstStep(postgres)); target <= schemaVersion; ++target) {
        if (postgres)
            db.transaction(); // SQLite's steps are all in the exclusive transaction
        bool ok = true;
        for (const QString &statement : stepTo(target, postgres))
            ok = ok && q.exec(statement);
        ok = ok && recordStep(q, target, postgres, now);
        if (ok && target == redactedRunsVersion) {
            if (const Status redacted = redactRunRecords(db); !redacted.ok()) {
                if (postgres)
                    db.rollback();
                return redacted; // SQLite: the guard rolls back
            }
        }
        ok = ok && q.exec(postgres ? QStringLiteral("UPDATE authdesk_schema SET version = %1").arg(target)
                                   : QStringLiteral("PRAGMA user_version = %1").arg(target));
        if (!ok) {
            const QString said = q.lastError().text();
            if (postgres)
                db.rollback();
            return Error::failed(said);
        }
        if (postgres)
            db.commit();
    }
    if (!postgres) {
        locked = false;
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const QString said = q.lastError().text();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return Error::failed(said);
        }
    }
    // The pages that held the records before they were redacted are rewritten once, so that no
    // free page keeps their bytes (secure_delete, set at open, zeroes what is deleted from now on).
    q.finish();
    QSqlQuery vacuum(db);
    if (!postgres && version < redactedRunsVersion && version > 0 && !vacuum.exec(QStringLiteral("VACUUM")))
        return Error::failed(vacuum.lastError().text());
    return Done{};
}

} // namespace Migrations
