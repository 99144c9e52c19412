#pragma once

#include "store/RunHistory.h"

#include <QWidget>

class CopyableTableView;
class QPushButton;
class QStandardItemModel;

// The kept runs of one tenant, newest first: when, mode, outcome, who or why not. A run is
// reopened with a double click (or Open); two selected runs are compared field by field.
class RunHistoryView : public QWidget {
    Q_OBJECT

public:
    explicit RunHistoryView(QWidget *parent = nullptr);

    void setRuns(const QList<RunRecord> &runs);
    const QList<RunRecord> &runs() const { return m_runs; }
    // The selected runs, newest first.
    QList<RunRecord> selectedRuns() const;
    CopyableTableView *table() const { return m_table; }

signals:
    void openRequested(const RunRecord &run);
    void compareRequested(const RunRecord &older, const RunRecord &newer);

private:
    void updateButtons();

    QList<RunRecord> m_runs;
    QStandardItemModel *m_model;
    CopyableTableView *m_table;
    QPushButton *m_open;
    QPushButton *m_compare;
};
