#pragma once

#include "export/MappingExport.h"
#include "ldap/LdapDirectory.h"

#include <QVariantMap>
#include <QWidget>
#include <functional>

class CopyableTableView;
class MappingModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QTimer;
class MappingStore;
class TenantStore;

// Every mapping of every tenant: filter (any column), platform and tenant filters, sort, inline
// edit of the local account, copy, delete, suggestions, export.
class MappingsView : public QWidget {
    Q_OBJECT

public:
    // `directory`: the store's company directory, for suggestions from it (none: not offered).
    MappingsView(MappingStore &mappings, TenantStore &tenants, const LdapAccess &directory = {},
                 QWidget *parent = nullptr);

    MappingModel *model() const { return m_model; }
    CopyableTableView *table() const { return m_table; }
    void setFilterText(const QString &text); // applied at once (the box waits for typing to pause)
    // Refreshes the lists of platforms and tenants and the rows.
    void reload();
    // Deletes the selected rows once `confirm(count)` says yes.
    bool removeSelected(const std::function<bool(int count)> &confirm);
    // Exports what the filters select; returns the number of rows or -1 (message shown).
    int exportTo(const QString &path, MappingExport::Format format);
    void exportWithDialog();
    // The column widths the admin chose, kept between sessions (no secrets: QSettings).
    void saveLayout(QVariantMap &layout) const;
    void restoreLayout(const QSettings &settings);
    void suggestWithDialog();
    // The selected person's entry in the company directory beside what the platform says (found by
    // local account, else mobile, else email), in a window of its own once the lookup answers.
    void showDirectoryEntry();
    void importWithDialog(); // local accounts from the company's list

private:
    void applyFilter();
    void fitColumns();

    MappingStore &m_mappings;
    TenantStore &m_tenants;
    LdapAccess m_directory;
    MappingModel *m_model;
    QLineEdit *m_filter;
    QComboBox *m_provider;
    QComboBox *m_tenant;
    QLabel *m_count;
    CopyableTableView *m_table;
    QTimer *m_filterDelay;
    bool m_fitted = false;         // sized to the rows once; later the admin's widths stand
    bool m_layoutRestored = false; // the widths of the last session
};
