#include "store/AuditTrail.h"

#include "store/Database.h"

#include <QDateTime>
#include <QDebug>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <limits>
#include <pwd.h>
#include <unistd.h>

AuditTrail::AuditTrail(Database &database) : m_database(database) {
}

QString AuditTrail::actor() {
    QString user = qEnvironmentVariable("USER");
    if (const passwd *entry = getpwuid(getuid()); user.isEmpty() && entry)
        user = QString::fromLocal8Bit(entry->pw_name);
    return user + QLatin1Char('@') + QSysInfo::machineHostName();
}

bool AuditTrail::record(const QString &action, const QString &object, const QString &detail) {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("INSERT INTO audit (at, who, action, object, detail) VALUES (?, ?, ?, ?, ?)"));
    for (const QString &value :
         {QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), actor(), action, object, detail})
        q.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!q.exec()) {
        qWarning() << "the audit trail refused a line:" << q.lastError().text();
        return false;
    }
    return true;
}

QList<AuditTrail::Entry> AuditTrail::entries(int limit) const {
    QSqlQuery q(m_database.connection());
    q.prepare(QStringLiteral("SELECT at, who, action, object, detail FROM audit ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit > 0 ? limit : std::numeric_limits<int>::max());
    QList<Entry> entries;
    if (q.exec())
        while (q.next())
            entries.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                            q.value(3).toString(), q.value(4).toString()});
    return entries;
}
