#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <functional>

class SecretStore;

struct TokenResult {
    bool ok = false;
    QString token;
    bool fromCache = false; // reused, no fetch was made for this caller
    QString error;          // in words
};

// One access token per tenant, reused until `expires_in - 200 s`, and persisted in the keychain
// so that separate runs and the CLI reuse it. Concurrent callers share one fetch.
class TokenCache : public QObject {
    Q_OBJECT

public:
    struct Fetched {
        bool ok = false;
        QString token;
        int expiresInSeconds = 0;
        QString error;
    };
    using Fetcher = std::function<void(std::function<void(const Fetched &)>)>;
    using Callback = std::function<void(const TokenResult &)>;

    static constexpr int safetyMarginSeconds = 200;

    explicit TokenCache(SecretStore *secrets, QObject *parent = nullptr);

    // Calls `fetch` only when neither memory nor keychain hold a valid token and no fetch for
    // this tenant is already under way.
    void get(const QString &tenantId, Fetcher fetch, Callback done);
    // Drops the token from memory and keychain (the platform said it is invalid).
    void invalidate(const QString &tenantId);
    static QString keychainName() { return QStringLiteral("access_token"); }

private:
    struct Entry {
        QString token;
        QDateTime validUntil;
    };
    struct Pending {
        QList<Callback> waiters;
    };
    void fetchNow(const QString &tenantId, Fetcher fetch);
    void resolve(const QString &tenantId, const TokenResult &result);

    SecretStore *m_secrets;
    QHash<QString, Entry> m_entries;
    QHash<QString, Pending> m_pending;
};
