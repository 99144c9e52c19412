#include "store/SecretStore.h"
#include "store/Keychain.h"

#include "net/Redactor.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSecretStore, "authdesk.core.secretstore")

namespace {
// The keychain's answer, with a read's value as the success value.
SecretResult resultOf(const Keychain::Answer &answer) {
    switch (answer.outcome) {
    case Keychain::Answer::Outcome::Done:
        return answer.value;
    case Keychain::Answer::Outcome::NotFound:
        return Error{Error::Kind::NotFound, SecretStore::tr("The keychain holds no such secret.")};
    case Keychain::Answer::Outcome::Failed:
        break;
    }
    qCWarning(lcSecretStore) << "keychain job failed:" << answer.detail;
    return Error{Error::Kind::Unavailable, SecretStore::unavailableMessage(answer.detail)};
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
    run(Keychain::Operation::Read, key, {}, context, [done](const SecretResult &result) {
        if (result.ok())
            Redactor::registerSecret(result.value());
        done(result);
    });
}

void SecretStore::write(const QString &key, const QString &value, QObject *context, Callback done) {
    Redactor::registerSecret(value);
    run(Keychain::Operation::Write, key, value, context, std::move(done));
}

void SecretStore::remove(const QString &key, QObject *context, Callback done) {
    run(Keychain::Operation::Remove, key, {}, context, [done](const SecretResult &result) {
        done(result.error().is(Error::Kind::NotFound) ? SecretResult(QString())
                                                      : result); // already gone is what we wanted
    });
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

void SecretStore::run(Keychain::Operation operation, const QString &key, const QString &value,
                      QObject *context, Callback done) {
    ++m_underWay;
    const QPointer<QObject> asker(context); // whoever asked may be gone by the answer
    Keychain::whenLoaded(this, [this, operation, key, value, asker,
                                done](const Result<Keychain::Start> &start) {
        if (!start.ok()) { // answered from the event loop, as the keychain answers
            QTimer::singleShot(0, this, [this, asker, done, error = start.errorText()] {
                --m_underWay;
                if (asker)
                    done(
                        Error{Error::Kind::Unavailable,
                              tr("AuthDesk's keychain module could not be loaded (%1), so no secret was read "
                                 "or stored.")
                                  .arg(error),
                              tr("Reinstall AuthDesk.")});
            });
            return;
        }
        start.value()(operation, m_service, key, value, this,
                      [this, asker, done](const Keychain::Answer &answer) {
                          --m_underWay;
                          if (asker)
                              done(resultOf(answer));
                      });
    });
}
