#include "CallbackListener.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

namespace {
constexpr int maxRequestBytes = 16 * 1024;

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 405:
        return "Method Not Allowed";
    default:
        return "Error";
    }
}
} // namespace

CallbackListener::CallbackListener(Handler handler, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_server(new QTcpServer(this)) {
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
}

bool CallbackListener::listen(const QString &address, QString *error) {
    const int colon = address.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const quint16 port = quint16(address.mid(colon + 1).toUInt(&portOk));
    QHostAddress host;
    if (colon <= 0 || !portOk ||
        !host.setAddress(address.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')))) {
        *error = QCoreApplication::translate("CallbackListener",
                                             "The callback listen address \"%1\" is not HOST:PORT "
                                             "(e.g. 127.0.0.1:0 for any free port).")
                     .arg(address);
        return false;
    }
    if (!m_server->listen(host, port)) {
        *error = QCoreApplication::translate("CallbackListener",
                                             "Cannot listen for the platform's callback on %1: %2.")
                     .arg(address, m_server->errorString());
        return false;
    }
    return true;
}

QUrl CallbackListener::url() const {
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_server->serverAddress().toString());
    url.setPort(m_server->serverPort());
    url.setPath(QStringLiteral("/"));
    return url;
}

void CallbackListener::serve(QTcpSocket *socket) {
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
        if (socket->property("answered").toBool())
            return;
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        socket->setProperty("buffer", buffer);
        if (!buffer.contains("\r\n\r\n") && buffer.size() < maxRequestBytes)
            return; // wait for the rest of the head
        socket->setProperty("answered", true);
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        int status = 400;
        if (requestLine.size() == 3 && requestLine.at(0) != "GET")
            status = 405;
        else if (requestLine.size() == 3)
            status = m_handler(url().resolved(QUrl::fromEncoded(requestLine.at(1))));
        const QByteArray body = status == 200 ? "ok\n" : reasonPhrase(status) + '\n';
        socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                      "\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size()) +
                      "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    });
}
