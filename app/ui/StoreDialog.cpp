#include "StoreDialog.h"

#include "store/Database.h"
#include "store/SecretStore.h"
#include "store/StoreUrl.h"
#include "store/TenantStore.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

StoreDialog::StoreDialog(SecretStore *secrets, const StoreUrl &current, QWidget *parent)
    : QDialog(parent), m_secrets(secrets), m_url(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_message(new QLabel(this)) {
    setWindowTitle(tr("Store"));
    m_url->setObjectName(QStringLiteral("storeUrlEdit"));
    m_url->setText(current.toString());
    m_url->setPlaceholderText(
        QStringLiteral("postgresql://alice@db.example.com/authdesk?sslmode=verify-full"));
    m_password->setObjectName(QStringLiteral("storePasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("PostgreSQL only; kept in your keychain"));
    m_message->setObjectName(QStringLiteral("storeMessage"));
    m_message->setTextFormat(Qt::PlainText); // the server's words
    m_message->setWordWrap(true);
    auto *explanation =
        new QLabel(tr("Tenants, mappings, local-account rules, sync progress, run history and the audit "
                      "trail live in the "
                      "store. sqlite:PATH is this computer's file; "
                      "postgresql://USER@HOST[:PORT]/DB?sslmode=verify-full is a "
                      "database the team shares. Secrets and tokens stay in each admin's own keychain."),
                   this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Store URL"), m_url);
    form->addRow(tr("Password"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *testButton = buttons->addButton(tr("Test"), QDialogButtonBox::ActionRole);
    testButton->setObjectName(QStringLiteral("testStoreButton"));
    connect(testButton, &QPushButton::clicked, this, &StoreDialog::test);
    connect(buttons, &QDialogButtonBox::accepted, this, &StoreDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(640, sizeHint().height());
}

QString StoreDialog::message() const {
    return m_message->text();
}

bool StoreDialog::test() {
    const Result<StoreUrl> url = StoreUrl::parse(m_url->text().trimmed());
    Database probe; // a connection of its own: the console's store stays as it is
    const Status opened = url.ok() ? probe.open(url.value(), m_password->text()) : Status(url.error());
    if (!opened.ok()) {
        m_message->setStyleSheet(QStringLiteral("color:#c5221f"));
        m_message->setText(opened.errorText());
        return false;
    }
    m_message->setStyleSheet(QStringLiteral("color:#1e8e3e"));
    m_message->setText(
        tr("Connected: the store holds %n tenant(s).", nullptr, int(TenantStore(probe).tenants().size())));
    return true;
}

void StoreDialog::save() {
    if (!test())
        return;
    const StoreUrl url = StoreUrl::parse(m_url->text().trimmed()).value();
    if (url.isPostgres()) {
        QEventLoop wait;
        bool written = false;
        m_secrets->write(url.passwordKey(), m_password->text(), &wait, [&](const SecretResult &result) {
            written = result.ok();
            if (!result.ok())
                m_message->setText(result.errorText());
            wait.quit();
        });
        wait.exec();
        if (!written)
            return;
    }
    QSettings().setValue(QStringLiteral("store/url"), url.toString());
    m_message->setText(tr("Saved. AuthDesk opens %1 from its next start.").arg(url.toString()));
    accept();
}
