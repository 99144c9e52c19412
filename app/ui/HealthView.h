#pragma once

#include "HealthCheck.h"
#include "health/HealthRound.h"

#include <QIcon>
#include <QPointer>
#include <QWidget>

class HealthHistory;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;
class TenantStore;

// The Health page: every tenant against its checks, as last kept in the store (on a shared store,
// the team's latest), with what was found and what to do for the selected check; Check all or
// Check this tenant, with progress and Cancel.
class HealthView : public QWidget {
    Q_OBJECT

public:
    HealthView(const RunServices &services, HealthHistory &history, QWidget *parent = nullptr);

    // A status as the console shows it: a coloured dot, and a word.
    static QIcon icon(HealthCheck::Status status);
    static QString statusText(HealthCheck::Status status);

    // Shows the latest kept results of the store's tenants.
    void reload();
    void checkAll();
    // Checks one tenant (by name); `select` it first when the page is shown from the tenant tree.
    void checkTenant(const QString &name);
    void cancel();
    bool isChecking() const { return m_round; }
    void selectTenant(const QString &name);

signals:
    // A tenant's round is kept; `previous` was its status before (Skipped: never checked).
    void tenantChecked(const QString &name, HealthCheck::Status previous, HealthCheck::Status now);
    void roundFinished();

private:
    void check(const QList<Tenant> &tenants);
    void showSelected();
    QTreeWidgetItem *tenantItem(const QString &name) const;
    RunServices m_services;
    HealthHistory &m_history;
    QTreeWidget *m_tree;
    QTextBrowser *m_details;
    QPushButton *m_checkAll;
    QPushButton *m_checkOne;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QPointer<HealthRound> m_round;
};
