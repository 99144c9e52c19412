// The console's picture of a run, with the real MainWindow, the real sandbox and the real
// QtWebEngine (offscreen): each tenant shows its own latest run, a restart then an immediate run
// works, Cancel during a slow page and a slow call, the 50001 page explained, copy-as-curl and
// the HAR and HTML exports without a secret, the history comparison, the Faults menu, the tenant
// dialog's tab order, the Mappings page's words and times, and changes made by another process.
#include "../support/Succeeded.h"
#include "AuditDialog.h"
#include "AuthBrowser.h"
#include "CallbackDecryptDialog.h"
#include "CopyableTableView.h"
#include "DeviceCodePage.h"
#include "DingTalkSandbox.h"
#include "ExchangeModel.h"
#include "HealthView.h"
#include "IdentityView.h"
#include "MainWindow.h"
#include "MappingModel.h"
#include "MappingsView.h"
#include "MessageBox.h"
#include "QiqiSandbox.h"
#include "RunCompareDialog.h"
#include "RunHistoryView.h"
#include "RunPanel.h"
#include "Sandbox.h"
#include "SandboxDemo.h"
#include "SignatureInspector.h"
#include "StepModel.h"
#include "StoreDialog.h"
#include "SuiteCorpsView.h"
#include "TenantDialog.h"
#include "TestSupport.h"
#include "WeComSandbox.h"
#include "export/RunExport.h"
#include "providers/TokenCache.h"
#include "run/FlowRun.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDBusConnection>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

using namespace TestSupport;

// A notification server on the test's session bus (the keyring session's private one): what the
// console sends to org.freedesktop.Notifications arrives here.
class NotificationServer : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QStringList summaries;

public slots:
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &,
                const QStringList &, const QVariantMap &, int) {
        summaries << summary;
        return uint(summaries.size());
    }
};

class TestConsole : public QObject {
    Q_OBJECT

    QTemporaryDir m_data;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SandboxDemo> m_demo;
    std::unique_ptr<MainWindow> m_window;
    QUrl m_lastRedirect;

    Sandbox *sandbox() { return m_demo->sandbox(); }
    RunPanel *panel() { return m_window->runPanel(); }
    AuthBrowser *authBrowser() { return static_cast<AuthBrowser *>(panel()->browser()); }
    QString databasePath() const { return m_data.filePath(QStringLiteral("authdesk.sqlite")); }

    void openConsole() {
        m_demo = std::make_unique<SandboxDemo>(m_workspace.get());
        m_window = std::make_unique<MainWindow>(m_workspace.get(), m_demo.get());
        m_window->show();
        connect(panel()->browser(), &AuthBrowser::redirectCaptured, this,
                [this](const QUrl &url) { m_lastRedirect = url; });
    }

    // Waits for the sandbox picker and clicks a user, as an admin would.
    bool pick(const QString &user) {
        auto page = [this] { return authBrowser()->page(); };
        if (!QTest::qWaitFor([&] { return page() && page()->title().contains(QLatin1String("Sandbox")); },
                             30000))
            return false;
        page()->runJavaScript(QStringLiteral("document.getElementById('pick-%1').click()").arg(user));
        return true;
    }
    bool runEnded() {
        return QTest::qWaitFor([&] { return panel()->currentRun() && panel()->currentRun()->hasEnded(); },
                               30000);
    }
    // A completed run of `tenant` in which `user` signs in.
    bool signIn(const QString &tenant, const QString &user) {
        if (!m_window->selectTenant(tenant))
            return false;
        panel()->startRun();
        return pick(user) && runEnded() && panel()->currentRun()->phase() == FlowRun::Phase::Succeeded;
    }
    QString accessTokenOfSandbox() { // what gettoken answers now: the token the run was given
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(QUrl(
            sandbox()->baseUrl().toString() + QStringLiteral("/cgi-bin/gettoken?corpid=%1&corpsecret=%2")
                                                  .arg(WeComSandbox::corpId, WeComSandbox::corpSecret))));
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 5000))
            return {};
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll())
            .object()
            .value(QLatin1String("access_token"))
            .toString();
    }
    QString fieldOf(const QString &label) {
        return panel()->identityView()->fieldValue(
            QCoreApplication::translate("IdentityView", label.toUtf8()));
    }

private slots:
    void initTestCase() {
        BrowserPane::setFactory(&authdesk_create_browser); // the browser these tests link
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        m_workspace = std::make_unique<Workspace>();
        QString error;
        QVERIFY2(succeeded(m_workspace->open(databasePath()), &error), qPrintable(error));
        openConsole();
        bool started = false;
        m_window->startSandbox([&](bool ok) { started = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(started, 30000);
    }
    void init() {
        for (const auto &platform : sandbox()->providers())
            platform->clearFaults();
    }

    // The console starts without the browser (a module, loaded when a run first needs it): a
    // placeholder holds its place beside the tabs, and the browser takes that place, no other.
    void browserIsMadeWhenFirstNeeded() {
        RunPanel fresh(m_workspace.get());
        auto *split = fresh.findChild<QSplitter *>(QStringLiteral("runSplitter"));
        QVERIFY(split);
        QCOMPARE(split->count(), 2);
        QCOMPARE(split->widget(0)->objectName(), QStringLiteral("browserPlaceholder"));
        QVERIFY(!fresh.findChild<BrowserPane *>());
        BrowserPane *browser = fresh.browser();
        QVERIFY(browser);
        QCOMPARE(split->count(), 2);
        QCOMPARE(split->widget(0), browser);
        QVERIFY(!fresh.findChild<QLabel *>(QStringLiteral("browserPlaceholder")));
        QCOMPARE(fresh.browser(), browser); // made once
    }

    // A real tenant that bears a demo tenant's name is never overwritten by the sandbox's settings
    // and secret: it is kept and the admin is told.
    void realTenantNamedLikeADemoIsNeverTouched() {
        std::optional<Tenant> demo = m_workspace->tenants().find(QStringLiteral("Demo DingTalk"));
        QVERIFY(demo);
        Tenant real = *demo;
        real.demo = false;
        real.settings.insert(QStringLiteral("client_id"), QStringLiteral("dingrealcorp0001"));
        QString error;
        QVERIFY2(succeeded(m_workspace->tenants().save(real), &error), qPrintable(error));
        std::optional<Status> created;
        m_demo->createDemoTenants([&](const Status &status) { created = status; });
        QVERIFY(QTest::qWaitFor([&] { return created.has_value(); }, 30000));
        QVERIFY2(created->ok(), qPrintable(created->errorText()));
        QVERIFY(created->value().message.contains(QLatin1String("Demo DingTalk")));
        const std::optional<Tenant> after = m_workspace->tenants().find(QStringLiteral("Demo DingTalk"));
        QVERIFY(after && !after->demo);
        QCOMPARE(after->setting(QStringLiteral("client_id")), QStringLiteral("dingrealcorp0001"));
        // Back to the demo tenant for the tests that use it.
        real.demo = true;
        QVERIFY2(succeeded(m_workspace->tenants().save(real), &error), qPrintable(error));
        created.reset();
        m_demo->createDemoTenants([&](const Status &status) { created = status; });
        QVERIFY(QTest::qWaitFor([&] { return created.has_value(); }, 30000));
        QCOMPARE(m_workspace->tenants()
                     .find(QStringLiteral("Demo DingTalk"))
                     ->setting(QStringLiteral("client_id")),
                 DingTalkSandbox::clientId);
    }

    void eachTenantShowsItsOwnLatestRun() {
        QVERIFY(signIn(QStringLiteral("Demo WeCom"), QStringLiteral("zhangsan")));
        QVERIFY(signIn(QStringLiteral("Demo Feishu"), QStringLiteral("lisi")));
        QCOMPARE(fieldOf(QStringLiteral("Name")), QStringLiteral("李四"));
        QVERIFY(m_window->selectTenant(QStringLiteral("Demo WeCom")));
        QVERIFY(panel()->shownRun());
        QCOMPARE(panel()->shownRun()->tenant, QStringLiteral("Demo WeCom"));
        QCOMPARE(fieldOf(QStringLiteral("External ID")), QStringLiteral("zhangsan"));
        for (const FlowStep &step : panel()->steps()->steps())
            QVERIFY2(!step.detail.contains(QLatin1String("/open-apis/")),
                     qPrintable(step.detail)); // no Feishu call
        // A tenant that never ran shows nothing of the others.
        QVERIFY(m_window->selectTenant(QStringLiteral("Demo Qince")));
        QVERIFY(!panel()->shownRun());
        QCOMPARE(panel()->steps()->rowCount(), 0);
        QCOMPARE(fieldOf(QStringLiteral("External ID")), QString());
        QVERIFY(panel()->historyView()->runs().isEmpty());
    }

    void historyComparesTwoRuns() {
        QVERIFY(signIn(QStringLiteral("Demo WeCom"), QStringLiteral("zhangsan")));
        QVERIFY(signIn(QStringLiteral("Demo WeCom"), QStringLiteral("lisi")));
        const QList<RunRecord> runs = panel()->historyView()->runs();
        QVERIFY(runs.size() >= 2);
        QCOMPARE(runs.at(0).externalId(), QStringLiteral("lisi")); // newest first
        QCOMPARE(runs.at(1).externalId(), QStringLiteral("zhangsan"));
        RunCompareDialog compare(runs.at(1), runs.at(0));
        QVERIFY2(compare.changedFields().contains(QStringLiteral("External ID")),
                 qPrintable(compare.changedFields().join(", ")));
        QVERIFY(compare.changedFields().contains(QStringLiteral("Name")));
        QVERIFY(!compare.changedFields().contains(QStringLiteral("Mode")));
        // The changed row is highlighted.
        for (int row = 0; row < compare.model()->rowCount(); ++row)
            if (compare.model()->item(row, 0)->text() == QLatin1String("External ID"))
                QVERIFY(compare.model()->item(row, 2)->font().bold());
        // An earlier run reopens in the tabs.
        emit panel()->historyView()->openRequested(runs.at(1));
        QCOMPARE(fieldOf(QStringLiteral("External ID")), QStringLiteral("zhangsan"));
    }

    void rawAnswersCopyKeyAndValue() {
        QVERIFY(signIn(QStringLiteral("Demo WeCom"), QStringLiteral("zhangsan")));
        panel()->identityView()->jsonTree()->selectAll();
        const QString text = panel()->identityView()->selectedJsonText();
        QVERIFY2(QRegularExpression(QStringLiteral("(^|\\n)[\\w/.\\[\\]]*userid\\tzhangsan(\\n|$)"))
                     .match(text)
                     .hasMatch(),
                 qPrintable(text));
        QVERIFY(!text.contains(WeComSandbox::corpSecret));
    }

    void liveHeaderAndCancelDuringASlowCall() {
        QVERIFY(m_window->selectTenant(QStringLiteral("Demo WeCom")));
        sandbox()
            ->provider(QStringLiteral("wecom"))
            ->setFault(QStringLiteral("slow"), QStringLiteral("auth/getuserinfo"), 1, 4000);
        const int detailsBefore =
            sandbox()->provider(QStringLiteral("wecom"))->requestCount(QStringLiteral("user/get"));
        const int slowBefore = sandbox()->provider(QStringLiteral("wecom"))->slowAnswersGiven();
        panel()->startRun();
        // Locked while it runs: the tenant list, the mode, Start; Cancel offered.
        QVERIFY(!m_window->findChild<QTreeWidget *>(QStringLiteral("tenantTree"))->isEnabled());
        QVERIFY(!m_window->findChild<QComboBox *>(QStringLiteral("modeCombo"))->isEnabled());
        QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("startButton"))->isEnabled());
        auto *cancel = m_window->findChild<QPushButton *>(QStringLiteral("cancelButton"));
        QVERIFY(cancel->isEnabled());
        QVERIFY(pick(QStringLiteral("zhangsan")));
        QTRY_VERIFY_WITH_TIMEOUT(panel()->phaseText().contains(QLatin1String("calling auth/getuserinfo")),
                                 10000);
        QVERIFY(m_window->findChild<QProgressBar *>(QStringLiteral("runProgress"))->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(panel()->currentRun()->phase(), FlowRun::Phase::Cancelled);
        QCOMPARE(panel()->phaseText(), QStringLiteral("Cancelled"));
        // The sandbox has sent the slow answer to the cancelled call: nothing further may be called.
        QTRY_VERIFY_WITH_TIMEOUT(
            sandbox()->provider(QStringLiteral("wecom"))->slowAnswersGiven() > slowBefore, 20000);
        QCOMPARE(sandbox()->provider(QStringLiteral("wecom"))->requestCount(QStringLiteral("user/get")),
                 detailsBefore);
        QVERIFY(m_window->findChild<QTreeWidget *>(QStringLiteral("tenantTree"))->isEnabled());
        QCOMPARE(panel()->historyView()->runs().constFirst().outcome, QStringLiteral("cancelled"));
    }

    void cancelDuringASlowPageLoad() {
        // An authorization page that never answers: a listener that accepts and stays silent.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        int connections = 0, closed = 0;
        connect(&silent, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = silent.nextPendingConnection()) {
                ++connections;
                socket->setParent(&silent);
                connect(socket, &QTcpSocket::disconnected, this, [&] { ++closed; });
            }
        });
        Tenant slow = *m_workspace->tenants().find(QStringLiteral("Demo WeCom"));
        slow.id.clear();
        slow.name = QStringLiteral("Slow page");
        slow.demo = false;
        for (const char *key : {"login", "sso", "oauth"})
            slow.endpoints.insert(QLatin1String(key),
                                  QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
        QVERIFY(saveTenant(*m_workspace, slow, WeComSandbox::corpSecret));
        m_window->reloadTenants(QStringLiteral("Slow page"));
        panel()->startRun();
        QTRY_VERIFY_WITH_TIMEOUT(
            panel()->phaseText().startsWith(QLatin1String("Loading the authorization page")), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(connections > 0, 10000);
        QVERIFY(m_window->findChild<QProgressBar *>(QStringLiteral("runProgress"))->isVisible());
        panel()->cancelRun();
        QCOMPARE(panel()->currentRun()->phase(), FlowRun::Phase::Cancelled);
        // The page was dropped, not retried: the browser closed what it had opened, and opened nothing since.
        QTRY_COMPARE_WITH_TIMEOUT(closed, connections, 15000);
        QCOMPARE(connections, closed);
        QVERIFY(!authBrowser()->page());
    }

    void untrustedRedirectPageIsExplained() {
        QVERIFY(m_window->selectTenant(QStringLiteral("Demo WeCom")));
        sandbox()->provider(QStringLiteral("wecom"))->setFault(QStringLiteral("untrusted_redirect"));
        panel()->startRun();
        QVERIFY(runEnded());
        FlowRun *run = panel()->currentRun();
        QCOMPARE(run->phase(), FlowRun::Phase::Failed);
        QVERIFY2(run->error().contains(QLatin1String("50001")) &&
                     run->error().contains(QLatin1String("trusted domain")),
                 qPrintable(run->error()));
    }

    void copyAsCurlReplaysWithTheSecretFilledIn() {
        const Tenant tenant = *m_workspace->tenants().find(QStringLiteral("Demo WeCom"));
        m_workspace->tokens()->forgetTenant(tenant.id, {QString()}); // so that this run fetches its token
        QVERIFY(signIn(QStringLiteral("Demo WeCom"), QStringLiteral("zhangsan")));
        const QString script = panel()->curlText();
        const QString token = accessTokenOfSandbox();
        QVERIFY(!token.isEmpty());
        QVERIFY(!script.contains(WeComSandbox::corpSecret));
        QVERIFY(!script.contains(token));
        QVERIFY2(script.contains(QLatin1String("${CORPSECRET}")), qPrintable(script));
        QVERIFY(script.contains(QLatin1String("${ACCESS_TOKEN}")));
        QVERIFY(script.contains(QLatin1String("${CODE}")));
        // The gettoken command, its placeholder filled, replays against the sandbox.
        const RunRecord &run = *panel()->shownRun();
        const auto gettoken =
            std::find_if(run.exchanges.cbegin(), run.exchanges.cend(),
                         [](const HttpExchange &e) { return e.purpose == QLatin1String("gettoken"); });
        QVERIFY(gettoken != run.exchanges.cend());
        QProcess shell;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CORPSECRET"), WeComSandbox::corpSecret);
        shell.setProcessEnvironment(env);
        shell.start(QStringLiteral("bash"), {QStringLiteral("-c"), RunExport::curl(*gettoken)});
        QVERIFY(shell.waitForFinished(10000));
        const QJsonObject answer = QJsonDocument::fromJson(shell.readAllStandardOutput()).object();
        QCOMPARE(answer.value(QLatin1String("errcode")).toInt(-1), 0);
        QVERIFY(!answer.value(QLatin1String("access_token")).toString().isEmpty());
    }

    void harAndHtmlExportsHoldNoSecret() {
        const Tenant tenant = *m_workspace->tenants().find(QStringLiteral("Demo WeCom"));
        m_workspace->tokens()->forgetTenant(tenant.id, {QString()});
        QVERIFY(signIn(QStringLiteral("Demo WeCom"), QStringLiteral("lisi")));
        const QString code = QUrlQuery(m_lastRedirect).queryItemValue(QStringLiteral("code"));
        QVERIFY(code.size() > 8);
        const QString token = accessTokenOfSandbox();
        const QString har = m_data.filePath(QStringLiteral("run.har"));
        const QString html = m_data.filePath(QStringLiteral("run.html"));
        QVERIFY(panel()->exportShownRun(har).ok());
        QVERIFY(panel()->exportShownRun(html).ok());
        QFile harFile(har), htmlFile(html);
        QVERIFY(harFile.open(QIODevice::ReadOnly) && htmlFile.open(QIODevice::ReadOnly));
        const QByteArray harBytes = harFile.readAll(), htmlBytes = htmlFile.readAll();
        QJsonParseError error;
        const QJsonObject log =
            QJsonDocument::fromJson(harBytes, &error).object().value(QLatin1String("log")).toObject();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("1.2"));
        QCOMPARE(log.value(QLatin1String("creator")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("AuthDesk"));
        const QJsonArray entries = log.value(QLatin1String("entries")).toArray();
        QVERIFY(entries.size() >= 3);
        for (const QJsonValue &entry : entries) {
            const QJsonObject e = entry.toObject();
            for (const char *key : {"startedDateTime", "time", "request", "response", "cache", "timings"})
                QVERIFY2(e.contains(QLatin1String(key)), key);
            QVERIFY(e.value(QLatin1String("request")).toObject().contains(QLatin1String("headers")));
            QVERIFY(e.value(QLatin1String("response")).toObject().value(QLatin1String("content")).isObject());
        }
        for (const QByteArray &exported : {harBytes, htmlBytes}) {
            QVERIFY(!exported.contains(WeComSandbox::corpSecret.toUtf8()));
            QVERIFY(!exported.contains(token.toUtf8()));
            QVERIFY(!exported.contains(code.toUtf8()));
        }
        QVERIFY(htmlBytes.contains("Demo WeCom"));
        QVERIFY(htmlBytes.contains("AuthDesk"));
        QVERIFY(
            htmlBytes.contains(WeComSandbox::corpId.toUtf8())); // the tenant's settings, which are no secret
    }

    void faultsMenuSwitchesAndResets() {
        auto *faults = m_window->findChild<QMenu *>(QStringLiteral("faultsMenu"));
        QVERIFY(faults);
        emit faults->aboutToShow();
        QAction *rateLimit = nullptr;
        for (QAction *platform : faults->actions())
            if (platform->menu() && platform->text().contains(QLatin1String("WeCom")))
                for (QAction *fault : platform->menu()->actions())
                    if (fault->text() == QLatin1String("rate_limit"))
                        rateLimit = fault;
        QVERIFY(rateLimit);
        QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("startSandboxAction"))->isEnabled());
        rateLimit->trigger();
        QVERIFY(m_window->selectTenant(QStringLiteral("Demo WeCom")));
        panel()->startRun();
        QVERIFY(pick(QStringLiteral("zhangsan")));
        QVERIFY(runEnded());
        QVERIFY2(panel()->currentRun()->error().contains(QLatin1String("45009")),
                 qPrintable(panel()->currentRun()->error()));
        QVERIFY2(panel()->currentRun()->error().contains(QLatin1String("daily")),
                 qPrintable(panel()->currentRun()->error()));
        m_window->findChild<QAction *>(QStringLiteral("resetFaultsAction"))->trigger();
        QVERIFY(signIn(QStringLiteral("Demo WeCom"), QStringLiteral("zhangsan")));
    }

    void signatureInspectorStartsFromACapturedExchange() {
        QVERIFY(m_window->selectTenant(QStringLiteral("Demo Qiqi (code)")));
        panel()->startRun();
        QVERIFY(pick(QStringLiteral("u1001")));
        QVERIFY(runEnded());
        const RunRecord &run = *panel()->shownRun();
        const auto code =
            std::find_if(run.exchanges.cbegin(), run.exchanges.cend(),
                         [](const HttpExchange &e) { return e.purpose.contains(QLatin1String("v1/code")); });
        QVERIFY2(code != run.exchanges.cend(), qPrintable(run.error));
        SignatureInspector inspector(m_workspace->secrets(),
                                     m_workspace->tenants().find(QStringLiteral("Demo Qiqi (code)")));
        inspector.loadExchange(*code);
        QVERIFY2(inspector.signedHeaders().contains(QLatin1String("x-amz-date")),
                 qPrintable(inspector.signedHeaders()));
        QVERIFY(!inspector.textField(QStringLiteral("headersEdit"))
                     ->toPlainText()
                     .contains(QLatin1String("Authorization")));
        // An empty header is signed as it is: the inspector says so.
        inspector.textField(QStringLiteral("headersEdit"))
            ->setPlainText(QStringLiteral("Access-Key-Id: \nX-Amz-Date: 20260101T000000Z"));
        QVERIFY2(inspector.warnings().contains(QLatin1String("Access-Key-Id header is empty")),
                 qPrintable(inspector.warnings()));
    }

    void qiqiNormalModeEndsQuietly() {
        QVERIFY(m_window->selectTenant(QStringLiteral("Demo Qiqi (normal)")));
        panel()->startRun();
        constexpr int graceMs = 300;
        panel()->currentRun()->setCallbackGrace(graceMs);
        pick(QStringLiteral("u1001"));
        QVERIFY(runEnded());
        QVERIFY2(panel()->currentRun()->phase() == FlowRun::Phase::Succeeded,
                 qPrintable(panel()->currentRun()->error()));
        const int steps = panel()->steps()->rowCount();
        // Past the callback's grace time, by the event loop's own order: a grace timer the run had
        // left running (started before this one, shorter) would fire before this one does.
        bool past = false;
        QTimer::singleShot(2 * graceMs, this, [&past] { past = true; });
        QTRY_VERIFY(past);
        QCOMPARE(panel()->steps()->rowCount(), steps);
        // The tenant's callback port is fixed: the next run listens on it at once.
        panel()->startRun();
        pick(QStringLiteral("u1001"));
        QVERIFY(runEnded());
        QVERIFY2(panel()->currentRun()->phase() == FlowRun::Phase::Succeeded,
                 qPrintable(panel()->currentRun()->error()));
    }

    void tenantDialogTabsInVisualOrder() {
        TenantDialog dialog(m_workspace.get(), std::nullopt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::setActiveWindow(&dialog); // no window manager gives it focus under Xvfb
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setFocus();
        QTRY_VERIFY(QApplication::focusWidget());
        QStringList visited;
        for (int i = 0; i < 9; ++i) {
            visited << QApplication::focusWidget()->objectName();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        const QStringList expected = {
            QStringLiteral("nameEdit"),        QStringLiteral("providerCombo"),
            QStringLiteral("setting_corpid"),  QStringLiteral("setting_agentid"),
            QStringLiteral("setting_scope"),   QStringLiteral("setting_calls_per_minute"),
            QStringLiteral("redirectUriEdit"), QStringLiteral("endpointsEdit"),
            QStringLiteral("secretEdit")};
        QCOMPARE(visited, expected);
        QVERIFY(!dialog.findChild<QPlainTextEdit *>(QStringLiteral("endpointsEdit"))
                     ->toPlainText()
                     .contains(QLatin1Char('\t')));
        // Every problem at once.
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->clear();
        dialog.save();
        const QString message = dialog.message();
        QVERIFY2(message.contains(QLatin1String("tenant name")) &&
                     message.contains(QLatin1String("CorpID")) &&
                     message.contains(QLatin1String("corpsecret")),
                 qPrintable(message));
        if (const QString path = qEnvironmentVariable("AUTHDESK_SCREENSHOT_DIALOG"); !path.isEmpty())
            QVERIFY(dialog.grab().save(path)); // how every problem at once looks (grab() paints it now)
    }

    // private_key_jwt: no secret to type; AuthDesk makes the key pair on save, and the dialog
    // shows its public JWKS to register at the provider.
    void tenantDialogMakesAKeyPair() {
        TenantDialog dialog(m_workspace.get(), std::nullopt);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("Keyed OIDC"));
        auto *provider = dialog.findChild<QComboBox *>(QStringLiteral("providerCombo"));
        provider->setCurrentIndex(provider->findData(QStringLiteral("oidc")));
        static_cast<QLineEdit *>(dialog.settingEditor(QStringLiteral("issuer")))
            ->setText(QStringLiteral("https://login.example.com/realms/acme"));
        static_cast<QLineEdit *>(dialog.settingEditor(QStringLiteral("client_id")))
            ->setText(QStringLiteral("keyed"));
        dialog.findChild<QLineEdit *>(QStringLiteral("redirectUriEdit"))
            ->setText(QStringLiteral("https://app.example.com/sso/callback"));
        auto *secret = dialog.findChild<QLineEdit *>(QStringLiteral("secretEdit"));
        auto *publicKeys = dialog.findChild<QPushButton *>(QStringLiteral("publicKeysButton"));
        QVERIFY(secret->isVisible() && !publicKeys->isVisible());
        static_cast<QComboBox *>(dialog.settingEditor(QStringLiteral("client_auth")))
            ->setCurrentText(QStringLiteral("private_key_jwt"));
        QVERIFY(!secret->isVisible() && publicKeys->isVisible());
        dialog.save();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
        const auto saved = m_workspace->tenants().find(QStringLiteral("Keyed OIDC"));
        QVERIFY(saved);
        TenantDialog again(m_workspace.get(), *saved);
        again.show();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        again.findChild<QPushButton *>(QStringLiteral("publicKeysButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(MessageBox::lastText().contains(QLatin1String("\"kty\": \"EC\"")), 10000);
        QVERIFY(!MessageBox::lastText().contains(QLatin1String("\"d\"")));
        QVERIFY(QApplication::clipboard()->text().contains(QLatin1String("\"keys\"")));
        bool removed = false;
        m_workspace->removeTenant(saved->name, TenantStore::MappingsOnRemove::Delete,
                                  [&](const Status &done) { removed = done.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 10000);
    }

    void mappingsSpeakInWords() {
        QVERIFY(signIn(QStringLiteral("Demo WeCom"), QStringLiteral("zhangsan")));
        m_window->mappingsView()->reload();
        auto *model = m_window->mappingsView()->findChild<MappingModel *>();
        QVERIFY(model && model->rowCount() > 0);
        int row = -1;
        for (int i = 0; i < model->rowCount(); ++i)
            if (model->mapping(i).externalId == QLatin1String("zhangsan"))
                row = i;
        QVERIFY(row >= 0);
        auto cell = [&](int column) { return model->index(row, column).data().toString(); };
        QVERIFY2(cell(Mapping::Provider).contains(QLatin1String("WeCom")),
                 qPrintable(cell(Mapping::Provider)));
        QCOMPARE(cell(Mapping::Source), QStringLiteral("sign-in"));
        QCOMPARE(cell(Mapping::Present), QString()); // not a directory row
        const QDateTime shown =
            QDateTime::fromString(cell(Mapping::FirstSeen), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QVERIFY2(shown.isValid(), qPrintable(cell(Mapping::FirstSeen)));
        QVERIFY(qAbs(shown.secsTo(QDateTime::currentDateTime())) < 3600); // local time, not UTC's clock
        QCOMPARE(model->headerData(MappingModel::OtherIdsColumn, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Other IDs"));
        // Names in pinyin order: 李四 (li) before 张三 (zhang), though 张 has the lower code point.
        model->sort(Mapping::Name, Qt::AscendingOrder);
        int li = -1, zhang = -1;
        for (int i = 0; i < model->rowCount(); ++i) {
            if (model->mapping(i).name == QStringLiteral("李四") && li < 0)
                li = i;
            if (model->mapping(i).name == QStringLiteral("张三") && zhang < 0)
                zhang = i;
        }
        QVERIFY2(li >= 0 && zhang >= 0 && li < zhang, qPrintable(QStringLiteral("%1 %2").arg(li).arg(zhang)));
        row = -1;
        for (int i = 0; i < model->rowCount(); ++i)
            if (model->mapping(i).externalId == QLatin1String("zhangsan"))
                row = i;
        // Delete asks, and No is the default answer.
        m_window->mappingsView()->table()->selectRow(row);
        MessageBox::setNextAnswer(QMessageBox::No);
        m_window->mappingsView()->findChild<QPushButton *>(QStringLiteral("deleteMappings"))->click();
        QVERIFY(MessageBox::lastText().contains(QLatin1String("Delete")));
        QCOMPARE(MessageBox::lastDefault(), QMessageBox::No);
    }

    // Another admin (another connection) set the local account after this page loaded it: the
    // admin chooses, and nothing is overwritten unseen.
    void staleLocalAccountEditAsks() {
        QVERIFY(signIn(QStringLiteral("Demo WeCom"), QStringLiteral("zhangsan")));
        m_window->mappingsView()->reload();
        auto *model = m_window->mappingsView()->findChild<MappingModel *>();
        int row = -1;
        for (int i = 0; i < model->rowCount(); ++i)
            if (model->mapping(i).externalId == QLatin1String("zhangsan") &&
                model->mapping(i).provider == QLatin1String("wecom"))
                row = i;
        QVERIFY(row >= 0);
        const Mapping shown = model->mapping(row);
        Workspace other;
        QString error;
        QVERIFY(succeeded(other.open(databasePath()), &error));
        QVERIFY(succeeded(other.mappings().setLocalAccount({shown.provider, shown.tenantId, shown.externalId},
                                                           QStringLiteral("theirs.account")),
                          &error));
        const QModelIndex cell = model->index(row, Mapping::LocalAccount);
        MessageBox::setNextAnswer(QMessageBox::No); // keep theirs
        QVERIFY(!model->setData(cell, QStringLiteral("mine.account"), Qt::EditRole));
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("theirs.account")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(model->mapping(row).localAccount, QStringLiteral("theirs.account"));
        QVERIFY(succeeded(other.mappings().setLocalAccount({shown.provider, shown.tenantId, shown.externalId},
                                                           QStringLiteral("theirs.again")),
                          &error));
        MessageBox::setNextAnswer(QMessageBox::Yes); // use mine, knowing theirs
        QVERIFY(model->setData(cell, QStringLiteral("mine.account"), Qt::EditRole));
        QCOMPARE(
            m_workspace->mappings().find({shown.provider, shown.tenantId, shown.externalId})->localAccount,
            QStringLiteral("mine.account"));
        // The audit trail keeps every edit, and can be exported.
        AuditDialog audit(m_workspace->audit(), m_workspace->database().url());
        QStringList details;
        for (int i = 0; i < audit.model()->rowCount(); ++i)
            details << audit.model()->item(i, 4)->text();
        QVERIFY2(details.join(' ').contains(QLatin1String("theirs.again")) &&
                     details.join(' ').contains(QLatin1String("mine.account")),
                 qPrintable(details.join(" | ")));
        QCOMPARE(audit.model()->item(0, 1)->text(), AuditTrail::actor());
        const QString csv = m_data.filePath(QStringLiteral("audit.csv"));
        QVERIFY(audit.exportTo(csv, &error));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("mapping.local_account"));
    }

    // A tenant saved by someone else on a shared store: its secret is in their keychain, not here.
    void missingSecretIsOfferedForEntry() {
        Tenant shared = sandboxTenant(QStringLiteral("feishu"), sandbox()->baseUrl(),
                                      QStringLiteral("saved-by-a-colleague"));
        QString error;
        QVERIFY(succeeded(m_workspace->tenants().save(shared), &error)); // configuration only
        m_window->reloadTenants(QStringLiteral("saved-by-a-colleague"));
        auto *enter = m_window->findChild<QPushButton *>(QStringLiteral("enterSecretButton"));
        QTRY_VERIFY(enter->isVisible());
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("runStatus"))
                    ->text()
                    .contains(QLatin1String("app_secret")));
        QVERIFY(m_window->selectTenant(QStringLiteral("Demo Feishu"))); // one whose secret is here
        QTRY_VERIFY(!enter->isVisible());
    }

    void storeDialogTestsWhatIsEntered() {
        StoreDialog dialog(m_workspace->secrets(), m_workspace->database().url());
        dialog.findChild<QLineEdit *>(QStringLiteral("storeUrlEdit"))
            ->setText(QStringLiteral("postgresql://me@db.example.com/x?sslmode=disable"));
        QVERIFY(!dialog.test());
        QVERIFY2(dialog.message().contains(QLatin1String("loopback")), qPrintable(dialog.message()));
        dialog.findChild<QLineEdit *>(QStringLiteral("storeUrlEdit"))
            ->setText(QStringLiteral("sqlite:") + databasePath());
        QVERIFY(dialog.test());
        QVERIFY2(dialog.message().contains(QLatin1String("tenant")), qPrintable(dialog.message()));
    }

    void changesByAnotherProcessAppear() {
        Workspace other; // another AuthDesk, as the command line is
        QString error;
        QVERIFY2(succeeded(other.open(databasePath()), &error), qPrintable(error));
        Tenant added =
            sandboxTenant(QStringLiteral("wecom"), sandbox()->baseUrl(), QStringLiteral("added-elsewhere"));
        QVERIFY(saveTenant(other, added));
        auto *tree = m_window->findChild<QTreeWidget *>(QStringLiteral("tenantTree"));
        QTRY_VERIFY_WITH_TIMEOUT(
            !tree->findItems(QStringLiteral("added-elsewhere"), Qt::MatchRecursive).isEmpty(), 5000);
    }

    // Last: the console is closed and opened again, as after a restart.
    void restartThenImmediateRunSucceeds() {
        QVERIFY(m_window->selectTenant(QStringLiteral("Demo Feishu")));
        const quint16 oldPort = quint16(sandbox()->baseUrl().port());
        m_window->close(); // remembers the layout and the tenant
        m_window.reset();
        m_demo.reset();
        openConsole(); // a new sandbox on another port; the console selects the remembered tenant
        QCOMPARE(m_window->findChild<QTreeWidget *>(QStringLiteral("tenantTree"))
                     ->currentItem()
                     ->data(0, Qt::UserRole)
                     .toString(),
                 QStringLiteral("Demo Feishu"));
        QVERIFY(sandbox()->baseUrl().port() != oldPort);
        panel()->startRun(); // at once, on the preselected tenant
        QVERIFY(pick(QStringLiteral("zhangsan")));
        QVERIFY(runEnded());
        QVERIFY2(panel()->currentRun()->phase() == FlowRun::Phase::Succeeded,
                 qPrintable(panel()->currentRun()->error()));
    }

    // The Health page: Check all over the real sandbox, a failing check's remedy shown, the
    // tenant tree's status icons; the schedule's round announces a tenant that turned to failing.
    // An OpenID Connect tenant at the real OP: the device code page (the code large, a QR code of
    // the address with it), kept tokens refreshed, introspected and revoked from the Identity
    // view, a logout in the embedded browser, and a sign-in in the system browser (BROWSER).
    void grantsAndKeptTokensInTheConsole() {
        RealOpenIdProvider op;
        const QString redirect = QStringLiteral("http://127.0.0.1:%1/callback").arg(freePort());
        QString error;
        QVERIFY2(op.start(redirect, QStringLiteral("alice"), &error), qPrintable(error));
        Tenant tenant = op.tenant(QStringLiteral("Real OP"), QStringLiteral("conf"), redirect);
        QVERIFY(saveTenant(*m_workspace, tenant, op.clientSecret()));
        m_window->reloadTenants(QStringLiteral("Real OP"));
        auto *grant = m_window->findChild<QComboBox *>(QStringLiteral("grantCombo"));
        auto *keep = m_window->findChild<QCheckBox *>(QStringLiteral("keepTokensCheck"));
        QVERIFY(grant->isVisible() && keep->isVisible());
        grant->setCurrentIndex(grant->findData(QStringLiteral("device")));
        keep->setChecked(true);
        panel()->startRun();
        auto *page = m_window->findChild<DeviceCodePage *>(QStringLiteral("deviceCodePage"));
        QTRY_VERIFY_WITH_TIMEOUT(page->isVisible() && !page->userCode().isEmpty(), 15000);
        QVERIFY(page->showsQrCode());
        // The README's picture of the device page (AUTHDESK_SCREENSHOT_DEVICE=file.png, under Xvfb).
        if (const QString shot = qEnvironmentVariable("AUTHDESK_SCREENSHOT_DEVICE"); !shot.isEmpty()) {
            m_window->resize(1400, 860);
            QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
            QVERIFY(m_window->grab().save(shot));
        }
        QVERIFY(
            page->findChild<QLabel *>(QStringLiteral("deviceVerificationUri"))->text().contains(op.issuer()));
        op.control("POST",
                   QStringLiteral("/test/device?user_code=%1&decision=approve").arg(page->userCode()));
        QVERIFY(runEnded());
        QVERIFY2(panel()->currentRun()->phase() == FlowRun::Phase::Succeeded,
                 qPrintable(panel()->currentRun()->error()));
        QCOMPARE(fieldOf(QStringLiteral("External ID")), QStringLiteral("alice"));

        auto *bar = m_window->findChild<QWidget *>(QStringLiteral("tokenBar"));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isVisible() && bar->isEnabled(), 5000);
        auto *result = m_window->findChild<QLabel *>(QStringLiteral("tokenResult"));
        auto act = [&](const char *button) {
            if (!QTest::qWaitFor([&] { return bar->isEnabled(); }, 5000))
                return false;
            m_window->findChild<QPushButton *>(QLatin1String(button) + QStringLiteral("TokensButton"))
                ->click();
            return QTest::qWaitFor(
                [&] {
                    return result->text().startsWith(QStringLiteral("✓")) ||
                           result->text().startsWith(QStringLiteral("✗"));
                },
                15000);
        };
        QVERIFY(act("refresh"));
        QVERIFY2(result->text().contains(QLatin1String("rotated")), qPrintable(result->text()));
        // The operation's exchanges are in the Exchanges tab, and in the history.
        QVERIFY(panel()->exchanges()->rowCount() >= 2);
        const QList<RunRecord> kept = panel()->historyView()->runs();
        QVERIFY(std::any_of(kept.cbegin(), kept.cend(),
                            [](const RunRecord &run) { return run.mode == QLatin1String("token refresh"); }));
        QVERIFY(act("introspect"));
        QVERIFY2(result->text().contains(QLatin1String("active")), qPrintable(result->text()));
        QVERIFY(act("revoke"));
        QVERIFY2(result->text().contains(QLatin1String("revoked")), qPrintable(result->text()));
        QTRY_VERIFY_WITH_TIMEOUT(bar->isEnabled(), 5000);
        m_window->findChild<QPushButton *>(QStringLiteral("logoutTokensButton"))->click();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return panel()->currentRun() && panel()->currentRun()->grant() == QLatin1String("logout");
            },
            5000));
        QVERIFY(runEnded());
        QVERIFY2(panel()->currentRun()->phase() == FlowRun::Phase::Succeeded,
                 qPrintable(panel()->currentRun()->error()));

        // A service account: the client credentials grant, its token described, never shown.
        Tenant service = op.tenant(QStringLiteral("Real OP service"), QStringLiteral("svc"), redirect);
        QVERIFY(saveTenant(*m_workspace, service, op.clientSecret()));
        m_window->reloadTenants(QStringLiteral("Real OP service"));
        grant->setCurrentIndex(grant->findData(QStringLiteral("client_credentials")));
        QVERIFY(!keep->isEnabled());
        panel()->startRun();
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("runStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("✓")), 15000);
        QCOMPARE(fieldOf(QStringLiteral("token_type")), QStringLiteral("Bearer"));
        QCOMPARE(panel()->historyView()->runs().constFirst().mode, QStringLiteral("client_credentials"));

        // The system browser: the page goes to BROWSER; the redirect comes to a loopback port.
        Tenant native = op.tenant(QStringLiteral("Real OP native"), QStringLiteral("native"),
                                  QStringLiteral("http://127.0.0.1/callback"));
        native.settings.insert(QStringLiteral("client_auth"), QStringLiteral("none"));
        QVERIFY(saveTenant(*m_workspace, native));
        m_window->reloadTenants(QStringLiteral("Real OP native"));
        qputenv("BROWSER",
                QStringLiteral("node %1/browser.mjs").arg(QStringLiteral(AUTHDESK_OP_DIR)).toUtf8());
        auto *browserChoice = m_window->findChild<QComboBox *>(QStringLiteral("browserCombo"));
        browserChoice->setCurrentIndex(browserChoice->findData(QStringLiteral("system")));
        panel()->startRun();
        QVERIFY(runEnded());
        qunsetenv("BROWSER");
        QVERIFY2(panel()->currentRun()->phase() == FlowRun::Phase::Succeeded,
                 qPrintable(panel()->currentRun()->error()));
        QVERIFY(QUrl(panel()->currentRun()->tenant().redirectUri).port() > 0);
        QCOMPARE(fieldOf(QStringLiteral("External ID")), QStringLiteral("alice"));
    }

    void healthPageChecksEveryTenant() {
        NotificationServer server;
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.Notifications")));
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/Notifications"), &server,
                                   QDBusConnection::ExportAllSlots));
        auto *pages = m_window->findChild<QTabWidget *>(QStringLiteral("pages"));
        HealthView *health = m_window->healthView();
        pages->setCurrentWidget(health->parentWidget());
        int rounds = 0;
        connect(health, &HealthView::roundFinished, this, [&] { ++rounds; });
        auto *checkAll = health->findChild<QPushButton *>(QStringLiteral("checkAllButton"));
        checkAll->click();
        QVERIFY(!checkAll->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(rounds, 1, 60000);
        auto *tree = health->findChild<QTreeWidget *>(QStringLiteral("healthTree"));
        auto tenantRow = [tree](const QString &name) -> QTreeWidgetItem * {
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                if (tree->topLevelItem(i)->text(0) == name)
                    return tree->topLevelItem(i);
            return nullptr;
        };
        QCOMPARE(tree->topLevelItemCount(), int(m_workspace->tenants().tenants().size()));
        QTreeWidgetItem *wecom = tenantRow(QStringLiteral("Demo WeCom"));
        QVERIFY(wecom);
        QVERIFY2(wecom->text(1) != HealthView::statusText(HealthCheck::Status::Fail),
                 qPrintable(wecom->text(2)));
        QVERIFY(wecom->childCount() >= 5); // secret, credentials, trusted IP, app, trusted domain, clock…

        // WeCom answers 60020 (this IP is not trusted): the scheduled round fails it and says so.
        sandbox()
            ->provider(QStringLiteral("wecom"))
            ->setFault(QStringLiteral("ip_not_trusted"), QStringLiteral("agent/get"));
        m_window->checkAllOnSchedule();
        QTRY_COMPARE_WITH_TIMEOUT(rounds, 2, 60000);
        wecom = tenantRow(QStringLiteral("Demo WeCom"));
        QCOMPARE(wecom->text(1), HealthView::statusText(HealthCheck::Status::Fail));
        QTreeWidgetItem *trustedIp = nullptr;
        for (int i = 0; i < wecom->childCount(); ++i)
            if (wecom->child(i)->text(0) == QLatin1String("wecom.trusted_ip"))
                trustedIp = wecom->child(i);
        QVERIFY(trustedIp);
        tree->setCurrentItem(trustedIp);
        const QString details =
            health->findChild<QTextBrowser *>(QStringLiteral("healthDetails"))->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("企业可信IP")) &&
                     details.contains(QLatin1String("127.0.0.1")),
                 qPrintable(details));
        QTRY_COMPARE(server.summaries.size(), 1);
        QVERIFY(server.summaries.constFirst().contains(QLatin1String("Demo WeCom")));

        // The tenant tree shows each tenant's worst status.
        auto *tenants = m_window->findChild<QTreeWidget *>(QStringLiteral("tenantTree"));
        const QList<QTreeWidgetItem *> found =
            tenants->findItems(QStringLiteral("Demo WeCom (sandbox)"), Qt::MatchExactly | Qt::MatchRecursive);
        QCOMPARE(found.size(), 1);
        QVERIFY(!found.constFirst()->icon(0).isNull());
        QCOMPARE(found.constFirst()->data(0, Qt::AccessibleDescriptionRole).toString(),
                 HealthView::statusText(HealthCheck::Status::Fail));
        // Cancel stops after the tenant under check: fewer tenants checked, and said so.
        auto *cancel = health->findChild<QPushButton *>(QStringLiteral("cancelCheckButton"));
        int checked = 0;
        connect(health, &HealthView::tenantChecked, this, [&] { ++checked; });
        checkAll->click();
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(rounds, 3, 60000);
        QCOMPARE(checked, 1);
        QVERIFY(health->findChild<QLabel *>(QStringLiteral("healthSummary"))
                    ->text()
                    .startsWith(QLatin1String("Cancelled")));
        QVERIFY(checkAll->isEnabled() && !cancel->isEnabled());
        bus.unregisterObject(QStringLiteral("/org/freedesktop/Notifications"));
        bus.unregisterService(QStringLiteral("org.freedesktop.Notifications"));
        pages->setCurrentIndex(0);
    }

    // A WeCom service-provider app as an admin meets it (PROVIDERS §8): the demo app's ticket,
    // pushed by the sandbox to the callback URL the console listens on, shows in the Corps tab;
    // Install into a corp runs the install page in the embedded browser and lists the corp;
    // a member signs in through the suite's OAuth; the 代开发 template's install adds a WeCom
    // tenant of the corp to the tree.
    void serviceProviderAppInTheConsole() {
        QVERIFY(m_window->selectTenant(QStringLiteral("Demo WeCom provider app")));
        auto *corps = panel()->corpsView();
        auto *tabs = corps->parentWidget()->parentWidget();
        QVERIFY(
            qobject_cast<QTabWidget *>(tabs)->isTabVisible(qobject_cast<QTabWidget *>(tabs)->indexOf(corps)));
        auto *ticket = corps->findChild<QLabel *>(QStringLiteral("ticketStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(ticket->text().contains(QLatin1String("Newest suite_ticket received")),
                                 30000);
        QVERIFY2(ticket->text().contains(QLatin1String("listens at http://127.0.0.1:")),
                 qPrintable(ticket->text()));

        // The tenant dialog shows the provider's other secrets and checks with the keychain's ticket.
        {
            TenantDialog dialog(m_workspace.get(),
                                m_workspace->tenants().find(QStringLiteral("Demo WeCom provider app")));
            dialog.show();
            for (const char *name : {"callback_token", "encoding_aes_key", "provider_secret"})
                QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("secret_") + QLatin1String(name)));
            QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("secret_suite_ticket"))); // not entered
            dialog.findChild<QPushButton *>(QStringLiteral("checkButton"))->click();
            auto *said = dialog.findChild<QLabel *>(QStringLiteral("dialogMessage"));
            // Five keychain reads over D-Bus and a call: give a busy machine the time the ticket had.
            QTRY_VERIFY_WITH_TIMEOUT(said->text().contains(QLatin1String("get_suite_token issued")), 30000);
        }
        corps->findChild<QPushButton *>(QStringLiteral("installButton"))->click();
        QVERIFY(runEnded());
        QVERIFY2(panel()->currentRun()->phase() == FlowRun::Phase::Succeeded,
                 qPrintable(panel()->currentRun()->error()));
        auto *table = corps->findChild<QTableWidget *>(QStringLiteral("corpsTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->rowCount(), 1, 10000);
        QCOMPARE(table->item(0, 1)->text(), WeComSandbox::authCorpId(WeComSandbox::suiteId));
        QVERIFY(table->item(0, 2)->text().contains(QLatin1String("authorized")));

        corps->convertUserIds({QStringLiteral("zhangsan"), QStringLiteral("nobody")});
        auto *message = corps->findChild<QLabel *>(QStringLiteral("corpsMessage"));
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(QLatin1String("not a member")), 10000);
        QVERIFY2(message->text().contains(
                     WeComSandbox::providerCipher(QStringLiteral("woOpen"), QStringLiteral("zhangsan"))),
                 qPrintable(message->text()));

        panel()->startRun(QStringLiteral("oauth"));
        QVERIFY(pick(QStringLiteral("lisi")) && runEnded());
        QVERIFY2(panel()->currentRun()->phase() == FlowRun::Phase::Succeeded,
                 qPrintable(panel()->currentRun()->error()));
        QVERIFY(fieldOf(QStringLiteral("External ID"))
                    .startsWith(WeComSandbox::authCorpId(WeComSandbox::suiteId)));
        // The README's picture of the Corps tab (AUTHDESK_SCREENSHOT_SUITE=file.png, under Xvfb).
        if (const QString shot = qEnvironmentVariable("AUTHDESK_SCREENSHOT_SUITE"); !shot.isEmpty()) {
            qobject_cast<QTabWidget *>(tabs)->setCurrentWidget(corps);
            m_window->resize(1400, 860);
            QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
            QVERIFY(m_window->grab().save(shot));
        }

        // Sandbox → Faults → push_suite_tickets now: WeCom's 刷新Ticket, another ticket at once.
        const Tenant providerApp = *m_workspace->tenants().find(QStringLiteral("Demo WeCom provider app"));
        const int tickets =
            int(m_workspace->suiteCorps().events(providerApp.id, 0, QStringLiteral("suite_ticket")).size());
        m_demo->act(QStringLiteral("wecom"), QStringLiteral("push_suite_tickets"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_workspace->suiteCorps().events(providerApp.id, 0, QStringLiteral("suite_ticket")).size() >
                tickets,
            10000);

        QVERIFY(m_window->selectTenant(QStringLiteral("Demo WeCom 代开发")));
        QTRY_VERIFY_WITH_TIMEOUT(ticket->text().contains(QLatin1String("Newest suite_ticket received")),
                                 30000);
        corps->findChild<QPushButton *>(QStringLiteral("installButton"))->click();
        QVERIFY(runEnded());
        QVERIFY2(panel()->currentRun()->phase() == FlowRun::Phase::Succeeded,
                 qPrintable(panel()->currentRun()->error()));
        const QString app = QStringLiteral("Demo WeCom 代开发 · 沙盒科技");
        QTRY_VERIFY_WITH_TIMEOUT(m_workspace->tenants().find(app).has_value(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->selectTenant(app), 10000);
        QVERIFY(signIn(app, QStringLiteral("zhangsan")));
        QCOMPARE(fieldOf(QStringLiteral("External ID")), QStringLiteral("zhangsan"));
    }

    // Tools → WeCom callback decryptor on example C of PROVIDERS-wecom-suite §2: verified,
    // decrypted, the suite_ticket masked; another Token is refused.
    void callbackDecryptor() {
        CallbackDecryptDialog dialog;
        dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->setText(QStringLiteral("QDG6eK"));
        dialog.findChild<QLineEdit *>(QStringLiteral("aesKeyEdit"))
            ->setText(QStringLiteral("jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C"));
        dialog.findChild<QLineEdit *>(QStringLiteral("queryEdit"))
            ->setText(QStringLiteral("msg_signature=475ff72eebba0614275fbec1fc02a334f746082d&timestamp="
                                     "1403610513&nonce=380320359"));
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("bodyEdit"))
            ->setPlainText(QStringLiteral(
                "<xml><Encrypt><![CDATA[ZA4HuQypHxnRrA+A6SOHGOkM6FbNK3+w7aR+73PIHID93wic6rabfH/kz2tPB/"
                "Mj+LYVZc+bUD2MZ+"
                "6u2o9E4WPHAmHPvLjlEU1YNhmMu6QkG/zprOWb0Z/"
                "lv1ACzfbyffxk+jeqw+4Z4DBUBt5+2QA8Y3p2vVjN5JnlusBLyd8JsqDdTl"
                "X1zAWpzxFLiGP7FI63bWG++zEf7hjxhR7poP7jH0S1chW5uQvqN+H6p/QdKEwtNNlKNH+Ffm8PDTfZqPH/s/GTF4aSw/"
                "hoBUzBG7"
                "IzFGIMwPeXPWBmxNkDzrje0V3NxLl9nwD+6UwHnG8SCo9+6Fis+MWIqtmdNDkdTA==]]></Encrypt></xml>"));
        dialog.findChild<QPushButton *>(QStringLiteral("decryptButton"))->click();
        QVERIFY2(dialog.result().contains(QLatin1String("wwddddccc7775555aaa")) &&
                     dialog.result().contains(QLatin1String("masked")) &&
                     !dialog.result().contains(QLatin1String("asdfasfdasdfasdf")),
                 qPrintable(dialog.result()));
        dialog.findChild<QLineEdit *>(QStringLiteral("tokenEdit"))->setText(QStringLiteral("other"));
        dialog.findChild<QPushButton *>(QStringLiteral("decryptButton"))->click();
        QVERIFY(dialog.result().contains(QLatin1String("msg_signature does not match")));
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
