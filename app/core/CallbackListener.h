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

    explicit CallbackListener(Handler handler, QObject *parent = nullptr);

    // `address` is HOST:PORT; port 0 picks a free one.
    bool listen(const QString &address, QString *error);
    QUrl url() const; // http://host:port/

private:
    void serve(QTcpSocket *socket);

    Handler m_handler;
    QTcpServer *m_server;
};
