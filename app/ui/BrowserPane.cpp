#include "BrowserPane.h"

#include "Modules.h"

#include <QCoreApplication>

namespace {
Modules::Entry<BrowserPane::Factory> module("libauthdesk_browser.so", "authdesk_create_browser");
} // namespace

void BrowserPane::setFactory(Factory factory) {
    module.set(factory);
}

BrowserPane *BrowserPane::create(QWidget *parent, QString *error) {
    const Result<Factory> factory = module.get();
    if (!factory.ok()) {
        *error = QCoreApplication::translate("BrowserPane",
                                             "The embedded browser could not be loaded (%1). Reinstall "
                                             "AuthDesk, or paste the redirect URL instead.")
                     .arg(factory.errorText());
        return nullptr;
    }
    return factory.value()(parent);
}
