#pragma once

#include "Result.h"

#include <QObject>
#include <QUrl>
#include <functional>

class QTcpServer;
class QTcpSocket;

// A minimal HTTP listener for a platform's server calling back: 企企's normal mode (`GET
// …?openid=…&requestId=…`, expects 200) and WeCom's service-provider callback (GET to verify the
// URL, POSTs of encrypted events, PROVIDERS §8.2). Each request is answered with what the handler
// returns, then the connection closes. Core links no HTTP server module, and one request with a
// query string and a small body is all this needs.
class CallbackListener : public QObject {
    Q_OBJECT

public:
    using Handler = std::function<int(const QUrl &url)>; // returns the HTTP status to answer
    struct Request {
        QByteArray method; // GET or POST
        QUrl url;
        QByteArray body;
    };
    struct Reply {
        int status = 200;
        QByteArray body; // answered as text/plain; empty: the status's own words
    };
    using RequestHandler = std::function<Reply(const Request &request)>;

    // What the bytes a client sent so far say: the head is not complete yet, too large, or a
    // request line to answer. The one parser of the listener, testable without a socket.
    struct Head {
        enum class State { Incomplete, TooLarge, Malformed, Complete };
        State state = State::Incomplete;
        QByteArray method;
        QByteArray target;        // the request target, as sent (path and query)
        qint64 contentLength = 0; // Content-Length; -1 when it is not a number
        qsizetype bodyStart = 0;  // where the body begins in what was received
    };
    static Head parseHead(const QByteArray &received);

    static constexpr int maxHeadBytes = 16 * 1024;
    static constexpr int maxConnections = 32;
    static constexpr int maxBodyBytes = 64 * 1024;

    // Only GET requests to `path` reach the handler (others: 405, 404).
    CallbackListener(Handler handler, const QString &path, QObject *parent = nullptr);
    // GET and POST requests to `path` reach the handler, a POST once its whole body is in.
    CallbackListener(RequestHandler handler, const QString &path, QObject *parent = nullptr);

    // `address` is HOST:PORT; port 0 picks a free one.
    Status listen(const QString &address);
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

    void answer(QTcpSocket *socket, int status, const QByteArray &body = {});

    RequestHandler m_handler;
    QString m_path;
    QTcpServer *m_server;
    QUrl m_url;
    int m_connections = 0;
    QByteArray m_page;
};
