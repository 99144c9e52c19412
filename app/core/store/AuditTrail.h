#pragma once

#include <QList>
#include <QString>

class Database;

// Who changed what: a line per change of a tenant, a mapping, a sync or a store copy. Written on
// the store's connection, so that a line joins the transaction of the change it tells of.
class AuditTrail {
public:
    explicit AuditTrail(Database &database);

    // Who is acting: the OS user at this computer ("alice@laptop").
    static QString actor();
    bool record(const QString &action, const QString &object, const QString &detail = {});
    struct Entry {
        QString at; // ISO 8601, UTC
        QString who, action, object, detail;
    };
    // Newest first; at most `limit` (all when 0).
    QList<Entry> entries(int limit = 0) const;

private:
    Database &m_database;
};
