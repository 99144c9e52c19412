#pragma once

#include "Identity.h"
#include "Tenant.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class SuiteSession;
class Workspace;

// The Corps tab of a WeCom service-provider app (PROVIDERS §8): whether its suite_ticket arrived
// and where AuthDesk listens for it, the corps it is installed in with their status (a 代开发
// install's WeCom tenant among them), and the events its callback received. Every service-provider
// tenant with a callback URL is listened for while the console is open, whichever is shown.
class SuiteCorpsView : public QWidget {
    Q_OBJECT

public:
    explicit SuiteCorpsView(Workspace *workspace, QWidget *parent = nullptr);

    // Whether `tenant` has this tab: a service-provider app.
    static bool appliesTo(const Tenant &tenant);
    void setTenant(const std::optional<Tenant> &tenant);
    // Listens on the callback URL of each service-provider app among `tenants` not listened for yet.
    void listenForAll(const QList<Tenant> &tenants);
    // After an install run of the shown tenant succeeded: the corp recorded (and its WeCom tenant
    // made for a 代开发 template).
    void adoptInstall(const Identity &installer);
    void checkCorps();
    // The selected corp's own userids (typed by the admin) as this provider's open_userid.
    void convertUserIds(const QStringList &userIds);

signals:
    void installRequested();
    // A tenant was added (a 代开发 install's): the tenant list should show it.
    void tenantsChanged(const QString &name);

private:
    SuiteSession *session(const Tenant &tenant);
    void reload();
    void pasteTicket();
    void say(const QString &text, bool error = false);

    Workspace *m_workspace;
    std::optional<Tenant> m_tenant;
    QHash<QString, SuiteSession *> m_sessions; // by tenant id, each opened and, with a URL, listening
    QHash<QString, QString> m_listening;       // tenant id → where its session listens, or why not
    QLabel *m_ticket;
    QLabel *m_message;
    QTableWidget *m_corps;
    QTableWidget *m_events;
    QPushButton *m_install;
    QPushButton *m_check;
    QPushButton *m_paste;
    QPushButton *m_convert;
};
