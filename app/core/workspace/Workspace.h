#pragma once

#include "Result.h"
#include "ldap/LdapDirectory.h"
#include "providers/Provider.h"
#include "run/RunServices.h"
#include "store/Database.h"
#include "store/HealthHistory.h"
#include "store/MappingStore.h"
#include "store/RunHistory.h"
#include "store/StoreSettings.h"
#include "store/SuiteCorps.h"
#include "store/SyncClaims.h"
#include "store/TenantStore.h"

#include <QObject>
#include <functional>

class Clock;
class FlowRun;
class HttpClient;
class Pacer;
class SecretStore;
class TokenCache;

// The services one AuthDesk process shares: tenant and mapping stores, keychain, token cache, HTTP.
// The GUI and each CLI verb create one.
class Workspace : public QObject {
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);
    // With the clock that paces calls (tests pass one they drive).
    Workspace(Clock *clock, QObject *parent);

    Status open(const QString &databasePath);
    // The store `url` names; `password` for PostgreSQL (from the admin's keychain).
    Status open(const StoreUrl &url, const QString &password);
    Database &database() { return m_database; }
    TenantStore &tenants() { return m_tenants; }
    MappingStore &mappings() { return m_mappings; }
    RunHistory &runs() { return m_runs; }
    SyncClaims &syncClaims() { return m_syncClaims; }
    AuditTrail &audit() { return m_audit; }
    HealthHistory &health() { return m_health; }
    SuiteCorps &suiteCorps() { return m_suiteCorps; }
    StoreSettings &storeSettings() { return m_storeSettings; }
    // The store's company directory, as this admin reaches it (their keychain's bind password).
    LdapAccess directory() { return {&m_storeSettings, m_secrets, m_database.url().toString()}; }
    SecretStore *secrets() const { return m_secrets; }
    TokenCache *tokens() const { return m_tokens; }
    HttpClient *http() const { return m_http; }
    Pacer *pacer() const { return m_pacer; }

    using Finished = std::function<void(const Status &)>;
    // Validates, writes the secret to the keychain (when `secret` is not empty) and then the
    // configuration. If the keychain fails nothing is saved and the error says why.
    // `otherSecrets`: those of the provider's other secrets (Provider::extraSecrets) given, by name.
    void saveTenant(Tenant tenant, const QString &secret, Finished done,
                    const QMap<QString, QString> &otherSecrets = {});
    // Removes the configuration, the sync progress and every keychain entry of the tenant, and
    // keeps or deletes its mappings.
    void removeTenant(const QString &name, TenantStore::MappingsOnRemove mappings, Finished done);
    // How many mappings belong to the tenant named `name` (0 when there is no such tenant).
    int mappingCount(const QString &name) const;
    // A new run of `tenant` whose identity, once verified, is recorded in the mapping store.
    FlowRun *newRun(const Tenant &tenant, const QString &mode, QObject *parent = nullptr);
    QStringList validate(const Tenant &tenant) const;
    // What a provider needs for calls made on behalf of `guard`, with the tenant's secret and CA
    // bundle (Tenant::caBundle; empty: the system's authorities alone).
    ProviderContext providerContext(QObject *guard, const QString &secret,
                                    const QString &caBundle = {}) const;
    // What runs and directory syncs use of these services.
    RunServices services();

private:
    void writeSecrets(const QString &tenantId, QList<QPair<QString, QString>> secrets, Finished done);
    Database m_database;
    TenantStore m_tenants{m_database};
    MappingStore m_mappings{m_database, &Provider::secondaryIdKeysOf};
    RunHistory m_runs{m_database};
    SyncClaims m_syncClaims{m_database};
    AuditTrail m_audit{m_database};
    HealthHistory m_health{m_database};
    SuiteCorps m_suiteCorps{m_database};
    StoreSettings m_storeSettings{m_database};
    SecretStore *m_secrets;
    TokenCache *m_tokens;
    HttpClient *m_http;
    Pacer *m_pacer;
};
