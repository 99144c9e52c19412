#pragma once

#include "Result.h"

#include <QObject>
#include <QString>
#include <functional>

namespace Keychain {
enum class Operation;
}

// A secret read from (or written to) the keychain: its value, or why not. A keychain that works
// but holds no such entry answers Error::Kind::NotFound; one that cannot be used, Unavailable.
using SecretResult = Result<QString>;

// Secrets in the OS keychain through QtKeychain (the module Keychain.h loads), never anywhere else: the
// plain-text fallback is off, and a keychain that is missing or locked is reported as such. All calls are
// asynchronous; `done` runs in the event loop, and never once `context` is gone.
class SecretStore : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const SecretResult &)>;

    explicit SecretStore(QObject *parent = nullptr);

    static QString keyFor(const QString &tenantId, const QString &name);

    void read(const QString &key, QObject *context, Callback done);
    void write(const QString &key, const QString &value, QObject *context, Callback done);
    void remove(const QString &key, QObject *context, Callback done);
    // isAvailable() of QtKeychain says yes as soon as libsecret loads, so check with a real
    // write, read and delete of a probe entry.
    void probe(QObject *context, Callback done);

    static QString unavailableMessage(const QString &detail);
    // Keychain operations started and not yet answered (whoever asked may be gone already).
    int underWay() const { return m_underWay; }

private:
    void run(Keychain::Operation operation, const QString &key, const QString &value, QObject *context,
             Callback done);
    QString m_service;
    int m_underWay = 0;
};
