#pragma once

#include "Tenant.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
struct HttpExchange;
class QLineEdit;
class QPlainTextEdit;
class SecretStore;
struct SigningProfile;

// Shows every stage of a SigV4 signature — canonical request, string to sign, Authorization —
// for a request the admin describes, so it can be compared line by line with what 77hub's SDK
// produces. Recomputed on every keystroke; the secret stays in this dialog's memory only.
class SignatureInspector : public QDialog {
    Q_OBJECT

public:
    SignatureInspector(SecretStore *secrets, const std::optional<Tenant> &tenant, QWidget *parent = nullptr);

    QString canonicalRequest() const;
    QString stringToSign() const;
    QString authorization() const;
    // Which headers the signature covers ("host;x-amz-date"), and what looks wrong (an empty
    // header or accessKeyId that would be signed as it is).
    QString signedHeaders() const;
    QString warnings() const;
    // Starts from a request a run sent (a captured 企企 exchange): its method, URL, headers
    // (already redacted: the Authorization it carried is not copied) and body.
    void loadExchange(const HttpExchange &exchange);
    QLineEdit *field(const QString &objectName) const;
    QPlainTextEdit *textField(const QString &objectName) const;

private:
    void recompute();
    // Fills in the request the tenant's platform signs (its key, scope and URL), and its secret
    // from the keychain.
    void fillFromTenant(const Tenant &tenant, const SigningProfile &profile);

    SecretStore *m_secrets;
    QComboBox *m_method;
    QLineEdit *m_url;
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_body;
    QLineEdit *m_date;
    QLineEdit *m_region;
    QLineEdit *m_service;
    QLineEdit *m_accessKeyId;
    QLineEdit *m_secret;
    QPlainTextEdit *m_canonical;
    QPlainTextEdit *m_stringToSign;
    QPlainTextEdit *m_authorization;
    QLabel *m_signedHeaders;
    QLabel *m_warnings;
};
