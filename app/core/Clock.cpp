#include "Clock.h"

#include <QElapsedTimer>
#include <QTimer>
#include <climits>

namespace {
class SteadyClock : public Clock {
public:
    SteadyClock() { m_timer.start(); }
    qint64 nowMs() const override { return m_timer.elapsed(); }
    void callAt(qint64 at, QObject *context, std::function<void()> fn) override {
        QTimer::singleShot(int(qBound<qint64>(0, at - nowMs(), qint64(INT_MAX))), context, std::move(fn));
    }

private:
    QElapsedTimer m_timer;
};
} // namespace

Clock *Clock::steady() {
    static SteadyClock clock;
    return &clock;
}

void ManualClock::callAt(qint64 at, QObject *context, std::function<void()> fn) {
    QMutexLocker lock(&m_mutex);
    m_pending.insert(at, {context, std::move(fn)});
}

qint64 ManualClock::nextDue() const {
    QMutexLocker lock(&m_mutex);
    return m_pending.isEmpty() ? -1 : m_pending.firstKey();
}

void ManualClock::advance(qint64 milliseconds) {
    const qint64 until = m_now.load() + milliseconds;
    for (;;) {
        QMutexLocker lock(&m_mutex);
        if (m_pending.isEmpty() || m_pending.firstKey() > until)
            break;
        const qint64 at = m_pending.firstKey();
        const Pending due = m_pending.take(at);
        m_now.store(qMax(m_now.load(), at));
        lock.unlock();
        if (due.context)
            due.fn(); // may schedule further calls, even ones due on this same advance
    }
    m_now.store(until);
}
