#pragma once

#include <QByteArray>
#include <memory>

// A certificate authority made for one sandbox and gone with it, so that the sandbox can serve TLS
// the way a company's Keycloak behind its own CA does: AuthDesk trusts it only through a tenant's
// CA bundle. Keys are EC P-256, made and signed by OpenSSL.
class ThrowawayCa {
public:
    ThrowawayCa();
    ~ThrowawayCa();
    ThrowawayCa(const ThrowawayCa &) = delete;
    ThrowawayCa &operator=(const ThrowawayCa &) = delete;

    QByteArray certificatePem() const { return m_certificatePem; }

    struct Issued {
        QByteArray certificatePem;
        QByteArray privateKeyPem;
    };
    // A server certificate for 127.0.0.1 and localhost that expires `validDays` from now (a
    // negative number: expired that many days ago).
    Issued issueServerCertificate(int validDays) const;

private:
    struct Keys;
    std::unique_ptr<Keys> m_keys;
    QByteArray m_certificatePem;
};
