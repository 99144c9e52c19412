#include "crypto/Jose.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

namespace {
constexpr int es256PartBytes = 32;
constexpr int minimumRsaBits = 2048;

struct PkeyFree {
    void operator()(EVP_PKEY *key) const { EVP_PKEY_free(key); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
struct MdCtxFree {
    void operator()(EVP_MD_CTX *ctx) const { EVP_MD_CTX_free(ctx); }
};
struct BnFree {
    void operator()(BIGNUM *bn) const { BN_free(bn); }
};
using Bn = std::unique_ptr<BIGNUM, BnFree>;

Bn bignum(const QByteArray &bytes) {
    return Bn(
        BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()), nullptr));
}

QByteArray bignumBytes(const BIGNUM *bn, int width = 0) {
    QByteArray bytes(width > 0 ? width : BN_num_bytes(bn), '\0');
    if (width > 0)
        BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(bytes.data()), width);
    else
        BN_bn2bin(bn, reinterpret_cast<unsigned char *>(bytes.data()));
    return bytes;
}

// A base64url member of a JWK, decoded; empty when absent or not base64url.
QByteArray member(const QJsonObject &jwk, const char *name) {
    QByteArray bytes;
    if (!Jose::fromBase64Url(jwk.value(QLatin1String(name)).toString().toLatin1(), &bytes))
        return {};
    return bytes;
}

// The public key a JWK describes, or null with *problem set.
Pkey publicKey(const QJsonObject &jwk, QString *problem) {
    std::unique_ptr<OSSL_PARAM_BLD, decltype(&OSSL_PARAM_BLD_free)> builder(OSSL_PARAM_BLD_new(),
                                                                            OSSL_PARAM_BLD_free);
    const bool rsa = jwk.value(QLatin1String("kty")).toString() == QLatin1String("RSA");
    Bn n, e;
    QByteArray point;
    if (rsa) {
        const QByteArray modulus = member(jwk, "n"), exponent = member(jwk, "e");
        if (modulus.isEmpty() || exponent.isEmpty()) {
            *problem = QCoreApplication::translate("Jose", "the RSA key has no valid n or e");
            return nullptr;
        }
        n = bignum(modulus);
        e = bignum(exponent);
        if (BN_num_bits(n.get()) < minimumRsaBits) {
            *problem =
                QCoreApplication::translate("Jose", "the RSA key has %1 bits; at least 2048 are required")
                    .arg(BN_num_bits(n.get()));
            return nullptr;
        }
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, n.get());
        OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, e.get());
    } else {
        const QByteArray x = member(jwk, "x"), y = member(jwk, "y");
        if (x.size() != es256PartBytes || y.size() != es256PartBytes) {
            *problem = QCoreApplication::translate("Jose", "the P-256 key's x and y are not 32 bytes each");
            return nullptr;
        }
        point = QByteArray(1, '\x04') + x + y; // uncompressed point
        OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0);
        OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size()));
    }
    std::unique_ptr<OSSL_PARAM, decltype(&OSSL_PARAM_free)> params(OSSL_PARAM_BLD_to_param(builder.get()),
                                                                   OSSL_PARAM_free);
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_from_name(nullptr, rsa ? "RSA" : "EC", nullptr), EVP_PKEY_CTX_free);
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) <= 0 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) <= 0) {
        *problem =
            QCoreApplication::translate("Jose", "OpenSSL does not accept the key (not a valid %1 public key)")
                .arg(rsa ? QStringLiteral("RSA") : QStringLiteral("P-256"));
        return nullptr;
    }
    return Pkey(key);
}

// Sets up a SHA-256 sign or verify context for `alg` (PSS padding for PS256).
bool initDigest(EVP_MD_CTX *ctx, EVP_PKEY *key, const QString &alg, bool signing) {
    EVP_PKEY_CTX *pctx = nullptr;
    const int ok = signing ? EVP_DigestSignInit_ex(ctx, &pctx, "SHA256", nullptr, nullptr, key, nullptr)
                           : EVP_DigestVerifyInit_ex(ctx, &pctx, "SHA256", nullptr, nullptr, key, nullptr);
    if (ok <= 0)
        return false;
    if (alg == QLatin1String("PS256"))
        return EVP_PKEY_CTX_set_rsa_padding(pctx, RSA_PKCS1_PSS_PADDING) > 0 &&
               EVP_PKEY_CTX_set_rsa_pss_saltlen(pctx, RSA_PSS_SALTLEN_DIGEST) > 0;
    return true;
}

// JWS ES256 signatures are r||s; OpenSSL speaks DER.
QByteArray ecdsaDer(const QByteArray &rs) {
    ECDSA_SIG *sig = ECDSA_SIG_new();
    ECDSA_SIG_set0(sig, bignum(rs.left(es256PartBytes)).release(), bignum(rs.mid(es256PartBytes)).release());
    unsigned char *der = nullptr;
    const int length = i2d_ECDSA_SIG(sig, &der);
    QByteArray out(reinterpret_cast<const char *>(der), length > 0 ? length : 0);
    OPENSSL_free(der);
    ECDSA_SIG_free(sig);
    return out;
}

QByteArray ecdsaRs(const QByteArray &der) {
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &data, long(der.size()));
    if (!sig)
        return {};
    const QByteArray rs = bignumBytes(ECDSA_SIG_get0_r(sig), es256PartBytes) +
                          bignumBytes(ECDSA_SIG_get0_s(sig), es256PartBytes);
    ECDSA_SIG_free(sig);
    return rs;
}

bool isSupportedAlg(const QString &alg) {
    return alg == QLatin1String("RS256") || alg == QLatin1String("PS256") || alg == QLatin1String("ES256");
}
} // namespace

namespace Jose {

QByteArray base64Url(const QByteArray &bytes) {
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool fromBase64Url(const QByteArray &text, QByteArray *bytes) {
    static const QRegularExpression alphabet(QStringLiteral("^[A-Za-z0-9_-]*$"));
    if (text.size() % 4 == 1 || !alphabet.match(QString::fromLatin1(text)).hasMatch())
        return false;
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::Base64UrlEncoding |
                                                            QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    *bytes = *decoded;
    return true;
}

Result<Jws> parse(const QByteArray &compact) {
    const QList<QByteArray> parts = compact.split('.');
    if (parts.size() != 3)
        return Error::failed(
            QCoreApplication::translate(
                "Jose", "the token is not a compact JWS: it has %1 parts separated by dots, not 3 (an "
                        "encrypted token has 5).")
                .arg(parts.size()));
    Jws jws;
    QByteArray header, payload;
    if (!fromBase64Url(parts[0], &header) || !fromBase64Url(parts[1], &payload) ||
        !fromBase64Url(parts[2], &jws.signature))
        return Error::failed(
            QCoreApplication::translate("Jose", "the token is not a compact JWS: a part is not base64url."));
    const QJsonDocument headerJson = QJsonDocument::fromJson(header);
    const QJsonDocument claimsJson = QJsonDocument::fromJson(payload);
    if (!headerJson.isObject() || !claimsJson.isObject())
        return Error::failed(QCoreApplication::translate(
            "Jose", "the token is not a compact JWS: its header or payload is not a JSON object."));
    jws.header = headerJson.object();
    jws.claims = claimsJson.object();
    jws.signingInput = parts[0] + '.' + parts[1];
    return jws;
}

QString keyProblem(const QJsonObject &jwk, const QString &alg) {
    const QString kty = jwk.value(QLatin1String("kty")).toString();
    const QString wanted = alg == QLatin1String("ES256") ? QStringLiteral("EC") : QStringLiteral("RSA");
    if (kty != wanted)
        return QCoreApplication::translate("Jose", "the key \"%1\" is of type %2, which cannot check %3")
            .arg(jwk.value(QLatin1String("kid")).toString(), kty.isEmpty() ? QStringLiteral("?") : kty, alg);
    if (wanted == QLatin1String("EC") && jwk.value(QLatin1String("crv")).toString() != QLatin1String("P-256"))
        return QCoreApplication::translate("Jose", "the key \"%1\" is on curve %2; ES256 needs P-256")
            .arg(jwk.value(QLatin1String("kid")).toString(), jwk.value(QLatin1String("crv")).toString());
    const QString use = jwk.value(QLatin1String("use")).toString(QStringLiteral("sig"));
    if (use != QLatin1String("sig"))
        return QCoreApplication::translate("Jose", "the key \"%1\" is for \"%2\", not for signatures")
            .arg(jwk.value(QLatin1String("kid")).toString(), use);
    const QString keyAlg = jwk.value(QLatin1String("alg")).toString();
    if (!keyAlg.isEmpty() && keyAlg != alg)
        return QCoreApplication::translate("Jose", "the key \"%1\" is for %2, not %3")
            .arg(jwk.value(QLatin1String("kid")).toString(), keyAlg, alg);
    return {};
}

QString verify(const Jws &jws, const QJsonObject &jwk) {
    const QString alg = jws.alg();
    if (!isSupportedAlg(alg))
        return QCoreApplication::translate("Jose", "the algorithm %1 is not one of RS256, PS256 and ES256")
            .arg(alg);
    if (const QString problem = keyProblem(jwk, alg); !problem.isEmpty())
        return problem;
    QString problem;
    const Pkey key = publicKey(jwk, &problem);
    if (!key)
        return problem;
    QByteArray signature = jws.signature;
    if (alg == QLatin1String("ES256")) {
        if (signature.size() != 2 * es256PartBytes)
            return QCoreApplication::translate("Jose", "the ES256 signature is %1 bytes, not 64")
                .arg(signature.size());
        signature = ecdsaDer(signature);
    }
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    if (!ctx || !initDigest(ctx.get(), key.get(), alg, false))
        return QCoreApplication::translate("Jose", "OpenSSL could not set up %1 verification").arg(alg);
    const int verified = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()), size_t(signature.size()),
        reinterpret_cast<const unsigned char *>(jws.signingInput.constData()),
        size_t(jws.signingInput.size()));
    if (verified != 1)
        return QCoreApplication::translate(
                   "Jose",
                   "the %1 signature does not verify with the key \"%2\": the token was altered or signed by "
                   "another key")
            .arg(alg, jwk.value(QLatin1String("kid")).toString());
    return {};
}

struct SigningKey::Key {
    Pkey pkey;
};

SigningKey::SigningKey(const QString &kty, const QString &kid) : m_key(std::make_unique<Key>()), m_kid(kid) {
    m_key->pkey.reset(kty == QLatin1String("EC") ? EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")
                                                 : EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
}

SigningKey::SigningKey() : m_key(std::make_unique<Key>()) {
}

Result<SigningKey> SigningKey::fromPem(const QByteArray &pem) {
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  &BIO_free);
    Pkey pkey(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!pkey || (!EVP_PKEY_is_a(pkey.get(), "EC") && !EVP_PKEY_is_a(pkey.get(), "RSA")))
        return Error::failed(
            QCoreApplication::translate("Jose", "The kept private key is not an EC or RSA key in PEM."));
    SigningKey key;
    key.m_key->pkey = std::move(pkey);
    key.m_kid = thumbprint(key.publicJwk());
    return key;
}

QByteArray SigningKey::privatePem() const {
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio ||
        PEM_write_bio_PrivateKey(bio.get(), m_key->pkey.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(length));
}

QString SigningKey::alg() const {
    return EVP_PKEY_is_a(m_key->pkey.get(), "EC") ? QStringLiteral("ES256") : QStringLiteral("RS256");
}

QByteArray sha256(const QByteArray &bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.constData(), size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(digest), int(length));
}

QString thumbprint(const QJsonObject &publicJwk) {
    // RFC 7638 §3: the required members only, in lexicographic order (QJsonObject keeps its keys
    // sorted), without whitespace.
    const QString kty = publicJwk.value(QLatin1String("kty")).toString();
    const QStringList members =
        kty == QLatin1String("EC")
            ? QStringList{QStringLiteral("crv"), QStringLiteral("kty"), QStringLiteral("x"),
                          QStringLiteral("y")}
            : QStringList{QStringLiteral("e"), QStringLiteral("kty"), QStringLiteral("n")};
    QJsonObject required;
    for (const QString &member : members)
        required.insert(member, publicJwk.value(member));
    return QString::fromLatin1(base64Url(sha256(QJsonDocument(required).toJson(QJsonDocument::Compact))));
}

SigningKey::~SigningKey() = default;
SigningKey::SigningKey(SigningKey &&) noexcept = default;
SigningKey &SigningKey::operator=(SigningKey &&) noexcept = default;

QJsonObject SigningKey::publicJwk() const {
    QJsonObject jwk{{QStringLiteral("kid"), m_kid}, {QStringLiteral("use"), QStringLiteral("sig")}};
    EVP_PKEY *key = m_key->pkey.get();
    auto param = [key](const char *name, int width = 0) {
        BIGNUM *bn = nullptr;
        EVP_PKEY_get_bn_param(key, name, &bn);
        const Bn owned(bn);
        return owned ? QString::fromLatin1(base64Url(bignumBytes(owned.get(), width))) : QString();
    };
    if (EVP_PKEY_is_a(key, "EC")) {
        jwk.insert(QStringLiteral("kty"), QStringLiteral("EC"));
        jwk.insert(QStringLiteral("crv"), QStringLiteral("P-256"));
        jwk.insert(QStringLiteral("x"), param(OSSL_PKEY_PARAM_EC_PUB_X, es256PartBytes));
        jwk.insert(QStringLiteral("y"), param(OSSL_PKEY_PARAM_EC_PUB_Y, es256PartBytes));
    } else {
        jwk.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
        jwk.insert(QStringLiteral("n"), param(OSSL_PKEY_PARAM_RSA_N));
        jwk.insert(QStringLiteral("e"), param(OSSL_PKEY_PARAM_RSA_E));
    }
    return jwk;
}

QByteArray SigningKey::sign(const QString &alg, const QByteArray &input) const {
    EVP_PKEY *key = m_key->pkey.get();
    if (!isSupportedAlg(alg) || EVP_PKEY_is_a(key, "EC") != (alg == QLatin1String("ES256")))
        return {};
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    size_t length = 0;
    const auto *data = reinterpret_cast<const unsigned char *>(input.constData());
    if (!ctx || !initDigest(ctx.get(), key, alg, true) ||
        EVP_DigestSign(ctx.get(), nullptr, &length, data, size_t(input.size())) <= 0)
        return {};
    QByteArray signature(int(length), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length, data,
                       size_t(input.size())) <= 0)
        return {};
    signature.resize(int(length));
    return alg == QLatin1String("ES256") ? ecdsaRs(signature) : signature;
}

bool isHmacAlg(const QString &alg) {
    return alg == QLatin1String("HS256") || alg == QLatin1String("HS384") || alg == QLatin1String("HS512");
}

QByteArray hmac(const QString &alg, const QByteArray &key, const QByteArray &message) {
    if (!isHmacAlg(alg))
        return {};
    const QByteArray digest = "SHA" + alg.mid(2).toLatin1();
    unsigned char out[EVP_MAX_MD_SIZE];
    size_t length = 0;
    if (!EVP_Q_mac(nullptr, "HMAC", nullptr, digest.constData(), nullptr, key.constData(), size_t(key.size()),
                   reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()), out,
                   sizeof out, &length))
        return {};
    return QByteArray(reinterpret_cast<const char *>(out), int(length));
}

QString verifyHmac(const Jws &jws, const QByteArray &secret) {
    const QString alg = jws.alg();
    if (!isHmacAlg(alg))
        return QCoreApplication::translate("Jose", "the algorithm %1 is not one of HS256, HS384 and HS512")
            .arg(alg);
    if (secret.isEmpty())
        return QCoreApplication::translate("Jose", "there is no client secret to check the %1 signature with")
            .arg(alg);
    const QByteArray expected = hmac(alg, secret, jws.signingInput);
    if (expected.isEmpty())
        return QCoreApplication::translate("Jose", "OpenSSL could not compute %1").arg(alg);
    if (expected.size() != jws.signature.size() ||
        CRYPTO_memcmp(expected.constData(), jws.signature.constData(), size_t(expected.size())) != 0)
        return QCoreApplication::translate(
                   "Jose", "the %1 signature does not verify with the client secret: the token "
                           "was altered or keyed with another secret")
            .arg(alg);
    return {};
}

QByteArray compact(const QJsonObject &header, const QJsonObject &claims,
                   const std::function<QByteArray(const QByteArray &)> &sign) {
    const QByteArray input = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                             base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return input + '.' + base64Url(sign(input));
}

} // namespace Jose
