#pragma once

#include "Result.h"
#include "Tenant.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <functional>

class QObject;
class SecretStore;

// A tenant's secrets as its calls use them, read from the keychain: the main secret (empty for a
// public client) and the others its provider declares (Provider::extraSecrets) that the keychain
// holds. The one reader of them for runs, token operations, health checks and the command line.
struct TenantSecrets {
    Q_DECLARE_TR_FUNCTIONS(TenantSecrets)

public:
    QString main;
    QMap<QString, QString> others;

    // A required secret the keychain does not hold is an error of kind NotFound that names it;
    // a keychain that cannot be used, Unavailable. `done` runs unless `guard` is gone.
    static void read(SecretStore *store, const Tenant &tenant, QObject *guard,
                     std::function<void(const Result<TenantSecrets> &)> done);
};
