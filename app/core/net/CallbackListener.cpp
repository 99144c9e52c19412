#include "net/CallbackListener.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace {
int idleTimeoutMs = 10000;

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}
} // namespace

CallbackListener::CallbackListener(Handler handler, const QString &path, QObject *parent)
    : CallbackListener(
          [handler = std::move(handler)](const Request &request) {
              return request.method == "GET" ? Reply{handler(request.url), {}} : Reply{405, {}};
          },
          path, parent) {
}

CallbackListener::CallbackListener(RequestHandler handler, const QString &path, QObject *parent)
    : QObject(parent), m_handler(std::move(handler)), m_path(path), m_server(new QTcpServer(this)) {
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection())
            serve(socket);
    });
}

Status CallbackListener::listen(const QString &address) {
    const int colon = address.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const quint16 port = quint16(address.mid(colon + 1).toUInt(&portOk));
    QHostAddress host;
    if (colon <= 0 || !portOk ||
        !host.setAddress(address.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')))) {
        return Error::failed(QCoreApplication::translate(
                                 "CallbackListener", "The callback listen address \"%1\" is not HOST:PORT "
                                                     "(e.g. 127.0.0.1:0 for any free port).")
                                 .arg(address));
    }
    if (!m_server->listen(host, port))
        return Error{Error::Kind::Unavailable,
                     QCoreApplication::translate("CallbackListener",
                                                 "Cannot listen for the platform's callback on %1: %2.")
                         .arg(address, m_server->errorString())};
    // Kept: the address stays known (for the timeline) once the listener has closed.
    m_url.setScheme(QStringLiteral("http"));
    m_url.setHost(m_server->serverAddress().toString());
    m_url.setPort(m_server->serverPort());
    m_url.setPath(m_path);
    return Done{};
}

QUrl CallbackListener::url() const {
    return m_url;
}

void CallbackListener::close() {
    m_server->close();
}

void CallbackListener::setIdleTimeout(int milliseconds) {
    idleTimeoutMs = milliseconds;
}

bool CallbackListener::isLoopback() const {
    return QHostAddress(m_url.host()).isLoopback();
}

CallbackListener::Head CallbackListener::parseHead(const QByteArray &received) {
    Head head;
    const qsizetype end = received.indexOf("\r\n\r\n");
    if (end < 0) {
        head.state = received.size() > maxHeadBytes ? Head::State::TooLarge : Head::State::Incomplete;
        return head;
    }
    if (end > maxHeadBytes) {
        head.state = Head::State::TooLarge;
        return head;
    }
    const QList<QByteArray> requestLine = received.left(received.indexOf("\r\n")).split(' ');
    // METHOD /target HTTP/1.x: a method of capitals, a target without control characters.
    auto isMethod = [](const QByteArray &method) {
        return !method.isEmpty() &&
               std::all_of(method.begin(), method.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    auto isTarget = [](const QByteArray &target) {
        return target.startsWith('/') && std::none_of(target.begin(), target.end(), [](char c) {
                   return uchar(c) <= 0x20 || uchar(c) == 0x7f;
               });
    };
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.") || !isMethod(requestLine.at(0)) ||
        !isTarget(requestLine.at(1))) {
        head.state = Head::State::Malformed;
        return head;
    }
    head.state = Head::State::Complete;
    head.method = requestLine.at(0);
    head.target = requestLine.at(1);
    head.bodyStart = end + 4;
    for (const QByteArray &line : received.left(end).split('\n').mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0) {
            bool isNumber = false;
            head.contentLength = line.mid(colon + 1).trimmed().toLongLong(&isNumber);
            if (!isNumber || head.contentLength < 0)
                head.contentLength = -1;
        }
    }
    return head;
}

void CallbackListener::answer(QTcpSocket *socket, int status, const QByteArray &given) {
    socket->setProperty("answered", true);
    const bool page = status == 200 && given.isEmpty() && !m_page.isEmpty();
    const QByteArray body = !given.isEmpty() ? given
                            : page           ? m_page
                            : status == 200  ? "ok\n"
                                             : reasonPhrase(status) + '\n';
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) +
                  "\r\nContent-Type: " + (page ? "text/html; charset=utf-8" : "text/plain") +
                  "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
                  body);
    socket->disconnectFromHost();
}

void CallbackListener::serve(QTcpSocket *socket) {
    // The listener may face the internet (77hub must reach it): a bounded number of connections,
    // each with a bounded head and a bounded time to send it.
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    if (m_connections >= maxConnections) {
        socket->abort();
        return;
    }
    ++m_connections;
    connect(socket, &QObject::destroyed, this, [this] { --m_connections; });
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    connect(idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
    idle->start(idleTimeoutMs);
    connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
        if (socket->property("answered").toBool()) {
            socket->readAll();
            return;
        }
        const QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        socket->setProperty("buffer", buffer);
        const Head head = parseHead(buffer);
        switch (head.state) {
        case Head::State::Incomplete:
            return; // wait for the rest of the head, within the idle timeout
        case Head::State::TooLarge:
            return answer(socket, 431);
        case Head::State::Malformed:
            return answer(socket, 400);
        case Head::State::Complete:
            break;
        }
        const QUrl target = url().resolved(QUrl::fromEncoded(head.target));
        if (head.method != "GET" && head.method != "POST")
            return answer(socket, 405);
        if (target.path() != m_path)
            return answer(socket, 404);
        if (head.contentLength < 0)
            return answer(socket, 400);
        if (head.contentLength > maxBodyBytes)
            return answer(socket, 413);
        if (buffer.size() - head.bodyStart < head.contentLength)
            return; // wait for the rest of the body, within the idle timeout
        const Reply reply = m_handler({head.method, target, buffer.mid(head.bodyStart, head.contentLength)});
        answer(socket, reply.status, reply.body);
    });
}
