#include "StoreUrl.h"

#include "UrlRules.h"

#include <QUrl>
#include <QUrlQuery>

QString StoreUrl::toString() const {
    if (!isPostgres())
        return QStringLiteral("sqlite:") + path;
    // Through QUrl, so that what parse() reads back is what was written: a user with '@' is
    // percent-encoded, an IPv6 host keeps its brackets.
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    url.setQuery(QStringLiteral("sslmode=") + sslMode);
    return url.toString(QUrl::FullyEncoded);
}

QString StoreUrl::warning() const {
    if (isPostgres() && sslMode == QLatin1String("require") && !UrlRules::isLoopbackHost(host))
        return tr("sslmode=require encrypts the connection to %1 but checks no certificate: anyone on the "
                  "way can pose as the server and read the password and every mapping. Use "
                  "sslmode=verify-full with the server's CA.")
            .arg(host);
    return {};
}

QString StoreUrl::passwordKey() const {
    return QStringLiteral("store/postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
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
               "settings. Leave it out and run \"authdesk store login\": the password goes to "
               "your keychain."));
    StoreUrl store;
    store.engine = Engine::Postgres;
    store.user = url.userName(QUrl::FullyDecoded);
    store.host = url.host();
    store.port = url.port(5432);
    store.database = url.path(QUrl::FullyDecoded).mid(1);
    store.sslMode = QUrlQuery(url).queryItemValue(QStringLiteral("sslmode"));
    if (store.sslMode.isEmpty())
        store.sslMode = QStringLiteral("verify-full");
    if (store.user.isEmpty() || store.host.isEmpty() || store.database.isEmpty() ||
        store.database.contains(QLatin1Char('/')))
        return Error::failed(
            tr("The store \"%1\" needs a user, a host and a database: postgresql://USER@HOST[:PORT]/DB.")
                .arg(text));
    const QStringList modes = {QStringLiteral("verify-full"), QStringLiteral("require"),
                               QStringLiteral("disable")};
    if (!modes.contains(store.sslMode))
        return Error::failed(
            tr("sslmode must be verify-full, require or disable (got \"%1\").").arg(store.sslMode));
    if (store.sslMode == QLatin1String("disable") && !UrlRules::isLoopbackHost(store.host))
        return Error::failed(
            tr("sslmode=disable sends the password and every mapping in the clear: it is allowed "
               "only on this computer (loopback), not to %1. Use verify-full.")
                .arg(store.host));
    return store;
}

Result<StoreUrl> StoreUrl::chosen(const QString &option, const StoreUrl &fallback) {
    if (!option.isEmpty())
        return parse(option);
    if (const QString environment = qEnvironmentVariable("AUTHDESK_STORE"); !environment.isEmpty())
        return parse(environment);
    return fallback;
}
