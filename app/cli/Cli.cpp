#include "Cli.h"

#include "export/RunExport.h"
#include "export/UserFile.h"
#include "store/StoreCopy.h"
#include "store/StoreUrl.h"

#ifdef AUTHDESK_WITH_BROWSER
#include "AuthBrowser.h"
#endif
#include "crypto/SigV4.h"
#include "export/MappingExport.h"
#include "net/Redactor.h"
#include "providers/DirectorySource.h"
#include "providers/Provider.h"
#include "run/DirectorySync.h"
#include "run/FlowRun.h"
#include "store/SecretStore.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QUrlQuery>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <iostream>
#include <memory>
#include <string>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace {
using namespace CommandLine;

bool verboseOutput = false;
// Where AuthDesk's own messages for standard error go: the real standard error, also while the
// browser's log lines are diverted away from it.
int realStderr = STDERR_FILENO;

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

class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printOut(const QString &text) {
    const QByteArray bytes = Redactor::text(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printJson(const QJsonValue &value) {
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    printOut(QString::fromUtf8(document.toJson(QJsonDocument::Compact)) + QLatin1Char('\n'));
}

// Runs `start` in the event loop and returns the code it finishes with.
int runAsync(std::function<void(std::function<void(int)>)> start) {
    int result = Success;
    QTimer::singleShot(0, qApp, [&result, start] {
        start([&result](int code) {
            result = code;
            QCoreApplication::exit(code);
        });
    });
    QCoreApplication::exec();
    return result;
}

// Reads one line from standard input without echo when it is a terminal.
QString readSecret(const QString &prompt) {
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        std::fprintf(stderr, "%s", prompt.toLocal8Bit().constData());
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fprintf(stderr, "\n");
    }
    QString secret = QString::fromStdString(line);
    while (secret.endsWith(QLatin1Char('\r')) || secret.endsWith(QLatin1Char('\n')))
        secret.chop(1);
    return secret;
}

QJsonObject tenantJson(const Tenant &tenant) {
    QJsonObject settings, endpoints;
    for (auto it = tenant.settings.cbegin(); it != tenant.settings.cend(); ++it)
        settings.insert(it.key(), it.value());
    for (auto it = tenant.endpoints.cbegin(); it != tenant.endpoints.cend(); ++it)
        endpoints.insert(it.key(), it.value());
    return {{QStringLiteral("name"), tenant.name},
            {QStringLiteral("provider"), tenant.provider},
            {QStringLiteral("settings"), settings},
            {QStringLiteral("redirect_uri"), tenant.redirectUri},
            {QStringLiteral("endpoints"), endpoints},
            {QStringLiteral("demo"), tenant.demo},
            {QStringLiteral("created"), tenant.created.toString(Qt::ISODate)},
            {QStringLiteral("updated"), tenant.updated.toString(Qt::ISODate)}};
}

QStringList verbArguments(const QStringList &arguments, int words) {
    // "authdesk tenant add NAME ..." → parser sees "authdesk NAME ..."
    return QStringList{arguments.first()} + arguments.mid(1 + words);
}

bool parse(QCommandLineParser &parser, const QStringList &arguments, QString *error) {
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

// "authdesk tenant add NAME --provider wecom --corp-id X ... --secret-stdin", one per provider.
QStringList tenantAddSynopses() {
    QStringList lines;
    for (const Provider *provider : Provider::all())
        lines
            << QStringLiteral(
                   "authdesk tenant add NAME %1 --redirect-uri URL [--endpoint KEY=URL]... --secret-stdin%2")
                   .arg(provider->cliSynopsis(),
                        provider->directorySource() &&
                                !provider->directorySource()->pagingSecretName().isEmpty()
                            ? QStringLiteral(" [--contacts-secret-stdin]")
                            : QString());
    return lines;
}

// The usage of `tenant add`: one synopsis per provider, then what each of their options sets.
QString addUsage() {
    QString usage =
        Cli::tr("usage:") + QStringLiteral("\n  ") + tenantAddSynopses().join(QStringLiteral("\n  "));
    usage += QLatin1Char('\n') + Cli::tr("options:");
    for (const Provider *provider : Provider::all())
        for (const SettingField &field : provider->settingFields())
            usage += QStringLiteral("\n  --%1  %2 (%3)")
                         .arg((field.cliOption.isEmpty()
                                   ? QStringLiteral("claim ") + field.key.mid(6) + QStringLiteral("=CLAIM")
                                   : field.cliOption)
                                  .leftJustified(16),
                              field.label, provider->displayName());
    return usage;
}

// The one NAME argument of a verb, as an existing tenant; otherwise reports and sets *exitCode.
std::optional<Tenant> tenantArgument(Workspace &workspace, const QCommandLineParser &parser,
                                     const QString &usage, int *exitCode) {
    if (parser.positionalArguments().size() != 1) {
        *exitCode = failWith(Usage, usage);
        return std::nullopt;
    }
    const QString name = parser.positionalArguments().constFirst();
    auto tenant = workspace.tenants().find(name);
    if (!tenant)
        *exitCode = failWith(
            Usage, Cli::tr("There is no tenant named \"%1\". Run \"authdesk tenant list\" to see the names.")
                       .arg(name));
    return tenant;
}

int tenantAdd(Workspace &workspace, const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption provider(QStringLiteral("provider"), {}, QStringLiteral("P"));
    const QCommandLineOption redirect(QStringLiteral("redirect-uri"), {}, QStringLiteral("URL"));
    const QCommandLineOption endpoint(QStringLiteral("endpoint"), {}, QStringLiteral("KEY=URL"));
    const QCommandLineOption secretStdin(QStringLiteral("secret-stdin"));
    const QCommandLineOption contactsSecretStdin(QStringLiteral("contacts-secret-stdin"));
    const QCommandLineOption claim(QStringLiteral("claim"), {}, QStringLiteral("FIELD=CLAIM"));
    parser.addOptions({provider, redirect, endpoint, secretStdin, contactsSecretStdin, claim});
    // Every provider's settings are options (--corp-id, --app-id, ...); each applies to its own.
    QStringList settingOptions;
    for (const Provider *p : Provider::all())
        for (const SettingField &field : p->settingFields())
            if (!field.cliOption.isEmpty() && !settingOptions.contains(field.cliOption)) {
                settingOptions << field.cliOption;
                parser.addOption(QCommandLineOption(field.cliOption, {}, QStringLiteral("VALUE")));
            }
    QString error;
    if (!parse(parser, arguments, &error))
        return failWith(Usage, error);
    if (parser.positionalArguments().size() != 1)
        return failWith(Usage, addUsage());
    const Provider *chosen = Provider::find(parser.value(provider));
    if (!chosen) {
        QStringList keys;
        for (const Provider *p : Provider::all())
            keys << p->key();
        return failWith(Usage,
                        Cli::tr("--provider must be one of: %1.").arg(keys.join(QStringLiteral(", "))));
    }
    Tenant tenant;
    tenant.name = parser.positionalArguments().constFirst();
    tenant.provider = chosen->key();
    if (const auto existing = workspace.tenants().find(tenant.name))
        return failWith(Usage,
                        Cli::tr("A tenant named \"%1\" already exists. Remove it first or pick another name.")
                            .arg(tenant.name));
    QStringList foreign = settingOptions;
    QStringList claimFields;
    for (const SettingField &field : chosen->settingFields()) {
        if (field.cliOption.isEmpty()) {
            claimFields << field.key.mid(int(qstrlen("claim_")));
            continue;
        }
        foreign.removeAll(field.cliOption);
        if (parser.isSet(field.cliOption))
            tenant.settings.insert(field.key, parser.value(field.cliOption));
    }
    for (const QString &pair : parser.values(claim)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        const QString field = pair.left(eq);
        if (claimFields.isEmpty())
            return failWith(Usage, Cli::tr("--claim does not apply to %1.").arg(chosen->displayName()));
        if (eq <= 0 || eq == pair.size() - 1 || !claimFields.contains(field))
            return failWith(Usage, Cli::tr("--claim takes FIELD=CLAIM with FIELD one of %1 (got \"%2\").")
                                       .arg(claimFields.join(QStringLiteral(", ")), pair));
        tenant.settings.insert(QStringLiteral("claim_") + field, pair.mid(eq + 1));
    }
    for (const QString &option : std::as_const(foreign))
        if (parser.isSet(option))
            return failWith(Usage, Cli::tr("--%1 does not apply to %2.").arg(option, chosen->displayName()));
    tenant.redirectUri = parser.value(redirect);
    for (const QString &pair : parser.values(endpoint)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return failWith(
                Usage, Cli::tr("--endpoint takes KEY=URL, e.g. api=https://qyapi.example.com (got \"%1\").")
                           .arg(pair));
        tenant.endpoints.insert(pair.left(eq), pair.mid(eq + 1));
    }
    const QStringList problems = workspace.validate(tenant);
    if (!problems.isEmpty())
        return failWith(Usage, problems.join(QLatin1Char('\n')));
    const bool usesSecret = chosen->usesSecret(tenant);
    if (usesSecret && !parser.isSet(secretStdin))
        return failWith(Usage,
                        Cli::tr("pass --secret-stdin and write the secret to standard input; AuthDesk never "
                                "takes a secret from the command line, where other users and the shell "
                                "history can read it."));
    if (!usesSecret && parser.isSet(secretStdin))
        return failWith(Usage,
                        Cli::tr("--secret-stdin does not apply: a public client (--client-auth none) has "
                                "no secret."));
    const QString pagingName =
        chosen->directorySource() ? chosen->directorySource()->pagingSecretName() : QString();
    if (parser.isSet(contactsSecretStdin) && pagingName.isEmpty())
        return failWith(Usage,
                        Cli::tr("--contacts-secret-stdin does not apply to %1.").arg(chosen->displayName()));
    const QString secret = usesSecret ? readSecret(Cli::tr("%1: ").arg(chosen->secretName())) : QString();
    if (usesSecret && secret.isEmpty())
        return failWith(Usage, Cli::tr("No secret on standard input. Pipe it in, e.g. "
                                       "authdesk tenant add … --secret-stdin < secret.txt"));
    // The contacts-sync secret is the second line of standard input.
    const QString pagingSecret =
        parser.isSet(contactsSecretStdin) ? readSecret(Cli::tr("%1: ").arg(pagingName)) : QString();
    if (parser.isSet(contactsSecretStdin) && pagingSecret.isEmpty())
        return failWith(Usage, Cli::tr("No %1 on the second line of standard input.").arg(pagingName));
    return runAsync([&](std::function<void(int)> done) {
        workspace.saveTenant(
            tenant, secret,
            [done](const Status &saved) {
                if (!saved.ok())
                    return done(failWith(Environment, saved.errorText()));
                printOut(saved.value().message + QLatin1Char('\n'));
                done(Success);
            },
            pagingSecret);
    });
}

int tenantList(Workspace &workspace, const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    QString error;
    if (!parse(parser, arguments, &error))
        return failWith(Usage, error);
    const QList<Tenant> tenants = workspace.tenants().tenants();
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Tenant &tenant : tenants)
            array.append(tenantJson(tenant));
        printJson(array);
        return Success;
    }
    if (tenants.isEmpty())
        printOut(
            Cli::tr("No tenants yet. Add one with \"authdesk tenant add\", or run \"authdesk --demo\".") +
            QLatin1Char('\n'));
    for (const Tenant &tenant : tenants)
        printOut(QStringLiteral("%1\t%2\t%3%4\n")
                     .arg(tenant.name, tenant.provider, tenant.redirectUri,
                          tenant.demo ? QLatin1Char('\t') + Cli::tr("(sandbox)") : QString()));
    return Success;
}

int tenantRemove(Workspace &workspace, const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption keep(QStringLiteral("keep-mappings"));
    const QCommandLineOption remove(QStringLiteral("delete-mappings"));
    parser.addOptions({keep, remove});
    QString error;
    if (!parse(parser, arguments, &error))
        return failWith(Usage, error);
    if (parser.positionalArguments().size() != 1 || (parser.isSet(keep) && parser.isSet(remove)))
        return failWith(Usage,
                        Cli::tr("usage: authdesk tenant remove NAME [--keep-mappings|--delete-mappings]"));
    const QString name = parser.positionalArguments().constFirst();
    // Mappings carry local accounts an admin chose by hand: losing them must be asked for.
    if (const int mappings = workspace.mappingCount(name);
        mappings > 0 && !parser.isSet(keep) && !parser.isSet(remove))
        return failWith(Usage, Cli::tr("Tenant \"%1\" has %n mapping(s). Say what becomes of them: add "
                                       "--keep-mappings or --delete-mappings.",
                                       nullptr, mappings)
                                   .arg(name));
    const auto mappings =
        parser.isSet(remove) ? TenantStore::MappingsOnRemove::Delete : TenantStore::MappingsOnRemove::Keep;
    return runAsync([&](std::function<void(int)> done) {
        workspace.removeTenant(name, mappings, [done](const Status &removed) {
            if (!removed.ok())
                return done(failWith(Failed, removed.errorText()));
            printOut(removed.value().message + QLatin1Char('\n'));
            done(Success);
        });
    });
}

int tenantRename(Workspace &workspace, const QStringList &arguments) {
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments, &error))
        return failWith(Usage, error);
    const QStringList names = parser.positionalArguments();
    if (names.size() != 2)
        return failWith(Usage, Cli::tr("usage: authdesk tenant rename OLD NEW"));
    if (!workspace.tenants().rename(names.at(0), names.at(1), &error))
        return failWith(Failed, error);
    printOut(Cli::tr("Tenant \"%1\" is now \"%2\"; its secrets and mappings went with it.")
                 .arg(names.at(0), names.at(1).trimmed()) +
             QLatin1Char('\n'));
    return Success;
}

// Reads the tenant's secret from the keychain, then calls `use` with it.
void withSecret(Workspace &workspace, const Tenant &tenant, std::function<void(int)> done,
                std::function<void(const QString &)> use) {
    const Provider *provider = Provider::find(tenant.provider);
    if (!provider->usesSecret(tenant))
        return use(QString());
    workspace.secrets()->read(
        SecretStore::keyFor(tenant.id, provider->secretName()), qApp,
        [done, use, provider](const SecretResult &secret) {
            if (!secret.ok())
                return done(failWith(Environment, secret.error().is(Error::Kind::NotFound)
                                                      ? Cli::tr("The keychain holds no %1 for this tenant; "
                                                                "add the tenant again.")
                                                            .arg(provider->secretName())
                                                      : secret.errorText()));
            use(secret.value());
        });
}

int tenantCheck(Workspace &workspace, const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    QString error;
    if (!parse(parser, arguments, &error))
        return failWith(Usage, error);
    int exitCode = Usage;
    const auto tenant =
        tenantArgument(workspace, parser, Cli::tr("usage: authdesk tenant check NAME [--json]"), &exitCode);
    if (!tenant)
        return exitCode;
    const bool asJson = parser.isSet(json);
    return runAsync([&](std::function<void(int)> done) {
        withSecret(workspace, *tenant, done, [&, done](const QString &secret) {
            const ProviderContext context = workspace.providerContext(qApp, secret);
            Provider::find(tenant->provider)
                ->checkCredentials(*tenant, context, [&, done](const Status &checked) {
                    const bool ok = checked.ok();
                    const QString message = ok ? checked.value().message : checked.errorText();
                    if (asJson) {
                        QJsonObject result{{QStringLiteral("tenant"), tenant->name},
                                           {QStringLiteral("ok"), ok},
                                           {QStringLiteral("message"), Redactor::text(message)}};
                        if (ok && !checked.value().details.isEmpty())
                            result.insert(QStringLiteral("details"), checked.value().details);
                        printJson(result);
                    } else if (ok) {
                        printOut(message + QLatin1Char('\n'));
                    }
                    done(ok ? Success : (asJson ? Failed : failWith(Failed, message)));
                });
        });
    });
}

#ifdef AUTHDESK_WITH_BROWSER
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

int authorize(Workspace &workspace, const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption mode(QStringLiteral("mode"), {}, QStringLiteral("MODE"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), {}, QStringLiteral("SECONDS"),
                                     QStringLiteral("300"));
    const QCommandLineOption paste(QStringLiteral("paste"), {}, QStringLiteral("URL"));
    parser.addOptions({mode, json, timeout, paste});
    QString error;
    if (!parse(parser, arguments, &error))
        return failWith(Usage, error);
    int exitCode = Usage;
    const auto tenant =
        tenantArgument(workspace, parser,
                       Cli::tr("usage: authdesk authorize NAME [--mode MODE] [--json] [--timeout SECONDS] "
                               "| authorize NAME --paste URL|- [--json]"),
                       &exitCode);
    if (!tenant)
        return exitCode;
    bool numeric = false;
    const int seconds = parser.value(timeout).toInt(&numeric);
    // At most a day: the timer counts milliseconds in an int.
    constexpr int longestTimeout = 24 * 60 * 60;
    if (!numeric || seconds <= 0 || seconds > longestTimeout)
        return failWith(Usage,
                        Cli::tr("--timeout takes a number of seconds from 1 to %1.").arg(longestTimeout));

    std::optional<BrowserLogDiversion> quiet;
    if (!verboseOutput && !parser.isSet(paste))
        quiet.emplace();
    std::unique_ptr<FlowRun> owned(workspace.newRun(*tenant, parser.value(mode)));
    FlowRun &run = *owned;
    const bool asJson = parser.isSet(json);
    std::unique_ptr<AuthBrowser> browser;
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
        if (parser.isSet(paste)) {
            // "-": from standard input, so that the code stays out of ps and the shell history.
            const QString pasted = parser.value(paste) == QLatin1String("-")
                                       ? readSecret(Cli::tr("Redirect URL: ")).trimmed()
                                       : parser.value(paste);
            return run.handlePasted(QUrl(pasted));
        }
        browser = std::make_unique<AuthBrowser>();
        browser->setWindowTitle(Cli::tr("AuthDesk — authorize %1").arg(tenant->name));
        browser->resize(900, 720);
        browser->show();
        if (!browser->startRun(&run))
            return;
        QTimer::singleShot(seconds * 1000, &run, [&, seconds] {
            const QString title = browser->page() ? browser->page()->title() : QString();
            run.fail(
                Cli::tr("Timed out after %1 s waiting for the redirect to %2. The page last showed \"%3\".")
                    .arg(seconds)
                    .arg(tenant->redirectUri, title));
        });
    });
}
#endif

int signRequest(const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption method(QStringLiteral("method"), {}, QStringLiteral("M"), QStringLiteral("GET"));
    const QCommandLineOption url(QStringLiteral("url"), {}, QStringLiteral("URL"));
    const QCommandLineOption header(QStringLiteral("header"), {}, QStringLiteral("NAME: VALUE"));
    const QCommandLineOption bodyFile(QStringLiteral("body-file"), {}, QStringLiteral("FILE"));
    const QCommandLineOption date(QStringLiteral("date"), {}, QStringLiteral("yyyyMMddTHHmmssZ"));
    const QCommandLineOption region(QStringLiteral("region"), {}, QStringLiteral("R"));
    const QCommandLineOption service(QStringLiteral("service"), {}, QStringLiteral("S"));
    const QCommandLineOption accessKeyId(QStringLiteral("access-key-id"), {}, QStringLiteral("ID"));
    const QCommandLineOption secretStdin(QStringLiteral("secret-stdin"));
    parser.addOptions({method, url, header, bodyFile, date, region, service, accessKeyId, secretStdin});
    QString error;
    if (!parse(parser, arguments, &error))
        return failWith(Usage, error);
    const QString usage =
        Cli::tr("usage: authdesk sign --method M --url URL [--header 'Name: value']... [--body-file F] "
                "--date yyyyMMddTHHmmssZ --region R --service S --access-key-id ID --secret-stdin");
    for (const QCommandLineOption &required : {url, date, region, service, accessKeyId})
        if (!parser.isSet(required))
            return failWith(Usage, usage);
    if (!parser.isSet(secretStdin))
        return failWith(Usage,
                        Cli::tr("pass --secret-stdin and write the secretAccessKey to standard input."));
    static const QRegularExpression datePattern(QStringLiteral("^\\d{8}T\\d{6}Z$"));
    if (!datePattern.match(parser.value(date)).hasMatch())
        return failWith(
            Usage,
            Cli::tr("--date takes the request time as yyyyMMddTHHmmssZ in UTC, e.g. 20150830T123600Z."));
    SigV4::Request request{parser.value(method).toUtf8(), QUrl(parser.value(url), QUrl::StrictMode), {}, {}};
    if (!SigV4::isHttpToken(request.method))
        return failWith(Usage, Cli::tr("--method takes an HTTP method such as GET or POST (got \"%1\").")
                                   .arg(parser.value(method)));
    if (!request.url.isValid() || request.url.host().isEmpty())
        return failWith(Usage,
                        Cli::tr("--url must be an absolute URL, e.g. https://api2.77hub.com/v1/code."));
    for (const QString &line : parser.values(header)) {
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0 || !SigV4::isHttpToken(line.left(colon).trimmed().toUtf8()))
            return failWith(Usage, Cli::tr("--header takes 'Name: value' (got \"%1\").").arg(line));
        request.headers.append({line.left(colon).toUtf8(), line.mid(colon + 1).toUtf8()});
    }
    // The date is part of the signature only as a signed header: add X-Amz-Date when the caller
    // gave none, or no server would accept what is printed.
    const bool hasDate =
        std::any_of(request.headers.cbegin(), request.headers.cend(), [](const auto &header) {
            return header.first.trimmed().compare("x-amz-date", Qt::CaseInsensitive) == 0;
        });
    if (!hasDate)
        request.headers.append({"X-Amz-Date", parser.value(date).toLatin1()});
    if (parser.isSet(bodyFile)) {
        QFile file(parser.value(bodyFile));
        if (!file.open(QIODevice::ReadOnly))
            return failWith(
                Usage, Cli::tr("Cannot read the body file %1: %2").arg(file.fileName(), file.errorString()));
        request.body = file.readAll();
    }
    const QString secret = readSecret(Cli::tr("secretAccessKey: "));
    if (secret.isEmpty())
        return failWith(Usage, Cli::tr("No secretAccessKey on standard input."));
    const SigV4::Signature signature =
        SigV4::sign(request, {parser.value(accessKeyId), secret, parser.value(region), parser.value(service)},
                    parser.value(date));
    // Printed as computed: a signature is bound to this one request and is what the admin compares.
    const QByteArray text =
        QStringLiteral("Canonical request:\n%1\n\nString to sign:\n%2\n\nAuthorization:\n%3\n")
            .arg(signature.canonicalRequest, signature.stringToSign, signature.authorization)
            .toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    return Success;
}

int mappingsExport(Workspace &workspace, const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption tenant(QStringLiteral("tenant"), {}, QStringLiteral("NAME"));
    const QCommandLineOption provider(QStringLiteral("provider"), {}, QStringLiteral("P"));
    const QCommandLineOption format(QStringLiteral("format"), {}, QStringLiteral("csv|json"));
    const QCommandLineOption output(QStringLiteral("output"), {}, QStringLiteral("FILE"));
    parser.addOptions({tenant, provider, format, output});
    QString error;
    if (!parse(parser, arguments, &error))
        return failWith(Usage, error);
    const auto chosen = MappingExport::formatNamed(parser.value(format));
    if (!chosen)
        return failWith(
            Usage, Cli::tr("usage: authdesk mappings export [--tenant NAME] [--provider P] --format csv|json "
                           "[--output FILE]"));
    const MappingFilter filter{{}, parser.value(provider), parser.value(tenant)};
    int rows;
    if (parser.isSet(output)) {
        rows = MappingExport::toFile(workspace.mappings(), filter, *chosen, parser.value(output), &error);
    } else {
        QFile out;
        out.open(stdout, QIODevice::WriteOnly);
        rows = MappingExport::toDevice(workspace.mappings(), filter, *chosen, &out, &error);
    }
    if (rows < 0)
        return failWith(Environment, error);
    if (parser.isSet(output))
        std::fprintf(
            stderr, "%s\n",
            qPrintable(Cli::tr("%n mapping(s) written to %1.", nullptr, rows).arg(parser.value(output))));
    return Success;
}

// The run named by the one RUN argument of a verb; otherwise reports and sets *exitCode.
std::optional<RunRecord> runArgument(Workspace &workspace, const QCommandLineParser &parser,
                                     const QString &usage, int *exitCode) {
    if (parser.positionalArguments().size() != 1) {
        *exitCode = failWith(Usage, usage);
        return std::nullopt;
    }
    const QString id = parser.positionalArguments().constFirst();
    auto run = workspace.runs().find(id);
    if (!run)
        *exitCode =
            failWith(Usage, Cli::tr("There is no run \"%1\". \"authdesk runs list NAME\" lists a tenant's "
                                    "runs.")
                                .arg(id));
    return run;
}

int runsList(Workspace &workspace, const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption limit(QStringLiteral("limit"), {}, QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({json, limit});
    QString error;
    if (!parse(parser, arguments, &error))
        return failWith(Usage, error);
    int exitCode = Usage;
    const auto tenant = tenantArgument(
        workspace, parser, Cli::tr("usage: authdesk runs list NAME [--json] [--limit N]"), &exitCode);
    if (!tenant)
        return exitCode;
    bool numeric = false;
    const int count = parser.value(limit).toInt(&numeric);
    if (!numeric || count < 0)
        return failWith(Usage, Cli::tr("--limit takes a number of runs (0: all)."));
    const QList<RunRecord> runs = workspace.runs().list(tenant->id, count);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const RunRecord &run : runs)
            array.append(QJsonObject{
                {QStringLiteral("id"), run.id},
                {QStringLiteral("started"), MappingExport::localTime(run.started)},
                {QStringLiteral("mode"), run.mode},
                {QStringLiteral("outcome"), run.outcome},
                {QStringLiteral("external_id"), run.identity ? QJsonValue(run.externalId()) : QJsonValue()},
                {QStringLiteral("duration_ms"), run.durationMs},
                {QStringLiteral("error"), run.error.isEmpty() ? QJsonValue() : QJsonValue(run.error)}});
        printJson(array);
        return Success;
    }
    if (runs.isEmpty())
        printOut(Cli::tr("No runs of \"%1\" yet.").arg(tenant->name) + QLatin1Char('\n'));
    for (const RunRecord &run : runs)
        printOut(QStringLiteral("%1  %2  %3  %4  %5\n")
                     .arg(run.id, MappingExport::localTime(run.started), run.mode.leftJustified(9),
                          run.outcome.leftJustified(9),
                          run.identity ? run.externalId() : run.error.left(100)));
    return Success;
}

int runsShow(Workspace &workspace, const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    QString error;
    if (!parse(parser, arguments, &error))
        return failWith(Usage, error);
    int exitCode = Usage;
    const auto run =
        runArgument(workspace, parser, Cli::tr("usage: authdesk runs show RUN [--json]"), &exitCode);
    if (!run)
        return exitCode;
    if (parser.isSet(json)) {
        printJson(run->toJson());
        return Success;
    }
    QString text = Cli::tr("run %1 of %2 (%3), %4, %5 ms: %6\n")
                       .arg(run->id, run->tenant, run->mode, MappingExport::localTime(run->started))
                       .arg(run->durationMs)
                       .arg(run->outcome);
    text += Cli::tr("authorization URL: %1\n").arg(run->authorizationUrl);
    text += QLatin1Char('\n') + Cli::tr("timeline:") + QLatin1Char('\n');
    for (const FlowStep &step : run->steps)
        text += QStringLiteral("  %1  %2%3\n")
                    .arg(step.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")), step.title,
                         step.detail.isEmpty() ? QString() : QStringLiteral(" — ") + step.detail);
    text += QLatin1Char('\n') + Cli::tr("exchanges:") + QLatin1Char('\n');
    for (const HttpExchange &exchange : run->exchanges)
        text += exchange.toText() + QLatin1Char('\n');
    if (run->identity) {
        text += Cli::tr("identity:") + QLatin1Char('\n');
        text += QString::fromUtf8(QJsonDocument(run->identity->toJson()).toJson(QJsonDocument::Indented));
    } else {
        text += Cli::tr("error: %1").arg(run->error) + QLatin1Char('\n');
    }
    printOut(text);
    return Success;
}

int runsExport(Workspace &workspace, const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), {}, QStringLiteral("har|html"));
    const QCommandLineOption output(QStringLiteral("output"), {}, QStringLiteral("FILE"));
    parser.addOptions({format, output});
    QString error;
    if (!parse(parser, arguments, &error))
        return failWith(Usage, error);
    const QString usage = Cli::tr("usage: authdesk runs export RUN --format har|html [--output FILE]");
    const QString chosen = parser.value(format);
    if (chosen != QLatin1String("har") && chosen != QLatin1String("html"))
        return failWith(Usage, usage);
    int exitCode = Usage;
    const auto run = runArgument(workspace, parser, usage, &exitCode);
    if (!run)
        return exitCode;
    const QByteArray content =
        chosen == QLatin1String("har")
            ? QJsonDocument(RunExport::har(*run)).toJson()
            : RunExport::html(*run, workspace.tenants().findById(run->tenantId)).toUtf8();
    if (!parser.isSet(output)) {
        std::fwrite(content.constData(), 1, size_t(content.size()), stdout);
        return Success;
    }
    if (const Status written = UserFile::write(parser.value(output), content); !written.ok())
        return failWith(Environment, written.errorText());
    std::fprintf(stderr, "%s\n",
                 qPrintable(Cli::tr("Run %1 written to %2.").arg(run->id, parser.value(output))));
    return Success;
}

int runsCurl(Workspace &workspace, const QStringList &arguments) {
    QCommandLineParser parser;
    QString error;
    if (!parse(parser, arguments, &error))
        return failWith(Usage, error);
    int exitCode = Usage;
    const auto run = runArgument(workspace, parser, Cli::tr("usage: authdesk runs curl RUN"), &exitCode);
    if (!run)
        return exitCode;
    // Not through printOut: the record was redacted when the run made it, and redacting again
    // would turn the named placeholders (code=${CODE}) back into masks.
    const QByteArray script = RunExport::curlScript(*run).toUtf8();
    std::fwrite(script.constData(), 1, size_t(script.size()), stdout);
    return Success;
}

// Sets a mapping's local account from a script; --expect-version refuses to overwrite a newer edit.
int mappingsSetLocal(Workspace &workspace, const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption expect(QStringLiteral("expect-version"), {}, QStringLiteral("N"));
    parser.addOption(expect);
    QString error;
    if (!parse(parser, arguments, &error))
        return failWith(Usage, error);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 3)
        return failWith(Usage, Cli::tr("usage: authdesk mappings set-local TENANT EXTERNAL_ID ACCOUNT "
                                       "[--expect-version N]"));
    const auto tenant = workspace.tenants().find(positional.at(0));
    if (!tenant)
        return failWith(Usage,
                        Cli::tr("There is no tenant named \"%1\". Run \"authdesk tenant list\" to see the "
                                "names.")
                            .arg(positional.at(0)));
    std::optional<int> expected;
    if (parser.isSet(expect))
        expected = parser.value(expect).toInt();
    std::optional<Mapping> current;
    if (!workspace.mappings().setLocalAccount({tenant->provider, tenant->id, positional.at(1)},
                                              positional.at(2), &error, expected, &current))
        return failWith(Failed, error);
    printOut(Cli::tr("%1's local account is now \"%2\".").arg(positional.at(1), positional.at(2)) +
             QLatin1Char('\n'));
    return Success;
}

int auditExport(Workspace &workspace, const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), {}, QStringLiteral("csv|json"),
                                    QStringLiteral("csv"));
    const QCommandLineOption limit(QStringLiteral("limit"), {}, QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({format, limit});
    QString error;
    if (!parse(parser, arguments, &error))
        return failWith(Usage, error);
    const QList<TenantStore::AuditEntry> entries =
        workspace.tenants().auditTrail(parser.value(limit).toInt());
    if (parser.value(format) == QLatin1String("json")) {
        QJsonArray array;
        for (const auto &entry : entries)
            array.append(QJsonObject{{QStringLiteral("at"), entry.at},
                                     {QStringLiteral("who"), entry.who},
                                     {QStringLiteral("action"), entry.action},
                                     {QStringLiteral("object"), entry.object},
                                     {QStringLiteral("detail"), entry.detail}});
        printJson(array);
        return Success;
    }
    if (parser.value(format) != QLatin1String("csv"))
        return failWith(Usage, Cli::tr("usage: authdesk audit export [--format csv|json] [--limit N]"));
    const QByteArray csv = MappingExport::auditCsv(entries);
    std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
    return Success;
}

volatile std::sig_atomic_t interrupted = 0;

int directorySync(Workspace &workspace, const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), {}, QStringLiteral("N"),
                                         QStringLiteral("4"));
    parser.addOption(concurrency);
    QString error;
    if (!parse(parser, arguments, &error))
        return failWith(Usage, error);
    int exitCode = Usage;
    const auto tenant = tenantArgument(
        workspace, parser, Cli::tr("usage: authdesk directory sync NAME [--concurrency N]"), &exitCode);
    if (!tenant)
        return exitCode;
    DirectorySync sync(&workspace, *tenant);
    sync.setConcurrency(parser.value(concurrency).toInt());
    // Ctrl+C cancels cleanly: requests under way finish and the progress is kept for a resume.
    std::signal(SIGINT, [](int) { interrupted = 1; });
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, &sync, [&sync] {
        if (interrupted)
            sync.cancel();
    });
    watch.start(100);
    auto lastReport = std::make_shared<QElapsedTimer>();
    QObject::connect(&sync, &DirectorySync::stepAdded, &sync, [](const FlowStep &step) {
        const QString line =
            step.detail.isEmpty() ? step.title : step.title + QStringLiteral(": ") + step.detail;
        std::fprintf(stderr, "%s\n", qPrintable(Redactor::text(line)));
    });
    QObject::connect(&sync, &DirectorySync::progressed, &sync,
                     [lastReport](const DirectorySync::Progress &p) {
                         if (lastReport->isValid() && lastReport->elapsed() < 1000 &&
                             p.departmentsDone < p.departmentsTotal)
                             return;
                         lastReport->start();
                         std::fprintf(stderr, "%s\n",
                                      qPrintable(Cli::tr("departments %1/%2, member listings %3, requests %4")
                                                     .arg(p.departmentsDone)
                                                     .arg(p.departmentsTotal)
                                                     .arg(p.members)
                                                     .arg(p.requests)));
                     });
    return runAsync([&](std::function<void(int)> done) {
        QObject::connect(&sync, &DirectorySync::finished, &sync,
                         [done](bool ok, bool, const QString &message) {
                             if (!ok)
                                 return done(failWith(Failed, message));
                             printOut(message + QLatin1Char('\n'));
                             done(Success);
                         });
        sync.start();
    });
}

} // namespace

namespace CommandLine {

int failWith(int code, const QString &message) {
    sayOnStderr(QStringLiteral("authdesk: %1").arg(message));
    return code;
}

void sayOnStderr(const QString &text) {
    QString line = Redactor::text(text);
    line.replace(QLatin1Char('\n'), QStringLiteral("; "));
    const QByteArray bytes = (line + QLatin1Char('\n')).toUtf8();
    std::fflush(stderr);
    if (::write(realStderr, bytes.constData(), size_t(bytes.size())) < 0)
        return; // nowhere left to say it
}

void setVerbose(bool verbose) {
    verboseOutput = verbose;
}

namespace {
const QList<QStringList> verbs = {{QStringLiteral("tenant"), QStringLiteral("add")},
                                  {QStringLiteral("tenant"), QStringLiteral("list")},
                                  {QStringLiteral("tenant"), QStringLiteral("remove")},
                                  {QStringLiteral("tenant"), QStringLiteral("rename")},
                                  {QStringLiteral("tenant"), QStringLiteral("check")},
                                  {QStringLiteral("authorize")},
                                  {QStringLiteral("sign")},
                                  {QStringLiteral("mappings"), QStringLiteral("export")},
                                  {QStringLiteral("directory"), QStringLiteral("sync")},
                                  {QStringLiteral("mappings"), QStringLiteral("set-local")},
                                  {QStringLiteral("audit"), QStringLiteral("export")},
                                  {QStringLiteral("store"), QStringLiteral("login")},
                                  {QStringLiteral("store"), QStringLiteral("migrate")},
                                  {QStringLiteral("runs"), QStringLiteral("list")},
                                  {QStringLiteral("runs"), QStringLiteral("show")},
                                  {QStringLiteral("runs"), QStringLiteral("export")},
                                  {QStringLiteral("runs"), QStringLiteral("curl")},
                                  {QStringLiteral("sandbox"), QStringLiteral("serve")}};

// The verb `arguments` name ("tenant add"), or an empty list.
QStringList verbOf(const QStringList &arguments) {
    for (const QStringList &verb : verbs)
        if (arguments.mid(1, verb.size()) == verb)
            return verb;
    return {};
}
} // namespace

bool isVerb(const QStringList &arguments) {
    return !verbOf(arguments).isEmpty();
}

QString usageFor(const QStringList &arguments) {
    const QStringList verb = verbOf(arguments);
    if (verb == QStringList{QStringLiteral("tenant"), QStringLiteral("add")})
        return addUsage() + QLatin1Char('\n');
    // The verb's entries of the whole usage: a line naming it and the indented lines after it.
    const QString prefix = QStringLiteral("authdesk ") + verb.join(QLatin1Char(' '));
    QStringList lines{Cli::tr("usage:")};
    bool inEntry = false;
    for (const QString &line : usage().split(QLatin1Char('\n'))) {
        const QString text = line.trimmed();
        if (text.startsWith(QLatin1String("authdesk")))
            inEntry = !verb.isEmpty() && text.startsWith(prefix);
        if (inEntry && !text.isEmpty())
            lines << line;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString usage() {
    QStringList modes;
    for (const Provider *provider : Provider::all())
        modes << QStringLiteral("%1: %2").arg(provider->key(), provider->modes().join(QLatin1Char('|')));
    QStringList lines{
        QStringLiteral("authdesk [--demo]                       open the console (--demo: sandbox tenants)")};
    lines << tenantAddSynopses();
    lines << QStringLiteral("authdesk --version | --help | VERB --help")
          << QStringLiteral("authdesk tenant list [--json]")
          << QStringLiteral("authdesk tenant remove NAME [--keep-mappings|--delete-mappings]")
          << QStringLiteral("         (one of them is required when the tenant has mappings)")
          << QStringLiteral("authdesk tenant rename OLD NEW")
          << QStringLiteral("authdesk tenant check NAME [--json]")
          << QStringLiteral("authdesk authorize NAME [--mode MODE] [--json] [--timeout SECONDS] [--verbose]")
          << QStringLiteral("         (%1)").arg(modes.join(QStringLiteral("; ")))
          << QStringLiteral(
                 "authdesk authorize NAME --paste URL|- [--json]   (-: the URL from standard input)")
          << QStringLiteral("authdesk sign --method M --url URL [--header 'Name: value']... [--body-file F]")
          << QStringLiteral(
                 "         --date yyyyMMddTHHmmssZ --region R --service S --access-key-id ID --secret-stdin")
          << QStringLiteral(
                 "authdesk mappings export [--tenant NAME] [--provider P] --format csv|json [--output FILE]")
          << QStringLiteral(
                 "authdesk directory sync NAME [--concurrency N]   (Ctrl+C stops, run again to resume)")
          << QStringLiteral("authdesk mappings set-local TENANT EXTERNAL_ID ACCOUNT [--expect-version N]")
          << QStringLiteral(
                 "authdesk audit export [--format csv|json] [--limit N]   who changed what, newest first")
          << QStringLiteral("authdesk store login --password-stdin          the shared store's password, "
                            "into your keychain")
          << QStringLiteral(
                 "authdesk store migrate --from sqlite:PATH --to postgresql://USER@HOST[:PORT]/DB?sslmode=…")
          << QStringLiteral("         (every verb takes --store URL; or AUTHDESK_STORE)")
          << QStringLiteral("authdesk runs list NAME [--json] [--limit N]      newest first")
          << QStringLiteral(
                 "authdesk runs show RUN [--json]                   timeline, exchanges, identity or error")
          << QStringLiteral("authdesk runs export RUN --format har|html [--output FILE]")
          << QStringLiteral(
                 "authdesk runs curl RUN                            the calls, secrets as ${PLACEHOLDERS}")
          << QStringLiteral("authdesk sandbox serve [--port PORT]");
    return QStringLiteral("usage:\n  ") + lines.join(QStringLiteral("\n  ")) + QLatin1Char('\n');
}

bool needsBrowser(const QStringList &arguments) {
    return arguments.size() > 1 && arguments.at(1) == QLatin1String("authorize");
}

int sign(const QStringList &arguments) {
    return signRequest(verbArguments(arguments, 1));
}

int run(Workspace &workspace, const QStringList &raw) {
    const QString verb = raw.value(1);
    const QString sub = raw.value(2);
    if (verb == QLatin1String("tenant") && sub == QLatin1String("add"))
        return tenantAdd(workspace, verbArguments(raw, 2));
    if (verb == QLatin1String("tenant") && sub == QLatin1String("list"))
        return tenantList(workspace, verbArguments(raw, 2));
    if (verb == QLatin1String("tenant") && sub == QLatin1String("remove"))
        return tenantRemove(workspace, verbArguments(raw, 2));
    if (verb == QLatin1String("tenant") && sub == QLatin1String("rename"))
        return tenantRename(workspace, verbArguments(raw, 2));
    if (verb == QLatin1String("tenant") && sub == QLatin1String("check"))
        return tenantCheck(workspace, verbArguments(raw, 2));
#ifdef AUTHDESK_WITH_BROWSER // without, Application hands the verb to the program with the browser
    if (verb == QLatin1String("authorize"))
        return authorize(workspace, verbArguments(raw, 1));
#endif
    if (verb == QLatin1String("mappings") && sub == QLatin1String("export"))
        return mappingsExport(workspace, verbArguments(raw, 2));
    if (verb == QLatin1String("directory") && sub == QLatin1String("sync"))
        return directorySync(workspace, verbArguments(raw, 2));
    if (verb == QLatin1String("mappings") && sub == QLatin1String("set-local"))
        return mappingsSetLocal(workspace, verbArguments(raw, 2));
    if (verb == QLatin1String("audit") && sub == QLatin1String("export"))
        return auditExport(workspace, verbArguments(raw, 2));
    if (verb == QLatin1String("runs") && sub == QLatin1String("list"))
        return runsList(workspace, verbArguments(raw, 2));
    if (verb == QLatin1String("runs") && sub == QLatin1String("show"))
        return runsShow(workspace, verbArguments(raw, 2));
    if (verb == QLatin1String("runs") && sub == QLatin1String("export"))
        return runsExport(workspace, verbArguments(raw, 2));
    if (verb == QLatin1String("runs") && sub == QLatin1String("curl"))
        return runsCurl(workspace, verbArguments(raw, 2));
    failWith(Usage, Cli::tr("unknown command \"%1\"").arg(raw.mid(1).join(QLatin1Char(' '))));
    std::fputs(qPrintable(usage()), stderr);
    return Usage;
}

} // namespace CommandLine

namespace CommandLine {

bool openStore(Workspace &workspace, const StoreUrl &url, QString *error, bool *needsPassword) {
    if (needsPassword)
        *needsPassword = false;
    if (!url.isPostgres())
        return workspace.open(url, {}, error);
    // libpq's own ways first (trust, peer on a socket, a client certificate, ~/.pgpass or
    // PGPASSFILE, a service file): the keychain is read only when the server asks for a password
    // that none of them gave, so a store without one never touches (or unlocks) the keychain.
    if (workspace.open(url, {}, error))
        return true;
    if (!workspace.tenants().passwordWanted())
        return false;
    // The password is this admin's, in their keychain; never in the URL or a settings file.
    std::optional<SecretResult> password;
    QEventLoop wait;
    workspace.secrets()->read(url.passwordKey(), &wait, [&](const SecretResult &read) {
        password = read;
        wait.quit();
    });
    if (!password)
        wait.exec();
    if (!password->ok()) {
        if (needsPassword)
            *needsPassword = password->error().is(Error::Kind::NotFound);
        if (!password->error().is(Error::Kind::NotFound))
            *error = password->errorText();
        return false; // not found: *error already says to run store login
    }
    if (workspace.open(url, password->value(), error))
        return true;
    if (needsPassword)
        *needsPassword = workspace.tenants().passwordWanted();
    return false;
}

int store(const QStringList &raw, const QString &storeOption) {
    const QString sub = raw.value(2);
    QCommandLineParser parser;
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"));
    const QCommandLineOption from(QStringLiteral("from"), {}, QStringLiteral("URL"));
    const QCommandLineOption to(QStringLiteral("to"), {}, QStringLiteral("URL"));
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOptions({passwordStdin, from, to, json});
    QString error;
    if (!parse(parser, verbArguments(raw, 2), &error))
        return failWith(Usage, error);
    if (sub == QLatin1String("login")) {
        const Result<StoreUrl> url = StoreUrl::chosen(storeOption, StoreUrl{});
        if (!url.ok() || !url.value().isPostgres() || !parser.isSet(passwordStdin))
            return failWith(
                Usage, url.ok() ? Cli::tr("usage: authdesk store login --store postgresql://USER@HOST/DB "
                                          "--password-stdin (the password on standard input)")
                                : url.errorText());
        const QString password = readSecret(Cli::tr("Password: "));
        Workspace workspace;
        if (!workspace.open(url.value(), password, &error))
            return failWith(Environment, error);
        return runAsync([&](std::function<void(int)> done) {
            workspace.secrets()->write(
                url.value().passwordKey(), password, qApp, [&, done](const SecretResult &written) {
                    if (!written.ok())
                        return done(failWith(Environment, written.errorText()));
                    printOut(Cli::tr("Connected to %1; the password is in your keychain.")
                                 .arg(url.value().toString()) +
                             QLatin1Char('\n'));
                    done(Success);
                });
        });
    }
    if (sub == QLatin1String("migrate")) {
        const QString usage = Cli::tr("usage: authdesk store migrate --from sqlite:PATH --to "
                                      "postgresql://USER@HOST[:PORT]/DB?sslmode=verify-full [--json]");
        if (!parser.isSet(from) || !parser.isSet(to))
            return failWith(Usage, usage);
        const Result<StoreUrl> source = StoreUrl::parse(parser.value(from));
        const Result<StoreUrl> target = StoreUrl::parse(parser.value(to));
        if (!source.ok() || !target.ok())
            return failWith(Usage, source.ok() ? target.errorText() : source.errorText());
        Workspace sourceWorkspace, targetWorkspace;
        if (!openStore(sourceWorkspace, source.value(), &error) ||
            !openStore(targetWorkspace, target.value(), &error))
            return failWith(Environment, error);
        const Status copied = StoreCopy::copy(sourceWorkspace.tenants(), targetWorkspace.tenants());
        if (!copied.ok())
            return failWith(Environment, copied.errorText());
        if (parser.isSet(json))
            printJson(copied.value().details);
        else
            printOut(copied.value().message + QLatin1Char('\n'));
        return Success;
    }
    return failWith(Usage, Cli::tr("usage: authdesk store login|migrate …"));
}

} // namespace CommandLine
