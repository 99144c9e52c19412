// The store on both engines: SQLite and a real PostgreSQL 15 that scripts/postgres-session.sh
// starts on loopback (AUTHDESK_TEST_PG_URL, _PASSWORD, _STOP, _START). Tenants, mappings (search,
// pinyin order, local accounts), runs and the audit trail on each; then what a shared store adds:
// an edit made from a stale copy is a conflict, another process's change arrives by NOTIFY, one
// admin syncs a tenant at a time, `store migrate` copies 100,000 rows with equal counts and
// checksums (twice: nothing changes), a server stopped mid-copy leaves nothing half-written, and
// each failure to connect says what to do.
#include "../support/Succeeded.h"
#include "TestSupport.h"
#include "run/DirectorySync.h"
#include "store/HealthHistory.h"
#include "store/Migrations.h"
#include "store/RunHistory.h"
#include "store/StoreUrl.h"
#include "workspace/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace TestSupport;

class TestStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_pgUrl;
    QString m_pgPassword;

    StoreUrl freshPostgres() { return freshPostgresDatabase(QStringLiteral("t_")); }
    StoreUrl freshStore(const QString &engine) {
        return engine == QLatin1String("sqlite")
                   ? StoreUrl::sqlite(m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128) +
                                                     QStringLiteral(".sqlite")))
                   : freshPostgres();
    }
    bool open(Workspace &workspace, const StoreUrl &url) {
        QString error;
        const bool ok = succeeded(workspace.open(url, url.isPostgres() ? m_pgPassword : QString()), &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }
    // The authdesk binary on `url`, with the password in this test's keychain.
    struct Run {
        int exitCode;
        QByteArray out, err;
    };
    Run authdesk(const QStringList &arguments, const QByteArray &input = {}) {
        QProcess process;
        process.start(QStringLiteral(AUTHDESK_BINARY), arguments);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(180000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }
    // Whether another session is inserting into `url`'s mappings right now (a copy under way).
    bool writingMappings(const StoreUrl &url) {
        const QString connection = QStringLiteral("watch-copy");
        bool writing = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(url.host);
            db.setPort(url.port);
            db.setDatabaseName(url.database);
            db.setUserName(url.user);
            db.setPassword(m_pgPassword);
            QSqlQuery q(db);
            writing =
                db.open() &&
                q.exec(QStringLiteral("SELECT COUNT(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                                      "WHERE c.relname = 'mappings' AND l.mode = 'RowExclusiveLock' AND "
                                      "l.pid <> pg_backend_pid()")) &&
                q.next() && q.value(0).toInt() > 0;
        }
        QSqlDatabase::removeDatabase(connection);
        return writing;
    }
    bool login(const StoreUrl &url) {
        const Run run = authdesk({QStringLiteral("--store"), url.toString(), QStringLiteral("store"),
                                  QStringLiteral("login"), QStringLiteral("--password-stdin")},
                                 m_pgPassword.toUtf8() + '\n');
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.exitCode == 0;
    }
    static Mapping member(const QString &id, const QString &name) {
        Mapping m;
        m.provider = QStringLiteral("wecom");
        m.tenant = QStringLiteral("acme");
        m.externalId = id;
        m.idType = QStringLiteral("userid");
        m.name = name;
        m.department = QStringLiteral("1");
        return m;
    }
    static Tenant wecom(const QString &name) {
        Tenant t = wecomTenant(QUrl(QStringLiteral("http://127.0.0.1:9")), name);
        return t;
    }

private slots:
    void initTestCase() {
        m_pgUrl = qEnvironmentVariable("AUTHDESK_TEST_PG_URL");
        m_pgPassword = qEnvironmentVariable("AUTHDESK_TEST_PG_PASSWORD");
        QVERIFY2(!m_pgUrl.isEmpty(),
                 "no PostgreSQL: run the suite through scripts/test.sh, which starts one");
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    }

    void storeUrls() {
        QVERIFY(StoreUrl::parse(QStringLiteral("postgresql://alice@db.example.com/authdesk")).ok());
        QCOMPARE(
            StoreUrl::parse(QStringLiteral("postgresql://alice@db.example.com/authdesk")).value().sslMode,
            QStringLiteral("verify-full"));
        QVERIFY(StoreUrl::parse(QStringLiteral("postgresql://alice:secret@db.example.com/authdesk"))
                    .errorText()
                    .contains(QLatin1String("store login")));
        QVERIFY(StoreUrl::parse(QStringLiteral("postgresql://alice@db.example.com/authdesk?sslmode=disable"))
                    .errorText()
                    .contains(QLatin1String("loopback")));
        // What the URL leaves out is libpq's default: the login name, the default socket.
        QCOMPARE(StoreUrl::parse(QStringLiteral("postgresql://127.0.0.1/authdesk")).value().user, QString());
        const StoreUrl socket =
            StoreUrl::parse(QStringLiteral("postgresql:///authdesk?host=/run/postgresql")).value();
        QVERIFY(socket.isSocket());
        QCOMPARE(socket.sslMode, QStringLiteral("disable")); // no TLS on a Unix socket
        QVERIFY(StoreUrl::parse(QStringLiteral("postgresql:///authdesk")).value().isSocket());
        QVERIFY(StoreUrl::parse(QStringLiteral("postgresql://a@db.example.com/a?sslpassword=x"))
                    .errorText()
                    .contains(QLatin1String("sslpassword")));
        QVERIFY(!StoreUrl::parse(QStringLiteral("mysql://a@b/c")).ok());
        // What toString writes, parse reads back: a user with '@', an IPv6 host.
        for (const char *text :
             {"postgresql://alice%40srv@db.example.com:5433/authdesk?sslmode=verify-full",
              "postgresql://bob@[::1]:5432/authdesk?sslmode=disable",
              "postgresql:///authdesk?host=/run/postgresql&port=5433&sslmode=disable",
              "postgresql:///?service=team",
              "postgresql://c@db.example.com/a?sslmode=verify-full&sslrootcert=/etc/ca%20dir/ca.crt&"
              "sslcert=/home/c/c.crt&sslkey=/home/c/c.key"}) {
            const Result<StoreUrl> parsed = StoreUrl::parse(QLatin1String(text));
            QVERIFY2(parsed.ok(), qPrintable(parsed.errorText()));
            QCOMPARE(parsed.value().toString(), QLatin1String(text));
            const StoreUrl again = StoreUrl::parse(parsed.value().toString()).value();
            QCOMPARE(again.user, parsed.value().user);
            QCOMPARE(again.host, parsed.value().host);
        }
        QCOMPARE(StoreUrl::parse(QStringLiteral("postgresql://alice%40srv@db.example.com/a")).value().user,
                 QStringLiteral("alice@srv"));
        // sslmode=require checks no certificate: said so for a remote host, not for loopback.
        QVERIFY(StoreUrl::parse(QStringLiteral("postgresql://a@db.example.com/a?sslmode=require"))
                    .value()
                    .warning()
                    .contains(QLatin1String("checks no certificate")));
        QVERIFY(StoreUrl::parse(QStringLiteral("postgresql://a@127.0.0.1/a?sslmode=require"))
                    .value()
                    .warning()
                    .isEmpty());
        QCOMPARE(StoreUrl::parse(QStringLiteral("sqlite:/tmp/x.sqlite")).value().path,
                 QStringLiteral("/tmp/x.sqlite"));
    }

    void everythingOnBothEngines_data() {
        QTest::addColumn<QString>("engine");
        QTest::newRow("sqlite") << "sqlite";
        QTest::newRow("postgresql") << "postgresql";
    }
    void everythingOnBothEngines() {
        QFETCH(QString, engine);
        Workspace workspace;
        QVERIFY(open(workspace, freshStore(engine)));
        QString error;
        Tenant tenant = wecom(QStringLiteral("acme"));
        QVERIFY2(succeeded(workspace.tenants().save(tenant), &error), qPrintable(error));
        QVERIFY2(succeeded(workspace.tenants().rename(QStringLiteral("acme"), QStringLiteral("acme-east")),
                           &error),
                 qPrintable(error));
        QCOMPARE(workspace.tenants().findById(tenant.id)->name, QStringLiteral("acme-east"));
        QList<Mapping> members;
        for (const QString &name : {QStringLiteral("赵六"), QStringLiteral("张三"), QStringLiteral("王五"),
                                    QStringLiteral("李四"), QStringLiteral("Zhang Wei")})
            members << member(QStringLiteral("u%1").arg(members.size()), name);
        QVERIFY2(succeeded(workspace.mappings().upsertFromDirectory(tenant.id, members, QStringLiteral("s1")),
                           &error),
                 qPrintable(error));
        QCOMPARE(workspace.mappings().count({}), 5);
        // The steps the store ran are kept with their checksums (PostgreSQL's from its baseline).
        QSqlQuery steps(workspace.database().connection());
        QVERIFY(steps.exec(
                    QStringLiteral("SELECT MIN(version), MAX(version), COUNT(*) FROM authdesk_migrations")) &&
                steps.next());
        QCOMPARE(steps.value(0).toInt(), engine == QLatin1String("postgresql") ? 7 : 1);
        QCOMPARE(steps.value(1).toInt(), Migrations::schemaVersion);
        QCOMPARE(steps.value(2).toInt(), Migrations::schemaVersion - steps.value(0).toInt() + 1);
        // Health checks are kept per tenant, newest round first, the oldest beyond the bound dropped.
        for (int round = 0; round <= HealthHistory::kept; ++round) {
            const HealthHistory::Round checks{
                QDateTime::currentDateTimeUtc().addSecs(round),
                QStringLiteral("alice@laptop"),
                {{QStringLiteral("credentials"), HealthCheck::Status::Ok, QStringLiteral("works"), {}, {}},
                 {QStringLiteral("clock"),
                  round == HealthHistory::kept ? HealthCheck::Status::Warn : HealthCheck::Status::Ok,
                  QStringLiteral("%1 s").arg(round),
                  QStringLiteral("set the clock"),
                  {{QStringLiteral("offset_seconds"), round}}}}};
            QVERIFY2(succeeded(workspace.health().record(tenant.id, checks), &error), qPrintable(error));
        }
        const QList<HealthHistory::Round> rounds = workspace.health().rounds(tenant.id);
        QCOMPARE(rounds.size(), HealthHistory::kept);
        QCOMPARE(rounds.first().checks.size(), 2);
        QCOMPARE(rounds.first().checks.at(1).status, HealthCheck::Status::Warn);
        QCOMPARE(rounds.first().checks.at(1).details.value(QLatin1String("offset_seconds")).toInt(),
                 HealthHistory::kept);
        QCOMPARE(rounds.first().who, QStringLiteral("alice@laptop"));
        QCOMPARE(rounds.last().checks.at(1).message, QStringLiteral("1 s")); // round 0 was dropped
        // A member under two departments is listed twice in one batch: one row, both departments
        // (on PostgreSQL one statement may not write a row twice: each listing has its round).
        Mapping elsewhere = members.at(1);
        elsewhere.department = QStringLiteral("2");
        QVERIFY2(succeeded(workspace.mappings().upsertFromDirectory(
                               tenant.id, {members.at(1), elsewhere, members.at(1)}, QStringLiteral("s0")),
                           &error),
                 qPrintable(error));
        QCOMPARE(
            workspace.mappings().find({QStringLiteral("wecom"), tenant.id, QStringLiteral("u1")})->department,
            QStringLiteral("1,2"));
        QVERIFY2(succeeded(workspace.mappings().upsertFromDirectory(tenant.id, members, QStringLiteral("s1")),
                           &error),
                 qPrintable(error));
        QCOMPARE(workspace.mappings().count({}), 5);
        QCOMPARE(workspace.mappings().count({QStringLiteral("张"), {}, {}}), 1);    // one character
        QCOMPARE(workspace.mappings().count({QStringLiteral("zhang"), {}, {}}), 1); // case-insensitive
        QCOMPARE(workspace.mappings().count({QStringLiteral("100%"), {}, {}}), 0);  // wildcards are literal
        QStringList order;
        for (const Mapping &m : workspace.mappings().page({}, Mapping::Name, Qt::AscendingOrder, 0, 10))
            order << m.name;
        QCOMPARE(order.mid(order.indexOf(QStringLiteral("李四")), 4),
                 (QStringList{QStringLiteral("李四"), QStringLiteral("王五"), QStringLiteral("张三"),
                              QStringLiteral("赵六")}));
        const MappingStore::Key key{QStringLiteral("wecom"), tenant.id, QStringLiteral("u1")};
        QVERIFY2(succeeded(workspace.mappings().setLocalAccount(key, QStringLiteral("zhang.san")), &error),
                 qPrintable(error));
        QCOMPARE(workspace.mappings().find(key)->localAccount, QStringLiteral("zhang.san"));
        QCOMPARE(workspace.mappings().find(key)->version, 2);
        QCOMPARE(workspace.mappings().find(key)->tenant,
                 QStringLiteral("acme-east")); // relabelled by the rename
        // Runs: kept, listed newest first, pruned to the limit.
        for (int i = 0; i < 3; ++i) {
            RunRecord run;
            run.id = QStringLiteral("run%1%2").arg(engine).arg(i);
            run.tenantId = tenant.id;
            run.tenant = tenant.name;
            run.provider = QStringLiteral("wecom");
            run.mode = QStringLiteral("wwlogin");
            run.started = QDateTime::currentDateTimeUtc().addSecs(i);
            run.outcome = QStringLiteral("failed");
            run.error = QStringLiteral("e%1").arg(i);
            QVERIFY2(succeeded(workspace.runs().record(run, 2), &error), qPrintable(error));
        }
        const QList<RunRecord> runs = workspace.runs().list(tenant.id);
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.first().error, QStringLiteral("e2"));
        // The audit trail says who did what.
        const auto audit = workspace.audit().entries();
        QStringList actions;
        for (const auto &entry : audit)
            actions << entry.action;
        QVERIFY2(actions.contains(QStringLiteral("tenant.create")) &&
                     actions.contains(QStringLiteral("tenant.rename")) &&
                     actions.contains(QStringLiteral("mapping.local_account")),
                 qPrintable(actions.join(' ')));
        QCOMPARE(audit.first().who, AuditTrail::actor());
        QVERIFY(audit.first().detail.contains(QLatin1String("zhang.san")));
        QString removeError;
        QVERIFY(succeeded(
            workspace.tenants().remove(QStringLiteral("acme-east"), TenantStore::MappingsOnRemove::Delete),
            &removeError));
        QCOMPARE(workspace.mappings().count({}), 0);
        QCOMPARE(workspace.runs().list(tenant.id).size(), 0);
    }

    void staleEditIsAConflictNothingLost() {
        const StoreUrl url = freshPostgres();
        QVERIFY(login(url));
        Workspace mine;
        QVERIFY(open(mine, url));
        QString error;
        Tenant tenant = wecom(QStringLiteral("shared"));
        QVERIFY(succeeded(mine.tenants().save(tenant), &error));
        QVERIFY(succeeded(
            mine.mappings().upsertFromDirectory(
                tenant.id, {member(QStringLiteral("cfo"), QStringLiteral("钱七"))}, QStringLiteral("s")),
            &error));
        const MappingStore::Key key{QStringLiteral("wecom"), tenant.id, QStringLiteral("cfo")};
        const Mapping loaded = *mine.mappings().find(key); // what this console shows
        // Another admin's process sets it meanwhile.
        const Run other = authdesk({QStringLiteral("--store"), url.toString(), QStringLiteral("mappings"),
                                    QStringLiteral("set-local"), QStringLiteral("shared"),
                                    QStringLiteral("cfo"), QStringLiteral("qian.qi")});
        QVERIFY2(other.exitCode == 0, other.err.constData());
        std::optional<Mapping> current;
        QVERIFY(!succeeded(
            mine.mappings().setLocalAccount(key, QStringLiteral("cfo.office"), loaded.version, &current),
            &error));
        QVERIFY2(error.contains(QLatin1String("qian.qi")) && error.contains(QLatin1String("cfo.office")),
                 qPrintable(error));
        QVERIFY(current);
        QCOMPARE(current->localAccount, QStringLiteral("qian.qi"));
        // The admin chose theirs over the other's, knowingly: against the version now seen.
        QVERIFY2(
            succeeded(mine.mappings().setLocalAccount(key, QStringLiteral("cfo.office"), current->version),
                      &error),
            qPrintable(error));
        QCOMPARE(mine.mappings().find(key)->localAccount, QStringLiteral("cfo.office"));
        // Nothing is lost: both edits are in the audit trail.
        QStringList details;
        for (const auto &entry : mine.audit().entries())
            if (entry.action == QLatin1String("mapping.local_account"))
                details << entry.detail;
        QCOMPARE(details.size(), 2);
        QVERIFY(details.at(0).contains(QLatin1String("qian.qi")) &&
                details.at(0).contains(QLatin1String("cfo.office")));
        QVERIFY(details.at(1).contains(QLatin1String("qian.qi")));
        // The other process's script refuses to overwrite a newer edit too.
        const Run stale = authdesk({QStringLiteral("--store"), url.toString(), QStringLiteral("mappings"),
                                    QStringLiteral("set-local"), QStringLiteral("shared"),
                                    QStringLiteral("cfo"), QStringLiteral("x"),
                                    QStringLiteral("--expect-version"), QString::number(loaded.version)});
        QCOMPARE(stale.exitCode, 1);
    }

    void anotherProcessChangeArrivesByNotify() {
        const StoreUrl url = freshPostgres();
        QVERIFY(login(url));
        Workspace console;
        QVERIFY(open(console, url));
        const qint64 before = console.database().dataVersion();
        const Run added =
            authdesk({QStringLiteral("--store"), url.toString(), QStringLiteral("tenant"),
                      QStringLiteral("add"), QStringLiteral("from-elsewhere"), QStringLiteral("--provider"),
                      QStringLiteral("feishu"), QStringLiteral("--app-id"),
                      QStringLiteral("cli_a5sbx0feishu77"), QStringLiteral("--redirect-uri"),
                      QStringLiteral("https://app.example.com/cb"), QStringLiteral("--secret-stdin")},
                     "a-feishu-secret\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QTRY_VERIFY_WITH_TIMEOUT(console.database().dataVersion() > before, 5000);
        QVERIFY(console.tenants().find(QStringLiteral("from-elsewhere")));
    }

    void oneAdminSyncsATenantAtATime_data() {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("SQLite") << false;
        QTest::newRow("PostgreSQL") << true;
    }
    void oneAdminSyncsATenantAtATime() {
        QFETCH(bool, postgres);
        const StoreUrl url =
            postgres ? freshPostgres() : StoreUrl::sqlite(m_dir.filePath(QStringLiteral("claims.sqlite")));
        Workspace first, second;
        QVERIFY(open(first, url));
        QVERIFY(open(second, url));
        QString error;
        Tenant tenant = wecom(QStringLiteral("synced"));
        QVERIFY(succeeded(first.tenants().save(tenant), &error));
        QVERIFY(first.syncClaims().claim(tenant.id).ok());
        const Status refused = second.syncClaims().claim(tenant.id);
        QVERIFY(refused.error().is(Error::Kind::Unavailable));
        QVERIFY2(refused.error().message.contains(AuditTrail::actor()), qPrintable(refused.errorText()));
        // The second admin's sync is refused at once, naming who holds it.
        DirectorySync sync(second.services(), *second.tenants().find(QStringLiteral("synced")));
        QSignalSpy finished(&sync, &DirectorySync::finished);
        sync.start();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!finished.first().at(0).toBool());
        QVERIFY2(finished.first().at(2).toString().contains(AuditTrail::actor()),
                 qPrintable(finished.first().at(2).toString()));
        first.syncClaims().release(tenant.id);
        QVERIFY(second.syncClaims().claim(tenant.id).ok());
        second.syncClaims().release(tenant.id);
        if (postgres)
            return;
        // A claim whose process is gone (killed mid-sync) is stale: the next sync takes it.
        QProcess gone;
        gone.start(QStringLiteral("sleep"), {QStringLiteral("0.1")});
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished()); // reaped: that pid runs nothing now
        QSqlQuery q(QSqlDatabase::database(first.database().connectionName()));
        q.prepare(
            QStringLiteral("INSERT INTO sync_holders (tenant_id, holder, since, pid) VALUES (?, ?, ?, ?)"));
        q.addBindValue(tenant.id);
        q.addBindValue(AuditTrail::actor());
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        q.addBindValue(deadPid);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const Status stale = second.syncClaims().claim(tenant.id);
        QVERIFY2(stale.ok(), qPrintable(stale.errorText()));
        second.syncClaims().release(tenant.id);
    }

    void failuresSayWhatToDo() {
        const StoreUrl url = StoreUrl::parse(m_pgUrl).value();
        QString error;
        {
            Workspace workspace;
            QVERIFY(!succeeded(workspace.open(url, QStringLiteral("wrong password")), &error));
            QVERIFY2(error.contains(QLatin1String("refused the password")) &&
                         error.contains(QLatin1String("store login")),
                     qPrintable(error));
        }
        {
            StoreUrl missing = url;
            missing.database = QStringLiteral("no_such_database");
            Workspace workspace;
            QVERIFY(!succeeded(workspace.open(missing, m_pgPassword), &error));
            QVERIFY2(error.contains(QLatin1String("does not exist")) &&
                         error.contains(QLatin1String("createdb")),
                     qPrintable(error));
        }
        {
            StoreUrl closed = url;
            closed.port = freePort();
            Workspace workspace;
            QVERIFY(!succeeded(workspace.open(closed, m_pgPassword), &error));
            QVERIFY2(error.contains(QLatin1String("Cannot reach")), qPrintable(error));
        }
        {
            StoreUrl tls = url;
            tls.sslMode = QStringLiteral("require"); // this server offers no TLS
            Workspace workspace;
            QVERIFY(!succeeded(workspace.open(tls, m_pgPassword), &error));
            QVERIFY2(error.contains(QLatin1String("TLS")), qPrintable(error));
        }
        {
            const StoreUrl newer = freshPostgres();
            {
                Workspace workspace;
                QVERIFY(open(workspace, newer));
                QVERIFY(QSqlQuery(QSqlDatabase::database(workspace.database().connectionName()))
                            .exec(QStringLiteral("UPDATE authdesk_schema SET version = 99")));
            }
            Workspace workspace;
            QVERIFY(!succeeded(workspace.open(newer, m_pgPassword), &error));
            QVERIFY2(error.contains(QLatin1String("newer AuthDesk")), qPrintable(error));
        }
    }

    // 100,000 rows of one admin's SQLite file into a shared store, twice; then a copy cut off by
    // the server stopping.
    void migrateHundredThousandRows() {
        const QString path = m_dir.filePath(QStringLiteral("local.sqlite"));
        {
            Workspace local;
            QVERIFY(open(local, StoreUrl::sqlite(path)));
            QString error;
            Tenant tenant = wecom(QStringLiteral("big"));
            QVERIFY(succeeded(local.tenants().save(tenant), &error));
            QList<Mapping> batch;
            for (int i = 0; i < 100000; ++i) {
                Mapping m = member(QStringLiteral("u%1").arg(i, 6, 10, QLatin1Char('0')),
                                   QStringLiteral("成员%1").arg(i));
                m.mobile = QStringLiteral("+86138%1").arg(i, 8, 10, QLatin1Char('0'));
                batch << m;
                if (batch.size() == 5000) {
                    QVERIFY2(
                        succeeded(local.mappings().upsertFromDirectory(tenant.id, batch, QStringLiteral("s")),
                                  &error),
                        qPrintable(error));
                    batch.clear();
                }
            }
            QVERIFY(succeeded(
                local.mappings().setLocalAccount(
                    {QStringLiteral("wecom"), tenant.id, QStringLiteral("u000007")}, QStringLiteral("seven")),
                &error));
        }
        const StoreUrl target = freshPostgres();
        QVERIFY(login(target));
        for (int pass = 0; pass < 2; ++pass) { // the second copy changes nothing
            const Run copied =
                authdesk({QStringLiteral("store"), QStringLiteral("migrate"), QStringLiteral("--from"),
                          QStringLiteral("sqlite:") + path, QStringLiteral("--to"), target.toString(),
                          QStringLiteral("--json")});
            QVERIFY2(copied.exitCode == 0, copied.err.constData());
            const QJsonObject details = QJsonDocument::fromJson(copied.out).object();
            QCOMPARE(
                details.value(QLatin1String("copied")).toObject().value(QLatin1String("mappings")).toInt(),
                100000);
            QCOMPARE(details.value(QLatin1String("target_checksum")).toString(),
                     details.value(QLatin1String("source_checksum")).toString());
            Workspace shared;
            QVERIFY(open(shared, target));
            QCOMPARE(shared.mappings().count({}), 100000);
            QCOMPARE(shared.mappings()
                         .find({QStringLiteral("wecom"), shared.tenants().find(QStringLiteral("big"))->id,
                                QStringLiteral("u000007")})
                         ->localAccount,
                     QStringLiteral("seven"));
        }
        // The server stops while another copy is under way: a clear error, and nothing of it.
        const StoreUrl cut = freshPostgres();
        QVERIFY(login(cut));
        QProcess copy;
        copy.start(QStringLiteral(AUTHDESK_BINARY),
                   {QStringLiteral("store"), QStringLiteral("migrate"), QStringLiteral("--from"),
                    QStringLiteral("sqlite:") + path, QStringLiteral("--to"), cut.toString()});
        QVERIFY(copy.waitForStarted());
        // Stopped while the copy writes mappings: another session holds a row lock on them.
        QVERIFY(QTest::qWaitFor([&] { return writingMappings(cut) || copy.state() != QProcess::Running; },
                                120000));
        QVERIFY(copy.state() == QProcess::Running); // still copying
        QCOMPARE(QProcess::execute(QStringLiteral("bash"),
                                   {QStringLiteral("-c"), qEnvironmentVariable("AUTHDESK_TEST_PG_STOP")}),
                 0);
        QVERIFY(copy.waitForFinished(60000));
        QCOMPARE(copy.exitCode(), 3);
        const QByteArray said = copy.readAllStandardError();
        QVERIFY2(said.contains("nothing was copied") || said.contains("server"), said.constData());
        QCOMPARE(QProcess::execute(QStringLiteral("bash"),
                                   {QStringLiteral("-c"), qEnvironmentVariable("AUTHDESK_TEST_PG_START")}),
                 0);
        Workspace after;
        QVERIFY(open(after, cut));
        QCOMPARE(after.mappings().count({}), 0);
        QCOMPARE(after.tenants().tenants().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
