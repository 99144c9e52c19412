// authdesk authorize: a sign-in in the embedded browser (authdesk-gui only), or from a pasted URL.
#include "CliSupport.h"

#ifdef AUTHDESK_WITH_BROWSER
#include "BrowserPane.h"
#include "SystemBrowser.h"
#endif
#include "providers/Provider.h"
#include "providers/WeComSuiteProvider.h"
#include "run/FlowRun.h"
#include "run/TokenSession.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTimer>
#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace CommandLine {
namespace {
#ifdef AUTHDESK_WITH_BROWSER
// While it exists, file descriptor 2 — Qt's warnings and Chromium's subprocesses, which write there
// directly — goes to browser.log in the cache directory (user-only), and AuthDesk's own lines to
// the saved real standard error.
class BrowserLogDiversion {
public:
    BrowserLogDiversion() {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        if (!QDir().mkpath(dir))
            return;
        ::chmod(QFile::encodeName(dir).constData(), 0700);
        const int log = ::open(QFile::encodeName(dir + QStringLiteral("/browser.log")).constData(),
                               O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
        if (log < 0)
            return;
        std::fflush(stderr);
        m_saved = ::fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3);
        if (m_saved >= 0 && ::dup2(log, STDERR_FILENO) >= 0)
            realStderr = m_saved;
        ::close(log);
    }
    ~BrowserLogDiversion() {
        if (m_saved < 0)
            return;
        std::fflush(stderr);
        ::dup2(m_saved, STDERR_FILENO);
        ::close(m_saved);
        realStderr = STDERR_FILENO;
    }
    BrowserLogDiversion(const BrowserLogDiversion &) = delete;
    BrowserLogDiversion &operator=(const BrowserLogDiversion &) = delete;

private:
    int m_saved = -1;
};

// A run's warnings (a lookup the app may not make, a refused callback, ...) are what an admin
// must not miss: on standard error as they stand, and in the JSON with their platform codes.
QJsonArray reportWarnings(const QList<FlowStep> &steps) {
    QJsonArray warnings;
    for (const FlowStep &step : steps) {
        if (step.status != FlowStep::Status::Warning)
            continue;
        // The real standard error: the browser's own log lines are diverted while it runs.
        CommandLine::sayOnStderr(Cli::tr("warning: %1: %2").arg(step.title, step.detail));
        QJsonObject warning{{QStringLiteral("title"), step.title}, // printOut redacts what it prints
                            {QStringLiteral("detail"), step.detail}};
        if (step.platformCode)
            warning.insert(QStringLiteral("platform_code"), step.platformCode);
        warnings.append(warning);
    }
    return warnings;
}

} // namespace

// The embedded browser in a window of its own; null, with why in *error, when it cannot be loaded.
static std::unique_ptr<BrowserPane> browserWindow(const QString &title, QString *error) {
    std::unique_ptr<BrowserPane> browser(BrowserPane::create(nullptr, error));
    if (browser) {
        browser->setWindowTitle(title);
        browser->resize(900, 720);
        browser->show();
    }
    return browser;
}

namespace {
void printIdentity(const Identity &identity, bool asJson, const QString &runId, const QJsonArray &warnings) {
    if (asJson) {
        QJsonObject json = identity.toJson();
        json.insert(QStringLiteral("run_id"), runId); // for "authdesk runs show RUN"
        json.insert(QStringLiteral("warnings"), warnings);
        return printJson(json);
    }
    const QJsonObject json = identity.toJson();
    for (const char *key : {"provider", "tenant", "external_id", "id_type", "name", "department", "mobile",
                            "email", "state_verified"}) {
        const QJsonValue value = json.value(QLatin1String(key));
        printOut(QStringLiteral("%1: %2\n")
                     .arg(QLatin1String(key),
                          value.isBool() ? (value.toBool() ? QStringLiteral("yes") : QStringLiteral("no"))
                                         : value.toString()));
    }
}

} // namespace

void startInBrowser(FlowRun &run, std::unique_ptr<BrowserPane> &browser, int seconds,
                    std::function<void(int)> done) {
    QString error;
    browser = browserWindow(Cli::tr("AuthDesk — authorize %1").arg(run.tenant().name), &error);
    if (!browser)
        return done(failWith(Environment, error));
    if (!browser->startRun(&run))
        return;
    QTimer::singleShot(seconds * 1000, &run, [&run, &browser, seconds] {
        const QString title = browser->pageTitle();
        run.fail(Cli::tr("Timed out after %1 s waiting for the redirect to %2. The page last showed \"%3\".")
                     .arg(seconds)
                     .arg(run.tenant().redirectUri, title));
    });
}

namespace {
// --grant client_credentials: a token for the client itself, no browser and no user; what came
// back is described, never printed.
int clientCredentials(Workspace &workspace, const Tenant &tenant, bool asJson) {
    TokenSession session(workspace.services(), tenant);
    return runAsync([&](std::function<void(int)> done) {
        // A public client has no secret: the provider says why it cannot use the grant.
        session.clientCredentials([&, done](const Status &granted) {
            if (!granted.ok())
                return done(failWith(Failed, granted.errorText()));
            if (asJson) {
                QJsonObject out = granted.value().details;
                out.insert(QStringLiteral("grant"), QStringLiteral("client_credentials"));
                out.insert(QStringLiteral("tenant"), tenant.name);
                printJson(out);
            } else {
                printOut(granted.value().message + QLatin1Char('\n'));
            }
            done(Success);
        });
    });
}

// --grant device: the user code and where to enter it go to standard error at once; the identity
// comes out as a sign-in's.
int deviceGrant(FlowRun &run, bool asJson) {
    return runAsync([&](std::function<void(int)> done) {
        QObject::connect(&run, &FlowRun::deviceCodeReady, qApp, [](const DeviceAuthorization &shown) {
            CommandLine::sayOnStderr(Cli::tr("To sign in, open %1 and enter the code %2 (valid for %3 s).")
                                         .arg(shown.verificationUri.toString(), shown.userCode)
                                         .arg(shown.expiresInSeconds));
            if (!shown.verificationUriComplete.isEmpty())
                CommandLine::sayOnStderr(Cli::tr("Or open %1").arg(shown.verificationUriComplete.toString()));
        });
        QObject::connect(&run, &FlowRun::finished, qApp, [&, done](bool ok) {
            const QJsonArray warnings = reportWarnings(run.steps());
            if (!ok)
                return done(failWith(Failed, run.error()));
            printIdentity(run.identity(), asJson, run.id(), warnings);
            done(Success);
        });
        run.startDevice();
    });
}

int authorize(Workspace &workspace, const Arguments &arguments) {
    int exitCode = Usage;
    const auto tenant = tenantArgument(workspace, arguments, &exitCode);
    if (!tenant)
        return exitCode;
    if (arguments.value(QStringLiteral("grant")) == QLatin1String("client_credentials"))
        return clientCredentials(workspace, *tenant, arguments.isSet(QStringLiteral("json")));
    if (arguments.value(QStringLiteral("grant")) != QLatin1String("code") &&
        arguments.value(QStringLiteral("grant")) != QLatin1String("device"))
        return failWith(Usage, Cli::tr("--grant is code, device or client_credentials (got \"%1\").")
                                   .arg(arguments.value(QStringLiteral("grant"))));
    if (arguments.value(QStringLiteral("browser")) != QLatin1String("embedded") &&
        arguments.value(QStringLiteral("browser")) != QLatin1String("system"))
        return failWith(Usage, Cli::tr("--browser is embedded or system (got \"%1\").")
                                   .arg(arguments.value(QStringLiteral("browser"))));
    const bool systemBrowser = arguments.value(QStringLiteral("browser")) == QLatin1String("system");
    const int seconds = timeoutSeconds(arguments.value(QStringLiteral("timeout")));
    if (!seconds)
        return Usage;

    std::optional<BrowserLogDiversion> quiet;
    if (!verboseOutput && !arguments.isSet(QStringLiteral("paste")) && !systemBrowser)
        quiet.emplace();
    std::unique_ptr<FlowRun> owned(workspace.newRun(*tenant, arguments.value(QStringLiteral("mode"))));
    FlowRun &run = *owned;
    run.setKeepTokens(arguments.isSet(QStringLiteral("keep-tokens")));
    if (arguments.isSet(QStringLiteral("par"))) // this run only; the tenant keeps its own setting
        run.overrideSetting(QStringLiteral("pushed_requests"), QStringLiteral("always"));
    if (arguments.isSet(QStringLiteral("dpop")))
        run.overrideSetting(QStringLiteral("dpop"), QStringLiteral("yes"));
    if (arguments.isSet(
            QStringLiteral("corp"))) // a WeCom service-provider app: the member must be of this corp
        run.overrideSetting(WeComSuiteProvider::expectedCorpSetting(),
                            arguments.value(QStringLiteral("corp")));
    const bool asJson = arguments.isSet(QStringLiteral("json"));
    if (arguments.value(QStringLiteral("grant")) == QLatin1String("device"))
        return deviceGrant(run, asJson);
    std::unique_ptr<BrowserPane> browser;
    return runAsync([&](std::function<void(int)> done) {
        QObject::connect(&run, &FlowRun::finished, qApp, [&, done](bool ok) {
            if (browser)
                browser->hide();
            const QJsonArray warnings = reportWarnings(run.steps());
            if (!ok)
                return done(failWith(Failed, run.error()));
            printIdentity(run.identity(), asJson, run.id(), warnings);
            done(Success);
        });
        if (arguments.isSet(QStringLiteral("paste"))) {
            // "-": from standard input, so that the code stays out of ps and the shell history.
            const QString pasted = arguments.value(QStringLiteral("paste")) == QLatin1String("-")
                                       ? readSecret(Cli::tr("Redirect URL: ")).trimmed()
                                       : arguments.value(QStringLiteral("paste"));
            return run.handlePasted(QUrl(pasted));
        }
        if (systemBrowser) {
            // The user's own browser; the run listens for the redirect on loopback meanwhile.
            QObject::connect(&run, &FlowRun::authorizationReady, qApp, [&, done](const QUrl &url) {
                QString error;
                if (!SystemBrowser::open(url, &error))
                    return run.fail(error);
                CommandLine::sayOnStderr(
                    Cli::tr("Opened the authorization page in your browser; if it did not "
                            "open, open %1")
                        .arg(url.toString()));
            });
            run.useLoopbackRedirect();
            run.start();
            QTimer::singleShot(seconds * 1000, &run, [&, seconds] {
                run.fail(Cli::tr("Timed out after %1 s waiting for the browser to come back to %2.")
                             .arg(seconds)
                             .arg(run.tenant().redirectUri));
            });
            return;
        }
        startInBrowser(run, browser, seconds, done);
    });
}

// authdesk logout NAME: the provider's end-session page in a window, with the kept ID token as
// hint; done when it comes back to the tenant's redirect URI with the run's state.
int logout(Workspace &workspace, const Arguments &arguments) {
    int exitCode = Usage;
    const auto tenant = tenantArgument(workspace, arguments, &exitCode);
    if (!tenant)
        return exitCode;
    const int seconds = timeoutSeconds(arguments.value(QStringLiteral("timeout")));
    if (!seconds)
        return Usage;
    BrowserLogDiversion quiet;
    std::unique_ptr<FlowRun> run(workspace.newRun(*tenant, {}));
    TokenSession tokens(workspace.services(), *tenant);
    std::unique_ptr<BrowserPane> browser;
    return runAsync([&](std::function<void(int)> done) {
        tokens.readKept([&, done](const Result<KeptTokens> &kept) {
            if (!kept.ok())
                return done(failWith(Failed, kept.errorText()));
            QObject::connect(run.get(), &FlowRun::finished, qApp, [&, done](bool ok) {
                if (browser)
                    browser->hide();
                if (!ok)
                    return done(failWith(Failed, run->error()));
                if (arguments.isSet(QStringLiteral("json")))
                    printJson(QJsonObject{{QStringLiteral("tenant"), tenant->name},
                                          {QStringLiteral("logout"), QStringLiteral("succeeded")},
                                          {QStringLiteral("run_id"), run->id()}});
                else
                    printOut(Cli::tr("Signed out of %1 at the provider.").arg(tenant->name) +
                             QLatin1Char('\n'));
                done(Success);
            });
            run->setLogout(kept.value());
            QString error;
            browser = browserWindow(Cli::tr("AuthDesk — log out of %1").arg(tenant->name), &error);
            if (!browser)
                return done(failWith(Environment, error));
            if (!browser->startRun(run.get()))
                return;
            QTimer::singleShot(seconds * 1000, run.get(), [&, seconds] {
                run->fail(Cli::tr("Timed out after %1 s waiting for the provider to come back to %2.")
                              .arg(seconds)
                              .arg(tenant->redirectUri));
            });
        });
    });
}
#endif
} // namespace

QList<Command> authorizeCommands() {
    QStringList modes;
    for (const Provider *provider : Provider::all())
        modes << QStringLiteral("%1: %2").arg(provider->key(), provider->modes().join(QLatin1Char('|')));
    Command command{
        {QStringLiteral("authorize")},
        {QStringLiteral("authdesk authorize NAME [--mode MODE] [--json] [--timeout SECONDS] [--verbose]"),
         QStringLiteral("authdesk authorize NAME [--mode MODE] --corp CORPID [--json]   (a WeCom "
                        "service-provider app: a member of that corp)"),
         QStringLiteral("         (%1)").arg(modes.join(QStringLiteral("; "))),
         QStringLiteral("authdesk authorize NAME --paste URL|- [--json]   (-: the URL from standard input)"),
         QStringLiteral("authdesk authorize NAME --browser embedded|system   (system: the user's own "
                        "browser, BROWSER or the "
                        "desktop's; the redirect to http://127.0.0.1 on a port chosen per run)"),
         QStringLiteral("authdesk authorize NAME [--keep-tokens] [--par] [--dpop]   (OpenID Connect: tokens "
                        "kept in the keychain for authdesk token; a pushed request; DPoP-bound tokens)"),
         QStringLiteral("authdesk authorize NAME --grant device [--keep-tokens] [--json]   (OpenID Connect: "
                        "a user code to enter on another device)"),
         QStringLiteral(
             "authdesk authorize NAME --grant client_credentials [--json]   (OpenID Connect: a token "
             "for the client itself)")},
        QStringLiteral(
            "Open the authorization page in a window, wait for the redirect and print the identity; "
            "with --paste, exchange a redirect (or 企企 callback) URL captured elsewhere."),
        {{QStringLiteral("mode"), QStringLiteral("MODE")},
         {QStringLiteral("json")},
         {QStringLiteral("timeout"), QStringLiteral("SECONDS"), QStringLiteral("300")},
         {QStringLiteral("paste"), QStringLiteral("URL")},
         {QStringLiteral("grant"), QStringLiteral("code|device|client_credentials"), QStringLiteral("code")},
         {QStringLiteral("keep-tokens")},
         {QStringLiteral("par")},
         {QStringLiteral("dpop")},
         {QStringLiteral("browser"), QStringLiteral("embedded|system"), QStringLiteral("embedded")},
         {QStringLiteral("corp"), QStringLiteral("CORPID")}},
        {},
        true};
    Command logoutCommand{
        {QStringLiteral("logout")},
        {QStringLiteral("authdesk logout NAME [--json] [--timeout SECONDS]   (OpenID Connect, "
                        "with tokens kept by --keep-tokens)")},
        QStringLiteral("Sign the user out at the provider (RP-initiated logout) in a window; done "
                       "when it comes back to the redirect URI with the run's state."),
        {{QStringLiteral("json")},
         {QStringLiteral("timeout"), QStringLiteral("SECONDS"), QStringLiteral("120")}},
        {},
        true};
#ifdef AUTHDESK_WITH_BROWSER // without, Application hands the verb to the program with the browser
    command.run = authorize;
    logoutCommand.run = logout;
#endif
    return {command, logoutCommand};
}
} // namespace CommandLine
