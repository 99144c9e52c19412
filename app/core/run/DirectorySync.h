#pragma once

#include "FlowStep.h"
#include "Mapping.h"
#include "Tenant.h"
#include "providers/Provider.h"
#include "run/RunServices.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>

class DirectorySource;

// Walks a tenant's directory (the provider's DirectorySource: WeCom's department/list, then
// user/list per department) and upserts every member into the mappings as source "directory",
// never touching local accounts. A few departments are fetched at once; a rate limit pauses every
// request before trying again. Progress is kept in the database, so a cancelled or failed sync
// resumes where it stopped; only a complete sync marks members that are gone. Whatever ends the
// sync, nothing it started outlives it: requests still under way are aborted, timers dropped.
class DirectorySync : public QObject {
    Q_OBJECT

public:
    struct Progress {
        int departmentsDone = 0;
        int departmentsTotal = 0;
        int members = 0;     // member rows written by this sync (one per department listing)
        int requests = 0;    // HTTP calls made, retries included
        int rowsWritten = 0; // rows inserted or changed; a member listed as stored is not rewritten
        bool resumed = false;
    };

    DirectorySync(const RunServices &services, const Tenant &tenant, QObject *parent = nullptr);

    void setConcurrency(int requests) { m_concurrency = qMax(1, requests); }
    void setRateLimitPause(int milliseconds) { m_pauseMs = milliseconds; }
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }
    void start();
    // Ends the sync as cancelled once the member listings under way are stored; no new request.
    void cancel();
    bool isFinished() const { return m_done; }
    const Progress &progress() const { return m_progress; }

signals:
    void progressed(const DirectorySync::Progress &progress);
    void stepAdded(const FlowStep &step);
    void finished(bool ok, bool cancelled, const QString &message);

private:
    void begin(); // with the secrets read
    void listDepartments();
    void listPage(const QString &cursor); // the paging path: every member, a page at a time
    // A rate-limit refusal: pauses, then `resume`s; past maxRateLimitHits the sync stops instead
    // (false), its progress kept.
    // `wave`: m_wave when the refused call started. A call that started before the latest pause
    // began belongs to the wave that pause answered, however late its refusal arrives.
    bool waitOutRateLimit(const Error &refusal, int wave, std::function<void()> resume);
    void pump(); // keeps up to m_concurrency user/list calls in flight
    void syncDepartment(qint64 department);
    // Writes the members listed since the last write, with the departments they complete; false
    // (the sync then stops with the error) when the store refuses.
    bool flush();
    void finish(bool ok, const QString &message);
    void note(FlowStep::Status status, const QString &title, const QString &detail = {});
    ProviderContext context();
    ProviderContext pagingContext(); // with the paging secret instead of the main one
    // Stops issuing requests; the sync ends with `message` once none is under way.
    void stop(const QString &message);

    RunServices m_services;
    Tenant m_tenant;
    const Provider *m_provider;
    const DirectorySource *m_source;
    QObject *m_calls; // the guard of every request; deleted when the sync ends
    QString m_secret;
    QString m_pagingSecret; // empty: listed by department
    QString m_syncRun;
    QList<qint64> m_queue;
    QList<Mapping> m_batch;                   // listed, not yet written
    QList<qint64> m_batchDepartments;         // the departments m_batch completes
    QElapsedTimer m_sinceFlush;               // since the last write: a slow sync writes every batchMs too
    QHash<qint64, QString> m_departmentNames; // members are stored with names, as flows store them
    int m_inFlight = 0;
    int m_concurrency = 4;
    int m_pauseMs = 60000;
    int m_retryDelayMs = 500;
    int m_rateLimitHits = 0;
    bool m_paused = false;
    int m_wave = 0; // pauses begun so far
    bool m_cancelled = false;
    bool m_incomplete = false; // a department could not be listed: do not mark anyone absent
    QString m_stopMessage;     // the first error that stopped the sync
    bool m_done = false;
    bool m_claimed = false; // this sync holds the tenant's sync claim (SyncClaims::claim)
    Progress m_progress;
};
Q_DECLARE_METATYPE(DirectorySync::Progress)
