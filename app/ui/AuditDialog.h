#pragma once

#include <QDialog>

class CopyableTableView;
class QStandardItemModel;
class AuditTrail;
struct StoreUrl;

// The audit trail of the store: who (OS user@host) created, changed or removed tenants, local
// accounts and mappings, and when; newest first, and exported as CSV.
class AuditDialog : public QDialog {
    Q_OBJECT

public:
    // The trail of the store at `store`.
    AuditDialog(const AuditTrail &audit, const StoreUrl &store, QWidget *parent = nullptr);
    QStandardItemModel *model() const { return m_model; }
    // Writes the trail as CSV (UTF-8 with a BOM, as the mappings export).
    bool exportTo(const QString &path, QString *error) const;

private:
    const AuditTrail &m_audit;
    QStandardItemModel *m_model;
    CopyableTableView *m_table;
};
