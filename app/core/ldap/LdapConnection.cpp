#include "ldap/LdapConnection.h"

#include "Modules.h"

#include <QCoreApplication>

namespace {
Modules::Entry<LdapConnection::Factory> module("libauthdesk_ldap.so", "authdesk_create_ldap_connection");
} // namespace

void LdapConnection::setFactory(Factory factory) {
    module.set(factory);
}

Result<std::unique_ptr<LdapConnection>> LdapConnection::create(const LdapSettings &settings) {
    const Result<Factory> factory = module.get();
    if (!factory.ok())
        return Error{
            Error::Kind::Unavailable,
            QCoreApplication::translate("LdapDirectory", "The directory client could not be loaded (%1).")
                .arg(factory.errorText()),
            QCoreApplication::translate("LdapDirectory", "Reinstall AuthDesk.")};
    return std::unique_ptr<LdapConnection>(factory.value()(settings, settings.attributes()));
}
