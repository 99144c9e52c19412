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

// One page of a whole-directory listing, and where the next one starts (empty: this was the last).
struct DirectoryPage {
    QList<Mapping> members;
    QString nextCursor;
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

    // A second secret that lets a sync list the whole directory page by page instead of a
    // department at a time (WeCom's contacts-sync secret): its keychain name, empty when the
    // platform has none. A tenant without it in the keychain is listed by department.
    virtual QString pagingSecretName() const { return {}; }
    // The page that starts at `cursor` (empty: the first); context.secret is the paging secret.
    virtual void memberPage(const Tenant &, const ProviderContext &, const QString &cursor,
                            const QHash<qint64, QString> &departmentNames,
                            std::function<void(const Result<DirectoryPage> &)> done) const {
        Q_UNUSED(cursor)
        Q_UNUSED(departmentNames)
        done(Error::failed(QStringLiteral("this directory cannot be listed by page")));
    }
};
