// The mapping store on real SQLite: upserts that keep local accounts, directory merges,
// migrations from older schemas, filters, and the CSV/JSON export with its atomic write.
#include "../support/Succeeded.h"
#include "LocalAccountRule.h"
#include "export/MappingExport.h"
#include "export/MappingImport.h"
#include "export/XlsxModule.h"
#include "providers/Provider.h"
#include "store/Database.h"
#include "store/MappingStore.h"
#include "store/TenantStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
// The rows an export wrote, or -1 (its reason said) when it failed.
int rowsWritten(const Result<int> &exported) {
    if (!exported.ok())
        qWarning("the export failed: %s", qPrintable(exported.errorText()));
    return exported.ok() ? exported.value() : -1;
}

// The id of the tenant the rows belong to; the tenants table need not know it.
const QString testTenantId = QStringLiteral("tenant-1");

Identity identity(const QString &externalId, const QString &name, const QString &email = {}) {
    Identity i;
    i.provider = QStringLiteral("wecom");
    i.tenant = QStringLiteral("华东分公司");
    i.externalId = externalId;
    i.idType = QStringLiteral("userid");
    i.name = name;
    i.department = QStringLiteral("2");
    i.email = email;
    i.extra.insert(QStringLiteral("open_userid"), QStringLiteral("wo") + externalId);
    return i;
}

Mapping member(const QString &id, const QString &name, const QString &department) {
    Mapping m;
    m.provider = QStringLiteral("wecom");
    m.tenant = QStringLiteral("华东分公司");
    m.externalId = id;
    m.idType = QStringLiteral("userid");
    m.name = name;
    m.department = department;
    return m;
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestMappings : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<TenantStore> m_tenants;
    std::unique_ptr<MappingStore> m_store;

private slots:
    // The Excel module's code, which this test links (the programs load it).
    void initTestCase() { XlsxModule::setFunctions(&authdesk_xlsx_functions); }

    // A listing that learned less keeps what is known: secondary ids merge by key, a value is
    // replaced only by a non-empty one (a failed user/get, a listing by page).
    void secondaryIdsMergeByKey() {
        QString error;
        Mapping m = member(QStringLiteral("merge-1"), QStringLiteral("合并"), QStringLiteral("2"));
        m.secondaryIds = {{QStringLiteral("open_userid"), QStringLiteral("wo-open-1")}};
        QVERIFY2(succeeded(m_store->upsertFromDirectory(testTenantId, {m}, QStringLiteral("s1")), &error),
                 qPrintable(error));
        m.secondaryIds = {{QStringLiteral("open_userid"), QString()},
                          {QStringLiteral("userid"), QStringLiteral("u-9")}};
        QVERIFY2(succeeded(m_store->upsertFromDirectory(testTenantId, {m}, QStringLiteral("s2")), &error),
                 qPrintable(error));
        const MappingStore::Key key{QStringLiteral("wecom"), testTenantId, QStringLiteral("merge-1")};
        QCOMPARE(m_store->find(key)->secondaryIds.value(QLatin1String("open_userid")).toString(),
                 QStringLiteral("wo-open-1"));
        QCOMPARE(m_store->find(key)->secondaryIds.value(QLatin1String("userid")).toString(),
                 QStringLiteral("u-9"));
        m.secondaryIds = {{QStringLiteral("open_userid"), QStringLiteral("wo-open-2")}};
        QVERIFY2(succeeded(m_store->upsertFromDirectory(testTenantId, {m}, QStringLiteral("s3")), &error),
                 qPrintable(error));
        QCOMPARE(m_store->find(key)->secondaryIds.value(QLatin1String("open_userid")).toString(),
                 QStringLiteral("wo-open-2"));
        QCOMPARE(m_store->find(key)->secondaryIds.value(QLatin1String("userid")).toString(),
                 QStringLiteral("u-9"));
    }

    // A member listed as stored costs a row in the sync's list, not a rewrite; a changed one is
    // rewritten and found by the search under its new name; neither is absent after the new sync.
    void unchangedMembersAreNotRewritten() {
        QString error;
        QList<Mapping> members = {
            member(QStringLiteral("same-1"), QStringLiteral("周一"), QStringLiteral("5")),
            member(QStringLiteral("same-2"), QStringLiteral("周二"), QStringLiteral("5"))};
        int written = -1;
        QVERIFY2(succeeded(m_store->upsertFromDirectory(testTenantId, members, QStringLiteral("a"), {}),
                           &error, &written),
                 qPrintable(error));
        QCOMPARE(written, 2);
        QVERIFY2(succeeded(m_store->upsertFromDirectory(testTenantId, members, QStringLiteral("b"), {}),
                           &error, &written),
                 qPrintable(error));
        QCOMPARE(written, 0);
        members[1].name = QStringLiteral("周二改");
        QVERIFY2(succeeded(m_store->upsertFromDirectory(testTenantId, members, QStringLiteral("c"), {}),
                           &error, &written),
                 qPrintable(error));
        QCOMPARE(written, 1);
        QCOMPARE(m_store->count({QStringLiteral("周二改"), {}, {}, {}}), 1);
        QCOMPARE(m_store->count({QStringLiteral("周一"), {}, {}, {}}), 1);
        QCOMPARE(m_store->markAbsent(testTenantId, QStringLiteral("c")), 0); // both stamped by "c"
    }

    void init() {
        m_store.reset();
        m_tenants.reset();
        m_database = std::make_unique<Database>();
        QFile::remove(m_dir.filePath(QStringLiteral("db.sqlite")));
        const Status opened = m_database->open(m_dir.filePath(QStringLiteral("db.sqlite")));
        QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
        m_tenants = std::make_unique<TenantStore>(*m_database);
        m_store = std::make_unique<MappingStore>(*m_database, &Provider::secondaryIdKeysOf);
    }

    void reverificationKeepsLocalAccount() {
        QString error;
        QVERIFY2(
            succeeded(m_store->upsertFromFlow(testTenantId,
                                              identity(QStringLiteral("zhangsan"), QStringLiteral("张三"),
                                                       QStringLiteral("z@example.com")),
                                              QStringLiteral("run1")),
                      &error),
            qPrintable(error));
        const MappingStore::Key key{QStringLiteral("wecom"), testTenantId, QStringLiteral("zhangsan")};
        QVERIFY(succeeded(m_store->setLocalAccount(key, QStringLiteral("zhang.san")), &error));
        const Mapping first = *m_store->find(key);
        // Timestamps have second resolution: the next second has begun.
        const qint64 second = QDateTime::currentSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > second, 5000);
        QVERIFY(succeeded(m_store->upsertFromFlow(
                              testTenantId, identity(QStringLiteral("zhangsan"), QStringLiteral("张三丰")),
                              QStringLiteral("run2")),
                          &error));
        const Mapping again = *m_store->find(key);
        QCOMPARE(again.localAccount, QStringLiteral("zhang.san"));
        QCOMPARE(again.name, QStringLiteral("张三丰"));
        QCOMPARE(again.email, QStringLiteral("z@example.com")); // a run that learned less erases nothing
        QCOMPARE(again.firstSeen, first.firstSeen);
        QVERIFY(again.lastVerified > first.lastVerified);
        QCOMPARE(again.lastRun, QStringLiteral("run2"));
        QCOMPARE(again.source, QStringLiteral("flow"));
        QCOMPARE(again.secondaryIds.value(QLatin1String("open_userid")).toString(),
                 QStringLiteral("wozhangsan"));
        QCOMPARE(m_store->count({}), 1);
    }

    void directoryMembersMergeAndGoAbsent() {
        QString error;
        QVERIFY(succeeded(m_store->upsertFromDirectory(
                              testTenantId,
                              {member(QStringLiteral("lisi"), QStringLiteral("李四"), QStringLiteral("2")),
                               member(QStringLiteral("wangwu"), QStringLiteral("王五"), QStringLiteral("2"))},
                              QStringLiteral("sync1")),
                          &error));
        QVERIFY(succeeded(m_store->upsertFromDirectory(
                              testTenantId,
                              {member(QStringLiteral("lisi"), QStringLiteral("李四"), QStringLiteral("3"))},
                              QStringLiteral("sync1")),
                          &error));
        const MappingStore::Key lisi{QStringLiteral("wecom"), testTenantId, QStringLiteral("lisi")};
        QCOMPARE(m_store->find(lisi)->department, QStringLiteral("2,3")); // one row, both departments
        QVERIFY(succeeded(m_store->setLocalAccount(lisi, QStringLiteral("li.si")), &error));
        // The next sync no longer lists wangwu.
        QVERIFY(succeeded(m_store->upsertFromDirectory(
                              testTenantId,
                              {member(QStringLiteral("lisi"), QStringLiteral("李四"), QStringLiteral("3"))},
                              QStringLiteral("sync2")),
                          &error));
        QCOMPARE(m_store->markAbsent(testTenantId, QStringLiteral("sync2")), 1);
        QVERIFY(!m_store->find({QStringLiteral("wecom"), testTenantId, QStringLiteral("wangwu")})->present);
        QCOMPARE(m_store->find(lisi)->department, QStringLiteral("3"));
        QCOMPARE(m_store->find(lisi)->localAccount, QStringLiteral("li.si"));
    }

    // A member listed unchanged is not rewritten, yet counts as listed by this sync: its next
    // listing under another department merges with it, and it is not marked absent.
    void anUnchangedListingStillMerges() {
        QString error;
        const MappingStore::Key lisi{QStringLiteral("wecom"), testTenantId, QStringLiteral("lisi")};
        QVERIFY2(succeeded(m_store->upsertFromDirectory(
                               testTenantId,
                               {member(QStringLiteral("lisi"), QStringLiteral("李四"), QStringLiteral("2"))},
                               QStringLiteral("sync1")),
                           &error),
                 qPrintable(error));
        m_store->clearSyncProgress(testTenantId);
        int written = -1;
        for (const char *department : {"2", "3"})
            QVERIFY2(
                succeeded(m_store->upsertFromDirectory(testTenantId,
                                                       {member(QStringLiteral("lisi"), QStringLiteral("李四"),
                                                               QLatin1String(department))},
                                                       QStringLiteral("sync2"), {}),
                          &error, &written),
                qPrintable(error));
        QCOMPARE(written, 1); // the second listing only
        QCOMPARE(m_store->find(lisi)->department, QStringLiteral("2,3"));
        QCOMPARE(m_store->markAbsent(testTenantId, QStringLiteral("sync2")), 0);
        m_store->clearSyncProgress(testTenantId);
        // Listed unchanged by a third sync and nothing else: still present, still both departments.
        QVERIFY(succeeded(m_store->upsertFromDirectory(
                              testTenantId,
                              {member(QStringLiteral("lisi"), QStringLiteral("李四"), QStringLiteral("2,3"))},
                              QStringLiteral("sync3"), {}),
                          &error, &written));
        QCOMPARE(written, 0);
        QCOMPARE(m_store->markAbsent(testTenantId, QStringLiteral("sync3")), 0);
        QVERIFY(m_store->find(lisi)->present);
        m_store->clearSyncProgress(testTenantId);
        // A fourth sync lists nobody: now lisi is gone.
        QCOMPARE(m_store->markAbsent(testTenantId, QStringLiteral("sync4")), 1);
        m_store->clearSyncProgress(testTenantId);
        // One batch lists him under a new department, then under one he was in (unchanged).
        const MappingStore::Key wangwu{QStringLiteral("wecom"), testTenantId, QStringLiteral("wangwu")};
        QVERIFY(succeeded(m_store->upsertFromDirectory(
                              testTenantId,
                              {member(QStringLiteral("wangwu"), QStringLiteral("王五"), QStringLiteral("2"))},
                              QStringLiteral("sync5")),
                          &error));
        m_store->clearSyncProgress(testTenantId);
        QVERIFY(succeeded(m_store->upsertFromDirectory(
                              testTenantId,
                              {member(QStringLiteral("wangwu"), QStringLiteral("王五"), QStringLiteral("3")),
                               member(QStringLiteral("wangwu"), QStringLiteral("王五"), QStringLiteral("2"))},
                              QStringLiteral("sync6")),
                          &error));
        QCOMPARE(m_store->find(wangwu)->department, QStringLiteral("2,3")); // both, none lost
    }

    void filterSortPage() {
        QString error;
        QList<Mapping> members;
        for (int i = 0; i < 30; ++i)
            members << member(QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0')),
                              i % 3 == 0 ? QStringLiteral("张%1").arg(i) : QStringLiteral("Li %1").arg(i),
                              QStringLiteral("1"));
        QVERIFY(succeeded(m_store->upsertFromDirectory(testTenantId, members, QStringLiteral("s")), &error));
        QCOMPARE(m_store->count({QStringLiteral("张"), {}, {}}), 10);
        QCOMPARE(m_store->count({QStringLiteral("li "), {}, {}}), 20); // ASCII case-insensitive
        QCOMPARE(m_store->count({QStringLiteral("100%"), {}, {}}), 0); // wildcards are literal
        QCOMPARE(m_store->count({{}, QStringLiteral("qince"), {}}), 0);
        const QList<Mapping> page = m_store->page({}, Mapping::ExternalId, Qt::DescendingOrder, 5, 10);
        QCOMPARE(page.size(), 10);
        QCOMPARE(page.first().externalId, QStringLiteral("user24"));
        QVERIFY(succeeded(
            m_store->remove({{QStringLiteral("wecom"), testTenantId, QStringLiteral("user00")}}), &error));
        QCOMPARE(m_store->count({}), 29);
    }

    // The trigram search index follows every insert, update and delete, and finds substrings of
    // any column, Chinese included, whatever their case (ASCII); short texts are scanned.
    void searchFollowsTheTable() {
        QString error;
        QVERIFY(succeeded(
            m_store->upsertFromDirectory(
                testTenantId,
                {member(QStringLiteral("zhang.san"), QStringLiteral("欧阳张三丰"), QStringLiteral("研发部")),
                 member(QStringLiteral("li\"si"), QStringLiteral("李四"), QStringLiteral("Sales"))},
                QStringLiteral("s")),
            &error));
        auto found = [&](const QString &text) { return m_store->count({text, {}, {}, {}}); };
        QCOMPARE(found(QStringLiteral("张三丰")), 1);
        QCOMPARE(found(QStringLiteral("ZHANG.S")), 1);
        QCOMPARE(found(QStringLiteral("sales")), 1);
        QCOMPARE(found(QStringLiteral("i\"s")), 1);     // a quote is a character, not syntax
        QCOMPARE(found(QStringLiteral("张三")), 1);     // two characters: scanned
        QCOMPARE(found(QStringLiteral("三丰研发")), 0); // name then department: no match across columns
        QCOMPARE(found(QStringLiteral("li.account")), 0);
        const MappingStore::Key lisi{QStringLiteral("wecom"), testTenantId, QStringLiteral("li\"si")};
        QVERIFY(succeeded(m_store->setLocalAccount(lisi, QStringLiteral("li.account")), &error));
        QCOMPARE(found(QStringLiteral("li.account")), 1);
        QVERIFY(succeeded(m_store->remove({lisi}), &error));
        QCOMPARE(found(QStringLiteral("sales")), 0);
        QCOMPARE(found(QStringLiteral("li.account")), 0);
    }

    // Hardening: mappings and sync progress belong to the tenant's id. A rename takes them along;
    // removal keeps or deletes the mappings and always drops the progress; a new tenant with a
    // removed one's name starts afresh and leaves the kept rows alone.
    void mappingsBelongToTheTenantId() {
        QString error;
        Tenant tenant;
        tenant.name = QStringLiteral("华东分公司");
        tenant.provider = QStringLiteral("wecom");
        QVERIFY2(succeeded(m_tenants->save(tenant), &error), qPrintable(error));
        QVERIFY(succeeded(
            m_store->upsertFromFlow(tenant.id, identity(QStringLiteral("zhangsan"), QStringLiteral("张三")),
                                    QStringLiteral("r1")),
            &error));
        QVERIFY(succeeded(m_store->upsertFromDirectory(
                              tenant.id,
                              {member(QStringLiteral("lisi"), QStringLiteral("李四"), QStringLiteral("2"))},
                              QStringLiteral("sync1")),
                          &error));
        QVERIFY(succeeded(m_store->upsertFromDirectory(tenant.id, {}, QStringLiteral("sync1"), {2}), &error));

        QVERIFY2(succeeded(m_tenants->rename(QStringLiteral("华东分公司"), QStringLiteral("华东")), &error),
                 qPrintable(error));
        QCOMPARE(m_store->count({{}, {}, QStringLiteral("华东"), {}}), 2);
        QCOMPARE(m_store->count({{}, {}, QStringLiteral("华东分公司"), {}}), 0);
        QCOMPARE(m_store->tenants(), QStringList{QStringLiteral("华东")});
        QCOMPARE(m_store->syncProgress(tenant.id).departments, QSet<qint64>{2});
        // A run that began before the rename does not write the old name back.
        QVERIFY(succeeded(m_store->upsertFromFlow(tenant.id,
                                                  identity(QStringLiteral("wangwu"), QStringLiteral("王五")),
                                                  QStringLiteral("r2")),
                          &error));
        QCOMPARE(m_store->find({QStringLiteral("wecom"), tenant.id, QStringLiteral("wangwu")})->tenant,
                 QStringLiteral("华东"));
        QVERIFY(!succeeded(m_tenants->rename(QStringLiteral("no such"), QStringLiteral("x")), &error));
        QVERIFY2(error.contains(QLatin1String("no tenant")), qPrintable(error));

        QVERIFY(succeeded(m_tenants->remove(QStringLiteral("华东"), TenantStore::MappingsOnRemove::Keep),
                          &error));
        QCOMPARE(m_store->count({{}, {}, {}, tenant.id}), 3);
        QVERIFY(m_store->syncProgress(tenant.id).syncRun.isEmpty());

        Tenant successor;
        successor.name = QStringLiteral("华东");
        successor.provider = QStringLiteral("wecom");
        QVERIFY(succeeded(m_tenants->save(successor), &error));
        QVERIFY(successor.id != tenant.id);
        QVERIFY(m_store->syncProgress(successor.id).syncRun.isEmpty()); // nothing stale to resume
        QVERIFY(succeeded(m_store->upsertFromDirectory(
                              successor.id,
                              {member(QStringLiteral("lisi"), QStringLiteral("李四"), QStringLiteral("2"))},
                              QStringLiteral("sync2")),
                          &error));
        QCOMPARE(m_store->markAbsent(successor.id, QStringLiteral("sync2")), 0); // the kept rows are not its
        QVERIFY(m_store->find({QStringLiteral("wecom"), tenant.id, QStringLiteral("lisi")})->present);
        QCOMPARE(m_store->count({{}, {}, {}, successor.id}), 1);
        // By name, the rows of the tenant that bears it now, not those kept from the removed one
        // (an export or the suggestions would otherwise reach them).
        QCOMPARE(m_store->count({{}, {}, QStringLiteral("华东"), {}}), 1);

        QVERIFY(succeeded(m_tenants->remove(QStringLiteral("华东"), TenantStore::MappingsOnRemove::Delete),
                          &error));
        QCOMPARE(m_store->count({{}, {}, {}, successor.id}), 0);
        QCOMPARE(m_store->count({{}, {}, {}, tenant.id}), 3); // the earlier tenant's kept rows stay
        QCOMPARE(m_store->count({{}, {}, QStringLiteral("华东"), {}}), 3); // no tenant has the name: theirs
    }

    void olderDatabasesOpenWithoutLoss_data() {
        QTest::addColumn<int>("version");
        QTest::newRow("schema 1") << 1;
        QTest::newRow("schema 2") << 2;
        QTest::newRow("schema 4") << 4;
    }
    void olderDatabasesOpenWithoutLoss() {
        QFETCH(int, version);
        m_store.reset();
        m_tenants.reset();
        m_database.reset();
        const QString path = m_dir.filePath(QStringLiteral("old%1.sqlite").arg(version));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            // The tables exactly as schema 1 (and 2) created them.
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE tenants (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, provider TEXT "
                "NOT NULL, settings TEXT NOT NULL, redirect_uri TEXT NOT NULL, endpoints TEXT NOT "
                "NULL, demo INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL, updated TEXT NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO tenants VALUES ('id1', '老租户', 'wecom', "
                "'{\"corpid\":\"ww0011223344556677\"}', "
                "'https://a.example/cb', '{}', 0, '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')")));
            if (version >= 2) {
                QVERIFY(q.exec(QStringLiteral("CREATE TABLE last_identities (tenant_id TEXT PRIMARY KEY, "
                                              "external_id TEXT NOT NULL, seen TEXT NOT NULL)")));
                QVERIFY(q.exec(QStringLiteral(
                    "INSERT INTO last_identities VALUES ('id1', 'openid-1', '2025-01-01T00:00:00Z')")));
            }
            if (version >= 4) { // schema 3 and 4 keyed mappings and progress by the tenant's name
                QVERIFY(q.exec(QStringLiteral(
                    "CREATE TABLE mappings (provider TEXT NOT NULL, tenant TEXT NOT NULL, external_id TEXT "
                    "NOT "
                    "NULL, id_type TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', department TEXT NOT NULL "
                    "DEFAULT '', mobile TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', "
                    "secondary_ids TEXT NOT NULL DEFAULT '{}', local_account TEXT NOT NULL DEFAULT '', "
                    "source TEXT NOT NULL, first_seen TEXT NOT NULL, last_verified TEXT NOT NULL DEFAULT '', "
                    "last_run TEXT NOT NULL DEFAULT '', present INTEGER NOT NULL DEFAULT 1, "
                    "sync_run TEXT NOT NULL DEFAULT '', state_verified INTEGER, "
                    "PRIMARY KEY (provider, tenant, external_id))")));
                QVERIFY(
                    q.exec(QStringLiteral("CREATE TABLE sync_progress (tenant TEXT NOT NULL, sync_run TEXT "
                                          "NOT NULL, department_id INTEGER NOT NULL, PRIMARY KEY (tenant, "
                                          "department_id))")));
                QVERIFY(q.exec(QStringLiteral(
                    "INSERT INTO mappings (provider, tenant, external_id, id_type, local_account, source, "
                    "first_seen, state_verified) VALUES ('wecom', '老租户', 'u0', 'userid', 'u.zero', "
                    "'flow', "
                    "'2025-01-01T00:00:00Z', 1), ('wecom', '已删除', 'u0', 'userid', '', 'directory', "
                    "'2025-01-01T00:00:00Z', NULL)")));
                QVERIFY(q.exec(QStringLiteral("INSERT INTO sync_progress VALUES ('老租户', 's1', 7), "
                                              "('已删除', 's0', 9)")));
            }
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        Database database;
        QString error;
        const Status opened = database.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
        TenantStore tenants(database);
        const auto tenant = tenants.find(QStringLiteral("老租户"));
        QVERIFY(tenant);
        QCOMPARE(tenant->setting(QStringLiteral("corpid")), QStringLiteral("ww0011223344556677"));
        if (version >= 2)
            QCOMPARE(tenants.lastIdentity(QStringLiteral("id1")), QStringLiteral("openid-1"));
        MappingStore store(database, &Provider::secondaryIdKeysOf);
        QVERIFY(
            succeeded(store.upsertFromFlow(testTenantId, identity(QStringLiteral("u1"), QStringLiteral("一")),
                                           QStringLiteral("r")),
                      &error));
        if (version < 4) {
            QCOMPARE(store.count({}), 1);
            return;
        }
        // Each row now belongs to its tenant's id; rows of a tenant removed earlier keep one of their
        // own, and the progress of that tenant's sync is gone.
        const auto kept = store.find({QStringLiteral("wecom"), QStringLiteral("id1"), QStringLiteral("u0")});
        QVERIFY(kept);
        QCOMPARE(kept->localAccount, QStringLiteral("u.zero"));
        QCOMPARE(kept->stateVerified, std::optional<bool>(true));
        QCOMPARE(kept->tenant, QStringLiteral("老租户"));
        QVERIFY(
            store.find({QStringLiteral("wecom"), QStringLiteral("removed:已删除"), QStringLiteral("u0")}));
        QCOMPARE(store.count({}), 3);
        QCOMPARE(store.syncProgress(QStringLiteral("id1")).departments, QSet<qint64>{7});
        QVERIFY(store.syncProgress(QStringLiteral("removed:已删除")).syncRun.isEmpty());
    }

    void csvQuotingBomAndFormulaInjection() {
        QString error;
        Mapping withSecondary = member(QStringLiteral("a1"), QStringLiteral("张三"), QStringLiteral("2,3"));
        withSecondary.secondaryIds.insert(QStringLiteral("open_userid"), QStringLiteral("wo-a1"));
        QList<Mapping> members = {
            withSecondary,
            member(QStringLiteral("a2"), QStringLiteral("He said \"hi\""), QStringLiteral("1")),
            member(QStringLiteral("a3"), QStringLiteral("two\nlines"), QStringLiteral("1"))};
        for (const QString &risky :
             {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("+1+cmd|' /C calc'!A0"),
              QStringLiteral("-2+3"), QStringLiteral("@SUM(A1)"), QStringLiteral("\tTab"),
              QStringLiteral("\rCR"), QStringLiteral("-42")})
            members << member(QStringLiteral("r%1").arg(members.size()), risky, QStringLiteral("1"));
        QVERIFY(succeeded(m_store->upsertFromDirectory(testTenantId, members, QStringLiteral("s")), &error));
        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        QCOMPARE(rowsWritten(MappingExport::toFile(*m_store, {}, MappingExport::Format::Csv, path)),
                 members.size());
        // People's names, mobiles and emails: the export is the user's alone.
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QByteArray csv = readAll(path);
        QVERIFY(csv.startsWith(
            "\xEF\xBB\xBF"
            "provider,tenant,external_id,id_type,name,department,mobile,email,"
            "local_account,source,first_seen,last_verified,present,state_verified,secondary_ids\r\n"));
        const QString text = QString::fromUtf8(csv);
        // The secondary ids are one JSON cell, quoted as RFC 4180 wants.
        QVERIFY2(text.contains(QStringLiteral(",\"{\"\"open_userid\"\":\"\"wo-a1\"\"}\"\r\n")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("a1,userid,张三,\"2,3\",")));
        QVERIFY(text.contains(QStringLiteral("\"He said \"\"hi\"\"\"")));
        QVERIFY(text.contains(QStringLiteral("\"two\nlines\"")));
        QVERIFY(text.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\"")));
        for (const QString &neutralised :
             {QStringLiteral(",'+1+cmd|' /C calc'!A0,"), QStringLiteral(",'-2+3,"),
              QStringLiteral(",'@SUM(A1),"), QStringLiteral(",'\tTab,"), QStringLiteral(",\"'\rCR\",")})
            QVERIFY2(text.contains(neutralised), qPrintable(neutralised));
        QVERIFY(text.contains(QStringLiteral(",-42,"))); // a number runs nothing: kept as it is
        QCOMPARE(MappingExport::csvCell(QStringLiteral("ordinary")), QStringLiteral("ordinary"));
    }

    // The CSV is data: read back by Python's csv module, every id, mobile and leading zero is as it
    // was (no ="…" wrapper), and a formula-looking name is neutralised by one '.
    void csvRoundTripsThroughPython() {
        QString error;
        Mapping m =
            member(QStringLiteral("1234567890123456789"), QStringLiteral("钱七"), QStringLiteral("1"));
        m.mobile = QStringLiteral("+8613800000001");
        Mapping zero = member(QStringLiteral("0012345"), QStringLiteral("=1+1"), QStringLiteral("2"));
        zero.mobile = QStringLiteral("013800000002");
        QVERIFY(
            succeeded(m_store->upsertFromDirectory(testTenantId, {m, zero}, QStringLiteral("s")), &error));
        const QString path = m_dir.filePath(QStringLiteral("numbers.csv"));
        QCOMPARE(rowsWritten(MappingExport::toFile(*m_store, {}, MappingExport::Format::Csv, path)), 2);
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), // Debian's, with python3-openpyxl

                     {QStringLiteral("-c"),
                      QStringLiteral(
                          "import csv, json, sys\n"
                          "rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig', newline='')))\n"
                          "print(json.dumps({r['external_id']: [r['mobile'], r['name']] for r in rows}))"),
                      path});
        QVERIFY2(python.waitForFinished(30000) && python.exitCode() == 0,
                 python.readAllStandardError().constData());
        const QJsonObject read = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.value(QLatin1String("1234567890123456789")).toArray(),
                 (QJsonArray{QStringLiteral("+8613800000001"), QStringLiteral("钱七")}));
        QCOMPARE(read.value(QLatin1String("0012345")).toArray(),
                 (QJsonArray{QStringLiteral("013800000002"), QStringLiteral("'=1+1")}));
        // Times are exported in local time with their offset.
        const QList<Mapping> rows = m_store->page({}, Mapping::Name, Qt::AscendingOrder, 0, 1);
        const QString firstSeen = MappingExport::exportValue(rows.constFirst(), Mapping::FirstSeen);
        const QDateTime parsed = QDateTime::fromString(firstSeen, Qt::ISODate);
        QVERIFY2(parsed.isValid() &&
                     QRegularExpression(QStringLiteral("[+-]\\d\\d:\\d\\d$|Z$")).match(firstSeen).hasMatch(),
                 qPrintable(firstSeen));
        QCOMPARE(parsed.toUTC(),
                 QDateTime::fromString(rows.constFirst().firstSeen, Qt::ISODateWithMs).toUTC());
    }

    // The workbook, read by a real reader (openpyxl): ids and mobiles are text cells, times are
    // date cells in local time, the header is frozen with filters; the file is the user's alone and
    // nothing else is left beside it. The audit trail gets the same.
    void xlsxForPeople() {
        QString error;
        Mapping m =
            member(QStringLiteral("1234567890123456789"), QStringLiteral("钱七"), QStringLiteral("1"));
        m.mobile = QStringLiteral("013800000002");
        QVERIFY(succeeded(m_store->upsertFromDirectory(testTenantId, {m}, QStringLiteral("s")), &error));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mappings.xlsx"));
        QCOMPARE(rowsWritten(MappingExport::toFile(*m_store, {}, MappingExport::Format::Xlsx, path)), 1);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("mappings.xlsx")});
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const QList<AuditTrail::Entry> audit = {
            {QStringLiteral("2026-12-02T06:00:00.000Z"), QStringLiteral("alice@laptop"),
             QStringLiteral("tenant.create"), QStringLiteral("=acme"), QString()}};
        const QString auditPath = dir.filePath(QStringLiteral("audit.xlsx"));
        const Status auditWritten = MappingExport::auditXlsx(audit, auditPath);
        QVERIFY2(auditWritten.ok(), qPrintable(auditWritten.errorText()));
        QProcess python;
        python.start(
            QStringLiteral("/usr/bin/python3"), // Debian's, with python3-openpyxl
            {QStringLiteral("-c"),
             QStringLiteral(
                 "import json, sys, openpyxl\n"
                 "def cells(path):\n"
                 "    ws = openpyxl.load_workbook(path).worksheets[0]\n"
                 "    rows = list(ws.iter_rows())\n"
                 "    head = [c.value for c in rows[0]]\n"
                 "    return ws, {h: [c.data_type, c.is_date, str(c.value)] for h, c in zip(head, rows[1])}\n"
                 "ws, row = cells(sys.argv[1])\n"
                 "_, audit = cells(sys.argv[2])\n"
                 "print(json.dumps({'freeze': ws.freeze_panes, 'filter': ws.auto_filter.ref, 'title': "
                 "ws.title,"
                 " 'row': row, 'audit': audit}))"),
             path, auditPath});
        QVERIFY2(python.waitForFinished(30000) && python.exitCode() == 0,
                 python.readAllStandardError().constData());
        const QJsonObject read = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        QCOMPARE(read.value(QLatin1String("freeze")).toString(), QStringLiteral("A2"));
        QVERIFY2(read.value(QLatin1String("filter")).toString().startsWith(QLatin1String("A1:")),
                 qPrintable(read.value(QLatin1String("filter")).toString()));
        const QJsonObject row = read.value(QLatin1String("row")).toObject();
        QCOMPARE(row.value(QLatin1String("external_id")).toArray(),
                 (QJsonArray{QStringLiteral("s"), false, QStringLiteral("1234567890123456789")}));
        QCOMPARE(row.value(QLatin1String("mobile")).toArray(),
                 (QJsonArray{QStringLiteral("s"), false, QStringLiteral("013800000002")}));
        const QJsonArray firstSeen = row.value(QLatin1String("first_seen")).toArray();
        QCOMPARE(firstSeen.at(1).toBool(), true); // a date cell
        const QString local =
            QDateTime::fromString(
                m_store->find({QStringLiteral("wecom"), testTenantId, QStringLiteral("1234567890123456789")})
                    ->firstSeen,
                Qt::ISODateWithMs)
                .toLocalTime()
                .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QVERIFY2(firstSeen.at(2).toString().startsWith(local), qPrintable(firstSeen.at(2).toString()));
        QCOMPARE(row.value(QLatin1String("present")).toArray().at(0).toString(), QStringLiteral("b"));
        const QJsonObject auditRow = read.value(QLatin1String("audit")).toObject();
        QCOMPARE(auditRow.value(QLatin1String("at")).toArray().at(1).toBool(), true);
        QCOMPARE(auditRow.value(QLatin1String("object")).toArray().at(2).toString(), QStringLiteral("=acme"));
        QCOMPARE(auditRow.value(QLatin1String("object")).toArray().at(0).toString(),
                 QStringLiteral("s")); // text
    }

    // The company's list, matched by mobile under columns of its own names: a plan first (what
    // would be set, what conflicts, what matches nobody or several), then one transaction that
    // refuses a row changed since the plan; a bad file plans nothing and says why.
    void importPlansThenApplies() {
        QString error;
        Mapping a = member(QStringLiteral("a"), QStringLiteral("甲"), QStringLiteral("1"));
        a.mobile = QStringLiteral("+86 138 0000 0001");
        Mapping b = member(QStringLiteral("b"), QStringLiteral("乙"), QStringLiteral("1"));
        b.mobile = QStringLiteral("13800000002");
        Mapping c = member(QStringLiteral("c"), QStringLiteral("丙"), QStringLiteral("1"));
        c.mobile = QStringLiteral("13800000003");
        Mapping d = member(QStringLiteral("d"), QStringLiteral("丁"), QStringLiteral("1"));
        d.mobile = QStringLiteral("13800000003");
        QVERIFY(
            succeeded(m_store->upsertFromDirectory(testTenantId, {a, b, c, d}, QStringLiteral("s")), &error));
        const MappingStore::Key keyA{QStringLiteral("wecom"), testTenantId, QStringLiteral("a")};
        const MappingStore::Key keyB{QStringLiteral("wecom"), testTenantId, QStringLiteral("b")};
        QVERIFY(succeeded(m_store->setLocalAccount(keyB, QStringLiteral("b.old")), &error));
        auto write = [&](const QString &name, const QByteArray &content) {
            const QString path = m_dir.filePath(name);
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() ? path
                                                                                            : QString();
        };
        const QString list =
            write(QStringLiteral("people.csv"), "\xEF\xBB\xBF\xE6\x89\x8B\xE6\x9C\xBA,account\r\n"
                                                "138-0000-0001,a.new\r\n"
                                                "13800000002,b.new\r\n"
                                                "13800000003,\"c,d\"\r\n"
                                                "13900000000,nobody\r\n");
        const QHash<QString, QString> columns{{QStringLiteral("mobile"), QStringLiteral("手机")},
                                              {QStringLiteral("local_account"), QStringLiteral("account")}};
        const Result<MappingImport::Plan> planned =
            MappingImport::plan(*m_store, list, MappingImport::Match::Mobile, columns);
        QVERIFY2(planned.ok(), qPrintable(planned.errorText()));
        const MappingImport::Plan &plan = planned.value();
        QCOMPARE(plan.changes.size(), 1);
        QCOMPARE(plan.changes.first().key.externalId, QStringLiteral("a"));
        QCOMPARE(plan.changes.first().account, QStringLiteral("a.new"));
        QCOMPARE(plan.conflicts.size(), 1);
        QCOMPARE(plan.conflicts.first().before, QStringLiteral("b.old"));
        QCOMPARE(plan.ambiguous, QList<int>{4});
        QCOMPARE(plan.unmatched, QList<int>{5});
        QCOMPARE(m_store->find(keyA)->localAccount, QString()); // a plan writes nothing

        // Someone sets a's account after the plan: the plan is refused whole.
        QVERIFY(succeeded(m_store->setLocalAccount(keyA, QStringLiteral("a.meanwhile")), &error));
        QVERIFY(!succeeded(m_store->setLocalAccounts(plan.changes, QStringLiteral("test")), &error));
        QVERIFY2(error.contains(QLatin1String("changed since the preview")), qPrintable(error));
        QCOMPARE(m_store->find(keyA)->localAccount, QStringLiteral("a.meanwhile"));
        QVERIFY(succeeded(m_store->setLocalAccount(keyA, QString()), &error));
        const Result<MappingImport::Plan> again =
            MappingImport::plan(*m_store, list, MappingImport::Match::Mobile, columns);
        QVERIFY(succeeded(m_store->setLocalAccounts(again.value().changes, QStringLiteral("people.csv")),
                          &error));
        QCOMPARE(m_store->find(keyA)->localAccount, QStringLiteral("a.new"));
        QCOMPARE(m_store->find(keyB)->localAccount, QStringLiteral("b.old")); // a conflict is left alone

        // Bad files: each says what is wrong, and plans nothing.
        const QList<QPair<QString, QByteArray>> bad = {
            {QStringLiteral("twice.csv"), "mobile,local_account\n13800000002,x\n138 0000 0002,y\n"},
            {QStringLiteral("open.csv"), "mobile,local_account\n\"13800000002,x\n"},
            {QStringLiteral("columns.csv"), "phone,login\n13800000002,x\n"},
            {QStringLiteral("empty.csv"), "mobile,local_account\n"},
            {QStringLiteral("sheet.xlsx"), "PK"}};
        const QStringList said = {QStringLiteral("twice"), QStringLiteral("never closed"),
                                  QStringLiteral("no column \"mobile\" (its columns: phone, login)"),
                                  QStringLiteral("no rows"), QStringLiteral("not an Excel workbook")};
        for (int i = 0; i < bad.size(); ++i) {
            const Result<MappingImport::Plan> refused = MappingImport::plan(
                *m_store, write(bad.at(i).first, bad.at(i).second), MappingImport::Match::Mobile, {});
            QVERIFY(!refused.ok());
            QVERIFY2(refused.errorText().contains(said.at(i)), qPrintable(refused.errorText()));
        }
    }

    // An Excel workbook imports as a CSV list does: one written by Excel's own kind of writer
    // (openpyxl: shared strings, a number cell for a mobile, the list not on a sheet named Sheet1)
    // and one of AuthDesk's own exports (inline strings), read back as what was exported.
    void importFromExcel() {
        QString error;
        Mapping a = member(QStringLiteral("x1"), QStringLiteral("甲"), QStringLiteral("1"));
        a.mobile = QStringLiteral("13800000001");
        Mapping b = member(QStringLiteral("x2"), QStringLiteral("乙"), QStringLiteral("1"));
        b.mobile = QStringLiteral("13800000002");
        QVERIFY(succeeded(m_store->upsertFromDirectory(testTenantId, {a, b}, QStringLiteral("s")), &error));
        QTemporaryDir dir;
        const QString byExcel = dir.filePath(QStringLiteral("people.xlsx"));
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), // Debian's, with python3-openpyxl
                     {QStringLiteral("-c"),
                      QStringLiteral("import openpyxl, sys\n"
                                     "wb = openpyxl.Workbook()\n"
                                     "ws = wb.active\n"
                                     "ws.title = '通讯录'\n"
                                     "ws.append(['手机', '账号'])\n"
                                     "ws.append(['138 0000 0001', 'jia'])\n"
                                     "ws.append([13800000002, 'yi'])\n"
                                     "wb.save(sys.argv[1])"),
                      byExcel});
        QVERIFY2(python.waitForFinished(30000) && python.exitCode() == 0,
                 python.readAllStandardError().constData());
        const Result<MappingImport::Plan> planned =
            MappingImport::plan(*m_store, byExcel, MappingImport::Match::Mobile,
                                {{QStringLiteral("mobile"), QStringLiteral("手机")},
                                 {QStringLiteral("local_account"), QStringLiteral("账号")}});
        QVERIFY2(planned.ok(), qPrintable(planned.errorText()));
        QCOMPARE(planned.value().changes.size(), 2);
        QVERIFY(succeeded(MappingImport::apply(*m_store, planned.value(), byExcel), &error));
        const MappingStore::Key keyB{QStringLiteral("wecom"), testTenantId, QStringLiteral("x2")};
        QCOMPARE(m_store->find(keyB)->localAccount, QStringLiteral("yi"));

        // AuthDesk's own workbook comes back as it went out.
        const QString ours = dir.filePath(QStringLiteral("ours.xlsx"));
        QCOMPARE(rowsWritten(MappingExport::toFile(*m_store, {}, MappingExport::Format::Xlsx, ours)), 2);
        QVERIFY(succeeded(m_store->setLocalAccount(keyB, QString()), &error));
        const Result<MappingImport::Plan> back =
            MappingImport::plan(*m_store, ours, MappingImport::Match::ExternalId, {});
        QVERIFY2(back.ok(), qPrintable(back.errorText()));
        QCOMPARE(back.value().changes.size(), 1);
        QCOMPARE(back.value().changes.first().account, QStringLiteral("yi"));
        QCOMPARE(back.value().unchanged, 1);
    }

    // Chinese names sort by their pinyin, not by code point (张 U+5F20 comes before 李 U+674E).
    void namesSortByPinyin() {
        QString error;
        QList<Mapping> members;
        for (const QString &name :
             {QStringLiteral("赵六"), QStringLiteral("张三"), QStringLiteral("王五"), QStringLiteral("李四")})
            members << member(QStringLiteral("p%1").arg(members.size()), name, QStringLiteral("1"));
        QVERIFY(succeeded(m_store->upsertFromDirectory(testTenantId, members, QStringLiteral("s")), &error));
        QStringList order;
        for (const Mapping &m : m_store->page({}, Mapping::Name, Qt::AscendingOrder, 0, 10))
            order << m.name;
        QCOMPARE(order, (QStringList{QStringLiteral("李四"), QStringLiteral("王五"), QStringLiteral("张三"),
                                     QStringLiteral("赵六")}));
        order.clear();
        for (const Mapping &m : m_store->page({}, Mapping::Name, Qt::DescendingOrder, 0, 10))
            order << m.name;
        QCOMPARE(order.constFirst(), QStringLiteral("赵六"));
    }

    // Found by fuzzing: values were expanded again when they looked like placeholders.
    void localAccountTemplatesExpandOnce() {
        Mapping m;
        m.externalId = QStringLiteral("{name}");
        m.name = QStringLiteral("{email}");
        m.email = QStringLiteral("a@b.c");
        QCOMPARE(LocalAccountRule::apply(QStringLiteral("template:{userid}"), m), QStringLiteral("{name}"));
        QCOMPARE(LocalAccountRule::apply(QStringLiteral("template:{name}+{email_local}"), m),
                 QStringLiteral("{email}+a"));
        m.externalId = QStringLiteral("zhangsan");
        QCOMPARE(LocalAccountRule::apply(QStringLiteral("template:{userid}@corp.example"), m),
                 QStringLiteral("zhangsan@corp.example"));
        m.mobile.clear();
        QCOMPARE(LocalAccountRule::apply(QStringLiteral("template:{mobile}"), m),
                 QString()); // a hole: no suggestion
    }

    void jsonExport() {
        QString error;
        QVERIFY(succeeded(m_store->upsertFromFlow(
                              testTenantId, identity(QStringLiteral("zhangsan"), QStringLiteral("张三")),
                              QStringLiteral("r")),
                          &error));
        QVERIFY(succeeded(
            m_store->setLocalAccount({QStringLiteral("wecom"), testTenantId, QStringLiteral("zhangsan")},
                                     QStringLiteral("zs")),
            &error));
        const QString path = m_dir.filePath(QStringLiteral("out.json"));
        QCOMPARE(rowsWritten(MappingExport::toFile(*m_store, {}, MappingExport::Format::Json, path)), 1);
        const QJsonArray array = QJsonDocument::fromJson(readAll(path)).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject row = array.first().toObject();
        for (const char *key : {"provider", "tenant", "external_id", "id_type", "name", "department",
                                "mobile", "email", "local_account", "source", "first_seen", "last_verified"})
            QVERIFY2(row.contains(QLatin1String(key)), key);
        QCOMPARE(row.value(QLatin1String("name")).toString(), QStringLiteral("张三"));
        QCOMPARE(row.value(QLatin1String("local_account")).toString(), QStringLiteral("zs"));
        QVERIFY(row.value(QLatin1String("mobile")).isNull());
        // Exports say what they know: present, whether the state was verified, null for unknown.
        QCOMPARE(row.value(QLatin1String("present")), QJsonValue(true));
        QCOMPARE(row.value(QLatin1String("state_verified")), QJsonValue(true));
        QVERIFY(row.contains(QLatin1String("secondary_ids")));
        // An unverified run (a pasted URL) is recorded, unverified and unstamped.
        Identity pasted = identity(QStringLiteral("lisi"), QStringLiteral("李四"));
        pasted.stateVerified = false;
        QVERIFY(succeeded(m_store->upsertFromFlow(testTenantId, pasted, QStringLiteral("r2")), &error));
        const auto lisi = m_store->find({QStringLiteral("wecom"), testTenantId, QStringLiteral("lisi")});
        QVERIFY(lisi);
        QCOMPARE(lisi->stateVerified, std::optional<bool>(false));
        QVERIFY(lisi->lastVerified.isEmpty());
        QCOMPARE(rowsWritten(MappingExport::toFile(*m_store, {}, MappingExport::Format::Json, path)), 2);
        for (const QJsonValue &value : QJsonDocument::fromJson(readAll(path)).array()) {
            const QJsonObject exported = value.toObject();
            if (exported.value(QLatin1String("external_id")).toString() != QLatin1String("lisi"))
                continue;
            QCOMPARE(exported.value(QLatin1String("state_verified")), QJsonValue(false));
            QVERIFY(exported.value(QLatin1String("last_verified")).isNull());
            QVERIFY(exported.value(QLatin1String("local_account")).isNull()); // unknown is null, never ""
        }
        // A later unverified run does not undo a verification.
        Identity again = identity(QStringLiteral("zhangsan"), QStringLiteral("张三"));
        again.stateVerified = false;
        QVERIFY(succeeded(m_store->upsertFromFlow(testTenantId, again, QStringLiteral("r3")), &error));
        const auto zhangsan =
            m_store->find({QStringLiteral("wecom"), testTenantId, QStringLiteral("zhangsan")});
        QCOMPARE(zhangsan->stateVerified, std::optional<bool>(true));
        QVERIFY(!zhangsan->lastVerified.isEmpty());
        QVERIFY(succeeded(m_store->remove({{QStringLiteral("wecom"), testTenantId, QStringLiteral("lisi")}}),
                          &error));
        // An empty selection is still a valid document.
        QCOMPARE(rowsWritten(MappingExport::toFile(*m_store, {{}, QStringLiteral("qince"), {}},
                                                   MappingExport::Format::Json, path)),
                 0);
        QCOMPARE(QJsonDocument::fromJson(readAll(path)).array().size(), 0);
    }

    void failedOrCancelledExportLeavesNoHalfFile() {
        QString error;
        QList<Mapping> members;
        for (int i = 0; i < 2000; ++i)
            members << member(QStringLiteral("m%1").arg(i), QStringLiteral("成员%1").arg(i),
                              QStringLiteral("1"));
        QVERIFY(succeeded(m_store->upsertFromDirectory(testTenantId, members, QStringLiteral("s")), &error));
        const QString path = m_dir.filePath(QStringLiteral("keep.csv"));
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("the previous export\n");
        previous.close();
        const Result<int> stopped = MappingExport::toFile(*m_store, {}, MappingExport::Format::Csv, path,
                                                          [](int done) { return done < 1000; });
        QVERIFY(stopped.error().is(Error::Kind::Cancelled));
        QVERIFY(stopped.errorText().contains(QLatin1String("cancelled")));
        QCOMPARE(readAll(path), QByteArray("the previous export\n"));
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral("keep.csv.*")}, QDir::Files | QDir::Hidden)
                    .isEmpty());

        const QString nowhere = m_dir.filePath(QStringLiteral("missing/dir/out.csv"));
        const Result<int> refused = MappingExport::toFile(*m_store, {}, MappingExport::Format::Csv, nowhere);
        QVERIFY2(refused.errorText().contains(QLatin1String("Cannot write")),
                 qPrintable(refused.errorText()));
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestMappings)
#include "tst_mappings.moc"
