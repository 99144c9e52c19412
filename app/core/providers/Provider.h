#pragma once

#include "FlowStep.h"
#include "Identity.h"
#include "Tenant.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class ExchangeLog;
class HttpClient;
class TokenCache;

// What a provider needs to talk to its platform during one run.
struct ProviderContext {
    HttpClient *http = nullptr;
    TokenCache *tokens = nullptr;
    ExchangeLog *log = nullptr;   // may be null
    QObject *guard = nullptr;     // callbacks are dropped once this is destroyed
    QString secret;               // the tenant's main secret, read from the keychain
    int retryDelayMs = 500;       // first back-off delay; doubles on each retry
    std::function<void(const FlowStep &)> step = [](const FlowStep &) {};
};

struct ExchangeOutcome {
    bool ok = false;
    Identity identity;
    QString error; // in words: what went wrong and what to do
};

// One platform. Builds the authorization URL, knows what a redirect back means, and turns a code
// into an Identity. Knows nothing of widgets or browsers.
class Provider {
public:
    virtual ~Provider() = default;

    virtual QString key() const = 0;          // "wecom"
    virtual QString displayName() const = 0;  // translated
    virtual QStringList modes() const = 0;    // first is the default
    virtual QMap<QString, QString> defaultEndpoints() const = 0;
    virtual QString secretName() const = 0;   // the keychain name of the tenant's secret
    virtual QString stateParameter() const { return QStringLiteral("state"); }
    // Problems with the tenant's configuration, one message each; empty when it is valid.
    virtual QStringList validate(const Tenant &tenant) const = 0;
    virtual QUrl authorizationUrl(const Tenant &tenant, const QString &mode, const QString &state) const = 0;
    // A redirect back that carries no result the provider can exchange (e.g. the user denied).
    // Returns the message to show, or an empty string when the redirect can be exchanged.
    virtual QString refusalIn(const QUrlQuery &redirect) const = 0;
    virtual void exchange(const Tenant &tenant, const QUrlQuery &redirect, const ProviderContext &context,
                          std::function<void(const ExchangeOutcome &)> done) const = 0;
    // Fetches a token with the tenant's secret: the "Check credentials" action.
    virtual void checkCredentials(const Tenant &tenant, const ProviderContext &context,
                                  std::function<void(bool ok, const QString &message)> done) const = 0;

    QString endpoint(const Tenant &tenant, const QString &key) const;
    // Every endpoint, override or default, is checked against UrlRules.
    QStringList validateEndpoints(const Tenant &tenant) const;

    static const Provider *find(const QString &key);
    static QList<const Provider *> all();
};
