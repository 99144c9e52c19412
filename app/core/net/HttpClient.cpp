#include "net/HttpClient.h"

#include "net/ExchangeLog.h"
#include "net/Redactor.h"
#include "net/UrlRules.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcHttp, "authdesk.core.http")

namespace {
HeaderList redactHeaders(CredentialScan &scan, const HeaderList &headers, const QString &where) {
    HeaderList out;
    for (const auto &header : scan.headers(headers, where))
        out.append({header.first, Redactor::bytes(header.second)});
    return out;
}

// Bodies are shown in the exchange table; a megabyte of JSON helps nobody there. Credentials are
// found in the whole body (so a token past the cut is registered too), then the shown part is cut.
QByteArray shown(CredentialScan &scan, const QByteArray &body, const QString &where) {
    constexpr int limit = 64 * 1024;
    QByteArray out = Redactor::bytes(scan.body(body, where).left(limit));
    if (body.size() > limit)
        out += "\n… (" + QByteArray::number(body.size() - limit) + " more bytes)";
    return out;
}
} // namespace

HttpRequest HttpRequest::postJson(const QString &purpose, const QUrl &url, const QJsonObject &body) {
    return {purpose,
            "POST",
            url,
            {{"Content-Type", "application/json; charset=utf-8"}},
            QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

HttpRequest HttpRequest::postForm(const QString &purpose, const QUrl &url,
                                  const QList<QPair<QString, QString>> &fields) {
    QByteArray body;
    for (const auto &field : fields)
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(field.first) + '=' +
                QUrl::toPercentEncoding(field.second);
    return {purpose, "POST", url, {{"Content-Type", "application/x-www-form-urlencoded"}}, body};
}

QJsonObject HttpResponse::json(QString *problem) const {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = HttpClient::tr("the response is not valid JSON (%1 at byte %2)")
                       .arg(parseError.errorString())
                       .arg(parseError.offset);
        return {};
    }
    if (!document.isObject()) {
        *problem = HttpClient::tr("the response is JSON but not an object");
        return {};
    }
    return document.object();
}

HttpClient::HttpClient(QObject *parent) : QObject(parent) {
}

// One network manager per set of trusted authorities: a kept-alive connection whose certificate
// was verified with one tenant's CA bundle is never reused for a request without it.
QNetworkAccessManager *HttpClient::networkFor(const QList<QSslCertificate> &trustedCas) {
    QByteArrayList digests;
    for (const QSslCertificate &ca : trustedCas)
        digests << ca.digest(QCryptographicHash::Sha256);
    std::sort(digests.begin(), digests.end());
    QNetworkAccessManager *&network = m_networks[digests.join()];
    if (!network) {
        network = new QNetworkAccessManager(this);
        // Providers answer redirects only for pages; API calls must not be silently redirected.
        network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return network;
}

HeaderList HttpClient::wireHeaders(const HeaderList &headers) {
    HeaderList out;
    for (const auto &header : headers) {
        auto same = std::find_if(out.begin(), out.end(), [&](const auto &existing) {
            return existing.first.compare(header.first, Qt::CaseInsensitive) == 0;
        });
        if (same == out.end())
            out.append(header);
        else
            same->second = same->second.trimmed() + ',' + header.second.trimmed(); // no space: as SigV4 joins
    }
    return out;
}

void HttpClient::send(const HttpRequest &request, ExchangeLog *log, QObject *context, Callback done) {
    if (!context)
        return; // its owner is gone: nobody is waiting for the answer
    // The call's credentials are masked field by field and registered before anything is recorded.
    auto scan = std::make_shared<CredentialScan>(request.credentials);
    HttpExchange exchange;
    exchange.purpose = request.purpose;
    exchange.started = QDateTime::currentDateTime();
    exchange.method = request.method;
    exchange.url = Redactor::url(scan->url(request.url, tr("request URL")));
    exchange.requestHeaders = redactHeaders(*scan, request.headers, tr("request header"));
    exchange.requestBody = shown(*scan, request.body, tr("request body"));

    QPointer<ExchangeLog> safeLog(log);
    if (log)
        log->noteStarted(request.purpose);
    auto finish = [safeLog, exchange, scan, done](HttpResponse response, HeaderList responseHeaders,
                                                  qint64 durationMs) mutable {
        exchange.status = response.status;
        exchange.durationMs = durationMs;
        exchange.responseHeaders = redactHeaders(*scan, responseHeaders, tr("response header"));
        exchange.responseBody = shown(*scan, response.body, tr("response body"));
        exchange.error = Redactor::text(response.error);
        exchange.maskedCredentials = scan->masked();
        if (safeLog)
            safeLog->record(exchange);
        response.headers = responseHeaders;
        done(response);
    };

    const QString refused = UrlRules::checkServiceUrl(request.url, tr("The request URL"));
    if (!refused.isEmpty()) {
        QTimer::singleShot(0, context, [finish, refused]() mutable {
            finish(HttpResponse{0, {}, {}, tr("Request refused: %1").arg(refused)}, {}, 0);
        });
        return;
    }

    QNetworkRequest networkRequest(request.url);
    for (const auto &header : wireHeaders(request.headers))
        networkRequest.setRawHeader(header.first, header.second);
    if (!request.trustedCas.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(request.trustedCas);
        networkRequest.setSslConfiguration(tls);
    }
    QNetworkReply *reply =
        networkFor(request.trustedCas)->sendCustomRequest(networkRequest, request.method, request.body);
    ++m_inFlight;

    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    auto failure = std::make_shared<QString>();
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    const int timeoutMs = m_timeoutMs;
    connect(timer, &QTimer::timeout, reply, [reply, failure, timeoutMs] {
        *failure =
            tr("no answer within %1 s (timeout). Check the endpoint address and the network, or try again.")
                .arg(timeoutMs / 1000.0, 0, 'g', 3);
        reply->abort();
    });
    timer->start(timeoutMs);

    const qint64 cap = m_maxResponseBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, failure, cap](qint64 received, qint64 total) {
                if (received > cap || total > cap) {
                    *failure = tr("the response is larger than %1 bytes and was cut off").arg(cap);
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::sslErrors, reply, [failure](const QList<QSslError> &errors) {
        // Not ignored: the reply fails with the TLS error, said in words.
        QStringList said;
        for (const QSslError &error : errors)
            said << error.errorString();
        qCWarning(lcHttp) << "TLS error:" << said;
        *failure = tr("the server's TLS certificate is not accepted (%1). If your company's own certificate "
                      "authority issued it, give the tenant that CA's bundle (Edit tenant > CA bundle, or "
                      "--ca-bundle FILE); AuthDesk never skips the check.")
                       .arg(said.join(QStringLiteral("; ")));
    });

    // The request ends with its owner: a cancelled run or sync leaves no request under way.
    connect(context, &QObject::destroyed, reply, &QNetworkReply::abort);
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this, [this, reply, failure, elapsed, finish, guard]() mutable {
        --m_inFlight;
        reply->deleteLater();
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->isOpen()) // an aborted reply (timeout, size cap) is closed
            response.body = reply->readAll();
        if (!failure->isEmpty())
            response.error = *failure;
        else if (reply->error() != QNetworkReply::NoError && response.status == 0)
            response.error = tr("network error: %1").arg(reply->errorString());
        HeaderList headers;
        for (const auto &pair : reply->rawHeaderPairs())
            headers.append(pair);
        if (!guard)
            return;
        finish(response, headers, elapsed->elapsed());
    });
}
