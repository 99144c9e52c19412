#pragma once

#include "Result.h"

#include <QSqlDatabase>
#include <QString>

// The schema of both engines, as one ordered list of steps: each takes a store from version N-1
// to N. A store is migrated under a lock (SQLite: BEGIN EXCLUSIVE; PostgreSQL: an advisory lock),
// the version read inside it, so that two processes opening a store at once never both migrate it.
namespace Migrations {
constexpr int schemaVersion = 16;
// PostgreSQL's text of a mapping that a search matches (its trigram index is on this expression).
extern const char *const postgresSearchText;
// The version of the store behind `db` (0: new), or why it cannot be read.
Result<int> versionInUse(const QSqlDatabase &db, bool postgres);
// The checksum of the step to `version` in one engine's SQL; a store keeps those of the steps it
// ran (authdesk_migrations) and is refused when one differs from this build's.
QString checksum(int version, bool postgres);
// Brings the store behind `db` to schemaVersion, or says why it cannot.
Status migrate(QSqlDatabase db, bool postgres);
} // namespace Migrations
