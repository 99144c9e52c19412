#pragma once

#include "net/HttpExchange.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSslCertificate>
#include <functional>

class ExchangeLog;
class QNetworkAccessManager;

struct HttpRequest {
    QString purpose;
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    // The fields of this call that carry credentials, in the request (query, form or JSON body,
    // headers) and in its answer (JSON body, headers): declared by the provider next to the call.
    // Their values are masked where they stand and registered with the Redactor before the
    // exchange is recorded; the Redactor's backstop names the usual ones as well.
    QStringList credentials;
    // Certificate authorities trusted for this request besides the system's (a tenant's CA bundle).
    QList<QSslCertificate> trustedCas;

    // A POST of `body` as compact UTF-8 JSON.
    static HttpRequest postJson(const QString &purpose, const QUrl &url, const QJsonObject &body);
    // A POST of `fields` as application/x-www-form-urlencoded, each value percent-encoded.
    static HttpRequest postForm(const QString &purpose, const QUrl &url,
                                const QList<QPair<QString, QString>> &fields);
};

struct HttpResponse {
    int status = 0;
    QByteArray body;
    HeaderList headers; // as received (not redacted: for the caller, never shown)
    QString error;      // transport failure, timeout, size cap, refused URL, in words

    bool transportOk() const { return error.isEmpty(); }
    // Parses body as a JSON object; on failure fills *problem with what was wrong.
    QJsonObject json(QString *problem) const;
};

// Every HTTP call AuthDesk makes: one timeout per request, a response size cap, TLS errors never
// ignored, plain http refused except on loopback, and every exchange recorded (redacted).
class HttpClient : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const HttpResponse &)>;

    explicit HttpClient(QObject *parent = nullptr);

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }

    // The headers as they go on the wire: a name given more than once becomes one header with the
    // values joined by commas, in order — what HTTP means by repeated headers and what SigV4 signs
    // (QNetworkRequest would keep only the last one).
    static HeaderList wireHeaders(const HeaderList &headers);

    // `log` may be null. `done` runs once, in the event loop, unless `context` is destroyed first,
    // which aborts the request.
    void send(const HttpRequest &request, ExchangeLog *log, QObject *context, Callback done);
    // Requests on the wire now, answered or not yet.
    int inFlight() const { return m_inFlight; }

private:
    QNetworkAccessManager *networkFor(const QList<QSslCertificate> &trustedCas);
    QHash<QByteArray, QNetworkAccessManager *> m_networks;
    int m_timeoutMs = 15000;
    qint64 m_maxResponseBytes = 4 * 1024 * 1024;
    int m_inFlight = 0;
};
