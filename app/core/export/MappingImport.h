#pragma once

#include "Result.h"
#include "store/MappingStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

// Local accounts from the company's own list: a CSV file or an Excel workbook (SheetReader) whose
// rows name a person by one field and give their local account. A plan says what the file
// would change before anything is written: the accounts to set, the mappings that already have
// another one (left alone), the rows that match nobody or several people. A file that cannot be
// read, lacks a column or names a person twice plans nothing.
class MappingImport {
    Q_DECLARE_TR_FUNCTIONS(MappingImport)

public:
    enum class Match { ExternalId, Mobile, Email, Name };
    static std::optional<Match> matchNamed(const QString &name); // "external_id", "mobile", …
    static QString nameOf(Match match);

    struct Plan {
        QList<MappingStore::AccountChange> changes;   // accounts to set: the mapping had none
        QList<MappingStore::AccountChange> conflicts; // the mapping has another account: left alone
        int unchanged = 0;                            // the mapping has this account already
        QList<int> unmatched;                         // the file's line numbers that match nobody
        QList<int> ambiguous;                         // and those that match several mappings
    };
    // `columns`: the file's column for a field when it is not named as the field ("local_account"
    // → "账号", "mobile" → "手机"); `filter` limits the mappings matched (a tenant).
    static Result<Plan> plan(const MappingStore &store, const QString &path, Match match,
                             const QHash<QString, QString> &columns, const MappingFilter &filter = {});
    // Writes the plan's accounts (MappingStore::setLocalAccounts), the audit saying they came from
    // the file at `path`.
    static Status apply(MappingStore &store, const Plan &plan, const QString &path);
};
