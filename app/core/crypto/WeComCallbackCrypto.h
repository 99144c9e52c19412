#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QString>

// WeCom's callback encryption (PROVIDERS-wecom-suite.md §2, "Crypto"): what a service provider's
// app receives at its callback URL and must verify and decrypt, and what the sandbox sends.
//   signature = lowercase hex SHA-1 of token, timestamp, nonce and the encrypted text, sorted
//               byte-wise and concatenated;
//   key       = base64(EncodingAESKey + "=") (32 bytes), IV its first 16 bytes, AES-256-CBC;
//   plaintext = 16 random bytes ‖ uint32 big-endian length ‖ message ‖ receiveid, PKCS#7 to 32.
// Decryption is strict: a wrong length, padding, size field or receiveid is refused, never guessed.
class WeComCallbackCrypto {
    Q_DECLARE_TR_FUNCTIONS(WeComCallbackCrypto)

public:
    // The 32-byte key of a 43-character EncodingAESKey, or what is wrong with it.
    static Result<QByteArray> aesKey(const QString &encodingAesKey);
    static QString signature(const QString &token, const QString &timestamp, const QString &nonce,
                             const QString &encrypted);
    // Whether `msgSignature` is the signature of these, compared in constant time.
    static bool verify(const QString &token, const QString &timestamp, const QString &nonce,
                       const QString &encrypted, const QString &msgSignature);

    struct Decrypted {
        QByteArray random;  // 16 bytes
        QByteArray message; // the XML (or, for URL verification, the echostr's plaintext)
        QString receiveId;  // the provider corpid, the suite id, or the authorizing corpid
    };
    // `encrypted` is base64; `receiveId` empty accepts any (and reports it).
    static Result<Decrypted> decrypt(const QByteArray &key, const QString &encrypted,
                                     const QString &receiveId = {});
    // base64 of the encrypted plaintext; `random` is 16 bytes (tests pass a fixed one).
    static QString encrypt(const QByteArray &key, const QByteArray &message, const QString &receiveId,
                           const QByteArray &random);

    // A callback as it reached a callback URL: its query (msg_signature, timestamp, nonce, and for
    // URL verification echostr) and, for an event, its XML body (<Encrypt>). Verified, then
    // decrypted; `message` has the event's credentials (SuiteTicket, AuthCode, PermanentCode)
    // masked, for showing.
    struct Opened {
        bool urlVerification = false; // a GET with echostr: the answer is the plaintext
        QString receiveId;
        QByteArray message;
        // An event's elements (InfoType, SuiteId, AuthCorpId, ...) but its credentials, by name.
        QMap<QString, QString> fields;
        // The event's credentials (SuiteTicket, AuthCode, PermanentCode), registered with the
        // Redactor as they arrive.
        QMap<QString, QString> credentials;
    };
    static Result<Opened> open(const QString &token, const QString &encodingAesKey, const QString &query,
                               const QByteArray &body, const QString &receiveId = {});
    // The XML with the values of the elements that carry credentials masked (their first 4
    // characters and their length): declared here, where those fields arrive.
    static QByteArray masked(const QByteArray &xml);
};
