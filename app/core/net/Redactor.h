#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <QUrl>

// Removes secrets before anything reaches a log, a table, an export or the terminal.
// Layers: each HTTP exchange is masked field by field for the credentials its provider declares
// for the call (CredentialScan, in HttpClient) before it is recorded; every secret value AuthDesk
// has handled in this process is registered and masked in every form it takes, so that a secret
// echoed in an unexpected place is caught too; fields that the backstop names as credentials
// (isCredentialName) are masked wherever they appear; and authorization codes (code=, authCode=)
// are cut to their first 4 characters.
class Redactor {
public:
    static const QString mask;

    static void registerSecret(const QString &value);
    // Forgets every registered secret: for the tests and the fuzzer, which need a clean slate.
    static void forgetSecrets();
    // The backstop behind the providers' declarations, the one list of credential names: tokens
    // (access, refresh, ID, app and tenant tokens: any name ending in "token"), secrets, passwords,
    // tickets, assertions, verifiers, keys and the Authorization header. Case, '_' and '-' do not
    // matter: accessToken, access_token and x-acs-dingtalk-access-token are all tokens.
    static bool isCredentialName(const QString &name);

    static QString text(const QString &input);
    static QByteArray bytes(const QByteArray &input);
    static QUrl url(const QUrl &input);
    // Credential-named members and [name, value] pairs masked, every string as text() makes it.
    static QJsonValue json(const QJsonValue &input);
    // An authorization code as shown: its first 4 characters and an ellipsis.
    static QString maskCode(const QString &code);

    static bool isCodeField(const QString &name);

private:
    static QString maskCodes(const QString &input);
};

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// The credentials of one HTTP exchange, masked field by field where they stand: the fields the
// provider declares for the call, and those the backstop names. Each value found is registered
// (so that it is masked wherever else it appears) before the exchange is recorded, and every
// masked field is named, so that what is shown can say why a value is hidden. Bodies keep their
// bytes but for the masked values.
class CredentialScan {
public:
    explicit CredentialScan(const QStringList &declared);
    bool isCredential(const QString &name) const;

    QUrl url(const QUrl &url, const QString &where);
    HeaderList headers(const HeaderList &headers, const QString &where);
    // A JSON body (object or array, at any depth) or a form body (a=b&c=d).
    QByteArray body(const QByteArray &body, const QString &where);
    // "response body: accessToken", … in the order they were found.
    const QStringList &masked() const { return m_masked; }

private:
    void found(const QString &where, const QString &name, const QString &value);
    QStringList m_declared; // as isCredentialName normalises names
    QStringList m_masked;
};
