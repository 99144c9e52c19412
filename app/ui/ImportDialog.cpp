#include "ImportDialog.h"

#include "CopyableTableView.h"
#include "store/MappingStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {
QStandardItem *cell(const QString &text) {
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

// "3, 7, 12" — at most ten line numbers, then how many more.
QString lineList(const QList<int> &lines) {
    QStringList shown;
    for (int i = 0; i < lines.size() && i < 10; ++i)
        shown << QString::number(lines.at(i));
    if (lines.size() > 10)
        shown << ImportDialog::tr("… (%n more)", nullptr, int(lines.size() - 10));
    return shown.join(QStringLiteral(", "));
}
} // namespace

ImportDialog::ImportDialog(MappingStore &mappings, QWidget *parent)
    : QDialog(parent), m_mappings(mappings), m_file(new QLineEdit(this)), m_match(new QComboBox(this)),
      m_keyColumn(new QLineEdit(this)), m_accountColumn(new QLineEdit(this)), m_message(new QLabel(this)),
      m_rows(new QStandardItemModel(this)), m_table(new CopyableTableView(this)) {
    setWindowTitle(tr("Import local accounts"));
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("The company's list: CSV (UTF-8) or an Excel workbook (.xlsx)"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    m_match->addItem(tr("External ID"), int(MappingImport::Match::ExternalId));
    m_match->addItem(tr("Mobile"), int(MappingImport::Match::Mobile));
    m_match->addItem(tr("Email"), int(MappingImport::Match::Email));
    m_match->addItem(tr("Name"), int(MappingImport::Match::Name));
    m_keyColumn->setText(MappingImport::nameOf(MappingImport::Match::ExternalId));
    m_accountColumn->setText(QStringLiteral("local_account"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // it quotes the file's own words
    m_rows->setHorizontalHeaderLabels(
        {tr("External ID"), tr("Local account now"), tr("In the file"), tr("What happens")});
    m_table->setSourceModel(m_rows);

    auto *form = new QFormLayout;
    form->addRow(tr("File"), fileRow);
    form->addRow(tr("Match people by"), m_match);
    form->addRow(tr("Its column"), m_keyColumn);
    form->addRow(tr("Local account column"), m_accountColumn);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    auto *previewButton = buttons->addButton(tr("Preview"), QDialogButtonBox::ActionRole);
    m_apply = buttons->button(QDialogButtonBox::Apply);
    m_apply->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 540);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import local accounts"), {},
                                                          tr("CSV or Excel workbook (*.csv *.xlsx)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_match, &QComboBox::currentIndexChanged, this, [this] {
        m_keyColumn->setText(MappingImport::nameOf(MappingImport::Match(m_match->currentData().toInt())));
    });
    // What was previewed is what Apply writes: any change to the choices asks for a new preview.
    for (QLineEdit *edit : {m_file, m_keyColumn, m_accountColumn})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_plan.reset();
            m_apply->setEnabled(false);
        });
    connect(previewButton, &QPushButton::clicked, this, &ImportDialog::preview);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ImportDialog::setFile(const QString &path) {
    m_file->setText(path);
}

void ImportDialog::setMatch(MappingImport::Match match, const QString &keyColumn,
                            const QString &accountColumn) {
    m_match->setCurrentIndex(m_match->findData(int(match)));
    m_keyColumn->setText(keyColumn);
    m_accountColumn->setText(accountColumn);
}

QString ImportDialog::message() const {
    return m_message->text();
}

bool ImportDialog::preview() {
    m_rows->removeRows(0, m_rows->rowCount());
    m_plan.reset();
    m_apply->setEnabled(false);
    const auto match = MappingImport::Match(m_match->currentData().toInt());
    const Result<MappingImport::Plan> planned =
        MappingImport::plan(m_mappings, m_file->text().trimmed(), match,
                            {{MappingImport::nameOf(match), m_keyColumn->text().trimmed()},
                             {QStringLiteral("local_account"), m_accountColumn->text().trimmed()}});
    if (!planned.ok()) {
        m_message->setText(planned.errorText());
        return false;
    }
    m_plan = planned.value();
    for (const auto &change : m_plan->changes)
        m_rows->appendRow(
            {cell(change.key.externalId), cell(change.before), cell(change.account), cell(tr("set"))});
    for (const auto &change : m_plan->conflicts)
        m_rows->appendRow({cell(change.key.externalId), cell(change.before), cell(change.account),
                           cell(tr("conflict: left alone"))});
    QString text = tr("%n account(s) to set, ", nullptr, int(m_plan->changes.size())) +
                   tr("%n conflict(s) left alone, ", nullptr, int(m_plan->conflicts.size())) +
                   tr("%n already as in the file.", nullptr, m_plan->unchanged);
    if (!m_plan->unmatched.isEmpty())
        text += QLatin1Char(' ') + tr("Rows matching nobody: %1.").arg(lineList(m_plan->unmatched));
    if (!m_plan->ambiguous.isEmpty())
        text += QLatin1Char(' ') + tr("Rows matching several people: %1.").arg(lineList(m_plan->ambiguous));
    m_message->setText(text + QLatin1Char(' ') + tr("Nothing is written until you apply."));
    m_apply->setEnabled(!m_plan->changes.isEmpty());
    return true;
}

bool ImportDialog::apply() {
    if (!m_plan || m_plan->changes.isEmpty())
        return false;
    const Status applied = MappingImport::apply(m_mappings, *m_plan, m_file->text().trimmed());
    if (!applied.ok()) {
        m_message->setText(applied.errorText());
        m_plan.reset();
        m_apply->setEnabled(false);
        return false;
    }
    return true;
}
