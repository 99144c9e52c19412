// Prints whole-process start-up figures (wall time from spawn to exit, median of 10 after a warm-up):
// the console up to its first event-loop turn (AUTHDESK_QUIT_AT_FIRST_TURN), a CLI verb that needs
// no browser (`tenant list`), and, built alongside as this same program, a bare Qt Widgets window
// and a bare QCoreApplication; then the ratios. Asserts nothing about time.
//   bench_startup AUTHDESK_BINARY
#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>
#include <algorithm>
#include <cstdio>

namespace {
qint64 medianMs(const QString &program, const QStringList &arguments,
                const QProcessEnvironment &environment) {
    QList<qint64> times;
    for (int run = 0; run < 11; ++run) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            std::fprintf(stderr, "%s %s failed\n", qPrintable(program),
                         qPrintable(arguments.join(QLatin1Char(' '))));
            return -1;
        }
        if (run > 0) // the first run warms the disk cache
            times << timer.elapsed();
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}
} // namespace

int main(int argc, char **argv) {
    // The baselines: this program started again as a bare window or a bare core application.
    if (argc > 1 && qstrcmp(argv[1], "--bare-widgets") == 0) {
        QApplication app(argc, argv);
        QWidget window;
        window.resize(1400, 900);
        window.show();
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
        return app.exec();
    }
    if (argc > 1 && qstrcmp(argv[1], "--bare-core") == 0) {
        QCoreApplication app(argc, argv);
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
        return app.exec();
    }
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_startup AUTHDESK_BINARY\n");
        return 2;
    }
    QCoreApplication app(argc, argv);
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("AUTHDESK_QUIT_AT_FIRST_TURN"), QStringLiteral("1"));
    const QString authdesk = QString::fromLocal8Bit(argv[1]);
    const QString self = QCoreApplication::applicationFilePath();
    const qint64 console = medianMs(authdesk, {}, environment);
    const qint64 cli = medianMs(authdesk, {QStringLiteral("tenant"), QStringLiteral("list")}, environment);
    const qint64 widgets = medianMs(self, {QStringLiteral("--bare-widgets")}, environment);
    const qint64 core = medianMs(self, {QStringLiteral("--bare-core")}, environment);
    if (console < 0 || cli < 0 || widgets < 0 || core < 0)
        return 1;
    std::printf("start-up (median of 10, whole process, offscreen)\n");
    std::printf(
        "  console to its first event-loop turn  %5lld ms  %5.1f x a bare Qt Widgets window (%lld ms)\n",
        console, double(console) / qMax<qint64>(1, widgets), widgets);
    std::printf(
        "  authdesk tenant list                  %5lld ms  %5.1f x a bare QCoreApplication (%lld ms)\n", cli,
        double(cli) / qMax<qint64>(1, core), core);
    return 0;
}
