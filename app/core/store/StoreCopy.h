#pragma once

#include "Result.h"

#include <QCoreApplication>

class Database;

// Copies one store into another (`authdesk store migrate`): tenants, mappings with their local
// accounts and versions, sync progress, last identities, run history and the audit trail. In one
// transaction on the target: it is all there or none of it (a server that stops mid-way leaves
// nothing half-written). Rows are upserted by their keys, so a second copy changes nothing.
class StoreCopy {
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)

public:
    // Done's message counts what was copied; details holds the counts and both mapping checksums.
    static Status copy(Database &from, Database &to);
};
