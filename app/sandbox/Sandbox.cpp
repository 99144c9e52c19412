#include "Sandbox.h"

// The platforms: one registration line each.
#include "DingTalkSandbox.h"
#include "FeishuSandbox.h"
#include "OidcSandbox.h"
#include "QinceSandbox.h"
#include "QiqiSandbox.h"
#include "WeComSandbox.h"

#include "ThrowawayCa.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QThread>
#include <openssl/crypto.h>

namespace {
constexpr int defaultTlsDays = 90;

// The TLS listener's certificate: a new one, expiring `validDays` from now, for new connections.
void serveTls(QSslServer *listener, const ThrowawayCa &ca, int validDays) {
    const ThrowawayCa::Issued issued = ca.issueServerCertificate(validDays);
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(issued.certificatePem));
    configuration.setPrivateKey(QSslKey(issued.privateKeyPem, QSsl::Ec));
    listener->setSslConfiguration(configuration);
}
} // namespace

Sandbox::Sandbox(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_ca(std::make_unique<ThrowawayCa>()) {
    m_providers.emplace_back(std::make_unique<WeComSandbox>());
    m_providers.emplace_back(std::make_unique<QinceSandbox>());
    m_providers.emplace_back(std::make_unique<QiqiSandbox>());
    m_providers.emplace_back(std::make_unique<FeishuSandbox>());
    m_providers.emplace_back(std::make_unique<DingTalkSandbox>());
    m_providers.emplace_back(std::make_unique<OidcSandbox>());
    m_thread->setObjectName(QStringLiteral("sandbox"));
    // QHttpServer's TLS configuration makes OpenSSL keep per-thread state (its random generator)
    // on this thread; OpenSSL frees it only when told the thread ends, which Qt does not do.
    connect(
        m_thread, &QThread::finished, m_thread, [] { OPENSSL_thread_stop(); }, Qt::DirectConnection);
}

Sandbox::~Sandbox() {
    // Deleted on its own thread, and before the thread is told to quit: a deleteLater() queued
    // there could lose the race with quit() and leak the server with its sockets.
    if (m_server)
        QMetaObject::invokeMethod(
            m_server,
            [server = m_server, tlsServer = m_tlsServer] {
                delete server;
                delete tlsServer;
            },
            Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

bool Sandbox::start(QString *error, quint16 port) {
    m_thread->start();
    // The server and its sockets must live on the sandbox thread: create them there.
    auto *anchor = new QObject;
    anchor->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, anchor, &QObject::deleteLater);
    QMetaObject::invokeMethod(
        anchor,
        [this, port] {
            m_server = makeServer();
            m_port = static_cast<QHttpServer *>(m_server)->listen(QHostAddress::LocalHost, port);
            auto *tlsServer = makeServer();
            m_tlsListener = new QSslServer(tlsServer);
            serveTls(m_tlsListener, *m_ca, defaultTlsDays);
            if (m_tlsListener->listen(QHostAddress::LocalHost, 0)) {
                tlsServer->bind(m_tlsListener);
                m_tlsPort = m_tlsListener->serverPort();
            }
            m_tlsServer = tlsServer;
        },
        Qt::BlockingQueuedConnection);
    if (m_port == 0 || m_tlsPort == 0) {
        *error =
            tr("The sandbox could not listen on 127.0.0.1:%1. Is another program using that port?").arg(port);
        return false;
    }
    return true;
}

// A server with every platform's routes and the sandbox's own; on the sandbox thread.
QHttpServer *Sandbox::makeServer() {
    auto *server = new QHttpServer;
    for (const auto &provider : m_providers)
        provider->addRoutes(*server);
    server->route(QStringLiteral("/sandbox/control"), QHttpServerRequest::Method::Post,
                  [this](const QHttpServerRequest &request) {
                      const QJsonObject command = QJsonDocument::fromJson(request.body()).object();
                      if (command.value(QLatin1String("clear")).toBool())
                          clearFaults();
                      // Every platform's clock, seen from here (PROVIDERS §9.4: a `Date` offset).
                      if (command.contains(QLatin1String("tls_days")))
                          reissueTlsCertificate(command.value(QLatin1String("tls_days")).toInt());
                      if (command.contains(QLatin1String("clock_offset_s")))
                          m_clockOffsetSeconds =
                              qint64(command.value(QLatin1String("clock_offset_s")).toInteger());
                      ProviderSandbox *target = provider(
                          command.value(QLatin1String("provider")).toString(m_providers.front()->key()));
                      if (!target)
                          return QHttpServerResponse(QJsonObject{{QStringLiteral("ok"), false}},
                                                     QHttpServerResponse::StatusCode::BadRequest);
                      target->configure(command);
                      if (command.value(QLatin1String("invalidate_tokens")).toBool())
                          target->invalidateTokens();
                      if (command.contains(QLatin1String("auto_approve")))
                          target->setAutoApprove(command.value(QLatin1String("auto_approve")).toString());
                      if (command.contains(QLatin1String("fault")))
                          target->setFault(command.value(QLatin1String("fault")).toString(),
                                           command.value(QLatin1String("path")).toString(),
                                           command.value(QLatin1String("times")).toInt(1),
                                           command.value(QLatin1String("delay_ms")).toInt(),
                                           command.value(QLatin1String("after")).toInt());
                      return QHttpServerResponse(QJsonObject{{QStringLiteral("ok"), true}});
                  });
    // Every answer is dated, as real servers' are (RFC 9110 §6.6.1).
    server->afterRequest([this](QHttpServerResponse &&response) {
        response.setHeader("Date",
                           QLocale::c()
                               .toString(QDateTime::currentDateTimeUtc().addSecs(m_clockOffsetSeconds),
                                         QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                               .toLatin1());
        return std::move(response);
    });
    // Every credential and code each platform minted or accepted, so that a test driving another
    // process can prove none of them got out (the sandbox is a loopback stand-in, never a platform).
    server->route(QStringLiteral("/sandbox/witnessed"), [this](const QHttpServerRequest &) {
        QJsonObject witnessed;
        for (const auto &provider : m_providers)
            witnessed.insert(provider->key(),
                             QJsonObject{{QStringLiteral("credentials"),
                                          QJsonArray::fromStringList(provider->witnessedCredentials())},
                                         {QStringLiteral("codes"),
                                          QJsonArray::fromStringList(provider->witnessedCodes())}});
        return QHttpServerResponse(witnessed);
    });
    server->route(QStringLiteral("/sandbox/stats"), [this](const QHttpServerRequest &) {
        QJsonObject stats;
        for (const auto &provider : m_providers)
            stats.insert(provider->key(), provider->stats());
        return QHttpServerResponse(stats);
    });
    return server;
}

QStringList Sandbox::sandboxFaults() {
    return {QStringLiteral("clock_ten_minutes_behind"), QStringLiteral("tls_expires_in_10_days")};
}

void Sandbox::setSandboxFault(const QString &fault) {
    if (fault == QLatin1String("clock_ten_minutes_behind"))
        m_clockOffsetSeconds = -600;
    if (fault == QLatin1String("tls_expires_in_10_days"))
        reissueTlsCertificate(10);
}

void Sandbox::reissueTlsCertificate(int validDays) {
    if (!m_tlsServer) // not before start()
        return;
    QMetaObject::invokeMethod(
        m_tlsServer, [this, validDays] { serveTls(m_tlsListener, *m_ca, validDays); },
        QThread::currentThread() == m_thread ? Qt::DirectConnection : Qt::BlockingQueuedConnection);
}

void Sandbox::clearFaults() {
    m_clockOffsetSeconds = 0;
    reissueTlsCertificate(defaultTlsDays);
    for (const auto &provider : m_providers)
        provider->clearFaults();
}

ProviderSandbox *Sandbox::provider(const QString &key) const {
    for (const auto &provider : m_providers)
        if (provider->providerKeys().contains(key))
            return provider.get();
    return nullptr;
}

QUrl Sandbox::baseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QUrl Sandbox::tlsBaseUrl() const {
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_tlsPort));
}

QByteArray Sandbox::caCertificatePem() const {
    return m_ca->certificatePem();
}
