#include "HealthView.h"

#include "store/HealthHistory.h"
#include "store/TenantStore.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum Role { TenantName = Qt::UserRole, CheckJson, Severity, CheckedBy, RunOrder };

int severity(HealthCheck::Status status) {
    switch (status) {
    case HealthCheck::Status::Fail:
        return 3;
    case HealthCheck::Status::Warn:
        return 2;
    case HealthCheck::Status::Ok:
        return 1;
    case HealthCheck::Status::Skipped:
        break;
    }
    return 0;
}

// Sorted by severity in the Status column, by text elsewhere; a tenant's checks by name stay in
// the order they ran (the secret, then the credentials, then what those let the platform answer).
class HealthItem : public QTreeWidgetItem {
public:
    using QTreeWidgetItem::QTreeWidgetItem;
    bool operator<(const QTreeWidgetItem &other) const override {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column == 1)
            return data(1, Severity).toInt() < other.data(1, Severity).toInt();
        if (column == 0 && parent())
            return data(0, RunOrder).toInt() < other.data(0, RunOrder).toInt();
        return QTreeWidgetItem::operator<(other);
    }
};

void setStatus(QTreeWidgetItem *item, HealthCheck::Status status) {
    item->setIcon(1, HealthView::icon(status));
    item->setText(1, HealthView::statusText(status));
    item->setData(1, Severity, severity(status));
}
} // namespace

HealthView::HealthView(const RunServices &services, HealthHistory &history, QWidget *parent)
    : QWidget(parent), m_services(services), m_history(history), m_tree(new QTreeWidget(this)),
      m_details(new QTextBrowser(this)), m_checkAll(new QPushButton(tr("Check &all"), this)),
      m_checkOne(new QPushButton(tr("Check this &tenant"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)),
      m_summary(new QLabel(this)) {
    m_tree->setObjectName(QStringLiteral("healthTree"));
    m_details->setObjectName(QStringLiteral("healthDetails"));
    m_checkAll->setObjectName(QStringLiteral("checkAllButton"));
    m_checkOne->setObjectName(QStringLiteral("checkTenantButton"));
    m_cancel->setObjectName(QStringLiteral("cancelCheckButton"));
    m_summary->setObjectName(QStringLiteral("healthSummary"));
    m_tree->setHeaderLabels({tr("Tenant / check"), tr("Status"), tr("What was found"), tr("Checked")});
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(0, Qt::AscendingOrder);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_tree->setColumnWidth(0, 260);
    m_tree->setColumnWidth(1, 110);
    m_tree->setUniformRowHeights(true);
    m_details->setOpenLinks(false);
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(240);
    m_cancel->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_checkAll);
    bar->addWidget(m_checkOne);
    bar->addWidget(m_cancel);
    bar->addWidget(m_progress);
    bar->addWidget(m_summary, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("healthSplitter"));
    split->addWidget(m_tree);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_checkAll, &QPushButton::clicked, this, &HealthView::checkAll);
    connect(m_checkOne, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem *item = m_tree->currentItem();
        while (item && item->parent())
            item = item->parent();
        if (item)
            checkTenant(item->data(0, TenantName).toString());
    });
    connect(m_cancel, &QPushButton::clicked, this, &HealthView::cancel);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &HealthView::showSelected);
    reload();
}

QIcon HealthView::icon(HealthCheck::Status status) {
    // Drawn once per status: every row of the page and of the tenant tree asks for one.
    static QHash<int, QIcon> icons;
    QIcon &icon = icons[int(status)];
    if (!icon.isNull())
        return icon;
    static const QHash<int, QColor> colours = {{int(HealthCheck::Status::Ok), QColor(0x2e, 0x9e, 0x48)},
                                               {int(HealthCheck::Status::Warn), QColor(0xe0, 0x9b, 0x12)},
                                               {int(HealthCheck::Status::Fail), QColor(0xd0, 0x30, 0x30)},
                                               {int(HealthCheck::Status::Skipped), QColor(0x9a, 0x9a, 0x9a)}};
    QPixmap dot(16, 16);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colours.value(int(status)));
    painter.drawEllipse(QRectF(2, 2, 12, 12));
    painter.end();
    icon = QIcon(dot);
    return icon;
}

QString HealthView::statusText(HealthCheck::Status status) {
    switch (status) {
    case HealthCheck::Status::Ok:
        return tr("OK");
    case HealthCheck::Status::Warn:
        return tr("Warning");
    case HealthCheck::Status::Fail:
        return tr("Failed");
    case HealthCheck::Status::Skipped:
        break;
    }
    return tr("Skipped");
}

void HealthView::reload() {
    const QString selected =
        m_tree->currentItem() ? m_tree->currentItem()->data(0, TenantName).toString() : QString();
    const QString selectedCheck =
        m_tree->currentItem() && m_tree->currentItem()->parent() ? m_tree->currentItem()->text(0) : QString();
    m_tree->setSortingEnabled(false);
    m_tree->clear();
    int failing = 0, warning = 0, unchecked = 0;
    const QLocale locale;
    for (const Tenant &tenant : m_services.tenants.tenants()) {
        auto *item = new HealthItem(m_tree, {tenant.name});
        item->setData(0, TenantName, tenant.name);
        const QList<HealthHistory::Round> rounds = m_history.rounds(tenant.id, 1);
        if (rounds.isEmpty()) {
            ++unchecked;
            item->setText(2, tr("Not checked yet."));
            item->setData(1, Severity, -1);
            continue;
        }
        const HealthHistory::Round &round = rounds.first();
        const HealthCheck::Status status = HealthCheck::worst(round.checks);
        failing += status == HealthCheck::Status::Fail;
        warning += status == HealthCheck::Status::Warn;
        setStatus(item, status);
        item->setText(3, locale.toString(round.checkedAt.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(3, tr("Checked by %1").arg(round.who));
        int problems = 0;
        QString worstMessage; // of the first check with the tenant's status: what the row says
        for (const HealthCheck &check : round.checks) {
            if (worstMessage.isEmpty() && check.status == status)
                worstMessage = check.message;
            auto *child = new HealthItem(item, {check.id});
            child->setData(0, TenantName, tenant.name);
            child->setData(0, RunOrder, item->childCount());
            child->setData(0, CheckJson, check.toJson());
            child->setData(
                0, CheckedBy,
                tr("Checked by %1 on %2")
                    .arg(round.who, locale.toString(round.checkedAt.toLocalTime(), QLocale::LongFormat)));
            setStatus(child, check.status);
            child->setText(2, check.message);
            child->setToolTip(2, check.message);
            problems +=
                check.status == HealthCheck::Status::Fail || check.status == HealthCheck::Status::Warn;
        }
        item->setText(2, problems ? worstMessage : tr("All checks pass."));
        item->setToolTip(2, problems ? tr("%n check(s) need attention.", nullptr, problems) : QString());
        item->setExpanded(status == HealthCheck::Status::Fail);
    }
    m_tree->setSortingEnabled(true);
    m_summary->setText(
        tr("%1 failing · %2 with warnings · %3 not checked")
            .arg(locale.toString(failing), locale.toString(warning), locale.toString(unchecked)));
    if (QTreeWidgetItem *item = tenantItem(selected)) {
        m_tree->setCurrentItem(item);
        for (int i = 0; i < item->childCount(); ++i)
            if (item->child(i)->text(0) == selectedCheck)
                m_tree->setCurrentItem(item->child(i));
    }
    showSelected();
}

QTreeWidgetItem *HealthView::tenantItem(const QString &name) const {
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, TenantName).toString() == name)
            return m_tree->topLevelItem(i);
    return nullptr;
}

void HealthView::selectTenant(const QString &name) {
    if (QTreeWidgetItem *item = tenantItem(name))
        m_tree->setCurrentItem(item);
}

void HealthView::showSelected() {
    QTreeWidgetItem *item = m_tree->currentItem();
    m_checkOne->setEnabled(item && !m_round);
    if (!item) {
        m_details->setHtml(tr("<p>Select a check to see what was found and what to do.</p>"));
        return;
    }
    if (!item->parent()) {
        m_details->setHtml(QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                               .arg(item->text(0).toHtmlEscaped(), item->text(2).toHtmlEscaped()) +
                           (item->childCount() ? tr("<p>Select one of its checks for the details.</p>")
                                               : tr("<p>Check this tenant to see its health.</p>")));
        return;
    }
    const QJsonObject check = item->data(0, CheckJson).toJsonObject();
    QString html = QStringLiteral("<p><b>%1</b> · %2</p><p>%3</p>")
                       .arg(item->text(0).toHtmlEscaped(), item->text(1).toHtmlEscaped(),
                            check.value(QLatin1String("message")).toString().toHtmlEscaped());
    if (const QString remedy = check.value(QLatin1String("remedy")).toString(); !remedy.isEmpty())
        html += tr("<p><b>What to do:</b> %1</p>").arg(remedy.toHtmlEscaped());
    if (const QJsonObject details = check.value(QLatin1String("details")).toObject(); !details.isEmpty())
        html += QStringLiteral("<pre>%1</pre>")
                    .arg(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Indented))
                             .toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i></p>").arg(item->data(0, CheckedBy).toString().toHtmlEscaped());
    m_details->setHtml(html);
}

void HealthView::checkAll() {
    check(m_services.tenants.tenants());
}

void HealthView::checkTenant(const QString &name) {
    if (const std::optional<Tenant> tenant = m_services.tenants.find(name))
        check({*tenant});
}

void HealthView::check(const QList<Tenant> &tenants) {
    if (m_round || tenants.isEmpty())
        return;
    m_round = new HealthRound(m_services, m_history, tenants, this);
    m_progress->setRange(0, int(tenants.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_checkAll->setEnabled(false);
    m_checkOne->setEnabled(false);
    m_cancel->setEnabled(true);
    m_summary->setText(tr("Checking %1…").arg(tenants.constFirst().name));
    connect(m_round, &HealthRound::tenantChecked, this,
            [this, tenants](const TenantReport &report, HealthCheck::Status previous) {
                const int done = int(m_round->reports().size());
                m_progress->setValue(done);
                if (done < tenants.size())
                    m_summary->setText(tr("Checking %1…").arg(tenants.at(done).name));
                emit tenantChecked(report.tenant.name, previous, report.status());
            });
    connect(m_round, &HealthRound::finished, this, [this](const Status &kept) {
        const bool cancelled = m_round->wasCancelled();
        m_round->deleteLater();
        m_round = nullptr;
        m_progress->setVisible(false);
        m_checkAll->setEnabled(true);
        m_cancel->setEnabled(false);
        reload();
        if (!kept.ok())
            m_summary->setText(tr("The results could not be kept in the store: %1").arg(kept.errorText()));
        else if (cancelled)
            m_summary->setText(tr("Cancelled. %1").arg(m_summary->text()));
        emit roundFinished();
    });
    m_round->start();
}

void HealthView::cancel() {
    if (m_round) {
        m_round->cancel();
        m_cancel->setEnabled(false);
        m_summary->setText(tr("Cancelling after the tenant under check…"));
    }
}
