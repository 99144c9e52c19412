#include "TestSupport.h"
#include "Succeeded.h"

#include "ProviderSandbox.h"
#include "QinceSandbox.h"
#include "QiqiSandbox.h"
#include "WeComSandbox.h"
#include "export/XlsxModule.h"
#include "ldap/LdapConnection.h"
#include "providers/Provider.h"
#include "run/FlowRun.h"
#include "run/SuiteSession.h"
#include "run/TokenSession.h"
#include "store/Keychain.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

namespace TestSupport {

namespace {
// The programs load the keychain, directory and Excel modules from beside them; the tests link the
// modules' code (in-process, with no program beside them) and register it before anything runs.
const bool modulesLinked = [] {
    Keychain::setStart(&authdesk_keychain_start);
    LdapConnection::setFactory(&authdesk_create_ldap_connection);
    XlsxModule::setFunctions(&authdesk_xlsx_functions);
    return true;
}();

// The platforms' own tenant settings and secrets are constants: a sandbox that is not started has them.
ProviderSandbox::SandboxTenant sandboxPlatformTenant(const QString &provider, const QUrl &sandbox,
                                                     const QString &name, const QString &redirectUri) {
    Sandbox idle;
    ProviderSandbox *platform = idle.provider(provider);
    if (!platform)
        qFatal("no sandbox platform %s", qPrintable(provider));
    return platform->tenant(name, sandbox, redirectUri);
}
} // namespace

Tenant sandboxTenant(const QString &provider, const QUrl &sandbox, const QString &name,
                     const QString &redirectUri) {
    return sandboxPlatformTenant(provider, sandbox, name, redirectUri).tenant;
}

QString sandboxSecret(const QString &provider) {
    return sandboxPlatformTenant(provider, {}, {}, {}).secret;
}

Tenant wecomTenant(const QUrl &sandbox, const QString &name, const QString &redirectUri) {
    return sandboxTenant(QStringLiteral("wecom"), sandbox, name, redirectUri);
}

Tenant qinceTenant(const QUrl &sandbox, const QString &name, const QString &redirectUri) {
    return sandboxTenant(QStringLiteral("qince"), sandbox, name, redirectUri);
}

Tenant qiqiTenant(const QUrl &sandbox, const QString &name, const QString &redirectUri) {
    return sandboxTenant(QStringLiteral("qiqi"), sandbox, name, redirectUri);
}

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool saveTenant(Workspace &workspace, Tenant &tenant, const QString &secret,
                const QMap<QString, QString> &otherSecrets) {
    bool done = false, ok = false;
    QString message;
    workspace.saveTenant(
        tenant, secret.isEmpty() ? sandboxSecret(tenant.provider) : secret,
        [&](const Status &saved) {
            done = true;
            ok = saved.ok();
            message = saved.ok() ? saved.value().message : saved.errorText();
        },
        otherSecrets);
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning() << "saveTenant timed out";
    if (!ok)
        qWarning() << "saveTenant:" << message;
    if (const auto saved = workspace.tenants().find(tenant.name))
        tenant = *saved;
    return ok;
}

QUrl redirectFrom(const QUrl &authorizationUrl) {
    QNetworkAccessManager network;
    network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = network.get(QNetworkRequest(authorizationUrl));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return authorizationUrl.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
}

bool waitFinished(FlowRun &run, int timeoutMs) {
    const bool ended = QTest::qWaitFor([&] { return run.hasEnded(); }, timeoutMs);
    if (!ended)
        qWarning() << "run still" << run.phase() << "after" << timeoutMs << "ms";
    return run.phase() == FlowRun::Phase::Succeeded;
}

QByteArray readTree(const QString &dir) {
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}
StoreUrl freshPostgresDatabase(const QString &prefix) {
    StoreUrl url = StoreUrl::parse(qEnvironmentVariable("AUTHDESK_TEST_PG_URL")).value();
    const QString connection = QStringLiteral("create-database");
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        admin.setHostName(url.host);
        admin.setPort(url.port);
        admin.setDatabaseName(url.database);
        admin.setUserName(url.user);
        admin.setPassword(qEnvironmentVariable("AUTHDESK_TEST_PG_PASSWORD"));
        url.database = prefix + QUuid::createUuid().toString(QUuid::Id128).left(12);
        if (!admin.open() || !QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE %1").arg(url.database)))
            qFatal("cannot create a test database: %s", qPrintable(admin.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
    return url;
}

RealOpenIdProvider::RealOpenIdProvider() = default;

RealOpenIdProvider::~RealOpenIdProvider() {
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool RealOpenIdProvider::start(const QString &redirectUri, const QString &autoLogin, QString *error) {
    const QString directory = QStringLiteral(AUTHDESK_OP_DIR);
    if (!QFile::exists(directory + QStringLiteral("/node_modules/oidc-provider/package.json"))) {
        *error = QStringLiteral(
                     "oidc-provider is not installed in %1: run scripts/test.sh, which runs npm ci there")
                     .arg(directory);
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(directory);
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList arguments{QStringLiteral("server.mjs"), redirectUri};
    if (!autoLogin.isEmpty())
        arguments << QStringLiteral("--auto-login") << autoLogin;
    m_process->start(QStringLiteral("node"), arguments);
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("node did not start: %1").arg(m_process->errorString());
        return false;
    }
    // The first line of standard output says where it listens; it ends when that line is whole
    // or the process is gone (ctest's timeout bounds a server that neither listens nor exits).
    QByteArray line;
    while (!line.endsWith('\n') && m_process->waitForReadyRead(-1))
        line += m_process->readAllStandardOutput();
    line += m_process->readAllStandardOutput();
    const QJsonObject started = QJsonDocument::fromJson(line.trimmed()).object();
    m_issuer = started.value(QLatin1String("issuer")).toString();
    m_clientSecret = started.value(QLatin1String("client_secret")).toString();
    m_proxy = started.value(QLatin1String("proxy")).toString();
    if (m_issuer.isEmpty()) {
        *error = QStringLiteral("the OpenID Provider did not start: %1 %2")
                     .arg(QString::fromUtf8(line), QString::fromUtf8(m_process->readAllStandardError()));
        return false;
    }
    return true;
}

Tenant RealOpenIdProvider::tenant(const QString &name, const QString &client,
                                  const QString &redirectUri) const {
    Tenant tenant;
    tenant.name = name;
    tenant.provider = QStringLiteral("oidc");
    tenant.redirectUri = redirectUri;
    tenant.settings = {{QStringLiteral("issuer"), m_issuer},
                       {QStringLiteral("client_id"), client},
                       {QStringLiteral("client_auth"),
                        client == QLatin1String("post")  ? QStringLiteral("client_secret_post")
                        : client == QLatin1String("pub") ? QStringLiteral("none")
                                                         : QStringLiteral("client_secret_basic")}};
    if (client == QLatin1String("hs")) // its ID tokens are HS256, keyed with its secret
        tenant.settings.insert(QStringLiteral("allow_hs"), QStringLiteral("yes"));
    return tenant;
}

QJsonValue RealOpenIdProvider::control(const QByteArray &method, const QString &pathAndQuery,
                                       const QByteArray &body) const {
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_issuer + pathAndQuery));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.sendCustomRequest(request, method, body);
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        qFatal("the OpenID Provider did not answer %s within 10 s", qPrintable(pathAndQuery));
    reply->deleteLater();
    const QJsonDocument answer = QJsonDocument::fromJson(reply->readAll());
    return answer.isArray() ? QJsonValue(answer.array()) : QJsonValue(answer.object());
}

QList<QByteArray> RealOpenIdProvider::minted() const {
    QList<QByteArray> values;
    for (const QJsonValue &value : control("GET", QStringLiteral("/test/minted")).toArray())
        values << value.toString().toUtf8();
    return values;
}

QUrl RealOpenIdProvider::follow(const QUrl &url, const QString &until) const {
    QNetworkAccessManager network; // its cookie jar is the browser's session at the provider
    network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QUrl next = url;
    for (int hop = 0; hop < 20 && !next.toString().startsWith(until); ++hop) {
        QNetworkReply *reply = network.get(QNetworkRequest(next));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
            return {};
        reply->deleteLater();
        const QUrl location(QString::fromUtf8(reply->rawHeader("Location")));
        if (location.isEmpty()) { // a page: an error, or a form nobody submits
            qWarning("the provider answered %s with HTTP %d and no redirect: %s", qPrintable(next.toString()),
                     reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                     reply->readAll().left(600).constData());
            return {};
        }
        next = next.resolved(location);
    }
    return next;
}

void FlowTest::setUpWorkspace(Clock *clock) {
    QVERIFY(m_data.isValid());
    qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
    QString error;
    QVERIFY2(m_sandbox.start(&error), qPrintable(error));
    m_workspace = std::make_unique<Workspace>(clock, nullptr);
    QVERIFY2(succeeded(m_workspace->open(databasePath()), &error), qPrintable(error));
}

Tenant FlowTest::freshTenant(const QString &provider, const QMap<QString, QString> &settings) {
    const QString name = QStringLiteral("%1-%2").arg(provider).arg(++m_tenantCounter);
    Tenant tenant = sandboxTenant(provider, m_sandbox.baseUrl(), name);
    for (auto it = settings.cbegin(); it != settings.cend(); ++it)
        tenant.settings.insert(it.key(), it.value());
    if (!saveTenant(*m_workspace, tenant))
        qFatal("could not save a tenant: is the keyring session running?");
    return tenant;
}

std::unique_ptr<FlowRun> FlowTest::newRun(const Tenant &tenant, const QString &mode, Workspace *workspace) {
    std::unique_ptr<FlowRun> run((workspace ? workspace : m_workspace.get())->newRun(tenant, mode));
    run->setRetryDelay(20);
    return run;
}

QUrl startRun(FlowRun &run, int timeoutMs) {
    QSignalSpy ready(&run, &FlowRun::authorizationReady);
    QSignalSpy finished(&run, &FlowRun::finished); // a run that fails while preparing is never ready
    const QUrl url = run.start();
    if (url.isValid() || run.phase() != FlowRun::Phase::Preparing)
        return url;
    if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !finished.isEmpty(); }, timeoutMs) ||
        ready.isEmpty())
        return {};
    return ready.constFirst().constFirst().toUrl();
}

QUrl FlowTest::approve(FlowRun &run, const QString &user) {
    m_sandbox.provider(run.tenant().provider)->setAutoApprove(user);
    return redirectFrom(startRun(run));
}

std::unique_ptr<FlowRun> FlowTest::signIn(const Tenant &tenant, const QString &user, bool keepTokens) {
    auto run = newRun(tenant);
    run->setKeepTokens(keepTokens);
    run->handleRedirect(approve(*run, user));
    waitFinished(*run);
    return run;
}

Status FlowTest::operateOnKeptTokens(const Tenant &tenant, TokenOperation operation, const QString &which) {
    TokenSession session(m_workspace->services(), tenant);
    std::optional<Status> report;
    session.run(operation, which, [&](const Status &done) { report = done; });
    if (!QTest::qWaitFor([&] { return report.has_value(); }, 15000))
        return Error::failed(QStringLiteral("no answer within 15 s"));
    return *report;
}

bool FlowTest::sandboxControl(const QJsonObject &command) {
    QNetworkAccessManager network;
    QNetworkRequest request(m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/sandbox/control"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.post(request, QJsonDocument(command).toJson());
    const bool answered = QTest::qWaitFor([&] { return reply->isFinished(); }, 15000);
    reply->deleteLater();
    return answered && reply->error() == QNetworkReply::NoError;
}

std::unique_ptr<SuiteSession> FlowTest::openSuiteSession(const Tenant &tenant) {
    auto session = std::make_unique<SuiteSession>(m_workspace->services(), tenant);
    std::optional<Status> opened;
    session->open([&](const Status &status) { opened = status; });
    if (!QTest::qWaitFor([&] { return opened.has_value(); }, 15000) || !opened->ok() ||
        !session->listen(QStringLiteral("127.0.0.1:0")).ok())
        return nullptr;
    return session;
}

bool FlowTest::pushSuiteEvent(SuiteSession &session, const QString &infoType, const QString &suite) {
    QSignalSpy handled(&session, &SuiteSession::eventHandled);
    if (!sandboxControl({{QStringLiteral("provider"), QStringLiteral("wecom")},
                         {QStringLiteral("suite_event"),
                          QJsonObject{{QStringLiteral("suite"), suite},
                                      {QStringLiteral("url"), session.callbackUrl().toString()},
                                      {QStringLiteral("info_type"), infoType}}}}))
        return false;
    return QTest::qWaitFor([&] { return !handled.isEmpty(); }, 15000);
}

std::optional<Identity> FlowTest::installSuite(const Tenant &tenant, SuiteSession &session) {
    auto run = newRun(tenant, QStringLiteral("install"));
    const QUrl redirect = redirectFrom(startRun(*run));
    if (!run->isRedirect(redirect))
        return std::nullopt;
    run->handleRedirect(redirect);
    if (!waitFinished(*run))
        return std::nullopt;
    std::optional<Status> adopted;
    session.adoptInstall(run->identity(), [&](const Status &status) { adopted = status; });
    if (!QTest::qWaitFor([&] { return adopted.has_value(); }, 15000) || !adopted->ok())
        return std::nullopt;
    return run->identity();
}

QString FlowTest::queryValue(const QUrl &url, const char *key) {
    return QUrlQuery(url).queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
}

int FlowTest::calls(const QString &provider, const char *api) const {
    return m_sandbox.provider(provider)->requestCount(QLatin1String(api));
}

QString FlowTest::stepTitles(const FlowRun &run) {
    QStringList titles;
    for (const FlowStep &step : run.steps())
        titles << step.title;
    return titles.join(QStringLiteral(" | "));
}
} // namespace TestSupport
