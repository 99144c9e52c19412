#pragma once

#include "Result.h"
#include "providers/Provider.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>

class SecretStore;

// An access token handed to a caller.
struct Token {
    QString value;
    bool fromCache = false; // reused, no fetch was made for this caller
};
using TokenResult = Result<Token>;

// A token as the platform issued it.
struct FetchedToken {
    QString value;
    int expiresInSeconds = 0;
};

// One access token per TokenKey (a tenant and what the token was issued for), reused until
// `expires_in - 200 s`, and persisted in the keychain so that separate runs and the CLI reuse it.
// Concurrent callers share one fetch. The cache owns its fetches (qBittorrent's DownloadManager
// owns its replies the same way): a fetch goes on when the caller that started it is gone, always
// ends — HTTP requests time out — and resolves every waiter that still exists; a waiter whose
// guard object was destroyed is skipped, never called.
class TokenCache : public QObject {
    Q_OBJECT

public:
    // Fetches a token for the cache: its requests and timers must be guarded by `owner` (the
    // cache), and it must call `done` exactly once.
    using Fetcher =
        std::function<void(QObject *owner, std::function<void(const Result<FetchedToken> &)> done)>;
    using Callback = std::function<void(const TokenResult &)>;

    static constexpr int safetyMarginSeconds = 200;

    explicit TokenCache(SecretStore *secrets, QObject *parent = nullptr);

    // Calls `fetch` only when neither memory nor keychain hold a valid token for `key` and no
    // fetch for it is already under way. `done` runs unless `waiter` has been destroyed by then.
    void get(const TokenKey &key, QObject *waiter, Fetcher fetch, Callback done);
    // The platform rejected `token`: drops it from memory and keychain, unless the cache already
    // holds another (newer) token for `key`, which stays.
    void invalidate(const TokenKey &key, const QString &token);
    // Forgets every token of the tenant in `tokenSlots` (Provider::tokenSlots): its secret changed.
    void forgetTenant(const QString &tenantId, const QStringList &tokenSlots);
    // The keychain name of a tenant's token in `slot` (TokenKey::slot).
    static QString keychainName(const QString &slot = {}) {
        return slot.isEmpty() ? QStringLiteral("access_token") : QStringLiteral("access_token.") + slot;
    }

private:
    struct Entry {
        QString token;
        QDateTime validUntil;
    };
    struct Waiter {
        QPointer<QObject> guard;
        Callback done;
    };
    void fetchNow(const TokenKey &key, Fetcher fetch);
    void resolve(const QString &id, const TokenResult &result);
    void removeFromKeychain(const TokenKey &key, const QString &token);

    SecretStore *m_secrets;
    QHash<QString, Entry> m_entries;         // by TokenKey::id()
    QHash<QString, QList<Waiter>> m_pending; // by TokenKey::id()
    QSet<QString> m_rejected;                // tokens a platform rejected: never handed out again
};
