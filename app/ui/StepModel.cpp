#include "StepModel.h"

#include <QBrush>
#include <QColor>

void StepModel::clear() {
    beginResetModel();
    m_steps.clear();
    endResetModel();
}

void StepModel::append(const FlowStep &step) {
    beginInsertRows({}, m_steps.size(), m_steps.size());
    m_steps.append(step);
    endInsertRows();
}

int StepModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_steps.size();
}
int StepModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString StepModel::statusText(FlowStep::Status status) {
    switch (status) {
    case FlowStep::Status::Ok:
        return tr("✓ ok");
    case FlowStep::Status::Warning:
        return tr("⚠ warning");
    case FlowStep::Status::Error:
        return tr("✗ error");
    case FlowStep::Status::Info:
        break;
    }
    return tr("• info");
}

QVariant StepModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const FlowStep &step = m_steps.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::UserRole) {
        switch (index.column()) {
        case TimeColumn:
            return role == Qt::UserRole ? QVariant(index.row())
                                        : QVariant(step.at.toString(QStringLiteral("HH:mm:ss.zzz")));
        case StatusColumn:
            return statusText(step.status);
        case StepColumn:
            return step.title;
        case DetailColumn:
            return step.detail;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (step.status) {
        case FlowStep::Status::Ok:
            return QBrush(QColor(0x1e, 0x8e, 0x3e));
        case FlowStep::Status::Warning:
            return QBrush(QColor(0xb0, 0x6d, 0x00));
        case FlowStep::Status::Error:
            return QBrush(QColor(0xc5, 0x22, 0x1f));
        case FlowStep::Status::Info:
            break;
        }
    }
    return {};
}

QVariant StepModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case StatusColumn:
        return tr("Status");
    case StepColumn:
        return tr("Step");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}
