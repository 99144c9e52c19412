// SigV4 canonicalisation over fuzzed methods, URLs, headers and bodies. Properties: the canonical
// URI is "/"-rooted, normalised (no empty, "." or ".." segments) and encoded once with uppercase
// hex; the canonical query is sorted and encoded; a header value is trimmed and folded to one line;
// the canonical request has one line per signed header, the signed headers are sorted lowercase
// names including host; and signing is deterministic.
#include "FuzzInput.h"
#include "crypto/SigV4.h"

#include <QRegularExpression>
#include <QUrl>

namespace {
bool isEncoded(const QString &text, const QString &alsoAllowed) {
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%')) {
            static const QRegularExpression hex(QStringLiteral("^%[0-9A-F]{2}"));
            if (!hex.match(text.mid(i, 3)).hasMatch())
                return false;
            continue;
        }
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && !QStringLiteral("-_.~").contains(c) &&
            !alsoAllowed.contains(c))
            return false;
    }
    return true;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzInput input(data, size);
    SigV4::Request request;
    // Methods and header names are HTTP tokens: callers refuse others (the CLI says so) and the
    // HTTP layer would not send them.
    request.method = input.bytes();
    if (!SigV4::isHttpToken(request.method))
        return 0;
    request.url = QUrl(input.text());
    const int headerCount = input.choice(4);
    for (int i = 0; i < headerCount; ++i) {
        const QByteArray name = input.bytes();
        const QByteArray value = input.bytes();
        if (SigV4::isHttpToken(name))
            request.headers.append({name, value});
    }
    request.body = input.rest();

    const QString uri = SigV4::canonicalUri(request.url);
    FUZZ_CHECK(uri.startsWith(QLatin1Char('/')), "canonical URI %s", qPrintable(uri));
    FUZZ_CHECK(isEncoded(uri, QStringLiteral("/")), "canonical URI %s not encoded once", qPrintable(uri));
    FUZZ_CHECK(!uri.contains(QLatin1String("//")) && !uri.contains(QLatin1String("/./")) &&
                   !uri.contains(QLatin1String("/../")) && !uri.endsWith(QLatin1String("/.")) &&
                   !uri.endsWith(QLatin1String("/..")),
               "canonical URI %s not normalised", qPrintable(uri));

    const QString query = SigV4::canonicalQuery(request.url);
    if (!query.isEmpty()) {
        const QStringList pairs = query.split(QLatin1Char('&'));
        // Sorted by name, then by value (not as whole "name=value" strings: '%' sorts before '=').
        QList<QStringList> split;
        for (const QString &pair : pairs)
            split << pair.split(QLatin1Char('='));
        QList<QStringList> sorted = split;
        std::sort(sorted.begin(), sorted.end());
        FUZZ_CHECK(split == sorted, "canonical query %s not sorted", qPrintable(query));
        for (const QString &pair : pairs)
            FUZZ_CHECK(pair.count(QLatin1Char('=')) == 1 && isEncoded(pair, QStringLiteral("=")),
                       "canonical query pair %s", qPrintable(pair));
    }

    for (const auto &header : std::as_const(request.headers)) {
        const QString value = SigV4::canonicalHeaderValue(header.second);
        FUZZ_CHECK(value == value.trimmed() && !value.contains(QLatin1String("  ")) &&
                       !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')),
                   "header value \"%s\" not folded", qPrintable(value));
    }

    const SigV4::Credentials credentials{QStringLiteral("AKIDEXAMPLE"),
                                         QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
                                         QStringLiteral("cn-north-1"), QStringLiteral("openapi")};
    const SigV4::Signature first = SigV4::sign(request, credentials, QStringLiteral("20150830T123600Z"));
    const SigV4::Signature second = SigV4::sign(request, credentials, QStringLiteral("20150830T123600Z"));
    FUZZ_CHECK(first.signature == second.signature && first.canonicalRequest == second.canonicalRequest,
               "signing is not deterministic");
    const QStringList signedHeaders = first.signedHeaders.split(QLatin1Char(';'));
    QStringList sortedHeaders = signedHeaders;
    std::sort(sortedHeaders.begin(), sortedHeaders.end());
    sortedHeaders.removeDuplicates();
    FUZZ_CHECK(signedHeaders == sortedHeaders && signedHeaders.contains(QStringLiteral("host")) &&
                   first.signedHeaders == first.signedHeaders.toLower(),
               "signed headers %s", qPrintable(first.signedHeaders));
    // method, URI, query, one line per header, the blank line, signed headers, the body's hash
    const int lines = int(first.canonicalRequest.count(QLatin1Char('\n'))) + 1;
    FUZZ_CHECK(lines == 6 + signedHeaders.size(), "canonical request has %d lines for %d headers:\n%s", lines,
               int(signedHeaders.size()), qPrintable(first.canonicalRequest));
    return 0;
}
