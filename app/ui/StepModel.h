#pragma once

#include "FlowStep.h"

#include <QAbstractTableModel>

// The timeline of a run.
class StepModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, StatusColumn, StepColumn, DetailColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    void append(const FlowStep &step);
    const QList<FlowStep> &steps() const { return m_steps; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString statusText(FlowStep::Status status);

private:
    QList<FlowStep> m_steps;
};
