#include "run/RunRecorder.h"

#include "run/FlowRun.h"
#include "workspace/Workspace.h"

void RunRecorder::attach(Workspace *workspace, FlowRun *run) {
    QObject::connect(run, &FlowRun::finished, run, [workspace, run](bool ok) {
        if (ok)
            record(workspace, run);
        keep(workspace, run);
    });
}

void RunRecorder::keep(Workspace *workspace, FlowRun *run) {
    if (run->tenant().id.isEmpty())
        return; // a tenant never saved has no history
    const int limit = run->tenant().setting(QStringLiteral("history_limit")).toInt();
    QString error;
    if (!workspace->runs().record(run->record(), limit > 0 ? limit : RunHistory::defaultLimit, &error))
        qWarning("%s", qPrintable(error)); // the run itself is over; the console still shows it
}

void RunRecorder::record(Workspace *workspace, FlowRun *run) {
    const Identity &identity = run->identity();
    const Tenant &tenant = run->tenant();
    if (run->provider()->promisesStableIds()) {
        const QString previous = workspace->tenants().lastIdentity(tenant.id);
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
        workspace->tenants().recordIdentity(tenant.id, identity.externalId);
    else
        run->addStep(
            FlowStep::Status::Warning, tr("Recorded as unverified"),
            tr("the state was not issued by this run: the mapping is marked unverified, its last "
               "verification is not stamped, and the id does not become the baseline of the next run"));
    QString error;
    if (workspace->mappings().upsertFromFlow(tenant.id, identity, run->id(), &error))
        run->addStep(FlowStep::Status::Ok, tr("Mapping recorded"),
                     tr("%1 %2 in the mappings").arg(identity.idType, identity.externalId));
    else
        run->addStep(FlowStep::Status::Warning, tr("Mapping not recorded"), error);
}
