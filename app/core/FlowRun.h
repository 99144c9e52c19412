#pragma once

#include "FlowStep.h"
#include "Identity.h"
#include "Tenant.h"

#include <QObject>
#include <QUrl>

class ExchangeLog;
class Provider;
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
    // A redirect URL the admin copied from elsewhere; runs without state verification if the
    // state is not this run's.
    void handlePasted(const QUrl &url);
    void fail(const QString &error);
    // Adds a line to the timeline (also used by the browser for what it saw).
    void addStep(FlowStep::Status status, const QString &title, const QString &detail = {});

    Phase phase() const { return m_phase; }
    QString mode() const { return m_mode; }
    const Tenant &tenant() const { return m_tenant; }
    QString state() const { return m_state; }
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

    Workspace *m_workspace;
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
};
