#include "store/TenantStore.h"

#include "store/Database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

Q_LOGGING_CATEGORY(lcTenantStore, "authdesk.core.tenantstore")

namespace {
QString mapToJson(const QMap<QString, QString> &map) {
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> mapFromJson(const QString &text) {
    QMap<QString, QString> map;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

Tenant tenantFromQuery(const QSqlQuery &q) {
    Tenant t;
    t.id = q.value(0).toString();
    t.name = q.value(1).toString();
    t.provider = q.value(2).toString();
    t.settings = mapFromJson(q.value(3).toString());
    t.redirectUri = q.value(4).toString();
    t.endpoints = mapFromJson(q.value(5).toString());
    t.demo = q.value(6).toBool();
    t.created = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    t.updated = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    t.caBundle = q.value(9).toString();
    t.secretSetAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    t.rotationDays = q.value(11).toInt();
    return t;
}

const char *selectColumns =
    "SELECT id, name, provider, settings, redirect_uri, endpoints, demo, created, updated, ca_bundle, "
    "secret_set_at, rotation_days FROM tenants";
} // namespace

TenantStore::TenantStore(Database &database) : m_database(database), m_audit(database) {
}

QList<Tenant> TenantStore::tenants() const {
    QList<Tenant> list;
    QSqlQuery q(m_database.connection());
    if (!q.exec(QString::fromLatin1(selectColumns) + QStringLiteral(" ORDER BY provider, name"))) {
        qCWarning(lcTenantStore) << "listing tenants failed:" << q.lastError().text();
        return list;
    }
    while (q.next())
        list.append(tenantFromQuery(q));
    return list;
}

std::optional<Tenant> TenantStore::findById(const QString &id) const {
    QSqlQuery q(m_database.connection());
    q.prepare(QString::fromLatin1(selectColumns) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return tenantFromQuery(q);
    return std::nullopt;
}

std::optional<Tenant> TenantStore::find(const QString &name) const {
    QSqlQuery q(m_database.connection());
    q.prepare(QString::fromLatin1(selectColumns) + QStringLiteral(" WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return tenantFromQuery(q);
    return std::nullopt;
}

Status TenantStore::save(Tenant &tenant) {
    const std::optional<Tenant> before = tenant.id.isEmpty() ? std::nullopt : findById(tenant.id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (tenant.id.isEmpty())
        tenant.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!tenant.created.isValid())
        tenant.created = now;
    tenant.updated = now;
    QSqlDatabase db = m_database.connection();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO tenants (id, name, provider, settings, redirect_uri, endpoints, demo, created, updated, "
        "ca_bundle, secret_set_at, rotation_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON "
        "CONFLICT(id) "
        "DO UPDATE SET name = excluded.name, provider = excluded.provider, settings = excluded.settings, "
        "redirect_uri = excluded.redirect_uri, endpoints = excluded.endpoints, demo = excluded.demo, "
        "updated = excluded.updated, ca_bundle = excluded.ca_bundle, secret_set_at = excluded.secret_set_at, "
        "rotation_days = excluded.rotation_days"));
    q.addBindValue(tenant.id);
    q.addBindValue(tenant.name);
    q.addBindValue(tenant.provider);
    q.addBindValue(mapToJson(tenant.settings));
    q.addBindValue(tenant.redirectUri.isNull() ? QStringLiteral("")
                                               : tenant.redirectUri); // a null QString binds as NULL
    q.addBindValue(mapToJson(tenant.endpoints));
    q.addBindValue(tenant.demo ? 1 : 0);
    q.addBindValue(tenant.created.toString(Qt::ISODateWithMs));
    q.addBindValue(tenant.updated.toString(Qt::ISODateWithMs));
    q.addBindValue(tenant.caBundle.isNull() ? QStringLiteral("") : tenant.caBundle);
    q.addBindValue(tenant.secretSetAt.isValid() ? tenant.secretSetAt.toUTC().toString(Qt::ISODateWithMs)
                                                : QStringLiteral(""));
    q.addBindValue(tenant.rotationDays);
    bool saved = q.exec();
    QString detail = q.lastError().text();
    if (saved) { // the name shown with the tenant's mappings follows a rename
        QSqlQuery relabel(db);
        relabel.prepare(QStringLiteral("UPDATE mappings SET tenant = ? WHERE tenant_id = ? AND tenant != ?"));
        relabel.addBindValue(tenant.name);
        relabel.addBindValue(tenant.id);
        relabel.addBindValue(tenant.name);
        saved = relabel.exec();
        detail = relabel.lastError().text();
    }
    if (saved) {
        saved = !before ? m_audit.record(QStringLiteral("tenant.create"), tenant.name, tenant.provider)
                : before->name != tenant.name ? m_audit.record(QStringLiteral("tenant.rename"), tenant.name,
                                                               tr("was \"%1\"").arg(before->name))
                                              : m_audit.record(QStringLiteral("tenant.update"), tenant.name);
        saved = saved && db.commit();
        detail = db.lastError().text();
    }
    if (!saved) {
        db.rollback();
        return Error::failed(
            detail.contains(QLatin1String("UNIQUE")) || detail.contains(QLatin1String("duplicate key"))
                ? tr("A tenant named \"%1\" already exists. Pick another name or edit that tenant.")
                      .arg(tenant.name)
                : tr("Saving tenant \"%1\" failed: %2").arg(tenant.name, detail));
    }
    return Done{};
}

Status TenantStore::rename(const QString &from, const QString &to) {
    std::optional<Tenant> tenant = find(from);
    if (!tenant) {
        return Error{
            Error::Kind::NotFound,
            tr("There is no tenant named \"%1\". Run \"authdesk tenant list\" to see the names.").arg(from)};
    }
    if (to.trimmed().isEmpty()) {
        return Error::failed(tr("The new name is empty. Give the tenant a name."));
    }
    tenant->name = to.trimmed();
    return save(*tenant);
}

QString TenantStore::lastIdentity(const QString &tenantId) const {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT external_id FROM last_identities WHERE tenant_id = ?"));
    q.addBindValue(tenantId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void TenantStore::recordIdentity(const QString &tenantId, const QString &externalId) {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO last_identities (tenant_id, external_id, seen) VALUES (?, ?, ?) "
        "ON CONFLICT(tenant_id) DO UPDATE SET external_id = excluded.external_id, seen = excluded.seen"));
    q.addBindValue(tenantId);
    q.addBindValue(externalId);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        qCWarning(lcTenantStore) << "recording the identity failed:" << q.lastError().text();
}

Status TenantStore::remove(const QString &name, MappingsOnRemove mappings) {
    const std::optional<Tenant> tenant = find(name);
    if (!tenant) {
        return Error{
            Error::Kind::NotFound,
            tr("There is no tenant named \"%1\". Run \"authdesk tenant list\" to see the names.").arg(name)};
    }
    QStringList statements = {QStringLiteral("DELETE FROM last_identities WHERE tenant_id = ?"),
                              QStringLiteral("DELETE FROM sync_progress WHERE tenant_id = ?"),
                              QStringLiteral("DELETE FROM sync_listed WHERE tenant_id = ?"),
                              QStringLiteral("DELETE FROM health WHERE tenant_id = ?"),
                              QStringLiteral("DELETE FROM runs WHERE tenant_id = ?"),
                              QStringLiteral("DELETE FROM suite_corps WHERE tenant_id = ?"),
                              QStringLiteral("DELETE FROM suite_events WHERE tenant_id = ?"),
                              QStringLiteral("DELETE FROM tenants WHERE id = ?")};
    if (mappings == MappingsOnRemove::Delete)
        statements << QStringLiteral("DELETE FROM mappings WHERE tenant_id = ?");
    QSqlDatabase db = m_database.connection();
    db.transaction();
    QSqlQuery q(db);
    for (const QString &statement : std::as_const(statements)) {
        q.prepare(statement);
        q.addBindValue(tenant->id);
        if (!q.exec()) {
            db.rollback();
            return Error::failed(tr("Removing tenant \"%1\" failed: %2").arg(name, q.lastError().text()));
        }
    }
    if (!m_audit.record(QStringLiteral("tenant.remove"), name,
                        mappings == MappingsOnRemove::Delete ? tr("its mappings deleted")
                                                             : tr("its mappings kept")) ||
        !db.commit()) {
        const QString failure = tr("Removing tenant \"%1\" failed: %2").arg(name, db.lastError().text());
        db.rollback();
        return Error::failed(failure);
    }
    return Done{};
}
