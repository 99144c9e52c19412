#pragma once

#include <QTableView>

// A sortable table whose selection copies as tab-separated text, a header line first (Ctrl+C or the
// context menu),
// so an admin can paste steps, exchanges or identity fields into a ticket or a spreadsheet.
class CopyableTableView : public QTableView {
    Q_OBJECT

public:
    explicit CopyableTableView(QWidget *parent = nullptr);
    // Sets a sorting proxy over `model`.
    void setSourceModel(QAbstractItemModel *model);
    QString selectionAsText() const;
    void copySelection() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
