#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

// Tools → WeCom callback decryptor: a callback pasted from the admin's own server (its query and
// XML body), verified with the app's Token and decrypted with its EncodingAESKey; the event's
// credentials are masked. Nothing typed here is kept.
class CallbackDecryptDialog : public QDialog {
    Q_OBJECT

public:
    explicit CallbackDecryptDialog(QWidget *parent = nullptr);
    void decrypt(); // the Decrypt button
    QString result() const;

private:
    QLineEdit *m_token;
    QLineEdit *m_key;
    QLineEdit *m_receiveId;
    QLineEdit *m_query;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_result;
};
