// The pacer: calls over a key's budget wait until a place in the window frees up; a waiting call
// whose owner is gone never runs and takes no place; keys are paced apart.
#include "Pacer.h"

#include <QTest>

class TestPacer : public QObject {
    Q_OBJECT

private slots:
    void callsOverBudgetWait() {
        Pacer pacer;
        pacer.setWindow(400);
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
        gone.reset(); // its waiting call is dropped
        QTest::qWait(200);
        QCOMPARE(ran.size(), 4); // the window has not moved yet
        QTRY_COMPARE_WITH_TIMEOUT(ran, (QList<int>{0, 1, 2, 100, 3}), 2000);
        QCOMPARE(pacer.waited(), 1);
        QTest::qWait(100);
        QVERIFY(!ran.contains(-1));
    }
};

QTEST_GUILESS_MAIN(TestPacer)
#include "tst_pacer.moc"
