// The real Secret Service through QtKeychain. Run twice by ctest: once inside the keyring session,
// and once (AUTHDESK_EXPECT_NO_KEYCHAIN) with the D-Bus session out of reach, where every secret
// operation must fail with a message in words and nothing may be written anywhere else.
#include "../support/Succeeded.h"
#include "TestSupport.h"
#include "WeComSandbox.h"
#include "providers/TokenCache.h"
#include "store/SecretStore.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestKeychain : public QObject {
    Q_OBJECT

    QTemporaryDir m_data;
    bool m_expectNoKeychain = qEnvironmentVariableIsSet("AUTHDESK_EXPECT_NO_KEYCHAIN");

    SecretResult wait(std::function<void(SecretStore::Callback)> call) {
        SecretResult result = Error::failed(QStringLiteral("timed out"));
        call([&](const SecretResult &r) { result = r; });
        (void)QTest::qWaitFor(
            [&] { return result.ok() || result.error().message != QLatin1String("timed out"); }, 30000);
        return result;
    }

private slots:
    void initTestCase() { qputenv("XDG_DATA_HOME", m_data.path().toUtf8()); }

    void probe() {
        SecretStore store;
        const SecretResult result = wait([&](auto done) { store.probe(this, done); });
        if (m_expectNoKeychain) {
            QVERIFY(!result.ok());
            QVERIFY(result.error().is(Error::Kind::Unavailable));
            QVERIFY2(result.errorText().contains(QLatin1String("keychain is not available")),
                     qPrintable(result.errorText()));
            QVERIFY(result.errorText().contains(QLatin1String("gnome-keyring")));
        } else {
            QVERIFY2(result.ok(), qPrintable(result.errorText()));
        }
    }

    void roundTripAndRemove() {
        if (m_expectNoKeychain)
            QSKIP("covered by probe and addingATenantWithoutKeychain");
        SecretStore store;
        const QString key = SecretStore::keyFor(QStringLiteral("t-roundtrip"), QStringLiteral("corpsecret"));
        QVERIFY(
            wait([&](auto done) { store.write(key, QStringLiteral("secret-value-123"), this, done); }).ok());
        const SecretResult read = wait([&](auto done) { store.read(key, this, done); });
        QVERIFY(read.ok());
        QCOMPARE(read.value(), QStringLiteral("secret-value-123"));
        QVERIFY(wait([&](auto done) { store.remove(key, this, done); }).ok());
        const SecretResult gone = wait([&](auto done) { store.read(key, this, done); });
        QVERIFY(!gone.ok());
        QVERIFY(gone.error().is(Error::Kind::NotFound));
    }

    void removingATenantRemovesItsSecrets() {
        if (m_expectNoKeychain)
            QSKIP("needs a keychain");
        Workspace workspace;
        QString error;
        QVERIFY(succeeded(workspace.open(m_data.filePath(QStringLiteral("db.sqlite"))), &error));
        Tenant tenant = wecomTenant(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("to-remove"));
        QVERIFY(saveTenant(workspace, tenant));
        const QString secretKey = SecretStore::keyFor(tenant.id, QStringLiteral("corpsecret"));
        const QString tokenKey = SecretStore::keyFor(tenant.id, TokenCache::keychainName());
        QVERIFY(wait([&](auto done) {
                    workspace.secrets()->write(tokenKey, QStringLiteral("{\"token\":\"x\"}"), this, done);
                }).ok());
        QVERIFY(wait([&](auto done) { workspace.secrets()->read(secretKey, this, done); }).ok());

        bool removed = false;
        workspace.removeTenant(tenant.name, TenantStore::MappingsOnRemove::Keep,
                               [&](const Status &status) { removed = status.ok(); });
        QVERIFY(QTest::qWaitFor([&] { return removed; }, 20000));
        QVERIFY(!workspace.tenants().find(tenant.name));
        QVERIFY(wait([&](auto done) { workspace.secrets()->read(secretKey, this, done); })
                    .error()
                    .is(Error::Kind::NotFound));
        QVERIFY(wait([&](auto done) { workspace.secrets()->read(tokenKey, this, done); })
                    .error()
                    .is(Error::Kind::NotFound));
    }

    void addingATenantWithoutKeychain() {
        if (!m_expectNoKeychain)
            QSKIP("runs in tst_keychain_unavailable");
        Workspace workspace;
        QString error;
        QVERIFY(succeeded(workspace.open(m_data.filePath(QStringLiteral("db.sqlite"))), &error));
        Tenant tenant =
            wecomTenant(QUrl(QStringLiteral("http://127.0.0.1:9")), QStringLiteral("no-keychain"));
        bool done = false, ok = true;
        QString message;
        workspace.saveTenant(tenant, QStringLiteral("NoKeychainSecret4711"), [&](const Status &saved) {
            ok = saved.ok();
            message = saved.errorText();
            done = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 30000));
        QVERIFY(!ok);
        QVERIFY2(message.contains(QLatin1String("keychain is not available")), qPrintable(message));
        QVERIFY(!workspace.tenants().find(tenant.name));
        QVERIFY(!readTree(m_data.path()).contains("NoKeychainSecret4711"));
        // The rest keeps working: configuration can still be read and written.
        QCOMPARE(workspace.tenants().tenants().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
