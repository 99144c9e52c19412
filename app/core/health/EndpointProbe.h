#pragma once

#include "HealthCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QSslCertificate>
#include <QUrl>

class QSslSocket;

// One host of a tenant's endpoints, asked as a health check asks it: does its name resolve and does
// it accept a connection; for https, is its certificate trusted (the system's authorities and the
// tenant's CA bundle) and when does it expire. Nothing is sent over the connection.
class EndpointProbe : public QObject {
    Q_OBJECT

public:
    static constexpr int warnDays = 21;     // a certificate that expires sooner is a warning
    static constexpr int timeoutMs = 10000; // per host

    struct Result {
        QUrl origin;          // scheme, host and port
        QString connectError; // empty: it answered
        QString tlsError;     // https: why its certificate is not accepted; empty: it is
        QDateTime expires;    // https: the certificate's end, when one was shown
    };

    EndpointProbe(const QUrl &origin, const QList<QSslCertificate> &trustedCas, QObject *parent = nullptr);
    void start();

    // The health checks of every host's result: `endpoints` and `tls`.
    static HealthCheck endpointsCheck(const QList<Result> &results);
    static HealthCheck tlsCheck(const QList<Result> &results);

signals:
    void finished(const EndpointProbe::Result &result); // once, from the event loop

private:
    void finish();
    QSslSocket *m_socket;
    QList<QSslCertificate> m_trustedCas;
    Result m_result;
    bool m_done = false;
};
