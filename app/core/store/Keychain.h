#pragma once

#include "Result.h"

#include <QString>
#include <functional>

class QObject;

// The OS keychain's own operations, through QtKeychain in a module of its own
// (libauthdesk_keychain.so beside the program, QtKeychainJobs.cpp) that is loaded on the first
// operation: QtKeychain brings libsecret and GLib's GIO, which a console that reads no secret, or
// `authdesk tenant list`, should not load. SecretStore is what the rest of AuthDesk uses.
namespace Keychain {
enum class Operation { Read, Write, Remove };

struct Answer {
    enum class Outcome { Done, NotFound, Failed };
    Outcome outcome = Outcome::Failed;
    QString value;  // what a read found
    QString detail; // why it failed, in the keychain's words
};

// Starts `operation` on the entry `key` of `service` (`value`: what a write writes); `finished`
// runs in `owner`'s thread unless `owner` is gone first.
using Start = void (*)(Operation operation, const QString &service, const QString &key, const QString &value,
                       QObject *owner, std::function<void(const Answer &)> finished);

using Ready = std::function<void(const Result<Start> &start)>;
// Calls `ready` with the module's Start, or with why it cannot be loaded: at once when
// the module was loaded (or failed to load) already; otherwise in `context`'s thread once a
// thread of its own has loaded it, for loading and linking libsecret and GIO takes milliseconds
// that the console's window, built meanwhile, need not wait for.
void whenLoaded(QObject *context, Ready ready);
// Tests that link the module's code register its Start instead of loading the module.
void setStart(Start start);
} // namespace Keychain

extern "C" void authdesk_keychain_start(Keychain::Operation operation, const QString &service,
                                        const QString &key, const QString &value, QObject *owner,
                                        std::function<void(const Keychain::Answer &)> finished);
