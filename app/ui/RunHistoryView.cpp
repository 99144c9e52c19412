#include "RunHistoryView.h"

#include "CopyableTableView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {
enum Column { StartedColumn, ModeColumn, OutcomeColumn, WhoColumn, DurationColumn, RunColumn };
constexpr int rowRole = Qt::UserRole + 1;
} // namespace

RunHistoryView::RunHistoryView(QWidget *parent)
    : QWidget(parent), m_model(new QStandardItemModel(this)), m_table(new CopyableTableView(this)),
      m_open(new QPushButton(tr("Open"), this)), m_compare(new QPushButton(tr("Compare"), this)) {
    m_model->setHorizontalHeaderLabels(
        {tr("Started"), tr("Mode"), tr("Outcome"), tr("Identity or error"), tr("Duration"), tr("Run")});
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setSourceModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(WhoColumn, QHeaderView::Stretch);
    m_open->setObjectName(QStringLiteral("openRunButton"));
    m_compare->setObjectName(QStringLiteral("compareRunsButton"));
    m_compare->setToolTip(tr("Select two runs to compare them field by field"));
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this] {
        if (const auto runs = selectedRuns(); runs.size() == 1)
            emit openRequested(runs.constFirst());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const auto runs = selectedRuns(); runs.size() == 1)
            emit openRequested(runs.constFirst());
    });
    connect(m_compare, &QPushButton::clicked, this, [this] {
        if (const auto runs = selectedRuns(); runs.size() == 2)
            emit compareRequested(runs.at(1), runs.at(0));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunHistoryView::updateButtons);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_compare);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    updateButtons();
}

void RunHistoryView::setRuns(const QList<RunRecord> &runs) {
    m_runs = runs;
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (int i = 0; i < runs.size(); ++i) {
        const RunRecord &run = runs.at(i);
        const QString who =
            run.identity ? (run.identity->name.isEmpty()
                                ? run.identity->externalId
                                : QStringLiteral("%1 (%2)").arg(run.identity->name, run.identity->externalId))
                         : run.error;
        const QString outcome = run.outcome == QLatin1String("succeeded")   ? tr("succeeded")
                                : run.outcome == QLatin1String("cancelled") ? tr("cancelled")
                                                                            : tr("failed");
        QList<QStandardItem *> row{
            new QStandardItem(run.started.toLocalTime().toString(Qt::ISODate)),
            new QStandardItem(run.mode),
            new QStandardItem(outcome),
            new QStandardItem(who),
            new QStandardItem(tr("%1 s").arg(locale.toString(run.durationMs / 1000.0, 'f', 1))),
            new QStandardItem(run.id)};
        for (QStandardItem *item : row) {
            item->setEditable(false);
            item->setData(i, rowRole);
            if (!run.succeeded())
                item->setForeground(QColor(0xc5, 0x22, 0x1f));
        }
        row.first()->setToolTip(run.started.toLocalTime().toString(Qt::ISODateWithMs));
        m_model->appendRow(row);
    }
    updateButtons();
}

QList<RunRecord> RunHistoryView::selectedRuns() const {
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.data(rowRole).toInt();
    std::sort(rows.begin(), rows.end()); // newest first, as listed
    QList<RunRecord> runs;
    for (int row : std::as_const(rows))
        runs << m_runs.at(row);
    return runs;
}

void RunHistoryView::updateButtons() {
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_open->setEnabled(selected == 1);
    m_compare->setEnabled(selected == 2);
}
