#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QUrl>

// Removes secrets before anything reaches a log, a table, an export or the terminal.
// Three layers: every secret value AuthDesk has handled in this process is registered and masked
// in every form it takes, so that a secret echoed in an unexpected place is caught too; values of
// known secret field names (access_token, corpsecret, ...) are masked wherever they appear; and
// authorization codes (code=, authCode=) are cut to their first 4 characters.
class Redactor {
public:
    static const QString mask;

    static void registerSecret(const QString &value);
    // Forgets every registered secret: for the tests and the fuzzer, which need a clean slate.
    static void forgetSecrets();
    static bool isSecretField(const QString &name);

    static QString text(const QString &input);
    static QByteArray bytes(const QByteArray &input);
    static QUrl url(const QUrl &input);
    static QJsonValue json(const QJsonValue &input);
    // An authorization code as shown: its first 4 characters and an ellipsis.
    static QString maskCode(const QString &code);

private:
    static bool isCodeField(const QString &name);
    static QString maskCodes(const QString &input);
};
