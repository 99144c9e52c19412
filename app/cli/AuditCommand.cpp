// authdesk audit export: who changed what, newest first.
#include "CliSupport.h"

#include "export/MappingExport.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>

namespace CommandLine {
namespace {
int auditExport(Workspace &workspace, const Arguments &arguments) {
    const QList<AuditTrail::Entry> entries =
        workspace.audit().entries(arguments.value(QStringLiteral("limit")).toInt());
    if (arguments.value(QStringLiteral("format")) == QLatin1String("json")) {
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
    if (arguments.value(QStringLiteral("format")) != QLatin1String("csv"))
        return arguments.usageError();
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
             {{QStringLiteral("format"), QStringLiteral("csv|json"), QStringLiteral("csv")},
              {QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("0")}},
             auditExport}};
}
} // namespace CommandLine
