// The real QtWebEngine (offscreen) against the sandbox: pages load, a user is picked by clicking,
// the server redirect is captured before it loads, lookalikes are not, and the console shows the
// identity.
#include "../support/Succeeded.h"
#include "AuthBrowser.h"
#include "CopyableTableView.h"
#include "IdentityView.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "QiqiSandbox.h"
#include "RunPanel.h"
#include "Sandbox.h"
#include "SandboxDemo.h"
#include "SignatureInspector.h"
#include "StepModel.h"
#include "TenantDialog.h"
#include "TestSupport.h"
#include "Translations.h"
#include "WeComSandbox.h"
#include "net/UrlRules.h"
#include "run/FlowRun.h"
#include "store/SecretStore.h"
#include "workspace/Workspace.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QWebEngineProfile>

using namespace TestSupport;

class TestAuthBrowser : public QObject {
    Q_OBJECT

    QTemporaryDir m_data;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SandboxDemo> m_demo;
    std::unique_ptr<MainWindow> m_window;

    Sandbox *sandbox() { return m_demo->sandbox(); }
    RunPanel *panel() { return m_window->runPanel(); }
    AuthBrowser *authBrowser() { return static_cast<AuthBrowser *>(panel()->browser()); }
    // Waits until `browser` has loaded a page after whatever it was asked before: a request of an
    // earlier page (a refused navigation, a blocked subresource) is decided by then, so what the
    // sandbox counted is final. A condition, not a while.
    // `captures`: what the page still refuses to load as the redirect.
    bool settle(
        AuthBrowser &browser, const AuthPage::Matcher &captures = [](const QUrl &) { return false; }) {
        QSignalSpy loaded(&browser, &BrowserPane::pageLoaded);
        browser.load(QUrl(sandbox()->baseUrl().toString() + QStringLiteral("/sandbox/stats")), captures);
        return loaded.wait(30000) || !loaded.isEmpty();
    }

    // Waits for the sandbox picker and clicks a user, as an admin would.
    bool pick(const QString &user) {
        // A run that discovers its endpoints first (OpenID Connect) has no page at once.
        auto page = [this] { return authBrowser()->page(); };
        if (!QTest::qWaitFor([&] { return page() && page()->title().contains(QLatin1String("Sandbox")); },
                             30000))
            return false;
        page()->runJavaScript(QStringLiteral("document.getElementById('pick-%1').click()").arg(user));
        return true;
    }

    bool runFinished() {
        return QTest::qWaitFor(
            [&] {
                FlowRun *run = panel()->currentRun();
                return run &&
                       (run->phase() == FlowRun::Phase::Succeeded || run->phase() == FlowRun::Phase::Failed);
            },
            30000);
    }

private slots:
    void initTestCase() {
        BrowserPane::setFactory(&authdesk_create_browser); // the browser these tests link
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        m_workspace = std::make_unique<Workspace>();
        QString error;
        QVERIFY2(succeeded(m_workspace->open(m_data.filePath(QStringLiteral("authdesk.sqlite"))), &error),
                 qPrintable(error));
        m_demo = std::make_unique<SandboxDemo>(m_workspace.get());
        m_window = std::make_unique<MainWindow>(m_workspace.get(), m_demo.get());
        m_window->show();
        bool started = false;
        m_window->startSandbox([&](bool ok) { started = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(started, 30000);
        QVERIFY(m_workspace->tenants().find(QStringLiteral("Demo WeCom")));
        QVERIFY(m_window->selectTenant(QStringLiteral("Demo WeCom")));
    }

    void eachModeSignsIn_data() {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("name");
        QTest::newRow("wwlogin") << "wwlogin"
                                 << "zhangsan"
                                 << "张三";
        QTest::newRow("qrconnect") << "qrconnect"
                                   << "lisi"
                                   << "李四";
        QTest::newRow("oauth privateinfo") << "oauth"
                                           << "zhangsan"
                                           << "张三";
    }
    void eachModeSignsIn() {
        QFETCH(QString, mode);
        QFETCH(QString, user);
        QFETCH(QString, name);
        panel()->startRun(mode);
        QVERIFY(pick(user));
        QVERIFY(runFinished());
        FlowRun *run = panel()->currentRun();
        QVERIFY2(run->phase() == FlowRun::Phase::Succeeded, qPrintable(run->error()));
        QCOMPARE(panel()->identityView()->fieldValue(QStringLiteral("External ID")), user);
        QCOMPARE(panel()->identityView()->fieldValue(QStringLiteral("Name")), name);
        QVERIFY(authBrowser()->page()->profile()->isOffTheRecord());
        if (mode == QLatin1String("oauth")) // the demo tenant asks for snsapi_privateinfo
            QVERIFY(!panel()
                         ->identityView()
                         ->fieldValue(QStringLiteral("Mobile"))
                         .contains(QLatin1String("unknown")));
    }

    void qinceSignsInAndDenies() {
        QVERIFY(m_window->selectTenant(QStringLiteral("Demo Qince")));
        panel()->startRun(QStringLiteral("oauth"));
        QVERIFY(pick(QStringLiteral("8000000000000000201")));
        QVERIFY(runFinished());
        QVERIFY2(panel()->currentRun()->phase() == FlowRun::Phase::Succeeded,
                 qPrintable(panel()->currentRun()->error()));
        QCOMPARE(panel()->identityView()->fieldValue(QStringLiteral("Name")), QStringLiteral("钱七"));
        QCOMPARE(panel()->identityView()->fieldValue(QStringLiteral("ID type")), QStringLiteral("qince_id"));
        QCOMPARE(panel()->identityView()->fieldValue(QStringLiteral("user_type")),
                 QStringLiteral("customer contact (客户联系人)"));

        // Denial: 勤策 redirects to its error page, which the browser hands to the run.
        panel()->startRun(QStringLiteral("oauth"));
        QVERIFY(pick(QStringLiteral("deny")));
        QVERIFY(runFinished());
        QVERIFY2(panel()->currentRun()->error().contains(QLatin1String("access_denied")),
                 qPrintable(panel()->currentRun()->error()));
        QVERIFY(panel()->steps()->steps().size() >= 3);
        QCOMPARE(panel()->steps()->steps().last().status, FlowStep::Status::Error);
        QVERIFY(m_window->selectTenant(QStringLiteral("Demo WeCom")));
    }

    void qiqiBothModes_data() {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("user");
        QTest::newRow("code") << QStringLiteral("Demo Qiqi (code)") << "u1001";
        QTest::newRow("normal") << QStringLiteral("Demo Qiqi (normal)") << "u1002";
    }
    void qiqiBothModes() {
        QFETCH(QString, tenant);
        QFETCH(QString, user);
        QVERIFY(m_window->selectTenant(tenant));
        panel()->startRun(); // the tenant's grant type is the default mode
        QVERIFY(pick(user));
        QVERIFY(runFinished());
        QVERIFY2(panel()->currentRun()->phase() == FlowRun::Phase::Succeeded,
                 qPrintable(panel()->currentRun()->error()));
        QCOMPARE(panel()->identityView()->fieldValue(QStringLiteral("External ID")),
                 QiqiSandbox::openidFor(user));
        QCOMPARE(panel()->currentRun()->mode(), tenant == QStringLiteral("Demo Qiqi (normal)")
                                                    ? QStringLiteral("normal")
                                                    : QStringLiteral("code"));
        QVERIFY(m_window->selectTenant(QStringLiteral("Demo WeCom")));
    }

    void signatureInspectorShowsEveryStage() {
        SignatureInspector inspector(m_workspace->secrets(), std::nullopt);
        qobject_cast<QComboBox *>(inspector.findChild<QComboBox *>(QStringLiteral("methodCombo")))
            ->setCurrentText(QStringLiteral("GET"));
        inspector.field(QStringLiteral("urlEdit"))->setText(QStringLiteral("https://example.amazonaws.com/"));
        inspector.textField(QStringLiteral("headersEdit"))
            ->setPlainText(QStringLiteral("X-Amz-Date: 20150830T123600Z"));
        inspector.textField(QStringLiteral("bodyEdit"))->clear();
        inspector.field(QStringLiteral("dateEdit"))->setText(QStringLiteral("20150830T123600Z"));
        inspector.field(QStringLiteral("regionEdit"))->setText(QStringLiteral("us-east-1"));
        inspector.field(QStringLiteral("serviceEdit"))->setText(QStringLiteral("service"));
        inspector.field(QStringLiteral("accessKeyIdEdit"))->setText(QStringLiteral("AKIDEXAMPLE"));
        inspector.field(QStringLiteral("secretEdit"))
            ->setText(QStringLiteral("wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
        QVERIFY(
            inspector.canonicalRequest().startsWith(QLatin1String("GET\n/\n\nhost:example.amazonaws.com\n")));
        QVERIFY(inspector.stringToSign().endsWith(
            QLatin1String("bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63")));
        QVERIFY(inspector.authorization().endsWith(
            QLatin1String("Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")));

        // Opened on a 企企 tenant, it fills in that tenant, secret included (from the keychain).
        SignatureInspector forTenant(m_workspace->secrets(),
                                     m_workspace->tenants().find(QStringLiteral("Demo Qiqi (code)")));
        QCOMPARE(forTenant.field(QStringLiteral("accessKeyIdEdit"))->text(), QiqiSandbox::accessKeyId);
        QVERIFY(forTenant.field(QStringLiteral("urlEdit"))->text().endsWith(QLatin1String("/v1/code")));
        QTRY_COMPARE(forTenant.field(QStringLiteral("secretEdit"))->text(), QiqiSandbox::secretAccessKey);
    }

    void eachRunHasItsOwnProfile() {
        panel()->startRun(QStringLiteral("wwlogin"));
        QWebEngineProfile *first = authBrowser()->page()->profile();
        QSignalSpy destroyed(first, &QObject::destroyed);
        panel()->cancelRun();
        QCOMPARE(destroyed.count(), 1);
        panel()->startRun(QStringLiteral("wwlogin"));
        QVERIFY(authBrowser()->page()->profile()->isOffTheRecord());
        panel()->cancelRun();
    }

    void denialInTheBrowser() {
        panel()->startRun(QStringLiteral("wwlogin"));
        QVERIFY(pick(QStringLiteral("deny")));
        QVERIFY(runFinished());
        QVERIFY2(panel()->currentRun()->error().contains(QLatin1String("denied")),
                 qPrintable(panel()->currentRun()->error()));
    }

    void redirectTargetIsNeverLoaded() {
        // A tenant whose redirect URI is served by the sandbox itself: a capture that let the
        // navigation through would show up as a hit on /callback.
        Tenant tenant = wecomTenant(sandbox()->baseUrl(), QStringLiteral("loopback-callback"),
                                    sandbox()->baseUrl().toString() + QStringLiteral("/callback"));
        QVERIFY(saveTenant(*m_workspace, tenant));
        m_window->reloadTenants(tenant.name);
        const int before = sandbox()->platform<WeComSandbox>().requestCount(QStringLiteral("callback"));
        panel()->startRun(QStringLiteral("wwlogin"));
        QVERIFY(pick(QStringLiteral("zhangsan")));
        QVERIFY(runFinished());
        QVERIFY2(panel()->currentRun()->phase() == FlowRun::Phase::Succeeded,
                 qPrintable(panel()->currentRun()->error()));
        QVERIFY(settle(*authBrowser()));
        QCOMPARE(sandbox()->platform<WeComSandbox>().requestCount(QStringLiteral("callback")), before);
    }

    // Hardening: nothing loads the redirect target — not an image, a fetch, a beacon or a frame —
    // and a navigation to it with user info before the host is refused, not loaded.
    void redirectTargetNeverLoadsAsASubresource() {
        const QString base = sandbox()->baseUrl().toString();
        const QUrl registered(base + QStringLiteral("/callback"));
        AuthBrowser browser;
        QSignalSpy loaded(&browser, &AuthBrowser::pageLoaded);
        QSignalSpy blocked(&browser, &AuthBrowser::requestBlocked);
        QSignalSpy refused(&browser, &AuthBrowser::lookalikeRefused);
        const auto matcher = [registered](const QUrl &url) {
            return UrlRules::matchesRedirect(url, registered);
        };
        const int before = sandbox()->platform<WeComSandbox>().requestCount(QStringLiteral("callback"));
        browser.load(QUrl(base + QStringLiteral("/sandbox/stats")), matcher);
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 30000);
        browser.page()->runJavaScript(QStringLiteral("const target = '%1';"
                                                     "new Image().src = target + '?img=1';"
                                                     "fetch(target + '?fetch=1').catch(() => {});"
                                                     "navigator.sendBeacon(target + '?beacon=1');")
                                          .arg(registered.toString()));
        QTRY_VERIFY_WITH_TIMEOUT(blocked.count() >= 3, 15000);
        QVERIFY(settle(browser, matcher));
        QCOMPARE(sandbox()->platform<WeComSandbox>().requestCount(QStringLiteral("callback")), before);
        QUrl lookalike = registered;
        lookalike.setUserName(QStringLiteral("admin"));
        lookalike.setQuery(QStringLiteral("code=c&state=s"));
        browser.page()->runJavaScript(QStringLiteral("location.href = '%1';").arg(lookalike.toString()));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 15000);
        QVERIFY(settle(browser, matcher));
        QCOMPARE(sandbox()->platform<WeComSandbox>().requestCount(QStringLiteral("callback")), before);
    }

    // The state the README's screenshot shows: a completed run of a demo tenant (wwlogin of Demo
    // WeCom unless AUTHDESK_SCREENSHOT_TENANT / _USER / _TAB say otherwise). With
    // AUTHDESK_SCREENSHOT=file.png set, the window is saved there (scripts/screenshot.sh).
    void completedDemoRunForScreenshot() {
        const QString tenant =
            qEnvironmentVariable("AUTHDESK_SCREENSHOT_TENANT", QStringLiteral("Demo WeCom"));
        QVERIFY(m_window->selectTenant(tenant));
        // Earlier runs, for a picture of the history (AUTHDESK_SCREENSHOT_EARLIER_USERS=lisi,guest).
        for (const QString &earlier : qEnvironmentVariable("AUTHDESK_SCREENSHOT_EARLIER_USERS")
                                          .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            panel()->startRun();
            QVERIFY(pick(earlier));
            QVERIFY(runFinished());
        }
        panel()->startRun();
        if (qEnvironmentVariableIsSet("AUTHDESK_SCREENSHOT_WAITING")) { // the live header of a run under way
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return authBrowser()->page() &&
                           authBrowser()->page()->title().contains(QLatin1String("Sandbox"));
                },
                30000));
            if (auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("runTabs")))
                tabs->setCurrentIndex(qEnvironmentVariableIntValue("AUTHDESK_SCREENSHOT_TAB"));
            // The picture shows a run some seconds under way: the header's clock has counted them.
            const auto *elapsed = m_window->findChild<QLabel *>(QStringLiteral("runElapsed"));
            QVERIFY(elapsed);
            QVERIFY(QTest::qWaitFor(
                [&] { return QLocale().toDouble(elapsed->text().section(QLatin1Char(' '), 0, 0)) >= 2.5; },
                60000));
            QVERIFY(m_window->grab().save(qEnvironmentVariable("AUTHDESK_SCREENSHOT")));
            panel()->cancelRun();
            return;
        }
        QVERIFY(pick(qEnvironmentVariable("AUTHDESK_SCREENSHOT_USER", QStringLiteral("zhangsan"))));
        QVERIFY(runFinished());
        QVERIFY2(panel()->currentRun()->phase() == FlowRun::Phase::Succeeded,
                 qPrintable(panel()->currentRun()->error()));
        QVERIFY(!panel()
                     ->identityView()
                     ->fieldValue(QCoreApplication::translate("IdentityView", "External ID"))
                     .isEmpty());
        const QString path = qEnvironmentVariable("AUTHDESK_SCREENSHOT");
        if (path.isEmpty())
            return;
        if (auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("runTabs")))
            tabs->setCurrentIndex(
                qEnvironmentVariableIntValue("AUTHDESK_SCREENSHOT_TAB")); // 0 timeline, 1 identity
        if (auto *pages = m_window->findChild<QTabWidget *>(QStringLiteral("pages")))
            pages->setCurrentIndex(qEnvironmentVariableIntValue("AUTHDESK_SCREENSHOT_PAGE")); // 1 mappings
        // AUTHDESK_SCREENSHOT_EXCHANGE=N: the Exchanges tab with exchange N's request and response.
        if (auto *exchanges = m_window->findChild<QAbstractItemView *>(QStringLiteral("exchangeTable"));
            exchanges && qEnvironmentVariableIsSet("AUTHDESK_SCREENSHOT_EXCHANGE"))
            exchanges->setCurrentIndex(
                exchanges->model()->index(qEnvironmentVariableIntValue("AUTHDESK_SCREENSHOT_EXCHANGE"), 0));
        // The page behind the capture is painted once the browser's picture is no longer one flat
        // colour (bounded: offscreen, a web view may never give one, and the picture is still kept).
        const bool painted = QTest::qWaitFor(
            [this] {
                const QImage shot = authBrowser()->grab().toImage();
                for (int y = 0; y < shot.height(); y += 8)
                    for (int x = 0; x < shot.width(); x += 8)
                        if (shot.pixel(x, y) != shot.pixel(0, 0))
                            return true;
                return false;
            },
            5000);
        if (!painted)
            qWarning("the browser's picture stayed one colour; the screenshot is kept as it is");
        QVERIFY(m_window->grab().save(path));
    }

    void timelineCopiesAsText() {
        panel()->startRun(QStringLiteral("wwlogin"));
        QVERIFY(pick(QStringLiteral("lisi")));
        QVERIFY(runFinished());
        auto *table = m_window->findChild<CopyableTableView *>(QStringLiteral("timelineTable"));
        QVERIFY(table);
        table->selectAll();
        const QString text = table->selectionAsText();
        QVERIFY2(text.contains(QLatin1String("Redirect captured")), qPrintable(text));
        QVERIFY(text.contains(QLatin1Char('\t')));
        QVERIFY(!text.contains(WeComSandbox::corpSecret));
    }

    void tenantDialogValidatesAndChecks() {
        TenantDialog dialog(m_workspace.get(), std::nullopt);
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("dialog-tenant"));
        qobject_cast<QLineEdit *>(dialog.settingEditor(QStringLiteral("corpid")))
            ->setText(QStringLiteral("not-a-corpid"));
        qobject_cast<QLineEdit *>(dialog.settingEditor(QStringLiteral("agentid")))
            ->setText(WeComSandbox::agentId);
        dialog.findChild<QLineEdit *>(QStringLiteral("redirectUriEdit"))
            ->setText(QStringLiteral("https://app.example.com/cb"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("endpointsEdit"))
            ->setPlainText(QStringLiteral("api=%1").arg(sandbox()->baseUrl().toString()));
        dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"))->setText(WeComSandbox::corpSecret);
        dialog.save();
        QTRY_VERIFY(dialog.message().contains(QLatin1String("CorpID")));
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!m_workspace->tenants().find(QStringLiteral("dialog-tenant")));

        qobject_cast<QLineEdit *>(dialog.settingEditor(QStringLiteral("corpid")))
            ->setText(WeComSandbox::corpId);
        dialog.checkCredentials();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.message().contains(QLatin1String("corpsecret works")), 20000);
        dialog.save();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
        QVERIFY(m_workspace->tenants().find(QStringLiteral("dialog-tenant")));
    }

    void lookalikesAreNotCaptured() {
        const QString base = sandbox()->baseUrl().toString();
        const QUrl registered(base + QStringLiteral("/callback"));
        AuthBrowser browser;
        QSignalSpy captured(&browser, &AuthBrowser::redirectCaptured);
        QSignalSpy loaded(&browser, &AuthBrowser::pageLoaded);
        const auto matcher = [registered](const QUrl &url) {
            return UrlRules::matchesRedirect(url, registered);
        };
        const QStringList lookalikes = {
            base + QStringLiteral("/callbackx?code=c&state=s"),
            base + QStringLiteral("/callback/extra?code=c&state=s"),
            base + QStringLiteral("/sandbox/stats?next=") +
                QString::fromLatin1(QUrl::toPercentEncoding(registered.toString())),
            QStringLiteral("http://localhost:%1/callback?code=c&state=s").arg(sandbox()->baseUrl().port()),
        };
        for (const QString &lookalike : lookalikes) {
            loaded.clear();
            browser.load(QUrl(lookalike), matcher);
            QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 30000);
            QVERIFY2(captured.isEmpty(), qPrintable(lookalike));
        }
        browser.load(QUrl(registered.toString() + QStringLiteral("?code=c&state=s")), matcher);
        QTRY_COMPARE_WITH_TIMEOUT(captured.count(), 1, 30000);
    }

    void feishuAndDingTalkSignIn_data() {
        QTest::addColumn<QString>("tenant");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("name");
        QTest::newRow("Feishu") << "Demo Feishu"
                                << "zhangsan"
                                << "张三";
        QTest::newRow("DingTalk") << "Demo DingTalk"
                                  << "zhangsan"
                                  << "张三";
    }
    void feishuAndDingTalkSignIn() {
        QFETCH(QString, tenant);
        QFETCH(QString, user);
        QFETCH(QString, name);
        QVERIFY(m_window->selectTenant(tenant));
        panel()->startRun({});
        QVERIFY(pick(user));
        QVERIFY(runFinished());
        QVERIFY2(panel()->currentRun()->phase() == FlowRun::Phase::Succeeded,
                 qPrintable(panel()->currentRun()->error()));
        QCOMPARE(panel()->identityView()->fieldValue(QStringLiteral("Name")), name);
        QVERIFY(m_window->selectTenant(QStringLiteral("Demo WeCom")));
    }

    // A run under way is never replaced behind the admin's back: Start waits for Cancel.
    void startingAgainWaitsForCancel() {
        QVERIFY(m_window->selectTenant(QStringLiteral("Demo WeCom")));
        panel()->startRun(QStringLiteral("wwlogin"));
        QPointer<FlowRun> first = panel()->currentRun();
        QVERIFY(first && first->isActive());
        panel()->startRun(QStringLiteral("wwlogin"));
        QCOMPARE(panel()->currentRun(), first.data());
        QVERIFY(first->isActive());
        panel()->cancelRun();
        QCOMPARE(first->phase(), FlowRun::Phase::Cancelled);
        panel()->startRun(QStringLiteral("wwlogin"));
        QVERIFY(panel()->currentRun() != first.data());
        QVERIFY(pick(QStringLiteral("zhangsan")));
        QVERIFY(runFinished());
        QVERIFY2(panel()->currentRun()->phase() == FlowRun::Phase::Succeeded,
                 qPrintable(panel()->currentRun()->error()));
    }

    void removingATenantAsksFirst() {
        Tenant tenant = wecomTenant(sandbox()->baseUrl(), QStringLiteral("to-remove"));
        QVERIFY(saveTenant(*m_workspace, tenant));
        m_window->reloadTenants(tenant.name);
        auto *remove = m_window->findChild<QAction *>(QStringLiteral("removeTenantAction"));
        QVERIFY(remove);
        const int keychainBefore = m_workspace->secrets()->underWay();
        MessageBox::setNextAnswer(QMessageBox::No);
        remove->trigger();
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("to-remove")),
                 qPrintable(MessageBox::lastText()));
        // A removal starts with its keychain entries, at once (no event is processed in between): a
        // No started none.
        QCOMPARE(m_workspace->secrets()->underWay(), keychainBefore);
        QVERIFY(m_workspace->tenants().find(tenant.name));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        remove->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->tenants().find(tenant.name), 20000);
    }

    // Labels that quote a platform (an errmsg in a run's error, a credential check's answer) show
    // it as text: HTML in it is never rendered.
    void platformTextIsShownAsText() {
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("runStatus"));
        QVERIFY(status);
        QCOMPARE(status->textFormat(), Qt::PlainText);
        QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("keychainStatus"))->textFormat(),
                 Qt::PlainText);
        TenantDialog dialog(m_workspace.get(), std::nullopt, m_window.get());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("dialogMessage"))->textFormat(), Qt::PlainText);
    }

    // A tenant with mappings: renaming takes them along, and removing asks what becomes of them.
    void renamingAndRemovingATenantWithMappings() {
        Tenant tenant = wecomTenant(sandbox()->baseUrl(), QStringLiteral("to-rename"));
        QVERIFY(saveTenant(*m_workspace, tenant));
        Identity identity;
        identity.provider = QStringLiteral("wecom");
        identity.tenant = tenant.name;
        identity.externalId = QStringLiteral("zhangsan");
        identity.idType = QStringLiteral("userid");
        QString error;
        QVERIFY(succeeded(m_workspace->mappings().upsertFromFlow(tenant.id, identity, QStringLiteral("r")),
                          &error));
        m_window->reloadTenants(tenant.name);

        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->setTextValue(QStringLiteral("改名后"));
            dialog->accept();
        });
        m_window->findChild<QAction *>(QStringLiteral("renameTenantAction"))->trigger();
        QVERIFY(!m_workspace->tenants().find(QStringLiteral("to-rename")));
        QVERIFY(m_workspace->tenants().find(QStringLiteral("改名后")));
        QCOMPARE(m_workspace->mappings()
                     .find({QStringLiteral("wecom"), tenant.id, QStringLiteral("zhangsan")})
                     ->tenant,
                 QStringLiteral("改名后"));

        auto *remove = m_window->findChild<QAction *>(QStringLiteral("removeTenantAction"));
        const int keychainBefore = m_workspace->secrets()->underWay();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        remove->trigger();
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("1 mapping")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(m_workspace->secrets()->underWay(), keychainBefore); // Cancel started no removal
        QVERIFY(m_workspace->tenants().find(QStringLiteral("改名后")));
        MessageBox::setNextAnswer(QMessageBox::Discard); // remove, delete mappings
        remove->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_workspace->tenants().find(QStringLiteral("改名后")), 20000);
        QVERIFY(
            !m_workspace->mappings().find({QStringLiteral("wecom"), tenant.id, QStringLiteral("zhangsan")}));
    }
};

int main(int argc, char **argv) {
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    // The assertions read English labels; the screenshot shows the console in the system language.
    if (qEnvironmentVariableIsSet("AUTHDESK_SCREENSHOT"))
        installTranslations(app);
    TestAuthBrowser test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_authbrowser.moc"
