#pragma once

#include <QString>
#include <QTemporaryDir>
#include <memory>

class QProcess;

namespace TestSupport {
// A real OpenLDAP server (Debian's slapd) on loopback for a test: a throw-away configuration,
// CA and data, ldap:// (for StartTLS) and ldaps:// on free ports; stopped with this object.
// People under baseDn: zhangsan (mobile +86 138 0013 8000, employee 1001), lisi (locked:
// pwdAccountLockedTime), wangwu and wangwu.b (the same mobile, +86 137 0013 7000); the service
// account serviceDn/servicePassword binds (the server gives it at most sizeLimit entries); a
// referral at referralBase.
class Slapd {
public:
    static constexpr const char *baseDn = "ou=people,dc=example,dc=com";
    static constexpr const char *referralBase = "ou=partners,dc=example,dc=com";
    static constexpr const char *serviceDn = "cn=authdesk,dc=example,dc=com";
    static constexpr const char *servicePassword = "Svc-Bind-7f3e1c";
    static constexpr int sizeLimit = 3;

    Slapd();
    ~Slapd();
    // False with *error when slapd is missing (scripts/test.sh installs it) or does not start.
    bool start(QString *error);
    QString ldapUrl() const;
    QString ldapsUrl() const;
    QString caFile() const; // the PEM of the CA that issued the server's certificate

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_ldapPort = 0;
    quint16 m_ldapsPort = 0;
};
} // namespace TestSupport
