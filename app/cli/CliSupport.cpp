#include "CliSupport.h"

#include "net/Redactor.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace CommandLine {

bool verboseOutput = false;
// Where AuthDesk's own messages for standard error go: the real standard error, also while the
// browser's log lines are diverted away from it.
int realStderr = STDERR_FILENO;

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
            {QStringLiteral("updated"), tenant.updated.toString(Qt::ISODate)},
            {QStringLiteral("ca_bundle"), tenant.caBundle},
            {QStringLiteral("secret_set_at"), tenant.secretSetAt.toString(Qt::ISODate)},
            {QStringLiteral("rotation_days"), tenant.rotationDays}};
}

std::optional<Tenant> tenantArgument(Workspace &workspace, const Arguments &arguments, int *exitCode) {
    if (arguments.positionals().size() != 1) {
        *exitCode = arguments.usageError();
        return std::nullopt;
    }
    return namedTenant(workspace, arguments.positionals().constFirst(), exitCode);
}

std::optional<Tenant> namedTenant(Workspace &workspace, const QString &name, int *exitCode) {
    auto tenant = workspace.tenants().find(name);
    if (!tenant)
        *exitCode = failWith(
            Usage, Cli::tr("There is no tenant named \"%1\". Run \"authdesk tenant list\" to see the names.")
                       .arg(name));
    return tenant;
}

std::optional<MappingFilter> tenantFilter(Workspace &workspace, const Arguments &arguments,
                                          const QString &option, int *exitCode) {
    MappingFilter filter;
    if (!arguments.isSet(option))
        return filter;
    const std::optional<Tenant> named = namedTenant(workspace, arguments.value(option), exitCode);
    if (!named)
        return std::nullopt;
    filter.tenantId = named->id;
    return filter;
}

int timeoutSeconds(const QString &value) {
    bool numeric = false;
    const int seconds = value.toInt(&numeric);
    if (numeric && seconds > 0 && seconds <= longestTimeout)
        return seconds;
    failWith(Usage, Cli::tr("--timeout takes a number of seconds from 1 to %1.").arg(longestTimeout));
    return 0;
}

std::optional<QByteArray> bodyFileOf(const Arguments &arguments, const QString &option) {
    if (!arguments.isSet(option))
        return QByteArray();
    QFile file(arguments.value(option));
    if (!file.open(QIODevice::ReadOnly)) {
        failWith(Usage, Cli::tr("Cannot read the body file %1: %2").arg(file.fileName(), file.errorString()));
        return std::nullopt;
    }
    return file.readAll();
}

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
} // namespace CommandLine
