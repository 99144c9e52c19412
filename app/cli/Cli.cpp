// The verbs' registry and dispatch. Each family of verbs is a file of its own that declares its
// commands (CliSupport.h); a new verb is a Command in its family's list, a new family one line in
// commands() below.
#include "CliSupport.h"

#include "providers/Provider.h"
#include "workspace/Workspace.h"

#include <cstdio>

namespace CommandLine {

const QList<Command> &commands() {
    static const QList<Command> all = [] {
        // `sandbox serve` is Application's (the sandbox is no part of core): named here for the
        // usage and the verb's recognition.
        const Command sandboxServe{{QStringLiteral("sandbox"), QStringLiteral("serve")},
                                   {QStringLiteral("authdesk sandbox serve [--port PORT]")},
                                   QStringLiteral("Run the sandbox alone, steerable over HTTP."),
                                   {{QStringLiteral("port"), QStringLiteral("PORT"), QStringLiteral("0")}}};
        // What bash completion asks (no synopsis: not in the usage).
        const Command complete{
            {QStringLiteral("__complete")}, {}, {}, {}, [](Workspace &workspace, const Arguments &words) {
                return CommandLine::complete(commands(), workspace.tenants(), words.positionals());
            }};
        return tenantCommands() + authorizeCommands() + tokenCommands() + signCommands() +
               wecomCallbackCommands() + suiteCommands() + mappingsCommands() + directoryCommands() +
               ldapCommands() + auditCommands() + storeCommands() + runsCommands() +
               QList<Command>{sandboxServe, complete};
    }();
    return all;
}

namespace {
// The command `arguments` name ("authdesk tenant add …"), or none.
const Command *commandOf(const QStringList &arguments) {
    for (const Command &command : commands())
        if (arguments.mid(1, command.words.size()) == command.words)
            return &command;
    return nullptr;
}
} // namespace

Arguments::Arguments(const Command &command, const QStringList &arguments)
    : m_command(&command), m_parser(std::make_shared<QCommandLineParser>()) {
    for (const Option &option : command.options)
        m_parser->addOption(option.value.isEmpty()
                                ? QCommandLineOption(option.name)
                                : QCommandLineOption(option.name, {}, option.value, option.defaultValue));
    m_parser->setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    // "authdesk tenant add NAME …": the parser sees "authdesk NAME …".
    if (!m_parser->parse(arguments.mid(0, 1) + arguments.mid(1 + command.words.size())))
        m_error = m_parser->errorText();
}

int Arguments::usageError() const {
    // One line on stderr (failWith): the synopsis when it is short, else its first form and where
    // to find the others.
    QStringList lines;
    for (const QString &line : m_command->synopsis)
        lines << line.simplified();
    if (lines.size() <= 2)
        return failWith(Usage, Cli::tr("usage: %1").arg(lines.join(QLatin1Char('\n'))));
    return failWith(Usage, Cli::tr("usage: %1 (\"authdesk %2 --help\" shows every form)")
                               .arg(lines.constFirst(), m_command->words.join(QLatin1Char(' '))));
}

Arguments argumentsOf(const QStringList &arguments) {
    static const Command none;
    const Command *command = commandOf(arguments);
    return Arguments(command ? *command : none, arguments);
}

bool isVerb(const QStringList &arguments) {
    return commandOf(arguments) != nullptr;
}

QString usageFor(const QStringList &arguments) {
    const Command *command = commandOf(arguments);
    if (command && command->help)
        return command->help() + QLatin1Char('\n');
    QStringList lines{Cli::tr("usage:")};
    if (command)
        for (const QString &line : command->synopsis)
            lines << QStringLiteral("  ") + line;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString usage() {
    QStringList lines{
        QStringLiteral("authdesk [--demo]                       open the console (--demo: sandbox tenants)"),
        QStringLiteral("authdesk --version | --help | VERB --help")};
    for (const Command &command : commands())
        lines << command.synopsis;
    return QStringLiteral("usage:\n  ") + lines.join(QStringLiteral("\n  ")) + QLatin1Char('\n');
}

namespace {
// A line of the man page's source: roff's own characters escaped.
QString roff(QString text) {
    return text.replace(QLatin1Char('\\'), QLatin1String("\\e"))
        .replace(QLatin1Char('-'), QLatin1String("\\-"));
}
} // namespace

QString manPageVerbs() {
    QString page;
    for (const Command &command : commands()) {
        if (command.synopsis.isEmpty())
            continue;
        page += QStringLiteral(".TP\n");
        for (int i = 0; i < command.synopsis.size(); ++i) {
            // Without "authdesk " and the remarks the usage aligns in columns after two spaces.
            const QString line = command.synopsis.at(i).trimmed().section(QStringLiteral("  "), 0, 0);
            if (i)
                page += QStringLiteral(".br\n");
            if (line.startsWith(QLatin1Char('('))) // a remark, in roman
                page += roff(line) + QLatin1Char('\n');
            else
                page += QStringLiteral(".B \"%1\"\n")
                            .arg(roff(line.startsWith(QLatin1String("authdesk ")) ? line.mid(9) : line)
                                     .replace(QLatin1Char('"'), QLatin1String("\\(dq")));
        }
        page += (command.synopsis.size() > 1 ? QStringLiteral(".br\n") : QString()) + roff(command.summary) +
                QLatin1Char('\n');
    }
    return page;
}

bool needsBrowser(const QStringList &arguments) {
    const Command *command = commandOf(arguments);
    return command && command->needsBrowser;
}

int run(Workspace &workspace, const QStringList &raw) {
    const Command *command = commandOf(raw);
    if (command && command->run) {
        const Arguments arguments(*command, raw);
        if (!arguments.ok())
            return failWith(Usage, arguments.errorText());
        return command->run(workspace, arguments);
    }
    failWith(Usage, Cli::tr("unknown command \"%1\"").arg(raw.mid(1).join(QLatin1Char(' '))));
    std::fputs(qPrintable(usage()), stderr);
    return Usage;
}

} // namespace CommandLine
