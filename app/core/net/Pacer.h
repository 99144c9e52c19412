#pragma once

#include "Clock.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <functional>

// Keeps calls under a platform's budget: at most `budget` calls under one key (a corp and an API)
// start within any window (60 s), so that a large sync paces itself instead of running into the
// platform's rate limit (WeCom 45009). A call over budget waits until the oldest call in the window
// leaves it. One per process, shared by every sync and run (Workspace::pacer). Time is the given
// clock's: the steady clock in the program, a clock the test drives in tests.
class Pacer : public QObject {
    Q_OBJECT

public:
    explicit Pacer(Clock *clock = Clock::steady(), QObject *parent = nullptr);

    // The window the budget counts in; 60 s as the platforms count, shorter in tests.
    void setWindow(int milliseconds) { m_windowMs = milliseconds; }
    // Runs `go` now when the key's budget allows, else as soon as it does. A waiting call whose
    // `guard` is gone is dropped and uses no budget.
    void acquire(const QString &key, int budget, QObject *guard, std::function<void()> go);
    // How many calls had to wait, and for how long in all: for the figures of a sync.
    int waited() const { return m_waited; }
    qint64 waitedMs() const { return m_waitedMs; }
    // Calls waiting for a place in their window now.
    int waiting() const;

private:
    struct Waiter {
        QPointer<QObject> guard;
        std::function<void()> go;
        qint64 since;
    };
    struct Lane {
        int budget = 0;
        QQueue<qint64> starts; // when the calls in the window started
        QQueue<Waiter> waiting;
        bool wakeUpSet = false; // a release is due when the oldest call leaves the window
    };
    // The window counted with 5% to spare: the platform counts calls when they arrive, and a
    // call that waited on the network must not land in the next call's window.
    int spacing() const { return m_windowMs + m_windowMs / 20; }
    void release(const QString &key);
    void forget(Lane &lane) const;

    Clock *m_clock;
    int m_windowMs = 60000;
    QHash<QString, Lane> m_lanes;
    int m_waited = 0;
    qint64 m_waitedMs = 0;
};
