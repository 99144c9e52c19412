#include "health/EndpointProbe.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

EndpointProbe::EndpointProbe(const QUrl &origin, const QList<QSslCertificate> &trustedCas, QObject *parent)
    : QObject(parent), m_socket(new QSslSocket(this)), m_trustedCas(trustedCas) {
    m_result.origin = origin;
}

void EndpointProbe::start() {
    const bool tls = m_result.origin.scheme() == QLatin1String("https");
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails, and this says why.
        QStringList said;
        for (const QSslError &error : errors)
            said << error.errorString();
        m_result.tlsError = said.join(QStringLiteral("; "));
        m_result.expires = m_socket->peerCertificate().expiryDate();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        m_result.expires = m_socket->peerCertificate().expiryDate();
        finish();
    });
    connect(m_socket, &QAbstractSocket::connected, this, [this, tls] {
        if (!tls)
            finish();
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        if (m_result.tlsError.isEmpty()) {
            if (error == QAbstractSocket::SslHandshakeFailedError)
                m_result.tlsError = m_socket->errorString();
            else
                m_result.connectError = m_socket->errorString();
        }
        finish();
    });
    QTimer::singleShot(timeoutMs, this, [this] {
        m_result.connectError = tr("no answer within %1 s").arg(timeoutMs / 1000);
        finish();
    });
    const QString host = m_result.origin.host();
    const quint16 port = quint16(m_result.origin.port());
    if (!tls)
        return m_socket->connectToHost(host, port);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(m_trustedCas);
    m_socket->setSslConfiguration(configuration);
    m_socket->connectToHostEncrypted(host, port);
}

void EndpointProbe::finish() {
    if (m_done)
        return;
    m_done = true;
    m_socket->abort();
    QTimer::singleShot(0, this, [this] { emit finished(m_result); });
}

namespace {
// Whole days, rounded: a certificate issued for 10 days is said to expire in 10, not 9.
int daysUntil(const QDateTime &now, const QDateTime &end) {
    return qRound(double(now.secsTo(end)) / 86400);
}

QString hostOf(const EndpointProbe::Result &result) {
    return result.origin.host() + QLatin1Char(':') + QString::number(result.origin.port());
}
} // namespace

HealthCheck EndpointProbe::endpointsCheck(const QList<Result> &results) {
    QJsonArray hosts;
    for (const Result &result : results)
        hosts.append(QJsonObject{{QStringLiteral("host"), hostOf(result)},
                                 {QStringLiteral("answers"), result.connectError.isEmpty()},
                                 {QStringLiteral("error"), result.connectError}});
    const QJsonObject details{{QStringLiteral("hosts"), hosts}};
    if (results.isEmpty())
        return {QStringLiteral("endpoints"),
                HealthCheck::Status::Skipped,
                tr("No endpoint address is known before calling (discovery finds them)."),
                {},
                {}};
    for (const Result &result : results)
        if (!result.connectError.isEmpty())
            return {QStringLiteral("endpoints"), HealthCheck::Status::Fail,
                    tr("%1 does not answer: %2.").arg(hostOf(result), result.connectError),
                    tr("Check the endpoint's address (Edit tenant > Endpoints), the DNS, and any proxy or "
                       "firewall between this computer and %1.")
                        .arg(result.origin.host()),
                    details};
    return {QStringLiteral("endpoints"),
            HealthCheck::Status::Ok,
            tr("Every endpoint's host answers (%n host(s)).", nullptr, int(results.size())),
            {},
            details};
}

HealthCheck EndpointProbe::tlsCheck(const QList<Result> &results) {
    QJsonArray hosts;
    const Result *soonest = nullptr;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Result &result : results) {
        if (result.origin.scheme() != QLatin1String("https") || !result.connectError.isEmpty())
            continue;
        hosts.append(QJsonObject{{QStringLiteral("host"), hostOf(result)},
                                 {QStringLiteral("expires"), result.expires.toUTC().toString(Qt::ISODate)},
                                 {QStringLiteral("days_left"), daysUntil(now, result.expires)},
                                 {QStringLiteral("error"), result.tlsError}});
        if (!result.tlsError.isEmpty())
            return {QStringLiteral("tls"),
                    HealthCheck::Status::Fail,
                    tr("The TLS certificate of %1 is not accepted: %2.").arg(hostOf(result), result.tlsError),
                    tr("If it has expired, whoever runs %1 must renew it. If your company's own certificate "
                       "authority issued it, give the tenant that CA's bundle (Edit tenant > CA bundle, or "
                       "--ca-bundle FILE); AuthDesk never skips the check.")
                        .arg(result.origin.host()),
                    {{QStringLiteral("hosts"), hosts}}};
        if (!soonest || result.expires < soonest->expires)
            soonest = &result;
    }
    if (!soonest)
        return {QStringLiteral("tls"),
                HealthCheck::Status::Skipped,
                tr("No endpoint of this tenant uses https (plain http is allowed on this computer only)."),
                {},
                {}};
    const QJsonObject details{{QStringLiteral("hosts"), hosts}};
    const int daysLeft = daysUntil(now, soonest->expires);
    const QString when = QLocale().toString(soonest->expires.toLocalTime().date(), QLocale::ShortFormat);
    if (daysLeft < warnDays)
        return {QStringLiteral("tls"), HealthCheck::Status::Warn,
                tr("The TLS certificate of %1 expires in %n day(s), on %2.", nullptr, daysLeft)
                    .arg(hostOf(*soonest), when),
                tr("Whoever runs %1 must renew it before then; logins stop when it expires.")
                    .arg(soonest->origin.host()),
                details};
    return {
        QStringLiteral("tls"),
        HealthCheck::Status::Ok,
        tr("The TLS certificates are trusted; the first to expire, %1's, in %n day(s).", nullptr, daysLeft)
            .arg(hostOf(*soonest)),
        {},
        details};
}
