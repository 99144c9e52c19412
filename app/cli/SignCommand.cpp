// authdesk sign: a request signed with SigV4 (企企), without a store.
#include "CliSupport.h"

#include "crypto/SigV4.h"

#include <QRegularExpression>
#include <cstdio>

namespace CommandLine {
namespace {
int signRequest(const Arguments &arguments) {
    for (const char *required : {"url", "date", "region", "service", "access-key-id"})
        if (!arguments.isSet(QLatin1String(required)))
            return arguments.usageError();
    if (!arguments.isSet(QStringLiteral("secret-stdin")))
        return failWith(Usage,
                        Cli::tr("pass --secret-stdin and write the secretAccessKey to standard input."));
    static const QRegularExpression datePattern(QStringLiteral("^\\d{8}T\\d{6}Z$"));
    if (!datePattern.match(arguments.value(QStringLiteral("date"))).hasMatch())
        return failWith(
            Usage,
            Cli::tr("--date takes the request time as yyyyMMddTHHmmssZ in UTC, e.g. 20150830T123600Z."));
    SigV4::Request request{arguments.value(QStringLiteral("method")).toUtf8(),
                           QUrl(arguments.value(QStringLiteral("url")), QUrl::StrictMode),
                           {},
                           {}};
    if (!SigV4::isHttpToken(request.method))
        return failWith(Usage, Cli::tr("--method takes an HTTP method such as GET or POST (got \"%1\").")
                                   .arg(arguments.value(QStringLiteral("method"))));
    if (!request.url.isValid() || request.url.host().isEmpty())
        return failWith(Usage,
                        Cli::tr("--url must be an absolute URL, e.g. https://api2.77hub.com/v1/code."));
    for (const QString &line : arguments.values(QStringLiteral("header"))) {
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
        request.headers.append({"X-Amz-Date", arguments.value(QStringLiteral("date")).toLatin1()});
    const std::optional<QByteArray> body = bodyFileOf(arguments, QStringLiteral("body-file"));
    if (!body)
        return Usage;
    request.body = *body;
    const QString secret = readSecret(Cli::tr("secretAccessKey: "));
    if (secret.isEmpty())
        return failWith(Usage, Cli::tr("No secretAccessKey on standard input."));
    const SigV4::Signature signature =
        SigV4::sign(request,
                    {arguments.value(QStringLiteral("access-key-id")), secret,
                     arguments.value(QStringLiteral("region")), arguments.value(QStringLiteral("service"))},
                    arguments.value(QStringLiteral("date")));
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
         {QStringLiteral("authdesk sign --method M --url URL [--header 'Name: value']... [--body-file FILE]"),
          QStringLiteral(
              "         --date yyyyMMddTHHmmssZ --region R --service S --access-key-id ID --secret-stdin")},
         QStringLiteral("Show each stage of a SigV4 signature (canonical request, string to sign, "
                        "Authorization)."),
         {{QStringLiteral("method"), QStringLiteral("M"), QStringLiteral("GET")},
          {QStringLiteral("url"), QStringLiteral("URL")},
          {QStringLiteral("header"), QStringLiteral("NAME: VALUE")},
          {QStringLiteral("body-file"), QStringLiteral("FILE")},
          {QStringLiteral("date"), QStringLiteral("yyyyMMddTHHmmssZ")},
          {QStringLiteral("region"), QStringLiteral("R")},
          {QStringLiteral("service"), QStringLiteral("S")},
          {QStringLiteral("access-key-id"), QStringLiteral("ID")},
          {QStringLiteral("secret-stdin")}}}};
}

int sign(const QStringList &arguments) {
    const Arguments parsed = argumentsOf(arguments);
    return parsed.ok() ? signRequest(parsed) : failWith(Usage, parsed.errorText());
}
} // namespace CommandLine
