// Prints figures for the mapping features at scale; it asserts nothing about time (a busy machine
// would make that flaky) but exits non-zero when a stage does not do its job.
//   bench_mappings [--stage sync|view|export|all] [--members N] [--departments D] [--paged] [--postgres]
// sync:   WeCom directory sync of a generated sandbox directory over loopback HTTP, by department
//         (user/list) or, with --paged, by page (user/list_id with the contacts-sync secret)
// view:   opening the mappings view on N rows and applying filters
// export: CSV and JSON export of N rows
// Run inside a keyring session (scripts/bench.sh does); peak RSS is the process's own.
#include "../support/Succeeded.h"
#include "CopyableTableView.h"
#include "MappingModel.h"
#include "MappingsView.h"
#include "Sandbox.h"
#include "TestSupport.h"
#include "WeComSandbox.h"
#include "export/MappingExport.h"
#include "net/Pacer.h"
#include "run/DirectorySync.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>
#include <sys/resource.h>

namespace {
long peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

void report(const char *what, const QString &figures) {
    std::printf("%-28s %s\n", what, qPrintable(figures));
    std::fflush(stdout);
}

bool fillDirectRows(Workspace &workspace, int members) {
    QList<Mapping> batch;
    QString error;
    static const QString surnames = QStringLiteral("王李张刘陈杨黄赵吴周");
    for (int i = 0; i < members; ++i) {
        Mapping m;
        m.provider = QStringLiteral("wecom");
        m.tenant = QStringLiteral("bench");
        m.externalId = QStringLiteral("u%1").arg(i, 6, 10, QLatin1Char('0'));
        m.idType = QStringLiteral("userid");
        m.name = QString(surnames.at(i % surnames.size())) +
                 (i % 3 ? QStringLiteral("伟") : QStringLiteral("芳")) + QString::number(i);
        m.department = QString::number(2 + i % 2000);
        m.email = QStringLiteral("u%1@bench.example").arg(i);
        batch.append(m);
        if (batch.size() == 5000 || i == members - 1) {
            if (!succeeded(workspace.mappings().upsertFromDirectory(QStringLiteral("bench-tenant"), batch,
                                                                    QStringLiteral("bench")),
                           &error)) {
                std::fprintf(stderr, "filling rows failed: %s\n", qPrintable(error));
                return false;
            }
            batch.clear();
        }
    }
    return true;
}

// `paged`: with the contacts-sync secret, by user/list_id pages; otherwise user/list per department.
bool benchSync(Workspace &workspace, int members, int departments, bool paged) {
    Sandbox sandbox;
    QString error;
    if (!sandbox.start(&error))
        return false;
    QElapsedTimer timer;
    timer.start();
    sandbox.platform<WeComSandbox>().generateDirectory(members, departments, 20);
    report("sandbox directory generated", QStringLiteral("%1 members, %2 departments in %3 ms")
                                              .arg(members)
                                              .arg(departments)
                                              .arg(timer.elapsed()));
    Tenant tenant = TestSupport::wecomTenant(sandbox.baseUrl(), QStringLiteral("bench-sync"));
    if (!TestSupport::saveTenant(workspace, tenant))
        return false;
    if (paged) {
        bool written = false;
        workspace.saveTenant(tenant, {}, [&](const Status &status) { written = status.ok(); },
                             {{QStringLiteral("contacts_secret"), WeComSandbox::contactsSecret}});
        if (!QTest::qWaitFor([&] { return written; }, 20000))
            return false;
    }
    // The first sync writes every member; the second, of the unchanged directory, should cost a
    // comparison per member, not a rewrite.
    bool ok = true;
    for (const char *which : {"first", "second (unchanged)"}) {
        DirectorySync sync(workspace.services(), tenant);
        bool succeeded = false;
        QEventLoop loop;
        QObject::connect(&sync, &DirectorySync::finished, &loop,
                         [&](bool success, bool, const QString &message) {
                             succeeded = success;
                             if (!success)
                                 std::fprintf(stderr, "sync failed: %s\n", qPrintable(message));
                             loop.quit();
                         });
        timer.restart();
        sync.start();
        loop.exec();
        const qint64 ms = timer.elapsed();
        const int rows = workspace.mappings().count({{}, {}, tenant.name});
        const QString what = QStringLiteral("directory sync by %1, %2")
                                 .arg(QLatin1String(paged ? "page" : "department"), QLatin1String(which));
        report(qPrintable(what),
               QStringLiteral(
                   "%1 ms wall, %2 requests, %3 rows, %4 rows written, %5 member listings, %6 calls paced "
                   "(%7 ms waited), %8 answered 45009, peak RSS %9 MiB")
                   .arg(ms)
                   .arg(sync.progress().requests)
                   .arg(rows)
                   .arg(sync.progress().rowsWritten)
                   .arg(sync.progress().members)
                   .arg(workspace.pacer()->waited())
                   .arg(workspace.pacer()->waitedMs())
                   .arg(sandbox.platform<WeComSandbox>().rateLimitedAnswers())
                   .arg(peakRssMiB()));
        ok = ok && succeeded && rows == members + 2;
    }
    return ok;
}

// `fill` adds `members` rows first (the view stage alone); otherwise the synced rows are used.
bool benchView(Workspace &workspace, int members, bool fill) {
    if (fill && !fillDirectRows(workspace, members))
        return false;
    QElapsedTimer timer;
    timer.start();
    MappingsView view(workspace.mappings(), workspace.tenants());
    view.resize(1200, 800);
    view.show();
    QCoreApplication::processEvents();
    report("mappings view: open", QStringLiteral("%1 ms for %2 rows (%3 loaded), peak RSS %4 MiB")
                                      .arg(timer.elapsed())
                                      .arg(view.model()->totalCount())
                                      .arg(view.model()->rowCount())
                                      .arg(peakRssMiB()));
    bool ok = view.model()->totalCount() >= members;
    for (const QString &filter : {QStringLiteral("张"), QStringLiteral("u0001"), QStringLiteral("伟")}) {
        timer.restart();
        view.setFilterText(filter);
        QCoreApplication::processEvents();
        report("mappings view: filter", QStringLiteral("\"%1\": %2 ms, %3 matches")
                                            .arg(filter)
                                            .arg(timer.elapsed())
                                            .arg(view.model()->totalCount()));
        ok = ok && view.model()->totalCount() > 0;
    }
    view.setFilterText({});
    timer.restart();
    view.table()->sortByColumn(Mapping::Name, Qt::DescendingOrder);
    report("mappings view: sort", QStringLiteral("by name: %1 ms").arg(timer.elapsed()));
    timer.restart();
    view.table()->scrollToBottom();
    QCoreApplication::processEvents();
    report("mappings view: scroll", QStringLiteral("to the end of the first pages: %1 ms, peak RSS %2 MiB")
                                        .arg(timer.elapsed())
                                        .arg(peakRssMiB()));
    return ok;
}

bool benchExport(Workspace &workspace, int members, const QString &dir) {
    if (workspace.mappings().count({}) < members && !fillDirectRows(workspace, members))
        return false;
    bool ok = true;
    for (const auto &[format, name] : {std::pair{MappingExport::Format::Csv, QStringLiteral("csv")},
                                       std::pair{MappingExport::Format::Json, QStringLiteral("json")}}) {
        QElapsedTimer timer;
        timer.start();
        const QString path = dir + QStringLiteral("/export.") + name;
        const Result<int> exported = MappingExport::toFile(workspace.mappings(), {}, format, path);
        const int rows = exported.ok() ? exported.value() : -1;
        report(qPrintable(QStringLiteral("export %1").arg(name)),
               QStringLiteral("%1 rows in %2 ms, %3 MiB file, peak RSS %4 MiB")
                   .arg(rows)
                   .arg(timer.elapsed())
                   .arg(QFileInfo(path).size() / 1048576.0, 0, 'f', 1)
                   .arg(peakRssMiB()));
        ok = ok && rows >= members;
    }
    return ok;
}
} // namespace

int main(int argc, char **argv) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption stage(QStringLiteral("stage"), {}, QStringLiteral("S"), QStringLiteral("all"));
    const QCommandLineOption paged(QStringLiteral("paged")); // sync with the contacts-sync secret
    const QCommandLineOption members(QStringLiteral("members"), {}, QStringLiteral("N"),
                                     QStringLiteral("100000"));
    const QCommandLineOption departments(QStringLiteral("departments"), {}, QStringLiteral("D"),
                                         QStringLiteral("2000"));
    // The shared store instead of a file: a fresh database on the server of
    // scripts/postgres-session.sh (AUTHDESK_TEST_PG_URL and _PASSWORD).
    const QCommandLineOption postgres(QStringLiteral("postgres"));
    parser.addOptions({stage, members, departments, paged, postgres});
    parser.process(app);
    QTemporaryDir dir;
    qputenv("XDG_DATA_HOME", dir.path().toUtf8());
    Workspace workspace;
    QString error;
    const bool opened =
        parser.isSet(postgres)
            ? succeeded(workspace.open(TestSupport::freshPostgresDatabase(QStringLiteral("bench_")),
                                       qEnvironmentVariable("AUTHDESK_TEST_PG_PASSWORD")),
                        &error)
            : succeeded(workspace.open(dir.filePath(QStringLiteral("bench.sqlite"))), &error);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const int n = parser.value(members).toInt();
    const QString which = parser.value(stage);
    std::printf("AuthDesk mapping benchmarks: %d members, stage %s\n", n, qPrintable(which));
    bool ok = true;
    if (which == QLatin1String("all") || which == QLatin1String("sync"))
        ok = benchSync(workspace, n, parser.value(departments).toInt(), parser.isSet(paged)) && ok;
    if (which == QLatin1String("view"))
        ok = benchView(workspace, n, true) && ok;
    if (which == QLatin1String("export"))
        ok = benchExport(workspace, n, dir.path()) && ok;
    if (which == QLatin1String("all")) { // reuses the synced rows
        ok = benchView(workspace, n, false) && ok;
        ok = benchExport(workspace, n, dir.path()) && ok;
    }
    std::printf("%s\n", ok ? "all stages completed" : "A STAGE FAILED");
    return ok ? 0 : 1;
}
