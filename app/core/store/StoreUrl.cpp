#include "store/StoreUrl.h"

#include "net/UrlRules.h"

#include <QUrl>
#include <QUrlQuery>

namespace {
// The query parameters a store URL may carry, in the order toString writes them.
const QStringList parameters = {QStringLiteral("host"),        QStringLiteral("port"),
                                QStringLiteral("service"),     QStringLiteral("sslmode"),
                                QStringLiteral("sslrootcert"), QStringLiteral("sslcert"),
                                QStringLiteral("sslkey")};

// A value in libpq's conninfo syntax: quoted, with ' and \ escaped.
QString conninfoValue(const QString &value) {
    QString quoted = value;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
} // namespace

QString StoreUrl::toString() const {
    if (!isPostgres())
        return QStringLiteral("sqlite:") + path;
    // Through QUrl, so that what parse() reads back is what was written: a user with '@' is
    // percent-encoded, an IPv6 host keeps its brackets. A socket directory is a parameter.
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    const bool hostInAuthority = !host.isEmpty() && !host.startsWith(QLatin1Char('/'));
    if (hostInAuthority) {
        url.setHost(host);
        if (port)
            url.setPort(port);
    }
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    const QString values[] = {hostInAuthority ? QString() : host,
                              hostInAuthority || !port ? QString() : QString::number(port),
                              service,
                              sslMode,
                              sslRootCert,
                              sslCert,
                              sslKey};
    for (int i = 0; i < parameters.size(); ++i)
        if (!values[i].isEmpty())
            query.addQueryItem(parameters.at(i),
                               QString::fromLatin1(QUrl::toPercentEncoding(values[i], "/")));
    url.setQuery(query);
    QString text = url.toString(QUrl::FullyEncoded);
    // QUrl drops an empty authority ("postgresql:/db"); libpq needs the two slashes.
    if (!text.startsWith(QLatin1String("postgresql://")))
        text.insert(int(qstrlen("postgresql:")), QLatin1String("//"));
    return text;
}

QString StoreUrl::where() const {
    if (!host.isEmpty() && !host.startsWith(QLatin1Char('/')))
        return QStringLiteral("%1:%2").arg(host).arg(port ? port : 5432);
    if (!service.isEmpty() && host.isEmpty())
        return tr("service %1").arg(service);
    return tr("socket %1").arg(host.isEmpty() ? tr("(libpq's default directory)") : host);
}

QString StoreUrl::warning() const {
    if (isPostgres() && sslMode == QLatin1String("require") && !isSocket() && !UrlRules::isLoopbackHost(host))
        return tr("sslmode=require encrypts the connection to %1 but checks no certificate: anyone on the "
                  "way can pose as the server and read the password and every mapping. Use "
                  "sslmode=verify-full with the server's CA.")
            .arg(where());
    return {};
}

QString StoreUrl::passwordKey() const {
    // A TCP store keeps the key it always had, so that a password stored before stays found.
    if (!isSocket() && service.isEmpty())
        return QStringLiteral("store/postgresql://%1@%2:%3/%4")
            .arg(user, host)
            .arg(port ? port : 5432)
            .arg(database);
    return QStringLiteral("store/") + toString();
}

QString StoreUrl::libpqOptions() const {
    // The server's NOTICEs ("relation … already exists, skipping") would reach the admin's terminal
    // through libpq: the session asks for warnings and errors only, from its first statement.
    QStringList options = {QStringLiteral("connect_timeout=10"), QStringLiteral("application_name=AuthDesk"),
                           QStringLiteral("options='-c client_min_messages=warning'")};
    const QPair<const char *, QString> named[] = {{"service", service},
                                                  {"sslmode", sslMode},
                                                  {"sslrootcert", sslRootCert},
                                                  {"sslcert", sslCert},
                                                  {"sslkey", sslKey}};
    for (const auto &[name, value] : named)
        if (!value.isEmpty())
            options << QLatin1String(name) + QLatin1Char('=') + conninfoValue(value);
    return options.join(QLatin1Char(';'));
}

StoreUrl StoreUrl::sqlite(const QString &path) {
    StoreUrl url;
    url.path = path;
    return url;
}

Result<StoreUrl> StoreUrl::parse(const QString &text) {
    if (text.startsWith(QLatin1String("sqlite:"))) {
        const QString path = text.mid(int(qstrlen("sqlite:")));
        if (path.isEmpty())
            return Error::failed(
                tr("The store \"%1\" names no file: write sqlite:/path/to/authdesk.sqlite.").arg(text));
        return sqlite(path);
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return Error::failed(tr("The store \"%1\" is neither sqlite:PATH nor "
                                "postgresql://USER@HOST[:PORT]/DB?sslmode=verify-full|require|disable.")
                                 .arg(text));
    if (!url.password().isEmpty())
        return Error::failed(
            tr("The store URL carries a password, which would end up in shell histories and "
               "settings. Leave it out and run \"authdesk store login\" (the password goes to "
               "your keychain), or put it in ~/.pgpass."));
    StoreUrl store;
    store.engine = Engine::Postgres;
    store.user = url.userName(QUrl::FullyDecoded);
    store.host = url.host();
    store.port = url.port(0);
    store.database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!parameters.contains(name))
            return Error::failed(
                tr("The store URL's parameter \"%1\" is not one AuthDesk passes on; it takes %2.")
                    .arg(name, parameters.join(QStringLiteral(", "))));
        if (value.contains(QLatin1Char(';')))
            return Error::failed(
                tr("The store URL's %1 contains \";\", which libpq's connection string cannot "
                   "carry: rename the file or directory.")
                    .arg(name));
        if (name == QLatin1String("port") && (value.toInt() <= 0 || value.toInt() > 65535))
            return Error::failed(tr("The store URL's port \"%1\" is not a port number.").arg(value));
    }
    auto parameter = [&](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    if (store.host.isEmpty())
        store.host = parameter("host");
    if (!store.port && !parameter("port").isEmpty())
        store.port = parameter("port").toInt();
    store.service = parameter("service");
    store.sslMode = parameter("sslmode");
    store.sslRootCert = parameter("sslrootcert");
    store.sslCert = parameter("sslcert");
    store.sslKey = parameter("sslkey");
    if (store.database.contains(QLatin1Char('/')))
        return Error::failed(tr("The store \"%1\" names the database \"%2\", which has a \"/\": "
                                "postgresql://USER@HOST[:PORT]/DB.")
                                 .arg(text, store.database));
    // A Unix socket is this computer: TLS has nothing to protect there. A service file's entry
    // says its own sslmode unless the URL overrides it. Otherwise the certificate is checked.
    if (store.sslMode.isEmpty() && store.service.isEmpty())
        store.sslMode = store.isSocket() ? QStringLiteral("disable") : QStringLiteral("verify-full");
    const QStringList modes = {QStringLiteral("verify-full"), QStringLiteral("require"),
                               QStringLiteral("disable")};
    if (!store.sslMode.isEmpty() && !modes.contains(store.sslMode))
        return Error::failed(
            tr("sslmode must be verify-full, require or disable (got \"%1\").").arg(store.sslMode));
    if (store.sslMode == QLatin1String("disable") && !store.isSocket() &&
        !UrlRules::isLoopbackHost(store.host))
        return Error::failed(
            tr("sslmode=disable sends the password and every mapping in the clear: it is allowed "
               "only on this computer (loopback or a Unix socket), not to %1. Use verify-full.")
                .arg(store.where()));
    return store;
}

Result<StoreUrl> StoreUrl::chosen(const QString &option, const StoreUrl &fallback) {
    if (!option.isEmpty())
        return parse(option);
    if (const QString environment = qEnvironmentVariable("AUTHDESK_STORE"); !environment.isEmpty())
        return parse(environment);
    return fallback;
}
