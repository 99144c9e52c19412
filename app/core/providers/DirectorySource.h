#pragma once

#include "Mapping.h"
#include "Result.h"

#include <QHash>
#include <QList>
#include <functional>

struct ProviderContext;
struct Tenant;

struct DirectoryDepartment {
    qint64 id = 0;
    QString name;
};

// A platform's directory of members, listed a department at a time (WeCom's department/list and
// user/list). A provider that has one returns it from Provider::directorySource(). Errors say what
// a sync should do: Error::Kind::RateLimited pauses, Transient stops with the progress kept for a
// resume, and any other kind skips that department (the sync is then incomplete).
class DirectorySource {
public:
    virtual ~DirectorySource() = default;

    virtual void departments(const Tenant &tenant, const ProviderContext &context,
                             std::function<void(const Result<QList<DirectoryDepartment>> &)> done) const = 0;
    // The members of one department as mappings of source "directory"; `departmentNames` turns
    // the members' department ids into names.
    virtual void members(const Tenant &tenant, const ProviderContext &context, qint64 department,
                         const QHash<qint64, QString> &departmentNames,
                         std::function<void(const Result<QList<Mapping>> &)> done) const = 0;
};
