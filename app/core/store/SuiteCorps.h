#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

class Database;

// The corps a WeCom service-provider app (a wecom_suite tenant) is installed in, and the events
// its callback received. Nothing secret: each corp's permanent code and the suite's ticket are in
// the keychain (permanentCodeName; the ticket: WeComSuiteProvider::ticketName).
class SuiteCorps {
    Q_DECLARE_TR_FUNCTIONS(SuiteCorps)

public:
    static constexpr int keptEvents = 200; // per tenant, newest kept

    struct Corp {
        QString corpId;
        QString name;
        QString agentId;
        bool customized = false; // 代开发: its permanent code is the secret of `appTenant`
        QDateTime installed;     // UTC
        // "authorized", "cancelled" (cancel_auth, 48004), "reset" (reset_permanent_code, 40084),
        // "unknown" until checked.
        QString status;
        QString statusDetail; // what the last check or event said
        QDateTime checked;
        QString appTenant; // the WeCom tenant made of a 代开发 install; empty otherwise
    };
    struct Event {
        QDateTime received; // UTC
        QString infoType;   // suite_ticket, create_auth, change_auth, cancel_auth, reset_permanent_code
        QString corpId;
        QString summary; // never a credential
    };

    explicit SuiteCorps(Database &database);

    // The keychain name of the permanent code of the corp `corpId`, under the suite's tenant.
    static QString permanentCodeName(const QString &corpId) {
        return QStringLiteral("permanent_code.") + corpId;
    }
    // Those of every corp the tenant is installed in: they go with the tenant.
    QStringList permanentCodeNames(const QString &tenantId) const;

    // Adds the corp or replaces what is known of it.
    Status save(const QString &tenantId, const Corp &corp);
    Status setStatus(const QString &tenantId, const QString &corpId, const QString &status,
                     const QString &detail);
    QList<Corp> corps(const QString &tenantId) const;
    Status record(const QString &tenantId, const Event &event);
    // Newest first; at most `limit` (all kept when 0); only those of `infoType` when given.
    QList<Event> events(const QString &tenantId, int limit = 0, const QString &infoType = {}) const;

private:
    Database &m_database;
};
