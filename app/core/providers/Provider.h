#pragma once

#include "FlowStep.h"
#include "Identity.h"
#include "Tenant.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class ExchangeLog;
class HttpClient;
class TokenCache;
struct HttpRequest;

// One provider-specific setting of a tenant (corpid, app_id, ...): how the dialog shows it and
// which command-line option sets it.
struct SettingField {
    QString key;
    QString cliOption;   // "corp-id" for --corp-id
    QString label;       // translated
    QString placeholder;
    QStringList choices; // a fixed list, first is the default; empty for free text
    bool required = true;
    QString defaultValue; // used when the tenant leaves the setting empty
};

// The answer to a JSON API call: transport and parse failures are already turned into `error`.
struct JsonReply {
    bool ok = false; // an HTTP answer with a JSON object body came back
    int status = 0;
    QJsonObject json;
    QString error;   // in words, prefixed with the call's purpose
};

// What a provider needs to talk to its platform during one run.
struct ProviderContext {
    HttpClient *http = nullptr;
    TokenCache *tokens = nullptr;
    ExchangeLog *log = nullptr;   // may be null
    QObject *guard = nullptr;     // callbacks are dropped once this is destroyed
    QString secret;               // the tenant's main secret, read from the keychain
    int retryDelayMs = 500;       // first back-off delay; doubles on each retry
    std::function<void(const FlowStep &)> step = [](const FlowStep &) {};

    // Sends the request and parses the body as a JSON object (whatever the HTTP status).
    void sendJson(const HttpRequest &request, std::function<void(const JsonReply &)> done) const;
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
    virtual QString defaultMode(const Tenant &) const { return modes().constFirst(); }
    virtual QMap<QString, QString> defaultEndpoints() const = 0;
    virtual QString secretName() const = 0;   // the keychain name of the tenant's secret
    virtual QList<SettingField> settingFields() const = 0;
    virtual QString stateParameter() const { return QStringLiteral("state"); }
    // Problems with the tenant's configuration, one message each; empty when it is valid.
    virtual QStringList validate(const Tenant &tenant) const = 0;
    virtual QUrl authorizationUrl(const Tenant &tenant, const QString &mode, const QString &state) const = 0;
    // A redirect back that must not be exchanged (the user denied, it names another tenant, ...).
    // Returns the message to show, or an empty string when the redirect can be exchanged.
    virtual QString refusalIn(const Tenant &tenant, const QUrlQuery &redirect) const = 0;
    // The provider's own error page (勤策's authorize_error.jsp): the message to show, or empty
    // when `url` is not that page. The browser hands such URLs to the flow like the redirect.
    virtual QString errorPageIn(const Tenant &tenant, const QUrl &url) const;
    virtual void exchange(const Tenant &tenant, const QUrlQuery &redirect, const ProviderContext &context,
                          std::function<void(const ExchangeOutcome &)> done) const = 0;
    // Modes where the platform's server calls back with the identity (企企's normal mode) instead
    // of the browser bringing a code: the run listens on the tenant's callback address.
    virtual bool usesCallback(const QString &) const { return false; }
    virtual QString callbackListenAddress(const Tenant &) const { return {}; }
    virtual ExchangeOutcome identityFromCallback(const Tenant &, const QUrlQuery &) const { return {}; }
    // Whether the platform promises the same id for the same user on every run (77hub's openid).
    virtual bool promisesStableIds() const { return false; }
    // Fetches a token with the tenant's secret: the "Check credentials" action.
    virtual void checkCredentials(const Tenant &tenant, const ProviderContext &context,
                                  std::function<void(bool ok, const QString &message)> done) const = 0;

    QString endpoint(const Tenant &tenant, const QString &key) const;
    // endpoint(key) with `path` appended and the query items percent-encoded.
    QUrl endpointUrl(const Tenant &tenant, const QString &key, const QString &path,
                     const QList<QPair<QString, QString>> &query = {}) const;
    // The setting, or the field's first choice when it is empty.
    QString settingOrDefault(const Tenant &tenant, const QString &key) const;
    // Missing required settings and values outside a field's choices, one message each.
    QStringList validateSettings(const Tenant &tenant) const;
    // Every endpoint, override or default, is checked against UrlRules.
    QStringList validateEndpoints(const Tenant &tenant) const;

    static const Provider *find(const QString &key);
    static QList<const Provider *> all();
};
