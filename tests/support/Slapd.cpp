#include "Slapd.h"

#include "TestSupport.h"
#include "ThrowawayCa.h"

#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTest>

namespace TestSupport {
namespace {
bool writeFile(const QString &path, const QByteArray &content) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

const char *people = R"(dn: dc=example,dc=com
objectClass: dcObject
objectClass: organization
o: Example
dc: example

dn: cn=authdesk,dc=example,dc=com
objectClass: person
objectClass: simpleSecurityObject
cn: authdesk
sn: service
userPassword: %SERVICE_PASSWORD%

dn: ou=people,dc=example,dc=com
objectClass: organizationalUnit
ou: people

dn: uid=zhangsan,ou=people,dc=example,dc=com
objectClass: inetOrgPerson
uid: zhangsan
cn:: 5byg5LiJ
sn: Zhang
mail: zhangsan@example.com
mobile: +86 138 0013 8000
employeeNumber: 1001

dn: uid=lisi,ou=people,dc=example,dc=com
objectClass: inetOrgPerson
uid: lisi
cn:: 5p2O5Zub
sn: Li
mail: lisi@example.com
mobile: +86 139 0013 9000
pwdAccountLockedTime: 000001010000Z

dn: uid=wangwu,ou=people,dc=example,dc=com
objectClass: inetOrgPerson
uid: wangwu
cn:: 546L5LqU
sn: Wang
mail: wangwu@example.com
mobile: +86 137 0013 7000

dn: uid=wangwu.b,ou=people,dc=example,dc=com
objectClass: inetOrgPerson
uid: wangwu.b
cn:: 546L5LqUIEI=
sn: Wang
mail: wangwu.b@example.com
mobile: +86 137 0013 7000

dn: ou=partners,dc=example,dc=com
objectClass: referral
objectClass: extensibleObject
ou: partners
ref: ldap://partners.example.com/ou=partners,dc=example,dc=com
)";
} // namespace

Slapd::Slapd() = default;

Slapd::~Slapd() {
    if (m_process) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool Slapd::start(QString *error) {
    const QString slapd = QStringLiteral("/usr/sbin/slapd"), slapadd = QStringLiteral("/usr/sbin/slapadd");
    if (!QFile::exists(slapd) || !QFile::exists(slapadd)) {
        *error = QStringLiteral("slapd is not installed (scripts/test.sh installs it: apt install slapd)");
        return false;
    }
    const ThrowawayCa ca;
    const ThrowawayCa::Issued server = ca.issueServerCertificate(30);
    const QString dir = m_dir.path();
    QDir().mkpath(dir + QStringLiteral("/db"));
    if (!writeFile(caFile(), ca.certificatePem()) ||
        !writeFile(dir + QStringLiteral("/server.pem"), server.certificatePem) ||
        !writeFile(dir + QStringLiteral("/server.key"), server.privateKeyPem)) {
        *error = QStringLiteral("cannot write slapd's files in %1").arg(dir);
        return false;
    }
    const QString config = QStringLiteral(R"(include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
modulepath /usr/lib/ldap
moduleload back_mdb
moduleload ppolicy
pidfile %1/slapd.pid
TLSCertificateFile %1/server.pem
TLSCertificateKeyFile %1/server.key
sizelimit %2
database mdb
suffix "dc=example,dc=com"
rootdn "cn=admin,dc=example,dc=com"
directory %1/db
overlay ppolicy
)")
                               .arg(dir)
                               .arg(sizeLimit);
    QByteArray data = people;
    data.replace("%SERVICE_PASSWORD%", servicePassword);
    if (!writeFile(dir + QStringLiteral("/slapd.conf"), config.toUtf8()) ||
        !writeFile(dir + QStringLiteral("/people.ldif"), data)) {
        *error = QStringLiteral("cannot write slapd's configuration");
        return false;
    }
    QProcess load;
    load.setProcessChannelMode(QProcess::MergedChannels);
    load.start(slapadd, {QStringLiteral("-f"), dir + QStringLiteral("/slapd.conf"), QStringLiteral("-l"),
                         dir + QStringLiteral("/people.ldif")});
    if (!load.waitForFinished(30000) || load.exitCode() != 0) {
        *error = QStringLiteral("slapadd failed: %1").arg(QString::fromLocal8Bit(load.readAll()));
        return false;
    }
    m_ldapPort = freePort();
    do // two free ports, not the same one twice
        m_ldapsPort = freePort();
    while (m_ldapsPort == m_ldapPort);
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedChannels);
    // -d 0: in the foreground (this object stops it), without debug output.
    m_process->start(slapd, {QStringLiteral("-f"), dir + QStringLiteral("/slapd.conf"), QStringLiteral("-h"),
                             ldapUrl() + QStringLiteral("/ ") + ldapsUrl() + QStringLiteral("/"),
                             QStringLiteral("-d"), QStringLiteral("0")});
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("slapd did not start: %1").arg(m_process->errorString());
        return false;
    }
    // Ready once it accepts connections on both ports (bounded; slapd starts in well under that).
    for (const quint16 port : {m_ldapPort, m_ldapsPort}) {
        const bool listening = QTest::qWaitFor(
            [port] {
                QTcpSocket probe;
                probe.connectToHost(QStringLiteral("127.0.0.1"), port);
                return probe.waitForConnected(200);
            },
            15000);
        if (!listening) {
            *error = QStringLiteral("slapd does not listen on 127.0.0.1:%1").arg(port);
            return false;
        }
    }
    return true;
}

QString Slapd::ldapUrl() const {
    return QStringLiteral("ldap://127.0.0.1:%1").arg(m_ldapPort);
}

QString Slapd::ldapsUrl() const {
    return QStringLiteral("ldaps://127.0.0.1:%1").arg(m_ldapsPort);
}

QString Slapd::caFile() const {
    return m_dir.filePath(QStringLiteral("ca.pem"));
}
} // namespace TestSupport
