#include "SuiteCorpsView.h"

#include "MessageBox.h"
#include "providers/WeComSuiteProvider.h"
#include "run/SuiteSession.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent) {
    auto *widget = new QTableWidget(0, int(headers.size()), parent);
    widget->setObjectName(name);
    widget->setHorizontalHeaderLabels(headers);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->verticalHeader()->hide();
    widget->horizontalHeader()->setStretchLastSection(true);
    return widget;
}

QString shownTime(const QDateTime &at) {
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

SuiteCorpsView::SuiteCorpsView(Workspace *workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_ticket(new QLabel(this)), m_message(new QLabel(this)),
      m_corps(table({tr("Corp"), tr("CorpID"), tr("Status"), tr("AgentID"), tr("Installed"),
                     tr("WeCom tenant"), tr("Detail")},
                    QStringLiteral("corpsTable"), this)),
      m_events(table({tr("Received"), tr("Event"), tr("CorpID"), tr("Summary")},
                     QStringLiteral("eventsTable"), this)),
      m_install(new QPushButton(tr("Install into a corp…"), this)),
      m_check(new QPushButton(tr("Check corps"), this)), m_paste(new QPushButton(tr("Paste ticket…"), this)),
      m_convert(new QPushButton(tr("Convert userids…"), this)) {
    m_ticket->setObjectName(QStringLiteral("ticketStatus"));
    m_ticket->setWordWrap(true);
    m_ticket->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("corpsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_install->setObjectName(QStringLiteral("installButton"));
    m_install->setToolTip(
        tr("Opens WeCom's install page for this app; the corp's permanent code goes to the keychain"));
    m_check->setObjectName(QStringLiteral("checkCorpsButton"));
    m_check->setToolTip(tr("Asks WeCom (get_auth_info) whether each corp's authorization still holds"));
    m_paste->setObjectName(QStringLiteral("pasteTicketButton"));
    m_paste->setToolTip(tr("For a callback URL on your own server: the suite_ticket it received"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_install);
    buttons->addWidget(m_check);
    buttons->addWidget(m_paste);
    buttons->addWidget(m_convert);
    m_convert->setObjectName(QStringLiteral("convertButton"));
    m_convert->setToolTip(tr("The selected corp's own userids, as its admin console shows them, as this "
                             "provider's open_userid (batch/userid_to_openuserid)"));
    connect(m_convert, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString typed = QInputDialog::getText(
            this, tr("Convert userids"), tr("The corp's own userids, separated by spaces or commas:"),
            QLineEdit::Normal, {}, &ok);
        static const QRegularExpression separators(QStringLiteral("[\\s,，]+"));
        if (ok)
            convertUserIds(typed.split(separators, Qt::SkipEmptyParts));
    });
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_ticket);
    layout->addLayout(buttons);
    layout->addWidget(m_corps, 2);
    layout->addWidget(new QLabel(tr("Events received at the callback URL"), this));
    layout->addWidget(m_events, 1);
    layout->addWidget(m_message);
    connect(m_install, &QPushButton::clicked, this, &SuiteCorpsView::installRequested);
    connect(m_check, &QPushButton::clicked, this, &SuiteCorpsView::checkCorps);
    connect(m_paste, &QPushButton::clicked, this, &SuiteCorpsView::pasteTicket);
}

bool SuiteCorpsView::appliesTo(const Tenant &tenant) {
    return dynamic_cast<const WeComSuiteProvider *>(Provider::find(tenant.provider)) != nullptr;
}

SuiteSession *SuiteCorpsView::session(const Tenant &tenant) {
    if (SuiteSession *known = m_sessions.value(tenant.id)) {
        if (known->tenant().updated == tenant.updated && known->tenant().name == tenant.name)
            return known;
        // Edited (or repointed at a restarted sandbox): a session of the tenant as it is now, on
        // its callback port, which the old one frees at once.
        m_sessions.remove(tenant.id);
        delete known;
    }
    auto *made = new SuiteSession(m_workspace->services(), tenant, this);
    m_sessions.insert(tenant.id, made);
    connect(made, &SuiteSession::eventHandled, this, [this, id = tenant.id] {
        if (m_tenant && m_tenant->id == id)
            reload();
    });
    connect(made, &SuiteSession::stepAdded, this, [this, id = tenant.id](const FlowStep &step) {
        if (m_tenant && m_tenant->id == id)
            say(step.detail.isEmpty() ? step.title : tr("%1: %2").arg(step.title, step.detail),
                step.status == FlowStep::Status::Error);
    });
    connect(made, &SuiteSession::tenantSaved, this, &SuiteCorpsView::tenantsChanged);
    made->open([this, made, tenant](const Status &opened) {
        if (!opened.ok()) {
            m_listening.insert(tenant.id, opened.errorText());
        } else if (!tenant.setting(QStringLiteral("callback_url")).isEmpty()) {
            const Status listening = made->listen();
            m_listening.insert(
                tenant.id, listening.ok() ? tr("AuthDesk listens at %1").arg(made->callbackUrl().toString())
                                          : listening.errorText());
        } else {
            m_listening.insert(tenant.id, tr("No callback URL: paste the tickets your own server receives."));
        }
        if (m_tenant && m_tenant->id == tenant.id)
            reload();
    });
    return made;
}

void SuiteCorpsView::listenForAll(const QList<Tenant> &tenants) {
    for (const Tenant &tenant : tenants)
        if (appliesTo(tenant))
            session(tenant);
}

void SuiteCorpsView::setTenant(const std::optional<Tenant> &tenant) {
    m_tenant = tenant && appliesTo(*tenant) ? tenant : std::nullopt;
    m_message->clear();
    if (m_tenant)
        session(*m_tenant);
    reload();
}

void SuiteCorpsView::reload() {
    m_corps->setRowCount(0);
    m_events->setRowCount(0);
    setEnabled(m_tenant.has_value());
    if (!m_tenant)
        return m_ticket->clear();
    const QList<SuiteCorps::Event> tickets =
        m_workspace->suiteCorps().events(m_tenant->id, 1, QStringLiteral("suite_ticket"));
    const QString listening = m_listening.value(m_tenant->id, tr("Reading the tenant's secrets…"));
    m_ticket->setText(
        tickets.isEmpty()
            ? tr("No suite_ticket yet: WeCom pushes one to the callback URL every 10 minutes "
                 "(刷新Ticket in the service-provider console pushes one at once). %1")
                  .arg(listening)
            : tr("Newest suite_ticket received %1 (%2). %3")
                  .arg(shownTime(tickets.first().received), tickets.first().summary, listening));
    const QMap<QString, QString> statusNames{{QStringLiteral("authorized"), tr("✓ authorized")},
                                             {QStringLiteral("cancelled"), tr("✗ cancelled")},
                                             {QStringLiteral("reset"), tr("✗ secret reset")},
                                             {QStringLiteral("unknown"), tr("? unknown")}};
    for (const SuiteCorps::Corp &corp : m_workspace->suiteCorps().corps(m_tenant->id)) {
        const int row = m_corps->rowCount();
        m_corps->insertRow(row);
        const QStringList cells{corp.name,
                                corp.corpId,
                                statusNames.value(corp.status, corp.status),
                                corp.agentId,
                                shownTime(corp.installed),
                                corp.customized ? corp.appTenant : tr("— (third-party app)"),
                                corp.statusDetail};
        for (int column = 0; column < cells.size(); ++column)
            m_corps->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    for (const SuiteCorps::Event &event : m_workspace->suiteCorps().events(m_tenant->id, 50)) {
        const int row = m_events->rowCount();
        m_events->insertRow(row);
        const QStringList cells{shownTime(event.received), event.infoType, event.corpId, event.summary};
        for (int column = 0; column < cells.size(); ++column)
            m_events->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_corps->resizeColumnsToContents();
    m_events->resizeColumnsToContents();
}

void SuiteCorpsView::adoptInstall(const Identity &installer) {
    if (!m_tenant)
        return;
    session(*m_tenant)->adoptInstall(installer, [this](const Status &adopted) {
        say(adopted.ok() ? adopted.value().message : adopted.errorText(), !adopted.ok());
        reload();
    });
}

void SuiteCorpsView::checkCorps() {
    if (!m_tenant)
        return;
    m_check->setEnabled(false);
    say(tr("Checking each corp with get_auth_info…"));
    session(*m_tenant)->checkCorps([this](const Result<QList<SuiteCorps::Corp>> &corps) {
        m_check->setEnabled(true);
        say(corps.ok() ? tr("%n corp(s) checked.", nullptr, int(corps.value().size())) : corps.errorText(),
            !corps.ok());
        reload();
    });
}

void SuiteCorpsView::convertUserIds(const QStringList &userIds) {
    const QList<QTableWidgetItem *> selected = m_corps->selectedItems();
    const int row = selected.isEmpty() ? 0 : selected.first()->row();
    if (!m_tenant || userIds.isEmpty() || row >= m_corps->rowCount())
        return say(tr("Install the app in a corp and select it first."), true);
    const QString corpId = m_corps->item(row, 1)->text();
    session(*m_tenant)->convertUserIds(corpId, userIds, [this](const Result<QJsonObject> &lists) {
        if (!lists.ok())
            return say(lists.errorText(), true);
        QStringList lines;
        for (const QJsonValue &pair : lists.value().value(QLatin1String("open_userid_list")).toArray())
            lines << tr("%1 → %2").arg(pair[QLatin1String("userid")].toString(),
                                       pair[QLatin1String("open_userid")].toString());
        for (const QJsonValue &invalid : lists.value().value(QLatin1String("invalid_userid_list")).toArray())
            lines << tr("%1: not a member the app can see").arg(invalid.toString());
        say(lines.join(QLatin1Char('\n')));
    });
}

void SuiteCorpsView::pasteTicket() {
    if (!m_tenant)
        return;
    bool ok = false;
    const QString ticket =
        QInputDialog::getText(this, tr("Paste suite_ticket"),
                              tr("The newest suite_ticket your callback server received for %1:")
                                  .arg(m_tenant->setting(QStringLiteral("suite_id"))),
                              QLineEdit::Password, {}, &ok);
    if (!ok || ticket.trimmed().isEmpty())
        return;
    session(*m_tenant)->keepTicket(ticket, tr("pasted"), [this](const Status &kept) {
        say(kept.ok() ? tr("The ticket is kept in the keychain.") : kept.errorText(), !kept.ok());
        reload();
    });
}

void SuiteCorpsView::say(const QString &text, bool error) {
    m_message->setStyleSheet(error ? QStringLiteral("color:#c5221f") : QString());
    m_message->setText(text);
}
