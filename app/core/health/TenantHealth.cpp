#include "health/TenantHealth.h"

#include "health/EndpointProbe.h"
#include "net/ExchangeLog.h"
#include "net/HttpExchange.h"
#include "providers/DirectorySource.h"
#include "providers/Provider.h"
#include "providers/SigningProfile.h"
#include "store/RunHistory.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimer>
#include <algorithm>

namespace {
constexpr qint64 clockWarnSeconds = 60;  // ID tokens are judged with 60 s of skew (§5.4)
constexpr qint64 clockFailSeconds = 300; // signed requests are refused past 5 minutes (§9.2)

// A `Date` header (RFC 9110 §5.6.7, IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT").
QDateTime httpDate(const QByteArray &value) {
    QDateTime date = QLocale::c().toDateTime(QString::fromLatin1(value).trimmed(),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    date.setTimeSpec(Qt::UTC);
    return date;
}
} // namespace

HealthCheck::Status TenantReport::status() const {
    return HealthCheck::worst(checks);
}

QJsonObject TenantReport::toJson() const {
    QJsonArray list;
    for (const HealthCheck &check : checks)
        list.append(check.toJson());
    return {{QStringLiteral("tenant"), tenant.name},
            {QStringLiteral("provider"), tenant.provider},
            {QStringLiteral("status"), HealthCheck::statusName(status())},
            {QStringLiteral("checked_at"), checkedAt.toString(Qt::ISODate)},
            {QStringLiteral("checks"), list}};
}

TenantHealth::TenantHealth(const RunServices &services, const Tenant &tenant, QObject *parent)
    : QObject(parent), m_services(services), m_log(new ExchangeLog(this)) {
    m_report.tenant = tenant;
}

void TenantHealth::start() {
    m_report.checkedAt = QDateTime::currentDateTimeUtc();
    const Provider *provider = Provider::find(m_report.tenant.provider);
    if (!provider->usesSecret(m_report.tenant)) {
        m_report.checks.append({QStringLiteral("secret"),
                                HealthCheck::Status::Skipped,
                                tr("This tenant has no secret (a public client)."),
                                {},
                                {}});
        return checkCredentials({});
    }
    TenantSecrets::read(
        m_services.secrets, m_report.tenant, this, [this, provider](const Result<TenantSecrets> &secrets) {
            if (!secrets.ok()) {
                const bool missing = secrets.error().is(Error::Kind::NotFound);
                m_report.unavailable = !missing;
                m_report.checks.append(
                    {QStringLiteral("secret"),
                     HealthCheck::Status::Fail,
                     secrets.errorText(),
                     missing ? tr("Enter it again: Edit tenant in the console, or \"authdesk tenant add\".")
                             : QString(),
                     {}});
                return finish();
            }
            m_report.checks.append({QStringLiteral("secret"),
                                    HealthCheck::Status::Ok,
                                    tr("The %1 is in this keychain.").arg(provider->secretName()),
                                    {},
                                    {}});
            m_report.checks.append(secretAgeCheck());
            checkCredentials(secrets.value());
        });
}

void TenantHealth::checkCredentials(const TenantSecrets &secrets) {
    m_secrets = secrets;
    const Provider *provider = Provider::find(m_report.tenant.provider);
    provider->checkCredentials(m_report.tenant, context(), [this, provider](const Status &checked) {
        HealthCheck credentials{QStringLiteral("credentials"),
                                checked.ok() ? HealthCheck::Status::Ok : HealthCheck::Status::Fail,
                                checked.ok() ? checked.value().message : checked.error().message,
                                checked.ok() ? QString() : checked.error().remedy,
                                checked.ok() ? checked.value().details : QJsonObject()};
        if (!checked.ok() && checked.error().platformCode)
            credentials.details.insert(QStringLiteral("platform_code"), checked.error().platformCode);
        m_report.checks.append(credentials);
        auto clockThenFinish = [this, provider] {
            m_report.checks.append(
                clockCheck(m_log->exchanges(), provider->signingProfile(m_report.tenant).has_value()));
            checkEndpoints([this] { finish(); });
        };
        if (!checked.ok()) // the platform's own checks need what the credentials give
            return clockThenFinish();
        provider->healthChecks(m_report.tenant, context(),
                               [this, clockThenFinish](const QList<HealthCheck> &checks) {
                                   m_report.checks += checks;
                                   checkPagingSecret(clockThenFinish);
                               });
    });
}

// The directory's second secret (WeCom's contacts-sync secret, §1.2), when the tenant has one:
// it fetches a token of its own.
void TenantHealth::checkPagingSecret(std::function<void()> then) {
    const Provider *provider = Provider::find(m_report.tenant.provider);
    const QString name =
        provider->directorySource() ? provider->directorySource()->pagingSecretName() : QString();
    if (name.isEmpty())
        return then();
    // Read with the tenant's other secrets (TenantSecrets) when the check began.
    const QString secret = m_secrets.others.value(name);
    if (secret.isEmpty()) {
        m_report.checks.append({name,
                                HealthCheck::Status::Skipped,
                                tr("No %1 is set: directory syncs list by department.").arg(name),
                                {},
                                {}});
        return then();
    }
    ProviderContext paging = context();
    paging.secret = secret;
    provider->checkCredentials(m_report.tenant, paging, [this, name, then](const Status &checked) {
        m_report.checks.append({name,
                                checked.ok() ? HealthCheck::Status::Ok : HealthCheck::Status::Fail,
                                checked.ok() ? tr("The %1 works: it fetches a token of its own.").arg(name)
                                             : checked.error().message,
                                checked.ok() ? QString() : tr("Enter the %1 again (Edit tenant).").arg(name),
                                {}});
        then();
    });
}

HealthCheck TenantHealth::secretAgeCheck() const {
    const Tenant &tenant = m_report.tenant;
    const QString name = Provider::find(tenant.provider)->secretName();
    if (!tenant.secretSetAt.isValid())
        return {QStringLiteral("secret_age"),
                HealthCheck::Status::Skipped,
                tr("AuthDesk has not recorded when the %1 was set (before this version kept the date).")
                    .arg(name),
                tr("Enter the %1 again (Edit tenant) to start counting its age.").arg(name),
                {}};
    const int age = int(tenant.secretSetAt.daysTo(m_report.checkedAt));
    const QJsonObject details{{QStringLiteral("set_at"), tenant.secretSetAt.toUTC().toString(Qt::ISODate)},
                              {QStringLiteral("age_days"), age},
                              {QStringLiteral("rotation_days"), tenant.rotationDays}};
    if (tenant.rotationDays <= 0)
        return {QStringLiteral("secret_age"),
                HealthCheck::Status::Ok,
                tr("The %1 was set %n day(s) ago; no rotation period is set.", nullptr, age).arg(name),
                {},
                details};
    if (age > tenant.rotationDays)
        return {QStringLiteral("secret_age"), HealthCheck::Status::Warn,
                tr("The %1 is %n day(s) old, past its rotation period of %2 days.", nullptr, age)
                    .arg(name)
                    .arg(tenant.rotationDays),
                tr("Make a new %1 on the platform and enter it (Edit tenant).").arg(name), details};
    return {QStringLiteral("secret_age"),
            HealthCheck::Status::Ok,
            tr("The %1 is %n day(s) old; it is due for rotation in %2 days.", nullptr, age)
                .arg(name)
                .arg(tenant.rotationDays - age),
            {},
            details};
}

void TenantHealth::checkEndpoints(std::function<void()> then) {
    const Provider *provider = Provider::find(m_report.tenant.provider);
    QList<QUrl> hosts; // scheme, host and port of each endpoint, once each
    for (const QUrl &url : provider->knownAddresses(m_report.tenant)) {
        QUrl origin;
        origin.setScheme(url.scheme());
        origin.setHost(url.host());
        origin.setPort(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
        if (url.isValid() && !url.host().isEmpty() && !hosts.contains(origin))
            hosts << origin;
    }
    const Result<QList<QSslCertificate>> cas = context().trustedCas; // what the calls trust
    if (!cas.ok()) {
        m_report.checks.append(
            {QStringLiteral("tls"), HealthCheck::Status::Fail, cas.error().message, cas.error().remedy, {}});
        return then();
    }
    auto results = std::make_shared<QList<EndpointProbe::Result>>();
    auto next = std::make_shared<std::function<void()>>();
    *next = [this, hosts, cas = cas.value(), results, next, then] {
        if (results->size() == hosts.size()) {
            m_report.checks << EndpointProbe::endpointsCheck(*results) << EndpointProbe::tlsCheck(*results);
            const std::function<void()> done = then; // this lambda is gone with the next line
            *next = nullptr;                         // which ends the cycle of it and its own pointer
            return done();
        }
        auto *probe = new EndpointProbe(hosts.at(results->size()), cas, this);
        connect(probe, &EndpointProbe::finished, this,
                [probe, results, next](const EndpointProbe::Result &result) {
                    probe->deleteLater();
                    results->append(result);
                    (*next)();
                });
        probe->start();
    };
    (*next)();
}

ProviderContext TenantHealth::context() {
    ProviderContext context = m_services.providerContext(this, m_secrets.main, m_report.tenant.caBundle);
    context.otherSecrets = m_secrets.others;
    context.log = m_log; // the exchanges the clock check reads
    return context;
}

HealthCheck TenantHealth::clockCheck(const QList<HttpExchange> &exchanges, bool signs) {
    HealthCheck check{QStringLiteral("clock"),
                      HealthCheck::Status::Skipped,
                      tr("No answer of the platform's carried a Date to compare this computer's clock with."),
                      {},
                      {}};
    for (const HttpExchange &exchange : exchanges) {
        for (const auto &[name, value] : exchange.responseHeaders) {
            if (name.compare("Date", Qt::CaseInsensitive) != 0)
                continue;
            const QDateTime server = httpDate(value);
            if (!server.isValid())
                continue;
            // The server dated its answer between the request and its arrival, to the second below:
            // by how much it is ahead lies between these two; within them, no drift is shown.
            const QDateTime sent = exchange.started.toUTC();
            const QDateTime arrived = sent.addMSecs(exchange.durationMs);
            const qint64 atLeast = arrived.secsTo(server);
            const qint64 atMost = sent.secsTo(server) + 1;
            const qint64 ahead = atLeast > 0 ? atLeast : atMost < 0 ? atMost : 0;
            const qint64 off = qAbs(ahead);
            check.details = {{QStringLiteral("offset_seconds"), -ahead},
                             {QStringLiteral("server_date"), QString::fromLatin1(value)}};
            if (off > clockFailSeconds && signs)
                check.status = HealthCheck::Status::Fail;
            else if (off > clockWarnSeconds)
                check.status = HealthCheck::Status::Warn;
            else
                check.status = HealthCheck::Status::Ok;
            check.message = off <= clockWarnSeconds
                                ? tr("This computer's clock agrees with the platform's (within a minute).")
                                : (ahead > 0 ? tr("This computer's clock is %1 s behind the platform's.")
                                             : tr("This computer's clock is %1 s ahead of the platform's."))
                                      .arg(off);
            check.remedy =
                off <= clockWarnSeconds
                    ? QString()
                    : (signs ? tr("Signed requests are refused past 5 minutes: set the clock right "
                                  "(timedatectl set-ntp true).")
                             : tr("Tokens are judged with a minute of skew: set the clock right "
                                  "(timedatectl set-ntp true)."));
            return check;
        }
    }
    return check;
}

void TenantHealth::finish() {
    if (m_done)
        return;
    m_done = true;
    if (!m_report.unavailable) {
        // When it last signed someone in: a tenant nobody signs in with may be broken unnoticed.
        const QList<RunRecord> runs = m_services.runs.list(m_report.tenant.id);
        const auto lastGood =
            std::find_if(runs.cbegin(), runs.cend(), [](const RunRecord &run) { return run.succeeded(); });
        if (lastGood == runs.cend())
            m_report.checks.append({QStringLiteral("last_run"),
                                    HealthCheck::Status::Warn,
                                    tr("No kept run of this tenant succeeded."),
                                    tr("Run an authorization to verify the sign-in end to end."),
                                    {}});
        else
            m_report.checks.append({QStringLiteral("last_run"),
                                    HealthCheck::Status::Ok,
                                    tr("The last successful run was %n day(s) ago.", nullptr,
                                       int(lastGood->started.daysTo(QDateTime::currentDateTimeUtc()))),
                                    {},
                                    {{QStringLiteral("run"), lastGood->id},
                                     {QStringLiteral("started"), lastGood->started.toString(Qt::ISODate)}}});
    }
    // Reported from the event loop: whoever started the check is ready for the answer.
    QTimer::singleShot(0, this, [this] { emit finished(m_report); });
}
