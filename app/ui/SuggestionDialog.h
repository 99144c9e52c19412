#pragma once

#include <QDialog>

class CopyableTableView;
class QComboBox;
class QLabel;
class QLineEdit;
class QStandardItemModel;
class MappingStore;
class TenantStore;

// Picks a tenant's local-account rule, previews what it would write for the mappings that have
// no local account yet, and writes it only when the admin applies. The rule is kept per tenant.
class SuggestionDialog : public QDialog {
    Q_OBJECT

public:
    SuggestionDialog(MappingStore &mappings, TenantStore &tenants, const QString &tenant,
                     QWidget *parent = nullptr);

    QString rule() const;
    int previewCount() const; // rows the rule would fill
    bool apply();             // writes the preview; the test hook behind the Apply button
    void setRule(const QString &kind, const QString &templateText = {});

private:
    void preview();

    MappingStore &m_mappings;
    TenantStore &m_tenants; // where the rule is remembered
    QComboBox *m_tenant;
    QComboBox *m_kind;
    QLineEdit *m_template;
    QLabel *m_message;
    QStandardItemModel *m_rows;
    CopyableTableView *m_table;
};
