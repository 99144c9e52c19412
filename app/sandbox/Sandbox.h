#pragma once

#include "ProviderSandbox.h"

#include <QObject>
#include <QUrl>
#include <atomic>
#include <memory>
#include <vector>

class QHttpServer;
class QSslServer;
class QThread;
class ThrowawayCa;

// The built-in stand-in for the platforms, over real HTTP on 127.0.0.1, on its own thread so
// that a deliberately slow answer never blocks the client under test. All platforms share one
// port (their paths do not overlap).
// Besides the platform endpoints it serves /sandbox/control (POST, JSON) so that a sandbox in
// another process (`authdesk sandbox serve`) can be steered by tests, with a platform's key as
// "provider" (default: the first platform):
//   {"provider":KEY,"fault":"busy","path":"auth/getuserinfo","times":1,"delay_ms":0}
//   {"provider":KEY,"auto_approve":"deny"}   {"clear":true}   {"provider":KEY,"invalidate_tokens":true}
//   {"provider":KEY,"callback_url":"http://127.0.0.1:5000/openid"}   (a platform's own settings)
//   {"tls_days":10}   (the TLS listener's certificate expires in 10 days from now; -1: expired)
// and GET /sandbox/stats for request counters per platform. Platforms register in Sandbox.cpp.
class Sandbox : public QObject {
    Q_OBJECT

public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    bool start(QString *error, quint16 port = 0);
    bool isRunning() const { return m_port != 0; }
    QUrl baseUrl() const;
    // The same platforms over TLS (https://127.0.0.1:PORT), with a server certificate from a
    // throw-away CA that only a tenant's CA bundle makes trusted; it expires in 90 days unless
    // told otherwise (tls_days).
    QUrl tlsBaseUrl() const;
    QByteArray caCertificatePem() const;
    // What every platform of the sandbox can be made to do at once (the Faults menu's first group):
    // answer with a `Date` ten minutes behind, serve TLS with a certificate that expires in 10 days.
    static QStringList sandboxFaults();
    void setSandboxFault(const QString &fault);
    // Every fault off, the sandbox's and each platform's.
    void clearFaults();
    ProviderSandbox *provider(const QString &key) const;
    const std::vector<std::unique_ptr<ProviderSandbox>> &providers() const { return m_providers; }
    // The platform of type T (tests reach a platform's own switches this way).
    template <typename T> T &platform() const {
        for (const auto &provider : m_providers)
            if (auto *typed = dynamic_cast<T *>(provider.get()))
                return *typed;
        qFatal("no such sandbox platform");
    }

private:
    QHttpServer *makeServer();
    // The TLS listener's certificate replaced by one valid `validDays` from now (from any thread).
    void reissueTlsCertificate(int validDays);
    std::vector<std::unique_ptr<ProviderSandbox>> m_providers;
    QThread *m_thread;
    QObject *m_server = nullptr; // the QHttpServer, living on m_thread
    quint16 m_port = 0;
    std::unique_ptr<ThrowawayCa> m_ca;
    QObject *m_tlsServer = nullptr;      // the QHttpServer with TLS, on m_thread too
    QSslServer *m_tlsListener = nullptr; // its listener, whose certificate tls_days replaces
    quint16 m_tlsPort = 0;
    std::atomic<qint64> m_clockOffsetSeconds = 0; // how far the platforms' `Date` is from this clock
};
