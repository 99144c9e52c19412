#pragma once

#include <QMap>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <atomic>
#include <functional>

// The time that pacing and rate limits count in, in milliseconds since the clock began. The
// program uses the steady clock; tests drive a ManualClock, so whether a call waits is decided by
// the test and never by how busy the machine is. nowMs() may be called from any thread.
class Clock {
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    // Runs `fn` in `context`'s thread once the clock has reached `at`, unless `context` is gone.
    virtual void callAt(qint64 at, QObject *context, std::function<void()> fn) = 0;

    // The process's steady (monotonic) clock.
    static Clock *steady();
};

// A clock that stands still until the test moves it. Calls fall due in the order of their times,
// in the thread that moves the clock.
class ManualClock : public Clock {
public:
    qint64 nowMs() const override { return m_now.load(); }
    void callAt(qint64 at, QObject *context, std::function<void()> fn) override;

    // Moves the clock by `milliseconds`, running every call that falls due on the way at its time.
    void advance(qint64 milliseconds);
    // The time of the earliest call still to come, or -1 when none is.
    qint64 nextDue() const;

private:
    struct Pending {
        QPointer<QObject> context;
        std::function<void()> fn;
    };
    std::atomic<qint64> m_now{0};
    mutable QMutex m_mutex;
    QMultiMap<qint64, Pending> m_pending;
};
