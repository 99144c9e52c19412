#include "Pacer.h"

#include <QTimer>

Pacer::Pacer(QObject *parent) : QObject(parent) {
    m_clock.start();
}

void Pacer::forget(Lane &lane) const {
    const qint64 now = m_clock.elapsed();
    while (!lane.starts.isEmpty() && lane.starts.head() <= now - spacing())
        lane.starts.dequeue();
}

void Pacer::acquire(const QString &key, int budget, QObject *guard, std::function<void()> go) {
    Lane &lane = m_lanes[key];
    lane.budget = qMax(1, budget);
    forget(lane);
    if (lane.waiting.isEmpty() && lane.starts.size() < lane.budget) {
        lane.starts.enqueue(m_clock.elapsed());
        return go();
    }
    lane.waiting.enqueue({guard, std::move(go), m_clock.elapsed()});
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
        const qint64 now = m_clock.elapsed();
        ++m_waited;
        m_waitedMs += now - waiter.since;
        lane.starts.enqueue(now);
        waiter.go(); // may acquire again and add lanes: `lane` is not used after this
    }
    Lane &lane = m_lanes[key];
    if (lane.waiting.isEmpty() || (lane.timer && lane.timer->isActive()))
        return;
    if (!lane.timer) {
        lane.timer = new QTimer(this);
        lane.timer->setSingleShot(true);
        connect(lane.timer, &QTimer::timeout, this, [this, key] { release(key); });
    }
    // When the oldest call leaves the window, one place frees up.
    lane.timer->start(int(qMax<qint64>(1, lane.starts.head() + spacing() - m_clock.elapsed() + 1)));
}
