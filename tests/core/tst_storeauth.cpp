// How a shared store signs in to PostgreSQL, against a real server that this test starts for
// itself: pg_hba.conf with trust, peer on the Unix socket, scram-sha-256 and client
// certificates over TLS, and a throw-away CA made by openssl here. Each case runs the real
// `authdesk` binary as an admin would, with an empty keychain unless the case says otherwise:
// libpq's own ways (trust, peer, ~/.pgpass, a service file, a client certificate) need no
// password from AuthDesk, and the keychain is asked only when the server asks for one.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

namespace {
struct Outcome {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString loginName() {
    const passwd *entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}
} // namespace

class TestStoreAuth : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_bin;    // PostgreSQL's programs
    QString m_socket; // the server's socket directory
    QString m_certs;  // the CA, the client's certificate and key, and a stranger CA
    int m_port = 0;
    bool m_started = false;
    const QString m_superPassword = QStringLiteral("super-%1").arg(QRandomGenerator::system()->generate());
    const QString m_scramPassword = QStringLiteral("scram-%1").arg(QRandomGenerator::system()->generate());

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // initdb and the server refuse to run as root: as nobody then.
    QStringList asServer(const QStringList &command) const {
        return geteuid() == 0 ? QStringList{QStringLiteral("runuser"), QStringLiteral("-u"),
                                            QStringLiteral("nobody"), QStringLiteral("--")} +
                                    command
                              : command;
    }

    static bool execute(const QStringList &command, QString *output = nullptr,
                        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(command.first(), command.mid(1));
        const bool finished = process.waitForFinished(120000);
        if (output)
            *output = QString::fromLocal8Bit(process.readAll());
        return finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

    bool openssl(const QStringList &arguments) {
        QString output;
        const bool ok = execute(QStringList{QStringLiteral("openssl")} + arguments, &output);
        if (!ok)
            qWarning().noquote() << "openssl" << arguments.join(QLatin1Char(' ')) << output;
        return ok;
    }

    // A CA, and a certificate it signs for `subject` (with `altNames` when a server's).
    bool makeCa(const QString &name) {
        return openssl(
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), m_certs + name + QStringLiteral(".key"),
             QStringLiteral("-out"), m_certs + name + QStringLiteral(".crt"), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=AuthDesk test ") + name});
    }
    bool makeCertificate(const QString &name, const QString &subject, const QString &altNames = {}) {
        const QString base = m_certs + name;
        QFile extensions(base + QStringLiteral(".ext"));
        if (!extensions.open(QIODevice::WriteOnly))
            return false;
        extensions.write(altNames.isEmpty() ? QByteArray("basicConstraints=CA:FALSE\n")
                                            : "subjectAltName=" + altNames.toUtf8() + '\n');
        extensions.close();
        return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                        QStringLiteral("-nodes"), QStringLiteral("-keyout"), base + QStringLiteral(".key"),
                        QStringLiteral("-out"), base + QStringLiteral(".csr"), QStringLiteral("-subj"),
                        QStringLiteral("/CN=") + subject}) &&
               openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                        base + QStringLiteral(".csr"), QStringLiteral("-CA"),
                        m_certs + QStringLiteral("ca.crt"), QStringLiteral("-CAkey"),
                        m_certs + QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                        QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                        base + QStringLiteral(".ext"), QStringLiteral("-out"),
                        base + QStringLiteral(".crt")}) &&
               QFile::setPermissions(base + QStringLiteral(".key"),
                                     QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    bool writeFile(const QString &name, const QByteArray &content,
                   QFileDevice::Permissions permissions = {}) {
        QFile file(name);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
            return false;
        file.close();
        return permissions == QFileDevice::Permissions() || QFile::setPermissions(name, permissions);
    }

    bool psql(const QString &sql) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), m_superPassword);
        QString output;
        const bool ok = execute({m_bin + QStringLiteral("/psql"), QStringLiteral("-X"), QStringLiteral("-v"),
                                 QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                                 QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                                 QStringLiteral("-U"), QStringLiteral("authdesk"), QStringLiteral("-d"),
                                 QStringLiteral("postgres"), QStringLiteral("-c"), sql},
                                &output, env);
        if (!ok)
            qWarning().noquote() << "psql:" << output;
        return ok;
    }

    // The admin's environment: their own data directory, and no libpq settings but the case's.
    QProcessEnvironment adminEnvironment(const QString &name) const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : env.keys())
            if (key.startsWith(QLatin1String("PG")) || key == QLatin1String("AUTHDESK_STORE"))
                env.remove(key);
        env.insert(QStringLiteral("XDG_DATA_HOME"), path(name + QStringLiteral("/data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(name + QStringLiteral("/config")));
        env.insert(QStringLiteral("HOME"), path(name)); // no ~/.pgpass or ~/.postgresql of the machine's
        QDir().mkpath(path(name));
        return env;
    }

    Outcome authdesk(const QProcessEnvironment &env, const QStringList &arguments,
                     const QByteArray &input = {}) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(AUTHDESK_BINARY), arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000))
            process.kill();
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QString tcpUrl(const QString &user, const QString &host, const QString &query) const {
        return QStringLiteral("postgresql://%1@%2:%3/%1?%4").arg(user, host).arg(m_port).arg(query);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY(QFile::setPermissions(m_dir.path(), QFileDevice::Permissions(0x7755)));
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql"))
                                         .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(!versions.isEmpty(), "PostgreSQL's server is not installed: run scripts/install-deps.sh");
        m_bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(versions.last());
        m_certs = path(QStringLiteral("certs/"));
        m_socket = path(QStringLiteral("socket"));
        QVERIFY(QDir().mkpath(m_certs) && QDir().mkpath(m_socket));
        QVERIFY(QFile::setPermissions(m_socket, QFileDevice::Permissions(0x7777)));

        // The throw-away CA, the server's certificate for localhost, the client's for certuser,
        // and a stranger CA that signed neither.
        QVERIFY(makeCa(QStringLiteral("ca")));
        QVERIFY(makeCa(QStringLiteral("stranger")));
        QVERIFY(makeCertificate(QStringLiteral("server"), QStringLiteral("localhost"),
                                QStringLiteral("DNS:localhost,IP:127.0.0.1")));
        QVERIFY(makeCertificate(QStringLiteral("client"), QStringLiteral("certuser")));

        const QString data = path(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(data));
        if (geteuid() == 0)
            QVERIFY(execute({QStringLiteral("chown"), QStringLiteral("nobody"), data}));
        QVERIFY(writeFile(path(QStringLiteral("pw")), m_superPassword.toUtf8(),
                          QFileDevice::Permissions(0x6644)));
        QString output;
        QVERIFY2(
            execute(asServer({m_bin + QStringLiteral("/initdb"), QStringLiteral("-D"), data,
                              QStringLiteral("-U"), QStringLiteral("authdesk"),
                              QStringLiteral("--pwfile=") + path(QStringLiteral("pw")), QStringLiteral("-A"),
                              QStringLiteral("scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                              QStringLiteral("--locale=C.UTF-8")}),
                    &output),
            qPrintable(output));
        // The server's key is the server's alone (it refuses a key others can read).
        for (const char *file : {"server.crt", "server.key", "ca.crt"}) {
            const QString copy = data + QLatin1Char('/') + QLatin1String(file);
            QVERIFY(QFile::copy(m_certs + QLatin1String(file), copy));
            QVERIFY(QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
            if (geteuid() == 0)
                QVERIFY(execute({QStringLiteral("chown"), QStringLiteral("nobody"), copy}));
        }
        const QString login = loginName();
        QVERIFY(!login.isEmpty());
        // The order matters: the first line that fits the connection decides.
        const QByteArray hba = "local all all peer\n"
                               "hostssl all certuser 127.0.0.1/32 cert\n"
                               "hostssl all certuser ::1/128 cert\n"
                               "host all trustee 127.0.0.1/32 trust\n"
                               "host all all 127.0.0.1/32 scram-sha-256\n"
                               "host all all ::1/128 scram-sha-256\n";
        QVERIFY(execute(
            asServer({QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("printf '%s' \"$1\" > \"$2\"/pg_hba.conf && printf '%s\\n' \"$3\" >> "
                                     "\"$2\"/postgresql.conf"),
                      QStringLiteral("sh"), QString::fromLatin1(hba), data,
                      QStringLiteral("ssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = "
                                     "'server.key'\nssl_ca_file = 'ca.crt'")})));
        for (int attempt = 0; attempt < 5 && !m_started; ++attempt) {
            m_port = 20000 + int(QRandomGenerator::global()->bounded(40000));
            m_started = execute(
                asServer(
                    {m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-l"),
                     data + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-t"),
                     QStringLiteral("60"), QStringLiteral("-o"),
                     QStringLiteral("-p %1 -k %2 -c listen_addresses=localhost").arg(m_port).arg(m_socket),
                     QStringLiteral("start")}),
                &output);
        }
        QVERIFY2(m_started, qPrintable(output));
        // One role per way of signing in, each owning a database of its name (libpq's default
        // database is the user's name); the login name of this process for peer.
        for (const QString &role :
             {QStringLiteral("trustee"), QStringLiteral("certuser"), QStringLiteral("scram"),
              QStringLiteral("pgpass"), QStringLiteral("serviced"), login}) {
            const bool scram = role == QLatin1String("scram") || role == QLatin1String("pgpass") ||
                               role == QLatin1String("serviced");
            const QString password =
                scram ? QStringLiteral(" PASSWORD '%1'").arg(m_scramPassword) : QString();
            QVERIFY(psql(QStringLiteral("CREATE ROLE \"%1\" LOGIN%2").arg(role, password)));
            QVERIFY(psql(QStringLiteral("CREATE DATABASE \"%1\" OWNER \"%1\"").arg(role)));
        }
    }

    void cleanupTestCase() {
        if (m_started)
            execute(asServer({m_bin + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
                              path(QStringLiteral("data")), QStringLiteral("-m"), QStringLiteral("immediate"),
                              QStringLiteral("-w"), QStringLiteral("stop")}));
    }

    // trust: no password anywhere, none asked; the database is libpq's default (the user's name).
    void trustNeedsNoPassword() {
        const QProcessEnvironment env = adminEnvironment(QStringLiteral("trust"));
        const QString url = QStringLiteral("postgresql://trustee@127.0.0.1:%1/?sslmode=disable").arg(m_port);
        const Outcome added =
            authdesk(env, {QStringLiteral("--store"), url, QStringLiteral("tenant"), QStringLiteral("list")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }

    // peer: the Unix socket, the login name as the user, no host and no password.
    void socketWithPeer() {
        const QProcessEnvironment env = adminEnvironment(QStringLiteral("peer"));
        const QString url = QStringLiteral("postgresql:///?host=%1&port=%2")
                                .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_socket, "/")))
                                .arg(m_port);
        const Outcome listed =
            authdesk(env, {QStringLiteral("--store"), url, QStringLiteral("tenant"), QStringLiteral("list")});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
    }

    // scram: without a password anywhere the server's question is explained (store login); after
    // `store login` the keychain's password is used.
    void scramWithTheKeychain() {
        const QProcessEnvironment env = adminEnvironment(QStringLiteral("scram"));
        const QString url =
            tcpUrl(QStringLiteral("scram"), QStringLiteral("127.0.0.1"), QStringLiteral("sslmode=disable"));
        const Outcome refused =
            authdesk(env, {QStringLiteral("--store"), url, QStringLiteral("tenant"), QStringLiteral("list")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("asks for the password") && refused.err.contains("store login"),
                 refused.err.constData());
        const Outcome wrong = authdesk(env,
                                       {QStringLiteral("--store"), url, QStringLiteral("store"),
                                        QStringLiteral("login"), QStringLiteral("--password-stdin")},
                                       "not-the-password\n");
        QVERIFY(wrong.exitCode != 0);
        QVERIFY2(wrong.err.contains("refused the password"), wrong.err.constData());
        const Outcome login = authdesk(env,
                                       {QStringLiteral("--store"), url, QStringLiteral("store"),
                                        QStringLiteral("login"), QStringLiteral("--password-stdin")},
                                       m_scramPassword.toUtf8() + '\n');
        QVERIFY2(login.exitCode == 0, login.err.constData());
        const Outcome listed =
            authdesk(env, {QStringLiteral("--store"), url, QStringLiteral("tenant"), QStringLiteral("list")});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
    }

    // scram with the password in a .pgpass file (PGPASSFILE): the keychain is never needed.
    void scramWithPgpass() {
        QProcessEnvironment env = adminEnvironment(QStringLiteral("pgpass"));
        const QString passfile = path(QStringLiteral("pgpass/pgpass.conf"));
        QVERIFY(writeFile(
            passfile,
            QStringLiteral("127.0.0.1:%1:pgpass:pgpass:%2\n").arg(m_port).arg(m_scramPassword).toUtf8(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QString url =
            tcpUrl(QStringLiteral("pgpass"), QStringLiteral("127.0.0.1"), QStringLiteral("sslmode=disable"));
        env.insert(QStringLiteral("PGPASSFILE"), passfile);
        const Outcome listed =
            authdesk(env, {QStringLiteral("--store"), url, QStringLiteral("tenant"), QStringLiteral("list")});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        // A wrong password there is named, with where to correct it.
        QVERIFY(
            writeFile(passfile, QStringLiteral("127.0.0.1:%1:pgpass:pgpass:wrong\n").arg(m_port).toUtf8()));
        const Outcome refused =
            authdesk(env, {QStringLiteral("--store"), url, QStringLiteral("tenant"), QStringLiteral("list")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("refused the password") && refused.err.contains(".pgpass"),
                 refused.err.constData());
    }

    // A store that cannot be found is named with what to check: a service no file defines, a
    // socket directory where no server listens.
    void unknownServiceAndSocketAreExplained() {
        const QProcessEnvironment env = adminEnvironment(QStringLiteral("missing"));
        const Outcome service =
            authdesk(env, {QStringLiteral("--store"), QStringLiteral("postgresql:///?service=nosuch"),
                           QStringLiteral("tenant"), QStringLiteral("list")});
        QCOMPARE(service.exitCode, 3);
        QVERIFY2(service.err.contains("\"nosuch\" is in no service file") &&
                     service.err.contains("pg_service.conf"),
                 service.err.constData());
        const Outcome socket =
            authdesk(env, {QStringLiteral("--store"),
                           QStringLiteral("postgresql:///x?host=") + path(QStringLiteral("nowhere")),
                           QStringLiteral("tenant"), QStringLiteral("list")});
        QCOMPARE(socket.exitCode, 3);
        QVERIFY2(socket.err.contains("No PostgreSQL server listens on socket") &&
                     socket.err.contains("host="),
                 socket.err.constData());
    }

    // A service file's entry names the server, the user and the database.
    void serviceFile() {
        QProcessEnvironment env = adminEnvironment(QStringLiteral("service"));
        const QString services = path(QStringLiteral("service/pg_service.conf"));
        QVERIFY(writeFile(services, QStringLiteral("[authdesk-team]\nhost=127.0.0.1\nport=%1\nuser=serviced\n"
                                                   "dbname=serviced\nsslmode=disable\n")
                                        .arg(m_port)
                                        .toUtf8()));
        env.insert(QStringLiteral("PGSERVICEFILE"), services);
        const QString passfile = path(QStringLiteral("service/pgpass"));
        QVERIFY(writeFile(passfile, QStringLiteral("*:*:*:serviced:%1\n").arg(m_scramPassword).toUtf8(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        env.insert(QStringLiteral("PGPASSFILE"), passfile);
        const Outcome listed =
            authdesk(env, {QStringLiteral("--store"), QStringLiteral("postgresql:///?service=authdesk-team"),
                           QStringLiteral("tenant"), QStringLiteral("list")});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
    }

    // TLS with verify-full against the throw-away CA, the user proven by a client certificate;
    // a CA that did not sign the server's certificate is refused with what to check.
    void clientCertificateOverVerifiedTls() {
        const QProcessEnvironment env = adminEnvironment(QStringLiteral("cert"));
        // libpq refuses a key file others can read, and the admin's files are theirs.
        const QString query =
            QStringLiteral("sslmode=verify-full&sslrootcert=%1&sslcert=%2&sslkey=%3")
                .arg(m_certs + QStringLiteral("ca.crt"), m_certs + QStringLiteral("client.crt"),
                     m_certs + QStringLiteral("client.key"));
        const Outcome listed =
            authdesk(env, {QStringLiteral("--store"),
                           tcpUrl(QStringLiteral("certuser"), QStringLiteral("localhost"), query),
                           QStringLiteral("tenant"), QStringLiteral("list")});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QString stranger = query;
        stranger.replace(QStringLiteral("ca.crt"), QStringLiteral("stranger.crt"));
        const Outcome refused =
            authdesk(env, {QStringLiteral("--store"),
                           tcpUrl(QStringLiteral("certuser"), QStringLiteral("localhost"), stranger),
                           QStringLiteral("tenant"), QStringLiteral("list")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("TLS connection") && refused.err.contains("sslrootcert"),
                 refused.err.constData());
        // Without the client certificate the server refuses certuser, and says which way it wants.
        QString noCertificate = query.left(query.indexOf(QLatin1String("&sslcert")));
        const Outcome anonymous =
            authdesk(env, {QStringLiteral("--store"),
                           tcpUrl(QStringLiteral("certuser"), QStringLiteral("localhost"), noCertificate),
                           QStringLiteral("tenant"), QStringLiteral("list")});
        QCOMPARE(anonymous.exitCode, 3);
        QVERIFY2(!anonymous.err.contains("store login"), anonymous.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestStoreAuth)
#include "tst_storeauth.moc"
