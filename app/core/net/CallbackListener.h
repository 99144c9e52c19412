#pragma once

#include <QObject>
#include <QUrl>
#include <functional>

class QTcpServer;
class QTcpSocket;

// A minimal HTTP listener for 企企's normal mode, where 企企's server calls the developer's
// callbackUrl with `GET …?openid=…&requestId=…` and expects 200. Each request is answered with
// the status the handler returns, then the connection closes. Core links no HTTP server module,
// and one GET with a query string is all this needs.
class CallbackListener : public QObject {
    Q_OBJECT

public:
    using Handler = std::function<int(const QUrl &url)>; // returns the HTTP status to answer

    // What the bytes a client sent so far say: the head is not complete yet, too large, or a
    // request line to answer. The one parser of the listener, testable without a socket.
    struct Head {
        enum class State { Incomplete, TooLarge, Malformed, Complete };
        State state = State::Incomplete;
        QByteArray method;
        QByteArray target; // the request target, as sent (path and query)
    };
    static Head parseHead(const QByteArray &received);

    static constexpr int maxHeadBytes = 16 * 1024;
    static constexpr int maxConnections = 32;

    // Only GET requests to `path` reach the handler (others: 405, 404).
    CallbackListener(Handler handler, const QString &path, QObject *parent = nullptr);

    // `address` is HOST:PORT; port 0 picks a free one.
    bool listen(const QString &address, QString *error);
    QUrl url() const; // http://host:port/path
    // Stops listening and frees the port (a tenant's fixed callback port, which the next run
    // listens on); a request being answered is finished.
    void close();
    bool isLoopback() const;
    // What a 200 answers instead of "ok": an HTML page for a person's browser.
    void setPage(const QByteArray &html) { m_page = html; }
    // How long a connection may stay without completing its request (10 s); shorter in tests.
    static void setIdleTimeout(int milliseconds);

private:
    void serve(QTcpSocket *socket);

    void answer(QTcpSocket *socket, int status);

    Handler m_handler;
    QString m_path;
    QTcpServer *m_server;
    QUrl m_url;
    int m_connections = 0;
    QByteArray m_page;
};
