// authdesk directory sync: the platform's directory into the mappings, resumable.
#include "CliSupport.h"

#include "net/Redactor.h"
#include "run/DirectorySync.h"
#include "workspace/Workspace.h"

#include <QElapsedTimer>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <memory>

namespace CommandLine {
namespace {
volatile std::sig_atomic_t interrupted = 0;

int directorySync(Workspace &workspace, const Arguments &arguments) {
    int exitCode = Usage;
    const auto tenant = tenantArgument(workspace, arguments, &exitCode);
    if (!tenant)
        return exitCode;
    DirectorySync sync(workspace.services(), *tenant);
    sync.setConcurrency(arguments.value(QStringLiteral("concurrency")).toInt());
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

QList<Command> directoryCommands() {
    return {
        {{QStringLiteral("directory"), QStringLiteral("sync")},
         {QStringLiteral(
             "authdesk directory sync NAME [--concurrency N]   (Ctrl+C stops, run again to resume)")},
         QStringLiteral("Walk a tenant's directory into the mappings; Ctrl+C stops, the next run resumes."),
         {{QStringLiteral("concurrency"), QStringLiteral("N"), QStringLiteral("4")}},
         directorySync}};
}
} // namespace CommandLine
