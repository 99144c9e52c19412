#pragma once

#include "DemoEnvironment.h"
#include "Result.h"

#include <QString>
#include <memory>

class Workspace;

// The built-in sandbox is a module (libauthdesk_sandbox.so, SandboxModule.cpp): QtHttpServer and
// QtWebSockets cost a few milliseconds at every start of a program that links them, and only
// `--demo`, the Sandbox menu and `authdesk sandbox serve` need them. The module holds the sandbox
// and SandboxDemo, and links core for what a program does not hold of it; what a program holds
// it exports (ENABLE_EXPORTS), and the module's references bind to that, so there is one of each.
namespace SandboxModule {
// `authdesk sandbox serve`: the sandbox alone until the program is stopped; its exit code, or
// the reason it cannot start.
Result<int> serve(quint16 port);
// The console's demo environment, which loads the module when the sandbox first starts (and
// answers "not running" until then).
std::unique_ptr<DemoEnvironment> demo(Workspace *workspace);
} // namespace SandboxModule

extern "C" DemoEnvironment *authdesk_create_demo(Workspace *workspace);
extern "C" int authdesk_serve_sandbox(quint16 port, QString *error);
