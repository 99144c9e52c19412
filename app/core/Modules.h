#pragma once

#include <QString>

// The parts of AuthDesk that bring heavy libraries (QtWebEngine, libldap) are modules beside the
// program (libexec/authdesk/ in the package, app/ in the build tree), loaded when first needed so
// that no program pays for them at start-up.
namespace Modules {
// The function `symbol` of the module `fileName` beside the program, loaded and never unloaded
// (what it made may live as long as the program); null with *error saying why it cannot be loaded.
QFunctionPointer resolve(const QString &fileName, const char *symbol, QString *error);
} // namespace Modules
