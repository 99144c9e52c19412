#pragma once

#include "Result.h"

#include "Identity.h"
#include "Mapping.h"
#include "store/AuditTrail.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <functional>
#include <optional>

class Database;

// The mappings table of the AuthDesk database: every identity a flow verified or a directory sync
// listed, keyed by (provider, tenant id, external_id), with the local account the admin chose.
// Rows carry the tenant's name too, for showing and filtering; TenantStore keeps it current.
// Upserts never touch local_account.
class MappingStore {
    Q_DECLARE_TR_FUNCTIONS(MappingStore)

public:
    // The keys of a provider's identity fields that are kept as secondary ids (its
    // Provider::secondaryIdKeys): given by the composition, since the store sits below providers.
    using SecondaryIdKeys = std::function<QStringList(const QString &provider)>;
    MappingStore(Database &database, SecondaryIdKeys secondaryIdKeys);

    struct Key {
        QString provider;
        QString tenantId;
        QString externalId;
    };

    Status upsertFromFlow(const QString &tenantId, const Identity &identity, const QString &runId);
    // One transaction for the whole batch, with the departments it completes (the sync's resume
    // point); rows keep their local_account. A member listed as stored costs a narrow row in
    // sync_listed, not a rewrite; the others are written stamped with `syncRun`: so markAbsent
    // finds the members a finished sync no longer saw. The value: the rows inserted or changed.
    Result<int> upsertFromDirectory(const QString &tenantId, const QList<Mapping> &members,
                                    const QString &syncRun, const QList<qint64> &departmentsDone = {});
    int markAbsent(const QString &tenantId, const QString &syncRun);
    // A directory sync's progress, so that an interrupted one resumes where it stopped.
    struct SyncProgress {
        QString syncRun;          // empty: no sync under way
        QSet<qint64> departments; // done
    };
    SyncProgress syncProgress(const QString &tenantId) const;
    void clearSyncProgress(const QString &tenantId);
    // Sets the local account (the audit trail says who, and what it was). With `expectedVersion`
    // (the row's version when the admin's copy was loaded) a row changed since is not overwritten:
    // an error, with *current the row as it is now, so that both values can be shown.
    Status setLocalAccount(const Key &key, const QString &localAccount,
                           std::optional<int> expectedVersion = std::nullopt,
                           std::optional<Mapping> *current = nullptr);
    // In one transaction; rows that got a local account meanwhile are left alone.
    Status fillLocalAccounts(const QList<QPair<Key, QString>> &accounts);
    // Sets local accounts, each over the row version it was planned against, all in one
    // transaction with an audit line each (`why` says where they came from): every one or, when a
    // row changed meanwhile, none.
    struct AccountChange {
        Key key;
        QString before;
        QString account;
        int version = 0;
    };
    Status setLocalAccounts(const QList<AccountChange> &changes, const QString &why);
    Status remove(const QList<Key> &keys);

    int count(const MappingFilter &filter) const;
    // `matching`: count(filter) when the caller knows it, to choose how the page is read.
    QList<Mapping> page(const MappingFilter &filter, int sortColumn, Qt::SortOrder order, int offset,
                        int limit, int matching = -1) const;
    // Every matching row in table order, streamed; stops when `visit` returns false.
    // An error when the query fails.
    Status forEach(const MappingFilter &filter, const std::function<bool(const Mapping &)> &visit) const;
    std::optional<Mapping> find(const Key &key) const;
    QStringList tenants() const; // every tenant name that has mappings

    // A digest of every mapping's content, the same for the same rows in either engine (a
    // migration compares its source and target with it).
    QByteArray checksum() const;

private:
    // Writes a directory batch (inside upsertFromDirectory's transaction): the rows inserted or
    // changed.
    Result<int> writeMembers(const QString &tenantId, const QList<Mapping> &members, const QString &syncRun);
    bool isPostgres() const;
    Database &m_database;
    AuditTrail m_audit{m_database};
    SecondaryIdKeys m_secondaryIdKeys;
    QString m_connection;
};
