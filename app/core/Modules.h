#pragma once

#include "Result.h"

#include <QMutex>
#include <QString>

// The parts of AuthDesk that bring heavy libraries are modules beside the program
// (libexec/authdesk/ in the package, app/ in the build tree), loaded when first needed so that no
// program pays for them at start-up: the embedded browser (QtWebEngine), the keychain's client
// (QtKeychain), the directory's (libldap), Excel files (libxlsxwriter, libzip) and the sandbox
// (QtHttpServer).
namespace Modules {
// The function `symbol` of the module `fileName` beside the program, loaded and never unloaded
// (what it made may live as long as the program), or the loader's words for why it cannot be.
Result<QFunctionPointer> resolve(const QString &fileName, const char *symbol);

// A module's entry point of type `Function`, resolved on first use and kept; from any thread.
// Tests that link the module's code set it instead, from their static initializers: an Entry is
// constant-initialized (its constructor is constexpr), so it is ready before any of them runs.
template <typename Function> class Entry {
public:
    constexpr Entry(const char *fileName, const char *symbol) : m_fileName(fileName), m_symbol(symbol) {}

    Result<Function> get() {
        const QMutexLocker locked(&m_mutex);
        if (!m_function) {
            const Result<QFunctionPointer> loaded = resolve(QString::fromLatin1(m_fileName), m_symbol);
            if (!loaded.ok())
                return loaded.error();
            m_function = reinterpret_cast<Function>(loaded.value());
        }
        return m_function;
    }
    void set(Function function) {
        const QMutexLocker locked(&m_mutex);
        m_function = function;
    }

private:
    const char *m_fileName;
    const char *m_symbol;
    QMutex m_mutex;
    Function m_function = nullptr;
};
} // namespace Modules
