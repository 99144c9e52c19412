#include "ldap/LdapDirectory.h"
#include "ldap/LdapConnection.h"

#include "store/SecretStore.h"
#include "store/StoreSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QThread>
#include <QUrl>
#include <memory>

QJsonObject LdapEntry::toJson() const {
    return {{QStringLiteral("dn"), dn},
            {QStringLiteral("account"), account},
            {QStringLiteral("name"), name},
            {QStringLiteral("mail"), mail},
            {QStringLiteral("mobile"), mobile},
            {QStringLiteral("employee_number"), employeeNumber},
            {QStringLiteral("disabled"), disabled}};
}

namespace {
// Runs `work` in a thread of its own and hands its result to `done` on the owner's thread, unless
// the owner is gone by then.
template <typename T>
void inWorker(QObject *owner, std::function<T()> work, std::function<void(const T &)> done) {
    auto result = std::make_shared<std::optional<T>>();
    QThread *thread = QThread::create([work, result] { *result = work(); });
    QObject::connect(thread, &QThread::finished, owner, [result, done] { done(**result); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}
} // namespace

std::optional<LdapSettings> LdapAccess::load() const {
    const QString saved = settings ? settings->value(QStringLiteral("ldap")) : QString();
    if (saved.isEmpty())
        return std::nullopt;
    return LdapSettings::fromJson(QJsonDocument::fromJson(saved.toUtf8()).object());
}

Status LdapAccess::save(const LdapSettings &directory) const {
    return settings->setValue(
        QStringLiteral("ldap"),
        QString::fromUtf8(QJsonDocument(directory.toJson()).toJson(QJsonDocument::Compact)));
}

QString LdapAccess::passwordKey() const {
    return SecretStore::keyFor(QStringLiteral("ldap:") + storeUrl, QStringLiteral("bind_password"));
}

void LdapAccess::open(QObject *context, std::function<void(const Result<LdapDirectory *> &)> done) const {
    const std::optional<LdapSettings> directory = load();
    if (!directory)
        return done(
            Error{Error::Kind::NotFound, LdapDirectory::tr("This store has no directory yet."),
                  LdapDirectory::tr("Set it: authdesk directory ldap set --url … --bind-dn … --base … "
                                    "--password-stdin.")});
    secrets->read(passwordKey(), context, [context, directory, done](const SecretResult &password) {
        if (!password.ok())
            return done(
                password.error().is(Error::Kind::NotFound)
                    ? Error{Error::Kind::NotFound,
                            LdapDirectory::tr("The keychain holds no bind password for the directory."),
                            LdapDirectory::tr("Enter it again: authdesk directory ldap set … "
                                              "--password-stdin.")}
                    : password.error());
        done(new LdapDirectory(*directory, password.value(), context));
    });
}

LdapDirectory::LdapDirectory(const LdapSettings &settings, const QString &password, QObject *parent)
    : QObject(parent), m_settings(settings), m_password(password) {
}

void LdapDirectory::test(std::function<void(const Status &)> done) {
    const LdapSettings settings = m_settings;
    const QString password = m_password;
    inWorker<Status>(
        this,
        [settings, password]() -> Status {
            const Result<std::unique_ptr<LdapConnection>> connection = LdapConnection::create(settings);
            if (!connection.ok())
                return connection.error();
            if (const Status opened = connection.value()->open(password); !opened.ok())
                return opened;
            const Result<QList<LdapEntry>> base = connection.value()->search(
                settings.baseDn, LdapConnection::Scope::Base, QStringLiteral("(objectClass=*)"));
            if (!base.ok())
                return base.error();
            if (base.value().isEmpty())
                return Error::failed(tr("The directory has no entry %1.").arg(settings.baseDn),
                                     tr("Check the base DN."));
            const bool starttls = QUrl(settings.url).scheme() == QLatin1String("ldap");
            return Done{
                tr("Bound to %1 as %2 over %3; the base %4 is there.")
                    .arg(settings.url, settings.bindDn, starttls ? tr("StartTLS") : tr("TLS (ldaps)"),
                         settings.baseDn),
                {{QStringLiteral("url"), settings.url},
                 {QStringLiteral("tls"), starttls ? QStringLiteral("starttls") : QStringLiteral("ldaps")},
                 {QStringLiteral("bind_dn"), settings.bindDn},
                 {QStringLiteral("base_dn"), settings.baseDn}}};
        },
        done);
}

void LdapDirectory::lookup(const QList<Query> &queries,
                           std::function<void(const Result<QList<QList<LdapEntry>>> &)> done) {
    const LdapSettings settings = m_settings;
    const QString password = m_password;
    using Found = Result<QList<QList<LdapEntry>>>;
    inWorker<Found>(
        this,
        [settings, password, queries]() -> Found {
            const Result<std::unique_ptr<LdapConnection>> connection = LdapConnection::create(settings);
            if (!connection.ok())
                return connection.error();
            if (const Status opened = connection.value()->open(password); !opened.ok())
                return opened.error();
            QList<QList<LdapEntry>> found;
            for (const auto &[field, value] : queries) {
                const Result<QList<LdapEntry>> entries = connection.value()->search(
                    settings.baseDn, LdapConnection::Scope::Subtree, settings.filter(field, value));
                if (!entries.ok())
                    return entries.error();
                found << entries.value();
            }
            return found;
        },
        done);
}
