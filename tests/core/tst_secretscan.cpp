// Secrets by construction, proved by the sandbox as witness. Every platform of the sandbox runs
// each of its modes and each fault it lists, its credential check and, where it has a directory,
// a directory sync, all in one workspace. Then everything AuthDesk writes is written through the
// command line (runs shown and exported as HAR, HTML and curl; mappings as CSV and JSON; the
// audit trail; the store copied to PostgreSQL) and every byte is scanned: the data directory (the
// SQLite file with its WAL), the exports, the settings and cache directories, a pg_dump of the
// copy, what the commands printed and what this process logged. Every credential any platform
// minted or accepted must be absent in its raw, percent-encoded, JSON-escaped and base64 forms;
// of an authorization code at most its first 4 characters may show. Tokens a run keeps, and the
// operations on them, are among what is run. The platforms are taken from
// the sandbox, so a platform added later is covered without touching this test.
#include "TestSupport.h"
#include "net/HttpClient.h"
#include "providers/Provider.h"
#include "run/DirectorySync.h"
#include "run/FlowRun.h"
#include "run/SuiteSession.h"
#include "store/SecretStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace TestSupport;

namespace {
QByteArray logged; // every message this process logged
void keepMessage(QtMsgType, const QMessageLogContext &, const QString &message) {
    logged += message.toUtf8() + '\n';
}
} // namespace

class TestSecretScan : public FlowTest {
    Q_OBJECT

    QByteArray m_printed; // what the commands printed, standard output and error
    QStringList m_tenants;

    struct Run {
        int exitCode;
        QByteArray out;
    };
    // The command line on this test's store (a store verb names its own).
    Run authdesk(QStringList arguments, const QByteArray &input = {}) {
        if (!arguments.contains(QLatin1String("store")))
            arguments = QStringList{QStringLiteral("--store"), QStringLiteral("sqlite:") + databasePath()} +
                        arguments;
        QProcess process;
        process.start(QStringLiteral(AUTHDESK_BINARY), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            qWarning("authdesk %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
        const QByteArray out = process.readAllStandardOutput();
        m_printed += out + process.readAllStandardError();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, out};
    }

    // One run of `mode` in which `user` signs in; a run that cannot finish (a fault that parks
    // it) is cancelled, which is recorded too.
    void runOnce(const Tenant &tenant, const QString &mode, const QString &user, bool keepTokens = false) {
        auto run = newRun(tenant, mode);
        run->setKeepTokens(keepTokens);
        const QUrl redirect = approve(*run, user);
        if (redirect.isValid() && run->phase() != FlowRun::Phase::Failed)
            run->handleRedirect(redirect);
        if (!waitFinished(*run, 5000))
            run->cancel();
    }

    static QString exportPath(const QString &name) {
        return QDir(qEnvironmentVariable("XDG_DATA_HOME")).filePath(QStringLiteral("exports/") + name);
    }

private slots:
    void initTestCase() {
        qInstallMessageHandler(keepMessage);
        setUpWorkspace();
        QVERIFY(QDir().mkpath(exportPath({})));
    }

    void everyPlatformRunsEveryModeAndFault() {
        for (const auto &platform : m_sandbox.providers()) {
            const Provider *provider = Provider::find(platform->key());
            QVERIFY2(provider, qPrintable(platform->key()));
            // The platform's demo tenants: one per interesting mode, set up as a newcomer gets them.
            QList<Tenant> tenants;
            for (ProviderSandbox::SandboxTenant demo : platform->demoTenants(m_sandbox.baseUrl(), {})) {
                QVERIFY(saveTenant(*m_workspace, demo.tenant, demo.secret, demo.otherSecrets));
                tenants << demo.tenant;
                m_tenants << demo.tenant.name;
            }
            QVERIFY(!tenants.isEmpty());
            platform->demoTenantsReady(tenants); // a platform that calls back (企企) learns where
            // A WeCom service-provider app first gets its ticket pushed, is installed (a 代开发
            // install makes a WeCom tenant), and meets every event its callback may receive.
            std::vector<std::unique_ptr<SuiteSession>> suites;
            for (const Tenant &tenant : std::as_const(tenants)) {
                if (tenant.provider != QLatin1String("wecom_suite"))
                    continue;
                const QString suite = tenant.setting(QStringLiteral("suite_id"));
                suites.push_back(openSuiteSession(tenant));
                QVERIFY(suites.back() &&
                        pushSuiteEvent(*suites.back(), QStringLiteral("suite_ticket"), suite));
                QVERIFY(installSuite(tenant, *suites.back()));
                for (const char *event :
                     {"create_auth", "change_auth", "reset_permanent_code", "cancel_auth"})
                    QVERIFY(pushSuiteEvent(*suites.back(), QLatin1String(event), suite));
                bool checked = false;
                suites.back()->checkCorps([&](const Result<QList<SuiteCorps::Corp>> &) { checked = true; });
                QVERIFY(QTest::qWaitFor([&] { return checked; }, 20000));
                QVERIFY(
                    pushSuiteEvent(*suites.back(), QStringLiteral("create_auth"), suite)); // installed again
            }
            // Each demo tenant runs its own mode and every mode no other demo tenant of its
            // provider is for.
            QStringList demoModes;
            for (const Tenant &tenant : std::as_const(tenants))
                demoModes << tenant.provider + QLatin1Char('/') +
                                 Provider::find(tenant.provider)->defaultMode(tenant);
            for (const Tenant &tenant : std::as_const(tenants)) {
                const Provider *own = Provider::find(tenant.provider);
                for (const QString &mode : own->modes())
                    if (mode == own->defaultMode(tenant) ||
                        !demoModes.contains(tenant.provider + QLatin1Char('/') + mode))
                        runOnce(tenant, mode, platform->memberUser());
            }
            const Tenant &tenant = tenants.constFirst();
            for (const QString &fault : platform->faults()) {
                platform->setFault(fault, platform->faultPath(fault), 1, 100);
                runOnce(tenant, provider->defaultMode(tenant), platform->memberUser());
                platform->clearFaults();
            }
            // Tokens kept on request, then every operation on them: nothing of them may get out.
            if (provider->keepsTokens()) {
                runOnce(tenant, provider->defaultMode(tenant), platform->memberUser(), true);
                const QList<QPair<QString, TokenOperation>> operations{
                    {QStringLiteral("refresh"), TokenOperation::Refresh},
                    {QStringLiteral("introspect"), TokenOperation::Introspect},
                    {QStringLiteral("revoke"), TokenOperation::Revoke}};
                for (const auto &operation : operations)
                    if (provider->tokenActions().contains(operation.first))
                        operateOnKeptTokens(tenant, operation.second, QStringLiteral("access"));
            }
            platform->setAutoApprove({});

            bool checked = false;
            provider->checkCredentials(tenant,
                                       m_workspace->providerContext(this, platform->tenant({}, {}).secret),
                                       [&](const Status &) { checked = true; });
            QVERIFY(QTest::qWaitFor([&] { return checked; }, 20000));

            if (provider->directorySource()) {
                DirectorySync sync(m_workspace->services(), tenant);
                sync.setRateLimitPause(50);
                sync.setRetryDelay(20);
                QSignalSpy finished(&sync, &DirectorySync::finished);
                sync.start();
                QVERIFY(finished.wait(60000));
            }
        }
        int runs = 0;
        for (const QString &name : std::as_const(m_tenants))
            runs += m_workspace->runs().list(m_workspace->tenants().find(name)->id).size();
        QVERIFY2(runs >= m_tenants.size() * 2, qPrintable(QString::number(runs)));
    }

    void everythingIsWrittenOut() {
        for (const QString &name : std::as_const(m_tenants)) {
            const Run list =
                authdesk({QStringLiteral("runs"), QStringLiteral("list"), name, QStringLiteral("--json")});
            QCOMPARE(list.exitCode, 0);
            const QJsonArray runs = QJsonDocument::fromJson(list.out).array();
            QVERIFY(!runs.isEmpty());
            for (const QJsonValue &run : runs) {
                const QString id = run.toObject().value(QLatin1String("id")).toString();
                QVERIFY(!id.isEmpty());
                QCOMPARE(
                    authdesk({QStringLiteral("runs"), QStringLiteral("show"), id, QStringLiteral("--json")})
                        .exitCode,
                    0);
                QCOMPARE(authdesk({QStringLiteral("runs"), QStringLiteral("curl"), id}).exitCode, 0);
                for (const char *format : {"har", "html"})
                    QCOMPARE(authdesk({QStringLiteral("runs"), QStringLiteral("export"), id,
                                       QStringLiteral("--format"), QLatin1String(format),
                                       QStringLiteral("--output"),
                                       exportPath(id + QLatin1Char('.') + QLatin1String(format))})
                                 .exitCode,
                             0);
            }
        }
        for (const char *format : {"csv", "json"})
            QCOMPARE(authdesk({QStringLiteral("mappings"), QStringLiteral("export"),
                               QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--output"),
                               exportPath(QStringLiteral("mappings.") + QLatin1String(format))})
                         .exitCode,
                     0);
        QCOMPARE(authdesk({QStringLiteral("audit"), QStringLiteral("export")}).exitCode, 0);
        // Every file AuthDesk wrote is the user's alone.
        const QFileInfoList exports = QDir(exportPath({})).entryInfoList(QDir::Files);
        QVERIFY(!exports.isEmpty());
        for (const QFileInfo &file : exports)
            QVERIFY2(file.permissions() ==
                         (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                     qPrintable(file.fileName()));

        if (qEnvironmentVariableIsEmpty("AUTHDESK_TEST_PG_URL"))
            return;
        const StoreUrl target = freshPostgresDatabase(QStringLiteral("secretscan"));
        QCOMPARE(authdesk({QStringLiteral("--store"), target.toString(), QStringLiteral("store"),
                           QStringLiteral("login"), QStringLiteral("--password-stdin")},
                          qgetenv("AUTHDESK_TEST_PG_PASSWORD") + '\n')
                     .exitCode,
                 0);
        QCOMPARE(
            authdesk({QStringLiteral("store"), QStringLiteral("migrate"), QStringLiteral("--from"),
                      QStringLiteral("sqlite:") + databasePath(), QStringLiteral("--to"), target.toString()})
                .exitCode,
            0);
        const QString bin = QDir(QStringLiteral("/usr/lib/postgresql"))
                                .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                                .constLast();
        QProcess dump;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), qEnvironmentVariable("AUTHDESK_TEST_PG_PASSWORD"));
        dump.setProcessEnvironment(environment);
        dump.start(QStringLiteral("/usr/lib/postgresql/%1/bin/pg_dump").arg(bin),
                   {QStringLiteral("-h"), target.host, QStringLiteral("-p"), QString::number(target.port),
                    QStringLiteral("-U"), target.user, target.database});
        QVERIFY(dump.waitForFinished(60000));
        const QByteArray dumped = dump.readAllStandardOutput();
        QVERIFY2(dumped.contains("COPY public.runs"), dump.readAllStandardError().constData());
        QFile file(exportPath(QStringLiteral("store.pg_dump.sql")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(dumped);
    }

    void noWrittenByteHoldsACredential() {
        m_workspace.reset(); // the database closed: its WAL checkpointed or left, both are read
        QByteArray written = readTree(qEnvironmentVariable("XDG_DATA_HOME")) + m_printed + logged;
        for (const auto location :
             {QStandardPaths::GenericConfigLocation, QStandardPaths::GenericCacheLocation})
            written += readTree(QStandardPaths::writableLocation(location));
        QVERIFY(written.size() > 100000); // the runs, exports and dump are there to be scanned
        const QByteArray lower = written.toLower();
        int credentials = 0, codes = 0;
        for (const auto &platform : m_sandbox.providers()) {
            for (const QString &credential : platform->witnessedCredentials()) {
                const QByteArray raw = credential.toUtf8();
                const QByteArray json =
                    QJsonDocument(QJsonArray{credential}).toJson(QJsonDocument::Compact).mid(2).chopped(2);
                for (const QByteArray &form :
                     {raw, QUrl::toPercentEncoding(credential), json, raw.toBase64()})
                    QVERIFY2(!written.contains(form),
                             qPrintable(QStringLiteral("%1 credential %2… found written")
                                            .arg(platform->key(), credential.left(6))));
                ++credentials;
            }
            // A code shows at most its first 4 characters; compared without case (企企 lowers them).
            for (const QString &code : platform->witnessedCodes()) {
                QVERIFY2(!lower.contains(code.mid(4).toLower().toUtf8()) &&
                             !lower.contains(code.left(8).toLower().toUtf8()),
                         qPrintable(
                             QStringLiteral("%1 code %2… found written").arg(platform->key(), code.left(4))));
                ++codes;
            }
        }
        QVERIFY2(credentials >= 6 * 2 && codes >= 6,
                 qPrintable(QStringLiteral("%1 credentials, %2 codes").arg(credentials).arg(codes)));
        qInstallMessageHandler(nullptr);
        qInfo("scanned %lld bytes for %d credentials and %d codes", qint64(written.size()), credentials,
              codes);
    }
};

QTEST_GUILESS_MAIN(TestSecretScan)
#include "tst_secretscan.moc"
