// The lifecycle of runs, syncs and token fetches over real HTTP against the sandbox with the real
// keychain: whatever is replaced, cancelled or deleted mid-way leaves nothing waiting, calls
// nothing further, and never strands the next run of the same tenant.
#include "../support/Succeeded.h"
#include "TestSupport.h"
#include "WeComSandbox.h"
#include "net/HttpClient.h"
#include "providers/TokenCache.h"
#include "providers/WeComProvider.h"
#include "run/DirectorySync.h"
#include "run/FlowRun.h"
#include "store/SecretStore.h"
#include "workspace/Workspace.h"

#include <QSignalSpy>
#include <QTest>
#include <memory>

using namespace TestSupport;

class TestRunLifecycle : public FlowTest {
    Q_OBJECT

    WeComSandbox &wecom() { return m_sandbox.platform<WeComSandbox>(); }
    int calls(const char *api) { return FlowTest::calls(QStringLiteral("wecom"), api); }
    Tenant freshTenant() { return FlowTest::freshTenant(QStringLiteral("wecom")); }
    QUrl approve(FlowRun &run) { return FlowTest::approve(run, QStringLiteral("zhangsan")); }

    // A token fetcher that counts its calls and hands out "token-1", "token-2", ...
    TokenCache::Fetcher countingFetcher(int *fetches) {
        return [fetches](QObject *, std::function<void(const Result<FetchedToken> &)> done) {
            ++*fetches;
            done(FetchedToken{QStringLiteral("token-%1").arg(*fetches), 7200});
        };
    }
    // The token the cache hands out now, or an empty string.
    QString tokenNow(TokenCache &cache, const TokenKey &key, TokenCache::Fetcher fetcher) {
        QString token;
        bool done = false;
        cache.get(key, this, fetcher, [&](const TokenResult &result) {
            token = result.ok() ? result.value().value : QString();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning() << "no token within 20 s";
        return token;
    }

    // What the keychain holds under `key` now (empty when nothing or it failed).
    QString keychainValue(const QString &key) {
        QString value;
        bool done = false;
        m_workspace->secrets()->read(key, this, [&](const SecretResult &read) {
            value = read.ok() ? read.value() : QString();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20000))
            qWarning() << "the keychain did not answer within 20 s";
        return value;
    }

private slots:
    void initTestCase() { setUpWorkspace(); }
    void init() {
        wecom().clearFaults();
        m_workspace->http()->setTimeout(15000);
    }

    void runReplacedDuringSlowTokenFetch() {
        const Tenant tenant = freshTenant(); // nothing cached: its first run must fetch a token
        wecom().setFault(QStringLiteral("slow"), QStringLiteral("gettoken"), 1, 1500);
        const int before = calls("gettoken");
        auto first = newRun(tenant);
        first->handleRedirect(approve(*first));
        QTRY_COMPARE_WITH_TIMEOUT(calls("gettoken"), before + 1, 10000);
        first.reset(); // replaced while its token fetch is under way (Start pressed again)

        auto second = newRun(tenant);
        second->handleRedirect(approve(*second));
        QVERIFY2(waitFinished(*second, 20000),
                 qPrintable(second->error() + QLatin1String(" | ") + stepTitles(*second)));
        QCOMPARE(calls("gettoken"), before + 1); // the second run waited for the fetch the first started
    }

    void cancelledRunMakesNoFurtherCall() {
        const Tenant tenant = freshTenant();
        wecom().setFault(QStringLiteral("slow"), QStringLiteral("auth/getuserinfo"), 1, 1000);
        const int infoBefore = calls("auth/getuserinfo");
        const int userBefore = calls("user/get");
        auto run = newRun(tenant);
        QSignalSpy finished(run.get(), &FlowRun::finished);
        run->handleRedirect(approve(*run));
        QTRY_COMPARE_WITH_TIMEOUT(calls("auth/getuserinfo"), infoBefore + 1, 10000);
        const int tokensBefore = calls("gettoken");
        const int slowBefore = wecom().slowAnswersGiven();
        run->cancel();
        QCOMPARE(run->phase(), FlowRun::Phase::Cancelled);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(stepTitles(*run).contains(QLatin1String("Run cancelled")));
        // Past the slow answer (the sandbox has sent it) and the events it could cause: nothing may
        // follow it.
        QTRY_VERIFY_WITH_TIMEOUT(wecom().slowAnswersGiven() > slowBefore, 20000);
        QCoreApplication::processEvents();
        QCOMPARE(calls("auth/getuserinfo"), infoBefore + 1);
        QCOMPARE(calls("user/get"), userBefore);
        QCOMPARE(calls("gettoken"), tokensBefore);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(run->phase(), FlowRun::Phase::Cancelled);
        run->cancel(); // a second cancel changes nothing
        QCOMPARE(finished.size(), 1);
    }

    void runDeletedWhileTheKeychainIsReadDoesNotCrash() {
        // The exchange starts with two keychain reads (the secret, then the cached token). Deleting
        // runs at every moment of the first milliseconds hits both windows; with freed runs called
        // back this crashes (and AddressSanitizer names it).
        const Tenant tenant = freshTenant();
        for (int delay = 0; delay <= 40; delay += 4) {
            auto run = newRun(tenant);
            run->handleRedirect(approve(*run));
            QTest::qWait(delay);
            run.reset();
        }
        // Every keychain answer to the deleted runs has come back (and found its run gone).
        QTRY_COMPARE_WITH_TIMEOUT(m_workspace->secrets()->underWay(), 0, 20000);
        auto last = newRun(tenant);
        last->handleRedirect(approve(*last));
        QVERIFY2(waitFinished(*last), qPrintable(last->error()));
    }

    void editingTheEndpointFetchesAFreshToken() {
        Tenant tenant = freshTenant();
        auto first = newRun(tenant);
        first->handleRedirect(approve(*first));
        QVERIFY(waitFinished(*first));
        const int before = calls("gettoken");

        // The same sandbox under another name: a token is never sent to a host it was not issued for.
        tenant.endpoints.insert(QStringLiteral("api"),
                                QStringLiteral("http://localhost:%1").arg(m_sandbox.baseUrl().port()));
        QString error;
        QVERIFY2(succeeded(m_workspace->tenants().save(tenant), &error),
                 qPrintable(error)); // configuration only, same secret
        auto second = newRun(tenant);
        second->handleRedirect(approve(*second));
        QVERIFY2(waitFinished(*second), qPrintable(second->error()));
        QCOMPARE(calls("gettoken"), before + 1);
        QVERIFY(stepTitles(*second).contains(QLatin1String("Token fetched")));
    }

    // WeCom rate-limits gettoken: an edit that changes nothing the token is issued for (the runs
    // kept) keeps it; an edit of what it is issued for (the corp) does not.
    void cosmeticEditKeepsTheToken() {
        Tenant tenant = freshTenant();
        auto first = newRun(tenant);
        first->handleRedirect(approve(*first));
        QVERIFY(waitFinished(*first));
        const int before = calls("gettoken");
        tenant.settings.insert(QStringLiteral("history_limit"), QStringLiteral("7"));
        QString error;
        QVERIFY2(succeeded(m_workspace->tenants().save(tenant), &error), qPrintable(error));
        auto second = newRun(tenant);
        second->handleRedirect(approve(*second));
        QVERIFY2(waitFinished(*second), qPrintable(second->error()));
        QCOMPARE(calls("gettoken"), before);
        Tenant otherCorp = tenant;
        otherCorp.settings.insert(QStringLiteral("corpid"), QStringLiteral("ww-other"));
        const Provider *provider = Provider::find(QStringLiteral("wecom"));
        QVERIFY(provider->tokenKey(otherCorp).id() != provider->tokenKey(tenant).id());
    }

    // The main secret's token and the contacts-sync secret's token have a keychain entry each:
    // neither overwrites the other, so another process finds both.
    void mainAndContactsTokensAreKeptApart() {
        const Tenant tenant = freshTenant();
        const auto *wecomProvider =
            static_cast<const WeComProvider *>(Provider::find(QStringLiteral("wecom")));
        TokenCache cache(m_workspace->secrets());
        int fetches = 0;
        QCOMPARE(tokenNow(cache, wecomProvider->tokenKey(tenant), countingFetcher(&fetches)),
                 QStringLiteral("token-1"));
        QCOMPARE(tokenNow(cache, wecomProvider->contactsTokenKey(tenant), countingFetcher(&fetches)),
                 QStringLiteral("token-2"));
        TokenCache other(m_workspace->secrets()); // another process: only the keychain
        QTRY_VERIFY_WITH_TIMEOUT(
            keychainValue(
                SecretStore::keyFor(tenant.id, TokenCache::keychainName(QStringLiteral("contacts"))))
                .contains(QLatin1String("token-2")),
            20000);
        QCOMPARE(tokenNow(other, wecomProvider->tokenKey(tenant), countingFetcher(&fetches)),
                 QStringLiteral("token-1"));
        QCOMPARE(tokenNow(other, wecomProvider->contactsTokenKey(tenant), countingFetcher(&fetches)),
                 QStringLiteral("token-2"));
        QCOMPARE(fetches, 2);
    }

    void lateRejectionOfAnOldTokenKeepsTheNewerOne() {
        TokenCache cache(m_workspace->secrets());
        const TokenKey key{QStringLiteral("tenant-late-rejection"), QStringLiteral("https://api.example v1")};
        int fetches = 0;
        const TokenCache::Fetcher fetcher = countingFetcher(&fetches);
        QCOMPARE(tokenNow(cache, key, fetcher), QStringLiteral("token-1"));
        cache.invalidate(key, QStringLiteral("token-1")); // the platform rejected it
        QCOMPARE(tokenNow(cache, key, fetcher), QStringLiteral("token-2"));
        QCOMPARE(fetches, 2);

        cache.invalidate(key, QStringLiteral("token-1")); // a slower caller reports the old token late
        QCOMPARE(tokenNow(cache, key, fetcher), QStringLiteral("token-2"));
        QCOMPARE(fetches, 2);
        // The keychain keeps the newer token too: another process (a new cache) reuses it. The
        // write is asynchronous: wait until the keychain holds it, not for a while.
        const QString stored = SecretStore::keyFor(key.tenantId, TokenCache::keychainName());
        QTRY_VERIFY_WITH_TIMEOUT(keychainValue(stored).contains(QLatin1String("token-2")), 20000);
        TokenCache other(m_workspace->secrets());
        QCOMPARE(tokenNow(other, key, fetcher), QStringLiteral("token-2"));
        QCOMPARE(fetches, 2);
        // A token issued for something else is not handed out.
        const TokenKey edited{key.tenantId, QStringLiteral("https://other.example v1")};
        QCOMPARE(tokenNow(other, edited, fetcher), QStringLiteral("token-3"));
    }

    void waiterThatIsGoneIsSkipped() {
        TokenCache cache(m_workspace->secrets());
        const TokenKey key{QStringLiteral("tenant-gone-waiter"), QStringLiteral("x")};
        std::function<void(const Result<FetchedToken> &)> finishFetch;
        const TokenCache::Fetcher slowFetcher =
            [&](QObject *, std::function<void(const Result<FetchedToken> &)> done) { finishFetch = done; };
        auto gone = std::make_unique<QObject>();
        bool goneCalled = false, staysCalled = false;
        cache.get(key, gone.get(), slowFetcher, [&](const TokenResult &) { goneCalled = true; });
        cache.get(key, this, slowFetcher, [&](const TokenResult &result) { staysCalled = result.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(bool(finishFetch), 20000); // after the keychain said it holds none
        gone.reset();
        finishFetch(FetchedToken{QStringLiteral("late-token"), 7200});
        QVERIFY(!goneCalled);
        QVERIFY(staysCalled);
    }

    void syncCancelledWhileListingDepartments() {
        wecom().generateDirectory(200, 5, 10);
        const Tenant tenant = freshTenant(); // no token yet: the listing waits for gettoken
        wecom().setFault(QStringLiteral("slow"), QStringLiteral("gettoken"), 1, 1500);
        const int before = calls("gettoken");
        auto first = std::make_unique<DirectorySync>(m_workspace->services(), tenant);
        QSignalSpy firstFinished(first.get(), &DirectorySync::finished);
        first->start();
        QTRY_COMPARE_WITH_TIMEOUT(calls("gettoken"), before + 1, 10000);
        first->cancel();
        QCOMPARE(firstFinished.size(), 1);
        QCOMPARE(firstFinished.first().at(1).toBool(), true); // cancelled
        first.reset();                                        // the console deletes it at once

        auto second = std::make_unique<DirectorySync>(m_workspace->services(), tenant);
        QSignalSpy secondFinished(second.get(), &DirectorySync::finished);
        second->start();
        QVERIFY(secondFinished.wait(20000) || !secondFinished.isEmpty());
        QVERIFY2(secondFinished.first().at(0).toBool(), qPrintable(secondFinished.first().at(2).toString()));
        QCOMPARE(m_workspace->mappings().count({{}, {}, tenant.name}), 202);
    }
};

QTEST_GUILESS_MAIN(TestRunLifecycle)
#include "tst_runlifecycle.moc"
