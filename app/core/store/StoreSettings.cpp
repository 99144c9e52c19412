#include "store/StoreSettings.h"

#include "store/Database.h"

#include <QSqlError>
#include <QSqlQuery>

StoreSettings::StoreSettings(Database &database) : m_database(database) {
}

QString StoreSettings::value(const QString &name) const {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT value FROM store_settings WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

Status StoreSettings::setValue(const QString &name, const QString &value) {
    QSqlQuery q(m_database.connection());
    q.prepare(
        QStringLiteral("INSERT INTO store_settings (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE "
                       "SET value = excluded.value"));
    q.addBindValue(name);
    q.addBindValue(value);
    if (!q.exec())
        return Error{Error::Kind::Unavailable, q.lastError().text()};
    return Done{};
}
