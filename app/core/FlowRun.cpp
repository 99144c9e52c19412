#include "FlowRun.h"

#include "CallbackListener.h"
#include "ExchangeLog.h"
#include "RandomToken.h"
#include "Redactor.h"
#include "SecretStore.h"
#include "UrlRules.h"
#include "Workspace.h"
#include "providers/Provider.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcFlow, "authdesk.core.flow")

FlowRun::FlowRun(Workspace *workspace, const Tenant &tenant, const QString &mode, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_id(randomAlphanumeric(8))
    , m_tenant(tenant)
    , m_provider(Provider::find(tenant.provider))
    , m_mode(mode)
    , m_log(new ExchangeLog(this))
{
    if (m_provider && m_mode.isEmpty())
        m_mode = m_provider->defaultMode(m_tenant);
    // Each call also gets a line in the timeline; the Exchanges table has the full record.
    connect(m_log, &ExchangeLog::recorded, this, [this](const HttpExchange &exchange) {
        const bool answered = exchange.status != 0;
        addStep(answered && exchange.status < 400 ? FlowStep::Status::Info : FlowStep::Status::Warning,
                answered ? tr("%1 → HTTP %2 (%3 ms)").arg(exchange.purpose).arg(exchange.status).arg(exchange.durationMs)
                         : tr("%1 → no answer (%2 ms)").arg(exchange.purpose).arg(exchange.durationMs),
                exchange.error.isEmpty() ? exchange.url.toString() : exchange.error);
    });
}

void FlowRun::addStep(FlowStep::Status status, const QString &title, const QString &detail)
{
    const FlowStep step = FlowStep::make(status, title, Redactor::text(detail));
    m_steps.append(step);
    emit stepAdded(step);
}

void FlowRun::fail(const QString &error)
{
    if (m_phase == Phase::Succeeded || m_phase == Phase::Failed)
        return;
    m_phase = Phase::Failed;
    m_error = Redactor::text(error);
    addStep(FlowStep::Status::Error, tr("Run failed"), m_error);
    emit finished(false);
}

QUrl FlowRun::start()
{
    if (!m_provider) {
        fail(tr("Unknown provider \"%1\".").arg(m_tenant.provider));
        return {};
    }
    if (!m_provider->modes().contains(m_mode)) {
        fail(tr("Unknown mode \"%1\" for %2; use one of: %3.")
                 .arg(m_mode, m_provider->displayName(), m_provider->modes().join(QStringLiteral(", "))));
        return {};
    }
    m_state = randomAlphanumeric(32);
    if (usesCallback()) {
        // The listener must be up before the page can lead 企企's server to call it.
        m_listener = new CallbackListener([this](const QUrl &url) { return handleCallback(url); }, this);
        QString error;
        if (!m_listener->listen(m_provider->callbackListenAddress(m_tenant), &error)) {
            fail(error);
            return {};
        }
        addStep(FlowStep::Status::Info, tr("Listening for the callback on %1").arg(m_listener->url().toString()),
                tr("企企's admin must have set this address (as reachable from 企企) as the app's callbackUrl."));
    }
    const QUrl url = m_provider->authorizationUrl(m_tenant, m_mode, m_state);
    m_phase = Phase::WaitingForRedirect;
    addStep(FlowStep::Status::Info, tr("Authorization URL built (%1)").arg(m_mode),
            tr("run %1: %2").arg(m_id, url.toString()));
    return url;
}

bool FlowRun::isRedirect(const QUrl &url) const
{
    return UrlRules::matchesRedirect(url, QUrl(m_tenant.redirectUri));
}

bool FlowRun::captures(const QUrl &url) const
{
    return isRedirect(url) || (m_provider && !m_provider->errorPageIn(m_tenant, url).isEmpty());
}

void FlowRun::handleRedirect(const QUrl &url)
{
    if (m_phase != Phase::WaitingForRedirect)
        return; // a second capture of the same run changes nothing
    if (const QString error = m_provider->errorPageIn(m_tenant, url); !error.isEmpty()) {
        addStep(FlowStep::Status::Error, tr("Authorization error page"), url.toString());
        return fail(error);
    }
    addStep(FlowStep::Status::Ok, tr("Redirect captured"), url.toString());
    const QString state = QUrlQuery(url).queryItemValue(m_provider->stateParameter(), QUrl::FullyDecoded);
    if (usesCallback() && (state.isEmpty() || state == m_state)) {
        // 企企's normal mode sends the browser to redirectUrl with nothing to exchange: the
        // identity comes through the callback.
        m_browserArrived = true;
        return completeCallbackWhenReady();
    }
    if (m_stateUsed || state != m_state) {
        fail(tr("State mismatch: the redirect carries %1=\"%2\" but this run issued \"%3\". It was not produced "
                "by this run (or is a replay), so nothing was exchanged. Start the authorization again.")
                 .arg(m_provider->stateParameter(), state, m_state));
        return;
    }
    m_stateUsed = true;
    addStep(FlowStep::Status::Ok, tr("State verified"));
    exchange(url, true);
}

void FlowRun::handlePasted(const QUrl &url)
{
    if (m_phase != Phase::Created && m_phase != Phase::WaitingForRedirect)
        return;
    if (!m_provider)
        return fail(tr("Unknown provider \"%1\".").arg(m_tenant.provider));
    if (const QString error = m_provider->errorPageIn(m_tenant, url); !error.isEmpty())
        return fail(error);
    const QUrlQuery pastedQuery(url);
    if (usesCallback() && pastedQuery.hasQueryItem(QStringLiteral("openid"))) {
        addStep(FlowStep::Status::Info, tr("Callback URL pasted"), url.toString());
        const bool ours = pastedQuery.queryItemValue(m_provider->stateParameter()) == m_state && !m_state.isEmpty();
        if (!ours)
            addStep(FlowStep::Status::Warning, tr("State not verified"),
                    tr("%1 was not issued by this run; the openid is taken as the callback says.")
                        .arg(m_provider->stateParameter()));
        const ExchangeOutcome outcome = m_provider->identityFromCallback(m_tenant, pastedQuery);
        return outcome.ok ? succeed(outcome.identity, ours) : fail(outcome.error);
    }
    if (!isRedirect(url)) {
        fail(tr("The pasted URL does not lead to this tenant's redirect URI %1 (scheme, host, port and path must "
                "be equal). Paste the whole address the browser was sent to.")
                 .arg(m_tenant.redirectUri));
        return;
    }
    addStep(FlowStep::Status::Info, tr("Redirect URL pasted"), url.toString());
    const QString state = QUrlQuery(url).queryItemValue(m_provider->stateParameter(), QUrl::FullyDecoded);
    const bool ours = m_phase == Phase::WaitingForRedirect && !m_stateUsed && state == m_state;
    if (ours) {
        m_stateUsed = true;
        addStep(FlowStep::Status::Ok, tr("State verified"));
    } else {
        addStep(FlowStep::Status::Warning, tr("State not verified"),
                tr("%1=\"%2\" was not issued by this run; the code is exchanged without that protection.")
                    .arg(m_provider->stateParameter(), state));
    }
    m_phase = Phase::WaitingForRedirect;
    exchange(url, ours);
}

void FlowRun::exchange(const QUrl &redirect, bool stateVerified)
{
    const QUrlQuery query(redirect);
    if (const QString refusal = m_provider->refusalIn(m_tenant, query); !refusal.isEmpty())
        return fail(refusal);
    m_phase = Phase::Exchanging;
    addStep(FlowStep::Status::Info, tr("Reading the %1 from the keychain").arg(m_provider->secretName()));
    m_workspace->secrets()->read(
        SecretStore::keyFor(m_tenant.id, m_provider->secretName()), this,
        [this, query, stateVerified](const SecretResult &secret) {
            if (!secret.ok)
                return fail(secret.notFound ? tr("The keychain holds no %1 for this tenant. Edit the tenant and "
                                                 "enter it again.").arg(m_provider->secretName())
                                            : secret.error);
            ProviderContext context = m_workspace->providerContext(this, secret.value);
            context.log = m_log;
            context.retryDelayMs = m_retryDelayMs;
            context.step = [this](const FlowStep &step) { addStep(step.status, step.title, step.detail); };
            m_provider->exchange(m_tenant, query, context, [this, stateVerified](const ExchangeOutcome &outcome) {
                if (!outcome.ok)
                    return fail(outcome.error);
                succeed(outcome.identity, stateVerified);
            });
        });
}

bool FlowRun::usesCallback() const
{
    return m_provider && m_provider->usesCallback(m_mode);
}

QUrl FlowRun::callbackUrl() const
{
    return m_listener ? m_listener->url() : QUrl();
}

int FlowRun::handleCallback(const QUrl &url)
{
    const QUrlQuery query(url);
    const QString requestId = query.queryItemValue(m_provider->stateParameter(), QUrl::FullyDecoded);
    if (m_phase != Phase::WaitingForRedirect || m_callbackArrived || requestId != m_state) {
        addStep(FlowStep::Status::Warning, tr("Callback refused"),
                tr("%1=\"%2\" is not this run's (or its callback already came); answered 403 and ignored. %3")
                    .arg(m_provider->stateParameter(), requestId, url.toString()));
        return 403;
    }
    if (query.queryItemValue(QStringLiteral("openid")).isEmpty()) {
        addStep(FlowStep::Status::Warning, tr("Callback refused"), tr("it carries no openid; answered 400. %1").arg(url.toString()));
        return 400;
    }
    m_callback = query;
    m_callbackArrived = true;
    addStep(FlowStep::Status::Ok, tr("Callback received"), url.toString());
    // Answer 200 first; the run completes from the event loop.
    QTimer::singleShot(0, this, &FlowRun::completeCallbackWhenReady);
    return 200;
}

void FlowRun::completeCallbackWhenReady()
{
    if (m_phase != Phase::WaitingForRedirect)
        return;
    if (m_callbackArrived && m_browserArrived) {
        const ExchangeOutcome outcome = m_provider->identityFromCallback(m_tenant, m_callback);
        return outcome.ok ? succeed(outcome.identity, true) : fail(outcome.error);
    }
    if (m_browserArrived) {
        addStep(FlowStep::Status::Info, tr("Browser reached the redirect URL; waiting for 企企's callback"));
        return;
    }
    if (m_callbackArrived && !m_graceTimer) {
        // The callback alone is enough once the browser has had a moment to follow.
        m_graceTimer = new QTimer(this);
        m_graceTimer->setSingleShot(true);
        connect(m_graceTimer, &QTimer::timeout, this, [this] {
            addStep(FlowStep::Status::Info, tr("The browser did not reach the redirect URL; the callback is enough"));
            m_browserArrived = true;
            completeCallbackWhenReady();
        });
        m_graceTimer->start(m_callbackGraceMs);
    }
}

void FlowRun::succeed(Identity identity, bool stateVerified)
{
    if (m_phase == Phase::Succeeded || m_phase == Phase::Failed)
        return;
    m_identity = std::move(identity);
    m_identity.stateVerified = stateVerified;
    m_phase = Phase::Succeeded;
    addStep(FlowStep::Status::Ok, tr("Identity: %1 %2").arg(m_identity.idType, m_identity.externalId), m_identity.name);
    if (m_provider->promisesStableIds()) {
        const QString previous = m_workspace->tenants().lastIdentity(m_tenant.id);
        if (previous == m_identity.externalId)
            addStep(FlowStep::Status::Ok, tr("%1 unchanged ✓").arg(m_identity.idType),
                    tr("the same as the previous run of this tenant"));
        else if (!previous.isEmpty())
            addStep(FlowStep::Status::Warning, tr("⚠ %1 CHANGED since the previous run").arg(m_identity.idType),
                    tr("was %1, now %2. If the same person signed in, the platform broke its promise that this id "
                       "is stable: every mapping built on it is at risk.").arg(previous, m_identity.externalId));
    }
    m_workspace->tenants().recordIdentity(m_tenant.id, m_identity.externalId);
    QString error;
    if (m_workspace->mappings().upsertFromFlow(m_identity, m_id, &error))
        addStep(FlowStep::Status::Ok, tr("Mapping recorded"), tr("%1 %2 in the mappings").arg(m_identity.idType, m_identity.externalId));
    else
        addStep(FlowStep::Status::Warning, tr("Mapping not recorded"), error);
    emit finished(true);
}
