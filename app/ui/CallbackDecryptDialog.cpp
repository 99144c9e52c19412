#include "CallbackDecryptDialog.h"

#include "crypto/WeComCallbackCrypto.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

CallbackDecryptDialog::CallbackDecryptDialog(QWidget *parent)
    : QDialog(parent), m_token(new QLineEdit(this)), m_key(new QLineEdit(this)),
      m_receiveId(new QLineEdit(this)), m_query(new QLineEdit(this)), m_body(new QPlainTextEdit(this)),
      m_result(new QPlainTextEdit(this)) {
    setWindowTitle(tr("WeCom callback decryptor"));
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_key->setObjectName(QStringLiteral("aesKeyEdit"));
    m_receiveId->setObjectName(QStringLiteral("receiveIdEdit"));
    m_query->setObjectName(QStringLiteral("queryEdit"));
    m_body->setObjectName(QStringLiteral("bodyEdit"));
    m_result->setObjectName(QStringLiteral("resultView"));
    for (QLineEdit *secret : {m_token, m_key})
        secret->setEchoMode(QLineEdit::Password);
    m_receiveId->setPlaceholderText(tr("Optional: the corpid or suite id the callback must be for"));
    m_query->setPlaceholderText(QStringLiteral("msg_signature=…&timestamp=…&nonce=…[&echostr=…]"));
    m_body->setPlaceholderText(
        tr("The POST body, <xml>…<Encrypt>…</Encrypt>…</xml>; empty for URL verification"));
    m_result->setReadOnly(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Token"), m_token);
    form->addRow(tr("EncodingAESKey"), m_key);
    form->addRow(tr("Receive ID"), m_receiveId);
    form->addRow(tr("Query"), m_query);
    form->addRow(tr("Body"), m_body);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *decryptButton = buttons->addButton(tr("Verify and decrypt"), QDialogButtonBox::ActionRole);
    decryptButton->setObjectName(QStringLiteral("decryptButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    connect(decryptButton, &QPushButton::clicked, this, &CallbackDecryptDialog::decrypt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 560);
}

void CallbackDecryptDialog::decrypt() {
    const Result<WeComCallbackCrypto::Opened> opened = WeComCallbackCrypto::open(
        m_token->text().trimmed(), m_key->text().trimmed(), m_query->text().trimmed(),
        m_body->toPlainText().toUtf8(), m_receiveId->text().trimmed());
    if (!opened.ok())
        return m_result->setPlainText(opened.errorText());
    m_result->setPlainText(
        (opened.value().urlVerification
             ? tr("msg_signature verified. URL verification for %1: answer this body, as it is, within 1 s:")
             : tr("msg_signature verified. Event for %1:"))
            .arg(opened.value().receiveId) +
        QStringLiteral("\n\n") + QString::fromUtf8(opened.value().message));
}

QString CallbackDecryptDialog::result() const {
    return m_result->toPlainText();
}
