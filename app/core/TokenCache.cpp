#include "TokenCache.h"

#include "Redactor.h"
#include "SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcTokenCache, "authdesk.core.tokencache")

TokenCache::TokenCache(SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
}

void TokenCache::get(const QString &tenantId, Fetcher fetch, Callback done)
{
    const auto cached = m_entries.constFind(tenantId);
    if (cached != m_entries.cend() && cached->validUntil > QDateTime::currentDateTimeUtc()) {
        done(TokenResult{true, cached->token, true, {}});
        return;
    }
    auto pending = m_pending.find(tenantId);
    if (pending != m_pending.end()) {
        pending->waiters.append(done);
        return;
    }
    m_pending.insert(tenantId, Pending{{done}});

    const QString key = SecretStore::keyFor(tenantId, keychainName());
    m_secrets->read(key, this, [this, tenantId, fetch](const SecretResult &stored) {
        if (stored.ok) {
            const QJsonObject object = QJsonDocument::fromJson(stored.value.toUtf8()).object();
            const QString token = object.value(QLatin1String("token")).toString();
            const QDateTime validUntil =
                QDateTime::fromSecsSinceEpoch(qint64(object.value(QLatin1String("valid_until")).toDouble()), Qt::UTC);
            if (!token.isEmpty() && validUntil > QDateTime::currentDateTimeUtc()) {
                Redactor::registerSecret(token);
                m_entries.insert(tenantId, Entry{token, validUntil});
                resolve(tenantId, TokenResult{true, token, true, {}});
                return;
            }
        }
        // A keychain that cannot be read still lets the run go on with a fresh token; the
        // failure to persist it is logged when writing.
        fetchNow(tenantId, fetch);
    });
}

void TokenCache::fetchNow(const QString &tenantId, Fetcher fetch)
{
    fetch([this, tenantId](const Fetched &fetched) {
        if (!fetched.ok) {
            resolve(tenantId, TokenResult{false, {}, false, fetched.error});
            return;
        }
        Redactor::registerSecret(fetched.token);
        const QDateTime validUntil =
            QDateTime::currentDateTimeUtc().addSecs(qMax(0, fetched.expiresInSeconds - safetyMarginSeconds));
        m_entries.insert(tenantId, Entry{fetched.token, validUntil});
        const QJsonObject stored{{QStringLiteral("token"), fetched.token},
                                 {QStringLiteral("valid_until"), double(validUntil.toSecsSinceEpoch())}};
        m_secrets->write(SecretStore::keyFor(tenantId, keychainName()),
                         QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)), this,
                         [](const SecretResult &written) {
                             if (!written.ok)
                                 qCWarning(lcTokenCache) << "token not persisted:" << written.error;
                         });
        resolve(tenantId, TokenResult{true, fetched.token, false, {}});
    });
}

void TokenCache::resolve(const QString &tenantId, const TokenResult &result)
{
    const QList<Callback> waiters = m_pending.take(tenantId).waiters;
    for (int i = 0; i < waiters.size(); ++i) {
        TokenResult forWaiter = result;
        if (i > 0 && result.ok)
            forWaiter.fromCache = true; // only the first caller caused the fetch
        waiters.at(i)(forWaiter);
    }
}

void TokenCache::invalidate(const QString &tenantId)
{
    m_entries.remove(tenantId);
    m_secrets->remove(SecretStore::keyFor(tenantId, keychainName()), this, [](const SecretResult &) {});
}
