#include "CopyableTableView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QMap>
#include <QSortFilterProxyModel>

CopyableTableView::CopyableTableView(QWidget *parent) : QTableView(parent) {
    setSortingEnabled(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("Copy"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &CopyableTableView::copySelection);
    addAction(copy);
}

void CopyableTableView::setSourceModel(QAbstractItemModel *model) {
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::UserRole);
    setModel(proxy);
    sortByColumn(-1, Qt::AscendingOrder); // keep the model's order until the admin sorts
}

QString CopyableTableView::selectionAsText() const {
    QMap<int, QMap<int, QString>> cells; // row -> column -> text, in view order
    QMap<int, QString> headers;          // the selected columns' titles: the first line
    for (const QModelIndex &index : selectionModel()->selectedIndexes())
        if (!isColumnHidden(index.column())) {
            cells[index.row()][index.column()] = index.data(Qt::DisplayRole).toString();
            headers[index.column()] = model()->headerData(index.column(), Qt::Horizontal).toString();
        }
    if (cells.isEmpty())
        return {};
    QStringList lines{QStringList(headers.values()).join(QLatin1Char('\t'))};
    for (const auto &row : std::as_const(cells)) {
        QStringList values;
        for (QString value : row)
            values << value.replace(QLatin1Char('\t'), QLatin1Char(' '))
                          .replace(QLatin1Char('\n'), QLatin1Char(' '));
        lines << values.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void CopyableTableView::copySelection() const {
    QApplication::clipboard()->setText(selectionAsText());
}

void CopyableTableView::keyPressEvent(QKeyEvent *event) {
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    QTableView::keyPressEvent(event);
}
