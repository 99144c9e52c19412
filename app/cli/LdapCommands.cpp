// authdesk directory ldap set|test, mappings suggest --from ldap, mappings verify: the company
// directory of the store, and the mappings against it.
#include "CliSupport.h"

#include "ldap/AccountMatch.h"
#include "ldap/LdapDirectory.h"
#include "store/SecretStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace CommandLine {
namespace {
// 3 when the directory cannot be reached (like a store or keychain that cannot be used), else 1.
int directoryFailed(const Error &error) {
    return failWith(error.is(Error::Kind::Unavailable) ? Environment : Failed, error.text());
}

// The store's directory with this admin's bind password, then `use` it; exit codes as every verb's.
int withDirectory(Workspace &workspace, std::function<void(LdapDirectory &, std::function<void(int)>)> use) {
    return runAsync([&](std::function<void(int)> done) {
        workspace.directory().open(qApp, [&, done](const Result<LdapDirectory *> &opened) {
            if (!opened.ok())
                return done(failWith(opened.error().is(Error::Kind::NotFound) ? Usage : Environment,
                                     opened.errorText()));
            LdapDirectory *directory = opened.value();
            use(*directory, [directory, done](int code) {
                directory->deleteLater();
                done(code);
            });
        });
    });
}

int ldapSet(Workspace &workspace, const Arguments &arguments) {
    if (!arguments.isSet(QStringLiteral("url")) || !arguments.isSet(QStringLiteral("base")) ||
        !arguments.isSet(QStringLiteral("password-stdin")))
        return arguments.usageError();
    LdapSettings settings = LdapSettings::defaults(arguments.value(QStringLiteral("flavor")));
    settings.url = arguments.value(QStringLiteral("url"));
    settings.bindDn = arguments.value(QStringLiteral("bind-dn"));
    settings.baseDn = arguments.value(QStringLiteral("base"));
    if (arguments.isSet(QStringLiteral("ca-bundle")))
        settings.caBundle = QFileInfo(arguments.value(QStringLiteral("ca-bundle"))).absoluteFilePath();
    for (const QString &pair : arguments.values(QStringLiteral("filter"))) {
        const int eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0 || !LdapSettings::matchFields().contains(pair.left(eq)))
            return failWith(Usage, Cli::tr("--filter takes FIELD=FILTER with FIELD one of %1 (got \"%2\").")
                                       .arg(LdapSettings::matchFields().join(QStringLiteral(", ")), pair));
        settings.filters.insert(pair.left(eq), pair.mid(eq + 1));
    }
    if (const QStringList problems = settings.validate(); !problems.isEmpty())
        return failWith(Usage, problems.join(QLatin1Char('\n')));
    const QString password = readSecret(Cli::tr("Bind password: "));
    // Kept only once the directory answers as configured: a wrong setting writes nothing.
    LdapDirectory directory(settings, password);
    return runAsync([&](std::function<void(int)> done) {
        directory.test([&, done](const Status &tested) {
            if (!tested.ok())
                return done(failWith(Failed, tested.errorText()));
            workspace.secrets()->write(workspace.directory().passwordKey(), password, qApp,
                                       [&, tested, done](const SecretResult &written) {
                                           if (!written.ok())
                                               return done(failWith(Environment, written.errorText()));
                                           if (const Status kept = workspace.directory().save(settings);
                                               !kept.ok())
                                               return done(failWith(Environment, kept.errorText()));
                                           printOut(tested.value().message + QLatin1Char('\n'));
                                           done(Success);
                                       });
        });
    });
}

int ldapTest(Workspace &workspace, const Arguments &arguments) {
    return withDirectory(workspace, [&](LdapDirectory &directory, std::function<void(int)> done) {
        directory.test([&, done](const Status &tested) {
            if (!tested.ok())
                return done(directoryFailed(tested.error()));
            if (arguments.isSet(QStringLiteral("json")))
                printJson(tested.value().details);
            else
                printOut(tested.value().message + QLatin1Char('\n'));
            done(Success);
        });
    });
}

// The mappings of --tenant NAME, or all.
std::optional<QList<Mapping>> mappingsOf(Workspace &workspace, const Arguments &arguments, int *exitCode) {
    const std::optional<MappingFilter> filter =
        tenantFilter(workspace, arguments, QStringLiteral("tenant"), exitCode);
    if (!filter)
        return std::nullopt;
    QList<Mapping> mappings;
    if (const Status read = workspace.mappings().forEach(*filter,
                                                         [&](const Mapping &m) {
                                                             mappings << m;
                                                             return true;
                                                         });
        !read.ok()) {
        *exitCode = failWith(Environment, read.errorText());
        return std::nullopt;
    }
    return mappings;
}

int mappingsSuggest(Workspace &workspace, const Arguments &arguments) {
    const QStringList fields{QStringLiteral("mobile"), QStringLiteral("email"),
                             QStringLiteral("employee_number")};
    if (arguments.value(QStringLiteral("from")) != QLatin1String("ldap") ||
        !fields.contains(arguments.value(QStringLiteral("match"))))
        return arguments.usageError();
    int exitCode = Usage;
    const std::optional<QList<Mapping>> mappings = mappingsOf(workspace, arguments, &exitCode);
    if (!mappings)
        return exitCode;
    return withDirectory(workspace, [&](LdapDirectory &directory, std::function<void(int)> done) {
        AccountMatch::suggest(
            directory, *mappings, arguments.value(QStringLiteral("match")),
            [&, done](const Result<QList<AccountMatch::Suggestion>> &suggested) {
                if (!suggested.ok())
                    return done(directoryFailed(suggested.error()));
                const QList<MappingStore::AccountChange> changes = AccountMatch::changes(suggested.value());
                if (arguments.isSet(QStringLiteral("apply")) && !changes.isEmpty())
                    if (const Status written = workspace.mappings().setLocalAccounts(
                            changes,
                            QStringLiteral("directory (%1)").arg(arguments.value(QStringLiteral("match"))));
                        !written.ok())
                        return done(failWith(Failed, written.errorText()));
                QJsonArray list;
                QString text;
                for (const AccountMatch::Suggestion &suggestion : suggested.value()) {
                    list.append(suggestion.toJson());
                    text += QStringLiteral("%1 %2 (%3): %4%5\n")
                                .arg(suggestion.outcome.leftJustified(9), suggestion.mapping.externalId,
                                     suggestion.mapping.name, suggestion.entry.account,
                                     suggestion.found > 1 ? Cli::tr("%1 people").arg(suggestion.found)
                                                          : QString());
                }
                if (arguments.isSet(QStringLiteral("json")))
                    printJson(
                        QJsonObject{{QStringLiteral("applied"), arguments.isSet(QStringLiteral("apply"))},
                                    {QStringLiteral("changes"), int(changes.size())},
                                    {QStringLiteral("suggestions"), list}});
                else
                    printOut(text +
                             (arguments.isSet(QStringLiteral("apply"))
                                  ? Cli::tr("%n local account(s) set.", nullptr, int(changes.size()))
                                  : Cli::tr("%n local account(s) would be set: add --apply.", nullptr,
                                            int(changes.size()))) +
                             QLatin1Char('\n'));
                done(Success);
            });
    });
}

int mappingsVerify(Workspace &workspace, const Arguments &arguments) {
    int exitCode = Usage;
    const std::optional<QList<Mapping>> mappings = mappingsOf(workspace, arguments, &exitCode);
    if (!mappings)
        return exitCode;
    return withDirectory(workspace, [&](LdapDirectory &directory, std::function<void(int)> done) {
        AccountMatch::verify(directory, *mappings,
                             [&, done](const Result<QList<AccountMatch::Verdict>> &verified) {
                                 if (!verified.ok())
                                     return done(directoryFailed(verified.error()));
                                 QJsonArray list;
                                 QString text;
                                 bool allOk = true;
                                 for (const AccountMatch::Verdict &verdict : verified.value()) {
                                     list.append(verdict.toJson());
                                     text += QStringLiteral("%1 %2: %3\n")
                                                 .arg(verdict.status.leftJustified(12),
                                                      verdict.mapping.externalId, verdict.message);
                                     allOk = allOk && verdict.status == QLatin1String("ok");
                                 }
                                 if (arguments.isSet(QStringLiteral("json")))
                                     printJson(list);
                                 else
                                     printOut(text);
                                 // 1 when an account needs attention, for scripts and timers.
                                 done(allOk ? Success : Failed);
                             });
    });
}
} // namespace

QList<Command> ldapCommands() {
    return {
        {{QStringLiteral("directory"), QStringLiteral("ldap"), QStringLiteral("set")},
         {QStringLiteral(
             "authdesk directory ldap set --url URL --bind-dn DN --base DN [--flavor openldap|ad] "
             "[--ca-bundle FILE] [--filter FIELD=FILTER]... --password-stdin")},
         QStringLiteral("Set the store's company directory (LDAP); the bind password goes to the keychain."),
         {{QStringLiteral("url"), QStringLiteral("URL")},
          {QStringLiteral("bind-dn"), QStringLiteral("DN")},
          {QStringLiteral("base"), QStringLiteral("DN")},
          {QStringLiteral("flavor"), QStringLiteral("openldap|ad"), QStringLiteral("openldap")},
          {QStringLiteral("ca-bundle"), QStringLiteral("FILE")},
          {QStringLiteral("filter"), QStringLiteral("FIELD=FILTER")},
          {QStringLiteral("password-stdin")}},
         ldapSet},
        {{QStringLiteral("directory"), QStringLiteral("ldap"), QStringLiteral("test")},
         {QStringLiteral("authdesk directory ldap test [--json]")},
         QStringLiteral("Bind to the company directory and read its base."),
         {{QStringLiteral("json")}},
         ldapTest},
        {{QStringLiteral("mappings"), QStringLiteral("suggest")},
         {QStringLiteral("authdesk mappings suggest --from ldap [--match mobile|email|employee_number] "
                         "[--tenant NAME] [--apply] [--json]")},
         QStringLiteral("Suggest local accounts from the company directory; --apply sets them."),
         {{QStringLiteral("from"), QStringLiteral("ldap")},
          {QStringLiteral("match"), QStringLiteral("mobile|email|employee_number"), QStringLiteral("mobile")},
          {QStringLiteral("tenant"), QStringLiteral("NAME")},
          {QStringLiteral("apply")},
          {QStringLiteral("json")}},
         mappingsSuggest},
        {{QStringLiteral("mappings"), QStringLiteral("verify")},
         {QStringLiteral("authdesk mappings verify [--tenant NAME] [--json]")},
         QStringLiteral("Check each local account against the company directory."),
         {{QStringLiteral("tenant"), QStringLiteral("NAME")}, {QStringLiteral("json")}},
         mappingsVerify}};
}
} // namespace CommandLine
