// The authdesk binary as an admin's script uses it: a sandbox in its own process, tenants added
// with the secret on standard input, authorize in the embedded browser, and a scan of everything
// the processes printed and wrote for the secret and the tokens.
#include "CliSupport.h"
#include "DingTalkSandbox.h"
#include "FeishuSandbox.h"
#include "OidcSandbox.h"
#include "QinceSandbox.h"
#include "QiqiSandbox.h"
#include "TestSupport.h"
#include "WeComSandbox.h"
#include "crypto/WeComCallbackCrypto.h"
#include "store/Database.h"
#include "store/Migrations.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

class TestCli : public QObject {
    Q_OBJECT

    struct Result {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_home;
    QProcess m_sandbox;
    QUrl m_sandboxUrl;
    QByteArray m_allOutput; // everything every process printed, for the secret scan
    QNetworkAccessManager m_network;
    QByteArray m_opClientSecret; // of the real OpenID Provider, for the secret scan

    QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
        return env;
    }

    Result run(const QStringList &arguments, const QByteArray &input = {},
               QProcessEnvironment env = QProcessEnvironment(),
               const QString &program = QStringLiteral(AUTHDESK_BINARY)) {
        QProcess process;
        process.setProcessEnvironment(env.isEmpty() ? environment() : env);
        process.start(program, arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            process.kill();
        Result result{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                      process.readAllStandardOutput(), process.readAllStandardError()};
        m_allOutput += result.out + result.err;
        return result;
    }

    void control(const QJsonObject &command) {
        QNetworkRequest request(QUrl(m_sandboxUrl.toString() + QStringLiteral("/sandbox/control")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_network.post(request, QJsonDocument(command).toJson());
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 5000));
        reply->deleteLater();
    }

    QString writeFile(const QString &name, const QByteArray &content) {
        QFile file(m_home.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return file.fileName();
    }

    int sandboxCount(const char *api) {
        QNetworkReply *reply =
            m_network.get(QNetworkRequest(QUrl(m_sandboxUrl.toString() + QStringLiteral("/sandbox/stats"))));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 5000))
            qFatal("the sandbox did not answer within 5 s");
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll())
            .object()
            .value(QLatin1String("wecom"))
            .toObject()
            .value(QLatin1String(api))
            .toInt();
    }

    // AuthDesk's own failure report is one line; offscreen Chromium may add start-up notes of its
    // own on a headless machine, which are not ours to count.
    static int failureLines(const Result &result) {
        int lines = 0;
        for (const QByteArray &line : result.err.split('\n'))
            lines += line.startsWith("authdesk: ") ? 1 : 0;
        return lines;
    }

    QStringList addArguments(const QString &name) {
        QStringList args = {QStringLiteral("tenant"),
                            QStringLiteral("add"),
                            name,
                            QStringLiteral("--provider"),
                            QStringLiteral("wecom"),
                            QStringLiteral("--corp-id"),
                            WeComSandbox::corpId,
                            QStringLiteral("--agent-id"),
                            WeComSandbox::agentId,
                            QStringLiteral("--redirect-uri"),
                            QStringLiteral("https://app.example.com/sso/callback"),
                            QStringLiteral("--scope"),
                            QStringLiteral("snsapi_privateinfo")};
        for (const char *key : {"api", "oauth", "sso", "login"})
            args << QStringLiteral("--endpoint")
                 << QStringLiteral("%1=%2").arg(QLatin1String(key), m_sandboxUrl.toString());
        return args << QStringLiteral("--secret-stdin");
    }

private slots:
    void initTestCase() {
        m_sandbox.setProcessEnvironment(environment());
        m_sandbox.start(QStringLiteral(AUTHDESK_BINARY),
                        {QStringLiteral("sandbox"), QStringLiteral("serve")});
        QVERIFY(m_sandbox.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_sandbox.canReadLine(), 20000);
        m_sandboxUrl = QUrl(QString::fromUtf8(m_sandbox.readLine()).trimmed());
        QCOMPARE(m_sandboxUrl.host(), QStringLiteral("127.0.0.1"));
    }

    void cleanupTestCase() {
        m_sandbox.kill();
        m_sandbox.waitForFinished();
    }

    void init() { control({{QStringLiteral("clear"), true}}); }

    void versionHelpAndUnknownOptions() {
        const Result version = run({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QByteArray("AuthDesk " AUTHDESK_VERSION "\n"));
        const Result help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("authdesk tenant add NAME --provider dingtalk"));
        const Result verbHelp =
            run({QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--help")});
        QCOMPARE(verbHelp.exitCode, 0);
        QVERIFY2(verbHelp.out.contains("--corp-id") && verbHelp.out.contains("options:"),
                 verbHelp.out.constData());
        // Each answers and exits by itself with 2: a console waiting for a window to close would be
        // killed by run() and report -1.
        for (const QStringList &wrong : {QStringList{QStringLiteral("--bogus")},
                                         QStringList{QStringLiteral("--demo"), QStringLiteral("--nope")},
                                         QStringList{QStringLiteral("frobnicate")}}) {
            const Result refused = run(wrong);
            QCOMPARE(refused.exitCode, 2);
            QCOMPARE(failureLines(refused), 1);
            QVERIFY2(refused.err.contains("usage:"), refused.err.constData());
        }
    }

    // A verb's usage error is its own synopsis on one line; an option another verb takes is refused.
    void usageErrorsComeFromTheCommand() {
        const Result rename =
            run({QStringLiteral("tenant"), QStringLiteral("rename"), QStringLiteral("one")});
        QCOMPARE(rename.exitCode, 2);
        QCOMPARE(failureLines(rename), 1);
        QVERIFY2(rename.err.contains("usage: authdesk tenant rename OLD NEW"), rename.err.constData());
        const Result authorize = run({QStringLiteral("authorize")});
        QCOMPARE(authorize.exitCode, 2);
        QCOMPARE(failureLines(authorize), 1);
        QVERIFY2(authorize.err.contains("usage: authdesk authorize NAME") &&
                     authorize.err.contains("authdesk authorize --help"),
                 authorize.err.constData());
        const Result foreign = run({QStringLiteral("tenant"), QStringLiteral("list"),
                                    QStringLiteral("--format"), QStringLiteral("csv")});
        QCOMPARE(foreign.exitCode, 2);
        QVERIFY2(foreign.err.contains("format"), foreign.err.constData());
        const Result login =
            run({QStringLiteral("store"), QStringLiteral("login"), QStringLiteral("--json")});
        QCOMPARE(login.exitCode, 2);
        QVERIFY2(login.err.contains("json"), login.err.constData());
    }

    // The keychain, directory, Excel and sandbox modules are beside the program, loaded on first
    // use: a program without them says so and what to do, and writes nothing.
    void missingModulesSayWhatToDo() {
        QTemporaryDir alone;
        const QString program = alone.filePath(QStringLiteral("authdesk-cli"));
        QVERIFY(QFile::copy(QFileInfo(QStringLiteral(AUTHDESK_BINARY)).absolutePath() +
                                QStringLiteral("/authdesk-cli"),
                            program));
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), alone.filePath(QStringLiteral("data")));
        const Result list = run({QStringLiteral("tenant"), QStringLiteral("list")}, {}, env, program);
        QCOMPARE(list.exitCode, 0); // no keychain needed
        const Result added = run(addArguments(QStringLiteral("lonely")),
                                 WeComSandbox::corpSecret.toUtf8() + '\n', env, program);
        QCOMPARE(added.exitCode, 3);
        QCOMPARE(failureLines(added), 1);
        QVERIFY2(added.err.contains("keychain module could not be loaded") &&
                     added.err.contains("Reinstall AuthDesk"),
                 added.err.constData());
        const Result listed = run({QStringLiteral("tenant"), QStringLiteral("list")}, {}, env, program);
        QVERIFY2(!listed.out.contains("lonely"), listed.out.constData()); // nothing saved
        const Result directory =
            run({QStringLiteral("directory"), QStringLiteral("ldap"), QStringLiteral("set"),
                 QStringLiteral("--url"), QStringLiteral("ldaps://127.0.0.1:1"), QStringLiteral("--bind-dn"),
                 QStringLiteral("cn=admin"), QStringLiteral("--base"), QStringLiteral("dc=example"),
                 QStringLiteral("--password-stdin")},
                QByteArray("bind-password\n"), env, program);
        QCOMPARE(directory.exitCode, 1);
        QVERIFY2(directory.err.contains("directory client could not be loaded") &&
                     directory.err.contains("Reinstall AuthDesk"),
                 directory.err.constData());
        const Result workbook = run({QStringLiteral("mappings"), QStringLiteral("export"),
                                     QStringLiteral("--format"), QStringLiteral("xlsx"),
                                     QStringLiteral("--output"), alone.filePath(QStringLiteral("out.xlsx"))},
                                    {}, env, program);
        QCOMPARE(workbook.exitCode, 3);
        QVERIFY2(workbook.err.contains("Excel module could not be loaded"), workbook.err.constData());
        QVERIFY(!QFile::exists(alone.filePath(QStringLiteral("out.xlsx"))));
        const Result sandbox = run({QStringLiteral("sandbox"), QStringLiteral("serve")}, {}, env, program);
        QCOMPARE(sandbox.exitCode, 3);
        QVERIFY2(sandbox.err.contains("sandbox could not be loaded") &&
                     sandbox.err.contains("Reinstall AuthDesk"),
                 sandbox.err.constData());
    }

    // The console loads the sandbox module when --demo starts it; had it failed, a message box
    // would wait and the console never reach its first event-loop turn (run() kills it: -1).
    void consoleLoadsTheSandboxModule() {
        QTemporaryDir home;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("AUTHDESK_QUIT_AT_FIRST_TURN"), QStringLiteral("1"));
        const Result demo = run({QStringLiteral("--demo")}, {}, env);
        QCOMPARE(demo.exitCode, 0);
    }

    void addRefusesSecretsOnTheCommandLine() {
        QStringList args = addArguments(QStringLiteral("acme"));
        args.removeLast(); // no --secret-stdin
        const Result result = run(args);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("--secret-stdin"));
    }

    void addValidates() {
        QStringList args = addArguments(QStringLiteral("acme"));
        args[args.indexOf(QStringLiteral("--corp-id")) + 1] = QStringLiteral("not-a-corp");
        const Result result = run(args, WeComSandbox::corpSecret.toUtf8() + '\n');
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains("CorpID"));
        QCOMPARE(failureLines(result), 1);
    }

    void addListCheck() {
        Result added = run(addArguments(QStringLiteral("acme")), WeComSandbox::corpSecret.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const Result list = run({QStringLiteral("tenant"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray tenants = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(tenants.size(), 1);
        QCOMPARE(tenants.first().toObject().value(QLatin1String("name")).toString(), QStringLiteral("acme"));
        const Result check = run({QStringLiteral("tenant"), QStringLiteral("check"), QStringLiteral("acme"),
                                  QStringLiteral("--json")});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(check.out).array().first().toObject();
        QCOMPARE(report.value(QLatin1String("tenant")).toString(), QStringLiteral("acme"));
        QVERIFY2(report.value(QLatin1String("status")).toString() != QLatin1String("fail"),
                 check.out.constData());
    }

    void authorizeInTheBrowser_data() {
        QTest::addColumn<QString>("mode");
        QTest::newRow("wwlogin") << "wwlogin";
        QTest::newRow("qrconnect") << "qrconnect";
        QTest::newRow("oauth") << "oauth";
    }
    void authorizeInTheBrowser() {
        QFETCH(QString, mode);
        control({{QStringLiteral("auto_approve"), QStringLiteral("zhangsan")}});
        const Result result =
            run({QStringLiteral("authorize"), QStringLiteral("acme"), QStringLiteral("--mode"), mode,
                 QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("60")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject identity = QJsonDocument::fromJson(result.out).object();
        for (const char *key :
             {"provider", "tenant", "external_id", "id_type", "name", "department", "mobile", "email", "raw"})
            QVERIFY2(identity.contains(QLatin1String(key)), key);
        QCOMPARE(identity.value(QLatin1String("provider")).toString(), QStringLiteral("wecom"));
        QCOMPARE(identity.value(QLatin1String("external_id")).toString(), QStringLiteral("zhangsan"));
        QCOMPARE(identity.value(QLatin1String("id_type")).toString(), QStringLiteral("userid"));
        QCOMPARE(identity.value(QLatin1String("name")).toString(), QStringLiteral("张三"));
        if (mode == QLatin1String("oauth"))
            QCOMPARE(identity.value(QLatin1String("email")).toString(),
                     QStringLiteral("zhangsan@example.com"));
        else
            QVERIFY(identity.value(QLatin1String("email")).isNull());
    }

    // Every run is kept: listed, shown, exported and turned into curl commands from the command line.
    void runHistoryFromTheCommandLine() {
        control({{QStringLiteral("auto_approve"), QStringLiteral("zhangsan")}});
        const Result authorized =
            run({QStringLiteral("authorize"), QStringLiteral("acme"), QStringLiteral("--json")});
        QVERIFY2(authorized.exitCode == 0, authorized.err.constData());
        const QString runId =
            QJsonDocument::fromJson(authorized.out).object().value(QLatin1String("run_id")).toString();
        QVERIFY(!runId.isEmpty());
        const Result list = run({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("acme"),
                                 QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("2")});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        const QJsonArray runs = QJsonDocument::fromJson(list.out).array();
        QVERIFY(!runs.isEmpty() && runs.size() <= 2);
        const QJsonObject newest = runs.first().toObject();
        QCOMPARE(newest.value(QLatin1String("id")).toString(), runId);
        QCOMPARE(newest.value(QLatin1String("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(newest.value(QLatin1String("external_id")).toString(), QStringLiteral("zhangsan"));
        QVERIFY(
            QDateTime::fromString(newest.value(QLatin1String("started")).toString(), Qt::ISODate).isValid());
        const Result shown =
            run({QStringLiteral("runs"), QStringLiteral("show"), runId, QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        const QJsonObject record = QJsonDocument::fromJson(shown.out).object();
        QVERIFY(!record.value(QLatin1String("timeline")).toArray().isEmpty());
        QVERIFY(!record.value(QLatin1String("exchanges")).toArray().isEmpty());
        QCOMPARE(
            record.value(QLatin1String("identity")).toObject().value(QLatin1String("external_id")).toString(),
            QStringLiteral("zhangsan"));
        QVERIFY(run({QStringLiteral("runs"), QStringLiteral("show"), runId}).out.contains("timeline:"));
        const Result har = run({QStringLiteral("runs"), QStringLiteral("export"), runId,
                                QStringLiteral("--format"), QStringLiteral("har")});
        QVERIFY2(har.exitCode == 0, har.err.constData());
        QCOMPARE(QJsonDocument::fromJson(har.out)
                     .object()
                     .value(QLatin1String("log"))
                     .toObject()
                     .value(QLatin1String("version"))
                     .toString(),
                 QStringLiteral("1.2"));
        const QString htmlPath = m_home.filePath(QStringLiteral("run.html"));
        const Result html =
            run({QStringLiteral("runs"), QStringLiteral("export"), runId, QStringLiteral("--format"),
                 QStringLiteral("html"), QStringLiteral("--output"), htmlPath});
        QVERIFY2(html.exitCode == 0, html.err.constData());
        QFile report(htmlPath);
        QVERIFY(report.open(QIODevice::ReadOnly));
        QVERIFY(report.readAll().contains("acme"));
        const Result curl = run({QStringLiteral("runs"), QStringLiteral("curl"), runId});
        QVERIFY2(curl.exitCode == 0, curl.err.constData());
        QVERIFY2(curl.out.contains("${ACCESS_TOKEN}") && curl.out.contains("curl -sS"), curl.out.constData());
        QVERIFY(!curl.out.contains(WeComSandbox::corpSecret.toUtf8()));
        QCOMPARE(run({QStringLiteral("runs"), QStringLiteral("show"), QStringLiteral("nosuchrun")}).exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("runs"), QStringLiteral("list"), QStringLiteral("acme"),
                      QStringLiteral("--limit"), QStringLiteral("x")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("runs"), QStringLiteral("export"), runId, QStringLiteral("--format"),
                      QStringLiteral("pdf")})
                     .exitCode,
                 2);
    }

    void tokenIsReusedAcrossProcesses() {
        control({{QStringLiteral("auto_approve"), QStringLiteral("lisi")}});
        const int before = sandboxCount("gettoken");
        for (int i = 0; i < 2; ++i) {
            const Result result =
                run({QStringLiteral("authorize"), QStringLiteral("acme"), QStringLiteral("--json")});
            QVERIFY2(result.exitCode == 0, result.err.constData());
        }
        QCOMPARE(sandboxCount("gettoken"), before);
    }

    void pastedUrl() {
        // A URL produced outside AuthDesk (a phone, an in-client link): its state is not ours.
        control({{QStringLiteral("auto_approve"), QStringLiteral("lisi")}});
        const QUrl redirect = TestSupport::redirectFrom(
            QUrl(m_sandboxUrl.toString() +
                 QStringLiteral("/connect/oauth2/authorize?appid=%1&redirect_uri=%2"
                                "&response_type=code&scope=snsapi_base&state=fromPhone1&agentid=%3")
                     .arg(WeComSandbox::corpId,
                          QString::fromLatin1(QUrl::toPercentEncoding(
                              QStringLiteral("https://app.example.com/sso/callback"))),
                          WeComSandbox::agentId)));
        const Result result = run({QStringLiteral("authorize"), QStringLiteral("acme"),
                                   QStringLiteral("--paste"), redirect.toString(), QStringLiteral("--json")});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QJsonObject identity = QJsonDocument::fromJson(result.out).object();
        QCOMPARE(identity.value(QLatin1String("external_id")).toString(), QStringLiteral("lisi"));
        QCOMPARE(identity.value(QLatin1String("state_verified")).toBool(true), false);
        // The same URL again: the code was used.
        const Result again = run({QStringLiteral("authorize"), QStringLiteral("acme"),
                                  QStringLiteral("--paste"), redirect.toString()});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("40029"));
        QCOMPARE(failureLines(again), 1);
        // The code is a credential: nothing AuthDesk printed holds it whole.
        const QString code = QUrlQuery(redirect).queryItemValue(QStringLiteral("code"));
        QVERIFY(code.size() > 8);
        QVERIFY2(!(result.out + result.err + again.err).contains(code.toUtf8()), again.err.constData());

        // --paste - reads the URL from standard input, out of ps and the shell history.
        const QUrl fresh = TestSupport::redirectFrom(
            QUrl(m_sandboxUrl.toString() +
                 QStringLiteral("/connect/oauth2/authorize?appid=%1&redirect_uri=%2"
                                "&response_type=code&scope=snsapi_base&state=fromPhone2&agentid=%3")
                     .arg(WeComSandbox::corpId,
                          QString::fromLatin1(QUrl::toPercentEncoding(
                              QStringLiteral("https://app.example.com/sso/callback"))),
                          WeComSandbox::agentId)));
        const Result fromStdin =
            run({QStringLiteral("authorize"), QStringLiteral("acme"), QStringLiteral("--paste"),
                 QStringLiteral("-"), QStringLiteral("--json")},
                fresh.toEncoded() + '\n');
        QVERIFY2(fromStdin.exitCode == 0, fromStdin.err.constData());
        QCOMPARE(
            QJsonDocument::fromJson(fromStdin.out).object().value(QLatin1String("external_id")).toString(),
            QStringLiteral("lisi"));
    }

    void denialAndTimeoutFailWithOneLine() {
        control({{QStringLiteral("auto_approve"), QStringLiteral("deny")}});
        const Result denied = run({QStringLiteral("authorize"), QStringLiteral("acme")});
        QCOMPARE(denied.exitCode, 1);
        QVERIFY2(denied.err.contains("denied"), denied.err.constData());
        QCOMPARE(failureLines(denied), 1);
        // The embedded browser's own chatter stays out of stderr: AuthDesk's line is all there is...
        QCOMPARE(denied.err.trimmed().count('\n'), 0);
        // ...and it is kept in the debug log, or let through with --verbose.
        QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("cache/authdesk/browser.log"))));
        QCOMPARE(QFile(m_home.filePath(QStringLiteral("cache/authdesk/browser.log"))).permissions() &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        const Result verbose =
            run({QStringLiteral("authorize"), QStringLiteral("acme"), QStringLiteral("--verbose")});
        QCOMPARE(verbose.exitCode, 1);
        QCOMPARE(failureLines(verbose), 1);

        control({{QStringLiteral("clear"), true}}); // the picker waits for a click that never comes
        const Result timedOut = run({QStringLiteral("authorize"), QStringLiteral("acme"),
                                     QStringLiteral("--timeout"), QStringLiteral("4")});
        QCOMPARE(timedOut.exitCode, 1);
        QVERIFY2(timedOut.err.contains("Timed out"), timedOut.err.constData());
        QVERIFY(timedOut.err.contains("Sandbox")); // what the page showed
        // Seconds past what the timer holds in milliseconds are refused, not wrapped around.
        const Result tooLong = run({QStringLiteral("authorize"), QStringLiteral("acme"),
                                    QStringLiteral("--timeout"), QStringLiteral("3000000")});
        QCOMPARE(tooLong.exitCode, 2);
        QVERIFY2(tooLong.err.contains("from 1 to 86400"), tooLong.err.constData());
    }

    void errcodeIsExplained() {
        control({{QStringLiteral("auto_approve"), QStringLiteral("zhangsan")}});
        control({{QStringLiteral("fault"), QStringLiteral("rate_limit")},
                 {QStringLiteral("path"), QStringLiteral("auth/getuserinfo")}});
        const Result result = run({QStringLiteral("authorize"), QStringLiteral("acme")});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("45009"), result.err.constData());
    }

    void keychainUnavailable() {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=/nonexistent/authdesk-no-bus"));
        const Result result =
            run(addArguments(QStringLiteral("no-keychain")), "KeychainlessSecret0042\n", env);
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains("keychain is not available"), result.err.constData());
        const Result list =
            run({QStringLiteral("tenant"), QStringLiteral("list"), QStringLiteral("--json")}, {}, env);
        QCOMPARE(list.exitCode, 0); // the rest keeps working
        QVERIFY(!list.out.contains("no-keychain"));
        QVERIFY(!TestSupport::readTree(m_home.path()).contains("KeychainlessSecret0042"));
    }

    void qinceTenant() {
        QStringList args = {QStringLiteral("tenant"),
                            QStringLiteral("add"),
                            QStringLiteral("qc"),
                            QStringLiteral("--provider"),
                            QStringLiteral("qince"),
                            QStringLiteral("--app-id"),
                            QinceSandbox::appId,
                            QStringLiteral("--tenant-id"),
                            QinceSandbox::tenantId,
                            QStringLiteral("--redirect-uri"),
                            QStringLiteral("https://app.example.com/sso/qince/callback"),
                            QStringLiteral("--endpoint"),
                            QStringLiteral("api=") + m_sandboxUrl.toString(),
                            QStringLiteral("--endpoint"),
                            QStringLiteral("oauth=") + m_sandboxUrl.toString(),
                            QStringLiteral("--secret-stdin")};
        QStringList wrong = args;
        wrong.insert(wrong.size() - 1, QStringLiteral("--corp-id"));
        wrong.insert(wrong.size() - 1, WeComSandbox::corpId);
        const Result refused = run(wrong, QinceSandbox::appSecret.toUtf8() + '\n');
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("--corp-id does not apply"), refused.err.constData());

        const Result added = run(args, QinceSandbox::appSecret.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const Result check = run({QStringLiteral("tenant"), QStringLiteral("check"), QStringLiteral("qc")});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QVERIFY(check.out.contains("app_secret works"));

        control({{QStringLiteral("provider"), QStringLiteral("qince")},
                 {QStringLiteral("auto_approve"), QStringLiteral("8000000000000000101")}});
        const Result authorized =
            run({QStringLiteral("authorize"), QStringLiteral("qc"), QStringLiteral("--json")});
        QVERIFY2(authorized.exitCode == 0, authorized.err.constData());
        const QJsonObject identity = QJsonDocument::fromJson(authorized.out).object();
        QCOMPARE(identity.value(QLatin1String("provider")).toString(), QStringLiteral("qince"));
        QCOMPARE(identity.value(QLatin1String("id_type")).toString(), QStringLiteral("qince_id"));
        QCOMPARE(identity.value(QLatin1String("external_id")).toString(),
                 QStringLiteral("8000000000000000101"));
        QCOMPARE(identity.value(QLatin1String("department")).toString(),
                 QStringLiteral("沙盒快消/销售部/华东区"));
        QCOMPARE(identity.value(QLatin1String("thrid_id")).toString(), QStringLiteral("EMP-0101"));

        control({{QStringLiteral("provider"), QStringLiteral("qince")},
                 {QStringLiteral("auto_approve"), QStringLiteral("deny")}});
        const Result denied = run({QStringLiteral("authorize"), QStringLiteral("qc")});
        QCOMPARE(denied.exitCode, 1);
        QVERIFY2(denied.err.contains("access_denied"), denied.err.constData());
        QCOMPARE(failureLines(denied), 1);
    }

    void qiqiTenant() {
        const Result added =
            run({QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("qq"),
                 QStringLiteral("--provider"), QStringLiteral("qiqi"), QStringLiteral("--access-key-id"),
                 QiqiSandbox::accessKeyId, QStringLiteral("--redirect-uri"),
                 QStringLiteral("https://app.example.com/sso/qiqi/callback"), QStringLiteral("--sign-region"),
                 QiqiSandbox::region, QStringLiteral("--endpoint"),
                 QStringLiteral("auth=") + m_sandboxUrl.toString(), QStringLiteral("--endpoint"),
                 QStringLiteral("api=") + m_sandboxUrl.toString(), QStringLiteral("--secret-stdin")},
                QiqiSandbox::secretAccessKey.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const Result check = run({QStringLiteral("tenant"), QStringLiteral("check"), QStringLiteral("qq")});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QVERIFY(check.out.contains("signature was accepted"));

        control({{QStringLiteral("provider"), QStringLiteral("qiqi")},
                 {QStringLiteral("auto_approve"), QStringLiteral("u1001")}});
        const Result authorized =
            run({QStringLiteral("authorize"), QStringLiteral("qq"), QStringLiteral("--json")});
        QVERIFY2(authorized.exitCode == 0, authorized.err.constData());
        const QJsonObject identity = QJsonDocument::fromJson(authorized.out).object();
        QCOMPARE(identity.value(QLatin1String("id_type")).toString(), QStringLiteral("openid"));
        QCOMPARE(identity.value(QLatin1String("external_id")).toString(),
                 QiqiSandbox::openidFor(QStringLiteral("u1001")));
    }

    // Tenant health (PROVIDERS §9): every check of two tenants, as JSON and as a node-exporter
    // textfile; then the platforms' clock ten minutes behind: a warning where tokens are judged
    // with a minute of skew, a failure where requests are signed (企企), and exit code 1.
    void healthChecksFromTheCommandLine() {
        QTemporaryDir dir;
        const QString metrics = dir.filePath(QStringLiteral("authdesk.prom"));
        const QStringList checkBoth = {QStringLiteral("tenant"), QStringLiteral("check"),
                                       QStringLiteral("acme"), QStringLiteral("qq"),
                                       QStringLiteral("--json")};
        const Result healthy = run(checkBoth + QStringList{QStringLiteral("--prometheus"), metrics});
        QVERIFY2(healthy.exitCode == 0, healthy.err.constData() + healthy.out);
        auto checksOf = [](const QByteArray &out, int tenant) {
            QHash<QString, QJsonObject> checks;
            const QJsonObject report = QJsonDocument::fromJson(out).array().at(tenant).toObject();
            for (const QJsonValue &check : report.value(QLatin1String("checks")).toArray())
                checks.insert(check.toObject().value(QLatin1String("id")).toString(), check.toObject());
            return checks;
        };
        const auto acme = checksOf(healthy.out, 0);
        QCOMPARE(acme.keys().size(), 11);
        QCOMPARE(acme.value(QStringLiteral("contacts_secret")).value(QLatin1String("status")).toString(),
                 QStringLiteral("skipped")); // acme has none
        QCOMPARE(acme.value(QStringLiteral("tls")).value(QLatin1String("status")).toString(),
                 QStringLiteral("skipped")); // the sandbox on loopback, over http
        for (const char *id : {"secret", "secret_age", "credentials", "wecom.trusted_ip", "wecom.app",
                               "wecom.trusted_domain", "clock", "endpoints", "last_run"})
            QVERIFY2(acme.value(QLatin1String(id)).value(QLatin1String("status")).toString() ==
                         QLatin1String("ok"),
                     id);
        QFile textfile(metrics);
        QVERIFY(textfile.open(QIODevice::ReadOnly));
        const QByteArray exported = textfile.readAll();
        QVERIFY2(exported.contains(
                     "authdesk_tenant_check{tenant=\"acme\",provider=\"wecom\",check=\"credentials\"} 0\n"),
                 exported.constData());
        QVERIFY(exported.contains("authdesk_tenant_check_time_seconds "));

        control({{QStringLiteral("clock_offset_s"), -600}});
        const Result skewed = run(checkBoth);
        QCOMPARE(skewed.exitCode, 1);
        const QJsonObject wecomClock = checksOf(skewed.out, 0).value(QStringLiteral("clock"));
        QCOMPARE(wecomClock.value(QLatin1String("status")).toString(), QStringLiteral("warn"));
        QVERIFY(qAbs(wecomClock.value(QLatin1String("details"))
                         .toObject()
                         .value(QLatin1String("offset_seconds"))
                         .toInt() -
                     600) <= 2);
        const QJsonObject qiqiClock = checksOf(skewed.out, 1).value(QStringLiteral("clock"));
        QCOMPARE(qiqiClock.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        QVERIFY2(qiqiClock.value(QLatin1String("remedy")).toString().contains(QLatin1String("timedatectl")),
                 skewed.out.constData());

        // The contacts-sync secret fetches a token of its own; a wrong one fails.
        for (const auto &[name, contacts] :
             {std::pair{QStringLiteral("acme-dir"), WeComSandbox::contactsSecret},
              std::pair{QStringLiteral("acme-dir-wrong"), QStringLiteral("wrong")}}) {
            const Result added =
                run(addArguments(name) + QStringList{QStringLiteral("--contacts-secret-stdin")},
                    WeComSandbox::corpSecret.toUtf8() + '\n' + contacts.toUtf8() + '\n');
            QVERIFY2(added.exitCode == 0, added.err.constData());
            const Result checked =
                run({QStringLiteral("tenant"), QStringLiteral("check"), name, QStringLiteral("--json")});
            const bool right = name == QLatin1String("acme-dir");
            QCOMPARE(checked.exitCode, right ? 0 : 1);
            QCOMPARE(checksOf(checked.out, 0)
                         .value(QStringLiteral("contacts_secret"))
                         .value(QLatin1String("status"))
                         .toString(),
                     right ? QStringLiteral("ok") : QStringLiteral("fail"));
            QCOMPARE(run({QStringLiteral("tenant"), QStringLiteral("remove"), name}).exitCode, 0);
        }

        // WeCom's own checks (PROVIDERS §9.1): the app closed, seen by nobody, trusting another
        // domain; then calls refused from this machine's IP, which WeCom names.
        control({{QStringLiteral("clear"), true}});
        control({{QStringLiteral("provider"), QStringLiteral("wecom")},
                 {QStringLiteral("agent"),
                  QJsonObject{{QStringLiteral("close"), true},
                              {QStringLiteral("visible"), false},
                              {QStringLiteral("redirect_domain"), QStringLiteral("sso.other.example")}}}});
        const QStringList checkAcme = {QStringLiteral("tenant"), QStringLiteral("check"),
                                       QStringLiteral("acme"), QStringLiteral("--json")};
        const Result misconfigured = run(checkAcme);
        QCOMPARE(misconfigured.exitCode, 1);
        const auto app = checksOf(misconfigured.out, 0);
        QCOMPARE(app.value(QStringLiteral("wecom.app")).value(QLatin1String("status")).toString(),
                 QStringLiteral("fail"));
        QVERIFY(app.value(QStringLiteral("wecom.app"))
                    .value(QLatin1String("message"))
                    .toString()
                    .contains(QLatin1String("disabled")));
        const QJsonObject domain = app.value(QStringLiteral("wecom.trusted_domain"));
        QCOMPARE(domain.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        QVERIFY2(
            domain.value(QLatin1String("message")).toString().contains(QLatin1String("sso.other.example")),
            misconfigured.out.constData());
        control({{QStringLiteral("clear"), true}});
        control({{QStringLiteral("provider"), QStringLiteral("wecom")},
                 {QStringLiteral("fault"), QStringLiteral("ip_not_trusted")},
                 {QStringLiteral("path"), QStringLiteral("agent/get")}});
        const Result untrusted = run(checkAcme);
        QCOMPARE(untrusted.exitCode, 1);
        const QJsonObject ip = checksOf(untrusted.out, 0).value(QStringLiteral("wecom.trusted_ip"));
        QCOMPARE(ip.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        QCOMPARE(ip.value(QLatin1String("details")).toObject().value(QLatin1String("ip")).toString(),
                 QStringLiteral("127.0.0.1"));
        QVERIFY(ip.value(QLatin1String("remedy")).toString().contains(QStringLiteral("企业可信IP")));

        const Result usage = run({QStringLiteral("tenant"), QStringLiteral("check")});
        QCOMPARE(usage.exitCode, 2);
        const Result unknown =
            run({QStringLiteral("tenant"), QStringLiteral("check"), QStringLiteral("nosuch")});
        QCOMPARE(unknown.exitCode, 2);

        // Every tenant at once; what it prints and the textfile go into the final secret scan.
        control({{QStringLiteral("clear"), true}});
        const QString allMetrics = dir.filePath(QStringLiteral("all.prom"));
        const Result all = run({QStringLiteral("tenant"), QStringLiteral("check"), QStringLiteral("--all"),
                                QStringLiteral("--json"), QStringLiteral("--prometheus"), allMetrics});
        QVERIFY2(all.exitCode == 0 || all.exitCode == 1, all.err.constData());
        const QJsonArray reports = QJsonDocument::fromJson(all.out).array();
        QVERIFY(reports.size() >= 2);
        const Result listed =
            run({QStringLiteral("tenant"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(reports.size(), QJsonDocument::fromJson(listed.out).array().size());
        QFile allTextfile(allMetrics);
        QVERIFY(allTextfile.open(QIODevice::ReadOnly));
        m_allOutput += exported + allTextfile.readAll();
    }

    void feishuTenant() {
        const Result added =
            run({QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("fs"),
                 QStringLiteral("--provider"), QStringLiteral("feishu"), QStringLiteral("--app-id"),
                 FeishuSandbox::appId, QStringLiteral("--scope"),
                 QStringLiteral("contact:user.email:readonly contact:user.employee_id:readonly"),
                 QStringLiteral("--tenant-key"), FeishuSandbox::tenantKey, QStringLiteral("--redirect-uri"),
                 QStringLiteral("https://app.example.com/sso/feishu/callback"), QStringLiteral("--endpoint"),
                 QStringLiteral("accounts=") + m_sandboxUrl.toString(), QStringLiteral("--endpoint"),
                 QStringLiteral("open=") + m_sandboxUrl.toString(), QStringLiteral("--secret-stdin")},
                FeishuSandbox::appSecret.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const Result check = run({QStringLiteral("tenant"), QStringLiteral("check"), QStringLiteral("fs")});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QVERIFY(check.out.contains("tenant_access_token"));

        control({{QStringLiteral("provider"), QStringLiteral("feishu")},
                 {QStringLiteral("auto_approve"), QStringLiteral("zhangsan")}});
        const Result authorized =
            run({QStringLiteral("authorize"), QStringLiteral("fs"), QStringLiteral("--json")});
        QVERIFY2(authorized.exitCode == 0, authorized.err.constData());
        const QJsonObject identity = QJsonDocument::fromJson(authorized.out).object();
        QCOMPARE(identity.value(QLatin1String("provider")).toString(), QStringLiteral("feishu"));
        QCOMPARE(identity.value(QLatin1String("id_type")).toString(), QStringLiteral("open_id"));
        QCOMPARE(identity.value(QLatin1String("external_id")).toString(),
                 FeishuSandbox::openIdFor(QStringLiteral("zhangsan")));
        QCOMPARE(identity.value(QLatin1String("user_id")).toString(), QStringLiteral("u-zhangsan"));
        QCOMPARE(identity.value(QLatin1String("tenant_key")).toString(), FeishuSandbox::tenantKey);

        control({{QStringLiteral("provider"), QStringLiteral("feishu")},
                 {QStringLiteral("auto_approve"), QStringLiteral("guest")}});
        const Result refused = run({QStringLiteral("authorize"), QStringLiteral("fs")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("pinned"), refused.err.constData());
        QCOMPARE(failureLines(refused), 1);
    }

    // Eight processes opening one new store at once, then eight opening a store of the schema
    // before (a run record to redact): one migrates under an exclusive lock, the others wait and
    // find the work done; every process succeeds and every write is there.
    void parallelProcessesOpenANewOrOldStore() {
        auto startAll = [&](const QString &store, const std::function<QStringList(int)> &arguments) {
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int i = 0; i < 8; ++i) {
                auto process = std::make_unique<QProcess>();
                process->setProcessEnvironment(environment());
                process->start(QStringLiteral(AUTHDESK_BINARY),
                               QStringList{QStringLiteral("--store"), QStringLiteral("sqlite:") + store} +
                                   arguments(i));
                process->write(DingTalkSandbox::clientSecret.toUtf8() + '\n');
                process->closeWriteChannel();
                processes.push_back(std::move(process));
            }
            int succeeded = 0;
            for (auto &process : processes) {
                process->waitForFinished(120000);
                const QByteArray err = process->readAllStandardError();
                if (process->exitStatus() == QProcess::NormalExit && process->exitCode() == 0)
                    ++succeeded;
                else
                    qWarning("%s", err.constData());
            }
            return succeeded;
        };
        const QString fresh = m_home.filePath(QStringLiteral("parallel-new.sqlite"));
        QCOMPARE(startAll(fresh,
                          [&](int i) {
                              return QStringList{
                                  QStringLiteral("tenant"),
                                  QStringLiteral("add"),
                                  QStringLiteral("parallel-%1").arg(i),
                                  QStringLiteral("--provider"),
                                  QStringLiteral("dingtalk"),
                                  QStringLiteral("--client-id"),
                                  DingTalkSandbox::clientId,
                                  QStringLiteral("--redirect-uri"),
                                  QStringLiteral("https://app.example.com/sso/dingtalk/callback"),
                                  QStringLiteral("--secret-stdin")};
                          }),
                 8);
        const Result listed =
            run({QStringLiteral("--store"), QStringLiteral("sqlite:") + fresh, QStringLiteral("tenant"),
                 QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 8);

        const QString old = m_home.filePath(QStringLiteral("parallel-old.sqlite"));
        QVERIFY(QFile::copy(QStringLiteral(AUTHDESK_FIXTURES "/dingtalk-run-schema8.sqlite"), old));
        QVERIFY(QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(startAll(old,
                          [](int) {
                              return QStringList{QStringLiteral("tenant"), QStringLiteral("list")};
                          }),
                 8);
        Database store;
        const Status opened = store.open(old);
        QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
        QSqlQuery q(store.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), Migrations::schemaVersion);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM runs")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void dingtalkTenant() {
        const Result added = run(
            {QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("dt"),
             QStringLiteral("--provider"), QStringLiteral("dingtalk"), QStringLiteral("--client-id"),
             DingTalkSandbox::clientId, QStringLiteral("--corp-id"), DingTalkSandbox::corpId,
             QStringLiteral("--redirect-uri"),
             QStringLiteral("https://app.example.com/sso/dingtalk/callback"), QStringLiteral("--endpoint"),
             QStringLiteral("login=") + m_sandboxUrl.toString(), QStringLiteral("--endpoint"),
             QStringLiteral("api=") + m_sandboxUrl.toString(), QStringLiteral("--endpoint"),
             QStringLiteral("oapi=") + m_sandboxUrl.toString(), QStringLiteral("--secret-stdin")},
            DingTalkSandbox::clientSecret.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const Result check = run({QStringLiteral("tenant"), QStringLiteral("check"), QStringLiteral("dt")});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QVERIFY(check.out.contains("client_secret works"));

        control({{QStringLiteral("provider"), QStringLiteral("dingtalk")},
                 {QStringLiteral("auto_approve"), QStringLiteral("zhangsan")}});
        const Result authorized =
            run({QStringLiteral("authorize"), QStringLiteral("dt"), QStringLiteral("--json")});
        QVERIFY2(authorized.exitCode == 0, authorized.err.constData());
        const QJsonObject identity = QJsonDocument::fromJson(authorized.out).object();
        QCOMPARE(identity.value(QLatin1String("provider")).toString(), QStringLiteral("dingtalk"));
        QCOMPARE(identity.value(QLatin1String("id_type")).toString(), QStringLiteral("corpid:unionid"));
        QCOMPARE(identity.value(QLatin1String("external_id")).toString(),
                 DingTalkSandbox::corpId + QLatin1Char(':') +
                     DingTalkSandbox::unionIdFor(QStringLiteral("zhangsan")));
        QCOMPARE(identity.value(QLatin1String("userid")).toString(), QStringLiteral("manager4711"));
        QCOMPARE(identity.value(QLatin1String("corpid")).toString(), DingTalkSandbox::corpId);
        QCOMPARE(identity.value(QLatin1String("warnings")).toArray().size(), 0);

        // The app may not look members up: the sign-in succeeds, and the warning says so with
        // DingTalk's code and what to do, on standard error and in the JSON.
        control({{QStringLiteral("provider"), QStringLiteral("dingtalk")},
                 {QStringLiteral("fault"), QStringLiteral("no_permission")},
                 {QStringLiteral("path"), QStringLiteral("topapi/user/getbyunionid")}});
        const Result refused =
            run({QStringLiteral("authorize"), QStringLiteral("dt"), QStringLiteral("--json")});
        QVERIFY2(refused.exitCode == 0, refused.err.constData());
        QVERIFY2(refused.err.contains("warning: ") && refused.err.contains("qyapi_get_member"),
                 refused.err.constData());
        const QJsonArray warnings =
            QJsonDocument::fromJson(refused.out).object().value(QLatin1String("warnings")).toArray();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.at(0).toObject().value(QLatin1String("platform_code")).toInt(), 60011);
        QVERIFY(warnings.at(0)
                    .toObject()
                    .value(QLatin1String("detail"))
                    .toString()
                    .contains(QLatin1String("qyapi_get_member")));
        // The export carries the secondary ids.
        const Result exported =
            run({QStringLiteral("mappings"), QStringLiteral("export"), QStringLiteral("--tenant"),
                 QStringLiteral("dt"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY2(exported.out.contains("manager4711"), exported.out.constData());
        // A workbook is a file: refused on standard output, written with --output.
        const Result toStdout = run({QStringLiteral("mappings"), QStringLiteral("export"),
                                     QStringLiteral("--format"), QStringLiteral("xlsx")});
        QCOMPARE(toStdout.exitCode, 2);
        QVERIFY2(toStdout.err.contains("--output"), toStdout.err.constData());
        QTemporaryDir out;
        const QString workbook = out.filePath(QStringLiteral("m.xlsx"));
        const Result toFile =
            run({QStringLiteral("mappings"), QStringLiteral("export"), QStringLiteral("--format"),
                 QStringLiteral("xlsx"), QStringLiteral("--output"), workbook});
        QVERIFY2(toFile.exitCode == 0, toFile.err.constData());
        QFile written(workbook);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.read(2) == "PK"); // a zip container, as .xlsx is
        // The company's list: a preview, then --apply; the audit trail says where it came from.
        const QString list = out.filePath(QStringLiteral("list.csv"));
        QFile csv(list);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("userid,login\n" + identity.value(QLatin1String("external_id")).toString().toUtf8() +
                  ",li.si\nnobody,x\n");
        csv.close();
        const QStringList importing = {QStringLiteral("mappings"),
                                       QStringLiteral("import"),
                                       list,
                                       QStringLiteral("--match"),
                                       QStringLiteral("external_id"),
                                       QStringLiteral("--column"),
                                       QStringLiteral("external_id=userid"),
                                       QStringLiteral("--column"),
                                       QStringLiteral("local_account=login")};
        const Result preview = run(importing + QStringList{QStringLiteral("--json")});
        QVERIFY2(preview.exitCode == 0, preview.err.constData());
        const QJsonObject planned = QJsonDocument::fromJson(preview.out).object();
        QCOMPARE(planned.value(QLatin1String("applied")).toBool(), false);
        QCOMPARE(planned.value(QLatin1String("unmatched_rows")).toArray(), (QJsonArray{3}));
        const Result applied = run(importing + QStringList{QStringLiteral("--apply")});
        QVERIFY2(applied.exitCode == 0 && applied.out.contains("li.si"), applied.out.constData());
        const Result audit = run({QStringLiteral("audit"), QStringLiteral("export"),
                                  QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(audit.out.contains("imported from list.csv"), audit.out.constData());
        const Result missing = run({QStringLiteral("mappings"), QStringLiteral("import"), list,
                                    QStringLiteral("--match"), QStringLiteral("mobile")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("no column"), missing.err.constData());
    }

    // A WeCom callback pasted from a server's log (PROVIDERS-wecom-suite §2, example C): verified,
    // decrypted, the suite_ticket masked; a callback signed with another Token is refused.
    void wecomCallbackDecrypted() {
        QTemporaryDir dir;
        const QString body = dir.filePath(QStringLiteral("callback.xml"));
        QFile file(body);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<xml><ToUserName><![CDATA[wwddddccc7775555aaa]]></ToUserName><Encrypt><![CDATA["
                   "ZA4HuQypHxnRrA+A6SOHGOkM6FbNK3+w7aR+73PIHID93wic6rabfH/kz2tPB/"
                   "Mj+LYVZc+bUD2MZ+6u2o9E4WPHAmHPvLjlEU1YNh"
                   "mMu6QkG/zprOWb0Z/"
                   "lv1ACzfbyffxk+jeqw+4Z4DBUBt5+2QA8Y3p2vVjN5JnlusBLyd8JsqDdTlX1zAWpzxFLiGP7FI63bWG++zEf"
                   "7hjxhR7poP7jH0S1chW5uQvqN+H6p/QdKEwtNNlKNH+Ffm8PDTfZqPH/s/GTF4aSw/"
                   "hoBUzBG7IzFGIMwPeXPWBmxNkDzrje0V3Nx"
                   "Ll9nwD+6UwHnG8SCo9+6Fis+MWIqtmdNDkdTA==]]></Encrypt></xml>");
        file.close();
        const QStringList decrypt{
            QStringLiteral("callback"),
            QStringLiteral("decrypt"),
            QStringLiteral("--query"),
            QStringLiteral("msg_signature=475ff72eebba0614275fbec1fc02a334f746082d&timestamp="
                           "1403610513&nonce=380320359"),
            QStringLiteral("--body-file"),
            body,
            QStringLiteral("--json"),
            QStringLiteral("--secrets-stdin")};
        const Result opened = run(decrypt, "QDG6eK\njWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C\n");
        QVERIFY2(opened.exitCode == 0, opened.err.constData());
        const QJsonObject json = QJsonDocument::fromJson(opened.out).object();
        QCOMPARE(json.value(QLatin1String("receive_id")).toString(), QStringLiteral("wwddddccc7775555aaa"));
        QVERIFY(json.value(QLatin1String("message")).toString().contains(QLatin1String("suite_ticket")));
        QVERIFY(!opened.out.contains("asdfasfdasdfasdf"));
        QVERIFY(!opened.out.contains("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"));
        const Result forged = run(decrypt, "other\njWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C\n");
        QCOMPARE(forged.exitCode, 1);
        QVERIFY(forged.err.contains("msg_signature"));
    }

    void signVerbMatchesAwsExample() {
        const Result result = run({QStringLiteral("sign"),
                                   QStringLiteral("--method"),
                                   QStringLiteral("POST"),
                                   QStringLiteral("--url"),
                                   QStringLiteral("https://example.amazonaws.com/"),
                                   QStringLiteral("--header"),
                                   QStringLiteral("Content-Type:application/x-www-form-urlencoded"),
                                   QStringLiteral("--header"),
                                   QStringLiteral("X-Amz-Date:20150830T123600Z"),
                                   QStringLiteral("--body-file"),
                                   writeFile(QStringLiteral("body.txt"), "Param1=value1"),
                                   QStringLiteral("--date"),
                                   QStringLiteral("20150830T123600Z"),
                                   QStringLiteral("--region"),
                                   QStringLiteral("us-east-1"),
                                   QStringLiteral("--service"),
                                   QStringLiteral("service"),
                                   QStringLiteral("--access-key-id"),
                                   QStringLiteral("AKIDEXAMPLE"),
                                   QStringLiteral("--secret-stdin")},
                                  "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n");
        QVERIFY2(result.exitCode == 0, result.err.constData());
        QVERIFY(result.out.contains(
            "Canonical request:\nPOST\n/\n\ncontent-type:application/x-www-form-urlencoded\n"));
        QVERIFY(result.out.contains("String to sign:\nAWS4-HMAC-SHA256\n20150830T123600Z\n"));
        QVERIFY(result.out.contains(
            "SignedHeaders=content-type;host;x-amz-date, "
            "Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"));
        QVERIFY(!result.out.contains("wJalrXUtnFEMI"));

        // Without an X-Amz-Date header, --date adds one: the same request, the same signature.
        const Result added =
            run({QStringLiteral("sign"), QStringLiteral("--method"), QStringLiteral("POST"),
                 QStringLiteral("--url"), QStringLiteral("https://example.amazonaws.com/"),
                 QStringLiteral("--header"), QStringLiteral("Content-Type:application/x-www-form-urlencoded"),
                 QStringLiteral("--body-file"), writeFile(QStringLiteral("body.txt"), "Param1=value1"),
                 QStringLiteral("--date"), QStringLiteral("20150830T123600Z"), QStringLiteral("--region"),
                 QStringLiteral("us-east-1"), QStringLiteral("--service"), QStringLiteral("service"),
                 QStringLiteral("--access-key-id"), QStringLiteral("AKIDEXAMPLE"),
                 QStringLiteral("--secret-stdin")},
                "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY2(
            added.out.contains("Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"),
            added.out.constData());

        // Found by fuzzing: a method or header name that is no HTTP token (a line break in it)
        // would make the canonical request ambiguous; refused with a message.
        for (const QStringList &bad :
             {QStringList{QStringLiteral("--method"), QStringLiteral("GET\nX")},
              QStringList{QStringLiteral("--header"), QStringLiteral("Bad Name: v")}}) {
            const Result refused =
                run(QStringList{QStringLiteral("sign"), QStringLiteral("--url"),
                                QStringLiteral("https://example.amazonaws.com/"), QStringLiteral("--date"),
                                QStringLiteral("20150830T123600Z"), QStringLiteral("--region"),
                                QStringLiteral("r"), QStringLiteral("--service"), QStringLiteral("s"),
                                QStringLiteral("--access-key-id"), QStringLiteral("AKIDEXAMPLE"),
                                QStringLiteral("--secret-stdin")} +
                        bad,
                    "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n");
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(bad.first().toUtf8()), refused.err.constData());
        }
    }

    void directorySyncAndExport() {
        const Result sync =
            run({QStringLiteral("directory"), QStringLiteral("sync"), QStringLiteral("acme")});
        QVERIFY2(sync.exitCode == 0, sync.err.constData());
        QVERIFY(sync.out.startsWith("Synced"));
        QVERIFY2(sync.err.contains("departments 3/3"), sync.err.constData());

        const QString csvPath = m_home.filePath(QStringLiteral("acme.csv"));
        const Result csv =
            run({QStringLiteral("mappings"), QStringLiteral("export"), QStringLiteral("--tenant"),
                 QStringLiteral("acme"), QStringLiteral("--format"), QStringLiteral("csv"),
                 QStringLiteral("--output"), csvPath});
        QVERIFY2(csv.exitCode == 0, csv.err.constData());
        QFile file(csvPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.startsWith("\xEF\xBB\xBFprovider,tenant,external_id"));
        // zhangsan was verified by the authorize runs, lisi too; the sync kept one row each.
        QCOMPARE(content.count("wecom,acme,zhangsan,userid,张三"), 1);
        QCOMPARE(content.count("wecom,acme,lisi,userid,李四"), 1);

        const Result json = run({QStringLiteral("mappings"), QStringLiteral("export"),
                                 QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(json.out).array();
        QVERIFY(rows.size() >= 3); // acme's members and the 勤策 user
        QStringList providers;
        for (const QJsonValue &row : rows)
            providers << row.toObject().value(QLatin1String("provider")).toString();
        QVERIFY(providers.contains(QStringLiteral("qince")));

        const Result bad = run({QStringLiteral("mappings"), QStringLiteral("export"),
                                QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(bad.exitCode, 2);
        const Result nowhere =
            run({QStringLiteral("mappings"), QStringLiteral("export"), QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--output"),
                 m_home.filePath(QStringLiteral("no/such/dir/x.csv"))});
        QCOMPARE(nowhere.exitCode, 3);
        QVERIFY(nowhere.err.contains("Cannot write"));
    }

    // Hardening: mappings belong to the tenant's id, so a rename takes them along, and removing a
    // tenant that has mappings says what becomes of them.
    void renameAndRemoveTenant() {
        const QString renamed = QStringLiteral("acme 华东");
        const Result rename =
            run({QStringLiteral("tenant"), QStringLiteral("rename"), QStringLiteral("acme"), renamed});
        QVERIFY2(rename.exitCode == 0, rename.err.constData());
        const Result taken =
            run({QStringLiteral("tenant"), QStringLiteral("rename"), renamed, QStringLiteral("qc")});
        QCOMPARE(taken.exitCode, 1);
        QVERIFY2(taken.err.contains("already exists"), taken.err.constData());
        auto exported = [&](const QString &tenant) {
            const Result json =
                run({QStringLiteral("mappings"), QStringLiteral("export"), QStringLiteral("--tenant"), tenant,
                     QStringLiteral("--format"), QStringLiteral("json")});
            return QJsonDocument::fromJson(json.out).array();
        };
        const int rows = exported(renamed).size();
        QVERIFY(rows >= 2); // zhangsan and lisi came along
        QCOMPARE(exported(QStringLiteral("acme")).size(), 0);

        const Result unsaid = run({QStringLiteral("tenant"), QStringLiteral("remove"), renamed});
        QCOMPARE(unsaid.exitCode, 2);
        QVERIFY2(unsaid.err.contains("--keep-mappings") && unsaid.err.contains("--delete-mappings"),
                 unsaid.err.constData());
        const Result removed = run(
            {QStringLiteral("tenant"), QStringLiteral("remove"), renamed, QStringLiteral("--keep-mappings")});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        const Result list = run({QStringLiteral("tenant"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY(!list.out.contains("acme"));
        QVERIFY(list.out.contains("\"qc\""));
        QCOMPARE(exported(renamed).size(), rows); // kept
        const Result again = run({QStringLiteral("tenant"), QStringLiteral("remove"), renamed,
                                  QStringLiteral("--delete-mappings")});
        QCOMPARE(again.exitCode, 1);
        const Result qc = run({QStringLiteral("tenant"), QStringLiteral("remove"), QStringLiteral("qc"),
                               QStringLiteral("--delete-mappings")});
        QVERIFY2(qc.exitCode == 0, qc.err.constData());
        QVERIFY2(qc.out.contains("mappings removed"), qc.out.constData());
        QCOMPARE(exported(QStringLiteral("qc")).size(), 0);
    }

    // Hardening: a process killed (SIGKILL) in the middle of a sync, an export or a tenant save
    // loses nothing: the database opens and passes integrity_check, a tenant is there whole or not
    // at all, no half export is left, and the sync resumes to the right rows.
    void killedMidWayLosesNothing() {
        QString database;
        QDirIterator it(m_home.filePath(QStringLiteral("data")), {QStringLiteral("authdesk.sqlite")},
                        QDir::Files, QDirIterator::Subdirectories);
        if (it.hasNext())
            database = it.next();
        QVERIFY(!database.isEmpty());
        auto databaseIsWhole = [&] {
            // Through AuthDesk's own store: its indexes use AuthDesk's collation (pinyin).
            Database store;
            if (!store.open(database).ok())
                return false;
            QSqlQuery check(store.connection());
            return check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next() &&
                   check.value(0).toString() == QLatin1String("ok");
        };
        auto killAfter = [&](const QStringList &arguments, int milliseconds, const QByteArray &input = {}) {
            QProcess process;
            process.setProcessEnvironment(environment());
            process.start(QStringLiteral(AUTHDESK_BINARY), arguments);
            process.write(input);
            process.closeWriteChannel();
            QTest::qWait(milliseconds);
            process.kill(); // SIGKILL
            process.waitForFinished();
        };

        // A sync killed half way, then resumed.
        QVERIFY(run(addArguments(QStringLiteral("kill-sync")), WeComSandbox::corpSecret.toUtf8() + '\n')
                    .exitCode == 0);
        control({{QStringLiteral("directory"),
                  QJsonObject{{QStringLiteral("members"), 1000}, {QStringLiteral("departments"), 41}}}});
        control({{QStringLiteral("fault"), QStringLiteral("slow")},
                 {QStringLiteral("path"), QStringLiteral("user/list")},
                 {QStringLiteral("times"), -1},
                 {QStringLiteral("delay_ms"), 150}});
        killAfter({QStringLiteral("directory"), QStringLiteral("sync"), QStringLiteral("kill-sync"),
                   QStringLiteral("--concurrency"), QStringLiteral("2")},
                  1500);
        QVERIFY(databaseIsWhole());
        control({{QStringLiteral("clear"), true}});
        const Result resumed =
            run({QStringLiteral("directory"), QStringLiteral("sync"), QStringLiteral("kill-sync")});
        QVERIFY2(resumed.exitCode == 0, resumed.err.constData());
        QVERIFY2(resumed.err.contains("Resuming"), resumed.err.constData());
        const Result rows =
            run({QStringLiteral("mappings"), QStringLiteral("export"), QStringLiteral("--tenant"),
                 QStringLiteral("kill-sync"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(rows.out).array().size(), 1002);

        // Exports killed at any moment: the file is whole or absent, and the next export clears
        // what a killed one left behind.
        const QString target = m_home.filePath(QStringLiteral("killed-export.json"));
        const QStringList exportArguments = {QStringLiteral("mappings"), QStringLiteral("export"),
                                             QStringLiteral("--tenant"), QStringLiteral("kill-sync"),
                                             QStringLiteral("--format"), QStringLiteral("json"),
                                             QStringLiteral("--output"), target};
        for (int delay : {0, 5, 10, 20, 40, 80, 160}) {
            killAfter(exportArguments, delay);
            QFile file(target);
            if (file.open(QIODevice::ReadOnly))
                QCOMPARE(QJsonDocument::fromJson(file.readAll()).array().size(), 1002);
        }
        QCOMPARE(run(exportArguments).exitCode, 0);
        const QStringList left =
            QDir(m_home.path()).entryList({QStringLiteral("killed-export.json*")}, QDir::Files);
        QCOMPARE(left, QStringList{QStringLiteral("killed-export.json")});

        // Tenant saves killed at any moment: each tenant is there whole or not at all.
        for (int delay : {0, 10, 20, 40, 80, 160, 320}) {
            const QString name = QStringLiteral("kill-save-%1").arg(delay);
            killAfter(addArguments(name), delay, WeComSandbox::corpSecret.toUtf8() + '\n');
            QVERIFY(databaseIsWhole());
            const QJsonArray tenants =
                QJsonDocument::fromJson(
                    run({QStringLiteral("tenant"), QStringLiteral("list"), QStringLiteral("--json")}).out)
                    .array();
            for (const QJsonValue &value : tenants) {
                const QJsonObject tenant = value.toObject();
                if (tenant.value(QLatin1String("name")).toString() != name)
                    continue;
                QCOMPARE(tenant.value(QLatin1String("settings"))
                             .toObject()
                             .value(QLatin1String("corpid"))
                             .toString(),
                         WeComSandbox::corpId);
                QCOMPARE(tenant.value(QLatin1String("endpoints")).toObject().size(), 4);
                QCOMPARE(tenant.value(QLatin1String("redirect_uri")).toString(),
                         QStringLiteral("https://app.example.com/sso/callback"));
            }
        }
    }

    // `tenant check` and `authorize --json` against the real OpenID Provider (npm oidc-provider),
    // whose test configuration signs alice in and consents without a page.
    void oidcAgainstTheRealProvider() {
        TestSupport::RealOpenIdProvider op;
        const QString redirect = QStringLiteral("http://127.0.0.1:%1/callback").arg(TestSupport::freePort());
        QString error;
        QVERIFY2(op.start(redirect, QStringLiteral("alice"), &error), qPrintable(error));
        m_opClientSecret = op.clientSecret().toUtf8();
        const QStringList add{QStringLiteral("tenant"),
                              QStringLiteral("add"),
                              QStringLiteral("op"),
                              QStringLiteral("--provider"),
                              QStringLiteral("oidc"),
                              QStringLiteral("--issuer"),
                              op.issuer(),
                              QStringLiteral("--redirect-uri"),
                              redirect};
        // A confidential client needs its secret on standard input; a public one has none.
        Result refused = run(add + QStringList{QStringLiteral("--client-id"), QStringLiteral("conf")});
        QCOMPARE(refused.exitCode, 2);
        refused = run(add + QStringList{QStringLiteral("--client-id"), QStringLiteral("pub"),
                                        QStringLiteral("--client-auth"), QStringLiteral("none"),
                                        QStringLiteral("--secret-stdin")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("public client"));
        refused = run(add + QStringList{QStringLiteral("--client-id"), QStringLiteral("conf"),
                                        QStringLiteral("--claim"), QStringLiteral("shoe_size=x"),
                                        QStringLiteral("--secret-stdin")},
                      m_opClientSecret + '\n');
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("external_id"));
        const Result added = run(add + QStringList{QStringLiteral("--client-id"), QStringLiteral("conf"),
                                                   QStringLiteral("--claim"), QStringLiteral("name=name"),
                                                   QStringLiteral("--secret-stdin")},
                                 m_opClientSecret + '\n');
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QStringList addPublic = add;
        addPublic[2] = QStringLiteral("op-public");
        const Result addedPublic =
            run(addPublic + QStringList{QStringLiteral("--client-id"), QStringLiteral("pub"),
                                        QStringLiteral("--client-auth"), QStringLiteral("none")});
        QVERIFY2(addedPublic.exitCode == 0, addedPublic.err.constData());

        // A service account: the client credentials grant, no browser and no user; the token is
        // described, never printed (the final secret scan covers the output).
        QStringList addService = add;
        addService[2] = QStringLiteral("op-svc");
        const Result addedService =
            run(addService + QStringList{QStringLiteral("--client-id"), QStringLiteral("svc"),
                                         QStringLiteral("--secret-stdin")},
                m_opClientSecret + '\n');
        QVERIFY2(addedService.exitCode == 0, addedService.err.constData());
        const Result service =
            run({QStringLiteral("authorize"), QStringLiteral("op-svc"), QStringLiteral("--grant"),
                 QStringLiteral("client_credentials"), QStringLiteral("--json")});
        QVERIFY2(service.exitCode == 0, service.err.constData());
        const QJsonObject token = QJsonDocument::fromJson(service.out).object();
        QCOMPARE(token.value(QLatin1String("grant")).toString(), QStringLiteral("client_credentials"));
        QCOMPARE(token.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        QVERIFY(token.value(QLatin1String("expires_in")).toInt() > 0);
        QVERIFY(token.value(QLatin1String("length")).toInt() >= 32);
        QVERIFY(!token.contains(QLatin1String("access_token")));
        // A client the OP has not allowed the grant, and a public client, are refused in words.
        const Result notAllowed = run({QStringLiteral("authorize"), QStringLiteral("op"),
                                       QStringLiteral("--grant"), QStringLiteral("client_credentials")});
        QCOMPARE(notAllowed.exitCode, 1);
        QVERIFY2(notAllowed.err.contains("not allowed") &&
                     notAllowed.err.contains("client_credentials grant"),
                 notAllowed.err.constData());
        const Result publicClient = run({QStringLiteral("authorize"), QStringLiteral("op-public"),
                                         QStringLiteral("--grant"), QStringLiteral("client_credentials")});
        QCOMPARE(publicClient.exitCode, 1);
        QVERIFY(publicClient.err.contains("public client"));

        const Result check = run({QStringLiteral("tenant"), QStringLiteral("check"), QStringLiteral("op"),
                                  QStringLiteral("--json")});
        QVERIFY2(check.exitCode == 0, check.err.constData() + check.out);
        QJsonObject details;
        for (const QJsonValue &checked : QJsonDocument::fromJson(check.out)
                                             .array()
                                             .first()
                                             .toObject()
                                             .value(QLatin1String("checks"))
                                             .toArray())
            if (checked.toObject().value(QLatin1String("id")).toString() == QLatin1String("credentials"))
                details = checked.toObject().value(QLatin1String("details")).toObject();
        // The client's credentials without a user (§9.3): the real OP answers a code that cannot
        // be valid with invalid_grant for the right secret, invalid_client for a wrong one.
        auto clientCheck = [](const QByteArray &out) {
            for (const QJsonValue &checked : QJsonDocument::fromJson(out)
                                                 .array()
                                                 .first()
                                                 .toObject()
                                                 .value(QLatin1String("checks"))
                                                 .toArray())
                if (checked.toObject().value(QLatin1String("id")).toString() == QLatin1String("oidc.client"))
                    return checked.toObject();
            return QJsonObject();
        };
        QCOMPARE(clientCheck(check.out).value(QLatin1String("status")).toString(), QStringLiteral("ok"));
        // The issuer is probed before discovery names the rest.
        const QJsonArray opChecks = QJsonDocument::fromJson(check.out)
                                        .array()
                                        .first()
                                        .toObject()
                                        .value(QLatin1String("checks"))
                                        .toArray();
        const auto endpoints = std::find_if(opChecks.begin(), opChecks.end(), [](const QJsonValue &checked) {
            return checked[QLatin1String("id")].toString() == QLatin1String("endpoints");
        });
        QVERIFY(endpoints != opChecks.end());
        QCOMPARE((*endpoints)[QLatin1String("status")].toString(), QStringLiteral("ok"));
        QStringList addWrong = add;
        addWrong[2] = QStringLiteral("op-wrong");
        QVERIFY(run(addWrong + QStringList{QStringLiteral("--client-id"), QStringLiteral("conf"),
                                           QStringLiteral("--secret-stdin")},
                    "not-the-secret\n")
                    .exitCode == 0);
        const Result wrong = run({QStringLiteral("tenant"), QStringLiteral("check"),
                                  QStringLiteral("op-wrong"), QStringLiteral("--json")});
        QCOMPARE(wrong.exitCode, 1);
        const QJsonObject refusedClient = clientCheck(wrong.out);
        QCOMPARE(refusedClient.value(QLatin1String("status")).toString(), QStringLiteral("fail"));
        QVERIFY2(refusedClient.value(QLatin1String("message"))
                     .toString()
                     .contains(QLatin1String("invalid_client")),
                 wrong.out.constData());
        QCOMPARE(
            run({QStringLiteral("tenant"), QStringLiteral("remove"), QStringLiteral("op-wrong")}).exitCode,
            0);
        QCOMPARE(details.value(QLatin1String("issuer")).toString(), op.issuer());
        QCOMPARE(
            details.value(QLatin1String("endpoints")).toObject().value(QLatin1String("token")).toString(),
            op.issuer() + QStringLiteral("/token"));
        QCOMPARE(details.value(QLatin1String("keys"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("kid"))
                     .toString(),
                 QStringLiteral("real-op-rsa"));
        QVERIFY(details.value(QLatin1String("algorithms")).toArray().contains(QStringLiteral("RS256")));

        for (const QString &tenant : {QStringLiteral("op"), QStringLiteral("op-public")}) {
            const Result authorized = run({QStringLiteral("authorize"), tenant, QStringLiteral("--json"),
                                           QStringLiteral("--timeout"), QStringLiteral("60")});
            QVERIFY2(authorized.exitCode == 0, authorized.err.constData());
            const QJsonObject identity = QJsonDocument::fromJson(authorized.out).object();
            QCOMPARE(identity.value(QLatin1String("provider")).toString(), QStringLiteral("oidc"));
            QCOMPARE(identity.value(QLatin1String("external_id")).toString(), QStringLiteral("alice"));
            QCOMPARE(identity.value(QLatin1String("id_type")).toString(), QStringLiteral("sub"));
            QCOMPARE(identity.value(QLatin1String("issuer")).toString(), op.issuer());
            QCOMPARE(identity.value(QLatin1String("name")).toString(), QStringLiteral("Alice Zhang"));
            const QJsonObject raw = identity.value(QLatin1String("raw")).toObject();
            QCOMPARE(
                raw.value(QLatin1String("id_token_header")).toObject().value(QLatin1String("kid")).toString(),
                QStringLiteral("real-op-rsa"));
            QCOMPARE(
                raw.value(QLatin1String("id_token_claims")).toObject().value(QLatin1String("iss")).toString(),
                op.issuer());
            QVERIFY(raw.contains(QLatin1String("userinfo")));
            QVERIFY2(!authorized.out.contains("eyJ"), "an ID token (or another JWS) was printed");
        }
    }

    // The device grant from the command line: the user code on standard error at once, the
    // identity on standard output; the tokens kept, then refreshed, introspected and revoked by
    // `authdesk token`. No token the provider minted is printed or written anywhere.
    void deviceGrantAndKeptTokens() {
        TestSupport::RealOpenIdProvider op;
        const QString redirect = QStringLiteral("http://127.0.0.1:%1/callback").arg(TestSupport::freePort());
        QString error;
        QVERIFY2(op.start(redirect, QStringLiteral("alice"), &error), qPrintable(error));
        const Result added =
            run({QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("op-device"),
                 QStringLiteral("--provider"), QStringLiteral("oidc"), QStringLiteral("--issuer"),
                 op.issuer(), QStringLiteral("--redirect-uri"), redirect, QStringLiteral("--client-id"),
                 QStringLiteral("conf"), QStringLiteral("--secret-stdin")},
                op.clientSecret().toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.err.constData());

        QProcess device;
        device.setProcessEnvironment(environment());
        device.start(QStringLiteral(AUTHDESK_BINARY),
                     {QStringLiteral("authorize"), QStringLiteral("op-device"), QStringLiteral("--grant"),
                      QStringLiteral("device"), QStringLiteral("--keep-tokens"), QStringLiteral("--json")});
        QByteArray err;
        static const QRegularExpression userCode(QStringLiteral("enter the code ([A-Z]{4}-[A-Z]{4})"));
        QRegularExpressionMatch shown;
        QVERIFY(QTest::qWaitFor(
            [&] {
                err += device.readAllStandardError();
                shown = userCode.match(QString::fromUtf8(err));
                return shown.hasMatch() || device.state() == QProcess::NotRunning;
            },
            60000));
        QVERIFY2(shown.hasMatch(), err.constData());
        QVERIFY(err.contains(op.issuer().toUtf8() + "/device?user_code="));
        op.control("POST",
                   QStringLiteral("/test/device?user_code=%1&decision=approve").arg(shown.captured(1)));
        QVERIFY(device.waitForFinished(60000));
        const QByteArray out = device.readAllStandardOutput();
        err += device.readAllStandardError();
        m_allOutput += out + err;
        QVERIFY2(device.exitCode() == 0, err.constData());
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QLatin1String("external_id")).toString(),
                 QStringLiteral("alice"));

        auto token = [&](const char *verb, const char *which) {
            const Result done =
                run({QStringLiteral("token"), QLatin1String(verb), QStringLiteral("op-device"),
                     QStringLiteral("--which"), QLatin1String(which), QStringLiteral("--json")});
            if (done.exitCode != 0)
                qWarning("%s", done.err.constData());
            return done.exitCode == 0 ? QJsonDocument::fromJson(done.out).object() : QJsonObject();
        };
        QCOMPARE(token("introspect", "access").value(QLatin1String("active")).toBool(), true);
        QCOMPARE(token("refresh", "refresh").value(QLatin1String("refresh_token_rotated")).toBool(), true);
        QCOMPARE(token("revoke", "access").value(QLatin1String("active")).toBool(true), false);
        const Result gone =
            run({QStringLiteral("token"), QStringLiteral("introspect"), QStringLiteral("op-device")});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(gone.err.contains("No access token is kept"), gone.err.constData());
        // RP-initiated logout in the embedded browser: the provider's page (which submits itself
        // in the tests) comes back to the redirect URI with the run's state.
        const Result loggedOut =
            run({QStringLiteral("logout"), QStringLiteral("op-device"), QStringLiteral("--json"),
                 QStringLiteral("--timeout"), QStringLiteral("60")});
        QVERIFY2(loggedOut.exitCode == 0, loggedOut.err.constData());
        QCOMPARE(QJsonDocument::fromJson(loggedOut.out).object().value(QLatin1String("logout")).toString(),
                 QStringLiteral("succeeded"));
        const Result unknown =
            run({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("op-device"),
                 QStringLiteral("--which"), QStringLiteral("id")});
        QCOMPARE(unknown.exitCode, 2);

        // private_key_jwt: AuthDesk makes the key pair; the public JWKS is registered at the
        // provider, which then accepts the client (a code that cannot be valid: invalid_grant).
        const Result keyed = run({QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("op-key"),
                                  QStringLiteral("--provider"), QStringLiteral("oidc"),
                                  QStringLiteral("--issuer"), op.issuer(), QStringLiteral("--redirect-uri"),
                                  redirect, QStringLiteral("--client-id"), QStringLiteral("pkjwt"),
                                  QStringLiteral("--client-auth"), QStringLiteral("private_key_jwt")});
        QVERIFY2(keyed.exitCode == 0, keyed.err.constData());
        QVERIFY(keyed.out.contains("authdesk tenant jwks op-key"));
        const Result jwks = run({QStringLiteral("tenant"), QStringLiteral("jwks"), QStringLiteral("op-key")});
        QVERIFY2(jwks.exitCode == 0, jwks.err.constData());
        const QJsonObject key =
            QJsonDocument::fromJson(jwks.out).object()[QLatin1String("keys")][0].toObject();
        QCOMPARE(key.value(QLatin1String("kty")).toString(), QStringLiteral("EC"));
        QVERIFY(!key.contains(QLatin1String("d")));
        QVERIFY(!jwks.out.contains("PRIVATE KEY"));
        op.control("PUT", QStringLiteral("/test/jwks"), jwks.out);
        const Result keyCheck = run({QStringLiteral("tenant"), QStringLiteral("check"),
                                     QStringLiteral("op-key"), QStringLiteral("--json")});
        QVERIFY2(keyCheck.exitCode == 0, keyCheck.out.constData());
        QVERIFY2(keyCheck.out.contains("a code that cannot be valid was refused as invalid_grant"),
                 keyCheck.out.constData());
        const Result notKeyed =
            run({QStringLiteral("tenant"), QStringLiteral("jwks"), QStringLiteral("op-device")});
        QCOMPARE(notKeyed.exitCode, 1);

        const QList<QByteArray> minted = op.minted();
        QVERIFY(minted.size() >= 5); // the device code, then two answers of access, refresh and ID tokens
        const QByteArray files = TestSupport::readTree(m_home.path());
        for (const QByteArray &value : minted) {
            QVERIFY2(!m_allOutput.contains(value), "a token the provider minted was printed");
            QVERIFY2(!files.contains(value), "a token the provider minted was written to the data directory");
        }
    }

    // RFC 8252: the user's own browser (BROWSER: a stand-in that follows the provider's redirects
    // with its cookies) signs in; the redirect comes to a loopback port chosen for the run, which
    // the native client's registration (http://127.0.0.1/callback) accepts whatever the port.
    void systemBrowserSignIn() {
        TestSupport::RealOpenIdProvider op;
        QString error;
        QVERIFY2(op.start(QStringLiteral("http://127.0.0.1:9/callback"), QStringLiteral("alice"), &error),
                 qPrintable(error));
        const Result added =
            run({QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("op-native"),
                 QStringLiteral("--provider"), QStringLiteral("oidc"), QStringLiteral("--issuer"),
                 op.issuer(), QStringLiteral("--redirect-uri"), QStringLiteral("http://127.0.0.1/callback"),
                 QStringLiteral("--client-id"), QStringLiteral("native"), QStringLiteral("--client-auth"),
                 QStringLiteral("none")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("BROWSER"),
                   QStringLiteral("node %1/browser.mjs").arg(QStringLiteral(AUTHDESK_OP_DIR)));
        const Result signedIn =
            run({QStringLiteral("authorize"), QStringLiteral("op-native"), QStringLiteral("--browser"),
                 QStringLiteral("system"), QStringLiteral("--json"), QStringLiteral("--timeout"),
                 QStringLiteral("60")},
                {}, env);
        QVERIFY2(signedIn.exitCode == 0, signedIn.err.constData());
        QVERIFY(signedIn.err.contains("Opened the authorization page in your browser"));
        const QJsonObject identity = QJsonDocument::fromJson(signedIn.out).object();
        QCOMPARE(identity.value(QLatin1String("external_id")).toString(), QStringLiteral("alice"));
        QVERIFY(identity.value(QLatin1String("state_verified")).toBool());
        // A browser that cannot be started is said so.
        env.insert(QStringLiteral("BROWSER"), QStringLiteral("/nonexistent/browser"));
        const Result noBrowser = run({QStringLiteral("authorize"), QStringLiteral("op-native"),
                                      QStringLiteral("--browser"), QStringLiteral("system")},
                                     {}, env);
        QCOMPARE(noBrowser.exitCode, 1);
        QVERIFY2(noBrowser.err.contains("/nonexistent/browser"), noBrowser.err.constData());
    }

    // A WeCom service-provider app from the command line (PROVIDERS §8): its secrets from standard
    // input, the ticket WeCom pushes received by `suite ticket --listen`, an install in the
    // offscreen browser, its corps checked, a member signed in, a 代开发 template whose install
    // becomes a WeCom tenant, and a callback decrypted with the tenant's own keys. Then nothing any
    // of it minted (ticket, suite token, auth and permanent codes, corp tokens) was printed or written.
    void suiteFromTheCommandLine() {
        auto addSuite = [&](const QString &name, const QString &suite, quint16 port) {
            QStringList args{QStringLiteral("tenant"),
                             QStringLiteral("add"),
                             name,
                             QStringLiteral("--provider"),
                             QStringLiteral("wecom_suite"),
                             QStringLiteral("--suite-id"),
                             suite,
                             QStringLiteral("--provider-corp-id"),
                             WeComSandbox::providerCorpId,
                             QStringLiteral("--callback-url"),
                             QStringLiteral("http://127.0.0.1:%1/wecom/suite").arg(port),
                             QStringLiteral("--redirect-uri"),
                             QStringLiteral("https://app.example.com/sso/wecom_suite/callback")};
            for (const char *key : {"api", "install", "oauth", "login"})
                args << QStringLiteral("--endpoint")
                     << QStringLiteral("%1=%2").arg(QLatin1String(key), m_sandboxUrl.toString());
            args << QStringLiteral("--secret-stdin") << QStringLiteral("--callback-token-stdin")
                 << QStringLiteral("--encoding-aes-key-stdin") << QStringLiteral("--provider-secret-stdin");
            return run(args,
                       QStringList{WeComSandbox::suiteSecret, WeComSandbox::callbackToken,
                                   WeComSandbox::encodingAesKey, WeComSandbox::providerSecret, QString()}
                           .join(QLatin1Char('\n'))
                           .toUtf8());
        };
        // The ticket WeCom pushes, received by a waiting `suite ticket --listen`.
        auto receiveTicket = [&](const QString &name, const QString &suite, quint16 port) {
            QProcess listener;
            listener.setProcessEnvironment(environment());
            listener.start(QStringLiteral(AUTHDESK_BINARY),
                           {QStringLiteral("suite"), QStringLiteral("ticket"), name,
                            QStringLiteral("--listen"), QStringLiteral("--timeout"), QStringLiteral("60")});
            QByteArray err;
            if (!QTest::qWaitFor(
                    [&] {
                        err += listener.readAllStandardError();
                        return err.contains("Waiting for") || listener.state() == QProcess::NotRunning;
                    },
                    30000))
                return false;
            control({{QStringLiteral("provider"), QStringLiteral("wecom")},
                     {QStringLiteral("suite_ticket_push"),
                      QJsonObject{{QStringLiteral("suite"), suite},
                                  {QStringLiteral("url"),
                                   QStringLiteral("http://127.0.0.1:%1/wecom/suite").arg(port)}}}});
            listener.waitForFinished(30000);
            const QByteArray out = listener.readAllStandardOutput();
            m_allOutput += out + err + listener.readAllStandardError();
            return listener.exitStatus() == QProcess::NormalExit && listener.exitCode() == 0 &&
                   out.contains("Newest suite_ticket kept");
        };

        const quint16 port = TestSupport::freePort();
        const Result missing = addSuite(QStringLiteral("acme suite"), WeComSandbox::suiteId, port);
        QVERIFY2(missing.exitCode == 0, missing.err.constData());
        const Result none = run({QStringLiteral("suite"), QStringLiteral("ticket"),
                                 QStringLiteral("acme suite"), QStringLiteral("--json")});
        QCOMPARE(
            QJsonDocument::fromJson(none.out).object().value(QLatin1String("ticket_received")).toString(),
            QString());
        const Result early =
            run({QStringLiteral("tenant"), QStringLiteral("check"), QStringLiteral("acme suite")});
        QVERIFY2(early.exitCode != 0 && early.out.contains("No suite_ticket"), early.out.constData());
        QVERIFY(receiveTicket(QStringLiteral("acme suite"), WeComSandbox::suiteId, port));

        const Result installed =
            run({QStringLiteral("suite"), QStringLiteral("install"), QStringLiteral("acme suite"),
                 QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("60")});
        QVERIFY2(installed.exitCode == 0, installed.err.constData());
        const QJsonObject corp = QJsonDocument::fromJson(installed.out).object();
        QCOMPARE(corp.value(QLatin1String("corpid")).toString(),
                 WeComSandbox::authCorpId(WeComSandbox::suiteId));
        QCOMPARE(corp.value(QLatin1String("status")).toString(), QStringLiteral("authorized"));
        // The corp's own ids as this provider's: a userid with the corp's code, the corpid with the
        // provider's token.
        const Result userIds =
            run({QStringLiteral("suite"), QStringLiteral("convert"), QStringLiteral("acme suite"),
                 QStringLiteral("--corp"), WeComSandbox::authCorpId(WeComSandbox::suiteId),
                 QStringLiteral("--userid"), QStringLiteral("lisi"), QStringLiteral("--userid"),
                 QStringLiteral("nobody"), QStringLiteral("--json")});
        QVERIFY2(userIds.exitCode == 0, userIds.err.constData());
        QCOMPARE(QJsonDocument::fromJson(userIds.out)
                     .object()
                     .value(QLatin1String("invalid_userid_list"))
                     .toArray(),
                 QJsonArray{QStringLiteral("nobody")});
        const Result openCorp =
            run({QStringLiteral("suite"), QStringLiteral("convert"), QStringLiteral("acme suite"),
                 QStringLiteral("--corpid"), WeComSandbox::corpId});
        QVERIFY2(openCorp.out.contains(WeComSandbox::authCorpId(WeComSandbox::suiteId).toUtf8()),
                 openCorp.err.constData());
        const Result corps = run({QStringLiteral("suite"), QStringLiteral("corps"),
                                  QStringLiteral("acme suite"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(corps.out).array().size(), 1);

        control({{QStringLiteral("provider"), QStringLiteral("wecom")},
                 {QStringLiteral("auto_approve"), QStringLiteral("lisi")}});
        const Result member =
            run({QStringLiteral("authorize"), QStringLiteral("acme suite"), QStringLiteral("--mode"),
                 QStringLiteral("oauth"), QStringLiteral("--corp"),
                 WeComSandbox::authCorpId(WeComSandbox::suiteId), QStringLiteral("--json")});
        QVERIFY2(member.exitCode == 0, member.err.constData());
        // A member of another corp than --corp asks for ends the run.
        const Result otherCorp =
            run({QStringLiteral("authorize"), QStringLiteral("acme suite"), QStringLiteral("--mode"),
                 QStringLiteral("oauth"), QStringLiteral("--corp"), QStringLiteral("wpOtherCorp")});
        QCOMPARE(otherCorp.exitCode, 1);
        QVERIFY2(otherCorp.err.contains("not of wpOtherCorp"), otherCorp.err.constData());
        const QJsonObject identity = QJsonDocument::fromJson(member.out).object();
        QCOMPARE(identity.value(QLatin1String("id_type")).toString(), QStringLiteral("open_userid"));
        QVERIFY(identity.value(QLatin1String("external_id")).toString().startsWith(QLatin1String("wp")));

        // 代开发: the install makes a WeCom tenant of the corp, which signs its members in.
        const quint16 templatePort = TestSupport::freePort();
        QCOMPARE(addSuite(QStringLiteral("acme dk"), WeComSandbox::templateId, templatePort).exitCode, 0);
        QVERIFY(receiveTicket(QStringLiteral("acme dk"), WeComSandbox::templateId, templatePort));
        const Result customized = run({QStringLiteral("suite"), QStringLiteral("install"),
                                       QStringLiteral("acme dk"), QStringLiteral("--json")});
        QVERIFY2(customized.exitCode == 0, customized.err.constData());
        const QString appTenant =
            QJsonDocument::fromJson(customized.out).object().value(QLatin1String("app_tenant")).toString();
        QVERIFY(!appTenant.isEmpty());
        const Result appMember = run({QStringLiteral("authorize"), appTenant, QStringLiteral("--json")});
        QVERIFY2(appMember.exitCode == 0, appMember.err.constData());
        QCOMPARE(
            QJsonDocument::fromJson(appMember.out).object().value(QLatin1String("external_id")).toString(),
            QStringLiteral("lisi"));
        control({{QStringLiteral("provider"), QStringLiteral("wecom")},
                 {QStringLiteral("auto_approve"), QString()}});

        // A callback the admin's own server received, opened with the tenant's keys from the keychain.
        const QByteArray event =
            "<xml><SuiteId><![CDATA[" + WeComSandbox::suiteId.toUtf8() +
            "]]></SuiteId><InfoType><![CDATA[change_auth]]></InfoType><TimeStamp>1403610513"
            "</TimeStamp><AuthCorpId><![CDATA[" +
            WeComSandbox::corpId.toUtf8() + "]]></AuthCorpId></xml>";
        const QString encrypted =
            WeComCallbackCrypto::encrypt(WeComCallbackCrypto::aesKey(WeComSandbox::encodingAesKey).value(),
                                         event, WeComSandbox::suiteId, "aaaabbbbccccdddd");
        const QString body =
            writeFile(QStringLiteral("suite-event.xml"),
                      "<xml><Encrypt><![CDATA[" + encrypted.toUtf8() + "]]></Encrypt></xml>");
        const QString query =
            QStringLiteral("msg_signature=%1&timestamp=1403610513&nonce=380320359")
                .arg(WeComCallbackCrypto::signature(WeComSandbox::callbackToken, QStringLiteral("1403610513"),
                                                    QStringLiteral("380320359"), encrypted));
        const Result decrypted =
            run({QStringLiteral("suite"), QStringLiteral("decrypt"), QStringLiteral("acme suite"),
                 QStringLiteral("--query"), query, QStringLiteral("--body-file"), body});
        QVERIFY2(decrypted.exitCode == 0, decrypted.err.constData());
        QCOMPARE(decrypted.out.trimmed(), QByteArrayLiteral("success"));
        const Result forged = run({QStringLiteral("suite"), QStringLiteral("decrypt"),
                                   QStringLiteral("acme suite"), QStringLiteral("--query"),
                                   QString(query).replace(QLatin1String("nonce=3"), QLatin1String("nonce=4")),
                                   QStringLiteral("--body-file"), body});
        QCOMPARE(forged.exitCode, 1);
        QVERIFY(forged.err.contains("msg_signature"));

        // Everything the sandbox's WeCom minted or accepted on the way: nowhere AuthDesk wrote.
        QNetworkReply *reply = m_network.get(
            QNetworkRequest(QUrl(m_sandboxUrl.toString() + QStringLiteral("/sandbox/witnessed"))));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 5000));
        reply->deleteLater();
        const QJsonArray minted = QJsonDocument::fromJson(reply->readAll())
                                      .object()
                                      .value(QLatin1String("wecom"))
                                      .toObject()
                                      .value(QLatin1String("credentials"))
                                      .toArray();
        QVERIFY(minted.size() >= 8); // tickets, suite tokens, auth and permanent codes, corp tokens
        const QByteArray files = TestSupport::readTree(m_home.path());
        QStringList everything{WeComSandbox::suiteSecret, WeComSandbox::callbackToken,
                               WeComSandbox::encodingAesKey, WeComSandbox::providerSecret};
        for (const QJsonValue &credential : minted)
            everything << credential.toString();
        for (const QString &credential : std::as_const(everything)) {
            QVERIFY2(!m_allOutput.contains(credential.toUtf8()), qPrintable(credential.left(6)));
            QVERIFY2(!files.contains(credential.toUtf8()), qPrintable(credential.left(6)));
        }
    }

    void noSecretOrTokenAnywhere() {
        // The token the sandbox has issued to this corp (it answers the one in force).
        QNetworkReply *reply = m_network.get(QNetworkRequest(
            QUrl(m_sandboxUrl.toString() + QStringLiteral("/cgi-bin/gettoken?corpid=%1&corpsecret=%2")
                                               .arg(WeComSandbox::corpId, WeComSandbox::corpSecret))));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 5000));
        const QByteArray token = QJsonDocument::fromJson(reply->readAll())
                                     .object()
                                     .value(QLatin1String("access_token"))
                                     .toString()
                                     .toUtf8();
        reply->deleteLater();
        QVERIFY(token.size() >= 32);
        m_allOutput += m_sandbox.readAll();
        const QByteArray files = TestSupport::readTree(m_home.path());
        QVERIFY(!m_allOutput.isEmpty());
        for (const QByteArray &secret :
             {WeComSandbox::corpSecret.toUtf8(), QinceSandbox::appSecret.toUtf8(),
              QiqiSandbox::secretAccessKey.toUtf8(), FeishuSandbox::appSecret.toUtf8(),
              DingTalkSandbox::clientSecret.toUtf8(), OidcSandbox::clientSecret.toUtf8(), m_opClientSecret,
              token}) {
            QVERIFY2(!m_allOutput.contains(secret), "a secret or token appeared in the output");
            QVERIFY2(!files.contains(secret), "a secret or token was written to the data directory");
        }
    }

    // A verb that asks its arguments for an option it did not declare gets nothing, and Qt's
    // parser says so on stderr: none of the verbs run above did.
    void everyOptionAskedForIsDeclared() {
        QVERIFY(!m_allOutput.isEmpty());
        QVERIFY2(!m_allOutput.contains("QCommandLineParser"),
                 "a verb asked for an option it does not declare");
    }

    // The usage, the man page and completion read what the commands declare; the synopsis (how
    // the options combine, for people) shows each declared option and no other.
    void synopsesShowTheDeclaredOptions() {
        static const QRegularExpression remarks(QStringLiteral("\\([^)]*\\)|\\s{2,}\\S.*$"));
        static const QRegularExpression optionName(QStringLiteral("--([a-z][a-z0-9-]*)"));
        const QStringList global{QStringLiteral("verbose"), QStringLiteral("store"), QStringLiteral("help")};
        int checked = 0;
        for (const CommandLine::Command &command : CommandLine::commands()) {
            if (command.synopsis.isEmpty())
                continue;
            QStringList shown, declared;
            for (QString line : command.synopsis) {
                line = line.trimmed().remove(remarks);
                for (auto match = optionName.globalMatch(line); match.hasNext();) {
                    const QString name = match.next().captured(1);
                    if (!global.contains(name) && !shown.contains(name))
                        shown << name;
                }
            }
            for (const CommandLine::Option &option : command.options)
                declared << option.name;
            shown.sort();
            declared.sort();
            QVERIFY2(shown == declared,
                     qPrintable(QStringLiteral("%1: the synopsis shows %2, the command declares %3")
                                    .arg(command.words.join(QLatin1Char(' ')), shown.join(QLatin1Char(' ')),
                                         declared.join(QLatin1Char(' ')))));
            ++checked;
        }
        QVERIFY(checked >= 30);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
