#include "run/DirectorySync.h"

#include "providers/TenantSecrets.h"

#include "store/AuditTrail.h"
#include "store/MappingStore.h"
#include "store/SyncClaims.h"
#include "store/TenantStore.h"

#include <QLocale>

#include "crypto/RandomToken.h"
#include "providers/DirectorySource.h"

#include <QTimer>

namespace {
constexpr int maxRateLimitHits = 5;
// Members listed are written in transactions of about this many rows, or what was listed in this
// long (a listing's departments with them): few commits, and little work lost to a kill -9.
constexpr int batchRows = 5000;
constexpr int batchMs = 500;
} // namespace

DirectorySync::DirectorySync(const RunServices &services, const Tenant &tenant, QObject *parent)
    : QObject(parent), m_services(services), m_tenant(tenant), m_provider(Provider::find(tenant.provider)),
      m_source(m_provider ? m_provider->directorySource() : nullptr), m_calls(new QObject(this)) {
}

void DirectorySync::note(FlowStep::Status status, const QString &title, const QString &detail) {
    emit stepAdded(FlowStep::make(status, title, detail));
}

ProviderContext DirectorySync::pagingContext() {
    ProviderContext paging = context();
    paging.secret = m_pagingSecret;
    return paging;
}

ProviderContext DirectorySync::context() {
    ProviderContext context = m_services.providerContext(m_calls, m_secret, m_tenant.caBundle);
    context.retryDelayMs = m_retryDelayMs;
    context.step = [this](const FlowStep &step) {
        if (step.status == FlowStep::Status::Warning) {
            ++m_progress.requests; // a retry
            emit stepAdded(step);
        }
    };
    return context;
}

void DirectorySync::start() {
    m_sinceFlush.start();
    if (!m_source)
        return finish(false,
                      tr("Directory sync is not available for \"%1\": %2 offers no directory to list.")
                          .arg(m_tenant.name, m_provider ? m_provider->displayName() : m_tenant.provider));
    // On a shared store, one admin syncs a tenant at a time.
    if (const Status claimed = m_services.syncClaims.claim(m_tenant.id); !claimed.ok())
        return finish(false,
                      claimed.error().is(Error::Kind::Unavailable)
                          ? tr("%1 is syncing the directory of \"%2\" right now; wait until that sync ends.")
                                .arg(claimed.error().message, m_tenant.name)
                          : claimed.errorText());
    m_claimed = true;
    // The paging secret is optional: without it the directory is listed by department.
    TenantSecrets::read(m_services.secrets, m_tenant, m_calls, [this](const Result<TenantSecrets> &secrets) {
        if (!secrets.ok())
            return finish(false, secrets.errorText());
        m_secret = secrets.value().main;
        m_pagingSecret = secrets.value().others.value(m_source->pagingSecretName());
        begin();
    });
}

void DirectorySync::begin() {
    const MappingStore::SyncProgress saved = m_services.mappings.syncProgress(m_tenant.id);
    m_progress.resumed = !saved.syncRun.isEmpty();
    m_syncRun = m_progress.resumed ? saved.syncRun : randomAlphanumeric(12);
    if (m_progress.resumed)
        note(FlowStep::Status::Info, tr("Resuming the interrupted sync"),
             m_pagingSecret.isEmpty() ? tr("%1 departments were already done").arg(saved.departments.size())
                                      : tr("the listing starts again from its first page"));
    // Which path, and why the rows hold what they hold: admins ask why mobile and email are empty.
    if (m_pagingSecret.isEmpty())
        note(FlowStep::Status::Info, tr("Listing each department (user/list)"),
             tr("the tenant holds no contacts-sync secret, so members are listed a department at a time. "
                "Apps created after 2022-06-20 receive no mobile or email from WeCom here."));
    else
        note(FlowStep::Status::Info, tr("Listing every member by page (user/list_id)"),
             tr("with the contacts-sync secret, up to 10,000 members a page. This listing gives userids "
                "and departments only: names come from a run or an earlier department listing, and no "
                "mobile or email."));
    listDepartments();
}

void DirectorySync::cancel() {
    if (m_done)
        return;
    m_cancelled = true;
    // Member listings under way are let finish and stored, so that a resume need not repeat
    // them; with none (or during the department listing) the sync ends now, aborting the request.
    note(FlowStep::Status::Warning, tr("Cancelling"),
         tr("waiting for %1 request(s) under way").arg(m_inFlight));
    if (m_inFlight == 0)
        finish(false, {});
}

void DirectorySync::stop(const QString &message) {
    m_cancelled = true; // stop issuing; keep what is done for a resume
    if (m_stopMessage.isEmpty())
        m_stopMessage = message;
    if (m_inFlight == 0)
        finish(false, m_stopMessage);
}

void DirectorySync::listDepartments() {
    ++m_progress.requests;
    m_source->departments(m_tenant, context(), [this](const Result<QList<DirectoryDepartment>> &result) {
        if (m_cancelled)
            return finish(false, {});
        if (!result.ok())
            return finish(false, result.errorText());
        const QList<DirectoryDepartment> &departments = result.value();
        for (const DirectoryDepartment &department : departments)
            m_departmentNames.insert(department.id, department.name);
        const QSet<qint64> done = m_services.mappings.syncProgress(m_tenant.id).departments;
        for (const DirectoryDepartment &department : departments)
            if (!done.contains(department.id))
                m_queue.append(department.id);
        m_progress.departmentsTotal = departments.size();
        if (!m_pagingSecret.isEmpty()) {
            m_queue.clear();
            emit progressed(m_progress);
            return listPage({});
        }
        m_progress.departmentsDone = departments.size() - m_queue.size();
        note(FlowStep::Status::Ok, tr("%n department(s) listed", nullptr, departments.size()),
             tr("%1 to walk").arg(m_queue.size()));
        emit progressed(m_progress);
        pump();
    });
}

void DirectorySync::pump() {
    if (m_done)
        return;
    if (m_cancelled || (m_queue.isEmpty() && m_inFlight == 0)) {
        if (m_inFlight == 0)
            finish(!m_cancelled, m_stopMessage);
        return;
    }
    while (!m_paused && !m_cancelled && m_inFlight < m_concurrency && !m_queue.isEmpty())
        syncDepartment(m_queue.takeFirst());
}

void DirectorySync::syncDepartment(qint64 department) {
    ++m_inFlight;
    ++m_progress.requests;
    m_source->members(m_tenant, context(), department, m_departmentNames,
                      [this, department, wave = m_wave](const Result<QList<Mapping>> &result) {
                          --m_inFlight;
                          if (m_done)
                              return;
                          if (!result.ok() && result.error().is(Error::Kind::RateLimited)) {
                              m_queue.prepend(department);
                              if (waitOutRateLimit(result.error(), wave, [this] { pump(); }))
                                  pump();
                              return;
                          }
                          if (!result.ok() && result.error().is(Error::Kind::Transient)) {
                              // Transport failure, malformed answer, or still busy after the retries: stop
                              // here; the progress is kept for a resume.
                              return stop(result.errorText());
                          }
                          if (!result.ok()) {
                              m_incomplete = true;
                              note(FlowStep::Status::Warning, tr("Department %1 skipped").arg(department),
                                   result.errorText());
                          } else {
                              m_rateLimitHits = 0;
                              m_batch += result.value();
                              m_batchDepartments.append(department);
                              if ((m_batch.size() >= batchRows || m_sinceFlush.elapsed() >= batchMs) &&
                                  !flush())
                                  return;
                              m_progress.members += result.value().size();
                          }
                          ++m_progress.departmentsDone;
                          emit progressed(m_progress);
                          pump();
                      });
}

bool DirectorySync::waitOutRateLimit(const Error &refusal, int wave, std::function<void()> resume) {
    // The calls under way when the platform starts refusing are refused together: one wave, one
    // pause, one hit. Only a call started after the pause began counts again: a wave is the calls
    // it holds, not the moments their answers happen to arrive.
    if (m_paused) // a pause is under way: it resumes the sync when it ends
        return true;
    if (wave < m_wave) // answered by a pause already over: go on
        return true;
    if (++m_rateLimitHits > maxRateLimitHits) {
        stop(tr("The platform keeps refusing with its rate limit (%1). The progress is kept: run the sync "
                "again later to resume.")
                 .arg(refusal.platformCode));
        return false;
    }
    m_paused = true;
    ++m_wave;
    note(FlowStep::Status::Warning,
         tr("Rate limited (%1): pausing %2 s").arg(refusal.platformCode).arg(m_pauseMs / 1000.0),
         refusal.text());
    QTimer::singleShot(m_pauseMs, m_calls, [this, resume] {
        m_paused = false;
        resume();
    });
    return true;
}

void DirectorySync::listPage(const QString &cursor) {
    ++m_inFlight;
    ++m_progress.requests;
    m_source->memberPage(
        m_tenant, pagingContext(), cursor, m_departmentNames,
        [this, cursor, wave = m_wave](const Result<DirectoryPage> &page) {
            --m_inFlight;
            if (m_done)
                return;
            if (m_cancelled)
                return finish(false, m_stopMessage);
            if (!page.ok() && page.error().is(Error::Kind::RateLimited)) {
                if (waitOutRateLimit(page.error(), wave, [this, cursor] { listPage(cursor); }) && !m_paused)
                    listPage(cursor); // refused in a wave whose pause is over: ask again
                return;
            }
            if (!page.ok()) // nothing to skip in a listing by page: the sync stops incomplete
                return finish(false, page.errorText());
            m_rateLimitHits = 0;
            m_batch += page.value().members;
            if (!flush())
                return;
            m_progress.members += page.value().members.size();
            if (page.value().nextCursor.isEmpty()) {
                m_progress.departmentsDone = m_progress.departmentsTotal;
                emit progressed(m_progress);
                return finish(true, {});
            }
            emit progressed(m_progress);
            listPage(page.value().nextCursor);
        });
}

bool DirectorySync::flush() {
    m_sinceFlush.restart();
    if (m_batch.isEmpty() && m_batchDepartments.isEmpty())
        return true;
    const Result<int> written =
        m_services.mappings.upsertFromDirectory(m_tenant.id, m_batch, m_syncRun, m_batchDepartments);
    m_batch.clear();
    m_batchDepartments.clear();
    if (!written.ok()) {
        stop(written.errorText());
        return false;
    }
    m_progress.rowsWritten += written.value();
    return true;
}

void DirectorySync::finish(bool ok, const QString &message) {
    if (m_done)
        return;
    // What was listed is written before the sync ends, whatever ends it (a cancelled or stopped
    // sync keeps it for a resume).
    if (!flush())
        return; // stop() ends the sync with the store's error
    m_done = true;
    if (m_claimed)
        m_services.syncClaims.release(m_tenant.id);
    // Nothing the sync started outlives it: requests under way are aborted, timers dropped.
    delete m_calls;
    m_calls = nullptr;
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
        absent = m_services.mappings.markAbsent(m_tenant.id, m_syncRun);
    m_services.mappings.clearSyncProgress(m_tenant.id);
    const QString text =
        m_incomplete ? tr("Synced %1 departments; some could not be listed, so nobody was marked as gone.")
                           .arg(QLocale().toString(m_progress.departmentsDone))
                     : tr("Synced %1 departments (%2 listings); %3 member(s) no longer in the directory.")
                           .arg(QLocale().toString(m_progress.departmentsDone),
                                QLocale().toString(m_progress.members), QLocale().toString(absent));
    m_services.audit.record(QStringLiteral("directory.sync"), m_tenant.name, text);
    emit finished(true, false, text);
}
