// The company directory's connections through the OpenLDAP client library, in a module of its own
// (libauthdesk_ldap.so beside the program, loaded by LdapConnection::create on first use): libldap
// brings gnutls, sasl and krb5, which no program should load at every start.
#include "ldap/LdapConnection.h"
#include "ldap/LdapDirectory.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QUrl>
#include <memory>
#include <vector>

#define LDAP_DEPRECATED 0
#include <ldap.h>

namespace {
class OpenLdapConnection : public LdapConnection {
    Q_DECLARE_TR_FUNCTIONS(LdapDirectory)

public:
    OpenLdapConnection(const LdapSettings &settings, const QStringList &attributes)
        : m_settings(settings), m_attributes(attributes) {}
    ~OpenLdapConnection() override {
        if (m_ld)
            ldap_unbind_ext_s(m_ld, nullptr, nullptr);
    }

    Status open(const QString &password) override {
        const QByteArray url = m_settings.url.toUtf8();
        if (int rc = ldap_initialize(&m_ld, url.constData()); rc != LDAP_SUCCESS)
            return Error::failed(tr("The directory URL %1 cannot be used: %2.")
                                     .arg(m_settings.url, QString::fromUtf8(ldap_err2string(rc))));
        const int version = LDAP_VERSION3;
        ldap_set_option(m_ld, LDAP_OPT_PROTOCOL_VERSION, &version);
        ldap_set_option(m_ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF); // reported, never followed
        timeval timeout{LdapDirectory::timeoutSeconds, 0};
        ldap_set_option(m_ld, LDAP_OPT_NETWORK_TIMEOUT, &timeout);
        ldap_set_option(m_ld, LDAP_OPT_TIMEOUT, &timeout);
        const int demand = LDAP_OPT_X_TLS_DEMAND;
        ldap_set_option(m_ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &demand);
        if (!m_settings.caBundle.isEmpty()) {
            const QByteArray file = m_settings.caBundle.toLocal8Bit();
            ldap_set_option(m_ld, LDAP_OPT_X_TLS_CACERTFILE, file.constData());
        }
        const int fresh = 0;
        ldap_set_option(m_ld, LDAP_OPT_X_TLS_NEWCTX, &fresh); // this connection's TLS settings
        if (QUrl(m_settings.url).scheme() == QLatin1String("ldap"))
            if (const int rc = ldap_start_tls_s(m_ld, nullptr, nullptr); rc != LDAP_SUCCESS)
                return problem(rc, tr("StartTLS"));
        const QByteArray dn = m_settings.bindDn.toUtf8(), secret = password.toUtf8();
        berval credentials{ber_len_t(secret.size()), const_cast<char *>(secret.constData())};
        if (const int rc = ldap_sasl_bind_s(m_ld, dn.isEmpty() ? nullptr : dn.constData(), LDAP_SASL_SIMPLE,
                                            &credentials, nullptr, nullptr, nullptr);
            rc != LDAP_SUCCESS)
            return problem(rc, tr("the bind as %1").arg(m_settings.bindDn));
        return Done{};
    }

    Result<QList<LdapEntry>> search(const QString &base, Scope scope, const QString &filter) override {
        const QByteArray baseBytes = base.toUtf8(), filterBytes = filter.toUtf8();
        QList<QByteArray> names;
        for (const QString &attribute : m_attributes)
            names << attribute.toUtf8();
        std::vector<char *> attributes;
        for (QByteArray &name : names)
            attributes.push_back(name.data());
        attributes.push_back(nullptr);
        timeval timeout{LdapDirectory::timeoutSeconds, 0};
        LDAPMessage *answer = nullptr;
        const int rc = ldap_search_ext_s(m_ld, baseBytes.constData(),
                                         scope == Scope::Base ? LDAP_SCOPE_BASE : LDAP_SCOPE_SUBTREE,
                                         filterBytes.constData(), attributes.data(), 0, nullptr, nullptr,
                                         &timeout, LdapDirectory::sizeLimit, &answer);
        const std::unique_ptr<LDAPMessage, int (*)(LDAPMessage *)> owned(answer, ldap_msgfree);
        if (rc == LDAP_REFERRAL || rc == LDAP_SIZELIMIT_EXCEEDED || rc != LDAP_SUCCESS) {
            if (rc == LDAP_REFERRAL) {
                char **referrals = nullptr;
                ldap_parse_result(m_ld, answer, nullptr, nullptr, nullptr, &referrals, nullptr, 0);
                const QString to = referrals && referrals[0] ? QString::fromUtf8(referrals[0]) : QString();
                ber_memvfree(reinterpret_cast<void **>(referrals));
                return Error::failed(tr("The directory refers the search under %1 to %2; AuthDesk does not "
                                        "follow referrals.")
                                         .arg(base, to),
                                     tr("Point the directory URL at the server that holds %1, or choose a "
                                        "base DN this server holds.")
                                         .arg(base));
            }
            if (rc == LDAP_SIZELIMIT_EXCEEDED)
                return Error::failed(
                    tr("The search %1 found more than %2 entries.").arg(filter).arg(LdapDirectory::sizeLimit),
                    tr("Narrow the match field's filter or the base DN so that it finds one person."));
            return problem(rc, tr("the search %1").arg(filter)).error();
        }
        QList<LdapEntry> entries;
        for (LDAPMessage *entry = ldap_first_entry(m_ld, answer); entry; entry = ldap_next_entry(m_ld, entry))
            entries << read(entry);
        return entries;
    }

private:
    LdapEntry read(LDAPMessage *message) const {
        LdapEntry entry;
        if (char *dn = ldap_get_dn(m_ld, message)) {
            entry.dn = QString::fromUtf8(dn);
            ldap_memfree(dn);
        }
        for (const QString &attribute : m_attributes) {
            berval **values = ldap_get_values_len(m_ld, message, attribute.toUtf8().constData());
            QStringList texts;
            for (int i = 0; values && values[i]; ++i)
                texts << QString::fromUtf8(values[i]->bv_val, int(values[i]->bv_len));
            ldap_value_free_len(values);
            if (!texts.isEmpty())
                entry.attributes.insert(attribute, texts);
        }
        const QStringList names = m_attributes;
        entry.account = entry.attributes.value(names.at(0)).value(0);
        entry.name = entry.attributes.value(names.at(1)).value(0);
        entry.mail = entry.attributes.value(names.at(2)).value(0);
        entry.mobile = entry.attributes.value(names.at(3)).value(0);
        entry.employeeNumber = entry.attributes.value(names.at(4)).value(0);
        const QString lock = entry.attributes.value(names.at(5)).value(0);
        entry.disabled = m_settings.flavor == QLatin1String("ad")
                             ? (lock.toLongLong() & 0x2) != 0 // ACCOUNTDISABLE
                             : !lock.isEmpty();
        return entry;
    }

    // `what` failed with `rc`: the cause in words, with what to do.
    Status problem(int rc, const QString &what) const {
        char *diagnostic = nullptr;
        ldap_get_option(m_ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &diagnostic);
        const QString said =
            QString::fromUtf8(ldap_err2string(rc)) +
            (diagnostic && *diagnostic ? QStringLiteral(" (%1)").arg(QString::fromUtf8(diagnostic))
                                       : QString());
        ldap_memfree(diagnostic);
        const QString host = QUrl(m_settings.url).host();
        if (said.contains(QLatin1String("certificate"), Qt::CaseInsensitive))
            return Error{
                Error::Kind::Failed, tr("The directory's TLS certificate is not trusted: %1.").arg(said),
                tr("Give the directory the CA bundle that issued %1's certificate (--ca-bundle FILE); "
                   "AuthDesk never skips the check.")
                    .arg(host)};
        // libldap says no more than "Can't contact LDAP server" when an ldaps:// handshake fails: a
        // server that accepts the connection was reached, so it was the TLS that failed.
        if ((rc == LDAP_SERVER_DOWN || rc == LDAP_CONNECT_ERROR) && reachable())
            return Error{
                Error::Kind::Failed,
                tr("The TLS handshake with %1 failed (%2): its certificate is not trusted, or it does "
                   "not speak TLS on that port.")
                    .arg(m_settings.url, said),
                tr("Give the directory the CA bundle that issued %1's certificate (--ca-bundle FILE); "
                   "AuthDesk never skips the check.")
                    .arg(host)};
        if (rc == LDAP_SERVER_DOWN || rc == LDAP_CONNECT_ERROR || rc == LDAP_TIMEOUT)
            return Error{Error::Kind::Unavailable,
                         tr("The directory at %1 cannot be reached: %2.").arg(m_settings.url, said),
                         tr("Check that the server runs and that this computer may reach %1 (DNS, firewall).")
                             .arg(host)};
        if (rc == LDAP_INVALID_CREDENTIALS)
            return Error::failed(tr("The directory refused %1: %2.").arg(what, said),
                                 tr("Check the bind DN and enter its password again "
                                    "(authdesk directory ldap set … --password-stdin)."));
        return Error::failed(tr("The directory refused %1: %2.").arg(what, said));
    }

    // The server's port accepts a TCP connection (this runs in the worker thread: it may wait).
    bool reachable() const {
        const QUrl url(m_settings.url);
        QTcpSocket socket;
        socket.connectToHost(url.host(),
                             quint16(url.port(url.scheme() == QLatin1String("ldaps") ? 636 : 389)));
        return socket.waitForConnected(LdapDirectory::timeoutSeconds * 1000);
    }

    LdapSettings m_settings;
    QStringList m_attributes;
    LDAP *m_ld = nullptr;
};
} // namespace

extern "C" Q_DECL_EXPORT LdapConnection *authdesk_create_ldap_connection(const LdapSettings &settings,
                                                                         const QStringList &attributes) {
    return new OpenLdapConnection(settings, attributes);
}
