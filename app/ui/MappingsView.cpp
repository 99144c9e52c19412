#include "MappingsView.h"

#include "CopyableTableView.h"
#include "ImportDialog.h"
#include "MappingModel.h"
#include "SuggestionDialog.h"
#include "providers/Provider.h"
#include "store/MappingStore.h"
#include "store/TenantStore.h"

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

MappingsView::MappingsView(MappingStore &mappings, TenantStore &tenants, QWidget *parent)
    : QWidget(parent), m_mappings(mappings), m_tenants(tenants), m_model(new MappingModel(&mappings, this)),
      m_filter(new QLineEdit(this)), m_provider(new QComboBox(this)), m_tenant(new QComboBox(this)),
      m_count(new QLabel(this)), m_table(new CopyableTableView(this)), m_filterDelay(new QTimer(this)) {
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
    remove->setObjectName(QStringLiteral("deleteMappings"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 2);
    bar->addWidget(m_provider);
    bar->addWidget(m_tenant);
    bar->addWidget(m_count, 1);
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
    QString error;
    const int rows = MappingExport::toFile(m_mappings, m_model->filter(), format, path, &error);
    if (rows < 0)
        MessageBox::warning(this, tr("Export mappings"), error);
    return rows;
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

void MappingsView::saveLayout(QSettings &settings) const {
    if (m_fitted || m_layoutRestored)
        settings.setValue(QStringLiteral("mappings/header"), m_table->horizontalHeader()->saveState());
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
    SuggestionDialog dialog(m_mappings, m_tenants, m_tenant->currentData().toString(), this);
    if (dialog.exec() == QDialog::Accepted)
        m_model->reload();
}
