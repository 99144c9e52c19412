// authdesk callback decrypt: a WeCom callback as it reached a callback URL (a self-built app's
// 接收消息, a service provider's 指令回调 or 数据回调), verified and decrypted, credentials masked.
#include "CliSupport.h"

#include "crypto/WeComCallbackCrypto.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace CommandLine {
namespace {
int wecomDecrypt(Workspace &, const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption query(QStringLiteral("query"), {}, QStringLiteral("QUERY"));
    const QCommandLineOption bodyFile(QStringLiteral("body-file"), {}, QStringLiteral("FILE"));
    const QCommandLineOption receiveId(QStringLiteral("receive-id"), {}, QStringLiteral("ID"));
    const QCommandLineOption secretsStdin(QStringLiteral("secrets-stdin"));
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOptions({query, bodyFile, receiveId, secretsStdin, json});
    QString error;
    if (!parse(parser, arguments, &error))
        return failWith(Usage, error);
    if (!parser.isSet(query) || !parser.isSet(secretsStdin))
        return failWith(
            Usage, Cli::tr("usage: authdesk callback decrypt --query 'msg_signature=…&timestamp=…&nonce=…' "
                           "[--body-file FILE] [--receive-id ID] [--json] --secrets-stdin (the Token, "
                           "then the EncodingAESKey, a line each)"));
    const std::optional<QByteArray> body = bodyFileOf(parser, bodyFile);
    if (!body)
        return Usage;
    const QString token = readSecret(Cli::tr("Token: "));
    const QString encodingAesKey = readSecret(Cli::tr("EncodingAESKey: "));
    const Result<WeComCallbackCrypto::Opened> opened =
        WeComCallbackCrypto::open(token, encodingAesKey, parser.value(query), *body, parser.value(receiveId));
    if (!opened.ok())
        return failWith(Failed, opened.errorText());
    const QString kind =
        opened.value().urlVerification ? QStringLiteral("url_verification") : QStringLiteral("event");
    if (parser.isSet(json)) {
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
                 "--secrets-stdin")},
             QStringLiteral(
                 "Verify and decrypt a WeCom callback (URL verification or event); credentials masked."),
             wecomDecrypt}};
}
} // namespace CommandLine
