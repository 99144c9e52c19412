#include "providers/TokenCache.h"

#include "net/Redactor.h"
#include "store/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTokenCache, "authdesk.core.tokencache")

namespace {
QString keychainKey(const TokenKey &key) {
    return SecretStore::keyFor(key.tenantId, TokenCache::keychainName(key.slot));
}

// The keychain entry: {"token", "valid_until", "issued_for"}. A token issued for something else
// (another endpoint or client id) reads as no token.
struct StoredToken {
    QString token;
    QDateTime validUntil;
    QString issuedFor;

    static StoredToken parse(const QString &text) {
        const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
        return {object.value(QLatin1String("token")).toString(),
                QDateTime::fromSecsSinceEpoch(qint64(object.value(QLatin1String("valid_until")).toDouble()),
                                              Qt::UTC),
                object.value(QLatin1String("issued_for")).toString()};
    }
    QString serialize() const {
        const QJsonObject object{{QStringLiteral("token"), token},
                                 {QStringLiteral("valid_until"), double(validUntil.toSecsSinceEpoch())},
                                 {QStringLiteral("issued_for"), issuedFor}};
        return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    }
};
} // namespace

TokenCache::TokenCache(SecretStore *secrets, QObject *parent) : QObject(parent), m_secrets(secrets) {
}

void TokenCache::get(const TokenKey &key, QObject *waiter, Fetcher fetch, Callback done) {
    const QString id = key.id();
    const auto cached = m_entries.constFind(id);
    if (cached != m_entries.cend() && cached->validUntil > QDateTime::currentDateTimeUtc()) {
        done(Token{cached->token, true});
        return;
    }
    auto pending = m_pending.find(id);
    if (pending != m_pending.end()) {
        pending->append({waiter, done});
        return;
    }
    m_pending.insert(id, {{waiter, done}});

    m_secrets->read(keychainKey(key), this, [this, key, fetch](const SecretResult &stored) {
        if (stored.ok()) {
            const StoredToken token = StoredToken::parse(stored.value());
            if (!token.token.isEmpty() && token.issuedFor == key.issuedFor &&
                !m_rejected.contains(token.token) && token.validUntil > QDateTime::currentDateTimeUtc()) {
                Redactor::registerSecret(token.token);
                m_entries.insert(key.id(), Entry{token.token, token.validUntil});
                resolve(key.id(), Token{token.token, true});
                return;
            }
        }
        // A keychain that cannot be read still lets the run go on with a fresh token; the
        // failure to persist it is logged when writing.
        fetchNow(key, fetch);
    });
}

void TokenCache::fetchNow(const TokenKey &key, Fetcher fetch) {
    fetch(this, [this, key](const Result<FetchedToken> &fetched) {
        if (!fetched.ok()) {
            resolve(key.id(), fetched.error());
            return;
        }
        const FetchedToken &token = fetched.value();
        Redactor::registerSecret(token.value);
        const QDateTime validUntil =
            QDateTime::currentDateTimeUtc().addSecs(qMax(0, token.expiresInSeconds - safetyMarginSeconds));
        m_entries.insert(key.id(), Entry{token.value, validUntil});
        m_secrets->write(keychainKey(key), StoredToken{token.value, validUntil, key.issuedFor}.serialize(),
                         this, [](const SecretResult &written) {
                             if (!written.ok())
                                 qCWarning(lcTokenCache) << "token not persisted:" << written.errorText();
                         });
        resolve(key.id(), Token{token.value, false});
    });
}

void TokenCache::resolve(const QString &id, const TokenResult &result) {
    const QList<Waiter> waiters = m_pending.take(id);
    bool first = true;
    for (const Waiter &waiter : waiters) {
        if (!waiter.guard)
            continue; // its owner is gone (a cancelled run or sync)
        TokenResult forWaiter = result;
        if (!first && forWaiter.ok())
            forWaiter.value().fromCache = true; // only the first caller caused the fetch
        first = false;
        waiter.done(forWaiter);
    }
}

void TokenCache::invalidate(const TokenKey &key, const QString &token) {
    const auto cached = m_entries.constFind(key.id());
    if (cached != m_entries.cend() && cached->token != token)
        return; // a newer token replaced the rejected one: keep it
    m_entries.remove(key.id());
    m_rejected.insert(token); // the keychain may still hold it until the removal below is done
    removeFromKeychain(key, token);
}

void TokenCache::removeFromKeychain(const TokenKey &key, const QString &token) {
    // Another process may have stored a newer token meanwhile: remove only the rejected one.
    m_secrets->read(keychainKey(key), this, [this, key, token](const SecretResult &stored) {
        if (!stored.ok() || StoredToken::parse(stored.value()).token != token)
            return;
        m_secrets->remove(keychainKey(key), this, [](const SecretResult &) {});
    });
}

void TokenCache::forgetTenant(const QString &tenantId, const QStringList &tokenSlots) {
    const QString prefix = tenantId + QLatin1Char('\n');
    for (auto it = m_entries.begin(); it != m_entries.end();)
        it = it.key().startsWith(prefix) ? m_entries.erase(it) : std::next(it);
    for (const QString &slot : tokenSlots)
        m_secrets->remove(SecretStore::keyFor(tenantId, keychainName(slot)), this,
                          [](const SecretResult &) {});
}
