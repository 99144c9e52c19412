#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <functional>
#include <memory>

// The parts of JOSE an OpenID Connect relying party needs (RFC 7515, 7517, 7518): a compact JWS
// split into its parts, and its signature checked with a public JWK. RS256, PS256 and ES256 only;
// every piece of cryptography is OpenSSL 3's EVP API. The sandbox's OpenID Provider signs with
// SigningKey.
//
// Why not a JOSE library from Debian 12: libjwt 1.10 and cpp-jwt 1.4 both take keys as PEM and
// neither reads a JWK or a JWKS, so the JWK → key step would be ours anyway, and the verification
// around it is a few EVP calls.
namespace Jose {

QByteArray base64Url(const QByteArray &bytes); // without padding
// Strict: only the URL-safe alphabet, no padding; false when `text` is not that.
bool fromBase64Url(const QByteArray &text, QByteArray *bytes);

// A compact JWS split into its parts; nothing about it is verified yet.
struct Jws {
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput; // "BASE64URL(header).BASE64URL(payload)", what the signature covers
    QByteArray signature;

    QString alg() const { return header.value(QLatin1String("alg")).toString(); }
    QString kid() const { return header.value(QLatin1String("kid")).toString(); }
};
Result<Jws> parse(const QByteArray &compact);

// Whether `jwk` is a key for `alg` (kty, crv, use); empty when it is, otherwise why not.
QString keyProblem(const QJsonObject &jwk, const QString &alg);
// Checks the signature of `jws` with the public key `jwk`; empty when it is valid, otherwise
// why not. The algorithm is the header's, which must be RS256, PS256 or ES256.
QString verify(const Jws &jws, const QJsonObject &jwk);

// A private signing key: RSA 2048 for RS256/PS256, P-256 for ES256.
class SigningKey {
public:
    SigningKey(const QString &kty, const QString &kid); // "RSA" or "EC"; generated fresh
    // A key kept as PEM (PKCS #8, as privatePem writes it); its kid is its JWK thumbprint.
    static Result<SigningKey> fromPem(const QByteArray &pem);
    ~SigningKey();
    SigningKey(SigningKey &&) noexcept;
    SigningKey &operator=(SigningKey &&) noexcept;

    QString kid() const { return m_kid; }
    QJsonObject publicJwk() const;
    // The private key as unencrypted PKCS #8 PEM, for the keychain and nowhere else.
    QByteArray privatePem() const;
    // ES256 for an EC key, RS256 for an RSA key.
    QString alg() const;
    // The signature of `input` for `alg` (JWS form: r||s for ES256); empty when alg does not fit.
    QByteArray sign(const QString &alg, const QByteArray &input) const;

private:
    SigningKey(); // no key yet: fromPem fills it
    struct Key;
    std::unique_ptr<Key> m_key;
    QString m_kid;
};

// The RFC 7638 thumbprint of a public JWK (EC or RSA), base64url: a key's name that is the same
// wherever the key is.
QString thumbprint(const QJsonObject &publicJwk);
QByteArray sha256(const QByteArray &bytes);

// Whether `alg` is one of the shared-secret algorithms HS256, HS384 and HS512.
bool isHmacAlg(const QString &alg);
// The HMAC of `message` for `alg` (HS256/384/512) keyed with `key`; empty when alg is not one.
QByteArray hmac(const QString &alg, const QByteArray &key, const QByteArray &message);
// Checks an HS256/384/512 signature with the shared `secret` (in constant time); empty when it is
// valid, otherwise why not.
QString verifyHmac(const Jws &jws, const QByteArray &secret);
// "header.payload.signature" from its parts.
QByteArray compact(const QJsonObject &header, const QJsonObject &claims,
                   const std::function<QByteArray(const QByteArray &signingInput)> &sign);

} // namespace Jose
