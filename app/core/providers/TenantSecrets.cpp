#include "providers/TenantSecrets.h"

#include "providers/Provider.h"
#include "store/SecretStore.h"

#include <memory>

namespace {
struct Reading {
    SecretStore *store;
    Tenant tenant;
    QObject *guard;
    QList<SecretField> others; // still to read
    TenantSecrets read;
    std::function<void(const Result<TenantSecrets> &)> done;
};

// Reads `name` into `into`; a missing optional secret is skipped. False when the reading ended.
bool keep(const std::shared_ptr<Reading> &reading, const SecretResult &secret, const QString &name,
          bool required, QString &into) {
    if (secret.ok()) {
        into = secret.value();
        return true;
    }
    if (!secret.error().is(Error::Kind::NotFound)) {
        reading->done(secret.error());
        return false;
    }
    if (!required)
        return true;
    reading->done(Error{Error::Kind::NotFound,
                        TenantSecrets::tr("The keychain holds no %1 for this tenant. Edit the tenant and "
                                          "enter it again.")
                            .arg(name)});
    return false;
}

void readOthers(const std::shared_ptr<Reading> &reading) {
    if (reading->others.isEmpty())
        return reading->done(reading->read);
    const SecretField field = reading->others.takeFirst();
    reading->store->read(SecretStore::keyFor(reading->tenant.id, field.name), reading->guard,
                         [reading, field](const SecretResult &secret) {
                             QString value;
                             if (!keep(reading, secret, field.name, field.required, value))
                                 return;
                             if (secret.ok())
                                 reading->read.others.insert(field.name, value);
                             readOthers(reading);
                         });
}
} // namespace

void TenantSecrets::read(SecretStore *store, const Tenant &tenant, QObject *guard,
                         std::function<void(const Result<TenantSecrets> &)> done) {
    const Provider *provider = Provider::find(tenant.provider);
    if (!provider)
        return done(Error::failed(tr("Unknown provider \"%1\".").arg(tenant.provider)));
    auto reading = std::make_shared<Reading>(
        Reading{store, tenant, guard, provider->extraSecrets(), {}, std::move(done)});
    if (!provider->usesSecret(tenant))
        return readOthers(reading);
    const QString name = provider->secretName();
    store->read(SecretStore::keyFor(tenant.id, name), guard, [reading, name](const SecretResult &secret) {
        if (keep(reading, secret, name, true, reading->read.main))
            readOthers(reading);
    });
}
