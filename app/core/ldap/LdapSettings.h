#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

// The company directory of a store, over LDAP: where it is, who binds, where people are, and how
// each match field becomes a search filter. The bind password is in the keychain, never here.
struct LdapSettings {
    Q_DECLARE_TR_FUNCTIONS(LdapSettings)

public:
    QString url;    // ldap://HOST[:PORT] (StartTLS, always) or ldaps://HOST[:PORT]
    QString bindDn; // cn=authdesk,ou=services,dc=example,dc=com
    QString baseDn; // ou=people,dc=example,dc=com
    QString flavor = QStringLiteral("openldap"); // or "ad" (Active Directory)
    QString caBundle; // a PEM file of the CA that issued the server's certificate; empty: the system's
    // Per match field ("account", "email", "mobile", "employee_number"): a filter with {value}.
    QMap<QString, QString> filters;

    // The defaults of a flavor: OpenLDAP's uid, mail, mobile, employeeNumber and
    // pwdAccountLockedTime; Active Directory's sAMAccountName, mail, mobile, employeeID and
    // userAccountControl.
    static LdapSettings defaults(const QString &flavor);
    static QStringList matchFields();
    QString accountAttribute() const;
    // The attributes a lookup reads: account, name, mail, mobile, employee number, lock state.
    QStringList attributes() const;
    // `field`'s filter with `value` escaped (RFC 4515): a value never widens the search.
    QString filter(const QString &field, const QString &value) const;

    QStringList validate() const;
    QJsonObject toJson() const;
    static LdapSettings fromJson(const QJsonObject &json);
};
