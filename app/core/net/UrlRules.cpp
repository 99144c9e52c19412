#include "net/UrlRules.h"

#include <QHostAddress>

bool UrlRules::isLoopbackHost(const QString &host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

QString UrlRules::checkServiceUrl(const QUrl &url, const QString &what) {
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return tr("%1 must be an absolute URL such as https://example.com/path (got \"%2\").")
            .arg(what, url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return tr("%1 must not contain a user name or password.").arg(what);
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        return tr("%1 uses plain http to %2. AuthDesk only allows http for loopback addresses "
                  "(127.0.0.1, ::1, localhost); use https.")
            .arg(what, url.host());
    }
    return tr("%1 must use https (got scheme \"%2\").").arg(what, url.scheme());
}

QString UrlRules::checkRedirectUri(const QString &text) {
    const QUrl url(text, QUrl::StrictMode);
    const QString what = tr("The redirect URI");
    if (text.trimmed().isEmpty())
        return tr("The redirect URI is required: copy it exactly as registered on the platform.");
    if (const QString problem = checkServiceUrl(url, what); !problem.isEmpty())
        return problem;
    if (url.hasFragment())
        return tr("The redirect URI must not contain a fragment (#...).");
    return {};
}

bool UrlRules::matchesRedirect(const QUrl &candidate, const QUrl &registered) {
    if (!candidate.isValid() || !registered.isValid() || !candidate.userInfo().isEmpty())
        return false;
    const QString scheme = candidate.scheme().toLower();
    if (scheme != registered.scheme().toLower())
        return false;
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    if (candidate.port(defaultPort) != registered.port(defaultPort))
        return false;
    if (candidate.host().compare(registered.host(), Qt::CaseInsensitive) != 0)
        return false;
    auto normalisedPath = [](const QUrl &url) {
        const QString path = url.path(QUrl::FullyEncoded);
        return path.isEmpty() ? QStringLiteral("/") : path;
    };
    return normalisedPath(candidate) == normalisedPath(registered);
}
