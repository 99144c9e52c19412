#pragma once

#include "FlowStep.h"
#include "Identity.h"
#include "Tenant.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>

class CallbackListener;
class ExchangeLog;
class Provider;
class QTimer;
class Workspace;

// One authorization run of one tenant: builds the URL with a fresh state, takes the captured (or
// pasted) redirect, checks it, runs the provider's exchange and ends with an identity or an error.
// Every step is reported for the timeline.
class FlowRun : public QObject {
    Q_OBJECT

public:
    enum class Phase { Created, WaitingForRedirect, Exchanging, Succeeded, Failed };
    Q_ENUM(Phase)

    FlowRun(Workspace *workspace, const Tenant &tenant, const QString &mode, QObject *parent = nullptr);

    // Returns the authorization URL for the browser (invalid when the run failed at once).
    QUrl start();
    // Same scheme, host, port and path as the tenant's redirect URI.
    bool isRedirect(const QUrl &url) const;
    // What the browser must stop at and hand over: the redirect, or the provider's error page.
    bool captures(const QUrl &url) const;
    // A URL captured in the embedded browser: the provider's error page ends the run; otherwise
    // the state must be this run's, and is used once.
    void handleRedirect(const QUrl &url);
    // A redirect URL the admin copied from elsewhere (or, in a callback mode, the callback URL
    // their server received); runs without state verification if the state is not this run's.
    void handlePasted(const QUrl &url);
    // A request to the callback listener (callback modes): the HTTP status to answer. Only this
    // run's requestId is accepted, once; anything else gets 4xx and a line in the timeline.
    int handleCallback(const QUrl &url);
    // The callback listener's address (callback modes, once started).
    QUrl callbackUrl() const;
    // How long a callback that arrived waits for the browser to reach the redirect.
    void setCallbackGrace(int milliseconds) { m_callbackGraceMs = milliseconds; }
    void fail(const QString &error);
    // Adds a line to the timeline (also used by the browser for what it saw).
    void addStep(FlowStep::Status status, const QString &title, const QString &detail = {});

    Phase phase() const { return m_phase; }
    QString mode() const { return m_mode; }
    const Tenant &tenant() const { return m_tenant; }
    QString state() const { return m_state; }
    QString id() const { return m_id; } // short, shown in the timeline and kept as the mapping's last_run
    const QList<FlowStep> &steps() const { return m_steps; }
    const Identity &identity() const { return m_identity; }
    QString error() const { return m_error; }
    ExchangeLog *log() const { return m_log; }
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }

signals:
    void stepAdded(const FlowStep &step);
    void finished(bool ok);

private:
    void exchange(const QUrl &redirect, bool stateVerified);
    bool usesCallback() const;
    // Callback modes: finishes once the callback has come and the browser has arrived (or the
    // grace period after the callback has passed).
    void completeCallbackWhenReady();
    void succeed(Identity identity, bool stateVerified);

    Workspace *m_workspace;
    QString m_id;
    Tenant m_tenant;
    const Provider *m_provider;
    QString m_mode;
    QString m_state;
    bool m_stateUsed = false;
    Phase m_phase = Phase::Created;
    QList<FlowStep> m_steps;
    Identity m_identity;
    QString m_error;
    ExchangeLog *m_log;
    int m_retryDelayMs = 500;
    CallbackListener *m_listener = nullptr;
    QUrlQuery m_callback;     // the accepted callback's query
    bool m_callbackArrived = false;
    bool m_browserArrived = false;
    QTimer *m_graceTimer = nullptr;
    int m_callbackGraceMs = 5000;
};
