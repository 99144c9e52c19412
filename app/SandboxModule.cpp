// The built-in sandbox as a module (libauthdesk_sandbox.so beside the programs; see SandboxModule.h):
// QtHttpServer and QtWebSockets are loaded only when a sandbox starts.
#include "SandboxModule.h"

#include "Sandbox.h"
#include "SandboxDemo.h"

#include <QCoreApplication>
#include <cstdio>

extern "C" Q_DECL_EXPORT DemoEnvironment *authdesk_create_demo(Workspace *workspace) {
    return new SandboxDemo(workspace);
}

extern "C" Q_DECL_EXPORT int authdesk_serve_sandbox(quint16 port, QString *error) {
    Sandbox sandbox;
    if (!sandbox.start(error, port))
        return -1;
    const QByteArray address = sandbox.baseUrl().toString().toUtf8() + '\n';
    std::fwrite(address.constData(), 1, size_t(address.size()), stdout);
    std::fflush(stdout);
    return QCoreApplication::exec();
}
