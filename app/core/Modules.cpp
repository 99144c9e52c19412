#include "Modules.h"

#include <QCoreApplication>
#include <QLibrary>

Result<QFunctionPointer> Modules::resolve(const QString &fileName, const char *symbol) {
    QLibrary module(QCoreApplication::applicationDirPath() + QLatin1Char('/') + fileName);
    module.setLoadHints(QLibrary::PreventUnloadHint);
    if (const QFunctionPointer function = module.resolve(symbol))
        return function;
    return Error{Error::Kind::Unavailable, module.errorString()};
}
