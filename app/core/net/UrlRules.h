#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The URL rules AuthDesk enforces everywhere: which URLs it will talk to, and when a navigation is
// the tenant's redirect.
class UrlRules {
    Q_DECLARE_TR_FUNCTIONS(UrlRules)

public:
    static bool isLoopbackHost(const QString &host);
    // https anywhere; plain http only to loopback hosts. Returns an empty string when allowed,
    // otherwise a message saying why not and what to do. `what` names the field for the message.
    static QString checkServiceUrl(const QUrl &url, const QString &what);
    // A redirect URI must be a service URL without fragment or user info.
    static QString checkRedirectUri(const QString &text);
    // True when candidate has the same scheme, host, port and path as the registered redirect URI.
    // Query and fragment are the provider's parameters and are not compared.
    static bool matchesRedirect(const QUrl &candidate, const QUrl &registered);
};
