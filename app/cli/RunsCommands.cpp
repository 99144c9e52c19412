// authdesk runs list|show|export|curl: the run history.
#include "CliSupport.h"

#include "export/RunExport.h"
#include "export/UserFile.h"

#include "export/MappingExport.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <unistd.h>

namespace CommandLine {
namespace {
// The run named by the one RUN argument of a verb; otherwise reports and sets *exitCode.
std::optional<RunRecord> runArgument(Workspace &workspace, const Arguments &arguments, int *exitCode) {
    if (arguments.positionals().size() != 1) {
        *exitCode = arguments.usageError();
        return std::nullopt;
    }
    const QString id = arguments.positionals().constFirst();
    auto run = workspace.runs().find(id);
    if (!run)
        *exitCode =
            failWith(Usage, Cli::tr("There is no run \"%1\". \"authdesk runs list NAME\" lists a tenant's "
                                    "runs.")
                                .arg(id));
    return run;
}

int runsList(Workspace &workspace, const Arguments &arguments) {
    int exitCode = Usage;
    const auto tenant = tenantArgument(workspace, arguments, &exitCode);
    if (!tenant)
        return exitCode;
    bool numeric = false;
    const int count = arguments.value(QStringLiteral("limit")).toInt(&numeric);
    if (!numeric || count < 0)
        return failWith(Usage, Cli::tr("--limit takes a number of runs (0: all)."));
    const QList<RunRecord> runs = workspace.runs().list(tenant->id, count);
    if (arguments.isSet(QStringLiteral("json"))) {
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

int runsShow(Workspace &workspace, const Arguments &arguments) {
    int exitCode = Usage;
    const auto run = runArgument(workspace, arguments, &exitCode);
    if (!run)
        return exitCode;
    if (arguments.isSet(QStringLiteral("json"))) {
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

int runsExport(Workspace &workspace, const Arguments &arguments) {
    const QString chosen = arguments.value(QStringLiteral("format"));
    if (chosen != QLatin1String("har") && chosen != QLatin1String("html"))
        return arguments.usageError();
    int exitCode = Usage;
    const auto run = runArgument(workspace, arguments, &exitCode);
    if (!run)
        return exitCode;
    const QByteArray content =
        chosen == QLatin1String("har")
            ? QJsonDocument(RunExport::har(*run)).toJson()
            : RunExport::html(*run, workspace.tenants().findById(run->tenantId)).toUtf8();
    if (!arguments.isSet(QStringLiteral("output"))) {
        std::fwrite(content.constData(), 1, size_t(content.size()), stdout);
        return Success;
    }
    if (const Status written = UserFile::write(arguments.value(QStringLiteral("output")), content);
        !written.ok())
        return failWith(Environment, written.errorText());
    std::fprintf(
        stderr, "%s\n",
        qPrintable(Cli::tr("Run %1 written to %2.").arg(run->id, arguments.value(QStringLiteral("output")))));
    return Success;
}

int runsCurl(Workspace &workspace, const Arguments &arguments) {
    int exitCode = Usage;
    const auto run = runArgument(workspace, arguments, &exitCode);
    if (!run)
        return exitCode;
    // Not through printOut: the record was redacted when the run made it, and redacting again
    // would turn the named placeholders (code=${CODE}) back into masks.
    const QByteArray script = RunExport::curlScript(*run).toUtf8();
    std::fwrite(script.constData(), 1, size_t(script.size()), stdout);
    return Success;
}
} // namespace

QList<Command> runsCommands() {
    return {
        {{QStringLiteral("runs"), QStringLiteral("list")},
         {QStringLiteral("authdesk runs list NAME [--json] [--limit N]      newest first")},
         QStringLiteral("The tenant's kept runs, newest first: id, start, mode, outcome, external id."),
         {{QStringLiteral("json")}, {QStringLiteral("limit"), QStringLiteral("N"), QStringLiteral("0")}},
         runsList},
        {{QStringLiteral("runs"), QStringLiteral("show")},
         {QStringLiteral(
             "authdesk runs show RUN [--json]                   timeline, exchanges, identity or error")},
         QStringLiteral("A kept run: its timeline, exchanges (redacted), and identity or error."),
         {{QStringLiteral("json")}},
         runsShow},
        {{QStringLiteral("runs"), QStringLiteral("export")},
         {QStringLiteral("authdesk runs export RUN --format har|html [--output FILE]")},
         QStringLiteral("A kept run as HAR 1.2 (browser dev tools) or as an HTML report, without secrets."),
         {{QStringLiteral("format"), QStringLiteral("har|html")},
          {QStringLiteral("output"), QStringLiteral("FILE")}},
         runsExport},
        {{QStringLiteral("runs"), QStringLiteral("curl")},
         {QStringLiteral(
             "authdesk runs curl RUN                            the calls, secrets as ${PLACEHOLDERS}")},
         QStringLiteral("The run's calls as curl commands; secrets are placeholders such as ${CORPSECRET} "
                        "to fill in."),
         {},
         runsCurl}};
}
} // namespace CommandLine
