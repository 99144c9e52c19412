// authdesk tenant add|list|remove|rename|check.
#include "CliSupport.h"

#include "health/HealthRound.h"
#include "net/Redactor.h"
#include "providers/Provider.h"
#include "providers/TenantSecrets.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>
#include <cstdio>
#include <memory>

namespace CommandLine {
namespace {
// "authdesk tenant add NAME --provider wecom --corp-id X ... --secret-stdin", one per provider.
QStringList tenantAddSynopses() {
    QStringList lines;
    for (const Provider *provider : Provider::all()) {
        QString others;
        for (const SecretField &field : provider->extraSecrets())
            if (field.entered)
                others += field.required ? QStringLiteral(" --%1").arg(field.cliOption)
                                         : QStringLiteral(" [--%1]").arg(field.cliOption);
        lines << QStringLiteral("authdesk tenant add NAME %1 --redirect-uri URL [--endpoint KEY=URL]... "
                                "[--ca-bundle FILE] "
                                "[--rotation-days N] --secret-stdin%2")
                     .arg(provider->cliSynopsis(), others);
    }
    return lines;
}

// The usage of `tenant add`: one synopsis per provider, then what each of their options sets.
QString addUsage() {
    QString usage =
        Cli::tr("usage:") + QStringLiteral("\n  ") + tenantAddSynopses().join(QStringLiteral("\n  "));
    usage += QLatin1Char('\n') + Cli::tr("options:");
    for (const Provider *provider : Provider::all())
        for (const SettingField &field : provider->settingFields())
            usage += QStringLiteral("\n  --%1  %2 (%3)")
                         .arg((field.cliOption.isEmpty()
                                   ? QStringLiteral("claim ") + field.key.mid(6) + QStringLiteral("=CLAIM")
                                   : field.cliOption)
                                  .leftJustified(16),
                              field.label, provider->displayName());
    return usage;
}

// The options of `tenant add` that apply to every provider.
QList<Option> everyProvidersAddOptions() {
    QStringList providers;
    for (const Provider *provider : Provider::all())
        providers << provider->key();
    return {{QStringLiteral("provider"), providers.join(QLatin1Char('|'))},
            {QStringLiteral("redirect-uri"), QStringLiteral("URL")},
            {QStringLiteral("endpoint"), QStringLiteral("KEY=URL")},
            {QStringLiteral("secret-stdin")},
            {QStringLiteral("claim"), QStringLiteral("FIELD=CLAIM")},
            {QStringLiteral("ca-bundle"), QStringLiteral("FILE")},
            {QStringLiteral("rotation-days"), QStringLiteral("N")}};
}

// The options of `tenant add`: those above, and every provider's settings (--corp-id, --app-id, …)
// and other secrets (--contacts-secret-stdin, …), each of which applies to its own provider. A
// setting several providers share takes the choices of them all.
QList<Option> tenantAddOptions() {
    QList<Option> options = everyProvidersAddOptions();
    auto declared = [&options](const QString &name) {
        return std::find_if(options.begin(), options.end(),
                            [&name](const Option &option) { return option.name == name; });
    };
    for (const Provider *provider : Provider::all()) {
        for (const SettingField &field : provider->settingFields()) {
            if (field.cliOption.isEmpty())
                continue;
            const QString value =
                field.choices.isEmpty() ? QStringLiteral("X") : field.choices.join(QLatin1Char('|'));
            const auto known = declared(field.cliOption);
            if (known == options.end())
                options.append({field.cliOption, value});
            else if (!field.choices.isEmpty() && known->value != QLatin1String("X"))
                for (const QString &choice : field.choices)
                    if (!known->value.split(QLatin1Char('|')).contains(choice))
                        known->value += QLatin1Char('|') + choice;
        }
        for (const SecretField &field : provider->extraSecrets())
            if (field.entered && declared(field.cliOption) == options.end())
                options.append({field.cliOption});
    }
    return options;
}

int tenantAdd(Workspace &workspace, const Arguments &arguments) {
    if (arguments.positionals().size() != 1)
        return arguments.usageError();
    const Provider *chosen = Provider::find(arguments.value(QStringLiteral("provider")));
    if (!chosen) {
        QStringList keys;
        for (const Provider *p : Provider::all())
            keys << p->key();
        return failWith(Usage,
                        Cli::tr("--provider must be one of: %1.").arg(keys.join(QStringLiteral(", "))));
    }
    Tenant tenant;
    tenant.name = arguments.positionals().constFirst();
    tenant.provider = chosen->key();
    if (const auto existing = workspace.tenants().find(tenant.name))
        return failWith(Usage,
                        Cli::tr("A tenant named \"%1\" already exists. Remove it first or pick another name.")
                            .arg(tenant.name));
    // The options of other providers do not apply to this one.
    QStringList applies;
    for (const Option &option : everyProvidersAddOptions())
        applies << option.name;
    QList<SecretField> others;
    for (const SecretField &field : chosen->extraSecrets())
        if (field.entered) {
            others << field;
            applies << field.cliOption;
        }
    QStringList claimFields;
    for (const SettingField &field : chosen->settingFields()) {
        if (field.cliOption.isEmpty()) {
            claimFields << field.key.mid(int(qstrlen("claim_")));
            continue;
        }
        applies << field.cliOption;
        if (arguments.isSet(field.cliOption))
            tenant.settings.insert(field.key, arguments.value(field.cliOption));
    }
    for (const Option &option : arguments.command().options)
        if (!applies.contains(option.name) && arguments.isSet(option.name))
            return failWith(Usage,
                            Cli::tr("--%1 does not apply to %2.").arg(option.name, chosen->displayName()));
    for (const QString &pair : arguments.values(QStringLiteral("claim"))) {
        const int eq = pair.indexOf(QLatin1Char('='));
        const QString field = pair.left(eq);
        if (claimFields.isEmpty())
            return failWith(Usage, Cli::tr("--claim does not apply to %1.").arg(chosen->displayName()));
        if (eq <= 0 || eq == pair.size() - 1 || !claimFields.contains(field))
            return failWith(Usage, Cli::tr("--claim takes FIELD=CLAIM with FIELD one of %1 (got \"%2\").")
                                       .arg(claimFields.join(QStringLiteral(", ")), pair));
        tenant.settings.insert(QStringLiteral("claim_") + field, pair.mid(eq + 1));
    }
    tenant.redirectUri = arguments.value(QStringLiteral("redirect-uri"));
    for (const QString &pair : arguments.values(QStringLiteral("endpoint"))) {
        const int eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return failWith(
                Usage, Cli::tr("--endpoint takes KEY=URL, e.g. api=https://qyapi.example.com (got \"%1\").")
                           .arg(pair));
        tenant.endpoints.insert(pair.left(eq), pair.mid(eq + 1));
    }
    if (arguments.isSet(QStringLiteral("ca-bundle")))
        tenant.caBundle = QFileInfo(arguments.value(QStringLiteral("ca-bundle"))).absoluteFilePath();
    bool isNumber = true;
    tenant.rotationDays = arguments.isSet(QStringLiteral("rotation-days"))
                              ? arguments.value(QStringLiteral("rotation-days")).toInt(&isNumber)
                              : 0;
    if (!isNumber)
        return failWith(Usage, Cli::tr("--rotation-days takes a number of days (got \"%1\").")
                                   .arg(arguments.value(QStringLiteral("rotation-days"))));
    const QStringList problems = workspace.validate(tenant);
    if (!problems.isEmpty())
        return failWith(Usage, problems.join(QLatin1Char('\n')));
    // A key pair AuthDesk makes (private_key_jwt) is the secret; the admin registers its public half.
    const QString madeSecret = chosen->makeSecret(tenant);
    if (!madeSecret.isEmpty() && arguments.isSet(QStringLiteral("secret-stdin")))
        return failWith(Usage,
                        Cli::tr("--secret-stdin does not apply: AuthDesk makes this client's key pair; "
                                "register its public key (authdesk tenant jwks NAME) at the provider."));
    const bool usesSecret = chosen->usesSecret(tenant) && madeSecret.isEmpty();
    if (usesSecret && !arguments.isSet(QStringLiteral("secret-stdin")))
        return failWith(Usage,
                        Cli::tr("pass --secret-stdin and write the secret to standard input; AuthDesk never "
                                "takes a secret from the command line, where other users and the shell "
                                "history can read it."));
    if (!usesSecret && arguments.isSet(QStringLiteral("secret-stdin")))
        return failWith(Usage,
                        Cli::tr("--secret-stdin does not apply: a public client (--client-auth none) has "
                                "no secret."));
    for (const SecretField &field : std::as_const(others))
        if (field.required && !arguments.isSet(field.cliOption))
            return failWith(Usage, Cli::tr("%1 needs its %2: pass --%3 and write it on a line of standard "
                                           "input after the secret.")
                                       .arg(chosen->displayName(), field.label, field.cliOption));
    const QString secret = usesSecret ? readSecret(Cli::tr("%1: ").arg(chosen->secretName())) : madeSecret;
    if (usesSecret && secret.isEmpty())
        return failWith(Usage, Cli::tr("No secret on standard input. Pipe it in, e.g. "
                                       "authdesk tenant add … --secret-stdin < secret.txt"));
    // The other secrets asked for are the next lines of standard input, in the provider's order.
    QMap<QString, QString> otherSecrets;
    for (const SecretField &field : std::as_const(others)) {
        if (!arguments.isSet(field.cliOption))
            continue;
        const QString value = readSecret(Cli::tr("%1: ").arg(field.label));
        if (value.isEmpty())
            return failWith(Usage, Cli::tr("No %1 on standard input: write each of the other secrets on a "
                                           "line of its own after the secret, in the order \"authdesk "
                                           "tenant add --help\" lists them.")
                                       .arg(field.label));
        otherSecrets.insert(field.name, value);
    }
    return runAsync([&](std::function<void(int)> done) {
        workspace.saveTenant(
            tenant, secret,
            [done, madeKeyPair = !madeSecret.isEmpty(), name = tenant.name](const Status &saved) {
                if (!saved.ok())
                    return done(failWith(Environment, saved.errorText()));
                printOut(saved.value().message + QLatin1Char('\n'));
                if (madeKeyPair)
                    printOut(Cli::tr("AuthDesk made its key pair and kept the private key in the keychain; "
                                     "register the public key at the provider: authdesk tenant jwks %1\n")
                                 .arg(name));
                done(Success);
            },
            otherSecrets);
    });
}

int tenantList(Workspace &workspace, const Arguments &arguments) {
    const QList<Tenant> tenants = workspace.tenants().tenants();
    if (arguments.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Tenant &tenant : tenants)
            array.append(tenantJson(tenant));
        printJson(array);
        return Success;
    }
    if (tenants.isEmpty())
        printOut(
            Cli::tr("No tenants yet. Add one with \"authdesk tenant add\", or run \"authdesk --demo\".") +
            QLatin1Char('\n'));
    for (const Tenant &tenant : tenants)
        printOut(QStringLiteral("%1\t%2\t%3%4\n")
                     .arg(tenant.name, tenant.provider, tenant.redirectUri,
                          tenant.demo ? QLatin1Char('\t') + Cli::tr("(sandbox)") : QString()));
    return Success;
}

int tenantRemove(Workspace &workspace, const Arguments &arguments) {
    if (arguments.positionals().size() != 1 || (arguments.isSet(QStringLiteral("keep-mappings")) &&
                                                arguments.isSet(QStringLiteral("delete-mappings"))))
        return arguments.usageError();
    const QString name = arguments.positionals().constFirst();
    // Mappings carry local accounts an admin chose by hand: losing them must be asked for.
    if (const int mappings = workspace.mappingCount(name);
        mappings > 0 && !arguments.isSet(QStringLiteral("keep-mappings")) &&
        !arguments.isSet(QStringLiteral("delete-mappings")))
        return failWith(Usage, Cli::tr("Tenant \"%1\" has %n mapping(s). Say what becomes of them: add "
                                       "--keep-mappings or --delete-mappings.",
                                       nullptr, mappings)
                                   .arg(name));
    const auto mappings = arguments.isSet(QStringLiteral("delete-mappings"))
                              ? TenantStore::MappingsOnRemove::Delete
                              : TenantStore::MappingsOnRemove::Keep;
    return runAsync([&](std::function<void(int)> done) {
        workspace.removeTenant(name, mappings, [done](const Status &removed) {
            if (!removed.ok())
                return done(failWith(Failed, removed.errorText()));
            printOut(removed.value().message + QLatin1Char('\n'));
            done(Success);
        });
    });
}

int tenantRename(Workspace &workspace, const Arguments &arguments) {
    const QStringList names = arguments.positionals();
    if (names.size() != 2)
        return arguments.usageError();
    if (const Status renamed = workspace.tenants().rename(names.at(0), names.at(1)); !renamed.ok())
        return failWith(Failed, renamed.errorText());
    printOut(Cli::tr("Tenant \"%1\" is now \"%2\"; its secrets and mappings went with it.")
                 .arg(names.at(0), names.at(1).trimmed()) +
             QLatin1Char('\n'));
    return Success;
}

// A node-exporter textfile: one gauge per tenant and check (0 ok, 1 warn, 2 fail, -1 skipped) and
// the time of the run; written whole or not at all, readable by the exporter.
bool writePrometheus(const QString &path, const QList<TenantReport> &reports, QString *error) {
    auto label = [](QString value) {
        return value.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""))
            .replace(QLatin1Char('\n'), QLatin1String("\\n"));
    };
    QString text =
        QStringLiteral("# HELP authdesk_tenant_check Result of an AuthDesk tenant health check: 0 ok, 1 "
                       "warn, 2 fail, -1 skipped.\n# TYPE authdesk_tenant_check gauge\n");
    for (const TenantReport &report : reports)
        for (const HealthCheck &check : report.checks) {
            const int value = check.status == HealthCheck::Status::Ok     ? 0
                              : check.status == HealthCheck::Status::Warn ? 1
                              : check.status == HealthCheck::Status::Fail ? 2
                                                                          : -1;
            text += QStringLiteral("authdesk_tenant_check{tenant=\"%1\",provider=\"%2\",check=\"%3\"} %4\n")
                        .arg(label(report.tenant.name), label(report.tenant.provider), check.id)
                        .arg(value);
        }
    text += QStringLiteral("# HELP authdesk_tenant_check_time_seconds When the checks ran (Unix time).\n"
                           "# TYPE authdesk_tenant_check_time_seconds gauge\n"
                           "authdesk_tenant_check_time_seconds %1\n")
                .arg(QDateTime::currentSecsSinceEpoch());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = Cli::tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

// `tenant check NAME… | --all`: every check of each tenant (PROVIDERS §9), one after the other.
int tenantCheck(Workspace &workspace, const Arguments &arguments) {
    const QStringList names = arguments.positionals();
    if (names.isEmpty() == !arguments.isSet(QStringLiteral("all")))
        return arguments.usageError();
    QList<Tenant> tenants =
        arguments.isSet(QStringLiteral("all")) ? workspace.tenants().tenants() : QList<Tenant>();
    for (const QString &name : names) {
        int exitCode = Usage;
        const std::optional<Tenant> tenant = namedTenant(workspace, name, &exitCode);
        if (!tenant)
            return exitCode;
        tenants << *tenant;
    }
    HealthRound round(workspace.services(), workspace.health(), tenants);
    const int code = runAsync([&](std::function<void(int)> done) {
        // Kept in the store as they come, for the team's consoles (a shared store) and the next look.
        QObject::connect(&round, &HealthRound::finished, qApp, [done](const Status &kept) {
            done(kept.ok() ? Success : failWith(Environment, kept.errorText()));
        });
        round.start();
    });
    if (code != Success)
        return code;
    const QList<TenantReport> &reports = round.reports();
    QString error;
    if (arguments.isSet(QStringLiteral("prometheus")) &&
        !writePrometheus(arguments.value(QStringLiteral("prometheus")), reports, &error))
        return failWith(Environment, error);
    if (arguments.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const TenantReport &report : std::as_const(reports))
            list.append(report.toJson());
        printJson(list);
    } else {
        QString text;
        for (const TenantReport &report : std::as_const(reports)) {
            text += QStringLiteral("%1 (%2): %3\n")
                        .arg(report.tenant.name, report.tenant.provider,
                             HealthCheck::statusName(report.status()));
            for (const HealthCheck &check : report.checks) {
                text += QStringLiteral("  [%1] %2: %3\n")
                            .arg(HealthCheck::statusName(check.status), check.id, check.message);
                if (!check.remedy.isEmpty())
                    text += QStringLiteral("         %1\n").arg(check.remedy);
            }
        }
        printOut(text);
    }
    // 3: the keychain (or the store) could not be used, so nothing was really checked.
    for (const TenantReport &report : std::as_const(reports))
        if (report.unavailable)
            return Environment;
    for (const TenantReport &report : std::as_const(reports))
        if (report.status() == HealthCheck::Status::Fail)
            return Failed;
    return Success;
}

// authdesk tenant jwks NAME: the public half of a key pair AuthDesk made, to register at the provider.
int tenantJwks(Workspace &workspace, const Arguments &arguments) {
    int exitCode = Usage;
    const auto tenant = tenantArgument(workspace, arguments, &exitCode);
    if (!tenant)
        return exitCode;
    return runAsync([&](std::function<void(int)> done) {
        TenantSecrets::read(
            workspace.secrets(), *tenant, qApp, [&, done](const Result<TenantSecrets> &secrets) {
                if (!secrets.ok())
                    return done(failWith(Environment, secrets.errorText()));
                const Result<QJsonObject> keys =
                    Provider::find(tenant->provider)->publicKeys(*tenant, secrets.value().main);
                if (!keys.ok())
                    return done(failWith(Failed, keys.errorText()));
                printJson(keys.value());
                done(Success);
            });
    });
}
} // namespace

QList<Command> tenantCommands() {
    return {
        {{QStringLiteral("tenant"), QStringLiteral("add")},
         tenantAddSynopses(),
         QStringLiteral(
             "Add a tenant; the secret is read from standard input. The provider's own options are "
             "listed by \"authdesk tenant add --help\"."),
         tenantAddOptions(),
         tenantAdd,
         false,
         addUsage},
        {{QStringLiteral("tenant"), QStringLiteral("list")},
         {QStringLiteral("authdesk tenant list [--json]")},
         QStringLiteral("List the tenants."),
         {{QStringLiteral("json")}},
         tenantList},
        {{QStringLiteral("tenant"), QStringLiteral("remove")},
         {QStringLiteral("authdesk tenant remove NAME [--keep-mappings|--delete-mappings]"),
          QStringLiteral("         (one of them is required when the tenant has mappings)")},
         QStringLiteral("Remove a tenant, its keychain entries and its sync progress; its mappings are "
                        "kept apart from any later tenant of the same name, or deleted."),
         {{QStringLiteral("keep-mappings")}, {QStringLiteral("delete-mappings")}},
         tenantRemove},
        {{QStringLiteral("tenant"), QStringLiteral("rename")},
         {QStringLiteral("authdesk tenant rename OLD NEW")},
         QStringLiteral("Rename a tenant; its secrets, mappings and sync progress go with it."),
         {},
         tenantRename},
        {{QStringLiteral("tenant"), QStringLiteral("jwks")},
         {QStringLiteral("authdesk tenant jwks NAME   (the public JWKS of a private_key_jwt client)")},
         QStringLiteral("Print the public JWKS of the key pair AuthDesk made for a private_key_jwt client, "
                        "to register at the provider."),
         {},
         tenantJwks},
        {{QStringLiteral("tenant"), QStringLiteral("check")},
         {QStringLiteral("authdesk tenant check NAME... | --all [--json] [--prometheus FILE]")},
         QStringLiteral(
             "Check tenants without a user: the secret is in the keychain, the platform accepts it "
             "(a token fetch, or a signed probe; for OpenID Connect, discovery and the keys), the "
             "clock agrees with the platform's, and when a sign-in last succeeded. Exit 1 when a check "
             "failed, 3 when the keychain cannot be used."),
         {{QStringLiteral("all")},
          {QStringLiteral("json")},
          {QStringLiteral("prometheus"), QStringLiteral("FILE")}},
         tenantCheck}};
}
} // namespace CommandLine
