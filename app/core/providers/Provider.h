#pragma once

#include "FlowStep.h"
#include "HealthCheck.h"
#include "Identity.h"
#include "Result.h"
#include "Tenant.h"
#include "net/ExchangeLog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <functional>
#include <memory>
#include <optional>

class CallbackDelivery;
class DirectorySource;
class ExchangeJob;
class HttpClient;
class Pacer;
struct HttpResponse;
class TokenCache;
struct HttpRequest;
struct SigningProfile;

// One provider-specific setting of a tenant (corpid, app_id, ...): how the dialog shows it and
// which command-line option sets it.
struct SettingField {
    QString key;
    QString
        cliOption; // "corp-id" for --corp-id; empty for a claim mapping "claim_FIELD" (--claim FIELD=CLAIM)
    QString label; // translated
    QString placeholder;
    QStringList choices; // a fixed list, first is the default; empty for free text
    bool required = true;
    QString defaultValue; // used when the tenant leaves the setting empty
};

// A secret a tenant keeps in the keychain besides its main one (Provider::secretName), under its
// own name: WeCom's contacts-sync secret, a service-provider app's callback token. Declared by the
// provider, so that the dialog, `tenant add`, the runs and the removal of a tenant all know it.
struct SecretField {
    QString name;      // its keychain name: "contacts_secret"
    QString cliOption; // "contacts-secret-stdin": `tenant add` reads it from a line of standard input
    QString label;     // translated
    bool required = true;
    // Whether the admin enters it (dialog, `tenant add`); false for one the platform hands AuthDesk
    // (a pushed suite_ticket), which a run reads like the others.
    bool entered = true;
};

// A JSON API answer: the HTTP status and the body, which parsed as a JSON object.
struct JsonAnswer {
    int status = 0;
    QJsonObject json;
    HeaderList headers; // what the platform says besides the body (Feishu's rate-limit reset)

    QByteArray header(const QByteArray &name) const {
        for (const auto &header : headers)
            if (header.first.compare(name, Qt::CaseInsensitive) == 0)
                return header.second;
        return {};
    }
};
// Transport and parse failures are errors (with httpStatus set when the server answered).
using JsonReply = Result<JsonAnswer>;

// What a run needs to recognise where the platform sends the browser, and its own secrets. Made
// fresh for each run by Provider::begin; the secrets are random and used once.
struct AuthorizationRequest {
    QString mode;
    QUrl url;         // the authorization page the browser opens
    QUrl redirectUri; // the tenant's redirect URI: a URL equal in scheme, host, port and path is the redirect
    QUrl errorPage;   // the platform's own error page, recognised the same way; empty when none
    QString stateParameter = QStringLiteral("state"); // 企企 calls it requestId
    QString state;                                    // random, single use
    QString nonce;                                    // OpenID Connect; empty where the platform has none
    QString codeVerifier;                             // PKCE; empty where the platform has none
    QString dpopKey; // the run's DPoP key as PEM (RFC 9449); empty where the run proves no key

    bool isRedirect(const QUrl &candidate) const;
    bool isErrorPage(const QUrl &candidate) const;
    QString stateIn(const QUrlQuery &query) const {
        return query.queryItemValue(stateParameter, QUrl::FullyDecoded);
    }
};

// What a device authorization endpoint answers (RFC 8628 §3.2) but the device code, which is
// the run's secret: what the user is shown, and how often the run may ask.
struct DeviceAuthorization {
    QString userCode;
    QUrl verificationUri;
    QUrl verificationUriComplete; // the same with the code in it (for a QR code); may be empty
    int intervalSeconds = 5;
    int expiresInSeconds = 0;
};
Q_DECLARE_METATYPE(DeviceAuthorization)

// The tokens a run keeps (ProviderContext::keepTokens), as they go to the keychain: the
// credentials (tokens, keys) apart from what is not secret (when they expire, whose they are), so
// that whoever reads them back masks exactly the credentials, as declared where they arrived.
struct KeptTokens {
    QJsonObject credentials;
    QJsonObject about;

    QString credential(const char *name) const { return credentials.value(QLatin1String(name)).toString(); }
    QString aboutText(const char *name) const { return about.value(QLatin1String(name)).toString(); }
    bool isEmpty() const { return credentials.isEmpty(); }
    QJsonObject toJson() const {
        return {{QStringLiteral("credentials"), credentials}, {QStringLiteral("about"), about}};
    }
    static KeptTokens fromJson(const QJsonObject &json) {
        return {json.value(QLatin1String("credentials")).toObject(),
                json.value(QLatin1String("about")).toObject()};
    }
};

// What an admin may do with the tokens a run kept (Provider::operateOnTokens).
enum class TokenOperation { Refresh, Introspect, Revoke };

// Which token a cached access token is: the tenant and what it was issued for (endpoint and
// client id), so that editing those makes the cache fetch a new one.
struct TokenKey {
    QString tenantId;
    QString issuedFor;
    // Which of the tenant's tokens: empty for the one its main secret fetches, or a name of its
    // own (WeCom's contacts-sync secret has its token too). Each has its own keychain entry.
    QString slot;
    QString id() const { return tenantId + QLatin1Char('\n') + slot + QLatin1Char('\n') + issuedFor; }
};

// What a provider needs to talk to its platform on behalf of one owner (a run's exchange job, a
// directory sync, a credential check).
struct ProviderContext {
    HttpClient *http = nullptr;
    TokenCache *tokens = nullptr;
    Pacer *pacer = nullptr;    // keeps bulk calls under the platform's per-minute budget; may be null
    QPointer<ExchangeLog> log; // may be null, or gone with the run it belongs to
    // Callbacks, timers and requests end with this object. A QPointer, so that every copy of the
    // context (captured in a callback that outlives its owner) sees that it is gone.
    QPointer<QObject> guard;
    QString secret; // the tenant's main secret, read from the keychain
    // The tenant's other secrets (Provider::extraSecrets) by keychain name: those the keychain holds.
    QMap<QString, QString> otherSecrets;
    // The tenant's CA bundle (Tenant::caBundle), read once when the context is made and trusted
    // for every call; or why it cannot be read, which every call then answers.
    Result<QList<QSslCertificate>> trustedCas = QList<QSslCertificate>();
    int retryDelayMs = 500; // first back-off delay; doubles on each retry
    // How long one second of a wait the platform asks for lasts (a device grant's polling
    // interval); the tests shorten it.
    int platformSecondMs = 1000;
    // Keeps a secret the platform handed the run (a corp's permanent code, PROVIDERS §8) in the
    // keychain under the tenant as `name`; `kept` says when it is written. Unset: nothing is kept.
    std::function<void(const QString &name, const QString &value,
                       std::function<void(const Status &kept)> kept)>
        keepSecret;
    // Set when the run keeps the tokens it is issued (--keep-tokens): the verified token answer
    // goes here, to the keychain, and nowhere else; the run ends once `kept` says it is written.
    // Unset: the tokens die with the run.
    std::function<void(const KeptTokens &tokens, std::function<void(const Status &kept)> kept)> keepTokens;
    std::function<void(const FlowStep &)> step = [](const FlowStep &) {};

    // Sends the request with the tenant's trust; the response as it came (an answer without a
    // body: a revocation's).
    void send(const HttpRequest &request, std::function<void(const HttpResponse &)> done) const;
    // Sends the request and parses the body as a JSON object (whatever the HTTP status).
    void sendJson(const HttpRequest &request, std::function<void(const JsonReply &)> done) const;
    // What sendJson makes of a response: the byte-level entry of every provider's parse.
    static JsonReply jsonReply(const QString &purpose, const HttpResponse &response);
    void note(FlowStep::Status status, const QString &title, const QString &detail = {}) const {
        step(FlowStep::make(status, title, detail));
    }
    // The same context for work that `owner` carries on after this context's guard is gone (a
    // token fetch the cache owns): its callbacks live as long as `owner`, and its steps still
    // reach this context's timeline while this context's guard exists.
    ProviderContext ownedBy(QObject *owner) const;
};

// One platform. Builds the authorization request, knows what a redirect back means, and turns a
// code into an Identity. Knows nothing of widgets or browsers. Optional capabilities (a directory,
// request signing, a callback from the platform's server) are declared here, never discovered
// with a cast or a key comparison elsewhere.
class Provider {
public:
    virtual ~Provider() = default;

    virtual QString key() const = 0;         // "wecom"
    virtual QString displayName() const = 0; // translated
    virtual QStringList modes() const = 0;   // first is the default
    virtual QString defaultMode(const Tenant &) const { return modes().constFirst(); }
    virtual QMap<QString, QString> defaultEndpoints() const = 0;
    virtual QString secretName() const = 0; // the keychain name of the tenant's secret
    virtual QList<SettingField> settingFields() const = 0;
    // The secrets the tenant keeps besides the main one; none by default.
    virtual QList<SecretField> extraSecrets() const { return {}; }
    // The query parameter that carries the run's state through the platform and back.
    virtual QString stateParameter() const { return QStringLiteral("state"); }
    // Problems with the tenant's configuration, one message each; empty when it is valid.
    virtual QStringList validate(const Tenant &tenant) const = 0;

    // What a run learns from the platform before it can build its authorization URL (OpenID
    // Connect discovery): `done` gets the tenant the run works with, or why there is none. The
    // default has nothing to learn and answers at once.
    virtual void resolve(const Tenant &tenant, const ProviderContext &context,
                         std::function<void(const Result<Tenant> &)> done) const;
    // Whether a run needs the tenant's secret (a public OpenID Connect client has none).
    virtual bool usesSecret(const Tenant &) const { return true; }
    // Whether AuthDesk makes the tenant's secret itself instead of asking for it (a private_key_jwt
    // client's key pair, made with OpenSSL), and a new one; empty where the admin brings it.
    virtual bool makesSecret(const Tenant &) const { return false; }
    virtual QString makeSecret(const Tenant &) const { return {}; }
    // What the admin registers at the platform for a secret AuthDesk made (the public JWKS of
    // its key pair); an error where there is nothing to register.
    virtual Result<QJsonObject> publicKeys(const Tenant &tenant, const QString &secret) const;
    // A fresh authorization request for one run of `mode`: a new state (and whatever else the
    // platform needs per run), the URL built from it, and how to recognise the way back.
    virtual AuthorizationRequest begin(const Tenant &tenant, const QString &mode) const;
    virtual QUrl authorizationUrl(const Tenant &tenant, const AuthorizationRequest &request) const = 0;
    // Whether the request goes to the platform before the browser (a pushed authorization
    // request, RFC 9126); then pushAuthorization answers the URL the browser opens instead.
    virtual bool pushesAuthorization(const Tenant &, const QString & /*mode*/) const { return false; }
    virtual void pushAuthorization(const Tenant &tenant, const ProviderContext &context,
                                   const AuthorizationRequest &request,
                                   std::function<void(const Result<QUrl> &)> done) const;
    // A redirect back that must not be exchanged (the user denied, it names another tenant, ...):
    // the message to show, or an empty string when the redirect can be exchanged.
    virtual QString refusalIn(const Tenant &tenant, const QUrlQuery &redirect) const = 0;
    // The message for the platform's own error page (request.errorPage) at `url`.
    virtual QString describeErrorPage(const Tenant &tenant, const QUrl &url) const;
    // A page the browser loaded at `url` with `text` (its plain text) that is the platform
    // refusing the request where the authorization page should be (an OpenID Provider's
    // invalid_redirect_uri page): the message to end the run with; empty for any other page.
    virtual QString refusalOnPage(const Tenant &, const QUrl &, const QString &) const { return {}; }
    // The code → identity exchange of a redirect, as a job its owner starts and may cancel.
    virtual std::unique_ptr<ExchangeJob> exchange(const Tenant &tenant, const QUrlQuery &redirect,
                                                  const AuthorizationRequest &request,
                                                  const ProviderContext &context) const = 0;
    // Fetches a token (or makes a signed probe) with the tenant's secret: "Check credentials".
    virtual void checkCredentials(const Tenant &tenant, const ProviderContext &context,
                                  std::function<void(const Status &)> done) const = 0;
    // The client credentials grant (RFC 6749 §4.4): a token for the client itself, no user. What
    // came back is described in `details` (kind, format, lifetime, scope), never the token; an
    // error for platforms without the grant.
    virtual void clientCredentials(const Tenant &tenant, const ProviderContext &context,
                                   std::function<void(const Status &)> done) const;
    // The grants a run may use: "code" (the authorization page, in every mode), "device"
    // (deviceGrant), "client_credentials" (clientCredentials).
    virtual QStringList grants() const { return {QStringLiteral("code")}; }
    // Whether the user's own browser may sign in with a loopback redirect on any port (RFC 8252
    // §7.3) instead of the embedded one.
    virtual bool acceptsLoopbackRedirect() const { return false; }
    // What can be done with the tokens a run keeps: "refresh", "introspect", "revoke" (each an
    // operateOnTokens) and "logout" (logoutUrl). None: the platform's tokens are not kept.
    virtual QStringList tokenActions() const { return {}; }
    bool keepsTokens() const { return !tokenActions().isEmpty(); }
    // The device authorization grant (RFC 8628): asks for a user code, hands it to `shown` once,
    // then polls until the user has signed in elsewhere; the job ends with the identity, verified
    // as a sign-in's. Null where the platform has no such grant.
    virtual std::unique_ptr<ExchangeJob>
    deviceGrant(const Tenant &tenant, const ProviderContext &context,
                std::function<void(const DeviceAuthorization &)> shown) const;
    // Refresh, introspection or revocation of tokens a run kept (`kept`, as the keepTokens hook
    // got them; `which` is "access" or "refresh"). `done` gets what happened in words and
    // details (never a token) and the tokens to keep from now on: empty when they stay as they
    // were, or what is left after a revocation. An error where the platform keeps none.
    virtual void
    operateOnTokens(TokenOperation operation, const QString &which, const Tenant &tenant,
                    const ProviderContext &context, const KeptTokens &kept,
                    std::function<void(const Status &report, const KeptTokens &keep)> done) const;
    // The page that signs the user out at the platform (RP-initiated logout), for kept tokens,
    // coming back to the tenant's redirect URI with `state`; invalid where there is none.
    virtual QUrl logoutUrl(const Tenant &, const KeptTokens & /*kept*/, const QString & /*state*/) const {
        return {};
    }
    // The platform's own health checks beyond the common ones (PROVIDERS §9), asked once the
    // credentials work; none by default.
    virtual void healthChecks(const Tenant &, const ProviderContext &,
                              std::function<void(const QList<HealthCheck> &)> done) const {
        done({});
    }

    // Capabilities; the defaults say "not offered".
    // Modes where the platform's server calls back with the identity (企企's normal mode) instead
    // of the browser bringing a code: how that callback is received.
    virtual std::unique_ptr<CallbackDelivery> callbackDelivery(const Tenant &, const QString &mode) const;
    // Whether the platform promises the same id for the same user on every run (77hub's openid).
    virtual bool promisesStableIds() const { return false; }
    // The platform's directory of members, for directory sync.
    virtual const DirectorySource *directorySource() const { return nullptr; }
    // A request the platform wants signed, as the signature inspector should start from it.
    virtual std::optional<SigningProfile> signingProfile(const Tenant &) const;
    // The identity fields (Identity::extra) that are other ids of the same person, kept by the
    // mapping store as secondary ids.
    virtual QStringList secondaryIdKeys() const { return {}; }
    // What an access token of this tenant is issued for; editing any of it invalidates the token.
    virtual TokenKey tokenKey(const Tenant &tenant) const;
    // The settings a cached token is issued for (the corp or client it belongs to): with the
    // endpoints, what tokenKey holds. A cosmetic edit (the runs kept) keeps the token.
    virtual QStringList tokenSettings() const { return {}; }
    // The slots (TokenKey::slot) of the tokens a tenant may have cached.
    virtual QStringList tokenSlots() const { return {QString()}; }

    QString endpoint(const Tenant &tenant, const QString &key) const;
    // Every address the tenant's calls go to, as far as known without calling: its endpoints
    // (and, for OpenID Connect, the issuer that discovery starts from). The health checks probe them.
    virtual QList<QUrl> knownAddresses(const Tenant &tenant) const;
    // endpoint(key) with `path` appended and the query items percent-encoded.
    QUrl endpointUrl(const Tenant &tenant, const QString &key, const QString &path,
                     const QList<QPair<QString, QString>> &query = {}) const;
    // The setting, or the field's first choice when it is empty.
    QString settingOrDefault(const Tenant &tenant, const QString &key) const;
    // Missing required settings and values outside a field's choices, one message each.
    QStringList validateSettings(const Tenant &tenant) const;
    // Every endpoint, override or default, is checked against UrlRules.
    QStringList validateEndpoints(const Tenant &tenant) const;
    // "--provider wecom --corp-id X --agent-id X [--scope snsapi_base|snsapi_privateinfo]": the
    // provider's part of `authdesk tenant add`, from its setting fields.
    QString cliSynopsis() const;

    static const Provider *find(const QString &key);
    // find(key)'s secondaryIdKeys, none for an unknown provider.
    static QStringList secondaryIdKeysOf(const QString &key);
    static QList<const Provider *> all();
};
