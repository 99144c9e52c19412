#include "StoreUrl.h"

#include "UrlRules.h"

#include <QUrl>
#include <QUrlQuery>

QString StoreUrl::toString() const {
    if (!isPostgres())
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4?sslmode=%5")
        .arg(user, host)
        .arg(port)
        .arg(database, sslMode);
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
    store.user = url.userName();
    store.host = url.host();
    store.port = url.port(5432);
    store.database = url.path().mid(1);
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
