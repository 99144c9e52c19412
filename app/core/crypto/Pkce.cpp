#include "crypto/Pkce.h"

#include "crypto/RandomToken.h"

#include <QByteArray>
#include <openssl/evp.h>

QString Pkce::newVerifier() {
    return randomAlphanumeric(64);
}

QString Pkce::challengeS256(const QString &verifier) {
    const QByteArray input = verifier.toLatin1();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(input.constData(), size_t(input.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return {}; // an empty challenge is refused by every server: the run fails visibly
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length))
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
