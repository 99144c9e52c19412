// authdesk suite ticket|install|corps|decrypt: a WeCom service-provider app (PROVIDERS §8) from
// the command line — its ticket, its installs into corps and their status, its callbacks.
#include "CliSupport.h"

#ifdef AUTHDESK_WITH_BROWSER
#include "BrowserPane.h"
#endif
#include "run/FlowRun.h"
#include "run/SuiteSession.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <memory>

namespace CommandLine {
namespace {
QJsonObject corpJson(const SuiteCorps::Corp &corp) {
    return {{QStringLiteral("corpid"), corp.corpId},
            {QStringLiteral("corp_name"), corp.name},
            {QStringLiteral("agentid"), corp.agentId},
            {QStringLiteral("customized"), corp.customized},
            {QStringLiteral("installed"), corp.installed.toString(Qt::ISODate)},
            {QStringLiteral("status"), corp.status},
            {QStringLiteral("status_detail"), corp.statusDetail},
            {QStringLiteral("checked"), corp.checked.toString(Qt::ISODate)},
            {QStringLiteral("app_tenant"), corp.appTenant}};
}

// The session of the tenant NAME (the first positional argument), opened: its secrets read.
// Null, with the exit code in *exitCode, when there is none.
std::unique_ptr<SuiteSession> openSession(Workspace &workspace, const Arguments &arguments, int *exitCode) {
    const auto tenant = tenantArgument(workspace, arguments, exitCode);
    if (!tenant)
        return nullptr;
    auto session = std::make_unique<SuiteSession>(workspace.services(), *tenant);
    QObject::connect(session.get(), &SuiteSession::stepAdded, qApp, [](const FlowStep &step) {
        sayOnStderr(step.detail.isEmpty() ? step.title
                                          : QStringLiteral("%1: %2").arg(step.title, step.detail));
    });
    Status opened = Error::failed(QString());
    runAsync([&](std::function<void(int)> done) {
        session->open([&, done](const Status &result) {
            opened = result;
            done(Success);
        });
    });
    if (!opened.ok()) {
        *exitCode =
            failWith(opened.error().is(Error::Kind::Unavailable) ? Environment : Failed, opened.errorText());
        return nullptr;
    }
    return session;
}

// suite ticket NAME: what the keychain holds; --paste-stdin keeps a ticket; --listen waits on the
// callback URL for WeCom's next push.
int ticket(Workspace &workspace, const Arguments &arguments) {
    int exitCode = Usage;
    auto session = openSession(workspace, arguments, &exitCode);
    if (!session)
        return exitCode;
    const Tenant tenant = *workspace.tenants().find(arguments.positionals().constFirst());
    auto report = [&] {
        const QList<SuiteCorps::Event> last =
            workspace.suiteCorps().events(tenant.id, 1, QStringLiteral("suite_ticket"));
        if (arguments.isSet(QStringLiteral("json")))
            return printJson(
                QJsonObject{{QStringLiteral("tenant"), tenant.name},
                            {QStringLiteral("ticket_received"),
                             last.isEmpty() ? QString() : last.first().received.toString(Qt::ISODate)},
                            {QStringLiteral("summary"), last.isEmpty() ? QString() : last.first().summary}});
        printOut(last.isEmpty()
                     ? Cli::tr("No suite_ticket has been kept for %1 yet.\n").arg(tenant.name)
                     : Cli::tr("Newest suite_ticket kept %1 (%2).\n")
                           .arg(QLocale().toString(last.first().received.toLocalTime(), QLocale::ShortFormat),
                                last.first().summary));
    };
    if (arguments.isSet(QStringLiteral("paste-stdin"))) {
        const QString pasted = readSecret(Cli::tr("suite_ticket: "));
        return runAsync([&](std::function<void(int)> done) {
            session->keepTicket(pasted, Cli::tr("pasted"), [&, done](const Status &kept) {
                if (!kept.ok())
                    return done(failWith(Failed, kept.errorText()));
                report();
                done(Success);
            });
        });
    }
    if (!arguments.isSet(QStringLiteral("listen"))) {
        report();
        return Success;
    }
    const int seconds = timeoutSeconds(arguments.value(QStringLiteral("timeout")));
    if (!seconds)
        return Usage;
    if (const Status listening = session->listen(arguments.value(QStringLiteral("address"))); !listening.ok())
        return failWith(Environment, listening.errorText());
    sayOnStderr(
        Cli::tr("Waiting for WeCom's next suite_ticket at %1").arg(session->callbackUrl().toString()));
    return runAsync([&](std::function<void(int)> done) {
        QObject::connect(session.get(), &SuiteSession::eventHandled, qApp,
                         [&, done](const SuiteCorps::Event &event) {
                             if (event.infoType != QLatin1String("suite_ticket"))
                                 return;
                             report();
                             done(Success);
                         });
        QTimer::singleShot(seconds * 1000, qApp, [done, seconds] {
            done(failWith(Failed,
                          Cli::tr("No suite_ticket arrived within %1 s. WeCom pushes one every 10 minutes; "
                                  "刷新Ticket in the service-provider console pushes one at once.")
                              .arg(seconds)));
        });
    });
}

#ifdef AUTHDESK_WITH_BROWSER
// suite install NAME: the install page in the embedded browser, the corp's permanent code kept.
int install(Workspace &workspace, const Arguments &arguments) {
    int exitCode = Usage;
    auto session = openSession(workspace, arguments, &exitCode);
    if (!session)
        return exitCode;
    const int seconds = timeoutSeconds(arguments.value(QStringLiteral("timeout")));
    if (!seconds)
        return Usage;
    const Tenant tenant = *workspace.tenants().find(arguments.positionals().constFirst());
    std::unique_ptr<FlowRun> run(workspace.newRun(tenant, QStringLiteral("install")));
    std::unique_ptr<BrowserPane> browser;
    return runAsync([&](std::function<void(int)> done) {
        QObject::connect(run.get(), &FlowRun::finished, qApp, [&, done](bool ok) {
            if (browser)
                browser->hide();
            if (!ok)
                return done(failWith(Failed, run->error()));
            session->adoptInstall(run->identity(), [&, done](const Status &adopted) {
                if (!adopted.ok())
                    return done(failWith(Failed, adopted.errorText()));
                const QString corpId = run->identity().extra.value(QStringLiteral("corpid")).toString();
                for (const SuiteCorps::Corp &corp : workspace.suiteCorps().corps(tenant.id))
                    if (corp.corpId == corpId) {
                        if (arguments.isSet(QStringLiteral("json"))) {
                            QJsonObject out = corpJson(corp);
                            out.insert(QStringLiteral("run_id"), run->id());
                            out.insert(QStringLiteral("installer"), run->identity().toJson());
                            printJson(out);
                        } else {
                            printOut(adopted.value().message + QLatin1Char('\n'));
                        }
                    }
                done(Success);
            });
        });
        startInBrowser(*run, browser, seconds, done);
    });
}

#endif

// suite corps NAME: each corp the app is installed in, its authorization checked now.
int corps(Workspace &workspace, const Arguments &arguments) {
    int exitCode = Usage;
    auto session = openSession(workspace, arguments, &exitCode);
    if (!session)
        return exitCode;
    return runAsync([&](std::function<void(int)> done) {
        session->checkCorps([&, done](const Result<QList<SuiteCorps::Corp>> &checked) {
            if (!checked.ok())
                return done(failWith(Failed, checked.errorText()));
            if (arguments.isSet(QStringLiteral("json"))) {
                QJsonArray list;
                for (const SuiteCorps::Corp &corp : checked.value())
                    list.append(corpJson(corp));
                printJson(list);
                return done(Success);
            }
            if (checked.value().isEmpty())
                printOut(Cli::tr("Not installed in any corp yet: authdesk suite install NAME\n"));
            for (const SuiteCorps::Corp &corp : checked.value())
                printOut(QStringLiteral("%1  %2  %3  %4\n")
                             .arg(corp.corpId, corp.name, corp.status,
                                  corp.appTenant.isEmpty() ? corp.statusDetail : corp.appTenant));
            done(Success);
        });
    });
}

// suite convert NAME: a corp's own ids as this provider's (§4): userids with the corp's permanent
// code, or a corpid with the provider's token.
int convert(Workspace &workspace, const Arguments &arguments) {
    const bool userIds = arguments.isSet(QStringLiteral("corp")) && arguments.isSet(QStringLiteral("userid"));
    if (userIds == arguments.isSet(QStringLiteral("corpid")) ||
        (!userIds && (arguments.isSet(QStringLiteral("corp")) || arguments.isSet(QStringLiteral("userid")))))
        return arguments.usageError();
    int exitCode = Usage;
    auto session = openSession(workspace, arguments, &exitCode);
    if (!session)
        return exitCode;
    return runAsync([&](std::function<void(int)> done) {
        if (!userIds)
            return session->convertCorpId(
                arguments.value(QStringLiteral("corpid")), [&, done](const Result<QString> &open) {
                    if (!open.ok())
                        return done(failWith(Failed, open.errorText()));
                    if (arguments.isSet(QStringLiteral("json")))
                        printJson(
                            QJsonObject{{QStringLiteral("corpid"), arguments.value(QStringLiteral("corpid"))},
                                        {QStringLiteral("open_corpid"), open.value()}});
                    else
                        printOut(QStringLiteral("%1 → %2\n")
                                     .arg(arguments.value(QStringLiteral("corpid")), open.value()));
                    done(Success);
                });
        session->convertUserIds(
            arguments.value(QStringLiteral("corp")), arguments.values(QStringLiteral("userid")),
            [&, done](const Result<QJsonObject> &lists) {
                if (!lists.ok())
                    return done(failWith(Failed, lists.errorText()));
                if (arguments.isSet(QStringLiteral("json"))) {
                    printJson(lists.value());
                    return done(Success);
                }
                for (const QJsonValue &pair :
                     lists.value().value(QLatin1String("open_userid_list")).toArray())
                    printOut(QStringLiteral("%1 → %2\n")
                                 .arg(pair[QLatin1String("userid")].toString(),
                                      pair[QLatin1String("open_userid")].toString()));
                for (const QJsonValue &invalid :
                     lists.value().value(QLatin1String("invalid_userid_list")).toArray())
                    printOut(Cli::tr("%1: not a member the app can see\n").arg(invalid.toString()));
                done(Success);
            });
    });
}

// suite decrypt NAME: a callback your own server received, verified and decrypted with the
// tenant's Token and EncodingAESKey from the keychain.
int decrypt(Workspace &workspace, const Arguments &arguments) {
    int exitCode = Usage;
    if (!arguments.isSet(QStringLiteral("query")))
        return arguments.usageError();
    auto session = openSession(workspace, arguments, &exitCode);
    if (!session)
        return exitCode;
    const std::optional<QByteArray> body = bodyFileOf(arguments, QStringLiteral("body-file"));
    if (!body)
        return Usage;
    QUrl url(QStringLiteral("http://127.0.0.1/"));
    url.setQuery(arguments.value(QStringLiteral("query")));
    QList<FlowStep> steps;
    QObject::connect(session.get(), &SuiteSession::stepAdded, qApp,
                     [&steps](const FlowStep &step) { steps << step; });
    const CallbackListener::Reply reply =
        session->handle({body->isEmpty() ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST"), url, *body});
    if (reply.status != 200)
        return failWith(Failed, steps.isEmpty() ? Cli::tr("The callback was refused.") : steps.last().detail);
    printOut(QString::fromUtf8(reply.body) + QLatin1Char('\n'));
    QCoreApplication::processEvents(); // the event itself, handled after the answer
    return Success;
}
} // namespace

QList<Command> suiteCommands() {
    Command installCommand{
        {QStringLiteral("suite"), QStringLiteral("install")},
        {QStringLiteral("authdesk suite install NAME [--json] [--timeout SECONDS]")},
        QStringLiteral(
            "Install a WeCom service-provider app into a corp in a window; its permanent code is kept."),
        {{QStringLiteral("json")},
         {QStringLiteral("timeout"), QStringLiteral("SECONDS"), QStringLiteral("300")}},
        {},
        true};
#ifdef AUTHDESK_WITH_BROWSER // without, Application hands the verb to the program with the browser
    installCommand.run = install;
#endif
    return {
        {{QStringLiteral("suite"), QStringLiteral("ticket")},
         {QStringLiteral("authdesk suite ticket NAME [--paste-stdin | --listen [--address HOST:PORT] "
                         "[--timeout SECONDS]] [--json]")},
         QStringLiteral("Show, paste or wait for a WeCom service-provider app's suite_ticket."),
         {{QStringLiteral("paste-stdin")},
          {QStringLiteral("listen")},
          {QStringLiteral("address"), QStringLiteral("HOST:PORT")},
          {QStringLiteral("timeout"), QStringLiteral("SECONDS"), QStringLiteral("900")},
          {QStringLiteral("json")}},
         ticket},
        installCommand,
        {{QStringLiteral("suite"), QStringLiteral("corps")},
         {QStringLiteral("authdesk suite corps NAME [--json]")},
         QStringLiteral("List the corps a service-provider app is installed in, each checked now."),
         {{QStringLiteral("json")}},
         corps},
        {{QStringLiteral("suite"), QStringLiteral("convert")},
         {QStringLiteral("authdesk suite convert NAME --corp CORPID --userid USERID... [--json]"),
          QStringLiteral("authdesk suite convert NAME --corpid CORPID [--json]")},
         QStringLiteral("A corp's own userids or corpid as this service provider's ids."),
         {{QStringLiteral("corp"), QStringLiteral("CORPID")},
          {QStringLiteral("userid"), QStringLiteral("USERID")},
          {QStringLiteral("corpid"), QStringLiteral("CORPID")},
          {QStringLiteral("json")}},
         convert},
        {{QStringLiteral("suite"), QStringLiteral("decrypt")},
         {QStringLiteral("authdesk suite decrypt NAME --query QUERY [--body-file FILE]")},
         QStringLiteral("Verify, decrypt and handle a callback with the tenant's Token and EncodingAESKey."),
         {{QStringLiteral("query"), QStringLiteral("QUERY")},
          {QStringLiteral("body-file"), QStringLiteral("FILE")}},
         decrypt}};
}
} // namespace CommandLine
