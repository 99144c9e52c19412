// The mapping store on real SQLite: upserts that keep local accounts, directory merges,
// migrations from older schemas, filters, and the CSV/JSON export with its atomic write.
#include "LocalAccountRule.h"
#include "MappingExport.h"
#include "MappingStore.h"
#include "TenantStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
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
    std::unique_ptr<TenantStore> m_database;
    std::unique_ptr<MappingStore> m_store;

private slots:
    void init() {
        m_store.reset();
        m_database = std::make_unique<TenantStore>();
        QString error;
        QFile::remove(m_dir.filePath(QStringLiteral("db.sqlite")));
        QVERIFY2(m_database->open(m_dir.filePath(QStringLiteral("db.sqlite")), &error), qPrintable(error));
        m_store = std::make_unique<MappingStore>(*m_database);
    }

    void reverificationKeepsLocalAccount() {
        QString error;
        QVERIFY2(m_store->upsertFromFlow(identity(QStringLiteral("zhangsan"), QStringLiteral("张三"),
                                                  QStringLiteral("z@example.com")),
                                         QStringLiteral("run1"), &error),
                 qPrintable(error));
        const MappingStore::Key key{QStringLiteral("wecom"), QStringLiteral("华东分公司"),
                                    QStringLiteral("zhangsan")};
        QVERIFY(m_store->setLocalAccount(key, QStringLiteral("zhang.san"), &error));
        const Mapping first = *m_store->find(key);
        QTest::qWait(1100); // timestamps have second resolution
        QVERIFY(m_store->upsertFromFlow(identity(QStringLiteral("zhangsan"), QStringLiteral("张三丰")),
                                        QStringLiteral("run2"), &error));
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
        QVERIFY(m_store->upsertFromDirectory(
            {member(QStringLiteral("lisi"), QStringLiteral("李四"), QStringLiteral("2")),
             member(QStringLiteral("wangwu"), QStringLiteral("王五"), QStringLiteral("2"))},
            QStringLiteral("sync1"), &error));
        QVERIFY(m_store->upsertFromDirectory(
            {member(QStringLiteral("lisi"), QStringLiteral("李四"), QStringLiteral("3"))},
            QStringLiteral("sync1"), &error));
        const MappingStore::Key lisi{QStringLiteral("wecom"), QStringLiteral("华东分公司"),
                                     QStringLiteral("lisi")};
        QCOMPARE(m_store->find(lisi)->department, QStringLiteral("2,3")); // one row, both departments
        QVERIFY(m_store->setLocalAccount(lisi, QStringLiteral("li.si"), &error));
        // The next sync no longer lists wangwu.
        QVERIFY(m_store->upsertFromDirectory(
            {member(QStringLiteral("lisi"), QStringLiteral("李四"), QStringLiteral("3"))},
            QStringLiteral("sync2"), &error));
        QCOMPARE(m_store->markAbsent(QStringLiteral("wecom"), QStringLiteral("华东分公司"),
                                     QStringLiteral("sync2")),
                 1);
        QVERIFY(
            !m_store->find({QStringLiteral("wecom"), QStringLiteral("华东分公司"), QStringLiteral("wangwu")})
                 ->present);
        QCOMPARE(m_store->find(lisi)->department, QStringLiteral("3"));
        QCOMPARE(m_store->find(lisi)->localAccount, QStringLiteral("li.si"));
    }

    void filterSortPage() {
        QString error;
        QList<Mapping> members;
        for (int i = 0; i < 30; ++i)
            members << member(QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0')),
                              i % 3 == 0 ? QStringLiteral("张%1").arg(i) : QStringLiteral("Li %1").arg(i),
                              QStringLiteral("1"));
        QVERIFY(m_store->upsertFromDirectory(members, QStringLiteral("s"), &error));
        QCOMPARE(m_store->count({QStringLiteral("张"), {}, {}}), 10);
        QCOMPARE(m_store->count({QStringLiteral("li "), {}, {}}), 20); // ASCII case-insensitive
        QCOMPARE(m_store->count({QStringLiteral("100%"), {}, {}}), 0); // wildcards are literal
        QCOMPARE(m_store->count({{}, QStringLiteral("qince"), {}}), 0);
        const QList<Mapping> page = m_store->page({}, Mapping::ExternalId, Qt::DescendingOrder, 5, 10);
        QCOMPARE(page.size(), 10);
        QCOMPARE(page.first().externalId, QStringLiteral("user24"));
        QVERIFY(m_store->remove(
            {{QStringLiteral("wecom"), QStringLiteral("华东分公司"), QStringLiteral("user00")}}, &error));
        QCOMPARE(m_store->count({}), 29);
    }

    void olderDatabasesOpenWithoutLoss_data() {
        QTest::addColumn<int>("version");
        QTest::newRow("schema 1") << 1;
        QTest::newRow("schema 2") << 2;
    }
    void olderDatabasesOpenWithoutLoss() {
        QFETCH(int, version);
        m_store.reset();
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
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        TenantStore database;
        QString error;
        QVERIFY2(database.open(path, &error), qPrintable(error));
        const auto tenant = database.find(QStringLiteral("老租户"));
        QVERIFY(tenant);
        QCOMPARE(tenant->setting(QStringLiteral("corpid")), QStringLiteral("ww0011223344556677"));
        if (version >= 2)
            QCOMPARE(database.lastIdentity(QStringLiteral("id1")), QStringLiteral("openid-1"));
        MappingStore store(database);
        QVERIFY(store.upsertFromFlow(identity(QStringLiteral("u1"), QStringLiteral("一")),
                                     QStringLiteral("r"), &error));
        QCOMPARE(store.count({}), 1);
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
             {QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("+1"), QStringLiteral("-2"),
              QStringLiteral("@SUM(A1)"), QStringLiteral("\tTab"), QStringLiteral("\rCR")})
            members << member(QStringLiteral("r%1").arg(members.size()), risky, QStringLiteral("1"));
        QVERIFY(m_store->upsertFromDirectory(members, QStringLiteral("s"), &error));
        const QString path = m_dir.filePath(QStringLiteral("out.csv"));
        QCOMPARE(MappingExport::toFile(*m_store, {}, MappingExport::Format::Csv, path, &error),
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
             {QStringLiteral(",'+1,"), QStringLiteral(",'-2,"), QStringLiteral(",'@SUM(A1),"),
              QStringLiteral(",'\tTab,"), QStringLiteral(",\"'\rCR\",")})
            QVERIFY2(text.contains(neutralised), qPrintable(neutralised));
        QCOMPARE(MappingExport::csvCell(QStringLiteral("ordinary")), QStringLiteral("ordinary"));
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
        QVERIFY(m_store->upsertFromFlow(identity(QStringLiteral("zhangsan"), QStringLiteral("张三")),
                                        QStringLiteral("r"), &error));
        QVERIFY(m_store->setLocalAccount(
            {QStringLiteral("wecom"), QStringLiteral("华东分公司"), QStringLiteral("zhangsan")},
            QStringLiteral("zs"), &error));
        const QString path = m_dir.filePath(QStringLiteral("out.json"));
        QCOMPARE(MappingExport::toFile(*m_store, {}, MappingExport::Format::Json, path, &error), 1);
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
        QVERIFY(m_store->upsertFromFlow(pasted, QStringLiteral("r2"), &error));
        const auto lisi =
            m_store->find({QStringLiteral("wecom"), QStringLiteral("华东分公司"), QStringLiteral("lisi")});
        QVERIFY(lisi);
        QCOMPARE(lisi->stateVerified, std::optional<bool>(false));
        QVERIFY(lisi->lastVerified.isEmpty());
        QCOMPARE(MappingExport::toFile(*m_store, {}, MappingExport::Format::Json, path, &error), 2);
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
        QVERIFY(m_store->upsertFromFlow(again, QStringLiteral("r3"), &error));
        const auto zhangsan = m_store->find(
            {QStringLiteral("wecom"), QStringLiteral("华东分公司"), QStringLiteral("zhangsan")});
        QCOMPARE(zhangsan->stateVerified, std::optional<bool>(true));
        QVERIFY(!zhangsan->lastVerified.isEmpty());
        QVERIFY(m_store->remove(
            {{QStringLiteral("wecom"), QStringLiteral("华东分公司"), QStringLiteral("lisi")}}, &error));
        // An empty selection is still a valid document.
        QCOMPARE(MappingExport::toFile(*m_store, {{}, QStringLiteral("qince"), {}},
                                       MappingExport::Format::Json, path, &error),
                 0);
        QCOMPARE(QJsonDocument::fromJson(readAll(path)).array().size(), 0);
    }

    void failedOrCancelledExportLeavesNoHalfFile() {
        QString error;
        QList<Mapping> members;
        for (int i = 0; i < 2000; ++i)
            members << member(QStringLiteral("m%1").arg(i), QStringLiteral("成员%1").arg(i),
                              QStringLiteral("1"));
        QVERIFY(m_store->upsertFromDirectory(members, QStringLiteral("s"), &error));
        const QString path = m_dir.filePath(QStringLiteral("keep.csv"));
        QFile previous(path);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("the previous export\n");
        previous.close();
        const int rows = MappingExport::toFile(*m_store, {}, MappingExport::Format::Csv, path, &error,
                                               [](int done) { return done < 1000; });
        QCOMPARE(rows, -1);
        QVERIFY(error.contains(QLatin1String("cancelled")));
        QCOMPARE(readAll(path), QByteArray("the previous export\n"));
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral("keep.csv.*")}, QDir::Files | QDir::Hidden)
                    .isEmpty());

        const QString nowhere = m_dir.filePath(QStringLiteral("missing/dir/out.csv"));
        QCOMPARE(MappingExport::toFile(*m_store, {}, MappingExport::Format::Csv, nowhere, &error), -1);
        QVERIFY2(error.contains(QLatin1String("Cannot write")), qPrintable(error));
        QVERIFY(!QFile::exists(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestMappings)
#include "tst_mappings.moc"
