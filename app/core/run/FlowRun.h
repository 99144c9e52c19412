#pragma once

#include "FlowStep.h"
#include "Identity.h"
#include "Result.h"
#include "Tenant.h"
#include "providers/Provider.h"
#include "providers/TenantSecrets.h"
#include "run/RunServices.h"
#include "store/RunHistory.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <memory>

class CallbackDelivery;
class CallbackListener;
class ExchangeJob;
class ExchangeLog;

// One authorization run of one tenant: asks the provider for a fresh authorization request, takes
// the captured (or pasted) redirect, checks it, runs the provider's exchange job and ends with an
// identity, an error, or cancelled. Every step is reported for the timeline. The run ends at the
// identity: recording it is a recorder's job (RunRecorder), connected to finished().
class FlowRun : public QObject {
    Q_OBJECT

public:
    // WaitingForUser: a device sign-in, polling while the user enters the code elsewhere.
    enum class Phase {
        Created,
        Preparing,
        WaitingForRedirect,
        WaitingForUser,
        Exchanging,
        Succeeded,
        Failed,
        Cancelled
    };
    Q_ENUM(Phase)

    FlowRun(const RunServices &services, const Tenant &tenant, const QString &mode,
            QObject *parent = nullptr);
    ~FlowRun() override;

    // Builds the authorization URL and emits authorizationReady with it. A provider that first
    // learns its endpoints from the platform (OpenID Connect discovery) does so here, and the URL
    // follows when it has; otherwise it is ready at once and also returned. Returns an invalid URL
    // while the run is preparing or when it failed.
    QUrl start();
    // The device authorization grant instead (RFC 8628): emits deviceCodeReady with the user code
    // once the provider has issued it, then polls until the user has signed in elsewhere.
    void startDevice();
    // Before start: the tokens of a successful sign-in go to the keychain under the tenant
    // ("tokens"), for refresh, introspection, revocation and logout later.
    void setKeepTokens(bool keep) { m_keepTokens = keep; }
    bool keepsTokens() const { return m_keepTokens; }
    // Before start: a setting of the tenant for this run only (a pushed request or DPoP asked for
    // on the command line); the tenant as saved is unchanged.
    void overrideSetting(const QString &key, const QString &value) { m_tenant.settings.insert(key, value); }
    // Before start: the user's own browser signs in instead of the embedded one (RFC 8252). The
    // redirect URI becomes http://127.0.0.1 on a port chosen for this run (the tenant's path), where
    // a listener takes the one redirect, answers it with a page that says the tab can be closed,
    // and closes; the redirect is then checked like a captured one. Whoever shows the run opens
    // authorizationReady's URL in the system browser.
    void useLoopbackRedirect() { m_loopback = true; }
    bool usesLoopbackRedirect() const { return m_loopback; }
    // Before start: the run signs the user out at the provider (RP-initiated logout) instead of in:
    // start() builds the end-session URL with the kept ID token as hint and a fresh state, and the
    // redirect back is checked like a sign-in's; the run ends without an identity.
    void setLogout(const KeptTokens &keptTokens) {
        m_grant = QStringLiteral("logout");
        m_logoutTokens = keptTokens;
    }
    // Whether a successful run ends with an identity (every grant but a logout).
    bool yieldsIdentity() const { return m_grant != QLatin1String("logout"); }
    // "code", "device" for startDevice, or "logout".
    QString grant() const { return m_grant; }
    // The keychain name of the tokens a run kept.
    static QString keptTokensName() { return QStringLiteral("tokens"); }
    // Same scheme, host, port and path as the tenant's redirect URI (once the run has begun).
    bool isRedirect(const QUrl &url) const;
    // What the browser must stop at and hand over: the redirect, or the provider's error page.
    bool captures(const QUrl &url) const;
    // A URL captured in the embedded browser: the provider's error page ends the run; otherwise
    // the state must be this run's, and is used once.
    void handleRedirect(const QUrl &url);
    // A redirect URL the admin copied from elsewhere (or, in a callback mode, the callback URL
    // their server received); runs without state verification if the state is not this run's.
    void handlePasted(const QUrl &url);
    // A page the browser finished loading while the run waits for the redirect, with its plain
    // text: the run fails when the provider recognises its own refusal there.
    void handlePage(const QUrl &url, const QString &text);
    // The callback listener's address (callback modes, once started).
    QUrl callbackUrl() const;
    // How long a callback that arrived waits for the browser to reach the redirect.
    void setCallbackGrace(int milliseconds);
    // Ends the run as cancelled: the request under way is aborted, nothing further is called, and
    // nothing it started is left waiting. Does nothing once the run has ended.
    void cancel();
    void fail(const QString &error);
    // Adds a line to the timeline (also used by the browser for what it saw).
    void addStep(FlowStep::Status status, const QString &title, const QString &detail = {});
    void addStep(FlowStep step); // its detail redacted here

    Phase phase() const { return m_phase; }
    bool isActive() const {
        return m_phase == Phase::Preparing || m_phase == Phase::WaitingForRedirect ||
               m_phase == Phase::WaitingForUser || m_phase == Phase::Exchanging;
    }
    bool hasEnded() const {
        return m_phase == Phase::Succeeded || m_phase == Phase::Failed || m_phase == Phase::Cancelled;
    }
    QString mode() const { return m_mode; }
    // The tenant as configured, and once the run has prepared, with what it learnt (endpoints).
    const Tenant &tenant() const { return m_tenant; }
    const Provider *provider() const { return m_provider; }
    QString state() const { return m_request.state; }
    // What the run history keeps of this run (every part redacted when the run made it).
    RunRecord record() const;
    QString id() const { return m_id; } // short, shown in the timeline and kept as the mapping's last_run
    QDateTime started() const { return m_started; }
    QDateTime ended() const { return m_ended; } // invalid until the run has ended
    QUrl authorizationUrl() const { return m_request.url; }
    const QList<FlowStep> &steps() const { return m_steps; }
    const Identity &identity() const { return m_identity; }
    QString error() const { return m_error; }
    ExchangeLog *log() const { return m_log; }
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }
    // How long a second of a wait the platform asks for lasts (ProviderContext::platformSecondMs).
    void setPlatformSecond(int milliseconds) { m_platformSecondMs = milliseconds; }

signals:
    void stepAdded(const FlowStep &step);
    // The run has its authorization URL: the browser loads it.
    void authorizationReady(const QUrl &url);
    // The device grant's user code and where to enter it.
    void deviceCodeReady(const DeviceAuthorization &authorization);
    void phaseChanged(FlowRun::Phase phase);
    // Emitted once, when the run succeeds (ok), fails or is cancelled (not ok; phase() tells).
    void finished(bool ok);

private:
    // Lets the provider learn what it needs from the platform, then makes this run's
    // authorization request and calls `then`.
    void prepare(std::function<void()> then);
    ProviderContext context(QObject *guard, const TenantSecrets &secrets);
    // The loopback listener of useLoopbackRedirect; fails the run when it cannot listen.
    bool listenOnLoopback();
    // Pushes the authorization request first where the provider does (PAR), then calls `then`.
    void pushIfAsked(std::function<void()> then);
    // `authorizationSent`: this run sent the browser to the platform, so a matching state is ours.
    void handlePastedPrepared(const QUrl &url, bool authorizationSent);
    void setPhase(Phase phase);
    void exchange(const QUrl &redirect, bool stateVerified);
    // Reads the tenant's secret (none for a public client) and calls `then` with it; fails the run
    // when the keychain cannot give it.
    void withSecret(std::function<void(const TenantSecrets &secrets)> then);
    // Starts `job` as the run's job: its identity ends the run.
    void runJob(std::unique_ptr<ExchangeJob> job, bool stateVerified);
    void succeed(Identity identity, bool stateVerified);
    void end(Phase phase);

    RunServices m_services;
    QString m_id;
    Tenant m_tenant;
    const Provider *m_provider;
    QString m_mode;
    QDateTime m_started;
    QDateTime m_ended;
    AuthorizationRequest m_request;
    bool m_stateUsed = false;
    bool m_keepTokens = false;
    bool m_loopback = false;
    KeptTokens m_logoutTokens;
    CallbackListener *m_loopbackListener = nullptr;
    QString m_grant = QStringLiteral("code");
    Phase m_phase = Phase::Created;
    QList<FlowStep> m_steps;
    Identity m_identity;
    QString m_error;
    ExchangeLog *m_log;
    int m_retryDelayMs = 500;
    int m_platformSecondMs = 1000;
    std::unique_ptr<CallbackDelivery> m_delivery; // callback modes only
    std::unique_ptr<ExchangeJob> m_job;
    QObject *m_secretRead = nullptr; // guards the keychain read before the exchange
    QObject *m_preparing = nullptr;  // guards the provider's calls before the authorization URL
};
