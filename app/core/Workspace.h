#pragma once

#include "MappingStore.h"
#include "TenantStore.h"
#include "providers/Provider.h"

#include <QObject>
#include <functional>

class HttpClient;
class SecretStore;
class TokenCache;

// The services one AuthDesk process shares: tenant and mapping stores, keychain, token cache, HTTP.
// The GUI and each CLI verb create one.
class Workspace : public QObject {
    Q_OBJECT

public:
    explicit Workspace(QObject *parent = nullptr);

    bool open(const QString &databasePath, QString *error);
    TenantStore &tenants() { return m_tenants; }
    MappingStore &mappings() { return m_mappings; }
    SecretStore *secrets() const { return m_secrets; }
    TokenCache *tokens() const { return m_tokens; }
    HttpClient *http() const { return m_http; }

    using Done = std::function<void(bool ok, const QString &message)>;
    // Validates, writes the secret to the keychain (when `secret` is not empty) and then the
    // configuration. If the keychain fails nothing is saved and the message says why.
    void saveTenant(Tenant tenant, const QString &secret, Done done);
    // Removes the configuration and every keychain entry of the tenant.
    void removeTenant(const QString &name, Done done);
    QStringList validate(const Tenant &tenant) const;
    // What a provider needs for calls made on behalf of `guard`, with the tenant's secret.
    ProviderContext providerContext(QObject *guard, const QString &secret) const;

private:
    TenantStore m_tenants;
    MappingStore m_mappings{m_tenants};
    SecretStore *m_secrets;
    TokenCache *m_tokens;
    HttpClient *m_http;
};
