#include "MappingsView.h"

#include "CopyableTableView.h"
#include "ImportDialog.h"
#include "MappingModel.h"
#include "SuggestionDialog.h"
#include "ldap/AccountMatch.h"

#include "providers/Provider.h"
#include "store/MappingStore.h"
#include "store/TenantStore.h"
#include <QDialog>
#include <QPointer>
#include <QTableWidget>

#include "MessageBox.h"
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>

MappingsView::MappingsView(MappingStore &mappings, TenantStore &tenants, const LdapAccess &directory,
                           QWidget *parent)
    : QWidget(parent), m_mappings(mappings), m_tenants(tenants), m_directory(directory),
      m_model(new MappingModel(&mappings, this)), m_filter(new QLineEdit(this)),
      m_provider(new QComboBox(this)), m_tenant(new QComboBox(this)), m_count(new QLabel(this)),
      m_table(new CopyableTableView(this)), m_filterDelay(new QTimer(this)) {
    m_filter->setObjectName(QStringLiteral("mappingFilter"));
    m_filter->setPlaceholderText(tr("Filter: any column, e.g. 张三, @example.com, userid…"));
    m_filter->setClearButtonEnabled(true);
    m_provider->setObjectName(QStringLiteral("mappingProvider"));
    m_tenant->setObjectName(QStringLiteral("mappingTenant"));
    m_count->setObjectName(QStringLiteral("mappingCount"));
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setModel(m_model); // the model sorts in SQL: no proxy
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->sortByColumn(Mapping::Tenant, Qt::AscendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true); // Other IDs takes what is left
    m_table->setTextElideMode(Qt::ElideMiddle);               // ids and mailboxes differ at both ends
    m_table->setWordWrap(false);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);

    auto *suggest = new QPushButton(tr("Suggest local accounts…"), this);
    auto *importButton = new QPushButton(tr("Import…"), this);
    importButton->setObjectName(QStringLiteral("importMappings"));
    auto *exportButton = new QPushButton(tr("Export…"), this);
    auto *remove = new QPushButton(tr("Delete…"), this);
    auto *entry = new QPushButton(tr("Directory entry…"), this);
    entry->setObjectName(QStringLiteral("directoryEntry"));
    entry->setToolTip(tr("The selected person in the company directory, beside what the platform says"));
    entry->setVisible(m_directory.load().has_value());
    remove->setObjectName(QStringLiteral("deleteMappings"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_provider);
    bar->addWidget(m_tenant);
    bar->addWidget(m_count, 1);
    bar->addWidget(entry);
    bar->addWidget(suggest);
    bar->addWidget(importButton);
    bar->addWidget(exportButton);
    bar->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    auto *hint =
        new QLabel(tr("Double-click a local account to edit it. Grey rows are members a directory sync no "
                      "longer found."),
                   this);
    hint->setStyleSheet(QStringLiteral("color:#667"));
    layout->addWidget(hint);

    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &MappingsView::applyFilter);
    connect(m_provider, &QComboBox::currentIndexChanged, this, &MappingsView::applyFilter);
    connect(m_tenant, &QComboBox::currentIndexChanged, this, &MappingsView::applyFilter);
    connect(m_model, &MappingModel::countChanged, this,
            [this](int total) { m_count->setText(tr("%n mapping(s)", nullptr, total)); });
    m_model->setConflictResolver([this](const QString &theirs, const QString &mine) {
        return MessageBox::choose(
                   this, tr("Local account changed meanwhile"),
                   tr("Someone else set this local account to \"%1\" after this page loaded it. You "
                      "entered \"%2\". Which one should it be?")
                       .arg(theirs, mine),
                   {{QMessageBox::Yes, tr("Use mine: %1").arg(mine)},
                    {QMessageBox::No, tr("Keep theirs: %1").arg(theirs)}},
                   QMessageBox::No) == QMessageBox::Yes;
    });
    connect(m_model, &MappingModel::editFailed, this,
            [this](const QString &error) { MessageBox::warning(this, tr("Local account"), error); });
    connect(suggest, &QPushButton::clicked, this, &MappingsView::suggestWithDialog);
    connect(entry, &QPushButton::clicked, this, &MappingsView::showDirectoryEntry);
    connect(importButton, &QPushButton::clicked, this, &MappingsView::importWithDialog);
    connect(exportButton, &QPushButton::clicked, this, &MappingsView::exportWithDialog);
    connect(remove, &QPushButton::clicked, this, [this] {
        removeSelected([this](int count) {
            return MessageBox::question(this, tr("Delete mappings"),
                                        tr("Delete %n mapping(s)? Their local accounts are lost too.",
                                           nullptr, count)) == QMessageBox::Yes;
        });
    });
    reload();
}

void MappingsView::reload() {
    const QString provider = m_provider->currentData().toString();
    const QString tenant = m_tenant->currentData().toString();
    {
        const QSignalBlocker blockProvider(m_provider);
        const QSignalBlocker blockTenant(m_tenant);
        m_provider->clear();
        m_provider->addItem(tr("All platforms"), QString());
        for (const Provider *p : Provider::all())
            m_provider->addItem(p->displayName(), p->key());
        m_provider->setCurrentIndex(qMax(0, m_provider->findData(provider)));
        m_tenant->clear();
        m_tenant->addItem(tr("All tenants"), QString());
        for (const QString &name : m_mappings.tenants())
            m_tenant->addItem(name, name);
        m_tenant->setCurrentIndex(qMax(0, m_tenant->findData(tenant)));
    }
    applyFilter();
}

void MappingsView::setFilterText(const QString &text) {
    m_filter->setText(text);
    m_filterDelay->stop();
    applyFilter();
}

void MappingsView::applyFilter() {
    m_model->setFilter(
        {m_filter->text(), m_provider->currentData().toString(), m_tenant->currentData().toString()});
    if (!m_fitted && !m_layoutRestored && m_model->rowCount() > 0)
        fitColumns();
}

void MappingsView::showDirectoryEntry() {
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.size() != 1)
        return MessageBox::information(this, tr("Directory entry"), tr("Select one person first."));
    const Mapping mapping = m_model->mapping(selected.first().row());
    const LdapDirectory::Query query =
        !mapping.localAccount.isEmpty()
            ? LdapDirectory::Query{QStringLiteral("account"), mapping.localAccount}
        : !mapping.mobile.isEmpty()
            ? LdapDirectory::Query{QStringLiteral("mobile"), AccountMatch::normalizedMobile(mapping.mobile)}
            : LdapDirectory::Query{QStringLiteral("email"), mapping.email};
    m_directory.open(this, [this, mapping, query](const Result<LdapDirectory *> &opened) {
        if (!opened.ok())
            return MessageBox::warning(this, tr("Directory entry"), opened.errorText());
        LdapDirectory *directory = opened.value();
        directory->lookup({query}, [this, directory, mapping,
                                    query](const Result<QList<QList<LdapEntry>>> &found) {
            directory->deleteLater();
            if (!found.ok())
                return MessageBox::warning(this, tr("Directory entry"), found.errorText());
            const QList<LdapEntry> &entries = found.value().first();
            if (entries.size() != 1)
                return MessageBox::information(
                    this, tr("Directory entry"),
                    entries.isEmpty()
                        ? tr("Nobody in the directory has %1 %2.").arg(query.first, query.second)
                        : tr("%n people in the directory have %1 %2.", nullptr, int(entries.size()))
                              .arg(query.first, query.second));
            const LdapEntry &person = entries.first();
            auto *dialog = new QDialog(this);
            dialog->setObjectName(QStringLiteral("directoryEntryDialog"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(tr("%1 in the directory").arg(mapping.name));
            auto *table = new QTableWidget(0, 3, dialog);
            table->setHorizontalHeaderLabels({tr("Field"), tr("On the platform"), tr("In the directory")});
            const QList<QStringList> rows{
                {tr("Name"), mapping.name, person.name},
                {tr("Account"), mapping.localAccount, person.account},
                {tr("Mobile"), mapping.mobile, person.mobile},
                {tr("Email"), mapping.email, person.mail},
                {tr("Employee number"),
                 mapping.secondaryIds.value(QLatin1String("employee_number")).toString(),
                 person.employeeNumber},
                {tr("State"), mapping.present ? tr("listed") : tr("no longer listed"),
                 person.disabled ? tr("disabled or locked") : tr("enabled")},
                {tr("Entry"), QString(), person.dn}};
            for (const QStringList &row : rows) {
                const int at = table->rowCount();
                table->insertRow(at);
                for (int column = 0; column < 3; ++column)
                    table->setItem(at, column, new QTableWidgetItem(row.value(column)));
            }
            table->horizontalHeader()->setStretchLastSection(true);
            table->resizeColumnsToContents();
            table->setEditTriggers(QAbstractItemView::NoEditTriggers);
            auto *layout = new QVBoxLayout(dialog);
            layout->addWidget(table);
            dialog->resize(640, 300);
            dialog->show();
        });
    });
}

bool MappingsView::removeSelected(const std::function<bool(int)> &confirm) {
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() || !confirm(rows.size()))
        return false;
    QString error;
    if (!m_model->removeMappings(rows, &error)) {
        MessageBox::warning(this, tr("Delete mappings"), error);
        return false;
    }
    return true;
}

int MappingsView::exportTo(const QString &path, MappingExport::Format format) {
    const Result<int> rows = MappingExport::toFile(m_mappings, m_model->filter(), format, path);
    if (!rows.ok()) {
        MessageBox::warning(this, tr("Export mappings"), rows.errorText());
        return -1;
    }
    return rows.value();
}

void MappingsView::fitColumns() {
    // Sized to what the rows hold, within bounds: no column hides its content while another
    // takes room for nothing; a long value is cut in the middle (its tooltip has it whole).
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        m_table->resizeColumnToContents(column);
        header->resizeSection(column, qBound(60, header->sectionSize(column), 320));
    }
    m_fitted = true;
}

void MappingsView::saveLayout(QVariantMap &layout) const {
    if (m_fitted || m_layoutRestored)
        layout.insert(QStringLiteral("mappings/header"), m_table->horizontalHeader()->saveState());
}

void MappingsView::restoreLayout(const QSettings &settings) {
    m_layoutRestored = m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("mappings/header")).toByteArray());
}

void MappingsView::exportWithDialog() {
    QString selected;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export mappings"), QStringLiteral("mappings.csv"),
                                     tr("CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)"), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) // "mappings" becomes mappings.csv (or what was chosen)
        path += selected.contains(QLatin1String("json"))   ? QStringLiteral(".json")
                : selected.contains(QLatin1String("xlsx")) ? QStringLiteral(".xlsx")
                                                           : QStringLiteral(".csv");
    // The file's own suffix decides; an unknown one is written as CSV.
    const auto format =
        MappingExport::formatNamed(QFileInfo(path).suffix()).value_or(MappingExport::Format::Csv);
    const int rows = exportTo(path, format);
    if (rows >= 0)
        MessageBox::information(this, tr("Export mappings"),
                                tr("%n mapping(s) written to %1.", nullptr, rows).arg(path));
}

void MappingsView::importWithDialog() {
    ImportDialog dialog(m_mappings, this);
    if (dialog.exec() == QDialog::Accepted)
        m_model->reload();
}

void MappingsView::suggestWithDialog() {
    SuggestionDialog dialog(m_mappings, m_tenants, m_tenant->currentData().toString(), m_directory, this);
    if (dialog.exec() == QDialog::Accepted)
        m_model->reload();
}
