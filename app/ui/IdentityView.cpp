#include "IdentityView.h"

#include "CopyableTableView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
QStandardItem *item(const QString &text) {
    auto *it = new QStandardItem(text);
    it->setData(text, Qt::UserRole);
    it->setEditable(false);
    return it;
}

// The JWT claims that are seconds since the epoch (RFC 7519 §4.1, OIDC Core §2): shown with the
// local time they mean.
bool isTimeClaim(const QString &parentKey, const QString &key) {
    static const QStringList times = {QStringLiteral("exp"), QStringLiteral("iat"), QStringLiteral("nbf"),
                                      QStringLiteral("auth_time")};
    return parentKey == QLatin1String("id_token_claims") && times.contains(key);
}

void addJson(QStandardItem *parent, const QString &key, const QJsonValue &value,
             const QString &parentKey = {}) {
    QList<QStandardItem *> row = {item(key), item({})};
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            addJson(row.first(), it.key(), it.value(), key);
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            addJson(row.first(), QStringLiteral("[%1]").arg(i), array.at(i));
    } else {
        const QString text = value.isString() ? value.toString()
                             : value.isNull() ? QStringLiteral("null")
                             : value.isBool()
                                 ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                 : QString::number(value.toDouble(), 'g', 15);
        row[1]->setText(
            isTimeClaim(parentKey, key) && value.isDouble()
                ? QStringLiteral("%1  (%2)")
                      .arg(text,
                           QDateTime::fromSecsSinceEpoch(qint64(value.toDouble())).toString(Qt::ISODate))
                : text);
    }
    parent->appendRow(row);
}
} // namespace

IdentityView::IdentityView(QWidget *parent)
    : QWidget(parent), m_banner(new QLabel(this)), m_fields(new QStandardItemModel(this)),
      m_json(new QStandardItemModel(this)), m_table(new CopyableTableView(this)),
      m_tree(new QTreeView(this)) {
    m_banner->setObjectName(QStringLiteral("identityBanner"));
    m_banner->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("identityTable"));
    m_table->setSourceModel(m_fields);
    m_tree->setObjectName(QStringLiteral("identityJson"));
    m_tree->setModel(m_json);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Ctrl+C and the context menu copy the whole line: where the value sits, and the value.
    auto *copy = new QAction(tr("Copy"), m_tree);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedJsonText()); });
    m_tree->addAction(copy);
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_tree);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_tokenBar = new QWidget(this);
    m_tokenBar->setObjectName(QStringLiteral("tokenBar"));
    m_which = new QComboBox(m_tokenBar);
    m_which->setObjectName(QStringLiteral("tokenWhichCombo"));
    m_which->addItem(tr("access token"), QStringLiteral("access"));
    m_which->addItem(tr("refresh token"), QStringLiteral("refresh"));
    m_which->setToolTip(tr("The token Introspect and Revoke act on"));
    auto *tokenRow = new QHBoxLayout(m_tokenBar);
    tokenRow->setContentsMargins(0, 0, 0, 0);
    tokenRow->addWidget(new QLabel(tr("Kept tokens:"), m_tokenBar));
    const QList<QPair<QString, QString>> actions{{QStringLiteral("refresh"), tr("Refresh")},
                                                 {QStringLiteral("introspect"), tr("Introspect")},
                                                 {QStringLiteral("revoke"), tr("Revoke")},
                                                 {QStringLiteral("logout"), tr("Log out")}};
    for (const auto &action : actions) {
        auto *button = new QPushButton(action.second, m_tokenBar);
        button->setObjectName(action.first + QStringLiteral("TokensButton"));
        connect(button, &QPushButton::clicked, this, [this, name = action.first] {
            emit tokenActionRequested(name, m_which->currentData().toString());
        });
        tokenRow->addWidget(button);
        if (action.first == QLatin1String("refresh"))
            tokenRow->addWidget(m_which);
    }
    tokenRow->addStretch();
    m_tokenResult = new QLabel(this);
    m_tokenResult->setObjectName(QStringLiteral("tokenResult"));
    m_tokenResult->setTextFormat(Qt::PlainText); // the provider's words are quoted: never HTML
    m_tokenResult->setWordWrap(true);
    m_tokenResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_tokenBar);
    layout->addWidget(m_tokenResult);
    layout->addWidget(splitter, 1);
    setTokenActions({}, false, false);
    clear();
}

void IdentityView::setTokenActions(const QStringList &offered, bool shown, bool enabled) {
    for (QPushButton *button : m_tokenBar->findChildren<QPushButton *>())
        button->setVisible(offered.contains(button->objectName().chopped(int(qstrlen("TokensButton")))));
    m_which->setVisible(offered.contains(QLatin1String("introspect")) ||
                        offered.contains(QLatin1String("revoke")));
    m_tokenBar->setVisible(shown);
    m_tokenBar->setEnabled(enabled);
    m_tokenResult->setVisible(shown && !m_tokenResult->text().isEmpty());
}

void IdentityView::showTokenResult(const QString &result) {
    m_tokenResult->setText(result);
    m_tokenResult->setVisible(!m_tokenBar->isHidden() && !result.isEmpty());
}

void IdentityView::clear() {
    m_fields->clear();
    m_fields->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
    m_json->clear();
    m_json->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_banner->setText(tr("No identity yet: run an authorization."));
}

void IdentityView::showIdentity(const Identity &identity) {
    clear();
    const QJsonObject json = identity.toJson();
    const QList<QPair<QString, QString>> rows = {
        {tr("Provider"), identity.provider},
        {tr("Tenant"), identity.tenant},
        {tr("External ID"), identity.externalId},
        {tr("ID type"), identity.idType},
        {tr("Name"), identity.name},
        {tr("Department"), identity.department},
        {tr("Mobile"), identity.mobile},
        {tr("Email"), identity.email},
        {tr("State verified"),
         identity.stateVerified ? tr("yes") : tr("no — pasted URL with a state we did not issue")}};
    for (const auto &row : rows)
        m_fields->appendRow({item(row.first), item(row.second.isEmpty() ? tr("(unknown)") : row.second)});
    for (auto it = identity.extra.constBegin(); it != identity.extra.constEnd(); ++it)
        m_fields->appendRow({item(it.key()), item(it.value().toString())});
    m_table->resizeColumnToContents(0);
    for (auto it = identity.raw.constBegin(); it != identity.raw.constEnd(); ++it)
        addJson(m_json->invisibleRootItem(), it.key(), it.value());
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
    m_banner->setText(
        tr("<b>%1</b> — %2 <code>%3</code>")
            .arg((identity.name.isEmpty() ? identity.externalId : identity.name).toHtmlEscaped(),
                 identity.idType.toHtmlEscaped(), identity.externalId.toHtmlEscaped()));
}

void IdentityView::showToken(const QString &message, const QJsonObject &described) {
    clear();
    m_banner->setText(message.toHtmlEscaped());
    for (const char *field : {"token_type", "format", "expires_in", "scope", "length"})
        m_fields->appendRow(
            {item(QLatin1String(field)), item(described.value(QLatin1String(field)).toVariant().toString())});
    m_table->resizeColumnToContents(0);
    for (auto it = described.constBegin(); it != described.constEnd(); ++it)
        if (it.value().isObject())
            addJson(m_json->invisibleRootItem(), it.key(), it.value());
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
}

QString IdentityView::fieldValue(const QString &field) const {
    for (int row = 0; row < m_fields->rowCount(); ++row)
        if (m_fields->item(row, 0)->text() == field)
            return m_fields->item(row, 1)->text();
    return {};
}

QString IdentityView::selectedJsonText() const {
    QStringList lines;
    QModelIndexList rows = m_tree->selectionModel()->selectedRows(0);
    std::sort(rows.begin(), rows.end(), [this](const QModelIndex &a, const QModelIndex &b) {
        return m_tree->visualRect(a).top() < m_tree->visualRect(b).top();
    });
    for (const QModelIndex &key : std::as_const(rows)) {
        QStringList path{key.data().toString()};
        for (QModelIndex parent = key.parent(); parent.isValid(); parent = parent.parent())
            path.prepend(parent.data().toString());
        lines << path.join(QLatin1Char('.')) + QLatin1Char('\t') + key.siblingAtColumn(1).data().toString();
    }
    return lines.join(QLatin1Char('\n'));
}
