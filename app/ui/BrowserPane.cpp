#include "BrowserPane.h"

#include <QCoreApplication>
#include <QLibrary>

namespace {
BrowserPane::Factory registered = nullptr;
} // namespace

void BrowserPane::setFactory(Factory factory) {
    registered = factory;
}

BrowserPane *BrowserPane::create(QWidget *parent, QString *error) {
    if (!registered) {
        // Beside the program in the build tree and in the package (libexec/authdesk/). Never
        // unloaded: the browsers it made live as long as their windows.
        QLibrary module(QCoreApplication::applicationDirPath() + QStringLiteral("/libauthdesk_browser.so"));
        module.setLoadHints(QLibrary::PreventUnloadHint);
        registered = reinterpret_cast<Factory>(module.resolve("authdesk_create_browser"));
        if (!registered) {
            *error = QCoreApplication::translate("BrowserPane",
                                                 "The embedded browser could not be loaded (%1). Reinstall "
                                                 "AuthDesk, or paste the redirect URL instead.")
                         .arg(module.errorString());
            return nullptr;
        }
    }
    return registered(parent);
}
