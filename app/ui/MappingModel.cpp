#include "MappingModel.h"

#include <QBrush>
#include <QColor>

MappingModel::MappingModel(MappingStore *store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store) {
}

void MappingModel::setFilter(const MappingFilter &filter) {
    m_filter = filter;
    reload();
}

void MappingModel::reload() {
    beginResetModel();
    m_total = m_store->count(m_filter);
    m_rows = m_store->page(m_filter, m_sortColumn, m_order, 0, pageSize, m_total);
    endResetModel();
    emit countChanged(m_total);
}

bool MappingModel::canFetchMore(const QModelIndex &parent) const {
    return !parent.isValid() && m_rows.size() < m_total;
}

void MappingModel::fetchMore(const QModelIndex &parent) {
    if (parent.isValid())
        return;
    const QList<Mapping> more =
        m_store->page(m_filter, m_sortColumn, m_order, m_rows.size(), pageSize, m_total);
    if (more.isEmpty()) {
        m_total = m_rows.size(); // the table shrank meanwhile
        return;
    }
    beginInsertRows({}, m_rows.size(), m_rows.size() + more.size() - 1);
    m_rows += more;
    endInsertRows();
}

void MappingModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= Mapping::ColumnCount)
        return;
    m_sortColumn = column;
    m_order = order;
    reload();
}

int MappingModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows.size();
}
int MappingModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : Mapping::ColumnCount;
}

QVariant MappingModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Mapping &m = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        if (index.column() == Mapping::Present)
            return m.present ? tr("yes") : tr("no — left the directory");
        if (index.column() == Mapping::LastVerified && m.stateVerified == false && m.lastVerified.isEmpty())
            return tr("never (state not verified)");
        return m.value(index.column());
    }
    if (role == Qt::ForegroundRole && !m.present)
        return QBrush(QColor(0x88, 0x88, 0x88));
    return {};
}

Qt::ItemFlags MappingModel::flags(const QModelIndex &index) const {
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() == Mapping::LocalAccount)
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool MappingModel::setData(const QModelIndex &index, const QVariant &value, int role) {
    if (role != Qt::EditRole || index.column() != Mapping::LocalAccount || index.row() >= m_rows.size())
        return false;
    Mapping &m = m_rows[index.row()];
    QString error;
    if (!m_store->setLocalAccount({m.provider, m.tenantId, m.externalId}, value.toString(), &error)) {
        emit editFailed(error);
        return false;
    }
    m.localAccount = value.toString().trimmed();
    emit dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
    return true;
}

bool MappingModel::removeMappings(const QList<int> &rows, QString *error) {
    QList<MappingStore::Key> keys;
    for (int row : rows)
        keys.append({m_rows.at(row).provider, m_rows.at(row).tenantId, m_rows.at(row).externalId});
    if (!m_store->remove(keys, error))
        return false;
    reload();
    return true;
}

QVariant MappingModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Mapping::Provider:
        return tr("Platform");
    case Mapping::Tenant:
        return tr("Tenant");
    case Mapping::ExternalId:
        return tr("External ID");
    case Mapping::IdType:
        return tr("ID type");
    case Mapping::Name:
        return tr("Name");
    case Mapping::Department:
        return tr("Department");
    case Mapping::Mobile:
        return tr("Mobile");
    case Mapping::Email:
        return tr("Email");
    case Mapping::LocalAccount:
        return tr("Local account");
    case Mapping::Source:
        return tr("Source");
    case Mapping::FirstSeen:
        return tr("First seen");
    case Mapping::LastVerified:
        return tr("Last verified");
    case Mapping::Present:
        return tr("In directory");
    }
    return {};
}
