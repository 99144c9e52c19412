#include "Application.h"

#include "CliSupport.h"
#include "SandboxModule.h"
#include "Translations.h"
#include "net/Redactor.h"
#include "store/SecretStore.h"
#include "store/StoreUrl.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSettings>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <unistd.h>

#ifdef AUTHDESK_WITH_BROWSER
#include "MainWindow.h"

#include <QApplication>
#include <QEventLoop>
#include <QInputDialog>
#include <QMessageBox>
#include <QTimer>
#endif

namespace {
QtMessageHandler previousMessageHandler = nullptr;

// Every log line, Qt's own included, passes through the Redactor before it is written.
void redactingMessageHandler(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    const QString clean = Redactor::text(message);
    if (previousMessageHandler)
        return previousMessageHandler(type, context, clean);
    std::fprintf(stderr, "%s\n", qFormatLogMessage(type, context, clean).toLocal8Bit().constData());
}

// --store URL (or --store=URL), wherever it is: every verb and the console take it.
QString takeStoreOption(QStringList &raw) {
    QString value;
    for (int i = 1; i < raw.size(); ++i) {
        if (raw.at(i) == QLatin1String("--store") && i + 1 < raw.size()) {
            value = raw.at(i + 1);
            raw.remove(i, 2);
            --i;
        } else if (raw.at(i).startsWith(QLatin1String("--store="))) {
            value = raw.at(i).mid(int(qstrlen("--store=")));
            raw.removeAt(i--);
        }
    }
    return value;
}

int serveSandbox(const QStringList &raw) {
    const CommandLine::Arguments arguments = CommandLine::argumentsOf(raw);
    if (!arguments.ok())
        return CommandLine::failWith(CommandLine::Usage, arguments.errorText());
    const Result<int> served =
        SandboxModule::serve(quint16(arguments.value(QStringLiteral("port")).toUInt()));
    return served.ok() ? served.value() : CommandLine::failWith(CommandLine::Environment, served.errorText());
}

#ifdef AUTHDESK_WITH_BROWSER
// The shared store's password, asked of the admin until it works, then kept in their keychain.
bool askStorePassword(Workspace &workspace, const StoreUrl &url) {
    for (;;) {
        bool ok = false;
        const QString password = QInputDialog::getText(
            nullptr, QCoreApplication::translate("Application", "Shared store"),
            QCoreApplication::translate("Application", "Password of %1 for %2 (kept in your keychain):")
                .arg(url.user, url.toString()),
            QLineEdit::Password, {}, &ok);
        if (!ok)
            return false;
        if (const Status opened = workspace.open(url, password); !opened.ok()) {
            QMessageBox::warning(nullptr, QCoreApplication::translate("Application", "Shared store"),
                                 opened.errorText());
            continue;
        }
        QEventLoop wait;
        workspace.secrets()->write(url.passwordKey(), password, &wait,
                                   [&](const SecretResult &) { wait.quit(); });
        wait.exec();
        return true;
    }
}

int console(Workspace &workspace, bool demo) {
    const std::unique_ptr<DemoEnvironment> sandbox = SandboxModule::demo(&workspace);
    MainWindow window(&workspace, sandbox.get());
    window.show();
    if (demo)
        window.startSandbox();
    // tests/bench/bench_startup times the whole start-up: the console quits at its first event-loop turn.
    if (qEnvironmentVariableIsSet("AUTHDESK_QUIT_AT_FIRST_TURN"))
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    return QApplication::exec();
}
#else
// The console and `authorize` need QtWebEngine, whose hundred-odd libraries are most of a start-up:
// authdesk-cli links none of them and hands those to authdesk-gui, beside it, with the same arguments.
int handToBrowserProgram(char **argv) {
    const QString candidate =
        QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).absolutePath() +
        QStringLiteral("/authdesk-gui");
    if (!QFileInfo(candidate).isExecutable())
        return CommandLine::failWith(
            CommandLine::Environment,
            QCoreApplication::translate("Application", "The console and authorize need %1, which is missing. "
                                                       "Reinstall AuthDesk.")
                .arg(candidate));
    ::execv(QFile::encodeName(candidate).constData(), argv);
    return CommandLine::failWith(CommandLine::Environment,
                                 QCoreApplication::translate("Application", "Cannot start %1: %2")
                                     .arg(candidate, QString::fromLocal8Bit(std::strerror(errno))));
}
#endif
} // namespace

int runAuthDesk(int argc, char **argv) {
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    CommandLine::setVerbose(raw.removeAll(QStringLiteral("--verbose")) > 0);
    const QString storeOption = takeStoreOption(raw);
    const bool hasVerb = raw.size() > 1 && !raw.at(1).startsWith(QLatin1Char('-'));
    const QStringList globalOptions = hasVerb ? QStringList() : raw.mid(1);
    const bool wantsHelp = raw.contains(QLatin1String("--help")) || raw.contains(QLatin1String("-h"));
    // The console opens with no arguments or --demo, and for nothing else.
    const bool isConsole =
        !hasVerb && (globalOptions.isEmpty() || globalOptions == QStringList{QStringLiteral("--demo")});

    QCoreApplication::setApplicationName(QStringLiteral("authdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUTHDESK_VERSION));
    const bool needsBrowser = isConsole || (CommandLine::needsBrowser(raw) && !wantsHelp);
#ifndef AUTHDESK_WITH_BROWSER
    if (needsBrowser)
        return handToBrowserProgram(argv);
#endif
    std::unique_ptr<QCoreApplication> app;
#ifdef AUTHDESK_WITH_BROWSER
    if (needsBrowser) {
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts); // QtWebEngine needs it before the app
        app = std::make_unique<QApplication>(argc, argv);
        QApplication::setApplicationDisplayName(QStringLiteral("AuthDesk"));
        QApplication::setDesktopFileName(QStringLiteral(AUTHDESK_APP_ID));
    } else
#endif
    {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    previousMessageHandler = qInstallMessageHandler(redactingMessageHandler);
    // Debug lines and QtWebEngine's start-up report are for developers; QT_LOGGING_RULES brings
    // them back. The CLI promises one line on stderr when something fails.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\nqt.webenginecontext.info=false"));
    installTranslations(*app);

    auto print = [](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return int(CommandLine::Success);
    };
    if (!hasVerb && globalOptions == QStringList{QStringLiteral("--version")})
        return print(QStringLiteral("AuthDesk %1\n").arg(QStringLiteral(AUTHDESK_VERSION)));
    if (!hasVerb && wantsHelp)
        return print(CommandLine::usage());
    if (!hasVerb && globalOptions == QStringList{QStringLiteral("--man-verbs")})
        return print(CommandLine::manPageVerbs());
    if (!hasVerb && !isConsole) {
        CommandLine::failWith(CommandLine::Usage,
                              QCoreApplication::translate("Application", "unknown option \"%1\"")
                                  .arg(globalOptions.join(QLatin1Char(' '))));
        std::fputs(qPrintable(CommandLine::usage()), stderr);
        return CommandLine::Usage;
    }
    if (hasVerb && !CommandLine::isVerb(raw)) {
        CommandLine::failWith(CommandLine::Usage,
                              QCoreApplication::translate("Application", "unknown command \"%1\"")
                                  .arg(raw.mid(1).join(QLatin1Char(' '))));
        std::fputs(qPrintable(CommandLine::usage()), stderr);
        return CommandLine::Usage;
    }
    if (hasVerb && wantsHelp)
        return print(CommandLine::usageFor(raw));
    if (raw.value(1) == QLatin1String("sandbox"))
        return serveSandbox(raw);
    if (raw.value(1) == QLatin1String("sign"))
        return CommandLine::sign(raw);

    if (raw.value(1) == QLatin1String("store"))
        return CommandLine::store(raw, storeOption);

    // --store, else AUTHDESK_STORE, else (the console) Settings → Store, else this admin's file.
    StoreUrl fallback = StoreUrl::sqlite(Database::defaultPath());
    if (const QString saved = QSettings().value(QStringLiteral("store/url")).toString();
        isConsole && !saved.isEmpty()) {
        if (const Result<StoreUrl> url = StoreUrl::parse(saved); url.ok())
            fallback = url.value();
        else // never another store without saying so
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QCoreApplication::translate(
                               "Application", "authdesk: the store saved in Settings > Store cannot be "
                                              "used (%1); this time your own file %2 is opened. Choose "
                                              "the store again in Settings > Store.")
                               .arg(url.errorText(), fallback.path)));
    }
    const Result<StoreUrl> url = StoreUrl::chosen(storeOption, fallback);
    if (!url.ok())
        return CommandLine::failWith(CommandLine::Usage, url.errorText());
    if (const QString warning = url.value().warning(); !warning.isEmpty())
        std::fprintf(stderr, "authdesk: %s\n", qPrintable(warning));
    Workspace workspace;
    bool needsPassword = false;
    if (const Status opened = CommandLine::openStore(workspace, url.value(), &needsPassword); !opened.ok()) {
#ifdef AUTHDESK_WITH_BROWSER
        // The console asks once and keeps the password in the keychain.
        if (isConsole && needsPassword && askStorePassword(workspace, url.value()))
            return console(workspace, globalOptions.contains(QLatin1String("--demo")));
#endif
        return CommandLine::failWith(CommandLine::Environment, opened.errorText());
    }
#ifdef AUTHDESK_WITH_BROWSER
    if (isConsole)
        return console(workspace, globalOptions.contains(QLatin1String("--demo")));
#endif
    return CommandLine::run(workspace, raw);
}
