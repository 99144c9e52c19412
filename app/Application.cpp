#include "Application.h"

#include "Cli.h"
#include "MainWindow.h"
#include "Redactor.h"
#include "Sandbox.h"
#include "SandboxDemo.h"
#include "Translations.h"
#include "Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLoggingCategory>
#include <cstdio>
#include <memory>

namespace {
QtMessageHandler previousMessageHandler = nullptr;

// Every log line, Qt's own included, passes through the Redactor before it is written.
void redactingMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = Redactor::text(message);
    if (previousMessageHandler)
        return previousMessageHandler(type, context, clean);
    std::fprintf(stderr, "%s\n", qFormatLogMessage(type, context, clean).toLocal8Bit().constData());
}

int serveSandbox(const QStringList &raw)
{
    QCommandLineParser parser;
    const QCommandLineOption port(QStringLiteral("port"), {}, QStringLiteral("PORT"), QStringLiteral("0"));
    parser.addOption(port);
    if (!parser.parse(QStringList{raw.constFirst()} + raw.mid(3)))
        return CommandLine::failWith(CommandLine::Usage, parser.errorText());
    Sandbox sandbox;
    QString error;
    if (!sandbox.start(&error, quint16(parser.value(port).toUInt())))
        return CommandLine::failWith(CommandLine::Environment, error);
    const QByteArray address = sandbox.baseUrl().toString().toUtf8() + '\n';
    std::fwrite(address.constData(), 1, size_t(address.size()), stdout);
    std::fflush(stdout);
    return QCoreApplication::exec();
}

int console(Workspace &workspace, bool demo)
{
    SandboxDemo sandbox(&workspace);
    MainWindow window(&workspace, &sandbox);
    window.show();
    if (demo)
        window.startSandbox();
    return QApplication::exec();
}
} // namespace

int runAuthDesk(int argc, char **argv)
{
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    const QString verb = raw.size() > 1 && !raw.at(1).startsWith(QLatin1Char('-')) ? raw.at(1) : QString();
    const bool isConsole = verb.isEmpty();

    QCoreApplication::setApplicationName(QStringLiteral("authdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    std::unique_ptr<QCoreApplication> app;
    if (isConsole || CommandLine::needsBrowser(raw)) {
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // QtWebEngine needs it before the app
        app = std::make_unique<QApplication>(argc, argv);
        QApplication::setApplicationDisplayName(QStringLiteral("AuthDesk"));
        QApplication::setDesktopFileName(QStringLiteral("authdesk"));
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    previousMessageHandler = qInstallMessageHandler(redactingMessageHandler);
    // Debug lines and QtWebEngine's start-up report are for developers; QT_LOGGING_RULES brings
    // them back. The CLI promises one line on stderr when something fails.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\nqt.webenginecontext.info=false"));
    installTranslations(*app);

    if (isConsole && (raw.contains(QLatin1String("--help")) || raw.contains(QLatin1String("-h")))) {
        const QByteArray text = CommandLine::usage().toUtf8();
        std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
        return CommandLine::Success;
    }
    if (verb == QLatin1String("sandbox") && raw.value(2) == QLatin1String("serve"))
        return serveSandbox(raw);
    if (verb == QLatin1String("sign"))
        return CommandLine::sign(raw);

    Workspace workspace;
    QString error;
    if (!workspace.open(TenantStore::defaultPath(), &error))
        return CommandLine::failWith(CommandLine::Environment, error);
    if (isConsole)
        return console(workspace, raw.contains(QLatin1String("--demo")));
    return CommandLine::run(workspace, raw);
}
