#include "store/SecretStore.h"

#include "net/Redactor.h"

#include <QLoggingCategory>
#include <QPointer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecretStore, "authdesk.core.secretstore")

namespace {
template <typename Job> Job *prepare(const QString &service, const QString &key, QObject *parent) {
    auto *job = new Job(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

// The job's outcome, with `value` as the success value.
SecretResult resultOf(QKeychain::Job *job, const QString &value = {}) {
    switch (job->error()) {
    case QKeychain::NoError:
        return value;
    case QKeychain::EntryNotFound:
        return Error{Error::Kind::NotFound, SecretStore::tr("The keychain holds no such secret.")};
    default:
        qCWarning(lcSecretStore) << "keychain job failed:" << job->error() << job->errorString();
        return Error{Error::Kind::Unavailable, SecretStore::unavailableMessage(job->errorString())};
    }
}
} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent), m_service(QStringLiteral("AuthDesk")) {
}

QString SecretStore::keyFor(const QString &tenantId, const QString &name) {
    return QStringLiteral("tenant/%1/%2").arg(tenantId, name);
}

QString SecretStore::unavailableMessage(const QString &detail) {
    return tr("The OS keychain is not available (%1). AuthDesk keeps secrets only in the keychain, so "
              "nothing was stored. Install and start a Secret Service such as GNOME Keyring "
              "(Debian: apt install gnome-keyring) or KWallet, unlock it, and try again.")
        .arg(detail);
}

void SecretStore::read(const QString &key, QObject *context, Callback done) {
    auto *job = prepare<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, context, [job, done] {
        const SecretResult result = resultOf(job, job->textData());
        if (result.ok())
            Redactor::registerSecret(result.value());
        done(result);
    });
    start(job);
}

void SecretStore::write(const QString &key, const QString &value, QObject *context, Callback done) {
    Redactor::registerSecret(value);
    auto *job = prepare<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, context, [job, done] { done(resultOf(job)); });
    start(job);
}

void SecretStore::remove(const QString &key, QObject *context, Callback done) {
    auto *job = prepare<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, context, [job, done] {
        const SecretResult result = resultOf(job);
        done(result.error().is(Error::Kind::NotFound) ? SecretResult(QString())
                                                      : result); // already gone is what we wanted
    });
    start(job);
}

void SecretStore::probe(QObject *context, Callback done) {
    const QString key = QStringLiteral("probe");
    const QString value = QStringLiteral("authdesk-probe");
    QPointer<SecretStore> self(this);
    write(key, value, context, [self, key, value, context, done](const SecretResult &written) {
        if (!written.ok() || !self)
            return done(written);
        self->read(key, context, [self, key, value, context, done](const SecretResult &readBack) {
            if (!readBack.ok() || readBack.value() != value || !self)
                return done(readBack.ok()
                                ? SecretResult(Error{Error::Kind::Unavailable,
                                                     unavailableMessage(tr("read back a different value"))})
                                : readBack);
            self->remove(key, context, done);
        });
    });
}

void SecretStore::start(QKeychain::Job *job) {
    ++m_underWay;
    connect(job, &QKeychain::Job::finished, this, [this] { --m_underWay; });
    job->start();
}
