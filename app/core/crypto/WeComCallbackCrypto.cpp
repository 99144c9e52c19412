#include "crypto/WeComCallbackCrypto.h"

#include "net/Redactor.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QStringList>
#include <QUrlQuery>
#include <QXmlStreamReader>
#include <QtEndian>
#include <algorithm>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace {
// The elements of an event that carry credentials (§2): masked for showing, kept apart.
const QStringList &credentialElements() {
    static const QStringList names{QStringLiteral("SuiteTicket"), QStringLiteral("AuthCode"),
                                   QStringLiteral("PermanentCode")};
    return names;
}

constexpr int keySize = 32;
constexpr int blockSize = 32; // WeCom pads to 32, not AES's 16
constexpr int randomSize = 16;

// AES-256-CBC without the cipher's own padding; empty on failure.
QByteArray aes(const QByteArray &key, const QByteArray &input, bool encrypting) {
    const std::unique_ptr<EVP_CIPHER_CTX, void (*)(EVP_CIPHER_CTX *)> context(EVP_CIPHER_CTX_new(),
                                                                              EVP_CIPHER_CTX_free);
    const auto *bytes = reinterpret_cast<const unsigned char *>(key.constData());
    if (!context ||
        EVP_CipherInit_ex(context.get(), EVP_aes_256_cbc(), nullptr, bytes, bytes, encrypting ? 1 : 0) != 1)
        return {};
    EVP_CIPHER_CTX_set_padding(context.get(), 0);
    QByteArray output(input.size() + 32, Qt::Uninitialized);
    int written = 0, last = 0;
    auto *out = reinterpret_cast<unsigned char *>(output.data());
    if (EVP_CipherUpdate(context.get(), out, &written,
                         reinterpret_cast<const unsigned char *>(input.constData()),
                         int(input.size())) != 1 ||
        EVP_CipherFinal_ex(context.get(), out + written, &last) != 1)
        return {};
    output.resize(written + last);
    return output;
}
} // namespace

Result<QByteArray> WeComCallbackCrypto::aesKey(const QString &encodingAesKey) {
    const QByteArray key = QByteArray::fromBase64Encoding(encodingAesKey.toLatin1() + '=',
                                                          QByteArray::AbortOnBase64DecodingErrors)
                               .decoded;
    if (encodingAesKey.size() != 43 || key.size() != keySize)
        return Error::failed(
            tr("The EncodingAESKey must be the 43 characters the WeCom console shows (got %n "
               "character(s)).",
               nullptr, int(encodingAesKey.size())),
            tr("Copy it again from the app's callback settings (接收事件服务器)."));
    return key;
}

QString WeComCallbackCrypto::signature(const QString &token, const QString &timestamp, const QString &nonce,
                                       const QString &encrypted) {
    QList<QByteArray> parts{token.toUtf8(), timestamp.toUtf8(), nonce.toUtf8(), encrypted.toUtf8()};
    std::sort(parts.begin(), parts.end()); // byte-wise
    return QString::fromLatin1(QCryptographicHash::hash(parts.join(), QCryptographicHash::Sha1).toHex());
}

bool WeComCallbackCrypto::verify(const QString &token, const QString &timestamp, const QString &nonce,
                                 const QString &encrypted, const QString &msgSignature) {
    const QByteArray expected = signature(token, timestamp, nonce, encrypted).toLatin1();
    const QByteArray given = msgSignature.toLatin1();
    return given.size() == expected.size() &&
           CRYPTO_memcmp(given.constData(), expected.constData(), size_t(given.size())) == 0;
}

Result<WeComCallbackCrypto::Decrypted>
WeComCallbackCrypto::decrypt(const QByteArray &key, const QString &encrypted, const QString &receiveId) {
    const auto decoded =
        QByteArray::fromBase64Encoding(encrypted.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray &cipher = decoded.decoded;
    const Error malformed =
        Error::failed(tr("The encrypted text is not WeCom's: it does not decrypt with this "
                         "EncodingAESKey."),
                      tr("Check that the EncodingAESKey is this app's, and that the text was "
                         "copied whole."));
    if (key.size() != keySize || !decoded || cipher.isEmpty() || cipher.size() % blockSize != 0)
        return malformed;
    const QByteArray plain = aes(key, cipher, false);
    if (plain.size() != cipher.size())
        return malformed;
    const int pad = uchar(plain.back());
    if (pad < 1 || pad > blockSize || plain.size() < randomSize + 4 + pad)
        return malformed;
    for (int i = plain.size() - pad; i < plain.size(); ++i)
        if (uchar(plain.at(i)) != pad)
            return malformed;
    const QByteArray body = plain.left(plain.size() - pad);
    const quint32 length = qFromBigEndian<quint32>(body.constData() + randomSize);
    if (length > quint32(body.size() - randomSize - 4))
        return malformed;
    Decrypted result{body.left(randomSize), body.mid(randomSize + 4, int(length)),
                     QString::fromUtf8(body.mid(randomSize + 4 + int(length)))};
    if (!receiveId.isEmpty() && result.receiveId != receiveId)
        return Error::failed(tr("The message is for %1, not %2.").arg(result.receiveId, receiveId),
                             tr("URL verification is for the provider's corpid, 指令回调 for the suite id, "
                                "数据回调 for the authorizing corp: check which callback URL this came to."));
    return result;
}

Result<WeComCallbackCrypto::Opened> WeComCallbackCrypto::open(const QString &token,
                                                              const QString &encodingAesKey,
                                                              const QString &query, const QByteArray &body,
                                                              const QString &receiveId) {
    const Result<QByteArray> key = aesKey(encodingAesKey);
    if (!key.ok())
        return key.error();
    const QUrlQuery items(query.startsWith(QLatin1Char('?')) ? query.mid(1) : query);
    auto item = [&items](const char *name) {
        return items.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const QString signature = item("msg_signature"), timestamp = item("timestamp"), nonce = item("nonce");
    if (signature.isEmpty() || timestamp.isEmpty() || nonce.isEmpty())
        return Error::failed(tr("The query lacks msg_signature, timestamp or nonce."),
                             tr("Paste the whole query string of the callback request."));
    Opened opened;
    QString encrypted = item("echostr");
    opened.urlVerification = !encrypted.isEmpty();
    if (!opened.urlVerification) {
        QXmlStreamReader xml(body);
        while (!xml.atEnd())
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("Encrypt"))
                encrypted = xml.readElementText();
        if (encrypted.isEmpty())
            return Error::failed(
                tr("Neither an echostr in the query nor an <Encrypt> element in the body."),
                tr("URL verification is a GET with echostr; an event is a POST whose XML body "
                   "holds <Encrypt>."));
    }
    if (!verify(token, timestamp, nonce, encrypted, signature))
        return Error::failed(
            tr("msg_signature does not match: the callback is not from WeCom, or the Token is "
               "not this app's."),
            tr("Check the Token in the app's callback settings (接收事件服务器)."));
    const Result<Decrypted> decrypted = decrypt(key.value(), encrypted, receiveId);
    if (!decrypted.ok())
        return decrypted.error();
    opened.receiveId = decrypted.value().receiveId;
    opened.message = masked(decrypted.value().message);
    if (opened.urlVerification)
        return opened;
    QXmlStreamReader event(decrypted.value().message);
    event.readNextStartElement(); // <xml>
    while (event.readNextStartElement()) {
        const QString name = event.name().toString();
        const QString value = event.readElementText(QXmlStreamReader::IncludeChildElements);
        if (credentialElements().contains(name)) {
            Redactor::registerSecret(value);
            opened.credentials.insert(name, value);
        } else {
            opened.fields.insert(name, value);
        }
    }
    return opened;
}

QByteArray WeComCallbackCrypto::masked(const QByteArray &xml) {
    static const QRegularExpression credential(
        QStringLiteral("<(%1)>(?:<!\\[CDATA\\[)?(.*?)(?:\\]\\]>)?</\\1>")
            .arg(credentialElements().join(QLatin1Char('|'))),
        QRegularExpression::DotMatchesEverythingOption);
    QString text = QString::fromUtf8(xml);
    QRegularExpressionMatch match;
    qsizetype from = 0;
    while ((match = credential.match(text, from)).hasMatch()) {
        const QString value = match.captured(2);
        const QString shown = QStringLiteral("<%1>%2…(%3 characters, masked)</%1>")
                                  .arg(match.captured(1), value.left(4))
                                  .arg(value.size());
        text.replace(match.capturedStart(), match.capturedLength(), shown);
        from = match.capturedStart() + shown.size();
    }
    return text.toUtf8();
}

QString WeComCallbackCrypto::encrypt(const QByteArray &key, const QByteArray &message,
                                     const QString &receiveId, const QByteArray &random) {
    QByteArray plain = random.left(randomSize);
    char length[4];
    qToBigEndian<quint32>(quint32(message.size()), length);
    plain += QByteArray(length, 4) + message + receiveId.toUtf8();
    const int pad = blockSize - plain.size() % blockSize; // 1–32: aligned input gets a whole block
    plain += QByteArray(pad, char(pad));
    return QString::fromLatin1(aes(key, plain, true).toBase64());
}
