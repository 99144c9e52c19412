// authdesk callback decrypt: a WeCom callback as it reached a callback URL (a self-built app's
// 接收消息, a service provider's 指令回调 or 数据回调), verified and decrypted, credentials masked.
#include "CliSupport.h"

#include "crypto/WeComCallbackCrypto.h"

#include <QJsonObject>

namespace CommandLine {
namespace {
int wecomDecrypt(Workspace &, const Arguments &arguments) {
    if (!arguments.isSet(QStringLiteral("query")) || !arguments.isSet(QStringLiteral("secrets-stdin")))
        return arguments.usageError();
    const std::optional<QByteArray> body = bodyFileOf(arguments, QStringLiteral("body-file"));
    if (!body)
        return Usage;
    const QString token = readSecret(Cli::tr("Token: "));
    const QString encodingAesKey = readSecret(Cli::tr("EncodingAESKey: "));
    const Result<WeComCallbackCrypto::Opened> opened =
        WeComCallbackCrypto::open(token, encodingAesKey, arguments.value(QStringLiteral("query")), *body,
                                  arguments.value(QStringLiteral("receive-id")));
    if (!opened.ok())
        return failWith(Failed, opened.errorText());
    const QString kind =
        opened.value().urlVerification ? QStringLiteral("url_verification") : QStringLiteral("event");
    if (arguments.isSet(QStringLiteral("json"))) {
        printJson(QJsonObject{{QStringLiteral("kind"), kind},
                              {QStringLiteral("signature"), QStringLiteral("verified")},
                              {QStringLiteral("receive_id"), opened.value().receiveId},
                              {QStringLiteral("message"), QString::fromUtf8(opened.value().message)}});
        return Success;
    }
    printOut(Cli::tr("msg_signature verified; for %1 (%2):").arg(opened.value().receiveId, kind) +
             QLatin1Char('\n') + QString::fromUtf8(opened.value().message) + QLatin1Char('\n'));
    return Success;
}
} // namespace

QList<Command> wecomCallbackCommands() {
    return {{{QStringLiteral("callback"), QStringLiteral("decrypt")},
             {QStringLiteral(
                  "authdesk callback decrypt --query QUERY [--body-file FILE] [--receive-id ID] [--json] "
                  "--secrets-stdin"),
              QStringLiteral("         (QUERY: msg_signature=…&timestamp=…&nonce=…[&echostr=…]; on standard "
                             "input the Token, then the EncodingAESKey, a line each)")},
             QStringLiteral(
                 "Verify and decrypt a WeCom callback (URL verification or event); credentials masked."),
             {{QStringLiteral("query"), QStringLiteral("QUERY")},
              {QStringLiteral("body-file"), QStringLiteral("FILE")},
              {QStringLiteral("receive-id"), QStringLiteral("ID")},
              {QStringLiteral("secrets-stdin")},
              {QStringLiteral("json")}},
             wecomDecrypt}};
}
} // namespace CommandLine
