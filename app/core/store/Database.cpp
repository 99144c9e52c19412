#include "store/Database.h"

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

Q_LOGGING_CATEGORY(lcDatabase, "authdesk.core.database")

Database::Database()
    : m_connection(QStringLiteral("authdesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces)) {
}

Database::~Database() {
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString Database::defaultPath() {
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
        qCInfo(lcDatabase) << "made" << path << "readable by this user only";
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

Status Database::open(const QString &path) {
    return open(StoreUrl::sqlite(path), {});
}

Status Database::open(const StoreUrl &url, const QString &password) {
    m_url = url;
    const Status opened = url.isPostgres() ? openPostgres(password) : openSqlite();
    if (!opened.ok())
        return Error{Error::Kind::Unavailable, opened.error().message};
    return opened;
}

Status Database::openSqlite() {
    const QString path = m_url.path;
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
    if (!db.open())
        return Error::failed(
            tr("Cannot open the database %1: %2. %3").arg(path, db.lastError().text(), whatToDo));
    if (!registerFunctions(db)) {
        db.close();
        return Error::failed(
            tr("Cannot use the database %1: this build's SQLite driver is not the system SQLite. %2")
                .arg(path, whatToDo));
    }
    // Reading the schema finds a file that is no database or whose header or schema is damaged,
    // at once; a full quick_check reads every page, which at a million rows costs seconds at every
    // start (damage deeper in is reported by the query that meets it).
    QSqlQuery check(db);
    if (!check.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")) || !check.next()) {
        const QString message = tr("The database %1 is damaged or is not an AuthDesk database (%2). %3")
                                    .arg(path, check.lastError().text(), whatToDo);
        db.close();
        return Error::failed(message);
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
        qCWarning(lcDatabase).noquote()
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
    if (const Status migrated = Migrations::migrate(connection(), isPostgres()); !migrated.ok()) {
        const QString message =
            tr("The database %1 could not be prepared: %2. %3").arg(path, migrated.errorText(), whatToDo);
        db.close();
        return Error::failed(message);
    }
    return Done{};
}

bool Database::isOpen() const {
    return QSqlDatabase::contains(m_connection) && connection().isOpen();
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connection, false);
}

qint64 Database::dataVersion() const {
    if (isPostgres())
        return m_notifications;
    QSqlQuery q(connection());
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

namespace {
// What the PostgreSQL server or libpq said, as what is wrong and what to do.
QString postgresProblem(const StoreUrl &url, const QString &said) {
    const QString where = url.where();
    const QString user = url.user.isEmpty() ? Database::tr("(your login name)") : url.user;
    if (said.contains(QLatin1String("no password supplied")))
        return Database::tr(
                   "PostgreSQL at %1 asks for the password of user %2, and neither your keychain nor "
                   "~/.pgpass (PGPASSFILE) holds it. Enter it once: \"authdesk store login\" "
                   "(Settings → Store… in the console).")
            .arg(where, user);
    if (said.contains(QLatin1String("password authentication failed")))
        return Database::tr(
                   "PostgreSQL at %1 refused the password of user %2. Enter it again: \"authdesk store "
                   "login\" (Settings → Store… in the console), or correct ~/.pgpass.")
            .arg(where, user);
    if (said.contains(QLatin1String("authentication failed")))
        return Database::tr("PostgreSQL at %1 refused user %2: %3. Check the server's pg_hba.conf for how "
                            "this user signs in (peer, a client certificate: sslcert and sslkey).")
            .arg(where, user, said.trimmed());
    if (said.contains(QLatin1String("does not exist")) && said.contains(QLatin1String("database")))
        return Database::tr(
                   "The database %1 does not exist on %2. Create it (createdb -O %3 %1, see the README's "
                   "\"Sharing with a team\") or correct the store URL.")
            .arg(url.database, where, user);
    if (said.contains(QLatin1String("SSL"), Qt::CaseInsensitive) ||
        said.contains(QLatin1String("certificate"), Qt::CaseInsensitive))
        return Database::tr(
                   "The TLS connection to %1 failed (%2). With sslmode=verify-full the server must offer "
                   "TLS and its certificate must name %3 and chain to the CA in sslrootcert (by default "
                   "~/.postgresql/root.crt); sslmode=disable is only for a server on this computer.")
            .arg(where, said.trimmed(), url.host);
    if (said.contains(QLatin1String("definition of service")))
        return Database::tr(
                   "The service \"%1\" is in no service file: add it to ~/.pg_service.conf (or the file "
                   "PGSERVICEFILE names), or name the server in the store URL.")
            .arg(url.service);
    if (url.isSocket() && said.contains(QLatin1String("No such file or directory")))
        return Database::tr(
                   "No PostgreSQL server listens on %1 (%2). Check that it runs on this computer, and "
                   "the socket directory (host=…) and port of the store URL.")
            .arg(where, said.trimmed());
    if (said.contains(QLatin1String("Connection refused")) ||
        said.contains(QLatin1String("could not connect")) ||
        said.contains(QLatin1String("translate host name")) || said.contains(QLatin1String("timeout")) ||
        said.contains(QLatin1String("No route")))
        return Database::tr("Cannot reach the PostgreSQL server at %1 (%2). Check that it runs and accepts "
                            "connections from this computer (listen_addresses, pg_hba.conf, a firewall).")
            .arg(where, said.trimmed());
    return Database::tr("PostgreSQL at %1 refused the connection: %2").arg(where, said.trimmed());
}
} // namespace

Status Database::openPostgres(const QString &password) {
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
                          ? QSqlDatabase::database(m_connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
    if (!db.isValid()) {
        return Error::failed(tr("This AuthDesk cannot talk to PostgreSQL: Qt's PostgreSQL driver is missing. "
                                "Install libqt6sql6-psql."));
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
        db.setPassword({}); // not kept for a connection that failed
        return Error::failed(postgresProblem(m_url, said));
    }
    // Other sessions' changes reach this console as notifications.
    db.driver()->subscribeToNotification(QStringLiteral("authdesk_changes"));
    QObject::connect(db.driver(), &QSqlDriver::notification, db.driver(),
                     [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                         if (source == QSqlDriver::OtherSource)
                             ++m_notifications;
                     });
    if (const Status migrated = Migrations::migrate(connection(), isPostgres()); !migrated.ok()) {
        db.close();
        return Error::failed(
            tr("The store %1 could not be prepared: %2").arg(m_url.toString(), migrated.errorText()));
    }
    return Done{};
}
