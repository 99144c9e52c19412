#include "store/Keychain.h"

#include "Modules.h"

#include <QCoreApplication>
#include <QMutex>
#include <QThread>

namespace {
QMutex guard;                                  // the loader thread and the threads asking share what follows
std::optional<Result<Keychain::Start>> loaded; // once the module was loaded, or failed to load
QThread *loader = nullptr;                     // while it loads
} // namespace

void Keychain::setStart(Start start) {
    const QMutexLocker locked(&guard);
    loaded = Result<Start>(start);
}

void Keychain::whenLoaded(QObject *context, Ready ready) {
    QMutexLocker locked(&guard);
    if (loaded) {
        const Result<Start> start = *loaded;
        locked.unlock();
        return ready(start);
    }
    if (!loader) {
        loader = QThread::create([] {
            const Result<QFunctionPointer> module =
                Modules::resolve(QStringLiteral("libauthdesk_keychain.so"), "authdesk_keychain_start");
            const QMutexLocker done(&guard);
            loaded = module.ok() ? Result<Start>(reinterpret_cast<Start>(module.value())) : module.error();
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
    // Connected while nothing is loaded, under the lock, so before the loader can finish.
    QObject::connect(loader, &QThread::finished, context, [ready] {
        QMutexLocker read(&guard);
        const Result<Start> start = *loaded;
        read.unlock();
        ready(start);
    });
}
