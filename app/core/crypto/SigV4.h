#pragma once

#include "net/HttpExchange.h"

#include <QDateTime>
#include <QString>

// AWS Signature Version 4 (AWS4-HMAC-SHA256), the scheme the 77hub OpenAPI uses (PROVIDERS.md §3.3).
// Signs exactly the headers it is given, plus Host taken from the URL when none is given, as
// AWS's test suite expects; the caller adds X-Amz-Date and any other header to be signed.
class SigV4 {
public:
    struct Credentials {
        QString accessKeyId;
        QString secretAccessKey;
        QString region;
        QString service;
    };
    struct Request {
        QByteArray method;
        QUrl url;
        HeaderList headers;
        QByteArray body;
    };
    struct Signature {
        QString canonicalRequest;
        QString stringToSign;
        QString credentialScope; // yyyyMMdd/region/service/aws4_request
        QString signedHeaders;   // host;x-amz-date
        QString signature;       // lowercase hex
        QString authorization;   // the Authorization header value
    };

    // `amzDate` is the request time, yyyyMMdd'T'HHmmss'Z' (UTC).
    static Signature sign(const Request &request, const Credentials &credentials, const QString &amzDate);
    static QString amzDate(const QDateTime &time);
    // A method or header name as HTTP allows it (an RFC 9110 token): the only ones a canonical
    // request can hold unambiguously, and the only ones the HTTP layer would send.
    static bool isHttpToken(const QByteArray &text);

    // The canonical pieces, exposed for the inspector and the tests.
    static QString canonicalUri(const QUrl &url);
    static QString canonicalQuery(const QUrl &url);
    static QString canonicalHeaderValue(const QByteArray &value);
    static QByteArray signingKey(const QString &secret, const QString &date, const QString &region,
                                 const QString &service);
};
