#pragma once

// What the verbs share: the registry's Command, output, parsing and the keychain's secret of a
// tenant. Each verb family has a file of its own (TenantCommands.cpp, RunsCommands.cpp, …) that
// declares its commands; Cli.cpp lists the families and dispatches.
#include "Cli.h"
#include "Mapping.h"
#include "Tenant.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <functional>
#include <memory>
#include <optional>

class BrowserPane;
class FlowRun;
class TenantStore;
class Workspace;

// The translation context of every verb's words.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

namespace CommandLine {

// An option a command takes: "--name VALUE", or a flag when `value` is empty. `value` says what
// it takes: a closed list of lowercase words ("csv|json"), which completion offers, or a
// placeholder ("FILE", "N", "MODE") whose values completion knows or leaves to the admin.
struct Option {
    QString name;
    QString value;
    QString defaultValue;
};

class Arguments;

// A verb: the words that name it, its lines of the usage (how its options and arguments combine),
// the options it takes, and what runs it with the workspace. Verbs without `run` are run by
// Application before the usual store is opened (sign needs none, store opens its own, sandbox
// serve is no part of core); they read their arguments with argumentsOf().
struct Command {
    QStringList words;
    QStringList synopsis;
    QString summary; // what it does, for the man page (English, as the synopsis)
    QList<Option> options;
    std::function<int(Workspace &workspace, const Arguments &arguments)> run;
    bool needsBrowser = false;
    std::function<QString()> help; // `VERB --help` when more than its synopsis
};

// What a command was given: the words after its own, parsed against its declared options (an
// option it does not declare is an error). An option is asked for by its name.
class Arguments {
public:
    Arguments(const Command &command, const QStringList &arguments);
    bool ok() const { return m_error.isEmpty(); }
    QString errorText() const { return m_error; }
    const Command &command() const { return *m_command; }
    bool isSet(const QString &option) const { return m_parser->isSet(option); }
    QString value(const QString &option) const { return m_parser->value(option); }
    QStringList values(const QString &option) const { return m_parser->values(option); }
    QStringList positionals() const { return m_parser->positionalArguments(); }
    // Says on stderr, on one line, how the command is used (its synopsis; the first of its forms
    // and where to read them all, when it has more than two lines); returns Usage.
    int usageError() const;

private:
    const Command *m_command;
    std::shared_ptr<QCommandLineParser> m_parser;
    QString m_error;
};

// Every command, in the order of the usage.
const QList<Command> &commands();
// The arguments of the command `arguments` (the whole command line) names, which must be one
// (isVerb).
Arguments argumentsOf(const QStringList &arguments);

// The families, each in its own file; Cli.cpp's commands() lists them in the usage's order.
QList<Command> tenantCommands();
QList<Command> authorizeCommands();
QList<Command> tokenCommands();
QList<Command> signCommands();
QList<Command> mappingsCommands();
QList<Command> directoryCommands();
QList<Command> ldapCommands();
QList<Command> wecomCallbackCommands();
QList<Command> suiteCommands();
QList<Command> auditCommands();
QList<Command> storeCommands();
QList<Command> runsCommands();
// `authdesk __complete WORD…`: the completions of the last word, one a line, from the commands'
// synopses ("__files__" when the shell should offer files).
int complete(const QList<Command> &commands, const TenantStore &tenants, const QStringList &words);

// --verbose; and where AuthDesk's own lines for standard error go (the real one, also while
// the browser's log is diverted away from it).
extern bool verboseOutput;
extern int realStderr;

void printOut(const QString &text); // redacted, on standard output
void printJson(const QJsonValue &value);
// Runs `start` in the event loop and returns the code it finishes with.
int runAsync(std::function<void(std::function<void(int)>)> start);
// Reads one line from standard input without echo when it is a terminal.
QString readSecret(const QString &prompt);
QJsonObject tenantJson(const Tenant &tenant);
// The one NAME argument of a verb, as an existing tenant; otherwise reports (the usage when there
// is not one argument) and sets *exitCode.
std::optional<Tenant> tenantArgument(Workspace &workspace, const Arguments &arguments, int *exitCode);
// The tenant named `name`; otherwise says there is none (a usage error) and sets *exitCode.
std::optional<Tenant> namedTenant(Workspace &workspace, const QString &name, int *exitCode);
// The mappings of the tenant --tenant names (`option`), or of all when it is not given; none, with
// *exitCode, when it names no tenant.
std::optional<MappingFilter> tenantFilter(Workspace &workspace, const Arguments &arguments,
                                          const QString &option, int *exitCode);
// Opens `run`'s authorization page in the embedded browser, a window of its own kept in
// `browser`, and fails the run after `seconds` without a redirect; `done` gets the exit code
// when the browser cannot be loaded. The caller waits for FlowRun::finished.
void startInBrowser(FlowRun &run, std::unique_ptr<BrowserPane> &browser, int seconds,
                    std::function<void(int)> done);
// The longest --timeout, a day: the timer counts milliseconds in an int.
constexpr int longestTimeout = 24 * 60 * 60;
// A --timeout value: its number of seconds, or 0 (having said so on stderr) when it is not one
// from 1 to longestTimeout.
int timeoutSeconds(const QString &value);
// The file a --body-file option names, read whole; empty when the option is not given; nullopt
// (having said so on stderr) when it cannot be read.
std::optional<QByteArray> bodyFileOf(const Arguments &arguments, const QString &option);

} // namespace CommandLine
