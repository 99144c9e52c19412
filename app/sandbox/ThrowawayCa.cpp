#include "ThrowawayCa.h"

#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

struct ThrowawayCa::Keys {
    EVP_PKEY *key = nullptr;
    X509 *certificate = nullptr;
    ~Keys() {
        EVP_PKEY_free(key);
        X509_free(certificate);
    }
};

namespace {
constexpr long secondsPerDay = 24 * 60 * 60;

void addExtension(X509 *certificate, X509 *issuer, int nid, const char *value) {
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer ? issuer : certificate, certificate, nullptr, nullptr, 0);
    if (X509_EXTENSION *extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value)) {
        X509_add_ext(certificate, extension, -1);
        X509_EXTENSION_free(extension);
    }
}

// A certificate of `key` named `commonName`, valid between these days from now, with a random
// serial; the caller names its issuer, adds extensions and signs it.
X509 *newCertificate(EVP_PKEY *key, const char *commonName, long notBeforeDays, long notAfterDays) {
    X509 *certificate = X509_new();
    X509_set_version(certificate, 2); // v3
    BIGNUM *serial = BN_new();
    BN_rand(serial, 128, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY);
    BN_to_ASN1_INTEGER(serial, X509_get_serialNumber(certificate));
    BN_free(serial);
    X509_gmtime_adj(X509_getm_notBefore(certificate), notBeforeDays * secondsPerDay);
    X509_gmtime_adj(X509_getm_notAfter(certificate), notAfterDays * secondsPerDay);
    X509_set_pubkey(certificate, key);
    X509_NAME_add_entry_by_txt(X509_get_subject_name(certificate), "CN", MBSTRING_ASC,
                               reinterpret_cast<const unsigned char *>(commonName), -1, -1, 0);
    return certificate;
}

QByteArray pem(X509 *certificate) {
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, certificate);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    QByteArray text(data, int(length));
    BIO_free(bio);
    return text;
}
} // namespace

ThrowawayCa::ThrowawayCa() : m_keys(std::make_unique<Keys>()) {
    m_keys->key = EVP_EC_gen("P-256");
    m_keys->certificate = newCertificate(m_keys->key, "AuthDesk sandbox CA (throw-away)", -1, 365);
    X509_set_issuer_name(m_keys->certificate, X509_get_subject_name(m_keys->certificate));
    addExtension(m_keys->certificate, nullptr, NID_basic_constraints, "critical,CA:TRUE");
    addExtension(m_keys->certificate, nullptr, NID_key_usage, "critical,keyCertSign,cRLSign");
    addExtension(m_keys->certificate, nullptr, NID_subject_key_identifier, "hash");
    X509_sign(m_keys->certificate, m_keys->key, EVP_sha256());
    m_certificatePem = pem(m_keys->certificate);
}

ThrowawayCa::~ThrowawayCa() = default;

ThrowawayCa::Issued ThrowawayCa::issueServerCertificate(int validDays) const {
    EVP_PKEY *key = EVP_EC_gen("P-256");
    // An expired certificate was valid for a month up to its end; a valid one since yesterday.
    X509 *certificate = newCertificate(key, "127.0.0.1", validDays < 0 ? validDays - 30 : -1, validDays);
    X509_set_issuer_name(certificate, X509_get_subject_name(m_keys->certificate));
    addExtension(certificate, m_keys->certificate, NID_basic_constraints, "critical,CA:FALSE");
    addExtension(certificate, m_keys->certificate, NID_key_usage, "critical,digitalSignature");
    addExtension(certificate, m_keys->certificate, NID_ext_key_usage, "serverAuth");
    addExtension(certificate, m_keys->certificate, NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost");
    addExtension(certificate, m_keys->certificate, NID_authority_key_identifier, "keyid:always");
    X509_sign(certificate, m_keys->key, EVP_sha256());
    Issued issued{pem(certificate), {}};
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char *data = nullptr;
    const long length = BIO_get_mem_data(bio, &data);
    issued.privateKeyPem = QByteArray(data, int(length));
    BIO_free(bio);
    X509_free(certificate);
    EVP_PKEY_free(key);
    return issued;
}
