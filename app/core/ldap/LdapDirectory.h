#pragma once

#include "Result.h"
#include "ldap/LdapSettings.h"

#include <QMap>
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

// A person's entry in the company directory, as a lookup read it.
struct LdapEntry {
    QString dn;
    QString account; // uid or sAMAccountName
    QString name;
    QString mail;
    QString mobile;
    QString employeeNumber;
    bool disabled = false; // OpenLDAP: pwdAccountLockedTime set; AD: userAccountControl has ACCOUNTDISABLE
    QMap<QString, QStringList> attributes;
    QJsonObject toJson() const;
};

class LdapDirectory;
class SecretStore;
class StoreSettings;

// The store's directory as this admin reaches it: its settings, kept in the store for every admin
// (StoreSettings, "ldap"), and the bind password in this admin's keychain.
struct LdapAccess {
    StoreSettings *settings = nullptr; // null: no directory here
    SecretStore *secrets = nullptr;
    QString storeUrl;

    std::optional<LdapSettings> load() const; // none when no directory is set
    Status save(const LdapSettings &directory) const;
    QString passwordKey() const;
    // A directory ready to use, owned by `context`, or why there is none (not set, no password).
    void open(QObject *context, std::function<void(const Result<LdapDirectory *> &)> done) const;
};

// The company directory over LDAP, through the OpenLDAP client library. Each call binds on a
// connection of its own in a worker thread, so the console never waits on the server: ldaps://, or
// ldap:// with StartTLS (always; the certificate is verified against the settings' CA bundle or
// the system's), then a simple bind. Referrals are reported, never followed. Failures say what
// went wrong in words: the server down, the bind refused, the certificate not trusted, a referral,
// a size limit.
class LdapDirectory : public QObject {
    Q_OBJECT

public:
    static constexpr int timeoutSeconds = 10;
    static constexpr int sizeLimit = 50; // entries per lookup; more is an error, not a guess

    LdapDirectory(const LdapSettings &settings, const QString &password, QObject *parent = nullptr);

    // Binds and reads the base entry: details say the server, TLS and the base.
    void test(std::function<void(const Status &)> done);
    // Each query (match field, value) in turn, on one connection: the entries each found.
    using Query = QPair<QString, QString>;
    void lookup(const QList<Query> &queries,
                std::function<void(const Result<QList<QList<LdapEntry>>> &)> done);

private:
    LdapSettings m_settings;
    QString m_password;
};
