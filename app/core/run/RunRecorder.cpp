#include "run/RunRecorder.h"

#include "run/FlowRun.h"
#include "store/MappingStore.h"
#include "store/RunHistory.h"
#include "store/TenantStore.h"

void RunRecorder::attach(const RunServices &services, FlowRun *run) {
    QObject::connect(run, &FlowRun::finished, run, [services, run](bool ok) {
        if (ok && run->yieldsIdentity())
            record(services, run);
        keep(services, run);
    });
}

void RunRecorder::keep(const RunServices &services, FlowRun *run) {
    if (run->tenant().id.isEmpty())
        return; // a tenant never saved has no history
    const Status kept = services.runs.record(run->record(), RunHistory::limitOf(run->tenant()));
    if (!kept.ok())
        qWarning("%s", qPrintable(kept.errorText())); // the run itself is over; the console still shows it
}

void RunRecorder::record(const RunServices &services, FlowRun *run) {
    const Identity &identity = run->identity();
    const Tenant &tenant = run->tenant();
    if (run->provider()->promisesStableIds()) {
        const QString previous = services.tenants.lastIdentity(tenant.id);
        if (previous == identity.externalId)
            run->addStep(FlowStep::Status::Ok, tr("%1 unchanged ✓").arg(identity.idType),
                         tr("the same as the previous run of this tenant"));
        else if (!previous.isEmpty())
            run->addStep(FlowStep::Status::Warning,
                         tr("⚠ %1 CHANGED since the previous run").arg(identity.idType),
                         tr("was %1, now %2. If the same person signed in, the platform broke its promise "
                            "that this id "
                            "is stable: every mapping built on it is at risk.")
                             .arg(previous, identity.externalId));
    }
    // Only a run whose state AuthDesk issued moves the baseline: a crafted URL must not plant the
    // id the next real run is compared with.
    if (identity.stateVerified)
        services.tenants.recordIdentity(tenant.id, identity.externalId);
    else
        run->addStep(
            FlowStep::Status::Warning, tr("Recorded as unverified"),
            tr("the state was not issued by this run: the mapping is marked unverified, its last "
               "verification is not stamped, and the id does not become the baseline of the next run"));
    if (const Status recorded = services.mappings.upsertFromFlow(tenant.id, identity, run->id());
        recorded.ok())
        run->addStep(FlowStep::Status::Ok, tr("Mapping recorded"),
                     tr("%1 %2 in the mappings").arg(identity.idType, identity.externalId));
    else
        run->addStep(FlowStep::Status::Warning, tr("Mapping not recorded"), recorded.errorText());
}
