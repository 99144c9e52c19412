// Prints whole-process start-up figures (wall time from spawn to exit, median of 20 after a warm-up):
// the console up to its first event-loop turn (AUTHDESK_QUIT_AT_FIRST_TURN), a CLI verb that needs
// no browser (`tenant list`), and, built alongside as this same program, a bare Qt Widgets window,
// the same window with one word-wrapped label of Latin and Chinese text (what any window with
// words pays first: the font database and a fallback font), and a bare QCoreApplication; then the
// ratios. The four are started in turn, round after round,
// so that a machine that slows down or speeds up meanwhile (a shared VM) weighs on each alike.
// Asserts nothing about time.
//   bench_startup AUTHDESK_BINARY
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>
#include <algorithm>
#include <cstdio>

namespace {
struct Program {
    QString path;
    QStringList arguments;
    QList<qint64> times;
};

// One start of `program` to its exit, in microseconds; -1 when it failed.
qint64 timeOnce(const Program &program, const QProcessEnvironment &environment) {
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    process.start(program.path, program.arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed\n", qPrintable(program.path),
                     qPrintable(program.arguments.join(QLatin1Char(' '))));
        return -1;
    }
    return timer.nsecsElapsed() / 1000;
}

qint64 median(QList<qint64> times) {
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
    if (argc > 1 && qstrcmp(argv[1], "--bare-text") == 0) {
        QApplication app(argc, argv);
        QWidget window;
        window.resize(1400, 900);
        auto *label = new QLabel(
            QStringLiteral("Sign-in for WeCom, 勤策, 企企, Feishu and DingTalk, step by step."), &window);
        label->setWordWrap(true);
        (new QVBoxLayout(&window))->addWidget(label);
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
    QList<Program> programs{{authdesk, {}, {}},
                            {authdesk, {QStringLiteral("tenant"), QStringLiteral("list")}, {}},
                            {self, {QStringLiteral("--bare-widgets")}, {}},
                            {self, {QStringLiteral("--bare-core")}, {}},
                            {self, {QStringLiteral("--bare-text")}, {}}};
    for (int round = 0; round < 21; ++round) {
        for (Program &program : programs) {
            const qint64 time = timeOnce(program, environment);
            if (time < 0)
                return 1;
            if (round > 0) // the first round warms the disk cache
                program.times << time;
        }
    }
    const qint64 console = median(programs.at(0).times), cli = median(programs.at(1).times),
                 widgets = median(programs.at(2).times), core = median(programs.at(3).times),
                 text = median(programs.at(4).times);
    std::printf("start-up (median of 20, whole process, offscreen)\n");
    std::printf(
        "  console to its first event-loop turn  %5.1f ms  %4.2f x a bare Qt Widgets window (%.1f ms)\n",
        console / 1000.0, double(console) / qMax<qint64>(1, widgets), widgets / 1000.0);
    std::printf("%41s%4.2f x that window with one label of text (%.1f ms)\n", "",
                double(console) / qMax<qint64>(1, text), text / 1000.0);
    std::printf(
        "  authdesk tenant list                  %5.1f ms  %4.2f x a bare QCoreApplication (%.1f ms)\n",
        cli / 1000.0, double(cli) / qMax<qint64>(1, core), core / 1000.0);
    return 0;
}
