#include "Sandbox.h"

#include "WeComSandbox.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

Sandbox::Sandbox(QObject *parent)
    : QObject(parent)
    , m_wecom(std::make_unique<WeComSandbox>())
    , m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("sandbox"));
}

Sandbox::~Sandbox()
{
    if (m_server)
        QMetaObject::invokeMethod(m_server, [server = m_server] { server->deleteLater(); });
    m_thread->quit();
    m_thread->wait();
}

bool Sandbox::start(QString *error, quint16 port)
{
    m_thread->start();
    // The server and its sockets must live on the sandbox thread: create them there.
    auto *anchor = new QObject;
    anchor->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, anchor, &QObject::deleteLater);
    QMetaObject::invokeMethod(
        anchor,
        [this, port] {
            auto *server = new QHttpServer;
            m_wecom->addRoutes(*server);
            server->route(QStringLiteral("/sandbox/control"), QHttpServerRequest::Method::Post,
                          [this](const QHttpServerRequest &request) {
                              const QJsonObject command = QJsonDocument::fromJson(request.body()).object();
                              if (command.value(QLatin1String("clear")).toBool())
                                  m_wecom->clearFaults();
                              if (command.value(QLatin1String("invalidate_tokens")).toBool())
                                  m_wecom->invalidateTokens();
                              if (command.contains(QLatin1String("auto_approve")))
                                  m_wecom->setAutoApprove(command.value(QLatin1String("auto_approve")).toString());
                              if (command.contains(QLatin1String("fault")))
                                  m_wecom->setFault(command.value(QLatin1String("fault")).toString(),
                                                    command.value(QLatin1String("path")).toString(),
                                                    command.value(QLatin1String("times")).toInt(1),
                                                    command.value(QLatin1String("delay_ms")).toInt());
                              return QHttpServerResponse(QJsonObject{{QStringLiteral("ok"), true}});
                          });
            server->route(QStringLiteral("/sandbox/stats"), [this](const QHttpServerRequest &) {
                return QHttpServerResponse(QJsonObject{{QStringLiteral("wecom"), m_wecom->stats()}});
            });
            m_port = server->listen(QHostAddress::LocalHost, port);
            m_server = server;
        },
        Qt::BlockingQueuedConnection);
    if (m_port == 0) {
        *error = tr("The sandbox could not listen on 127.0.0.1:%1. Is another program using that port?").arg(port);
        return false;
    }
    return true;
}

QUrl Sandbox::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}
