// authdesk store login|migrate, and how every verb opens its store.
#include "CliSupport.h"

#include "store/StoreCopy.h"
#include "store/StoreUrl.h"

#include "store/SecretStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <cstdio>

namespace CommandLine {

Status openStore(Workspace &workspace, const StoreUrl &url, bool *needsPassword) {
    if (needsPassword)
        *needsPassword = false;
    if (!url.isPostgres())
        return workspace.open(url, {});
    // libpq's own ways first (trust, peer on a socket, a client certificate, ~/.pgpass or
    // PGPASSFILE, a service file): the keychain is read only when the server asks for a password
    // that none of them gave, so a store without one never touches (or unlocks) the keychain.
    const Status withoutPassword = workspace.open(url, {});
    if (withoutPassword.ok() || !workspace.database().passwordWanted())
        return withoutPassword;
    // The password is this admin's, in their keychain; never in the URL or a settings file.
    std::optional<SecretResult> password;
    QEventLoop wait;
    workspace.secrets()->read(url.passwordKey(), &wait, [&](const SecretResult &read) {
        password = read;
        wait.quit();
    });
    if (!password)
        wait.exec();
    if (!password->ok()) {
        if (needsPassword)
            *needsPassword = password->error().is(Error::Kind::NotFound);
        // Not found: the first refusal already says to run store login.
        return password->error().is(Error::Kind::NotFound) ? withoutPassword : Status(password->error());
    }
    const Status opened = workspace.open(url, password->value());
    if (!opened.ok() && needsPassword)
        *needsPassword = workspace.database().passwordWanted();
    return opened;
}

int store(const QStringList &raw, const QString &storeOption) {
    const Arguments arguments = argumentsOf(raw);
    if (!arguments.ok())
        return failWith(Usage, arguments.errorText());
    const QString sub = arguments.command().words.value(1);
    if (sub == QLatin1String("login")) {
        const Result<StoreUrl> url = StoreUrl::chosen(storeOption, StoreUrl{});
        if (!url.ok())
            return failWith(Usage, url.errorText());
        if (!url.value().isPostgres() || !arguments.isSet(QStringLiteral("password-stdin")))
            return arguments.usageError();
        const QString password = readSecret(Cli::tr("Password: "));
        Workspace workspace;
        if (const Status opened = workspace.open(url.value(), password); !opened.ok())
            return failWith(Environment, opened.errorText());
        return runAsync([&](std::function<void(int)> done) {
            workspace.secrets()->write(
                url.value().passwordKey(), password, qApp, [&, done](const SecretResult &written) {
                    if (!written.ok())
                        return done(failWith(Environment, written.errorText()));
                    printOut(Cli::tr("Connected to %1; the password is in your keychain.")
                                 .arg(url.value().toString()) +
                             QLatin1Char('\n'));
                    done(Success);
                });
        });
    }
    if (sub == QLatin1String("migrate")) {
        if (!arguments.isSet(QStringLiteral("from")) || !arguments.isSet(QStringLiteral("to")))
            return arguments.usageError();
        const Result<StoreUrl> source = StoreUrl::parse(arguments.value(QStringLiteral("from")));
        const Result<StoreUrl> target = StoreUrl::parse(arguments.value(QStringLiteral("to")));
        if (!source.ok() || !target.ok())
            return failWith(Usage, source.ok() ? target.errorText() : source.errorText());
        Workspace sourceWorkspace, targetWorkspace;
        for (const auto &[workspace, url] :
             {std::pair{&sourceWorkspace, source.value()}, std::pair{&targetWorkspace, target.value()}})
            if (const Status opened = openStore(*workspace, url); !opened.ok())
                return failWith(Environment, opened.errorText());
        const Status copied = StoreCopy::copy(sourceWorkspace.database(), targetWorkspace.database());
        if (!copied.ok())
            return failWith(Environment, copied.errorText());
        if (arguments.isSet(QStringLiteral("json")))
            printJson(copied.value().details);
        else
            printOut(copied.value().message + QLatin1Char('\n'));
        return Success;
    }
    return arguments.usageError();
}

QList<Command> storeCommands() {
    // Run by Application before the usual store is opened: they open stores of their own.
    return {
        {{QStringLiteral("store"), QStringLiteral("login")},
         {QStringLiteral("authdesk store login --password-stdin          the shared store's password, into "
                         "your keychain"),
          QStringLiteral(
              "         (with --store postgresql://USER@HOST/DB; the password on standard input)")},
         QStringLiteral("Test the connection to the shared PostgreSQL store and keep its password in the "
                        "keychain."),
         {{QStringLiteral("password-stdin")}}},
        {{QStringLiteral("store"), QStringLiteral("migrate")},
         {QStringLiteral(
              "authdesk store migrate --from sqlite:PATH --to postgresql://USER@HOST[:PORT]/DB?sslmode=… "
              "[--json]"),
          QStringLiteral("         (every verb takes --store URL; or AUTHDESK_STORE)")},
         QStringLiteral("Copy a local store into a shared one, in one transaction; run again, nothing "
                        "doubles."),
         {{QStringLiteral("from"), QStringLiteral("URL")},
          {QStringLiteral("to"), QStringLiteral("URL")},
          {QStringLiteral("json")}}}};
}
} // namespace CommandLine
