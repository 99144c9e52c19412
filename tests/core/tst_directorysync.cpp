// WeCom directory sync against a generated sandbox directory over real HTTP: multi-department
// members, local accounts kept, 45009 and -1 in the middle, cancellation and resume, departures.
#include "../support/Succeeded.h"
#include "TestSupport.h"
#include "WeComSandbox.h"
#include "net/HttpClient.h"
#include "net/Pacer.h"
#include "run/DirectorySync.h"
#include "store/SecretStore.h"

#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace TestSupport;

class TestDirectorySync : public FlowTest {
    Q_OBJECT

    Tenant m_tenant;

    std::unique_ptr<DirectorySync> newSync() {
        auto sync = std::make_unique<DirectorySync>(m_workspace->services(), m_tenant);
        sync->setRateLimitPause(150);
        sync->setRetryDelay(20);
        return sync;
    }
    // Runs a sync to its end; returns (ok, cancelled, message).
    std::tuple<bool, bool, QString> runToEnd(DirectorySync &sync, std::function<void()> whileRunning = {}) {
        QSignalSpy finished(&sync, &DirectorySync::finished);
        QStringList steps;
        connect(&sync, &DirectorySync::stepAdded, this, [&](const FlowStep &step) { steps << step.title; });
        sync.start();
        if (whileRunning)
            whileRunning();
        if (finished.isEmpty() && !finished.wait(60000) && finished.isEmpty())
            return {false, false, QStringLiteral("timed out")};
        m_lastSteps = steps.join(QStringLiteral(" | "));
        return {finished.first().at(0).toBool(), finished.first().at(1).toBool(),
                finished.first().at(2).toString()};
    }
    QString m_lastSteps;
    ManualClock m_clock; // paces the workspace's calls; moved by the test

    // Lets the sync run; whenever its calls are all answered and some wait for the pacer, moves
    // the clock to when the next may go.
    void driveClockUntilFinished(DirectorySync &sync) {
        while (!sync.isFinished()) {
            if (m_workspace->http()->inFlight() == 0 && m_workspace->pacer()->waiting() > 0 &&
                m_clock.nextDue() >= 0)
                m_clock.advance(m_clock.nextDue() - m_clock.nowMs());
            else
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        }
    }
    int present(bool yes) {
        int n = 0;
        QString error;
        succeeded(m_workspace->mappings().forEach({{}, {}, m_tenant.name},
                                                  [&](const Mapping &m) {
                                                      n += m.present == yes;
                                                      return true;
                                                  }),
                  &error);
        return n;
    }

private slots:
    void initTestCase() {
        setUpWorkspace(&m_clock);
        m_sandbox.platform<WeComSandbox>().generateDirectory(3000, 61, 10); // 60 departments under the root
        m_tenant = freshTenant(QStringLiteral("wecom"));
    }
    void init() { m_sandbox.platform<WeComSandbox>().clearFaults(); }

    void fullSync() {
        auto sync = newSync();
        const auto [ok, cancelled, message] = runToEnd(*sync);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(m_workspace->mappings().count({{}, {}, m_tenant.name}), 3002);
        QCOMPARE(sync->progress().departmentsTotal, 61);
        QCOMPARE(sync->progress().departmentsDone, 61);
        // u000010 is listed in two departments and is one row with both.
        const auto multi =
            m_workspace->mappings().find({QStringLiteral("wecom"), m_tenant.id, QStringLiteral("u000010")});
        QVERIFY(multi);
        QCOMPARE(multi->department.split(QLatin1Char(',')).size(), 2);
        QCOMPARE(multi->source, QStringLiteral("directory"));
        QVERIFY(!multi->name.isEmpty());
        QVERIFY(
            m_workspace->mappings().syncProgress(m_tenant.id).syncRun.isEmpty()); // nothing left to resume
    }

    void secondSyncKeepsLocalAccounts() {
        QString error;
        const MappingStore::Key key{QStringLiteral("wecom"), m_tenant.id, QStringLiteral("u000042")};
        QVERIFY(
            succeeded(m_workspace->mappings().setLocalAccount(key, QStringLiteral("kept.account")), &error));
        auto sync = newSync();
        const auto [ok, cancelled, message] = runToEnd(*sync);
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(m_workspace->mappings().find(key)->localAccount, QStringLiteral("kept.account"));
        QCOMPARE(m_workspace->mappings().count({{}, {}, m_tenant.name}), 3002);
    }

    void rateLimitMidSyncIsWaitedOut() {
        m_sandbox.platform<WeComSandbox>().setFault(QStringLiteral("rate_limit"), QStringLiteral("user/list"),
                                                    2, 0, 20);
        auto sync = newSync();
        const auto [ok, cancelled, message] = runToEnd(*sync);
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(m_lastSteps.contains(QLatin1String("Rate limited (45009)")), qPrintable(m_lastSteps));
        QCOMPARE(sync->progress().departmentsDone, 61);
        QCOMPARE(present(true), 3002);
    }

    // Eight refusals meet four calls under way: they come in waves, each answered by one pause, and
    // the sync goes on (counting each refusal gave up after the fifth). How the eight fall into
    // waves depends on when the pacer lets each call out, so the test asks for what holds whatever
    // the timing: at least two waves (four calls at most per wave), fewer pauses than refusals.
    void concurrentRefusalsAreOneWave() {
        m_workspace->mappings().clearSyncProgress(m_tenant.id);
        m_sandbox.platform<WeComSandbox>().setFault(QStringLiteral("rate_limit"), QStringLiteral("user/list"),
                                                    8, 0, 20);
        auto sync = newSync();
        sync->setConcurrency(4);
        const auto [ok, cancelled, message] = runToEnd(*sync);
        QVERIFY2(ok, qPrintable(message));
        const int pauses = int(m_lastSteps.count(QLatin1String("Rate limited (45009)")));
        QVERIFY2(pauses >= 2 && pauses < 8, qPrintable(QString::number(pauses)));
        QCOMPARE(sync->progress().departmentsDone, 61);
    }

    void busyMidSyncIsRetried() {
        m_sandbox.platform<WeComSandbox>().setFault(QStringLiteral("busy"), QStringLiteral("user/list"), 1, 0,
                                                    5);
        auto sync = newSync();
        const auto [ok, cancelled, message] = runToEnd(*sync);
        QVERIFY2(ok, qPrintable(message));
        QVERIFY(m_lastSteps.contains(QLatin1String("WeCom busy (-1)")));
    }

    void cancelThenResume() {
        m_sandbox.platform<WeComSandbox>().setFault(QStringLiteral("slow"), QStringLiteral("user/list"), -1,
                                                    30);
        auto first = newSync();
        const int before = m_sandbox.platform<WeComSandbox>().requestCount(QStringLiteral("user/list"));
        connect(first.get(), &DirectorySync::progressed, this, [&](const DirectorySync::Progress &p) {
            if (p.departmentsDone >= 15)
                first->cancel();
        });
        const auto [ok, cancelled, message] = runToEnd(*first);
        QVERIFY(!ok);
        QVERIFY(cancelled);
        QVERIFY2(message.contains(QLatin1String("resume")), qPrintable(message));
        const int done = m_workspace->mappings().syncProgress(m_tenant.id).departments.size();
        QVERIFY2(done >= 15 && done < 61, qPrintable(QString::number(done)));

        m_sandbox.platform<WeComSandbox>().clearFaults();
        auto second = newSync();
        const auto [ok2, cancelled2, message2] = runToEnd(*second);
        QVERIFY2(ok2, qPrintable(message2));
        QVERIFY(second->progress().resumed);
        // The resumed sync only walked what was left: every department was listed once in all.
        QVERIFY(!cancelled2);
        QCOMPARE(second->progress().requests, 1 + (61 - done));
        QCOMPARE(m_sandbox.platform<WeComSandbox>().requestCount(QStringLiteral("user/list")) - before, 61);
        QCOMPARE(present(true), 3002);
    }

    void departedMembersAreMarked() {
        m_sandbox.platform<WeComSandbox>().generateDirectory(1000, 61, 10);
        auto sync = newSync();
        const auto [ok, cancelled, message] = runToEnd(*sync);
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(message.contains(QLocale().toString(2000) + QLatin1String(" member(s) no longer")),
                 qPrintable(message));
        QCOMPARE(present(true), 1002);
        QCOMPARE(present(false), 2000);
        QCOMPARE(m_workspace->mappings()
                     .find({QStringLiteral("wecom"), m_tenant.id, QStringLiteral("u000042")})
                     ->localAccount,
                 QStringLiteral("kept.account"));
    }

    // Hardening: an HTTP 200 that lacks what WeCom always sends is malformed, not an empty
    // directory: the sync is incomplete and nobody is marked as gone.
    void malformedAnswersMarkNobodyAbsent_data() {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("api");
        QTest::addColumn<QString>("says");
        QTest::newRow("department/list {}") << "empty"
                                            << "department/list"
                                            << "malformed";
        QTest::newRow("department/list without its list") << "ok_without_data"
                                                          << "department/list"
                                                          << "department list";
        QTest::newRow("errcode as a string") << "string_errcode"
                                             << "department/list"
                                             << "60020";
        QTest::newRow("user/list {}") << "empty"
                                      << "user/list"
                                      << "malformed";
        QTest::newRow("user/list without its list") << "ok_without_data"
                                                    << "user/list"
                                                    << "userlist";
    }
    void malformedAnswersMarkNobodyAbsent() {
        QFETCH(QString, fault);
        QFETCH(QString, api);
        QFETCH(QString, says);
        const int presentBefore = present(true);
        const int absentBefore = present(false);
        m_sandbox.platform<WeComSandbox>().setFault(fault, api, 1, 0,
                                                    api == QLatin1String("user/list") ? 5 : 0);
        auto sync = newSync();
        const auto [ok, cancelled, message] = runToEnd(*sync);
        QVERIFY(!ok);
        QVERIFY(!cancelled);
        QVERIFY2(message.contains(says), qPrintable(message));
        QCOMPARE(present(true), presentBefore);
        QCOMPARE(present(false), absentBefore);
        m_sandbox.platform<WeComSandbox>().clearFaults();
        auto resumed = newSync(); // and the next sync completes
        const auto [ok2, cancelled2, message2] = runToEnd(*resumed);
        QVERIFY2(ok2, qPrintable(message2));
    }

    // Hardening: with several requests under way, a failure is reported as itself (the first
    // one), never as "cancelled".
    void failuresAreNotCancellations() {
        m_sandbox.platform<WeComSandbox>().setFault(QStringLiteral("malformed"), QStringLiteral("user/list"),
                                                    -1, 0, 5);
        auto sync = newSync();
        sync->setConcurrency(4);
        const auto [ok, cancelled, message] = runToEnd(*sync);
        QVERIFY(!ok);
        QVERIFY(!cancelled);
        QVERIFY2(message.contains(QLatin1String("not valid JSON")), qPrintable(message));
        m_sandbox.platform<WeComSandbox>().clearFaults();
        auto resumed = newSync();
        QVERIFY(std::get<0>(runToEnd(*resumed)));
    }

    // With the contacts-sync secret in the keychain, the directory is listed by page (user/list_id,
    // 10,000 a page) and not a department at a time; names learned earlier are kept; the run says
    // which path it took. Without it (every other test), user/list per department.
    void pagedSyncWithTheContactsSecret() {
        WeComSandbox &wecom = m_sandbox.platform<WeComSandbox>();
        wecom.generateDirectory(25000, 41, 10);
        auto byDepartment = newSync();
        QVERIFY(std::get<0>(runToEnd(*byDepartment)));
        QVERIFY2(m_lastSteps.contains(QLatin1String("Listing each department")), qPrintable(m_lastSteps));
        bool written = false;
        m_workspace->saveTenant(m_tenant, {}, [&](const Status &status) { written = status.ok(); },
                                {{QStringLiteral("contacts_secret"), WeComSandbox::contactsSecret}});
        QVERIFY(QTest::qWaitFor([&] { return written; }, 20000));

        const int listCalls = wecom.requestCount(QStringLiteral("user/list"));
        const int pageCalls = wecom.requestCount(QStringLiteral("user/list_id"));
        auto paged = newSync();
        const auto [ok, cancelled, message] = runToEnd(*paged);
        QVERIFY2(ok, qPrintable(message));
        QVERIFY2(m_lastSteps.contains(QLatin1String("Listing every member by page")),
                 qPrintable(m_lastSteps));
        QCOMPARE(wecom.requestCount(QStringLiteral("user/list")), listCalls);
        QCOMPARE(wecom.requestCount(QStringLiteral("user/list_id")) - pageCalls, 3); // 25,002 members
        QCOMPARE(present(true), 25002);
        const auto member =
            m_workspace->mappings().find({QStringLiteral("wecom"), m_tenant.id, QStringLiteral("u000010")});
        QVERIFY(member);
        QVERIFY(!member->name.isEmpty());                               // kept from the listing by department
        QCOMPARE(member->department.split(QLatin1Char(',')).size(), 2); // two departments, one row

        // The contacts-sync secret goes with the tenant.
        bool removed = false;
        m_workspace->removeTenant(m_tenant.name, TenantStore::MappingsOnRemove::Delete,
                                  [&](const Status &status) { removed = status.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return removed; }, 20000));
        bool gone = false;
        m_workspace->secrets()->read(
            SecretStore::keyFor(m_tenant.id, QStringLiteral("contacts_secret")), this,
            [&](const SecretResult &read) { gone = read.error().is(Error::Kind::NotFound); });
        QVERIFY(QTest::qWaitFor([&] { return gone; }, 20000));
        m_tenant = freshTenant(QStringLiteral("wecom"));
        wecom.generateDirectory(3000, 61, 10);
    }

    // WeCom's budget per corp per API, here 15 calls a second: unpaced, a sync meets 45009; paced
    // under the budget it never does, and waits instead. The pacer and the sandbox count on one
    // clock that this test moves, and only while no request is on the wire: whether a call is
    // paced never depends on how busy the machine is.
    void pacedSyncNeverTripsTheRateLimit() {
        WeComSandbox &wecom = m_sandbox.platform<WeComSandbox>();
        wecom.setRateLimit(15, 1000, &m_clock);
        m_workspace->pacer()->setWindow(1000);
        const Tenant saved = m_tenant;
        m_tenant.settings.insert(QStringLiteral("calls_per_minute"), QStringLiteral("1000"));
        auto unpaced = newSync();
        unpaced->setConcurrency(4);
        runToEnd(*unpaced);
        QVERIFY(wecom.rateLimitedAnswers() > 0);
        m_workspace->mappings().clearSyncProgress(m_tenant.id); // start the paced one from scratch
        m_clock.advance(1100);                                  // a fresh window

        const int refusedBefore = wecom.rateLimitedAnswers();
        const int waitedBefore = m_workspace->pacer()->waited();
        const qint64 startedAt = m_clock.nowMs();
        m_tenant.settings.insert(QStringLiteral("calls_per_minute"), QStringLiteral("15"));
        auto paced = newSync();
        paced->setConcurrency(4);
        const auto [ok, cancelled, message] = runToEnd(*paced, [&] { driveClockUntilFinished(*paced); });
        QVERIFY2(ok, qPrintable(message));
        QCOMPARE(wecom.rateLimitedAnswers(), refusedBefore);
        QCOMPARE(paced->progress().departmentsDone, 61);
        QVERIFY(m_workspace->pacer()->waited() > waitedBefore);
        // 62 calls (department/list, then 61 user/list), 15 a second: four windows went by.
        QVERIFY2(m_clock.nowMs() - startedAt >= 4000,
                 qPrintable(QString::number(m_clock.nowMs() - startedAt)));
        m_tenant = saved;
        wecom.setRateLimit(10000, 60000);
        m_workspace->pacer()->setWindow(60000);
    }
};

QTEST_GUILESS_MAIN(TestDirectorySync)
#include "tst_directorysync.moc"
