#pragma once

#include "Result.h"
#include "ldap/LdapSettings.h"

#include <QStringList>
#include <memory>

struct LdapEntry;

// One connection to the company directory, used by one worker thread at a time and closed with
// it. Made by the module libauthdesk_ldap.so (OpenLdapConnection.cpp, the OpenLDAP client
// library), which is loaded on first use.
class LdapConnection {
public:
    enum class Scope { Base, Subtree };
    using Factory = LdapConnection *(*)(const LdapSettings &settings, const QStringList &attributes);

    virtual ~LdapConnection() = default;
    // Connects (TLS always) and binds with `password`.
    virtual Status open(const QString &password) = 0;
    virtual Result<QList<LdapEntry>> search(const QString &base, Scope scope, const QString &filter) = 0;

    // A connection for `settings`, from the module (loaded now if it is not yet), or why the
    // module cannot be loaded.
    static Result<std::unique_ptr<LdapConnection>> create(const LdapSettings &settings);
    // Tests that link the module's code register its factory instead of loading the module.
    static void setFactory(Factory factory);
};

extern "C" LdapConnection *authdesk_create_ldap_connection(const LdapSettings &settings,
                                                           const QStringList &attributes);
