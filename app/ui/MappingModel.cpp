#include "MappingModel.h"

#include "providers/Provider.h"
#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>

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
    if (column < 0 || column >= Mapping::ColumnCount) // Other IDs: not a column of the store
        return;
    m_sortColumn = column;
    m_order = order;
    reload();
}

int MappingModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rows.size();
}
int MappingModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString MappingModel::shownValue(const Mapping &m, int column) {
    switch (column) {
    case Mapping::Provider:
        if (const Provider *provider = Provider::find(m.provider))
            return provider->displayName();
        return m.provider;
    case Mapping::Source:
        return m.source == QLatin1String("directory") ? tr("directory sync")
               : m.source == QLatin1String("flow")    ? tr("sign-in")
                                                      : m.source;
    case Mapping::FirstSeen:
    case Mapping::LastVerified: {
        const QDateTime time = QDateTime::fromString(m.value(column), Qt::ISODateWithMs);
        if (m.value(column).isEmpty())
            return m.stateVerified == false && column == Mapping::LastVerified
                       ? tr("never (state not verified)")
                       : QString();
        return time.isValid() ? QLocale().toString(time.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                              : m.value(column);
    }
    case Mapping::Present: // only a directory sync knows who is in the directory
        return m.source != QLatin1String("directory") ? QString()
               : m.present                            ? tr("yes")
                                                      : tr("no — left the directory");
    case OtherIdsColumn: { // "open_userid: wo…; issuer: https://…", the export keeps the JSON
        QStringList ids;
        for (auto it = m.secondaryIds.constBegin(); it != m.secondaryIds.constEnd(); ++it)
            ids << it.key() + QStringLiteral(": ") + it.value().toVariant().toString();
        return ids.join(QStringLiteral("; "));
    }
    default:
        return m.value(column);
    }
}

QVariant MappingModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Mapping &m = m_rows.at(index.row());
    if (role == Qt::EditRole)
        return index.column() < Mapping::ColumnCount ? m.value(index.column())
                                                     : shownValue(m, index.column());
    if (role == Qt::DisplayRole)
        return shownValue(m, index.column());
    if (role == Qt::ToolTipRole) // the stored value: times with their UTC offset, keys as exported
        return index.column() < Mapping::ColumnCount && !m.value(index.column()).isEmpty()
                   ? m.value(index.column())
                   : shownValue(m, index.column());
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
    const Mapping &shown = m_rows.at(index.row());
    const MappingStore::Key key{shown.provider, shown.tenantId, shown.externalId};
    std::optional<Mapping> current;
    // Only over the row this table showed: another admin's newer edit is a choice, not lost.
    Status saved = m_store->setLocalAccount(key, value.toString(), shown.version, &current);
    if (!saved.ok() && current) {
        // The choice is a dialog with its own event loop, in which the table may reload (the
        // other admin's change arrives): no row is held across it; the row is found again by key.
        if (!m_resolveConflict || !m_resolveConflict(current->localAccount, value.toString().trimmed())) {
            showStored(key, *current); // theirs stays, and is what the table shows now
            return false;
        }
        saved = m_store->setLocalAccount(key, value.toString(), current->version, &current);
    }
    if (!saved.ok()) {
        emit editFailed(saved.errorText());
        return false;
    }
    if (const auto stored = m_store->find(key))
        showStored(key, *stored);
    return true;
}

void MappingModel::showStored(const MappingStore::Key &key, const Mapping &stored) {
    for (int row = 0; row < m_rows.size(); ++row) {
        const Mapping &m = m_rows.at(row);
        if (m.provider == key.provider && m.tenantId == key.tenantId && m.externalId == key.externalId) {
            m_rows[row] = stored;
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            return;
        }
    }
}

bool MappingModel::removeMappings(const QList<int> &rows, QString *error) {
    QList<MappingStore::Key> keys;
    for (int row : rows)
        keys.append({m_rows.at(row).provider, m_rows.at(row).tenantId, m_rows.at(row).externalId});
    if (const Status removed = m_store->remove(keys); !removed.ok()) {
        *error = removed.errorText();
        return false;
    }
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
    case OtherIdsColumn:
        return tr("Other IDs");
    }
    return {};
}
