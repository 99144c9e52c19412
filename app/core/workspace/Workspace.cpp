#include "workspace/Workspace.h"

#include "net/Pacer.h"
#include "providers/DirectorySource.h"

#include "net/CaBundle.h"
#include "net/HttpClient.h"
#include "providers/Provider.h"
#include "providers/TokenCache.h"
#include "run/FlowRun.h"
#include "run/RunRecorder.h"
#include "store/SecretStore.h"

#include <QUuid>
#include <memory>

Workspace::Workspace(QObject *parent) : Workspace(Clock::steady(), parent) {
}

Workspace::Workspace(Clock *clock, QObject *parent)
    : QObject(parent), m_secrets(new SecretStore(this)), m_tokens(new TokenCache(m_secrets, this)),
      m_http(new HttpClient(this)), m_pacer(new Pacer(clock, this)) {
}

Status Workspace::open(const QString &databasePath) {
    return m_database.open(StoreUrl::sqlite(databasePath), {});
}

Status Workspace::open(const StoreUrl &url, const QString &password) {
    return m_database.open(url, password);
}

QStringList Workspace::validate(const Tenant &tenant) const {
    QStringList problems;
    if (tenant.name.trimmed().isEmpty() || tenant.name.size() > 80 || tenant.name != tenant.name.trimmed())
        problems << tr("The tenant name must be 1 to 80 characters without leading or trailing spaces.");
    if (const Result<QList<QSslCertificate>> cas = CaBundle::load(tenant.caBundle); !cas.ok())
        problems << cas.errorText();
    if (tenant.rotationDays < 0 || tenant.rotationDays > 3650)
        problems << tr("The secret's rotation period must be 0 (none) to 3650 days.");
    const Provider *provider = Provider::find(tenant.provider);
    if (!provider)
        return problems << tr("Unknown provider \"%1\".").arg(tenant.provider);
    return problems << provider->validate(tenant);
}

RunServices Workspace::services() {
    return {m_tenants,
            m_mappings,
            m_runs,
            m_secrets,
            m_syncClaims,
            m_audit,
            m_suiteCorps,
            [this](QObject *guard, const QString &secret, const QString &caBundle) {
                return providerContext(guard, secret, caBundle);
            },
            [this](const Tenant &tenant, const QString &secret, std::function<void(const Status &)> done) {
                saveTenant(tenant, secret, std::move(done));
            }};
}

ProviderContext Workspace::providerContext(QObject *guard, const QString &secret,
                                           const QString &caBundle) const {
    ProviderContext context;
    context.trustedCas = CaBundle::load(caBundle);
    context.http = m_http;
    context.tokens = m_tokens;
    context.pacer = m_pacer;
    context.guard = guard;
    context.secret = secret;
    return context;
}

FlowRun *Workspace::newRun(const Tenant &tenant, const QString &mode, QObject *parent) {
    const RunServices shared = services();
    auto *run = new FlowRun(shared, tenant, mode, parent);
    RunRecorder::attach(shared, run);
    return run;
}

void Workspace::saveTenant(Tenant tenant, const QString &secret, Finished done,
                           const QMap<QString, QString> &otherSecrets) {
    // Every problem at once: the admin fixes them in one go.
    QStringList problems = validate(tenant);
    const Provider *provider = Provider::find(tenant.provider);
    if (const auto named = m_tenants.find(tenant.name); named && named->id != tenant.id)
        problems << tr("A tenant named \"%1\" already exists; pick another name.").arg(tenant.name);
    if (provider && tenant.id.isEmpty() && secret.isEmpty() && provider->usesSecret(tenant))
        problems << tr("A new tenant needs its %1.").arg(provider->secretName());
    QList<QPair<QString, QString>> secrets;
    if (provider && !secret.isEmpty())
        secrets.append({provider->secretName(), secret});
    for (const SecretField &field : provider ? provider->extraSecrets() : QList<SecretField>()) {
        if (!otherSecrets.value(field.name).isEmpty())
            secrets.append({field.name, otherSecrets.value(field.name)});
        else if (tenant.id.isEmpty() && field.required && field.entered)
            problems << tr("A new tenant needs its %1.").arg(field.label);
    }
    if (!problems.isEmpty())
        return done(Error::failed(problems.join(QLatin1Char('\n'))));
    if (tenant.id.isEmpty())
        tenant.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!secret.isEmpty()) // the age of the secret, for the rotation check; never the secret
        tenant.secretSetAt = QDateTime::currentDateTimeUtc();
    auto saveConfig = [this, tenant, done]() mutable {
        if (const Status saved = m_tenants.save(tenant); !saved.ok())
            return done(saved);
        done(Done{tr("Tenant \"%1\" saved.").arg(tenant.name)});
    };
    // The secrets first, each into the keychain: if one fails, nothing of the configuration changes.
    writeSecrets(tenant.id, secrets,
                 [this, tenant, provider, saveConfig, done](const Status &written) mutable {
                     if (!written.ok())
                         return done(written.error());
                     // A new secret makes any cached token of the old one suspect.
                     m_tokens->forgetTenant(tenant.id, provider->tokenSlots());
                     saveConfig();
                 });
}

void Workspace::writeSecrets(const QString &tenantId, QList<QPair<QString, QString>> secrets, Finished done) {
    if (secrets.isEmpty())
        return done(Done{});
    const auto [name, value] = secrets.takeFirst();
    m_secrets->write(SecretStore::keyFor(tenantId, name), value, this,
                     [this, tenantId, secrets, done](const SecretResult &written) {
                         if (!written.ok())
                             return done(written.error());
                         writeSecrets(tenantId, secrets, done);
                     });
}

int Workspace::mappingCount(const QString &name) const {
    const std::optional<Tenant> tenant = m_tenants.find(name);
    return tenant ? m_mappings.count(MappingFilter{{}, {}, {}, tenant->id}) : 0;
}

void Workspace::removeTenant(const QString &name, TenantStore::MappingsOnRemove mappings, Finished done) {
    const std::optional<Tenant> tenant = m_tenants.find(name);
    if (!tenant)
        return done(Error{
            Error::Kind::NotFound,
            tr("There is no tenant named \"%1\". Run \"authdesk tenant list\" to see the names.").arg(name)});
    const Provider *provider = Provider::find(tenant->provider);
    QStringList keys;
    for (const QString &slot : provider ? provider->tokenSlots() : QStringList{QString()})
        keys << SecretStore::keyFor(tenant->id, TokenCache::keychainName(slot));
    if (provider)
        keys << SecretStore::keyFor(tenant->id, provider->secretName());
    for (const SecretField &field : provider ? provider->extraSecrets() : QList<SecretField>())
        keys << SecretStore::keyFor(tenant->id, field.name);
    // What its runs kept: the tokens of a sign-in, the permanent code of each corp it was installed in.
    keys << SecretStore::keyFor(tenant->id, FlowRun::keptTokensName());
    for (const QString &name : m_suiteCorps.permanentCodeNames(tenant->id))
        keys << SecretStore::keyFor(tenant->id, name);
    auto remaining = std::make_shared<int>(keys.size());
    auto failures = std::make_shared<QStringList>();
    for (const QString &key : keys) {
        m_secrets->remove(key, this, [=](const SecretResult &removed) {
            if (!removed.ok())
                failures->append(removed.errorText());
            if (--*remaining > 0)
                return;
            if (!failures->isEmpty())
                return done(
                    Error{Error::Kind::Unavailable, tr("The tenant was kept because its secrets could not be "
                                                       "removed from the keychain: %1")
                                                        .arg(failures->first())});
            if (const Status removed = m_tenants.remove(name, mappings); !removed.ok())
                return done(removed);
            done(Done{mappings == TenantStore::MappingsOnRemove::Delete
                          ? tr("Tenant \"%1\", its keychain entries and its mappings removed.").arg(name)
                          : tr("Tenant \"%1\" and its keychain entries removed.").arg(name)});
        });
    }
}
