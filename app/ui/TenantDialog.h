#pragma once

#include "Tenant.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class Workspace;

// Add or edit a tenant. The secret field is write-only: it is sent to the keychain and never read
// back into the dialog; left empty on edit, the stored secret stays.
class TenantDialog : public QDialog {
    Q_OBJECT

public:
    TenantDialog(Workspace *workspace, const std::optional<Tenant> &existing, QWidget *parent = nullptr);

    Tenant tenant() const; // from the fields
    // The editor of a provider setting ("corpid", "app_id", ...): a QLineEdit or a QComboBox.
    QWidget *settingEditor(const QString &key) const { return m_settingEditors.value(key); }
    QString savedName() const { return m_savedName; }
    // Test hooks: fill fields by object name and press buttons without a modal loop.
    void save();
    void checkCredentials();
    QString message() const;

private:
    void showMessage(const QString &text, bool error);
    void showProviderFields();
    // Tab goes through the fields as they are shown, top to bottom.
    void setTabOrder();
    // The secret field, or for a client whose key pair AuthDesk makes (private_key_jwt) the
    // public key's button instead, as the provider's settings now say.
    void updateSecretRow();
    // The public JWKS of the key pair AuthDesk made, to register at the provider: shown, and on
    // the clipboard.
    void showPublicKeys();

    Workspace *m_workspace;
    std::optional<Tenant> m_existing;
    QLineEdit *m_name;
    QComboBox *m_provider;
    QFormLayout *m_form;            // one form: every field starts at the same left edge
    QList<QWidget *> m_settingRows; // the provider's rows, between Platform and Redirect URI
    QMap<QString, QWidget *> m_settingEditors;
    QLabel *m_secretLabel;
    QLineEdit *m_redirectUri;
    QPlainTextEdit *m_endpoints;
    QLineEdit *m_secret;
    // The provider's other secrets (Provider::extraSecrets) the admin enters, by keychain name;
    // their rows follow the secret's.
    QMap<QString, QLineEdit *> m_otherSecrets;
    QSpinBox *m_historyLimit;
    QLineEdit *m_caBundle;    // a PEM file of extra certificate authorities for the endpoints
    QSpinBox *m_rotationDays; // the secret's rotation period; 0: none
    QLabel *m_message;
    QPushButton *m_check;
    QPushButton *m_publicKeys;
    QDialogButtonBox *m_buttons;
    QString m_savedName;
};
