#include "store/TenantStore.h"

#include "store/Migrations.h"

#include "net/Redactor.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>
#include <cerrno>
#include <csignal>
#include <limits>
#include <pwd.h>
#include <sqlite3.h>
#include <sys/vfs.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcTenantStore, "authdesk.core.tenantstore")

namespace {
QString mapToJson(const QMap<QString, QString> &map) {
    QJsonObject object;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> mapFromJson(const QString &text) {
    QMap<QString, QString> map;
    const QJsonObject object = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

Tenant tenantFromQuery(const QSqlQuery &q) {
    Tenant t;
    t.id = q.value(0).toString();
    t.name = q.value(1).toString();
    t.provider = q.value(2).toString();
    t.settings = mapFromJson(q.value(3).toString());
    t.redirectUri = q.value(4).toString();
    t.endpoints = mapFromJson(q.value(5).toString());
    t.demo = q.value(6).toBool();
    t.created = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    t.updated = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    return t;
}

const char *selectColumns =
    "SELECT id, name, provider, settings, redirect_uri, endpoints, demo, created, updated FROM tenants";
} // namespace

TenantStore::TenantStore()
    : m_connection(QStringLiteral("authdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
}

TenantStore::~TenantStore() {
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString TenantStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/authdesk.sqlite");
}

namespace {
// The data directory is the user's alone (0700) and so is the database (0600): tenants name
// enterprises and mappings hold people's names, mobiles and emails. Existing ones are tightened;
// a directory is only when it is AuthDesk's (see open).
void keepPrivate(const QString &path, QFileDevice::Permissions allowed) {
    const QFileDevice::Permissions now = QFile::permissions(path);
    if (!QFile::exists(path) || (now & ~allowed) == QFileDevice::Permissions())
        return;
    if (QFile::setPermissions(path, now & allowed))
        qCInfo(lcTenantStore) << "made" << path << "readable by this user only";
}
} // namespace

namespace {
// The kind of filesystem `directory` is on when it is a network one (NFS, SMB/CIFS, sshfs and
// other FUSE mounts, 9p, AFS), empty otherwise.
QString networkFilesystem(const QString &directory) {
    struct statfs info {};
    if (statfs(QFile::encodeName(directory).constData(), &info) != 0)
        return {};
    switch (static_cast<unsigned long>(info.f_type)) {
    case 0x6969UL:
        return QStringLiteral("NFS");
    case 0x517BUL:
    case 0xFF534D42UL:
    case 0xFE534D42UL:
        return QStringLiteral("SMB/CIFS");
    case 0x65735546UL:
        return QStringLiteral("FUSE");
    case 0x01021997UL:
        return QStringLiteral("9p");
    case 0x5346414FUL:
        return QStringLiteral("AFS");
    default:
        return {};
    }
}

// authdesk_chars(text): the text with a space between every character, so that FTS5's unicode61
// tokenizer makes each character a token (mappings_chars, the index of one- and two-character
// searches).
void charsFunction(sqlite3_context *context, int, sqlite3_value **arguments) {
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_value_text(arguments[0]));
    const QString text = QString::fromUtf8(utf8, sqlite3_value_bytes(arguments[0]));
    QString spaced;
    spaced.reserve(text.size() * 2);
    for (int i = 0; i < text.size(); ++i) {
        spaced += text.at(i);
        if (!text.at(i).isHighSurrogate())
            spaced += QLatin1Char(' ');
    }
    const QByteArray result = spaced.toUtf8();
    sqlite3_result_text(context, result.constData(), int(result.size()), SQLITE_TRANSIENT);
}

// The "pinyin" collation: Chinese names in the order of their pinyin (李 before 王 before 张
// before 赵), the rest as the Chinese locale orders it. The mappings' name index uses it.
int pinyinCollation(void *, int leftSize, const void *left, int rightSize, const void *right) {
    static const QCollator collator = [] {
        QCollator c(QLocale(QLocale::Chinese, QLocale::China));
        c.setNumericMode(true);
        return c;
    }();
    return collator.compare(QString::fromUtf8(static_cast<const char *>(left), leftSize),
                            QString::fromUtf8(static_cast<const char *>(right), rightSize));
}

// The SQL functions and collations the schema's triggers and indexes use, on this connection. The
// Qt driver must use the system SQLite this build links (Debian's does).
bool registerFunctions(const QSqlDatabase &db) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    sqlite3 *sqlite = *static_cast<sqlite3 *const *>(handle.data());
    return sqlite &&
           sqlite3_create_function_v2(sqlite, "authdesk_chars", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                      nullptr, charsFunction, nullptr, nullptr, nullptr) == SQLITE_OK &&
           sqlite3_create_collation_v2(sqlite, "pinyin", SQLITE_UTF8, nullptr, pinyinCollation, nullptr) ==
               SQLITE_OK;
}
} // namespace

bool TenantStore::open(const QString &path, QString *error) {
    return open(StoreUrl::sqlite(path), {}, error);
}

bool TenantStore::open(const StoreUrl &url, const QString &password, QString *error) {
    m_url = url;
    if (url.isPostgres())
        return openPostgres(password, error);
    const QString path = url.path;
    const QString dir = QFileInfo(path).absolutePath();
    const QFileDevice::Permissions owner =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;
    // Only a directory AuthDesk makes, or its own data directory, is made private: a store named
    // with --store may sit in a folder a team shares (setgid, group-writable), in $HOME or in /tmp,
    // whose modes are not AuthDesk's to change. The database and its journals always are.
    const bool ours =
        !QFileInfo::exists(dir) || QFileInfo(dir) == QFileInfo(QFileInfo(defaultPath()).absolutePath());
    QDir().mkpath(dir);
    if (ours)
        keepPrivate(dir, owner | QFileDevice::ExeOwner | QFileDevice::ExeUser);
    if (!QFile::exists(path)) { // created private, before SQLite would create it with the umask's mode
        QFile create(path);
        if (create.open(QIODevice::WriteOnly))
            create.setPermissions(owner);
    }
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        keepPrivate(path + QLatin1String(suffix), owner);
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    // Another process writing (a cron sync, a second console, a migration) is waited for, not failed.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
    const QString whatToDo = tr(
        "AuthDesk left the file untouched. Move it aside (or restore a backup) and start AuthDesk again to "
        "create a fresh one.");
    if (!db.open()) {
        *error = tr("Cannot open the database %1: %2. %3").arg(path, db.lastError().text(), whatToDo);
        return false;
    }
    if (!registerFunctions(db)) {
        *error = tr("Cannot use the database %1: this build's SQLite driver is not the system SQLite. %2")
                     .arg(path, whatToDo);
        db.close();
        return false;
    }
    // Reading the schema finds a file that is no database or whose header or schema is damaged,
    // at once; a full quick_check reads every page, which at a million rows costs seconds at every
    // start (damage deeper in is reported by the query that meets it).
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !check.next()) {
        *error = tr("The database %1 is damaged or is not an AuthDesk database (%2). %3")
                     .arg(path, check.lastError().text(), whatToDo);
        db.close();
        return false;
    }
    // What is deleted or overwritten is zeroed on disk, not left in a free page.
    check.exec(QStringLiteral("PRAGMA secure_delete = ON"));
    // A desktop database: write-ahead logging with synchronous=NORMAL commits without waiting for
    // the disk at every transaction (a power cut may lose the last transactions, never corrupt
    // the file), and readers never wait for a writer. WAL needs shared memory between the
    // processes that open the file, which a network filesystem does not give: there the rollback
    // journal stays, and a team belongs on the PostgreSQL store.
    if (const QString network = networkFilesystem(dir); network.isEmpty()) {
        check.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        check.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    } else {
        qCWarning(lcTenantStore).noquote()
            << tr("%1 is on a network filesystem (%2): AuthDesk keeps SQLite's rollback journal there, which "
                  "is "
                  "slower, and SQLite files on shared folders break when several computers write. For a "
                  "team, "
                  "use the PostgreSQL store (Settings > Store, or --store postgresql://…).")
                   .arg(path, network);
    }
    // Measured on the sync of 100,000 members (README, Performance): a 64 MiB page cache and
    // temporary tables in memory.
    check.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    check.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    check.finish(); // an unfinished read would lock the tables a migration rebuilds
    if (!Migrations::migrate(QSqlDatabase::database(m_connection, false), isPostgres(), error)) {
        *error = tr("The database %1 could not be prepared: %2. %3").arg(path, *error, whatToDo);
        db.close();
        return false;
    }
    return true;
}

bool TenantStore::isOpen() const {
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

// The text a mapping is found by: every column the filter searches (Mapping::Provider up to
// Mapping::Present), one per line so that no match spans two columns.
QList<Tenant> TenantStore::tenants() const {
    QList<Tenant> list;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QString::fromLatin1(selectColumns) + QStringLiteral(" ORDER BY provider, name"))) {
        qCWarning(lcTenantStore) << "listing tenants failed:" << q.lastError().text();
        return list;
    }
    while (q.next())
        list.append(tenantFromQuery(q));
    return list;
}

std::optional<Tenant> TenantStore::findById(const QString &id) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QString::fromLatin1(selectColumns) + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return tenantFromQuery(q);
    return std::nullopt;
}

qint64 TenantStore::dataVersion() const {
    if (isPostgres())
        return m_notifications;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

namespace {
// What the PostgreSQL server or libpq said, as what is wrong and what to do.
QString postgresProblem(const StoreUrl &url, const QString &said) {
    const QString where = url.where();
    const QString user = url.user.isEmpty() ? TenantStore::tr("(your login name)") : url.user;
    if (said.contains(QLatin1String("no password supplied")))
        return TenantStore::tr(
                   "PostgreSQL at %1 asks for the password of user %2, and neither your keychain nor "
                   "~/.pgpass (PGPASSFILE) holds it. Enter it once: \"authdesk store login\" "
                   "(Settings → Store… in the console).")
            .arg(where, user);
    if (said.contains(QLatin1String("password authentication failed")))
        return TenantStore::tr(
                   "PostgreSQL at %1 refused the password of user %2. Enter it again: \"authdesk store "
                   "login\" (Settings → Store… in the console), or correct ~/.pgpass.")
            .arg(where, user);
    if (said.contains(QLatin1String("authentication failed")))
        return TenantStore::tr("PostgreSQL at %1 refused user %2: %3. Check the server's pg_hba.conf for how "
                               "this user signs in (peer, a client certificate: sslcert and sslkey).")
            .arg(where, user, said.trimmed());
    if (said.contains(QLatin1String("does not exist")) && said.contains(QLatin1String("database")))
        return TenantStore::tr(
                   "The database %1 does not exist on %2. Create it (createdb -O %3 %1, see the README's "
                   "\"Sharing with a team\") or correct the store URL.")
            .arg(url.database, where, user);
    if (said.contains(QLatin1String("SSL"), Qt::CaseInsensitive) ||
        said.contains(QLatin1String("certificate"), Qt::CaseInsensitive))
        return TenantStore::tr(
                   "The TLS connection to %1 failed (%2). With sslmode=verify-full the server must offer "
                   "TLS and its certificate must name %3 and chain to the CA in sslrootcert (by default "
                   "~/.postgresql/root.crt); sslmode=disable is only for a server on this computer.")
            .arg(where, said.trimmed(), url.host);
    if (said.contains(QLatin1String("definition of service")))
        return TenantStore::tr(
                   "The service \"%1\" is in no service file: add it to ~/.pg_service.conf (or the file "
                   "PGSERVICEFILE names), or name the server in the store URL.")
            .arg(url.service);
    if (url.isSocket() && said.contains(QLatin1String("No such file or directory")))
        return TenantStore::tr(
                   "No PostgreSQL server listens on %1 (%2). Check that it runs on this computer, and "
                   "the socket directory (host=…) and port of the store URL.")
            .arg(where, said.trimmed());
    if (said.contains(QLatin1String("Connection refused")) ||
        said.contains(QLatin1String("could not connect")) ||
        said.contains(QLatin1String("translate host name")) || said.contains(QLatin1String("timeout")) ||
        said.contains(QLatin1String("No route")))
        return TenantStore::tr(
                   "Cannot reach the PostgreSQL server at %1 (%2). Check that it runs and accepts "
                   "connections from this computer (listen_addresses, pg_hba.conf, a firewall).")
            .arg(where, said.trimmed());
    return TenantStore::tr("PostgreSQL at %1 refused the connection: %2").arg(where, said.trimmed());
}
} // namespace

bool TenantStore::openPostgres(const QString &password, QString *error) {
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    if (!db.isValid()) {
        *error = tr("This AuthDesk cannot talk to PostgreSQL: Qt's PostgreSQL driver is missing. Install "
                    "libqt6sql6-psql.");
        return false;
    }
    // What the URL leaves out is libpq's to find: the default socket, the login name, a service
    // file's entry, and without a password here, ~/.pgpass (PGPASSFILE).
    db.setHostName(m_url.host);
    db.setPort(m_url.port ? m_url.port : -1);
    db.setDatabaseName(m_url.database);
    db.setUserName(m_url.user);
    db.setPassword(password);
    db.setConnectOptions(m_url.libpqOptions());
    m_passwordWanted = false;
    if (!db.open()) {
        const QString said = db.lastError().text();
        m_passwordWanted = said.contains(QLatin1String("no password supplied")) ||
                           said.contains(QLatin1String("password authentication failed"));
        *error = postgresProblem(m_url, said);
        db.setPassword({}); // not kept for a connection that failed
        return false;
    }
    // Other sessions' changes reach this console as notifications.
    db.driver()->subscribeToNotification(QStringLiteral("authdesk_changes"));
    QObject::connect(db.driver(), &QSqlDriver::notification, db.driver(),
                     [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                         if (source == QSqlDriver::OtherSource)
                             ++m_notifications;
                     });
    if (!Migrations::migrate(QSqlDatabase::database(m_connection, false), isPostgres(), error)) {
        *error = tr("The store %1 could not be prepared: %2").arg(m_url.toString(), *error);
        db.close();
        return false;
    }
    return true;
}

std::optional<Tenant> TenantStore::find(const QString &name) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QString::fromLatin1(selectColumns) + QStringLiteral(" WHERE name = ?"));
    q.addBindValue(name);
    if (q.exec() && q.next())
        return tenantFromQuery(q);
    return std::nullopt;
}

bool TenantStore::save(Tenant &tenant, QString *error) {
    const std::optional<Tenant> before = tenant.id.isEmpty() ? std::nullopt : findById(tenant.id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (tenant.id.isEmpty())
        tenant.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!tenant.created.isValid())
        tenant.created = now;
    tenant.updated = now;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO tenants (id, name, provider, settings, redirect_uri, endpoints, demo, created, updated) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
        "provider = excluded.provider, settings = excluded.settings, redirect_uri = excluded.redirect_uri, "
        "endpoints = excluded.endpoints, demo = excluded.demo, updated = excluded.updated"));
    q.addBindValue(tenant.id);
    q.addBindValue(tenant.name);
    q.addBindValue(tenant.provider);
    q.addBindValue(mapToJson(tenant.settings));
    q.addBindValue(tenant.redirectUri.isNull() ? QStringLiteral("")
                                               : tenant.redirectUri); // a null QString binds as NULL
    q.addBindValue(mapToJson(tenant.endpoints));
    q.addBindValue(tenant.demo ? 1 : 0);
    q.addBindValue(tenant.created.toString(Qt::ISODateWithMs));
    q.addBindValue(tenant.updated.toString(Qt::ISODateWithMs));
    bool saved = q.exec();
    QString detail = q.lastError().text();
    if (saved) { // the name shown with the tenant's mappings follows a rename
        QSqlQuery relabel(db);
        relabel.prepare(QStringLiteral("UPDATE mappings SET tenant = ? WHERE tenant_id = ? AND tenant != ?"));
        relabel.addBindValue(tenant.name);
        relabel.addBindValue(tenant.id);
        relabel.addBindValue(tenant.name);
        saved = relabel.exec();
        detail = relabel.lastError().text();
    }
    if (saved) {
        saved = !before ? m_audit.record(QStringLiteral("tenant.create"), tenant.name, tenant.provider)
                : before->name != tenant.name ? m_audit.record(QStringLiteral("tenant.rename"), tenant.name,
                                                               tr("was \"%1\"").arg(before->name))
                                              : m_audit.record(QStringLiteral("tenant.update"), tenant.name);
        saved = saved && db.commit();
        detail = db.lastError().text();
    }
    if (!saved) {
        db.rollback();
        *error = detail.contains(QLatin1String("UNIQUE")) || detail.contains(QLatin1String("duplicate key"))
                     ? tr("A tenant named \"%1\" already exists. Pick another name or edit that tenant.")
                           .arg(tenant.name)
                     : tr("Saving tenant \"%1\" failed: %2").arg(tenant.name, detail);
        return false;
    }
    return true;
}

bool TenantStore::rename(const QString &from, const QString &to, QString *error) {
    std::optional<Tenant> tenant = find(from);
    if (!tenant) {
        *error =
            tr("There is no tenant named \"%1\". Run \"authdesk tenant list\" to see the names.").arg(from);
        return false;
    }
    if (to.trimmed().isEmpty()) {
        *error = tr("The new name is empty. Give the tenant a name.");
        return false;
    }
    tenant->name = to.trimmed();
    return save(*tenant, error);
}

QString TenantStore::lastIdentity(const QString &tenantId) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT external_id FROM last_identities WHERE tenant_id = ?"));
    q.addBindValue(tenantId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void TenantStore::recordIdentity(const QString &tenantId, const QString &externalId) {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "INSERT INTO last_identities (tenant_id, external_id, seen) VALUES (?, ?, ?) "
        "ON CONFLICT(tenant_id) DO UPDATE SET external_id = excluded.external_id, seen = excluded.seen"));
    q.addBindValue(tenantId);
    q.addBindValue(externalId);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        qCWarning(lcTenantStore) << "recording the identity failed:" << q.lastError().text();
}

bool TenantStore::remove(const QString &name, MappingsOnRemove mappings, QString *error) {
    const std::optional<Tenant> tenant = find(name);
    if (!tenant) {
        *error =
            tr("There is no tenant named \"%1\". Run \"authdesk tenant list\" to see the names.").arg(name);
        return false;
    }
    QStringList statements = {QStringLiteral("DELETE FROM last_identities WHERE tenant_id = ?"),
                              QStringLiteral("DELETE FROM sync_progress WHERE tenant_id = ?"),
                              QStringLiteral("DELETE FROM sync_listed WHERE tenant_id = ?"),
                              QStringLiteral("DELETE FROM runs WHERE tenant_id = ?"),
                              QStringLiteral("DELETE FROM tenants WHERE id = ?")};
    if (mappings == MappingsOnRemove::Delete)
        statements << QStringLiteral("DELETE FROM mappings WHERE tenant_id = ?");
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery q(db);
    for (const QString &statement : std::as_const(statements)) {
        q.prepare(statement);
        q.addBindValue(tenant->id);
        if (!q.exec()) {
            *error = tr("Removing tenant \"%1\" failed: %2").arg(name, q.lastError().text());
            db.rollback();
            return false;
        }
    }
    if (!m_audit.record(QStringLiteral("tenant.remove"), name,
                        mappings == MappingsOnRemove::Delete ? tr("its mappings deleted")
                                                             : tr("its mappings kept")) ||
        !db.commit()) {
        *error = tr("Removing tenant \"%1\" failed: %2").arg(name, db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}
