#include "SuggestionDialog.h"

#include "CopyableTableView.h"
#include "LocalAccountRule.h"
#include "store/MappingStore.h"
#include "store/TenantStore.h"

#include <QHash>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace {
const QString ruleSetting = QStringLiteral("local_account_rule");

QStandardItem *cell(const QString &text) {
    auto *item = new QStandardItem(text);
    item->setData(text, Qt::UserRole);
    item->setEditable(false);
    return item;
}
} // namespace

SuggestionDialog::SuggestionDialog(MappingStore &mappings, TenantStore &tenants, const QString &tenant,
                                   const LdapAccess &directory, QWidget *parent)
    : QDialog(parent), m_mappings(mappings), m_tenants(tenants), m_tenant(new QComboBox(this)),
      m_kind(new QComboBox(this)), m_template(new QLineEdit(this)), m_message(new QLabel(this)),
      m_rows(new QStandardItemModel(this)), m_table(new CopyableTableView(this)), m_directory(directory) {
    setWindowTitle(tr("Suggest local accounts"));
    m_tenant->addItems(mappings.tenants());
    if (!tenant.isEmpty())
        m_tenant->setCurrentText(tenant);
    for (const QString &kind : LocalAccountRule::kinds())
        m_kind->addItem(LocalAccountRule::describe(kind), kind);
    if (m_directory.load()) {
        m_kind->addItem(tr("From the company directory, by mobile"), QStringLiteral("directory:mobile"));
        m_kind->addItem(tr("From the company directory, by email"), QStringLiteral("directory:email"));
        m_kind->addItem(tr("From the company directory, by employee number"),
                        QStringLiteral("directory:employee_number"));
    }
    m_template->setPlaceholderText(QStringLiteral("{userid}@corp.example"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // a rule's problem quotes what the admin typed
    m_table->setSourceModel(m_rows);

    auto *form = new QFormLayout;
    form->addRow(tr("Tenant"), m_tenant);
    form->addRow(tr("Rule"), m_kind);
    form->addRow(tr("Template"), m_template);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 520);

    // The tenant's saved rule, if any.
    auto loadRule = [this] {
        const auto saved = m_tenants.find(m_tenant->currentText());
        const QString rule = saved ? saved->setting(ruleSetting) : QString();
        setRule(rule.startsWith(QLatin1String("template:"))
                    ? QStringLiteral("template")
                    : (rule.isEmpty() ? QStringLiteral("external_id") : rule),
                rule.startsWith(QLatin1String("template:")) ? rule.mid(9) : QString());
    };
    connect(m_tenant, &QComboBox::currentTextChanged, this, loadRule);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SuggestionDialog::preview);
    connect(m_template, &QLineEdit::textChanged, this, &SuggestionDialog::preview);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    loadRule();
}

void SuggestionDialog::setRule(const QString &kind, const QString &templateText) {
    m_template->setText(templateText);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(kind)));
    preview();
}

QString SuggestionDialog::rule() const {
    const QString kind = m_kind->currentData().toString();
    return kind == QLatin1String("template") ? QStringLiteral("template:") + m_template->text().trimmed()
                                             : kind;
}

int SuggestionDialog::previewCount() const {
    return fromDirectory() ? int(AccountMatch::changes(m_suggestions).size()) : m_rows->rowCount();
}

bool SuggestionDialog::fromDirectory() const {
    return m_kind->currentData().toString().startsWith(QLatin1String("directory:"));
}

void SuggestionDialog::previewFromDirectory(const QString &field) {
    m_rows->setHorizontalHeaderLabels(
        {tr("External ID"), tr("Name"), tr("Suggested local account"), tr("In the directory")});
    QList<Mapping> mappings;
    const Status read = m_mappings.forEach({{}, {}, m_tenant->currentText()}, [&](const Mapping &m) {
        mappings << m;
        return true;
    });
    if (!read.ok())
        return m_message->setText(read.errorText());
    m_message->setText(tr("Looking the people up in the company directory…"));
    const int generation = ++m_generation;
    ++m_lookups;
    m_directory.open(this, [this, field, mappings, generation](const Result<LdapDirectory *> &opened) {
        if (!opened.ok()) {
            --m_lookups;
            if (generation == m_generation)
                m_message->setText(opened.errorText());
            return;
        }
        LdapDirectory *directory = opened.value();
        AccountMatch::suggest(
            *directory, mappings, field,
            [this, directory, generation](const Result<QList<AccountMatch::Suggestion>> &found) {
                directory->deleteLater();
                --m_lookups;
                if (generation != m_generation)
                    return;
                if (!found.ok())
                    return m_message->setText(found.errorText());
                m_suggestions = found.value();
                const QHash<QString, QString> outcomes{
                    {QStringLiteral("matched"), tr("one person")},
                    {QStringLiteral("unmatched"), tr("nobody")},
                    {QStringLiteral("ambiguous"), tr("several people")},
                    {QStringLiteral("disabled"), tr("disabled or locked")}};
                for (const AccountMatch::Suggestion &s : std::as_const(m_suggestions))
                    m_rows->appendRow(
                        {cell(s.mapping.externalId), cell(s.mapping.name),
                         cell(s.outcome == QLatin1String("matched") ? s.entry.account : QString()),
                         cell(outcomes.value(s.outcome))});
                m_message->setText(
                    tr("%1 mapping(s) without a local account would get one: exactly one enabled person "
                       "in the directory has their details. Nothing is written until you apply.")
                        .arg(previewCount()));
            });
    });
}

void SuggestionDialog::preview() {
    m_template->setEnabled(m_kind->currentData().toString() == QLatin1String("template"));
    m_rows->clear();
    m_suggestions.clear();
    ++m_generation;
    if (fromDirectory())
        return previewFromDirectory(m_kind->currentData().toString().mid(int(qstrlen("directory:"))));
    m_rows->setHorizontalHeaderLabels({tr("External ID"), tr("Name"), tr("Suggested local account")});
    if (const QString problem = LocalAccountRule::check(rule()); !problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    int skipped = 0;
    const Status read = m_mappings.forEach({{}, {}, m_tenant->currentText()}, [&](const Mapping &m) {
        if (!m.localAccount.isEmpty())
            return true;
        const QString suggestion = LocalAccountRule::apply(rule(), m);
        if (suggestion.isEmpty())
            ++skipped;
        else
            m_rows->appendRow({cell(m.externalId), cell(m.name), cell(suggestion)});
        return true;
    });
    m_message->setText(
        read.ok() ? tr("%1 mapping(s) without a local account would get one; %2 have nothing the rule "
                       "can use and stay empty. Nothing is written until you apply.")
                        .arg(m_rows->rowCount())
                        .arg(skipped)
                  : read.errorText());
}

bool SuggestionDialog::apply() {
    if (fromDirectory()) {
        if (isPreviewing() || m_suggestions.isEmpty())
            return false;
        // Each over the version it was previewed against: a row changed meanwhile refuses them all.
        const Status written = m_mappings.setLocalAccounts(
            AccountMatch::changes(m_suggestions), tr("company directory (%1)").arg(m_kind->currentText()));
        if (!written.ok())
            m_message->setText(written.errorText());
        return written.ok();
    }
    if (!LocalAccountRule::check(rule()).isEmpty())
        return false;
    auto tenant = m_tenants.find(m_tenant->currentText());
    QList<QPair<MappingStore::Key, QString>> accounts;
    Status done = m_mappings.forEach({{}, {}, m_tenant->currentText()}, [&](const Mapping &m) {
        const QString suggestion = m.localAccount.isEmpty() ? LocalAccountRule::apply(rule(), m) : QString();
        if (!suggestion.isEmpty())
            accounts.append({{m.provider, m.tenantId, m.externalId}, suggestion});
        return true;
    });
    if (done.ok())
        done = m_mappings.fillLocalAccounts(accounts);
    if (!done.ok()) {
        m_message->setText(done.errorText());
        return false;
    }
    if (tenant) { // remember the rule for next time (the accounts are filled whether or not it is)
        tenant->settings.insert(ruleSetting, rule());
        m_tenants.save(*tenant);
    }
    return true;
}
