#include "RunCompareDialog.h"

#include "CopyableTableView.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {
// Every field a run shows, as label → value, in display order.
QList<QPair<QString, QString>> fieldsOf(const RunRecord &run) {
    QList<QPair<QString, QString>> fields = {
        {RunCompareDialog::tr("Started"), run.started.toLocalTime().toString(Qt::ISODate)},
        {RunCompareDialog::tr("Mode"), run.mode},
        {RunCompareDialog::tr("Outcome"), run.outcome},
        {RunCompareDialog::tr("Error"), run.error}};
    const Identity identity = run.identity.value_or(Identity{});
    fields +=
        {{RunCompareDialog::tr("External ID"), identity.externalId},
         {RunCompareDialog::tr("ID type"), identity.idType},
         {RunCompareDialog::tr("Name"), identity.name},
         {RunCompareDialog::tr("Department"), identity.department},
         {RunCompareDialog::tr("Mobile"), identity.mobile},
         {RunCompareDialog::tr("Email"), identity.email},
         {RunCompareDialog::tr("State verified"),
          run.identity ? (identity.stateVerified ? RunCompareDialog::tr("yes") : RunCompareDialog::tr("no"))
                       : QString()}};
    for (auto it = identity.extra.constBegin(); it != identity.extra.constEnd(); ++it)
        fields.append({it.key(), it.value().toVariant().toString()});
    return fields;
}
} // namespace

RunCompareDialog::RunCompareDialog(const RunRecord &older, const RunRecord &newer, QWidget *parent)
    : QDialog(parent), m_model(new QStandardItemModel(this)) {
    setWindowTitle(tr("Compare runs of %1").arg(newer.tenant));
    m_model->setHorizontalHeaderLabels({tr("Field"), tr("Run %1").arg(older.id), tr("Run %1").arg(newer.id)});
    const auto before = fieldsOf(older);
    const auto after = fieldsOf(newer);
    QStringList labels;
    for (const auto &field : before + after)
        if (!labels.contains(field.first))
            labels << field.first;
    auto valueIn = [](const QList<QPair<QString, QString>> &fields, const QString &label) {
        for (const auto &field : fields)
            if (field.first == label)
                return field.second;
        return QString();
    };
    for (const QString &label : std::as_const(labels)) {
        const QString a = valueIn(before, label), b = valueIn(after, label);
        QList<QStandardItem *> row{new QStandardItem(label), new QStandardItem(a), new QStandardItem(b)};
        // The start time always differs; what matters is whether the identity did.
        const bool changed = a != b && label != tr("Started");
        for (QStandardItem *item : row) {
            item->setEditable(false);
            if (changed) {
                item->setBackground(QColor(0xff, 0xf0, 0xb3));
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
        }
        if (changed)
            m_changed << label;
        m_model->appendRow(row);
    }
    auto *table = new CopyableTableView(this);
    table->setObjectName(QStringLiteral("compareTable"));
    table->setSourceModel(m_model);
    table->setSortingEnabled(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *summary =
        new QLabel(m_changed.isEmpty() ? tr("The two runs show the same identity.")
                                       : tr("Changed: %1").arg(m_changed.join(QStringLiteral(", "))),
                   this);
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}
