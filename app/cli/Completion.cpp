// `authdesk __complete -- WORD…`: what bash offers at the cursor, the last word being the one
// completed. Read from the commands: their words, their declared options and what each takes,
// and the positional arguments their synopses name in order, so that a new verb or option
// completes with no change here. resources/authdesk.bash-completion only asks.
#include "CliSupport.h"

#include "providers/Provider.h"
#include "store/TenantStore.h"

#include <QRegularExpression>
#include <cstdio>

namespace CommandLine {
namespace {
// What a synopsis says a command takes.
struct Grammar {
    QHash<QString, QString> options; // --name → what its value is ("" for a flag)
    QStringList positionals;         // in order: NAME, OLD, RUN, …
};

// "--format csv|json", "--provider wecom": a closed list of lowercase words; anything else
// ("X", "URL", "KEY=URL") is the admin's to type.
QStringList choices(const QString &value) {
    static const QRegularExpression words(QStringLiteral("^[a-z0-9_]+(\\|[a-z0-9_]+)*$"));
    return words.match(value).hasMatch() ? value.split(QLatin1Char('|')) : QStringList();
}

bool isPlaceholder(const QString &token) {
    static const QRegularExpression upper(QStringLiteral("^[A-Z][A-Z_]*$"));
    return upper.match(token).hasMatch();
}

Grammar grammarOf(const Command &command) {
    static const QRegularExpression remarks(QStringLiteral("\\([^)]*\\)|\\s{2,}\\S.*$"));
    Grammar grammar;
    for (const Option &option : command.options)
        grammar.options.insert(QStringLiteral("--") + option.name, option.value);
    for (QString line : command.synopsis) {
        // "authdesk tenant remove NAME [--keep-mappings|--delete-mappings]": the words after the
        // command's own (a continued line has none), without brackets, repeats and the remarks
        // after the synopsis; what is left outside the options are the positional arguments.
        const bool continued = line.startsWith(QLatin1Char(' '));
        line = line.trimmed().remove(remarks);
        line.replace(QLatin1Char('['), QLatin1Char(' ')).replace(QLatin1Char(']'), QLatin1Char(' '));
        line.remove(QStringLiteral("..."));
        const QStringList tokens =
            line.split(QLatin1Char(' '), Qt::SkipEmptyParts).mid(continued ? 0 : 1 + command.words.size());
        int positional = 0;
        for (int i = 0; i < tokens.size(); ++i) {
            const QString &token = tokens.at(i);
            if (token.startsWith(QLatin1String("--")))
                i += grammar.options.value(token.section(QLatin1Char('|'), 0, 0)).isEmpty() ? 0 : 1;
            else if (isPlaceholder(token) && positional++ >= grammar.positionals.size())
                grammar.positionals << token;
        }
    }
    return grammar;
}

// The values of a placeholder that AuthDesk knows: tenant names, provider keys, the modes of
// the tenant the line names; `files` when the shell should offer files.
QStringList valuesOf(const QString &placeholder, const TenantStore &tenants, const QString &tenantName,
                     bool *files) {
    QStringList values = choices(placeholder);
    if (!values.isEmpty())
        return values;
    if (placeholder == QLatin1String("NAME") || placeholder == QLatin1String("TENANT") ||
        placeholder == QLatin1String("OLD"))
        for (const Tenant &tenant : tenants.tenants())
            values << tenant.name;
    else if (placeholder == QLatin1String("P"))
        for (const Provider *provider : Provider::all())
            values << provider->key();
    else if (placeholder == QLatin1String("MODE")) {
        const std::optional<Tenant> tenant = tenants.find(tenantName);
        if (const Provider *provider = tenant ? Provider::find(tenant->provider) : nullptr)
            values = provider->modes();
    } else if (placeholder == QLatin1String("FILE") || placeholder == QLatin1String("F"))
        *files = true;
    return values;
}
} // namespace

int complete(const QList<Command> &commands, const TenantStore &tenants, const QStringList &line) {
    const QStringList words = line.isEmpty() ? QStringList{QString()} : line;
    const QString current = words.constLast();
    QStringList candidates;
    bool files = false;
    // The longest command the words before the cursor name.
    const Command *command = nullptr;
    for (const Command &c : commands)
        if (words.size() > c.words.size() && words.mid(0, c.words.size()) == c.words &&
            (!command || c.words.size() > command->words.size()))
            command = &c;
    if (!command) {
        // A verb (or the next word of one) being typed.
        const QStringList typed = words.mid(0, words.size() - 1);
        for (const Command &c : commands)
            if (c.words.size() > typed.size() && c.words.mid(0, typed.size()) == typed &&
                !c.synopsis.isEmpty() && !candidates.contains(c.words.at(typed.size())))
                candidates << c.words.at(typed.size());
        if (typed.isEmpty())
            candidates << QStringLiteral("--demo") << QStringLiteral("--store") << QStringLiteral("--help")
                       << QStringLiteral("--version");
    } else {
        const Grammar grammar = grammarOf(*command);
        // The positional arguments before the cursor; the first names the tenant when there is one.
        QStringList positionals;
        const QStringList before = words.mid(command->words.size(), words.size() - 1 - command->words.size());
        for (int i = 0; i < before.size(); ++i) {
            if (before.at(i).startsWith(QLatin1String("--")))
                i += grammar.options.value(before.at(i)).isEmpty() ? 0 : 1;
            else
                positionals << before.at(i);
        }
        const QString previous = before.isEmpty() ? QString() : before.constLast();
        const QString tenantName = positionals.value(0);
        if (previous.startsWith(QLatin1String("--")) && !grammar.options.value(previous).isEmpty())
            candidates = valuesOf(grammar.options.value(previous), tenants, tenantName, &files);
        else if (current.startsWith(QLatin1Char('-')))
            candidates =
                grammar.options.keys() + QStringList{QStringLiteral("--help"), QStringLiteral("--store")};
        else if (positionals.size() < grammar.positionals.size())
            candidates = valuesOf(grammar.positionals.at(positionals.size()), tenants, tenantName, &files);
    }
    if (files)
        return std::fputs("__files__\n", stdout) < 0 ? Failed : Success;
    candidates.sort();
    candidates.removeDuplicates();
    for (const QString &candidate : std::as_const(candidates))
        if (candidate.startsWith(current))
            std::fputs((candidate + QLatin1Char('\n')).toUtf8().constData(), stdout);
    return Success;
}

} // namespace CommandLine
