// authdesk mappings export|set-local|import.
#include "CliSupport.h"

#include "export/MappingExport.h"
#include "export/MappingImport.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>

namespace CommandLine {
namespace {
int mappingsExport(Workspace &workspace, const Arguments &arguments) {
    const auto chosen = MappingExport::formatNamed(arguments.value(QStringLiteral("format")));
    if (!chosen)
        return arguments.usageError();
    if (*chosen == MappingExport::Format::Xlsx && !arguments.isSet(QStringLiteral("output")))
        return failWith(Usage, Cli::tr("An Excel workbook is a file: add --output FILE.xlsx."));
    const MappingFilter filter{
        {}, arguments.value(QStringLiteral("provider")), arguments.value(QStringLiteral("tenant"))};
    const Result<int> rows = [&] {
        if (arguments.isSet(QStringLiteral("output")))
            return MappingExport::toFile(workspace.mappings(), filter, *chosen,
                                         arguments.value(QStringLiteral("output")));
        QFile out; // standard output, for CSV and JSON
        out.open(stdout, QIODevice::WriteOnly);
        return MappingExport::toDevice(workspace.mappings(), filter, *chosen, &out);
    }();
    if (!rows.ok())
        return failWith(Environment, rows.errorText());
    if (arguments.isSet(QStringLiteral("output")))
        std::fprintf(stderr, "%s\n",
                     qPrintable(Cli::tr("%n mapping(s) written to %1.", nullptr, rows.value())
                                    .arg(arguments.value(QStringLiteral("output")))));
    return Success;
}

// Sets a mapping's local account from a script; --expect-version refuses to overwrite a newer edit.
int mappingsSetLocal(Workspace &workspace, const Arguments &arguments) {
    const QStringList positional = arguments.positionals();
    if (positional.size() != 3)
        return arguments.usageError();
    int exitCode = Usage;
    const auto tenant = namedTenant(workspace, positional.at(0), &exitCode);
    if (!tenant)
        return exitCode;
    std::optional<int> expected;
    if (arguments.isSet(QStringLiteral("expect-version")))
        expected = arguments.value(QStringLiteral("expect-version")).toInt();
    std::optional<Mapping> current;
    if (const Status set = workspace.mappings().setLocalAccount(
            {tenant->provider, tenant->id, positional.at(1)}, positional.at(2), expected, &current);
        !set.ok())
        return failWith(Failed, set.errorText());
    printOut(Cli::tr("%1's local account is now \"%2\".").arg(positional.at(1), positional.at(2)) +
             QLatin1Char('\n'));
    return Success;
}
// Local accounts from the company's list: what the file would change, then (--apply) the change.
int mappingsImport(Workspace &workspace, const Arguments &arguments) {
    const auto field = MappingImport::matchNamed(arguments.value(QStringLiteral("match")));
    if (arguments.positionals().size() != 1 || !field)
        return arguments.usageError();
    QHash<QString, QString> columns;
    for (const QString &pair : arguments.values(QStringLiteral("column"))) {
        const QString name = pair.section(QLatin1Char('='), 0, 0);
        if (!pair.contains(QLatin1Char('=')) ||
            (name != QLatin1String("local_account") && !MappingImport::matchNamed(name)))
            return failWith(Usage,
                            Cli::tr("--column takes FIELD=COLUMN, FIELD one of local_account, external_id, "
                                    "mobile, email, name (got \"%1\").")
                                .arg(pair));
        columns.insert(name, pair.section(QLatin1Char('='), 1));
    }
    int exitCode = Usage;
    const std::optional<MappingFilter> filter =
        tenantFilter(workspace, arguments, QStringLiteral("tenant"), &exitCode);
    if (!filter)
        return exitCode;
    const QString path = arguments.positionals().constFirst();
    const Result<MappingImport::Plan> planned =
        MappingImport::plan(workspace.mappings(), path, *field, columns, *filter);
    if (!planned.ok())
        return failWith(Failed, planned.errorText());
    const MappingImport::Plan &plan = planned.value();
    const bool applying = arguments.isSet(QStringLiteral("apply"));
    if (applying && !plan.changes.isEmpty()) {
        const Status applied = MappingImport::apply(workspace.mappings(), plan, path);
        if (!applied.ok())
            return failWith(Failed, applied.errorText());
    }
    auto changesJson = [](const QList<MappingStore::AccountChange> &changes) {
        QJsonArray list;
        for (const auto &change : changes)
            list.append(QJsonObject{{QStringLiteral("external_id"), change.key.externalId},
                                    {QStringLiteral("local_account"), change.before},
                                    {QStringLiteral("file"), change.account}});
        return list;
    };
    auto lines = [](const QList<int> &rows) {
        QJsonArray list;
        for (int row : rows)
            list.append(row);
        return list;
    };
    if (arguments.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("applied"), applying},
                              {QStringLiteral("set"), changesJson(plan.changes)},
                              {QStringLiteral("conflicts"), changesJson(plan.conflicts)},
                              {QStringLiteral("unchanged"), plan.unchanged},
                              {QStringLiteral("unmatched_rows"), lines(plan.unmatched)},
                              {QStringLiteral("ambiguous_rows"), lines(plan.ambiguous)}});
        return Success;
    }
    QString text;
    for (const auto &change : plan.changes)
        text +=
            Cli::tr("%1 %2 → \"%3\"\n")
                .arg(applying ? Cli::tr("set") : Cli::tr("would set"), change.key.externalId, change.account);
    for (const auto &change : plan.conflicts)
        text += Cli::tr("conflict %1: has \"%2\", the file says \"%3\" (left alone)\n")
                    .arg(change.key.externalId, change.before, change.account);
    text += Cli::tr("%1 to set, %2 conflicts, %3 unchanged, %4 rows match nobody, %5 match several%6\n")
                .arg(plan.changes.size())
                .arg(plan.conflicts.size())
                .arg(plan.unchanged)
                .arg(plan.unmatched.size())
                .arg(plan.ambiguous.size())
                .arg(applying ? QString() : Cli::tr("; nothing written: add --apply"));
    printOut(text);
    return Success;
}
} // namespace

QList<Command> mappingsCommands() {
    return {
        {{QStringLiteral("mappings"), QStringLiteral("export")},
         {QStringLiteral("authdesk mappings export [--tenant NAME] [--provider P] --format csv|json|xlsx "
                         "[--output FILE]")},
         QStringLiteral("Export the user mappings: CSV or JSON for programs (every value as it is), an Excel "
                        "workbook for people (ids as text, times as dates)."),
         {{QStringLiteral("tenant"), QStringLiteral("NAME")},
          {QStringLiteral("provider"), QStringLiteral("P")},
          {QStringLiteral("format"), QStringLiteral("csv|json|xlsx")},
          {QStringLiteral("output"), QStringLiteral("FILE")}},
         mappingsExport},
        {{QStringLiteral("mappings"), QStringLiteral("set-local")},
         {QStringLiteral("authdesk mappings set-local TENANT EXTERNAL_ID ACCOUNT [--expect-version N]")},
         QStringLiteral("Set a mapping's local account; with --expect-version, refuse to overwrite a newer "
                        "edit."),
         {{QStringLiteral("expect-version"), QStringLiteral("N")}},
         mappingsSetLocal},
        {{QStringLiteral("mappings"), QStringLiteral("import")},
         {QStringLiteral(
             "authdesk mappings import FILE --match external_id|mobile|email|name [--tenant NAME] "
             "[--column FIELD=COLUMN]... [--apply] [--json]")},
         QStringLiteral(
             "Local accounts from a list (CSV or an Excel workbook): the file's rows matched to mappings by "
             "one field; shows "
             "what would be set, what conflicts, what matches nobody or several; --apply writes it in "
             "one transaction."),
         {{QStringLiteral("match"), QStringLiteral("external_id|mobile|email|name")},
          {QStringLiteral("tenant"), QStringLiteral("NAME")},
          {QStringLiteral("column"), QStringLiteral("FIELD=COLUMN")},
          {QStringLiteral("apply")},
          {QStringLiteral("json")}},
         mappingsImport}};
}
} // namespace CommandLine
