#pragma once

#include "providers/Provider.h"

#include <functional>

class AuditTrail;
class MappingStore;
class RunHistory;
class SecretStore;
class SuiteCorps;
class SyncClaims;
class TenantStore;

// What runs, their recorder and directory syncs use of the services one process shares. The
// workspace composes those and hands this out (Workspace::services), so that nothing in run/
// needs the workspace itself.
struct RunServices {
    TenantStore &tenants;
    MappingStore &mappings;
    RunHistory &runs;
    SecretStore *secrets;
    SyncClaims &syncClaims;
    AuditTrail &audit;
    SuiteCorps &suiteCorps;
    // What a provider needs for calls made on behalf of `guard`, with the tenant's secret and CA bundle.
    std::function<ProviderContext(QObject *guard, const QString &secret, const QString &caBundle)>
        providerContext;
    // Validates and saves a tenant with its secret, as the admin's own save does (a 代开发 install
    // makes a WeCom tenant of the corp).
    std::function<void(const Tenant &tenant, const QString &secret, std::function<void(const Status &)> done)>
        saveTenant;
};
