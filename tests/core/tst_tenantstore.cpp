#include "../support/Succeeded.h"
#include "store/Database.h"
#include "store/Migrations.h"
#include "store/TenantStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

namespace {
// Opens `database` at `path`; false with *error when it cannot.
bool opened(Database &database, const QString &path, QString *error) {
    const Status status = database.open(path);
    *error = status.errorText();
    return status.ok();
}
} // namespace

class TestTenantStore : public QObject {
    Q_OBJECT

private slots:
    // A store written before credentials were masked by construction held DingTalk's user, refresh
    // and app tokens in its run records (this fixture was made by that version: one sandbox
    // sign-in). Opening it redacts the records again and rewrites the file, so that not even a
    // free page keeps the bytes; the run itself is still there.
    void storedRunsAreRedactedAgain() {
        const QString fixtures = QStringLiteral(AUTHDESK_FIXTURES);
        QFile tokensFile(fixtures + QStringLiteral("/dingtalk-run-schema8.tokens"));
        QVERIFY(tokensFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> tokens = tokensFile.readAll().trimmed().split('\n');
        QCOMPARE(tokens.size(), 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("authdesk.sqlite"));
        QVERIFY(QFile::copy(fixtures + QStringLiteral("/dingtalk-run-schema8.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        auto fileHolds = [&](const QByteArray &token) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) && file.readAll().contains(token);
        };
        for (const QByteArray &token : tokens)
            QVERIFY2(fileHolds(token), token.constData()); // the fixture does hold them
        QString error;
        {
            Database storeDatabase;
            TenantStore store(storeDatabase);
            QVERIFY2(opened(storeDatabase, path, &error), qPrintable(error));
            QSqlQuery q(QSqlDatabase::database(storeDatabase.connectionName()));
            QVERIFY(q.exec(QStringLiteral("SELECT record FROM runs")) && q.next());
            QVERIFY(q.value(0).toString().contains(QLatin1String("\"unionId\"")));
            QVERIFY(q.value(0).toString().contains(QLatin1String("accessToken")));
        }
        for (const QByteArray &token : tokens)
            QVERIFY2(!fileHolds(token), token.constData());
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
                !QFile(path + QStringLiteral("-wal")).size());
    }

    // Schema 11: the fixture's DingTalk member was keyed by its unionId alone; its stored identity
    // names the organisation, which joins the key (PROVIDERS §7.6), and the tenant's last identity
    // follows so that the next sign-in of the same person is not reported as another.
    void dingTalkMembersAreKeyedByOrganisation() {
        const QString fixtures = QStringLiteral(AUTHDESK_FIXTURES);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("authdesk.sqlite"));
        QVERIFY(QFile::copy(fixtures + QStringLiteral("/dingtalk-run-schema8.sqlite"), path));
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QString unionId = QStringLiteral("41e5083283b39f7944d2624b0dda");
        const QString key = QStringLiteral("ding5a4d0sandbox77:") + unionId;
        QString error;
        Database storeDatabase;
        TenantStore store(storeDatabase);
        QVERIFY2(opened(storeDatabase, path, &error), qPrintable(error));
        QSqlQuery q(QSqlDatabase::database(storeDatabase.connectionName()));
        QVERIFY(
            q.exec(QStringLiteral("SELECT external_id, id_type, secondary_ids, tenant_id FROM mappings")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), key);
        QCOMPARE(q.value(1).toString(), QStringLiteral("corpid:unionid"));
        const QJsonObject ids = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
        QCOMPARE(ids.value(QLatin1String("unionid")).toString(), unionId);
        QCOMPARE(ids.value(QLatin1String("userid")).toString(), QStringLiteral("manager4711"));
        QVERIFY(!q.next());
        QCOMPARE(store.lastIdentity(QStringLiteral("d969c6cc-ce59-419d-9e5e-7d596089a8b6")), key);
    }

    // Hardening: the data directory is 0700 and the database 0600, new or tightened at start.
    void filesAreTheUsersAlone() {
        QTemporaryDir dir;
        qputenv("XDG_DATA_HOME", dir.path().toUtf8()); // AuthDesk's own data directory is in there
        const QString path = Database::defaultPath();
        const QString data = QFileInfo(path).absolutePath();
        const auto groupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                  QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QString error;
        {
            Database freshDatabase;
            TenantStore fresh(freshDatabase);
            QVERIFY2(opened(freshDatabase, path, &error), qPrintable(error));
        }
        QCOMPARE(QFile::permissions(data) & groupOrOther, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(path) & groupOrOther, QFileDevice::Permissions());
        // An older AuthDesk left them readable by everyone: tightened at start, contents kept.
        QVERIFY(QFile::setPermissions(data, QFileDevice::Permissions(0x7755)));
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(0x6644)));
        Database reopenedDatabase;
        TenantStore reopened(reopenedDatabase);
        QVERIFY2(opened(reopenedDatabase, path, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(data) & groupOrOther, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(path) & groupOrOther, QFileDevice::Permissions());
    }

    // A store named with --store in a folder that is not AuthDesk's (a team's setgid folder, $HOME,
    // /tmp) leaves the folder's mode as it was; the database file itself is the user's alone.
    void aFolderThatIsNotOursKeepsItsMode() {
        QTemporaryDir dir;
        const QString shared = dir.filePath(QStringLiteral("shared"));
        QVERIFY(QDir().mkpath(shared));
        QVERIFY(::chmod(QFile::encodeName(shared).constData(), 02775) == 0); // drwxrwsr-x
        QString error;
        {
            Database storeDatabase;
            TenantStore store(storeDatabase);
            QVERIFY2(opened(storeDatabase, shared + QStringLiteral("/team.sqlite"), &error),
                     qPrintable(error));
        }
        struct stat info {};
        QVERIFY(::stat(QFile::encodeName(shared).constData(), &info) == 0);
        QCOMPARE(int(info.st_mode & 07777), 02775);
        QVERIFY(::stat(QFile::encodeName(shared + QStringLiteral("/team.sqlite")).constData(), &info) == 0);
        QCOMPARE(int(info.st_mode & 077), 0);
    }

    void saveFindListRemove() {
        QTemporaryDir dir;
        Database storeDatabase;
        TenantStore store(storeDatabase);
        QString error;
        QVERIFY2(opened(storeDatabase, dir.filePath(QStringLiteral("db/authdesk.sqlite")), &error),
                 qPrintable(error));
        Tenant tenant;
        tenant.name = QStringLiteral("华东分公司");
        tenant.provider = QStringLiteral("wecom");
        tenant.settings = {{QStringLiteral("corpid"), QStringLiteral("ww0011223344556677")}};
        tenant.redirectUri = QStringLiteral("https://sso.example.com/cb");
        tenant.endpoints = {{QStringLiteral("api"), QStringLiteral("https://qyapi.example.com")}};
        QVERIFY2(succeeded(store.save(tenant), &error), qPrintable(error));
        QVERIFY(!tenant.id.isEmpty());
        QVERIFY(tenant.created.isValid());

        const auto found = store.find(QStringLiteral("华东分公司"));
        QVERIFY(found);
        QCOMPARE(found->id, tenant.id);
        QCOMPARE(found->setting(QStringLiteral("corpid")), QStringLiteral("ww0011223344556677"));
        QCOMPARE(found->endpoints.value(QStringLiteral("api")), QStringLiteral("https://qyapi.example.com"));
        QCOMPARE(store.tenants().size(), 1);

        Tenant duplicate = tenant;
        duplicate.id.clear();
        QVERIFY(!succeeded(store.save(duplicate), &error));
        QVERIFY2(error.contains(QLatin1String("already exists")), qPrintable(error));

        QVERIFY(succeeded(store.remove(QStringLiteral("华东分公司"), TenantStore::MappingsOnRemove::Keep),
                          &error));
        QVERIFY(!store.find(QStringLiteral("华东分公司")));
        QVERIFY(!succeeded(store.remove(QStringLiteral("华东分公司"), TenantStore::MappingsOnRemove::Keep),
                           &error));
        QVERIFY(error.contains(QLatin1String("no tenant")));
    }

    void corruptDatabaseIsReportedAndKept() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("authdesk.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage =
            QByteArray("this is not a database, it is an admin's notes\n").repeated(200);
        file.write(garbage);
        file.close();

        Database storeDatabase;

        TenantStore store(storeDatabase);
        QString error;
        QVERIFY(!opened(storeDatabase, path, &error));
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("Move it aside")), qPrintable(error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage); // nothing lost
    }

    void newerSchemaIsRefused() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("authdesk.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 99"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        Database storeDatabase;
        TenantStore store(storeDatabase);
        QString error;
        QVERIFY(!opened(storeDatabase, path, &error));
        QVERIFY2(error.contains(QLatin1String("newer AuthDesk")), qPrintable(error));
    }

    // Each step a store ran is kept with its checksum; a store whose step differs from this
    // build's is refused with the step named, and left as it was.
    void migrationStepsAreChecked() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("authdesk.sqlite"));
        QString error;
        {
            Database database;
            QVERIFY2(opened(database, path, &error), qPrintable(error));
            QSqlQuery q(database.connection());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), MAX(version) FROM authdesk_migrations")) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), Migrations::schemaVersion);
            QCOMPARE(q.value(1).toInt(), Migrations::schemaVersion);
            QVERIFY(q.exec(QStringLiteral("SELECT checksum FROM authdesk_migrations WHERE version = 5")) &&
                    q.next());
            QCOMPARE(q.value(0).toString(), Migrations::checksum(5, false));
            QVERIFY(q.exec(
                QStringLiteral("UPDATE authdesk_migrations SET checksum = 'edited' WHERE version = 5")));
        }
        Database again;
        QVERIFY(!opened(again, path, &error));
        QVERIFY2(error.contains(QLatin1String("step 5")) && error.contains(QLatin1String("untouched")),
                 qPrintable(error));
    }

    // A released step never changes (a change is a new step): the checksums of steps 1 to 12 of
    // each engine, as released, taken together.
    void releasedStepsKeepTheirChecksums() {
        constexpr int released = 13;
        for (const bool postgres : {false, true}) {
            QCryptographicHash all(QCryptographicHash::Sha256);
            for (int step = postgres ? 7 : 1; step <= released; ++step)
                all.addData(Migrations::checksum(step, postgres).toLatin1());
            QCOMPARE(QString::fromLatin1(all.result().toHex()),
                     QString::fromLatin1(
                         postgres ? "1e91e91c8843f687387d7e6ed665dbda3ad8890c8145a1bed81b8ddfffeba14f"
                                  : "68c6ca88f98d284ad1a30d433a15c5e8c100ba269a48ac35116601ab37501715"));
        }
    }

    void reopenKeepsData() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("authdesk.sqlite"));
        QString error;
        {
            Database storeDatabase;
            TenantStore store(storeDatabase);
            QVERIFY(opened(storeDatabase, path, &error));
            Tenant tenant;
            tenant.name = QStringLiteral("kept");
            tenant.provider = QStringLiteral("wecom");
            QVERIFY2(succeeded(store.save(tenant), &error), qPrintable(error));
        }
        Database againDatabase;
        TenantStore again(againDatabase);
        QVERIFY(opened(againDatabase, path, &error));
        QVERIFY(again.find(QStringLiteral("kept")));
    }
};

QTEST_GUILESS_MAIN(TestTenantStore)
#include "tst_tenantstore.moc"
