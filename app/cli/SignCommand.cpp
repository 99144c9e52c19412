// authdesk sign: a request signed with SigV4 (企企), without a store.
#include "CliSupport.h"

#include "crypto/SigV4.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <cstdio>

namespace CommandLine {
namespace {
int signRequest(const QStringList &arguments) {
    QCommandLineParser parser;
    const QCommandLineOption method(QStringLiteral("method"), {}, QStringLiteral("M"), QStringLiteral("GET"));
    const QCommandLineOption url(QStringLiteral("url"), {}, QStringLiteral("URL"));
    const QCommandLineOption header(QStringLiteral("header"), {}, QStringLiteral("NAME: VALUE"));
    const QCommandLineOption bodyFile(QStringLiteral("body-file"), {}, QStringLiteral("FILE"));
    const QCommandLineOption date(QStringLiteral("date"), {}, QStringLiteral("yyyyMMddTHHmmssZ"));
    const QCommandLineOption region(QStringLiteral("region"), {}, QStringLiteral("R"));
    const QCommandLineOption service(QStringLiteral("service"), {}, QStringLiteral("S"));
    const QCommandLineOption accessKeyId(QStringLiteral("access-key-id"), {}, QStringLiteral("ID"));
    const QCommandLineOption secretStdin(QStringLiteral("secret-stdin"));
    parser.addOptions({method, url, header, bodyFile, date, region, service, accessKeyId, secretStdin});
    QString error;
    if (!parse(parser, arguments, &error))
        return failWith(Usage, error);
    const QString usage =
        Cli::tr("usage: authdesk sign --method M --url URL [--header 'Name: value']... [--body-file F] "
                "--date yyyyMMddTHHmmssZ --region R --service S --access-key-id ID --secret-stdin");
    for (const QCommandLineOption &required : {url, date, region, service, accessKeyId})
        if (!parser.isSet(required))
            return failWith(Usage, usage);
    if (!parser.isSet(secretStdin))
        return failWith(Usage,
                        Cli::tr("pass --secret-stdin and write the secretAccessKey to standard input."));
    static const QRegularExpression datePattern(QStringLiteral("^\\d{8}T\\d{6}Z$"));
    if (!datePattern.match(parser.value(date)).hasMatch())
        return failWith(
            Usage,
            Cli::tr("--date takes the request time as yyyyMMddTHHmmssZ in UTC, e.g. 20150830T123600Z."));
    SigV4::Request request{parser.value(method).toUtf8(), QUrl(parser.value(url), QUrl::StrictMode), {}, {}};
    if (!SigV4::isHttpToken(request.method))
        return failWith(Usage, Cli::tr("--method takes an HTTP method such as GET or POST (got \"%1\").")
                                   .arg(parser.value(method)));
    if (!request.url.isValid() || request.url.host().isEmpty())
        return failWith(Usage,
                        Cli::tr("--url must be an absolute URL, e.g. https://api2.77hub.com/v1/code."));
    for (const QString &line : parser.values(header)) {
        const int colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0 || !SigV4::isHttpToken(line.left(colon).trimmed().toUtf8()))
            return failWith(Usage, Cli::tr("--header takes 'Name: value' (got \"%1\").").arg(line));
        request.headers.append({line.left(colon).toUtf8(), line.mid(colon + 1).toUtf8()});
    }
    // The date is part of the signature only as a signed header: add X-Amz-Date when the caller
    // gave none, or no server would accept what is printed.
    const bool hasDate =
        std::any_of(request.headers.cbegin(), request.headers.cend(), [](const auto &header) {
            return header.first.trimmed().compare("x-amz-date", Qt::CaseInsensitive) == 0;
        });
    if (!hasDate)
        request.headers.append({"X-Amz-Date", parser.value(date).toLatin1()});
    const std::optional<QByteArray> body = bodyFileOf(parser, bodyFile);
    if (!body)
        return Usage;
    request.body = *body;
    const QString secret = readSecret(Cli::tr("secretAccessKey: "));
    if (secret.isEmpty())
        return failWith(Usage, Cli::tr("No secretAccessKey on standard input."));
    const SigV4::Signature signature =
        SigV4::sign(request, {parser.value(accessKeyId), secret, parser.value(region), parser.value(service)},
                    parser.value(date));
    // Printed as computed: a signature is bound to this one request and is what the admin compares.
    const QByteArray text =
        QStringLiteral("Canonical request:\n%1\n\nString to sign:\n%2\n\nAuthorization:\n%3\n")
            .arg(signature.canonicalRequest, signature.stringToSign, signature.authorization)
            .toUtf8();
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    return Success;
}
} // namespace

QList<Command> signCommands() {
    // Run by Application before any store is opened: it needs none.
    return {
        {{QStringLiteral("sign")},
         {QStringLiteral("authdesk sign --method M --url URL [--header 'Name: value']... [--body-file F]"),
          QStringLiteral(
              "         --date yyyyMMddTHHmmssZ --region R --service S --access-key-id ID --secret-stdin")},
         QStringLiteral("Show each stage of a SigV4 signature (canonical request, string to sign, "
                        "Authorization).")}};
}

int sign(const QStringList &arguments) {
    return signRequest(verbArguments(arguments, 1));
}
} // namespace CommandLine
