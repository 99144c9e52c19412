#pragma once

#include <QCoreApplication>

#include "run/RunServices.h"

class FlowRun;

// The step after a run: stores a successful run's identity in the mapping store, checks the
// platform's promise of stable ids against the tenant's previous run, and keeps every ended run
// in the tenant's history. The run itself ends at the
// identity and knows nothing of stores; Workspace::newRun attaches a recorder to every run.
class RunRecorder {
    Q_DECLARE_TR_FUNCTIONS(RunRecorder)

public:
    static void attach(const RunServices &services, FlowRun *run);

private:
    static void record(const RunServices &services, FlowRun *run);
    // Every ended run goes into the tenant's history, whatever its outcome.
    static void keep(const RunServices &services, FlowRun *run);
};
