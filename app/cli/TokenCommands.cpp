// authdesk token refresh|introspect|revoke: what an admin does with the tokens a sign-in kept
// (authorize --keep-tokens). Each says what happened; no token is ever printed.
#include "CliSupport.h"

#include "run/TokenSession.h"
#include "workspace/Workspace.h"

#include <QJsonObject>

namespace CommandLine {
namespace {
int tokenVerb(Workspace &workspace, const Arguments &arguments, TokenOperation operation) {
    int exitCode = Usage;
    const QString verb = TokenSession::nameOf(operation);
    const auto tenant = tenantArgument(workspace, arguments, &exitCode);
    if (!tenant)
        return exitCode;
    const QStringList tokens{QStringLiteral("access"), QStringLiteral("refresh"), QStringLiteral("previous")};
    if (!tokens.contains(arguments.value(QStringLiteral("which"))))
        return failWith(Usage, Cli::tr("--which is access, refresh or previous (got \"%1\").")
                                   .arg(arguments.value(QStringLiteral("which"))));
    TokenSession session(workspace.services(), *tenant);
    return runAsync([&](std::function<void(int)> done) {
        session.run(operation, arguments.value(QStringLiteral("which")), [&, done](const Status &report) {
            if (!report.ok())
                return done(failWith(Failed, report.errorText()));
            if (arguments.isSet(QStringLiteral("json"))) {
                QJsonObject out = report.value().details;
                out.insert(QStringLiteral("operation"), verb);
                out.insert(QStringLiteral("token"), arguments.value(QStringLiteral("which")));
                out.insert(QStringLiteral("tenant"), tenant->name);
                out.insert(QStringLiteral("message"), report.value().message);
                printJson(out);
            } else {
                printOut(report.value().message + QLatin1Char('\n'));
            }
            done(Success);
        });
    });
}
} // namespace

QList<Command> tokenCommands() {
    QList<Command> commands;
    const QList<QPair<TokenOperation, QString>> verbs{
        {TokenOperation::Refresh,
         QStringLiteral(
             "Refresh the kept tokens: whether the refresh token rotated, the new ID token verified.")},
        {TokenOperation::Introspect,
         QStringLiteral("Ask the provider whether a kept token is active (RFC 7662).")},
        {TokenOperation::Revoke,
         QStringLiteral("Revoke a kept token (RFC 7009), confirmed by introspection where offered.")}};
    for (const auto &verb : verbs) {
        const TokenOperation operation = verb.first;
        const QString name = TokenSession::nameOf(operation);
        commands.append(
            {{QStringLiteral("token"), name},
             {QStringLiteral("authdesk token %1 NAME [--which access|refresh|previous] [--json]").arg(name)},
             verb.second,
             // A refresh uses the refresh token; the others look at the access token by default.
             {{QStringLiteral("which"), QStringLiteral("access|refresh|previous"),
               operation == TokenOperation::Refresh ? QStringLiteral("refresh") : QStringLiteral("access")},
              {QStringLiteral("json")}},
             [operation](Workspace &workspace, const Arguments &arguments) {
                 return tokenVerb(workspace, arguments, operation);
             }});
    }
    return commands;
}
} // namespace CommandLine
