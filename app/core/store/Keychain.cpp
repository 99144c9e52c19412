#include "store/Keychain.h"

#include "Modules.h"

#include <QMutex>

namespace {
QMutex loading;
Keychain::Start registered = nullptr;
} // namespace

void Keychain::setStart(Start start) {
    const QMutexLocker locked(&loading);
    registered = start;
}

Keychain::Start Keychain::start(QString *error) {
    const QMutexLocker locked(&loading);
    if (!registered)
        registered = reinterpret_cast<Start>(
            Modules::resolve(QStringLiteral("libauthdesk_keychain.so"), "authdesk_keychain_start", error));
    return registered;
}
