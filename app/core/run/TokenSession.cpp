#include "run/TokenSession.h"

#include "crypto/RandomToken.h"
#include "net/ExchangeLog.h"
#include "net/Redactor.h"
#include "run/FlowRun.h"
#include "store/RunHistory.h"
#include "store/SecretStore.h"

#include <QJsonDocument>

TokenSession::TokenSession(const RunServices &services, const Tenant &tenant, QObject *parent)
    : QObject(parent), m_services(services), m_tenant(tenant), m_provider(Provider::find(tenant.provider)),
      m_log(new ExchangeLog(this)) {
    connect(this, &TokenSession::stepAdded, this, [this](const FlowStep &step) { m_steps.append(step); });
    connect(m_log, &ExchangeLog::recorded, this,
            [this](const HttpExchange &exchange) { emit stepAdded(ExchangeLog::stepOf(exchange)); });
}

void TokenSession::finish(const QString &mode, const QString &title, const Status &report,
                          const std::function<void(const Status &)> &done) {
    emit stepAdded(FlowStep::make(report.ok() ? FlowStep::Status::Ok : FlowStep::Status::Error, title,
                                  Redactor::text(report.ok() ? report.value().message : report.errorText())));
    RunRecord record;
    record.id = randomAlphanumeric(8);
    record.tenantId = m_tenant.id;
    record.tenant = m_tenant.name;
    record.provider = m_tenant.provider;
    record.mode = mode;
    record.started = m_started.toUTC();
    record.durationMs = m_started.msecsTo(QDateTime::currentDateTime());
    record.outcome = report.ok() ? QStringLiteral("succeeded") : QStringLiteral("failed");
    record.error = report.ok() ? QString() : Redactor::text(report.errorText());
    record.steps = m_steps;
    record.exchanges = m_log->exchanges();
    if (!m_tenant.id.isEmpty())
        if (const Status kept = m_services.runs.record(record, RunHistory::limitOf(m_tenant)); !kept.ok())
            qWarning("%s", qPrintable(kept.errorText()));
    done(report);
}

QString TokenSession::nameOf(TokenOperation operation) {
    switch (operation) {
    case TokenOperation::Refresh:
        return QStringLiteral("refresh");
    case TokenOperation::Introspect:
        return QStringLiteral("introspect");
    case TokenOperation::Revoke:
        return QStringLiteral("revoke");
    }
    return {};
}

ProviderContext TokenSession::context(const TenantSecrets &secrets) {
    ProviderContext context = m_services.providerContext(this, secrets.main, m_tenant.caBundle);
    context.otherSecrets = secrets.others;
    context.log = m_log;
    context.step = [this](FlowStep step) { // redacted as a run's steps are
        step.detail = Redactor::text(step.detail);
        emit stepAdded(step);
    };
    return context;
}

void TokenSession::readKept(std::function<void(const Result<KeptTokens> &)> done) {
    m_services.secrets->read(
        SecretStore::keyFor(m_tenant.id, FlowRun::keptTokensName()), this, [done](const SecretResult &read) {
            if (!read.ok())
                return done(read.error().is(Error::Kind::NotFound)
                                ? Error{Error::Kind::NotFound,
                                        tr("No tokens are kept for this tenant: run the authorization with "
                                           "\"keep tokens\" (--keep-tokens) first.")}
                                : read.error());
            const KeptTokens kept =
                KeptTokens::fromJson(QJsonDocument::fromJson(read.value().toUtf8()).object());
            // Masked wherever they might appear from now on, as they were when they arrived.
            for (const QJsonValue &credential : kept.credentials)
                Redactor::registerSecret(credential.toString());
            done(kept);
        });
}

void TokenSession::clientCredentials(std::function<void(const Status &)> done) {
    if (!m_provider)
        return done(Error::failed(tr("Unknown provider \"%1\".").arg(m_tenant.provider)));
    m_started = QDateTime::currentDateTime();
    m_steps.clear();
    done = [this, done](const Status &report) {
        finish(QStringLiteral("client_credentials"), tr("Client credentials grant"), report, done);
    };
    withSecret([this, done](const Result<TenantSecrets> &secrets) {
        if (!secrets.ok())
            return done(secrets.error());
        m_provider->clientCredentials(m_tenant, context(secrets.value()), done);
    });
}

void TokenSession::withSecret(std::function<void(const Result<TenantSecrets> &)> then) {
    TenantSecrets::read(m_services.secrets, m_tenant, this, std::move(then));
}

void TokenSession::run(TokenOperation operation, const QString &which,
                       std::function<void(const Status &)> done) {
    if (!m_provider)
        return done(Error::failed(tr("Unknown provider \"%1\".").arg(m_tenant.provider)));
    m_started = QDateTime::currentDateTime();
    m_steps.clear();
    done = [this, operation, which, done](const Status &report) {
        finish(QStringLiteral("token %1").arg(nameOf(operation)),
               tr("Token %1 (%2)").arg(nameOf(operation), which), report, done);
    };
    // Only what the platform offers (Provider::tokenActions) reaches it; one that keeps no tokens
    // says so itself.
    const QStringList offered = m_provider->tokenActions();
    if (!offered.isEmpty() && !offered.contains(nameOf(operation)))
        return done(Error::failed(
            tr("%1 offers no %2 of its tokens: only its %3.")
                .arg(m_provider->displayName(), nameOf(operation), offered.join(QStringLiteral(", ")))));
    readKept([this, operation, which, done](const Result<KeptTokens> &kept) {
        if (!kept.ok())
            return done(kept.error());
        m_provider->resolve(
            m_tenant, context({}),
            [this, operation, which, done, kept = kept.value()](const Result<Tenant> &resolved) {
                if (!resolved.ok())
                    return done(resolved.error());
                withSecret([this, operation, which, done, kept,
                            resolved = resolved.value()](const Result<TenantSecrets> &secrets) {
                    if (!secrets.ok())
                        return done(secrets.error());
                    m_provider->operateOnTokens(
                        operation, which, resolved, context(secrets.value()), kept,
                        [this, done](const Status &report, const KeptTokens &keep) {
                            if (keep.isEmpty())
                                return done(report);
                            m_services.secrets->write(
                                SecretStore::keyFor(m_tenant.id, FlowRun::keptTokensName()),
                                QString::fromUtf8(
                                    QJsonDocument(keep.toJson()).toJson(QJsonDocument::Compact)),
                                this, [report, done](const SecretResult &written) {
                                    if (!written.ok())
                                        return done(
                                            Error::failed(tr("%1 But what is left could not be kept: %2")
                                                              .arg(report.ok() ? report.value().message
                                                                               : report.errorText(),
                                                                   written.errorText())));
                                    done(report);
                                });
                        });
                });
            });
    });
}
