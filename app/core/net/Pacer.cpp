#include "net/Pacer.h"

Pacer::Pacer(Clock *clock, QObject *parent) : QObject(parent), m_clock(clock) {
}

int Pacer::waiting() const {
    int count = 0;
    for (const Lane &lane : m_lanes)
        count += lane.waiting.size();
    return count;
}

void Pacer::forget(Lane &lane) const {
    const qint64 now = m_clock->nowMs();
    while (!lane.starts.isEmpty() && lane.starts.head() <= now - spacing())
        lane.starts.dequeue();
}

void Pacer::acquire(const QString &key, int budget, QObject *guard, std::function<void()> go) {
    Lane &lane = m_lanes[key];
    lane.budget = qMax(1, budget);
    forget(lane);
    if (lane.waiting.isEmpty() && lane.starts.size() < lane.budget) {
        lane.starts.enqueue(m_clock->nowMs());
        return go();
    }
    lane.waiting.enqueue({guard, std::move(go), m_clock->nowMs()});
    release(key);
}

void Pacer::release(const QString &key) {
    for (;;) {
        Lane &lane = m_lanes[key];
        forget(lane);
        if (lane.waiting.isEmpty() || lane.starts.size() >= lane.budget)
            break;
        const Waiter waiter = lane.waiting.dequeue();
        if (!waiter.guard)
            continue; // its owner is gone: it takes no place in the window
        const qint64 now = m_clock->nowMs();
        ++m_waited;
        m_waitedMs += now - waiter.since;
        lane.starts.enqueue(now);
        waiter.go(); // may acquire again and add lanes: `lane` is not used after this
    }
    Lane &lane = m_lanes[key];
    if (lane.waiting.isEmpty() || lane.wakeUpSet)
        return;
    // When the oldest call leaves the window, one place frees up.
    lane.wakeUpSet = true;
    m_clock->callAt(lane.starts.head() + spacing() + 1, this, [this, key] {
        m_lanes[key].wakeUpSet = false;
        release(key);
    });
}
