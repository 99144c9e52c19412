// authdesk mappings export|set-local.
#include "CliSupport.h"

#include "export/MappingExport.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <cstdio>

namespace CommandLine {
namespace {
int mappingsExport(Workspace &workspace, const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption tenant(QStringLiteral("tenant"), {}, QStringLiteral("NAME"));
    const QCommandLineOption provider(QStringLiteral("provider"), {}, QStringLiteral("P"));
    const QCommandLineOption format(QStringLiteral("format"), {}, QStringLiteral("csv|json|xlsx"));
    const QCommandLineOption output(QStringLiteral("output"), {}, QStringLiteral("FILE"));
    parser.addOptions({tenant, provider, format, output});
    QString error;
    if (!parse(parser, arguments, &error))
        return failWith(Usage, error);
    const auto chosen = MappingExport::formatNamed(parser.value(format));
    if (!chosen)
        return failWith(Usage,
                        Cli::tr("usage: authdesk mappings export [--tenant NAME] [--provider P] --format "
                                "csv|json|xlsx [--output FILE]"));
    if (*chosen == MappingExport::Format::Xlsx && !parser.isSet(output))
        return failWith(Usage, Cli::tr("An Excel workbook is a file: add --output FILE.xlsx."));
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
    if (const Status set = workspace.mappings().setLocalAccount(
            {tenant->provider, tenant->id, positional.at(1)}, positional.at(2), expected, &current);
        !set.ok())
        return failWith(Failed, set.errorText());
    printOut(Cli::tr("%1's local account is now \"%2\".").arg(positional.at(1), positional.at(2)) +
             QLatin1Char('\n'));
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
         mappingsExport},
        {{QStringLiteral("mappings"), QStringLiteral("set-local")},
         {QStringLiteral("authdesk mappings set-local TENANT EXTERNAL_ID ACCOUNT [--expect-version N]")},
         QStringLiteral("Set a mapping's local account; with --expect-version, refuse to overwrite a newer "
                        "edit."),
         mappingsSetLocal}};
}
} // namespace CommandLine
