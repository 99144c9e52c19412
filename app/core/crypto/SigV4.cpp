#include "crypto/SigV4.h"

#include <QCryptographicHash>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <algorithm>

namespace {
QByteArray sha256Hex(const QByteArray &data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray hmac(const QByteArray &key, const QByteArray &message) {
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// RFC 3986 percent-encoding of everything but the unreserved characters (and '/' in paths).
QString uriEncode(const QByteArray &raw, bool keepSlash) {
    return QString::fromLatin1(raw.toPercentEncoding(keepSlash ? QByteArrayLiteral("/") : QByteArray()));
}

// The Host header as a client sends it: an IPv6 address keeps its brackets.
QString hostWithPort(const QUrl &url) {
    const int defaultPort = url.scheme() == QLatin1String("http") ? 80 : 443;
    const int port = url.port(defaultPort);
    QString host = url.host(QUrl::FullyEncoded);
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    return port == defaultPort ? host : QStringLiteral("%1:%2").arg(host).arg(port);
}
} // namespace

QString SigV4::amzDate(const QDateTime &time) {
    return time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

bool SigV4::isHttpToken(const QByteArray &text) {
    static const QByteArray punctuation = "!#$%&'*+-.^_`|~";
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               punctuation.contains(c);
    });
}

QString SigV4::canonicalUri(const QUrl &url) {
    // Normalise the decoded path: drop "." and resolve ".." segments, collapse repeated slashes
    // (keeping a trailing one), then encode each byte once, as the test suite for non-S3 services does.
    const QByteArray path = url.path(QUrl::FullyDecoded).toUtf8();
    QList<QByteArray> segments;
    for (const QByteArray &segment : path.split('/')) {
        if (segment.isEmpty() || segment == ".")
            continue;
        if (segment == "..") {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments.append(segment);
    }
    QByteArray normalised = "/" + segments.join('/');
    const bool trailingSlash = path.endsWith('/') || path.endsWith("/.") || path.endsWith("/..");
    if (trailingSlash && !segments.isEmpty())
        normalised += '/';
    return uriEncode(normalised, true);
}

QString SigV4::canonicalQuery(const QUrl &url) {
    QList<QPair<QString, QString>> pairs;
    const QByteArray query = url.query(QUrl::FullyEncoded).toLatin1();
    if (query.isEmpty())
        return {};
    for (const QByteArray &item : query.split('&')) {
        if (item.isEmpty())
            continue;
        const int eq = item.indexOf('=');
        const QByteArray key = QByteArray::fromPercentEncoding(eq < 0 ? item : item.left(eq));
        const QByteArray value = eq < 0 ? QByteArray() : QByteArray::fromPercentEncoding(item.mid(eq + 1));
        pairs.append({uriEncode(key, false), uriEncode(value, false)});
    }
    std::sort(pairs.begin(), pairs.end()); // by encoded name, then value (byte order)
    QStringList parts;
    for (const auto &pair : pairs)
        parts << pair.first + QLatin1Char('=') + pair.second;
    return parts.join(QLatin1Char('&'));
}

QString SigV4::canonicalHeaderValue(const QByteArray &value) {
    // Trim, and fold every run of whitespace into one space. A value folded over several lines
    // counts as one value per line, joined with commas like repeated headers (AWS's
    // get-header-value-multiline).
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QStringList lines;
    for (const QString &line : QString::fromUtf8(value).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (const QString folded = line.trimmed().replace(whitespace, QStringLiteral(" ")); !folded.isEmpty())
            lines << folded;
    return lines.join(QLatin1Char(','));
}

QByteArray SigV4::signingKey(const QString &secret, const QString &date, const QString &region,
                             const QString &service) {
    const QByteArray dateKey = hmac("AWS4" + secret.toUtf8(), date.toUtf8());
    const QByteArray regionKey = hmac(dateKey, region.toUtf8());
    const QByteArray serviceKey = hmac(regionKey, service.toUtf8());
    return hmac(serviceKey, "aws4_request");
}

SigV4::Signature SigV4::sign(const Request &request, const Credentials &credentials, const QString &amzDate) {
    // name -> values in the order given; repeated headers are joined with commas.
    QMap<QString, QStringList> headers;
    for (const auto &header : request.headers)
        headers[QString::fromLatin1(header.first).toLower().trimmed()] << canonicalHeaderValue(header.second);
    if (!headers.contains(QStringLiteral("host")))
        headers.insert(QStringLiteral("host"), {hostWithPort(request.url)});

    QString canonicalHeaders;
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        canonicalHeaders +=
            it.key() + QLatin1Char(':') + it.value().join(QLatin1Char(',')) + QLatin1Char('\n');

    Signature out;
    out.signedHeaders = headers.keys().join(QLatin1Char(';'));
    out.canonicalRequest = QString::fromLatin1(request.method.toUpper()) + QLatin1Char('\n') +
                           canonicalUri(request.url) + QLatin1Char('\n') + canonicalQuery(request.url) +
                           QLatin1Char('\n') + canonicalHeaders + QLatin1Char('\n') + out.signedHeaders +
                           QLatin1Char('\n') + QString::fromLatin1(sha256Hex(request.body));
    const QString date = amzDate.left(8);
    out.credentialScope =
        QStringLiteral("%1/%2/%3/aws4_request").arg(date, credentials.region, credentials.service);
    out.stringToSign =
        QStringLiteral("AWS4-HMAC-SHA256\n%1\n%2\n%3")
            .arg(amzDate, out.credentialScope, QString::fromLatin1(sha256Hex(out.canonicalRequest.toUtf8())));
    const QByteArray key =
        signingKey(credentials.secretAccessKey, date, credentials.region, credentials.service);
    out.signature = QString::fromLatin1(hmac(key, out.stringToSign.toUtf8()).toHex());
    out.authorization =
        QStringLiteral("AWS4-HMAC-SHA256 Credential=%1/%2, SignedHeaders=%3, Signature=%4")
            .arg(credentials.accessKeyId, out.credentialScope, out.signedHeaders, out.signature);
    return out;
}
