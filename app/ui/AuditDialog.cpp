#include "AuditDialog.h"

#include "export/UserFile.h"

#include "CopyableTableView.h"
#include "MessageBox.h"
#include "export/MappingExport.h"
#include "store/AuditTrail.h"
#include "store/StoreUrl.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

AuditDialog::AuditDialog(const AuditTrail &audit, const StoreUrl &store, QWidget *parent)
    : QDialog(parent), m_audit(audit), m_model(new QStandardItemModel(this)),
      m_table(new CopyableTableView(this)) {
    setWindowTitle(tr("Audit trail — %1").arg(store.toString()));
    m_model->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Object"), tr("Detail")});
    for (const auto &entry : audit.entries()) {
        const QDateTime at = QDateTime::fromString(entry.at, Qt::ISODateWithMs);
        QList<QStandardItem *> row{
            new QStandardItem(
                at.isValid() ? QLocale().toString(at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                             : entry.at),
            new QStandardItem(entry.who), new QStandardItem(entry.action), new QStandardItem(entry.object),
            new QStandardItem(entry.detail)};
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_model->appendRow(row);
    }
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setSourceModel(m_model);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        QString selected;
        QString path =
            QFileDialog::getSaveFileName(this, tr("Export audit trail"), QStringLiteral("audit.csv"),
                                         tr("CSV (*.csv);;Excel workbook (*.xlsx)"), &selected);
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path +=
                selected.contains(QLatin1String("xlsx")) ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
        QString error;
        if (!exportTo(path, &error))
            MessageBox::warning(this, tr("Export audit trail"), error);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(980, 520);
}

bool AuditDialog::exportTo(const QString &path, QString *error) const {
    const Status written = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
                               ? MappingExport::auditXlsx(m_audit.entries(), path)
                               : UserFile::write(path, MappingExport::auditCsv(m_audit.entries()));
    if (!written.ok())
        *error = written.errorText();
    return written.ok();
}
