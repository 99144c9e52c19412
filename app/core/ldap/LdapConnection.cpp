#include "ldap/LdapConnection.h"

#include "Modules.h"

#include <QCoreApplication>
#include <QMutex>

namespace {
QMutex loading; // connections are made in worker threads
LdapConnection::Factory registered = nullptr;
} // namespace

void LdapConnection::setFactory(Factory factory) {
    const QMutexLocker locked(&loading);
    registered = factory;
}

Result<std::unique_ptr<LdapConnection>> LdapConnection::create(const LdapSettings &settings) {
    const QMutexLocker locked(&loading);
    if (!registered) {
        const Result<QFunctionPointer> loaded =
            Modules::resolve(QStringLiteral("libauthdesk_ldap.so"), "authdesk_create_ldap_connection");
        if (!loaded.ok())
            return Error{
                Error::Kind::Unavailable,
                QCoreApplication::translate("LdapDirectory", "The directory client could not be loaded (%1).")
                    .arg(loaded.errorText()),
                QCoreApplication::translate("LdapDirectory", "Reinstall AuthDesk.")};
        registered = reinterpret_cast<Factory>(loaded.value());
    }
    return std::unique_ptr<LdapConnection>(registered(settings, settings.attributes()));
}
