#include "DirectorySync.h"

#include "ExchangeLog.h"
#include "HttpClient.h"
#include "RandomToken.h"
#include "SecretStore.h"
#include "Workspace.h"
#include "providers/WeComProvider.h"

#include <QJsonArray>
#include <QTimer>

namespace {
constexpr int maxRateLimitHits = 5;
} // namespace

DirectorySync::DirectorySync(Workspace *workspace, const Tenant &tenant, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_tenant(tenant)
    , m_provider(dynamic_cast<const WeComProvider *>(Provider::find(tenant.provider)))
{
}

void DirectorySync::note(FlowStep::Status status, const QString &title, const QString &detail)
{
    emit stepAdded(FlowStep::make(status, title, detail));
}

void DirectorySync::start()
{
    if (!m_provider)
        return finish(false, tr("Directory sync is available for WeCom tenants; \"%1\" is a %2 tenant.")
                                 .arg(m_tenant.name, m_tenant.provider));
    m_workspace->secrets()->read(SecretStore::keyFor(m_tenant.id, m_provider->secretName()), this,
                                 [this](const SecretResult &secret) {
                                     if (!secret.ok)
                                         return finish(false, secret.error);
                                     m_secret = secret.value;
                                     const MappingStore::SyncProgress saved =
                                         m_workspace->mappings().syncProgress(m_tenant.name);
                                     m_progress.resumed = !saved.syncRun.isEmpty();
                                     m_syncRun = m_progress.resumed ? saved.syncRun : randomAlphanumeric(12);
                                     if (m_progress.resumed)
                                         note(FlowStep::Status::Info, tr("Resuming the interrupted sync"),
                                              tr("%1 departments were already done").arg(saved.departments.size()));
                                     listDepartments();
                                 });
}

void DirectorySync::cancel()
{
    if (m_done || m_cancelled)
        return;
    m_cancelled = true;
    note(FlowStep::Status::Warning, tr("Cancelling"), tr("waiting for %1 request(s) under way").arg(m_inFlight));
    if (m_inFlight == 0)
        finish(false, {});
}

void DirectorySync::listDepartments()
{
    ProviderContext context = m_workspace->providerContext(this, m_secret);
    context.retryDelayMs = m_retryDelayMs;
    ++m_progress.requests;
    m_provider->call(m_tenant, context, QStringLiteral("department/list"),
                     [this](const QString &token) {
                         HttpRequest r;
                         r.url = m_provider->endpointUrl(m_tenant, QStringLiteral("api"), QStringLiteral("/cgi-bin/department/list"),
                                                         {{QStringLiteral("access_token"), token}});
                         return r;
                     },
                     [this](const WeComProvider::ApiResult &result) {
                         if (m_cancelled)
                             return finish(false, {});
                         if (!result.ok)
                             return finish(false, result.error);
                         m_departmentNames = WeComProvider::departmentNames(result.json);
                         const QSet<qint64> done = m_workspace->mappings().syncProgress(m_tenant.name).departments;
                         const QJsonArray departments = result.json.value(QLatin1String("department")).toArray();
                         for (const QJsonValue &department : departments) {
                             const qint64 id = department.toObject().value(QLatin1String("id")).toInteger();
                             if (!done.contains(id))
                                 m_queue.append(id);
                         }
                         m_progress.departmentsTotal = departments.size();
                         m_progress.departmentsDone = departments.size() - m_queue.size();
                         note(FlowStep::Status::Ok, tr("%n department(s) listed", nullptr, departments.size()),
                              tr("%1 to walk").arg(m_queue.size()));
                         emit progressed(m_progress);
                         pump();
                     });
}

void DirectorySync::pump()
{
    if (m_done)
        return;
    if (m_cancelled || (m_queue.isEmpty() && m_inFlight == 0)) {
        if (m_inFlight == 0)
            finish(!m_cancelled, {});
        return;
    }
    while (!m_paused && !m_cancelled && m_inFlight < m_concurrency && !m_queue.isEmpty())
        syncDepartment(m_queue.takeFirst());
}

void DirectorySync::syncDepartment(qint64 department)
{
    ++m_inFlight;
    ++m_progress.requests;
    ProviderContext context = m_workspace->providerContext(this, m_secret);
    context.retryDelayMs = m_retryDelayMs;
    context.step = [this](const FlowStep &step) {
        if (step.status == FlowStep::Status::Warning) {
            ++m_progress.requests; // a retry
            emit stepAdded(step);
        }
    };
    m_provider->call(m_tenant, context, QStringLiteral("user/list"),
                     [this, department](const QString &token) {
                         HttpRequest r;
                         r.url = m_provider->endpointUrl(m_tenant, QStringLiteral("api"), QStringLiteral("/cgi-bin/user/list"),
                                                         {{QStringLiteral("access_token"), token},
                                                          {QStringLiteral("department_id"), QString::number(department)}});
                         return r;
                     },
                     [this, department](const WeComProvider::ApiResult &result) {
                         --m_inFlight;
                         if (m_done)
                             return;
                         if (!result.ok && (result.errcode == 45009 || result.errcode == 45033)) {
                             m_queue.prepend(department);
                             if (++m_rateLimitHits > maxRateLimitHits) {
                                 m_cancelled = true; // stop issuing; keep what is done for a resume
                                 if (m_inFlight == 0)
                                     finish(false, tr("WeCom keeps refusing with its rate limit (%1). The progress is "
                                                      "kept: run the sync again later to resume.").arg(result.errcode));
                                 return;
                             }
                             if (!m_paused) {
                                 m_paused = true;
                                 note(FlowStep::Status::Warning, tr("Rate limited (%1): pausing %2 s").arg(result.errcode).arg(m_pauseMs / 1000.0),
                                      result.error);
                                 QTimer::singleShot(m_pauseMs, this, [this] {
                                     m_paused = false;
                                     pump();
                                 });
                             }
                             return pump();
                         }
                         if (!result.ok && (result.errcode == 0 || result.errcode == -1)) {
                             // Transport failure, malformed answer, or still busy after the retries:
                             // stop here; the progress is kept for a resume.
                             m_cancelled = true;
                             if (m_inFlight == 0)
                                 finish(false, result.error);
                             return;
                         }
                         if (!result.ok) {
                             m_incomplete = true;
                             note(FlowStep::Status::Warning, tr("Department %1 skipped").arg(department), result.error);
                         } else {
                             m_rateLimitHits = 0;
                             QList<Mapping> members;
                             for (const QJsonValue &value : result.json.value(QLatin1String("userlist")).toArray()) {
                                 const QJsonObject member = value.toObject();
                                 Mapping m;
                                 m.provider = m_tenant.provider;
                                 m.tenant = m_tenant.name;
                                 m.externalId = member.value(QLatin1String("userid")).toString();
                                 m.idType = QStringLiteral("userid");
                                 m.name = member.value(QLatin1String("name")).toString();
                                 QStringList departments;
                                 for (const QJsonValue &id : member.value(QLatin1String("department")).toArray())
                                     departments << m_departmentNames.value(id.toInteger(), QString::number(id.toInteger()));
                                 m.department = departments.join(QLatin1Char(','));
                                 m.mobile = member.value(QLatin1String("mobile")).toString();
                                 m.email = member.value(QLatin1String("email")).toString();
                                 if (const QString open = member.value(QLatin1String("open_userid")).toString(); !open.isEmpty())
                                     m.secondaryIds.insert(QStringLiteral("open_userid"), open);
                                 if (!m.externalId.isEmpty())
                                     members.append(m);
                             }
                             QString error;
                             if (!m_workspace->mappings().upsertFromDirectory(members, m_syncRun, &error)) {
                                 m_cancelled = true;
                                 if (m_inFlight == 0)
                                     finish(false, error);
                                 return;
                             }
                             m_workspace->mappings().markDepartmentSynced(m_tenant.name, m_syncRun, department);
                             m_progress.members += members.size();
                         }
                         ++m_progress.departmentsDone;
                         emit progressed(m_progress);
                         pump();
                     });
}

void DirectorySync::finish(bool ok, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    if (!ok) {
        const QString text = message.isEmpty()
                                 ? tr("Cancelled after %1 of %2 departments. Run the sync again to resume.")
                                       .arg(m_progress.departmentsDone)
                                       .arg(m_progress.departmentsTotal)
                                 : message;
        emit finished(false, m_cancelled && message.isEmpty(), text);
        return;
    }
    int absent = 0;
    if (!m_incomplete)
        absent = m_workspace->mappings().markAbsent(m_tenant.provider, m_tenant.name, m_syncRun);
    m_workspace->mappings().clearSyncProgress(m_tenant.name);
    const QString text = m_incomplete
                             ? tr("Synced %1 departments; some could not be listed, so nobody was marked as gone.")
                                   .arg(m_progress.departmentsDone)
                             : tr("Synced %1 departments (%2 listings); %3 member(s) no longer in the directory.")
                                   .arg(m_progress.departmentsDone)
                                   .arg(m_progress.members)
                                   .arg(absent);
    emit finished(true, false, text);
}
