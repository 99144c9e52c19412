#pragma once

#include "ldap/AccountMatch.h"

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
// With a company directory (`directory`), the rules also include "from the directory" by mobile,
// email or employee number: one enabled person found, or nothing suggested.
class SuggestionDialog : public QDialog {
    Q_OBJECT

public:
    SuggestionDialog(MappingStore &mappings, TenantStore &tenants, const QString &tenant,
                     const LdapAccess &directory = {}, QWidget *parent = nullptr);

    QString rule() const;
    int previewCount() const;                           // rows the rule would fill
    bool isPreviewing() const { return m_lookups > 0; } // a directory lookup is under way
    bool apply(); // writes the preview; the test hook behind the Apply button
    void setRule(const QString &kind, const QString &templateText = {});

private:
    void preview();
    void previewFromDirectory(const QString &field);
    bool fromDirectory() const;

    MappingStore &m_mappings;
    TenantStore &m_tenants; // where the rule is remembered
    QComboBox *m_tenant;
    QComboBox *m_kind;
    QLineEdit *m_template;
    QLabel *m_message;
    QStandardItemModel *m_rows;
    CopyableTableView *m_table;
    LdapAccess m_directory;
    QList<AccountMatch::Suggestion> m_suggestions; // the directory's, for Apply
    int m_lookups = 0;                             // directory lookups under way
    int m_generation = 0;                          // a lookup answering an older preview is dropped
};
