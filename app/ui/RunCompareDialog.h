#pragma once

#include "store/RunHistory.h"

#include <QDialog>

class QStandardItemModel;

// Two runs of one tenant side by side, field by field: the identity (and the outcome, mode and
// error around it), with every field whose value changed highlighted.
class RunCompareDialog : public QDialog {
    Q_OBJECT

public:
    RunCompareDialog(const RunRecord &older, const RunRecord &newer, QWidget *parent = nullptr);
    // The labels of the rows whose values differ, in order.
    QStringList changedFields() const { return m_changed; }
    QStandardItemModel *model() const { return m_model; }

private:
    QStandardItemModel *m_model;
    QStringList m_changed;
};
