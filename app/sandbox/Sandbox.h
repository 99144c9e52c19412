#pragma once

#include <QObject>
#include <QUrl>
#include <memory>
#include <vector>

class QThread;
class ProviderSandbox;
class QiqiSandbox;
class QinceSandbox;
class WeComSandbox;

// The built-in stand-in for the platforms, over real HTTP on 127.0.0.1, on its own thread so
// that a deliberately slow answer never blocks the client under test. All platforms share one
// port (their paths do not overlap).
// Besides the platform endpoints it serves /sandbox/control (POST, JSON) so that a sandbox in
// another process (`authdesk sandbox serve`) can be steered by tests:
//   {"provider":"wecom","fault":"busy","path":"auth/getuserinfo","times":1,"delay_ms":0}
//   {"provider":"qince","auto_approve":"deny"}   {"clear":true}   {"provider":"wecom","invalidate_tokens":true}
//   {"provider":"qiqi","callback_url":"http://127.0.0.1:5000/openid"}
// ("provider" defaults to wecom) and GET /sandbox/stats for request counters per platform.
class Sandbox : public QObject {
    Q_OBJECT

public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    bool start(QString *error, quint16 port = 0);
    QUrl baseUrl() const;
    ProviderSandbox *provider(const QString &key) const;
    WeComSandbox &wecom() const { return *m_wecom; }
    QinceSandbox &qince() const { return *m_qince; }
    QiqiSandbox &qiqi() const { return *m_qiqi; }

private:
    WeComSandbox *m_wecom;
    QinceSandbox *m_qince;
    QiqiSandbox *m_qiqi;
    std::vector<std::unique_ptr<ProviderSandbox>> m_providers;
    QThread *m_thread;
    QObject *m_server = nullptr; // the QHttpServer, living on m_thread
    quint16 m_port = 0;
};
