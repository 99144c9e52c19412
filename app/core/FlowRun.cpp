#include "FlowRun.h"

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
    , m_tenant(tenant)
    , m_provider(Provider::find(tenant.provider))
    , m_mode(mode)
    , m_log(new ExchangeLog(this))
{
    if (m_provider && m_mode.isEmpty())
        m_mode = m_provider->modes().constFirst();
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
    const QUrl url = m_provider->authorizationUrl(m_tenant, m_mode, m_state);
    m_phase = Phase::WaitingForRedirect;
    addStep(FlowStep::Status::Info, tr("Authorization URL built (%1)").arg(m_mode), url.toString());
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
            ProviderContext context;
            context.http = m_workspace->http();
            context.tokens = m_workspace->tokens();
            context.log = m_log;
            context.guard = this;
            context.secret = secret.value;
            context.retryDelayMs = m_retryDelayMs;
            context.step = [this](const FlowStep &step) { addStep(step.status, step.title, step.detail); };
            m_provider->exchange(m_tenant, query, context, [this, stateVerified](const ExchangeOutcome &outcome) {
                if (!outcome.ok)
                    return fail(outcome.error);
                m_identity = outcome.identity;
                m_identity.stateVerified = stateVerified;
                m_phase = Phase::Succeeded;
                addStep(FlowStep::Status::Ok, tr("Identity: %1 %2").arg(m_identity.idType, m_identity.externalId),
                        m_identity.name);
                emit finished(true);
            });
        });
}
