// authdesk audit export: who changed what, newest first.
#include "CliSupport.h"

#include "export/MappingExport.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>

namespace CommandLine {
namespace {
int auditExport(Workspace &workspace, const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), {}, QStringLiteral("csv|json"),
                                    QStringLiteral("csv"));
    const QCommandLineOption limit(QStringLiteral("limit"), {}, QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({format, limit});
    QString error;
    if (!parse(parser, arguments, &error))
        return failWith(Usage, error);
    const QList<AuditTrail::Entry> entries = workspace.audit().entries(parser.value(limit).toInt());
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
} // namespace

QList<Command> auditCommands() {
    return {{{QStringLiteral("audit"), QStringLiteral("export")},
             {QStringLiteral(
                 "authdesk audit export [--format csv|json] [--limit N]   who changed what, newest first")},
             QStringLiteral("Who (user@host) created, changed or removed tenants, local accounts and "
                            "mappings, and when."),
             auditExport}};
}
} // namespace CommandLine
