#include "TenantDialog.h"

#include "MessageBox.h"

#include "net/HttpClient.h"
#include "providers/Provider.h"
#include "providers/TenantSecrets.h"
#include "store/SecretStore.h"
#include "workspace/Workspace.h"

#include "store/RunHistory.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

TenantDialog::TenantDialog(Workspace *workspace, const std::optional<Tenant> &existing, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_existing(existing), m_name(new QLineEdit(this)),
      m_provider(new QComboBox(this)), m_form(new QFormLayout), m_secretLabel(new QLabel(this)),
      m_redirectUri(new QLineEdit(this)), m_endpoints(new QPlainTextEdit(this)),
      m_secret(new QLineEdit(this)), m_historyLimit(new QSpinBox(this)), m_caBundle(new QLineEdit(this)),
      m_rotationDays(new QSpinBox(this)), m_message(new QLabel(this)),
      m_check(new QPushButton(tr("Check credentials"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(existing ? tr("Edit tenant") : tr("Add tenant"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    for (const Provider *provider : Provider::all())
        m_provider->addItem(provider->displayName(), provider->key());
    m_redirectUri->setObjectName(QStringLiteral("redirectUriEdit"));
    m_redirectUri->setPlaceholderText(QStringLiteral("https://sso.example.com/callback"));
    m_endpoints->setObjectName(QStringLiteral("endpointsEdit"));
    m_endpoints->setTabChangesFocus(true); // Tab leaves the box; one endpoint per line
    m_endpoints->setMinimumHeight(60);
    m_endpoints->setMaximumHeight(90);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(existing ? tr("Leave empty to keep the secret in the keychain")
                                          : tr("Stored in the OS keychain only"));
    m_historyLimit->setObjectName(QStringLiteral("historyLimitSpin"));
    m_historyLimit->setRange(1, 10000);
    const int keptRuns = existing ? existing->setting(QStringLiteral("history_limit")).toInt() : 0;
    m_historyLimit->setValue(keptRuns > 0 ? keptRuns : RunHistory::defaultLimit);
    m_historyLimit->setToolTip(
        tr("How many of this tenant's runs the History tab keeps; older ones are dropped"));
    m_caBundle->setObjectName(QStringLiteral("caBundleEdit"));
    m_caBundle->setPlaceholderText(tr("Optional: a PEM file of your company's certificate authority"));
    m_caBundle->setToolTip(tr("Trusted for this tenant's endpoints besides the system's authorities, for a "
                              "Keycloak or proxy behind your own CA. Verification is never skipped."));
    auto *browseCa = new QPushButton(tr("Browse…"), this);
    connect(browseCa, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA bundle"), m_caBundle->text(),
                                                          tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caBundle->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caBundle, 1);
    caRow->addWidget(browseCa);
    m_rotationDays->setObjectName(QStringLiteral("rotationDaysSpin"));
    m_rotationDays->setRange(0, 3650);
    m_rotationDays->setSpecialValueText(tr("No rotation period"));
    m_rotationDays->setSuffix(tr(" days"));
    m_rotationDays->setToolTip(tr("Health checks warn when the secret is older than this"));
    if (existing) {
        m_caBundle->setText(existing->caBundle);
        m_rotationDays->setValue(existing->rotationDays);
    }
    m_message->setObjectName(QStringLiteral("dialogMessage"));
    m_message->setTextFormat(Qt::PlainText); // credential checks quote what the platform answered
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_check->setObjectName(QStringLiteral("checkButton"));

    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(tr("Name"), m_name);
    m_form->addRow(tr("Platform"), m_provider);
    m_form->addRow(tr("Redirect URI"), m_redirectUri);
    m_form->addRow(tr("Endpoints"), m_endpoints);
    m_form->addRow(m_secretLabel, m_secret);
    m_form->addRow(tr("Runs kept"), m_historyLimit);
    m_form->addRow(tr("CA bundle"), caRow);
    m_form->addRow(tr("Rotate secret every"), m_rotationDays);
    // Every problem at once, however many: the area scrolls rather than squeezing the form.
    auto *messageArea = new QScrollArea(this);
    messageArea->setObjectName(QStringLiteral("messageArea"));
    messageArea->setWidget(m_message);
    messageArea->setWidgetResizable(true);
    messageArea->setFrameShape(QFrame::NoFrame);
    messageArea->setMinimumHeight(70);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(messageArea, 1);
    m_publicKeys = new QPushButton(tr("Public key (JWKS)…"), this);
    m_publicKeys->setObjectName(QStringLiteral("publicKeysButton"));
    m_publicKeys->setToolTip(
        tr("The public half of the key pair AuthDesk made, to register at the provider"));
    connect(m_publicKeys, &QPushButton::clicked, this, &TenantDialog::showPublicKeys);
    auto *row = new QHBoxLayout;
    row->addWidget(m_check);
    row->addWidget(m_publicKeys);
    row->addStretch();
    row->addWidget(m_buttons);
    layout->addLayout(row);
    resize(620, sizeHint().height());

    if (existing) {
        m_name->setText(existing->name);
        m_provider->setCurrentIndex(m_provider->findData(existing->provider));
        m_provider->setEnabled(false); // the secret in the keychain belongs to that platform
        m_redirectUri->setText(existing->redirectUri);
        QStringList lines;
        for (auto it = existing->endpoints.cbegin(); it != existing->endpoints.cend(); ++it)
            lines << it.key() + QLatin1Char('=') + it.value();
        m_endpoints->setPlainText(lines.join(QLatin1Char('\n')));
    }
    showProviderFields();
    connect(m_provider, &QComboBox::currentIndexChanged, this, &TenantDialog::showProviderFields);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TenantDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_check, &QPushButton::clicked, this, &TenantDialog::checkCredentials);
}

void TenantDialog::showProviderFields() {
    const Provider *provider = Provider::find(m_provider->currentData().toString());
    for (QWidget *editor : std::as_const(m_settingRows))
        m_form->removeRow(editor);
    m_settingRows.clear();
    m_settingEditors.clear();
    int row = 2; // after Name and Platform
    for (const SettingField &field : provider->settingFields()) {
        const QString value = m_existing && m_existing->provider == provider->key()
                                  ? m_existing->setting(field.key)
                                  : QString();
        QWidget *editor;
        if (field.choices.isEmpty()) {
            auto *line = new QLineEdit(value, this);
            line->setPlaceholderText(field.placeholder);
            editor = line;
        } else {
            auto *combo = new QComboBox(this);
            combo->addItems(field.choices);
            if (!value.isEmpty())
                combo->setCurrentText(value);
            editor = combo;
        }
        editor->setObjectName(QStringLiteral("setting_") + field.key);
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            connect(combo, &QComboBox::currentTextChanged, this, &TenantDialog::updateSecretRow);
        m_form->insertRow(row++, field.label, editor);
        m_settingEditors.insert(field.key, editor);
        m_settingRows << editor;
    }
    m_secretLabel->setText(provider->secretName());
    for (QLineEdit *editor : std::as_const(m_otherSecrets))
        m_form->removeRow(editor);
    m_otherSecrets.clear();
    int secretRow = 0;
    QFormLayout::ItemRole role;
    m_form->getWidgetPosition(m_secret, &secretRow, &role);
    ++secretRow; // the rows follow the main secret's
    for (const SecretField &field : provider->extraSecrets()) {
        if (!field.entered)
            continue;
        auto *editor = new QLineEdit(this);
        editor->setObjectName(QStringLiteral("secret_") + field.name);
        editor->setEchoMode(QLineEdit::Password);
        editor->setPlaceholderText(m_existing       ? tr("Leave empty to keep what the keychain holds")
                                   : field.required ? tr("Stored in the OS keychain only")
                                                    : tr("Optional; stored in the OS keychain only"));
        m_form->insertRow(secretRow++, field.label, editor);
        m_otherSecrets.insert(field.name, editor);
    }
    m_endpoints->setPlaceholderText(tr("Optional overrides, one per line: KEY=https://… (keys: %1)")
                                        .arg(provider->defaultEndpoints().keys().join(QStringLiteral(", "))));
    updateSecretRow();
    setTabOrder();
}

void TenantDialog::updateSecretRow() {
    const Provider *provider = Provider::find(m_provider->currentData().toString());
    const bool madeHere = provider && provider->makesSecret(tenant());
    m_secret->setVisible(!madeHere);
    m_secretLabel->setVisible(!madeHere);
    m_publicKeys->setVisible(madeHere);
}

void TenantDialog::showPublicKeys() {
    const Tenant t = tenant();
    const Provider *provider = Provider::find(t.provider);
    if (!m_existing || !provider->makesSecret(*m_existing))
        return showMessage(tr("Save the tenant first: AuthDesk makes its key pair when it is saved."), true);
    m_workspace->secrets()->read(
        SecretStore::keyFor(t.id, provider->secretName()), this,
        [this, t, provider](const SecretResult &secret) {
            if (!secret.ok())
                return showMessage(secret.errorText(), true);
            const Result<QJsonObject> keys = provider->publicKeys(t, secret.value());
            if (!keys.ok())
                return showMessage(keys.errorText(), true);
            const QString jwks =
                QString::fromUtf8(QJsonDocument(keys.value()).toJson(QJsonDocument::Indented));
            QApplication::clipboard()->setText(jwks);
            MessageBox::information(
                this, tr("Public key of %1").arg(t.name),
                tr("Register this JWKS at the provider for client %1 (it is on the clipboard):\n\n%2")
                    .arg(t.setting(QStringLiteral("client_id")), jwks));
        });
}

void TenantDialog::setTabOrder() {
    QList<QWidget *> chain{m_name, m_provider};
    chain << m_settingRows;
    chain << m_redirectUri << m_endpoints << m_secret;
    for (const SecretField &field : Provider::find(m_provider->currentData().toString())->extraSecrets())
        if (QLineEdit *editor = m_otherSecrets.value(field.name))
            chain << editor;
    chain << m_historyLimit << m_caBundle << m_rotationDays << m_check
          << m_buttons->button(QDialogButtonBox::Save) << m_buttons->button(QDialogButtonBox::Cancel);
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

Tenant TenantDialog::tenant() const {
    Tenant t = m_existing.value_or(Tenant{});
    t.name = m_name->text().trimmed();
    t.provider = m_provider->currentData().toString();
    // Only the platform's own fields come from the form; other settings (the local-account rule)
    // are kept as they are.
    for (auto it = m_settingEditors.cbegin(); it != m_settingEditors.cend(); ++it) {
        const auto *combo = qobject_cast<const QComboBox *>(it.value());
        const QString value =
            combo ? combo->currentText() : static_cast<const QLineEdit *>(it.value())->text().trimmed();
        if (value.isEmpty())
            t.settings.remove(it.key());
        else
            t.settings.insert(it.key(), value);
    }
    t.redirectUri = m_redirectUri->text().trimmed();
    t.settings.insert(QStringLiteral("history_limit"), QString::number(m_historyLimit->value()));
    t.caBundle = m_caBundle->text().trimmed();
    t.rotationDays = m_rotationDays->value();
    t.endpoints.clear();
    for (const QString &line : m_endpoints->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const int eq = line.indexOf(QLatin1Char('='));
        t.endpoints.insert(line.left(eq).trimmed(), eq < 0 ? QString() : line.mid(eq + 1).trimmed());
    }
    return t;
}

QString TenantDialog::message() const {
    return m_message->text();
}

void TenantDialog::showMessage(const QString &text, bool error) {
    m_message->setStyleSheet(error ? QStringLiteral("color:#c5221f") : QStringLiteral("color:#1e8e3e"));
    m_message->setText(text);
}

void TenantDialog::save() {
    m_buttons->setEnabled(false);
    const Tenant t = tenant();
    QMap<QString, QString> otherSecrets;
    for (auto it = m_otherSecrets.cbegin(); it != m_otherSecrets.cend(); ++it)
        otherSecrets.insert(it.key(), it.value()->text());
    // A key pair AuthDesk makes (private_key_jwt) when the tenant had none: its private key is the
    // secret; a tenant that keeps its key keeps the keychain's.
    const Provider *provider = Provider::find(t.provider);
    const bool hadKeyPair = m_existing && provider && provider->makesSecret(*m_existing);
    const QString made = provider && !hadKeyPair ? provider->makeSecret(t) : QString();
    m_workspace->saveTenant(
        t, made.isEmpty() ? m_secret->text() : made,
        [this, name = t.name](const Status &saved) {
            m_buttons->setEnabled(true);
            if (!saved.ok())
                return showMessage(saved.errorText(), true); // the dialog stays open: nothing typed is lost
            m_savedName = name;
            m_secret->clear();
            for (QLineEdit *editor : std::as_const(m_otherSecrets))
                editor->clear();
            accept();
        },
        otherSecrets);
}

void TenantDialog::checkCredentials() {
    const Tenant t = tenant();
    const QStringList problems = m_workspace->validate(t);
    if (!problems.isEmpty())
        return showMessage(problems.join(QLatin1Char('\n')), true);
    const Provider *provider = Provider::find(t.provider);
    // What was typed, over what the keychain holds for a saved tenant.
    auto check = [this, t, provider](TenantSecrets secrets) {
        if (!m_secret->text().isEmpty())
            secrets.main = m_secret->text();
        for (auto it = m_otherSecrets.cbegin(); it != m_otherSecrets.cend(); ++it)
            if (!it.value()->text().isEmpty())
                secrets.others.insert(it.key(), it.value()->text());
        ProviderContext context = m_workspace->providerContext(this, secrets.main, t.caBundle);
        context.otherSecrets = secrets.others;
        showMessage(tr("Checking…"), false);
        provider->checkCredentials(t, context, [this](const Status &checked) {
            showMessage(checked.ok() ? checked.value().message : checked.errorText(), !checked.ok());
        });
    };
    const bool typed = !m_secret->text().isEmpty() || !provider->usesSecret(t); // a public client has none
    if (t.id.isEmpty())
        return typed ? check({}) : showMessage(tr("Enter the %1 first.").arg(provider->secretName()), true);
    TenantSecrets::read(m_workspace->secrets(), t, this,
                        [this, check, typed](const Result<TenantSecrets> &held) {
                            if (held.ok())
                                return check(held.value());
                            if (!typed || !held.error().is(Error::Kind::NotFound))
                                return showMessage(held.errorText(), true);
                            check({});
                        });
}
