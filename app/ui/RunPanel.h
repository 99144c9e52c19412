#pragma once

#include "Tenant.h"
#include "providers/Provider.h"
#include "run/FlowRun.h"
#include "store/RunHistory.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>
#include <optional>

class BrowserPane;
class DeviceCodePage;
class QCheckBox;
class QSplitter;
class CopyableTableView;
class ExchangeModel;
class IdentityView;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTimer;
class RunHistoryView;
class StepModel;
class TokenSession;
class Workspace;

// Everything about running one tenant's authorization: mode, start, cancel, paste, the embedded
// browser, the live header of the run under way (phase, elapsed time, progress), and the
// timeline / identity / exchanges of the run shown — the one under way, or one of the tenant's
// kept runs (History). Selecting a tenant shows its latest run, never another tenant's.
class SuiteCorpsView;

class RunPanel : public QWidget {
    Q_OBJECT

public:
    explicit RunPanel(Workspace *workspace, QWidget *parent = nullptr);

    // Must not be called while a run is active (the console locks the tenant list meanwhile).
    void setTenant(const std::optional<Tenant> &tenant);
    void startRun(const QString &mode = {});
    void cancelRun();
    void runPasted(const QUrl &url);
    FlowRun *currentRun() const { return m_run; }
    bool isRunActive() const { return m_run && m_run->isActive(); }
    // The run the tabs show: the last one ended, or one reopened from the history.
    const std::optional<RunRecord> &shownRun() const { return m_shown; }
    void showRecord(const RunRecord &record);
    // The phase line of the live header ("Exchanging — calling gettoken").
    QString phaseText() const;
    // The embedded browser, loaded when first asked for (a run, or a test); nullptr with the
    // reason in the status line when the module is missing.
    BrowserPane *browser();
    IdentityView *identityView() const { return m_identity; }
    RunHistoryView *historyView() const { return m_history; }
    SuiteCorpsView *corpsView() const { return m_corps; }
    StepModel *steps() const { return m_steps; }
    ExchangeModel *exchanges() const { return m_exchanges; }
    // The shown run's calls as curl commands (the selected exchange's alone when one is).
    QString curlText() const;
    // Writes the shown run as HAR (a .har name) or as an HTML report (any other).
    Status exportShownRun(const QString &path) const;

signals:
    void runFinished(bool ok, const QString &message);
    // A run started or ended: the console locks what must not change under it.
    void runActiveChanged(bool active);
    // The tenant's secret is not in this admin's keychain (a shared store): enter it.
    void enterSecretRequested();
    // A tenant was added (a 代开发 install's WeCom tenant).
    void tenantsChanged(const QString &name);

private:
    FlowRun *newRun(const QString &mode);
    void clearViews();
    void reloadHistory();
    // Says so when the tenant's secret is not in this admin's keychain, and offers to enter it.
    void checkSecret();
    void updateHeader();
    void setControlsForRun(bool active);
    void askForPastedUrl();
    void showExchange(const QModelIndex &index);
    void exportWithDialog();
    void compare(const RunRecord &older, const RunRecord &newer);
    // Puts `widget` where the authorization page goes (the browser, or the device code page).
    void showLeft(QWidget *widget);
    // The grant, browser and keep-tokens choices the tenant's provider offers.
    void updateRunChoices(const Provider *provider);
    // Whether the tenant keeps tokens from an earlier run: shows the Identity view's actions.
    void updateTokenActions();
    // A kept tokens' action of the Identity view: refresh, introspect, revoke (a TokenSession), or
    // log out (a run in the embedded browser).
    void runTokenAction(const QString &action, const QString &which);
    // A token session of the tenant whose steps and calls the tabs show as a run's; and its end:
    // the history again, with its record as the run shown.
    TokenSession *newTokenSession();
    void tokenSessionEnded(TokenSession *session);

    Workspace *m_workspace;
    std::optional<Tenant> m_tenant;
    QPointer<FlowRun> m_run;
    std::optional<RunRecord> m_shown;
    QElapsedTimer m_clock;
    QTimer *m_ticker;
    int m_pageProgress = -1; // the authorization page's load progress; -1 when not loading
    QString m_currentCall;   // the purpose of the call under way
    QLabel *m_title;
    QComboBox *m_mode;
    QComboBox *m_grant;
    QComboBox *m_browserChoice;
    QCheckBox *m_keepTokens;
    DeviceCodePage *m_devicePage;
    QPushButton *m_start;
    QPushButton *m_cancel;
    QPushButton *m_paste;
    QPushButton *m_enterSecret;
    QLabel *m_phase;
    QLabel *m_elapsed;
    QProgressBar *m_progress;
    QLabel *m_status;
    BrowserPane *m_browser = nullptr;
    QSplitter *m_split = nullptr;
    QTabWidget *m_tabs;
    StepModel *m_steps;
    ExchangeModel *m_exchanges;
    IdentityView *m_identity;
    SuiteCorpsView *m_corps; // a service-provider app's tab: its ticket, corps and events
    RunHistoryView *m_history;
    CopyableTableView *m_stepTable;
    CopyableTableView *m_exchangeTable;
    QPlainTextEdit *m_exchangeDetail;
};
