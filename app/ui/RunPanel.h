#pragma once

#include "FlowRun.h"
#include "Tenant.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class AuthBrowser;
class CopyableTableView;
class ExchangeModel;
class IdentityView;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class StepModel;
class Workspace;

// Everything about running one tenant's authorization: mode, start, paste, the embedded browser,
// and the timeline / identity / exchanges of the current run.
class RunPanel : public QWidget {
    Q_OBJECT

public:
    explicit RunPanel(Workspace *workspace, QWidget *parent = nullptr);

    void setTenant(const std::optional<Tenant> &tenant);
    void startRun(const QString &mode = {});
    void runPasted(const QUrl &url);
    FlowRun *currentRun() const { return m_run; }
    AuthBrowser *browser() const { return m_browser; }
    IdentityView *identityView() const { return m_identity; }
    StepModel *steps() const { return m_steps; }
    ExchangeModel *exchanges() const { return m_exchanges; }

signals:
    void runFinished(bool ok, const QString &message);

private:
    FlowRun *newRun(const QString &mode);
    void askForPastedUrl();
    void showExchange(const QModelIndex &index);

    Workspace *m_workspace;
    std::optional<Tenant> m_tenant;
    QPointer<FlowRun> m_run;
    QLabel *m_title;
    QComboBox *m_mode;
    QPushButton *m_start;
    QPushButton *m_paste;
    QLabel *m_status;
    AuthBrowser *m_browser;
    QTabWidget *m_tabs;
    StepModel *m_steps;
    ExchangeModel *m_exchanges;
    IdentityView *m_identity;
    CopyableTableView *m_stepTable;
    CopyableTableView *m_exchangeTable;
    QPlainTextEdit *m_exchangeDetail;
};
