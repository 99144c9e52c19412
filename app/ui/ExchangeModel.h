#pragma once

#include "net/HttpExchange.h"

#include <QAbstractTableModel>

// The HTTP exchanges of a run (already redacted by the client that recorded them).
class ExchangeModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        PurposeColumn,
        MethodColumn,
        StatusColumn,
        DurationColumn,
        UrlColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void clear();
    void append(const HttpExchange &exchange);
    const HttpExchange &exchange(int row) const { return m_exchanges.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<HttpExchange> m_exchanges;
};
