#pragma once

#include "Result.h"

#include <QString>

// The parts of AuthDesk that bring heavy libraries (QtWebEngine, libldap) are modules beside the
// program (libexec/authdesk/ in the package, app/ in the build tree), loaded when first needed so
// that no program pays for them at start-up.
namespace Modules {
// The function `symbol` of the module `fileName` beside the program, loaded and never unloaded
// (what it made may live as long as the program), or the loader's words for why it cannot be.
Result<QFunctionPointer> resolve(const QString &fileName, const char *symbol);
} // namespace Modules
