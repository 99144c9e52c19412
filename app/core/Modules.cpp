#include "Modules.h"

#include <QCoreApplication>
#include <QLibrary>

QFunctionPointer Modules::resolve(const QString &fileName, const char *symbol, QString *error) {
    QLibrary module(QCoreApplication::applicationDirPath() + QLatin1Char('/') + fileName);
    module.setLoadHints(QLibrary::PreventUnloadHint);
    const QFunctionPointer function = module.resolve(symbol);
    if (!function)
        *error = module.errorString();
    return function;
}
