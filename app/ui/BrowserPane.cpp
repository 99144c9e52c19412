#include "BrowserPane.h"

#include "Modules.h"

#include <QCoreApplication>

namespace {
BrowserPane::Factory registered = nullptr;
} // namespace

void BrowserPane::setFactory(Factory factory) {
    registered = factory;
}

BrowserPane *BrowserPane::create(QWidget *parent, QString *error) {
    if (!registered) {
        const Result<QFunctionPointer> loaded =
            Modules::resolve(QStringLiteral("libauthdesk_browser.so"), "authdesk_create_browser");
        if (!loaded.ok()) {
            *error = QCoreApplication::translate("BrowserPane",
                                                 "The embedded browser could not be loaded (%1). Reinstall "
                                                 "AuthDesk, or paste the redirect URL instead.")
                         .arg(loaded.errorText());
            return nullptr;
        }
        registered = reinterpret_cast<Factory>(loaded.value());
    }
    return registered(parent);
}
