#pragma once

#include "Mapping.h"
#include "store/MappingStore.h"

#include <QAbstractTableModel>
#include <functional>

// The mappings table over the store, for any number of rows: it counts the matches, loads the
// first page, and fetches more as the view scrolls (canFetchMore/fetchMore). Sorting and
// filtering run in SQL and reload. local_account is editable in place.
class MappingModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int pageSize = 500;
    // The store's columns, then the secondary ids (shown, not sortable).
    enum { OtherIdsColumn = Mapping::ColumnCount, ColumnCount };
    // A cell as the table shows it: platform and source in words, times in local time.
    static QString shownValue(const Mapping &mapping, int column);
    // Asked when a local account was changed by someone else since this table loaded it: true
    // keeps the admin's value (theirs, then mine), false keeps the other's.
    using ConflictResolver = std::function<bool(const QString &theirs, const QString &mine)>;
    void setConflictResolver(ConflictResolver resolve) { m_resolveConflict = std::move(resolve); }

    explicit MappingModel(MappingStore *store, QObject *parent = nullptr);

    void setFilter(const MappingFilter &filter);
    const MappingFilter &filter() const { return m_filter; }
    void reload();
    int totalCount() const { return m_total; }
    const Mapping &mapping(int row) const { return m_rows.at(row); }
    // Deletes the rows from the store; false with *error when that failed (nothing removed then).
    bool removeMappings(const QList<int> &rows, QString *error);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

signals:
    void countChanged(int total);
    void editFailed(const QString &error);

private:
    // The row of `key`, if the table shows it, becomes `stored`.
    void showStored(const MappingStore::Key &key, const Mapping &stored);
    MappingStore *m_store;
    MappingFilter m_filter;
    int m_sortColumn = Mapping::Tenant;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QList<Mapping> m_rows;
    int m_total = 0;
    ConflictResolver m_resolveConflict;
};
