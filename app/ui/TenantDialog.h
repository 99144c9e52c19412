#pragma once

#include "Tenant.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class Workspace;

// Add or edit a tenant. The secret field is write-only: it is sent to the keychain and never read
// back into the dialog; left empty on edit, the stored secret stays.
class TenantDialog : public QDialog {
    Q_OBJECT

public:
    TenantDialog(Workspace *workspace, const std::optional<Tenant> &existing, QWidget *parent = nullptr);

    Tenant tenant() const; // from the fields
    QString savedName() const { return m_savedName; }
    // Test hooks: fill fields by object name and press buttons without a modal loop.
    void save();
    void checkCredentials();
    QString message() const;

private:
    void showMessage(const QString &text, bool error);

    Workspace *m_workspace;
    std::optional<Tenant> m_existing;
    QLineEdit *m_name;
    QComboBox *m_provider;
    QLineEdit *m_corpId;
    QLineEdit *m_agentId;
    QComboBox *m_scope;
    QLineEdit *m_redirectUri;
    QPlainTextEdit *m_endpoints;
    QLineEdit *m_secret;
    QLabel *m_message;
    QPushButton *m_check;
    QDialogButtonBox *m_buttons;
    QString m_savedName;
};
