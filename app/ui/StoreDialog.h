#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class SecretStore;
struct StoreUrl;

// Settings → Store: this admin's file, or a PostgreSQL database the team shares. The password goes
// to the keychain (never to the settings); the console uses the store from its next start.
class StoreDialog : public QDialog {
    Q_OBJECT

public:
    // `current`: the store in use; the password goes into `secrets`.
    StoreDialog(SecretStore *secrets, const StoreUrl &current, QWidget *parent = nullptr);
    // Connects with what is entered; the message says how it went.
    bool test();
    void save();
    QString message() const;

private:
    SecretStore *m_secrets;
    QLineEdit *m_url;
    QLineEdit *m_password;
    QLabel *m_message;
};
