#pragma once

#include <QObject>
#include <QUrl>
#include <memory>

class QThread;
class WeComSandbox;

// The built-in stand-in for the three platforms, over real HTTP on 127.0.0.1, on its own thread so
// that a deliberately slow answer never blocks the client under test.
// Besides the platform endpoints it serves /sandbox/control (POST, JSON) so that a sandbox in
// another process (`authdesk sandbox serve`) can be steered by tests:
//   {"provider":"wecom","fault":"busy","path":"auth/getuserinfo","times":1,"delay_ms":0}
//   {"provider":"wecom","auto_approve":"zhangsan"}   {"clear":true}   {"invalidate_tokens":true}
// and GET /sandbox/stats for request counters.
class Sandbox : public QObject {
    Q_OBJECT

public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    bool start(QString *error, quint16 port = 0);
    QUrl baseUrl() const;
    WeComSandbox &wecom() { return *m_wecom; }

private:
    std::unique_ptr<WeComSandbox> m_wecom;
    QThread *m_thread;
    QObject *m_server = nullptr; // the QHttpServer, living on m_thread
    quint16 m_port = 0;
};
