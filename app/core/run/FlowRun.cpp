#include "run/FlowRun.h"

#include "crypto/RandomToken.h"
#include "net/CallbackListener.h"
#include "net/ExchangeLog.h"
#include "net/Redactor.h"
#include "providers/CallbackDelivery.h"
#include "providers/ExchangeJob.h"
#include "store/SecretStore.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcFlow, "authdesk.core.flow")

FlowRun::FlowRun(const RunServices &services, const Tenant &tenant, const QString &mode, QObject *parent)
    : QObject(parent), m_services(services), m_id(randomAlphanumeric(8)), m_tenant(tenant),
      m_provider(Provider::find(tenant.provider)), m_mode(mode), m_started(QDateTime::currentDateTime()),
      m_log(new ExchangeLog(this)) {
    if (m_provider && m_mode.isEmpty())
        m_mode = m_provider->defaultMode(m_tenant);
    if (m_provider && m_provider->modes().contains(m_mode))
        m_delivery = m_provider->callbackDelivery(m_tenant, m_mode);
    if (m_delivery) {
        connect(m_delivery.get(), &CallbackDelivery::stepAdded, this,
                [this](const FlowStep &step) { addStep(step.status, step.title, step.detail); });
        connect(m_delivery.get(), &CallbackDelivery::delivered, this,
                [this](const Result<Identity> &identity) {
                    identity.ok() ? succeed(identity.value(), true) : fail(identity.errorText());
                });
    }
    // Each call also gets a line in the timeline; the Exchanges table has the full record.
    connect(m_log, &ExchangeLog::recorded, this,
            [this](const HttpExchange &exchange) { addStep(ExchangeLog::stepOf(exchange)); });
}

// The job and the delivery go before the log and the steps they report to.
FlowRun::~FlowRun() = default;

void FlowRun::addStep(FlowStep::Status status, const QString &title, const QString &detail) {
    addStep(FlowStep::make(status, title, detail));
}

void FlowRun::addStep(FlowStep step) {
    step.detail = Redactor::text(step.detail);
    m_steps.append(step);
    emit stepAdded(step);
}

void FlowRun::setPhase(Phase phase) {
    if (m_phase == phase)
        return;
    m_phase = phase;
    emit phaseChanged(phase);
}

void FlowRun::end(Phase phase) {
    setPhase(phase);
    m_ended = QDateTime::currentDateTime();
    // Nothing the run started may outlive its end: the listener, the keychain read, the job.
    if (m_delivery)
        m_delivery->stop();
    if (m_loopbackListener)
        m_loopbackListener->close();
    delete m_secretRead;
    m_secretRead = nullptr;
    delete m_preparing;
    m_preparing = nullptr;
    if (m_job && !m_job->isFinished())
        m_job->cancel();
    emit finished(phase == Phase::Succeeded);
}

void FlowRun::fail(const QString &error) {
    if (hasEnded())
        return;
    m_error = Redactor::text(error);
    addStep(FlowStep::Status::Error, tr("Run failed"), m_error);
    end(Phase::Failed);
}

void FlowRun::cancel() {
    if (hasEnded())
        return;
    m_error = tr("Cancelled.");
    addStep(FlowStep::Status::Warning, tr("Run cancelled"),
            m_phase == Phase::Exchanging ? tr("the call under way was aborted; no further call was made")
                                         : QString());
    end(Phase::Cancelled);
}

QUrl FlowRun::start() {
    if (!m_provider) {
        fail(tr("Unknown provider \"%1\".").arg(m_tenant.provider));
        return {};
    }
    if (!m_provider->modes().contains(m_mode)) {
        fail(tr("Unknown mode \"%1\" for %2; use one of: %3.")
                 .arg(m_mode, m_provider->displayName(), m_provider->modes().join(QStringLiteral(", "))));
        return {};
    }
    if (m_loopback && !listenOnLoopback())
        return {};
    if (!yieldsIdentity()) {
        prepare([this] {
            m_request.url = m_provider->logoutUrl(m_tenant, m_logoutTokens, m_request.state);
            if (!m_request.url.isValid())
                return fail(tr("%1 names no end_session_endpoint: it offers no logout for a client to start.")
                                .arg(m_tenant.name));
            setPhase(Phase::WaitingForRedirect);
            addStep(FlowStep::Status::Info, tr("Logout URL built"),
                    tr("run %1: %2").arg(m_id, m_request.url.toString()));
            emit authorizationReady(m_request.url);
        });
        return m_phase == Phase::WaitingForRedirect ? m_request.url : QUrl();
    }
    prepare([this] {
        pushIfAsked([this] {
            if (m_delivery) {
                if (const Status listening = m_delivery->start(m_request); !listening.ok())
                    return fail(listening.errorText());
            }
            setPhase(Phase::WaitingForRedirect);
            addStep(FlowStep::Status::Info, tr("Authorization URL built (%1)").arg(m_mode),
                    tr("run %1: %2").arg(m_id, m_request.url.toString()));
            emit authorizationReady(m_request.url);
        });
    });
    return m_phase == Phase::WaitingForRedirect ? m_request.url : QUrl();
}

void FlowRun::prepare(std::function<void()> then) {
    setPhase(Phase::Preparing);
    m_preparing = new QObject(this);
    m_provider->resolve(m_tenant, context(m_preparing, {}),
                        [this, then = std::move(then)](const Result<Tenant> &resolved) {
                            m_preparing->deleteLater();
                            m_preparing = nullptr;
                            if (!resolved.ok())
                                return fail(resolved.errorText());
                            m_tenant = resolved.value();
                            m_request = m_provider->begin(m_tenant, m_mode);
                            then();
                        });
}

bool FlowRun::listenOnLoopback() {
    const QString path = QUrl(m_tenant.redirectUri).path();
    m_loopbackListener = new CallbackListener(
        [this](const QUrl &url) {
            // One redirect: answered, then nobody else is heard; the run checks it next.
            m_loopbackListener->close();
            QTimer::singleShot(0, this, [this, url] { handleRedirect(url); });
            return 200;
        },
        path.isEmpty() ? QStringLiteral("/callback") : path, this);
    m_loopbackListener->setPage(
        tr("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>AuthDesk</title></head><body>"
           "<p>AuthDesk has the answer of the sign-in. You can close this tab.</p></body></html>")
            .toUtf8());
    if (const Status listening = m_loopbackListener->listen(QStringLiteral("127.0.0.1:0")); !listening.ok()) {
        fail(listening.errorText());
        return false;
    }
    m_tenant.redirectUri = m_loopbackListener->url().toString();
    addStep(FlowStep::Status::Info, tr("Listening for the redirect on %1").arg(m_tenant.redirectUri),
            tr("the system browser signs in; a port chosen for this run (RFC 8252 §7.3)"));
    return true;
}

void FlowRun::pushIfAsked(std::function<void()> then) {
    if (!m_provider->pushesAuthorization(m_tenant, m_mode))
        return then();
    withSecret([this, then](const TenantSecrets &secrets) {
        m_provider->pushAuthorization(m_tenant, context(this, secrets), m_request,
                                      [this, then](const Result<QUrl> &url) {
                                          if (hasEnded())
                                              return;
                                          if (!url.ok())
                                              return fail(url.errorText());
                                          m_request.url = url.value();
                                          then();
                                      });
    });
}

ProviderContext FlowRun::context(QObject *guard, const TenantSecrets &secrets) {
    ProviderContext context = m_services.providerContext(guard, secrets.main, m_tenant.caBundle);
    context.otherSecrets = secrets.others;
    context.log = m_log;
    context.retryDelayMs = m_retryDelayMs;
    context.platformSecondMs = m_platformSecondMs;
    context.step = [this](const FlowStep &step) { addStep(step); };
    if (m_keepTokens)
        context.keepTokens = [this, guard](const KeptTokens &tokens,
                                           std::function<void(const Status &)> kept) {
            m_services.secrets->write(
                SecretStore::keyFor(m_tenant.id, keptTokensName()),
                QString::fromUtf8(QJsonDocument(tokens.toJson()).toJson(QJsonDocument::Compact)), guard,
                [this, kept](const SecretResult &written) {
                    if (!written.ok())
                        return kept(
                            Error::failed(tr("The tokens could not be kept: %1").arg(written.errorText())));
                    addStep(FlowStep::Status::Ok, tr("Tokens kept in the keychain"),
                            tr("access, refresh and ID tokens of this sign-in, under the tenant"));
                    kept(Done{});
                });
        };
    context.keepSecret = [this, guard](const QString &name, const QString &value,
                                       std::function<void(const Status &)> kept) {
        m_services.secrets->write(
            SecretStore::keyFor(m_tenant.id, name), value, guard,
            [this, name, kept](const SecretResult &written) {
                if (!written.ok())
                    return kept(
                        Error::failed(tr("The %1 could not be kept: %2").arg(name, written.errorText())));
                addStep(FlowStep::Status::Ok, tr("Kept in the keychain"),
                        tr("%1, under the tenant").arg(name));
                kept(Done{});
            });
    };
    return context;
}

bool FlowRun::isRedirect(const QUrl &url) const {
    return m_request.isRedirect(url);
}

bool FlowRun::captures(const QUrl &url) const {
    return isRedirect(url) || m_request.isErrorPage(url);
}

void FlowRun::handleRedirect(const QUrl &url) {
    if (m_phase != Phase::WaitingForRedirect)
        return; // a second capture of the same run changes nothing
    if (m_request.isErrorPage(url)) {
        addStep(FlowStep::Status::Error, tr("Authorization error page"), url.toString());
        return fail(m_provider->describeErrorPage(m_tenant, url));
    }
    addStep(FlowStep::Status::Ok, tr("Redirect captured"), url.toString());
    const QString state = m_request.stateIn(QUrlQuery(url));
    if (m_delivery && (state.isEmpty() || state == m_request.state)) {
        // The browser arrives with nothing to exchange: the identity comes through the callback.
        return m_delivery->browserArrived();
    }
    if (m_stateUsed || state != m_request.state) {
        fail(tr("State mismatch: the redirect carries %1=\"%2\" but this run issued \"%3\". It was not "
                "produced "
                "by this run (or is a replay), so nothing was exchanged. Start the authorization again.")
                 .arg(m_request.stateParameter, state, m_request.state));
        return;
    }
    m_stateUsed = true;
    addStep(FlowStep::Status::Ok, tr("State verified"));
    if (!yieldsIdentity()) {
        addStep(FlowStep::Status::Ok, tr("Signed out at the provider"),
                tr("it came back to %1 with this run's state").arg(m_tenant.redirectUri));
        return end(Phase::Succeeded);
    }
    exchange(url, true);
}

void FlowRun::handlePage(const QUrl &url, const QString &text) {
    if (m_phase != Phase::WaitingForRedirect)
        return;
    if (const QString refusal = m_provider->refusalOnPage(m_tenant, url, text); !refusal.isEmpty()) {
        addStep(FlowStep::Status::Error, tr("The authorization page refused the request"), url.toString());
        fail(refusal);
    }
}

void FlowRun::handlePasted(const QUrl &url) {
    if (m_phase != Phase::Created && m_phase != Phase::WaitingForRedirect)
        return;
    if (!m_provider)
        return fail(tr("Unknown provider \"%1\".").arg(m_tenant.provider));
    // The request says how to recognise what was pasted; made for the paste, it authorized nothing.
    if (m_phase == Phase::Created)
        return prepare([this, url] { handlePastedPrepared(url, false); });
    handlePastedPrepared(url, true);
}

void FlowRun::handlePastedPrepared(const QUrl &url, bool authorizationSent) {
    if (m_request.isErrorPage(url))
        return fail(m_provider->describeErrorPage(m_tenant, url));
    const QUrlQuery pastedQuery(url);
    const QString state = m_request.stateIn(pastedQuery);
    const bool ours = authorizationSent && !m_stateUsed && state == m_request.state;
    if (m_delivery && m_delivery->carriesIdentity(pastedQuery)) {
        addStep(FlowStep::Status::Info, tr("Callback URL pasted"), url.toString());
        if (!ours)
            addStep(FlowStep::Status::Warning, tr("State not verified"),
                    tr("%1 was not issued by this run; the openid is taken as the callback says.")
                        .arg(m_request.stateParameter));
        const Result<Identity> identity = m_delivery->parse(pastedQuery);
        return identity.ok() ? succeed(identity.value(), ours) : fail(identity.errorText());
    }
    if (!isRedirect(url)) {
        fail(tr("The pasted URL does not lead to this tenant's redirect URI %1 (scheme, host, port and path "
                "must "
                "be equal). Paste the whole address the browser was sent to.")
                 .arg(m_tenant.redirectUri));
        return;
    }
    addStep(FlowStep::Status::Info, tr("Redirect URL pasted"), url.toString());
    if (ours) {
        m_stateUsed = true;
        addStep(FlowStep::Status::Ok, tr("State verified"));
    } else {
        addStep(FlowStep::Status::Warning, tr("State not verified"),
                tr("%1=\"%2\" was not issued by this run; the code is exchanged without that protection.")
                    .arg(m_request.stateParameter, state));
    }
    setPhase(Phase::WaitingForRedirect);
    exchange(url, ours);
}

void FlowRun::exchange(const QUrl &redirect, bool stateVerified) {
    const QUrlQuery query(redirect);
    if (const QString refusal = m_provider->refusalIn(m_tenant, query); !refusal.isEmpty())
        return fail(refusal);
    setPhase(Phase::Exchanging);
    withSecret([this, query, stateVerified](const TenantSecrets &secrets) {
        runJob(m_provider->exchange(m_tenant, query, m_request, context(this, secrets)), stateVerified);
    });
}

void FlowRun::startDevice() {
    if (!m_provider)
        return fail(tr("Unknown provider \"%1\".").arg(m_tenant.provider));
    m_grant = QStringLiteral("device");
    prepare([this] {
        withSecret([this](const TenantSecrets &secrets) {
            setPhase(Phase::WaitingForUser);
            std::unique_ptr<ExchangeJob> job = m_provider->deviceGrant(
                m_tenant, context(this, secrets),
                [this](const DeviceAuthorization &shown) { emit deviceCodeReady(shown); });
            if (!job)
                return fail(tr("%1 has no device sign-in (RFC 8628).").arg(m_provider->displayName()));
            // The device code binds the answer to this run as a state does a redirect.
            runJob(std::move(job), true);
        });
    });
}

void FlowRun::runJob(std::unique_ptr<ExchangeJob> job, bool stateVerified) {
    m_job = std::move(job);
    connect(m_job.get(), &ExchangeJob::finished, this, [this, stateVerified](const Result<Identity> &result) {
        if (result.ok())
            succeed(result.value(), stateVerified);
        else if (!result.error().is(Error::Kind::Cancelled))
            fail(result.errorText());
    });
    m_job->start();
}

void FlowRun::withSecret(std::function<void(const TenantSecrets &secrets)> then) {
    if (m_provider->usesSecret(m_tenant))
        addStep(FlowStep::Status::Info, tr("Reading the %1 from the keychain").arg(m_provider->secretName()));
    // Guarded by its own object, so that cancelling drops the answer without waiting for it.
    m_secretRead = new QObject(this);
    TenantSecrets::read(m_services.secrets, m_tenant, m_secretRead,
                        [this, then](const Result<TenantSecrets> &secrets) {
                            m_secretRead->deleteLater();
                            m_secretRead = nullptr;
                            if (!secrets.ok())
                                return fail(secrets.errorText());
                            then(secrets.value());
                        });
}

QUrl FlowRun::callbackUrl() const {
    return m_delivery ? m_delivery->url() : QUrl();
}

void FlowRun::setCallbackGrace(int milliseconds) {
    if (m_delivery)
        m_delivery->setGrace(milliseconds);
}

void FlowRun::succeed(Identity identity, bool stateVerified) {
    if (hasEnded())
        return;
    m_identity = std::move(identity);
    m_identity.stateVerified = stateVerified;
    addStep(FlowStep::Status::Ok, tr("Identity: %1 %2").arg(m_identity.idType, m_identity.externalId),
            m_identity.name);
    end(Phase::Succeeded);
}

namespace {
// What the run history says of how a run ended.
QString outcomeOf(FlowRun::Phase phase) {
    switch (phase) {
    case FlowRun::Phase::Succeeded:
        return QStringLiteral("succeeded");
    case FlowRun::Phase::Cancelled:
        return QStringLiteral("cancelled");
    default:
        return QStringLiteral("failed");
    }
}
} // namespace

RunRecord FlowRun::record() const {
    RunRecord record;
    record.id = id();
    record.tenantId = tenant().id;
    record.tenant = tenant().name;
    record.provider = tenant().provider;
    record.mode = m_grant == QLatin1String("code") ? mode() : m_grant;
    record.started = started().toUTC();
    record.durationMs = started().msecsTo(ended().isValid() ? ended() : QDateTime::currentDateTime());
    record.outcome = outcomeOf(phase());
    record.error = error();
    record.authorizationUrl = Redactor::url(authorizationUrl()).toString();
    record.steps = steps();
    record.exchanges = log()->exchanges();
    if (phase() == FlowRun::Phase::Succeeded && yieldsIdentity())
        record.identity = identity();
    return record;
}
