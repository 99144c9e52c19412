#pragma once

#include "ProviderSandbox.h"

#include <QObject>
#include <QUrl>
#include <memory>
#include <vector>

class QThread;

// The built-in stand-in for the platforms, over real HTTP on 127.0.0.1, on its own thread so
// that a deliberately slow answer never blocks the client under test. All platforms share one
// port (their paths do not overlap).
// Besides the platform endpoints it serves /sandbox/control (POST, JSON) so that a sandbox in
// another process (`authdesk sandbox serve`) can be steered by tests, with a platform's key as
// "provider" (default: the first platform):
//   {"provider":KEY,"fault":"busy","path":"auth/getuserinfo","times":1,"delay_ms":0}
//   {"provider":KEY,"auto_approve":"deny"}   {"clear":true}   {"provider":KEY,"invalidate_tokens":true}
//   {"provider":KEY,"callback_url":"http://127.0.0.1:5000/openid"}   (a platform's own settings)
// and GET /sandbox/stats for request counters per platform. Platforms register in Sandbox.cpp.
class Sandbox : public QObject {
    Q_OBJECT

public:
    explicit Sandbox(QObject *parent = nullptr);
    ~Sandbox() override;

    bool start(QString *error, quint16 port = 0);
    bool isRunning() const { return m_port != 0; }
    QUrl baseUrl() const;
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
    std::vector<std::unique_ptr<ProviderSandbox>> m_providers;
    QThread *m_thread;
    QObject *m_server = nullptr; // the QHttpServer, living on m_thread
    quint16 m_port = 0;
    qint64 m_clockOffsetSeconds = 0; // how far the platforms' `Date` is from this computer's clock
};
