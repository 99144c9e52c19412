#include "store/Keychain.h"

#include "Modules.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>

namespace {
QMutex guard; // the loader thread and the threads asking share what follows
Keychain::Start registered = nullptr;
bool tried = false; // the module was loaded, or failed to load with `loadError`
QString loadError;
QThread *loader = nullptr; // while it loads
} // namespace

void Keychain::setStart(Start start) {
    const QMutexLocker locked(&guard);
    registered = start;
    tried = true;
}

void Keychain::whenLoaded(QObject *context, Ready ready) {
    QMutexLocker locked(&guard);
    if (tried) {
        const Start start = registered;
        const QString error = loadError;
        locked.unlock();
        return ready(start, error);
    }
    if (!loader) {
        loader = QThread::create([] {
            const Result<QFunctionPointer> loaded =
                Modules::resolve(QStringLiteral("libauthdesk_keychain.so"), "authdesk_keychain_start");
            const QMutexLocker done(&guard);
            registered = loaded.ok() ? reinterpret_cast<Start>(loaded.value()) : nullptr;
            loadError = loaded.errorText();
            tried = true;
            loader = nullptr;
        });
        QObject::connect(loader, &QThread::finished, loader, &QObject::deleteLater);
        // A program that quits before the module is loaded waits for it as the application goes:
        // the loader asks the application where the module is.
        qAddPostRoutine([] {
            QMutexLocker loading(&guard);
            QThread *running = loader; // cleared as it ends, and deleted only from the event loop
            loading.unlock();
            if (running)
                running->wait();
        });
        loader->start();
    }
    // Connected while `tried` is false under the lock, so before the loader can finish.
    QObject::connect(loader, &QThread::finished, context, [ready] {
        QMutexLocker read(&guard);
        const Start start = registered;
        const QString error = loadError;
        read.unlock();
        ready(start, error);
    });
}
