// Prints the store's figures on both engines side by side: filling N mappings, opening the store,
// and filtering (a count and the first page) for a surname, a substring of ids and a name. It
// asserts no timing, but exits non-zero when a filter finds the wrong number of rows.
//   bench_store [--members N]
// Needs a PostgreSQL server: AUTHDESK_TEST_PG_URL and _PASSWORD (scripts/postgres-session.sh).
#include "../support/Succeeded.h"
#include "TestSupport.h"
#include "store/StoreUrl.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>

namespace {
void report(const QString &engine, const char *what, qint64 ms, const QString &more = {}) {
    std::printf("%-11s %-34s %7lld ms %s\n", qPrintable(engine), what, static_cast<long long>(ms),
                qPrintable(more));
    std::fflush(stdout);
}

// Fills, opens and filters one store; false when a filter finds the wrong rows.
bool bench(const QString &engine, const StoreUrl &url, const QString &password, int members) {
    QString error;
    QElapsedTimer clock;
    {
        Workspace workspace;
        if (!succeeded(workspace.open(url, password), &error))
            qFatal("%s", qPrintable(error));
        clock.start();
        QList<Mapping> batch;
        static const QString surnames = QStringLiteral("王李张刘陈杨黄赵吴周");
        for (int i = 0; i < members; ++i) {
            Mapping m;
            m.provider = QStringLiteral("wecom");
            m.tenant = QStringLiteral("bench");
            m.externalId = QStringLiteral("u%1").arg(i, 7, 10, QLatin1Char('0'));
            m.idType = QStringLiteral("userid");
            m.name = surnames.at(i % 10) + QStringLiteral("成员%1").arg(i);
            m.department = QString::number(i % 200);
            m.mobile = QStringLiteral("+86138%1").arg(i, 8, 10, QLatin1Char('0'));
            batch << m;
            if (batch.size() == 5000 || i == members - 1) {
                if (!succeeded(workspace.mappings().upsertFromDirectory(QStringLiteral("bench-tenant"), batch,
                                                                        QStringLiteral("s")),
                               &error))
                    qFatal("%s", qPrintable(error));
                batch.clear();
            }
        }
        report(engine, "fill", clock.elapsed(), QStringLiteral("%1 mappings").arg(members));
    }
    Workspace workspace;
    clock.restart();
    if (!succeeded(workspace.open(url, password), &error))
        qFatal("%s", qPrintable(error));
    report(engine, "open", clock.elapsed());
    bool right = true;
    // What each filter must find, counted the slow way.
    auto expectedFor = [members](const std::function<bool(int)> &matches) {
        int count = 0;
        for (int i = 0; i < members; ++i)
            count += matches(i) ? 1 : 0;
        return count;
    };
    const QList<QPair<QString, int>> filters = {
        {QStringLiteral("张"), expectedFor([](int i) { return i % 10 == 2; })},
        {QStringLiteral("u00001"), 0},
        {QStringLiteral("成员4242"),
         expectedFor([](int i) { return QString::number(i).startsWith(QLatin1String("4242")); })}};
    for (const auto &[text, expected] : filters) {
        clock.restart();
        const int found = workspace.mappings().count({text, {}, {}});
        const QList<Mapping> page =
            workspace.mappings().page({text, {}, {}}, Mapping::Name, Qt::AscendingOrder, 0, 500, found);
        const qint64 ms = clock.elapsed();
        report(engine, qPrintable(QStringLiteral("filter \"%1\" (count + first page)").arg(text)), ms,
               QStringLiteral("%1 rows").arg(found));
        if (text != QLatin1String("u00001") && found != expected) { // u00001 also matches mobiles
            std::fprintf(stderr, "filter %s found %d, expected %d\n", qPrintable(text), found, expected);
            right = false;
        }
        right = right && page.size() == qMin(found, 500);
    }
    return right;
}
} // namespace

int main(int argc, char **argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption membersOption(QStringLiteral("members"), {}, QStringLiteral("N"),
                                           QStringLiteral("100000"));
    parser.addOption(membersOption);
    parser.process(app);
    const int members = parser.value(membersOption).toInt();
    const QString password = qEnvironmentVariable("AUTHDESK_TEST_PG_PASSWORD");
    if (qEnvironmentVariableIsEmpty("AUTHDESK_TEST_PG_URL")) {
        std::fprintf(stderr, "bench_store needs PostgreSQL: run it inside scripts/postgres-session.sh\n");
        return 2;
    }
    QTemporaryDir dir;
    const bool sqlite = bench(QStringLiteral("SQLite"),
                              StoreUrl::sqlite(dir.filePath(QStringLiteral("bench.sqlite"))), {}, members);
    const bool postgres =
        bench(QStringLiteral("PostgreSQL"), TestSupport::freshPostgresDatabase(QStringLiteral("bench_")),
              password, members);
    return sqlite && postgres ? 0 : 1;
}
