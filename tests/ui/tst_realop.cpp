// AuthDesk against a real OpenID Provider (npm oidc-provider, tests/oidc-provider) in the real
// offscreen QtWebEngine: its own login and consent pages are filled in and submitted as a user
// would, for the confidential and public clients; and its refusals (a replayed code, a wrong
// secret, the user aborting, an unregistered redirect URI) end the run with an explanation.
// Every request of the embedded browser to a host other than loopback is blocked: the
// provider's pages import web fonts from the internet.
#include "../support/Succeeded.h"
#include "AuthBrowser.h"
#include "TestSupport.h"
#include "net/HttpClient.h"
#include "net/UrlRules.h"
#include "run/FlowRun.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QWebEngineUrlRequestInterceptor>

using namespace TestSupport;

namespace {
class LoopbackOnly : public QWebEngineUrlRequestInterceptor {
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;
    void interceptRequest(QWebEngineUrlRequestInfo &info) override {
        const QUrl url = info.requestUrl();
        if (url.scheme().startsWith(QLatin1String("http")) && !UrlRules::isLoopbackHost(url.host())) {
            info.block(true);
            ++blocked;
        }
    }
    int blocked = 0;
};

// What a user does on oidc-provider's pages (devInteractions): sign in as alice, then consent;
// or cancel on the login page.
const char *signInScript = R"((function(abort) {
  var login = document.querySelector('input[name=login]');
  if (login && abort) { document.querySelector('a[href$="/abort"]').click(); return 'abort'; }
  if (login) {
    login.value = 'alice';
    document.querySelector('input[name=password]').value = 'any';
    login.form.submit();
    return 'login';
  }
  var consent = document.querySelector('input[name=prompt][value=consent]');
  if (consent) { consent.form.submit(); return 'consent'; }
  return 'other';
}))";
} // namespace

class TestRealOp : public QObject {
    Q_OBJECT

    QTemporaryDir m_data;
    std::unique_ptr<Workspace> m_workspace;
    RealOpenIdProvider m_op;
    QString m_redirectUri;
    AuthBrowser *m_browser = nullptr;
    LoopbackOnly m_loopbackOnly;
    QUrl m_lastRedirect;
    int m_tenants = 0;

    Tenant saved(const QString &client, const QString &secret, const QString &redirectUri = {}) {
        Tenant tenant = m_op.tenant(QStringLiteral("op-%1").arg(++m_tenants), client,
                                    redirectUri.isEmpty() ? m_redirectUri : redirectUri);
        if (!saveTenant(*m_workspace, tenant, secret))
            qFatal("could not save a tenant: is the keyring session running?");
        return tenant;
    }

    // Runs `tenant` in the embedded browser; the pages are answered as a user would.
    std::unique_ptr<FlowRun> runInBrowser(const Tenant &tenant, bool abort = false) {
        std::unique_ptr<FlowRun> run(m_workspace->newRun(tenant, {}));
        // Queued, so that the browser has made the run's page (it connects after this).
        connect(
            run.get(), &FlowRun::authorizationReady, this,
            [this, abort] {
                m_browser->page()->setUrlRequestInterceptor(&m_loopbackOnly);
                connect(m_browser->page(), &QWebEnginePage::loadFinished, this, [this, abort](bool) {
                    m_browser->page()->runJavaScript(
                        QString::fromLatin1(signInScript) +
                        (abort ? QStringLiteral("(true)") : QStringLiteral("(false)")));
                });
            },
            Qt::QueuedConnection);
        m_browser->startRun(run.get());
        if (!QTest::qWaitFor([&] { return run->hasEnded(); }, 45000))
            run->fail(QStringLiteral("the test gave up waiting for the run"));
        return run;
    }

private slots:
    void initTestCase() {
        BrowserPane::setFactory(&authdesk_create_browser); // the browser these tests link
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        m_workspace = std::make_unique<Workspace>();
        QString error;
        QVERIFY2(succeeded(m_workspace->open(m_data.filePath(QStringLiteral("authdesk.sqlite"))), &error),
                 qPrintable(error));
        m_workspace->http()->setTimeout(15000);
        m_redirectUri = QStringLiteral("http://127.0.0.1:%1/callback").arg(freePort());
        QVERIFY2(m_op.start(m_redirectUri, {}, &error), qPrintable(error));
        m_browser = new AuthBrowser;
        m_browser->resize(900, 700);
        m_browser->show();
        connect(m_browser, &AuthBrowser::redirectCaptured, this,
                [this](const QUrl &url) { m_lastRedirect = url; });
    }
    void cleanupTestCase() { delete m_browser; }

    void clientsSignIn_data() {
        QTest::addColumn<QString>("client");
        QTest::newRow("confidential, client_secret_basic") << "conf";
        QTest::newRow("confidential, client_secret_post") << "post";
        QTest::newRow("public, none") << "pub";
    }
    void clientsSignIn() {
        QFETCH(QString, client);
        const int blockedBefore = m_loopbackOnly.blocked;
        auto run =
            runInBrowser(saved(client, client == QLatin1String("pub") ? QString() : m_op.clientSecret()));
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        const Identity &identity = run->identity();
        QCOMPARE(identity.externalId, QStringLiteral("alice"));
        QCOMPARE(identity.name, QStringLiteral("Alice Zhang"));
        QCOMPARE(identity.email, QStringLiteral("alice@op.example"));
        QCOMPARE(identity.extra.value(QLatin1String("issuer")).toString(), m_op.issuer());
        const QJsonObject header = identity.raw.value(QLatin1String("id_token_header")).toObject();
        QCOMPARE(header.value(QLatin1String("alg")).toString(), QStringLiteral("RS256"));
        QCOMPARE(header.value(QLatin1String("kid")).toString(), QStringLiteral("real-op-rsa"));
        // RFC 9207: the real provider names itself on the redirect, and the run checked it.
        QCOMPARE(QUrlQuery(m_lastRedirect).queryItemValue(QStringLiteral("iss"), QUrl::FullyDecoded),
                 m_op.issuer());
        QVERIFY(m_loopbackOnly.blocked > blockedBefore); // its pages did ask for web fonts
    }

    // PROVIDERS §5.4: a client registered for HS256 ID tokens signs in when the tenant sets
    // allow_hs (the key is its secret); without the setting the same token is refused.
    void sharedSecretIdTokensNeedAllowHs() {
        Tenant tenant = saved(QStringLiteral("hs"), m_op.clientSecret());
        auto run = runInBrowser(tenant);
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        QCOMPARE(run->identity()
                     .raw.value(QLatin1String("id_token_header"))
                     .toObject()
                     .value(QLatin1String("alg"))
                     .toString(),
                 QStringLiteral("HS256"));
        QVERIFY(run->identity()
                    .raw.value(QLatin1String("id_token_verification"))
                    .toObject()
                    .value(QLatin1String("signature"))
                    .toString()
                    .contains(QLatin1String("client secret")));
        Tenant refusing = saved(QStringLiteral("hs"), m_op.clientSecret());
        refusing.settings.remove(QStringLiteral("allow_hs"));
        QString error;
        QVERIFY2(succeeded(m_workspace->tenants().save(refusing), &error), qPrintable(error));
        auto refused = runInBrowser(refusing);
        QCOMPARE(refused->phase(), FlowRun::Phase::Failed);
        QVERIFY2(refused->error().contains(QLatin1String("allow_hs")), qPrintable(refused->error()));
    }

    void replayedCodeIsInvalidGrant() {
        const Tenant tenant = saved(QStringLiteral("conf"), m_op.clientSecret());
        auto first = runInBrowser(tenant);
        QVERIFY2(first->phase() == FlowRun::Phase::Succeeded, qPrintable(first->error()));
        std::unique_ptr<FlowRun> replay(m_workspace->newRun(tenant, {}));
        replay->handlePasted(m_lastRedirect);
        QVERIFY(!waitFinished(*replay));
        QVERIFY2(replay->error().contains(QLatin1String("invalid_grant")), qPrintable(replay->error()));
    }

    void wrongSecretIsInvalidClient() {
        auto run = runInBrowser(saved(QStringLiteral("conf"), QStringLiteral("a-wrong-client-secret")));
        QCOMPARE(run->phase(), FlowRun::Phase::Failed);
        QVERIFY2(run->error().contains(QLatin1String("invalid_client")) &&
                     run->error().contains(QLatin1String("401")),
                 qPrintable(run->error()));
    }

    void abortIsAccessDenied() {
        auto run = runInBrowser(saved(QStringLiteral("pub"), {}), true);
        QCOMPARE(run->phase(), FlowRun::Phase::Failed);
        QVERIFY2(run->error().contains(QLatin1String("access_denied")), qPrintable(run->error()));
    }

    void unregisteredRedirectUriIsExplained() {
        const QString other = QStringLiteral("http://127.0.0.1:%1/not-registered").arg(freePort());
        auto run = runInBrowser(saved(QStringLiteral("pub"), {}, other));
        QCOMPARE(run->phase(), FlowRun::Phase::Failed); // not left waiting
        QVERIFY2(run->error().contains(QLatin1String("not among the client's registered redirect URIs")),
                 qPrintable(run->error()));
    }
};

QTEST_MAIN(TestRealOp)
#include "tst_realop.moc"
