// The pacer: calls over a key's budget wait until a place in the window frees up; a waiting call
// whose owner is gone never runs and takes no place; keys are paced apart. Time is a clock the
// test moves, so every verdict is the pacer's and none the machine's.
#include "Clock.h"
#include "net/Pacer.h"

#include <QTest>

class TestPacer : public QObject {
    Q_OBJECT

private slots:
    void callsOverBudgetWait() {
        ManualClock clock;
        Pacer pacer(&clock);
        pacer.setWindow(400); // counted with 5% to spare: a place frees 421 ms after a call
        QObject owner;
        auto gone = std::make_unique<QObject>();
        QList<int> ran;
        for (int i = 0; i < 3; ++i)
            pacer.acquire(QStringLiteral("corp/user/list"), 3, &owner, [&ran, i] { ran << i; });
        pacer.acquire(QStringLiteral("corp/department/list"), 3, &owner, [&ran] { ran << 100; });
        QCOMPARE(ran, (QList<int>{0, 1, 2, 100})); // within budget, and another key: at once
        pacer.acquire(QStringLiteral("corp/user/list"), 3, gone.get(), [&ran] { ran << -1; });
        pacer.acquire(QStringLiteral("corp/user/list"), 3, &owner, [&ran] { ran << 3; });
        QCOMPARE(ran.size(), 4);
        QCOMPARE(pacer.waiting(), 2);
        gone.reset(); // its waiting call is dropped
        clock.advance(420);
        QCOMPARE(ran.size(), 4); // the window has not moved yet
        clock.advance(1);
        QCOMPARE(ran, (QList<int>{0, 1, 2, 100, 3}));
        QCOMPARE(pacer.waited(), 1);
        QCOMPARE(pacer.waiting(), 0);
        clock.advance(10000);
        QVERIFY(!ran.contains(-1));
    }

    // However the calls come, no window of the platform's length ever holds more than the budget,
    // and every call runs in the end.
    void noWindowHoldsMoreThanTheBudget() {
        ManualClock clock;
        Pacer pacer(&clock);
        const int window = 1000, budget = 7, calls = 100;
        pacer.setWindow(window);
        QObject owner;
        QList<qint64> starts;
        for (int i = 0; i < calls; ++i) {
            pacer.acquire(QStringLiteral("corp/user/list"), budget, &owner, [&] { starts << clock.nowMs(); });
            clock.advance(i % 3 == 0 ? 37 : 0); // bursts and gaps
        }
        while (clock.nextDue() >= 0)
            clock.advance(clock.nextDue() - clock.nowMs());
        QCOMPARE(starts.size(), calls);
        for (int first = 0; first < starts.size(); ++first) {
            int inWindow = 0;
            for (int other = first; other < starts.size() && starts.at(other) < starts.at(first) + window;
                 ++other)
                ++inWindow;
            QVERIFY2(inWindow <= budget,
                     qPrintable(QStringLiteral("%1 calls from %2 ms").arg(inWindow).arg(starts.at(first))));
        }
        QVERIFY(pacer.waited() > 0);
    }
};

QTEST_GUILESS_MAIN(TestPacer)
#include "tst_pacer.moc"
