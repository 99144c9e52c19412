#pragma once

#include "Result.h"

#include <QStringList>
#include <QUrl>
#include <functional>

// The stand-in platforms a newcomer tries AuthDesk with, as the console sees them. The
// composition root supplies one (the built-in sandbox) for the console, so that the UI links core
// only and knows nothing of the sandbox.
class DemoEnvironment {
public:
    virtual ~DemoEnvironment() = default;

    // Starts the stand-in if it is not running and points the saved demo tenants at it.
    virtual Status start() = 0;
    virtual bool isRunning() const = 0;
    virtual QUrl address() const = 0;
    // Creates (or re-creates) every demo tenant with its secret; `done` gets the outcome.
    virtual void createDemoTenants(std::function<void(const Status &)> done) = 0;
    // The demo tenants' names, in the order they are created.
    virtual QStringList demoTenantNames() const = 0;
    // The faults each stand-in platform can switch on, as (platform key, fault names); key
    // "sandbox": those of every platform at once (its clock, its TLS certificate).
    virtual QList<QPair<QString, QStringList>> faults() const = 0;
    // Switches `fault` on for the platform until the faults are reset.
    virtual void setFault(const QString &platform, const QString &fault) = 0;
    virtual void resetFaults() = 0;
    // What a stand-in platform can be made to do once, now (WeCom: push the suites' tickets), as
    // (platform key, action names).
    virtual QList<QPair<QString, QStringList>> actions() const = 0;
    virtual void act(const QString &platform, const QString &action) = 0;
};
