#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QStringList>
#include <QUrl>

#include "Tenant.h"

class QHttpServer;
class QHttpServerResponse;

// What every platform of the sandbox shares: switchable faults, an auto-approving user for tests
// that cannot click, and request counters. Routes run on the sandbox thread; all state is guarded
// by m_mutex.
class ProviderSandbox {
public:
    // A tenant of the sandbox's own enterprise and the secret the sandbox accepts for it.
    struct SandboxTenant {
        Tenant tenant;
        QString secret;
        QMap<QString, QString> otherSecrets; // Provider::extraSecrets by name
    };

    virtual ~ProviderSandbox() = default;

    // A JSON answer with `status`, as the platforms' API endpoints give them.
    static QHttpServerResponse json(const QJsonObject &body, int status = 200);

    virtual QString key() const = 0;
    // The providers whose tenants this platform serves: its key (WeCom's also its service-provider apps').
    virtual QStringList providerKeys() const { return {key()}; }
    // A tenant named `name` set up for this platform's sandbox enterprise, every endpoint at
    // `sandbox`, redirecting to `redirectUri` (a default when empty).
    virtual SandboxTenant tenant(const QString &name, const QUrl &sandbox,
                                 const QString &redirectUri = {}) const;
    // The demo tenants a newcomer runs without credentials (one per interesting mode). `existing`
    // are the demo tenants saved before, whose settings a platform may want to keep.
    virtual QList<SandboxTenant> demoTenants(const QUrl &sandbox, const QList<Tenant> &existing) const = 0;
    // The demo tenants are saved (or repointed at a new sandbox port): a platform whose server
    // calls the tenant back (企企) learns where.
    virtual void demoTenantsReady(const QList<Tenant> &) {}
    virtual void addRoutes(QHttpServer &server) = 0;
    // The platform drops every token it issued (they may do this before expiry).
    virtual void invalidateTokens() = 0;
    // Platform-specific settings from a /sandbox/control command (e.g. 企企's callback_url).
    virtual void configure(const QJsonObject &) {}
    // What the platform can be made to do once, now (the Sandbox menu), and doing it.
    virtual QStringList actions() const { return {}; }
    virtual void act(const QString &) {}

    // A fault aimed at `path` (an API name such as "auth/getuserinfo"; empty = any API call but
    // the token endpoint), used `times` times (< 0: until cleared). Common names: "malformed"
    // (truncated JSON), "empty" (an HTTP 200 with {}), "slow" (answer after delayMs); each platform
    // adds its own.
    // `after` lets that many aimed calls through first (a fault in the middle of a sync).
    void setFault(const QString &name, const QString &path = {}, int times = 1, int delayMs = 0,
                  int after = 0);
    void clearFaults();
    // Every fault this platform can switch on: the common ones, then its own.
    QStringList faults() const;
    // Where a fault is aimed when the console switches it on: the token endpoint, the
    // authorization page, or (empty) any other API call.
    virtual QString faultPath(const QString &fault) const;
    // The authorization pages answer at once as if this user had picked themselves ("deny" denies).
    void setAutoApprove(const QString &user);
    // A user of this platform's sandbox who signs in successfully (for tests that cover every platform).
    virtual QString memberUser() const = 0;

    // The witness: every credential this platform minted (tokens, refresh tokens, app and tenant
    // tokens, codes, tickets, ID tokens) or accepted (its secret, PKCE verifiers), so that a test
    // can prove none of it reached a byte AuthDesk wrote. Codes are kept apart: AuthDesk may show
    // their first 4 characters.
    QStringList witnessedCredentials() const;
    QStringList witnessedCodes() const;
    int requestCount(const QString &api) const;
    // How many "slow" answers have finished their delay: a test waits for one, not for a while.
    int slowAnswersGiven() const;
    QJsonObject stats() const;

protected:
    // The settings of the sandbox's own enterprise and the secret it accepts.
    virtual QMap<QString, QString> tenantSettings() const = 0;
    virtual QString tenantSecret() const = 0;

    struct Fault {
        QString name;
        QString path;
        int remaining = 0;
        int delayMs = 0;
        int after = 0;
    };
    // The API name of the token endpoint, which faults only hit when aimed at it.
    virtual QString tokenApi() const = 0;
    // Faults that act on the authorization page rather than an API; they are aimed at "authorize".
    virtual QStringList pageFaults() const { return {}; }
    // The platform's own API faults, as its header lists them.
    virtual QStringList ownFaults() const { return {}; }
    // Of those, the ones aimed at the token endpoint.
    virtual QStringList tokenFaults() const { return {}; }

    // Counts a request to `api` and takes the first fault aimed at it. Call with m_mutex held.
    bool takeFault(const QString &api, Fault *fault);
    void countLocked(const QString &api) { ++m_requests[api]; }
    // An authorization page was opened: the user who approves at once (tests), or else the login
    // is parked under a fresh session id in *session for the picker's links. Call with m_mutex held.
    template <typename Login>
    QString approveOrPark(QHash<QString, Login> &pending, const Login &login, QString *session) {
        if (!m_autoApprove.isEmpty())
            return m_autoApprove;
        *session = newSessionId();
        pending.insert(*session, login);
        return {};
    }
    // The login a picker link's session parked, taken once; false for an expired or replayed
    // link. Locks m_mutex itself.
    template <typename Login>
    bool takeParked(QHash<QString, Login> &pending, const QString &session, Login *login) {
        QMutexLocker lock(&m_mutex);
        if (!pending.contains(session))
            return false;
        *login = pending.take(session);
        return true;
    }
    // Counts an API call and applies the common faults aimed at it: "slow" sleeps, then lets the
    // call proceed; "malformed" fills *broken with the body to answer instead. Returns the name of
    // a platform-specific fault for the caller to act on (empty when none). Locks m_mutex itself.
    QString apiFault(const QString &api, QByteArray *broken);
    static QString newSessionId();
    // A fresh random credential of `length` alphanumeric characters, witnessed.
    QString mintCredential(int length, const QString &prefix = {});
    QString mintCode(int length);
    // A credential made another way (an ID token) or accepted (a verifier), witnessed.
    void witness(const QString &credential);
    static QHttpServerResponse html(const QString &body, int status = 200);
    static QHttpServerResponse redirect(const QByteArray &location);
    // A picker page: one link per choice, with id "pick-<id>", to `pickPath?session=…&user=<id>`.
    struct Choice {
        QString id;
        QString label;
        QString note;
    };
    static QHttpServerResponse pickerPage(const QString &title, const QString &subtitle,
                                          const QString &pickPath, const QString &session,
                                          const QList<Choice> &choices);

    mutable QMutex m_mutex;

private:
    QList<Fault> m_faults;
    QString m_autoApprove;
    QHash<QString, int> m_requests;
    int m_slowAnswersGiven = 0;
    mutable QMutex m_witnessMutex; // apart from m_mutex: minting happens with it held
    QStringList m_witnessed;
    QStringList m_witnessedCodes;
};
