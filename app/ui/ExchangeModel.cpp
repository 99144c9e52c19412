#include "ExchangeModel.h"

void ExchangeModel::clear() {
    beginResetModel();
    m_exchanges.clear();
    endResetModel();
}

void ExchangeModel::append(const HttpExchange &exchange) {
    beginInsertRows({}, m_exchanges.size(), m_exchanges.size());
    m_exchanges.append(exchange);
    endInsertRows();
}

int ExchangeModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_exchanges.size();
}
int ExchangeModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangeModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_exchanges.size())
        return {};
    const HttpExchange &e = m_exchanges.at(index.row());
    if (role == Qt::UserRole) { // sort keys
        switch (index.column()) {
        case TimeColumn:
            return index.row();
        case StatusColumn:
            return e.status;
        case DurationColumn:
            return e.durationMs;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::UserRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return e.started.toString(QStringLiteral("HH:mm:ss.zzz"));
    case PurposeColumn:
        return e.purpose;
    case MethodColumn:
        return QString::fromLatin1(e.method);
    case StatusColumn:
        return e.status ? QString::number(e.status) : (e.error.isEmpty() ? tr("—") : tr("failed"));
    case DurationColumn:
        return tr("%1 ms").arg(e.durationMs);
    case UrlColumn:
        return e.url.toString();
    }
    return {};
}

QVariant ExchangeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PurposeColumn:
        return tr("Call");
    case MethodColumn:
        return tr("Method");
    case StatusColumn:
        return tr("HTTP");
    case DurationColumn:
        return tr("Duration");
    case UrlColumn:
        return tr("URL");
    }
    return {};
}
