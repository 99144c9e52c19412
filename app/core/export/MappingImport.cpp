#include "export/MappingImport.h"

#include "export/SheetReader.h"

#include <QFileInfo>

namespace {
const QString localAccountField = QStringLiteral("local_account");

// The form two values of a field are compared in: a mobile without spaces, dashes or China's +86,
// an email in lower case.
QString normalized(MappingImport::Match match, QString value) {
    value = value.trimmed();
    switch (match) {
    case MappingImport::Match::Mobile:
        value.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        return value.startsWith(QLatin1String("+86")) ? value.mid(3) : value;
    case MappingImport::Match::Email:
        return value.toLower();
    case MappingImport::Match::ExternalId:
    case MappingImport::Match::Name:
        return value;
    }
    return value;
}

QString fieldOf(MappingImport::Match match, const Mapping &mapping) {
    switch (match) {
    case MappingImport::Match::ExternalId:
        return mapping.externalId;
    case MappingImport::Match::Mobile:
        return mapping.mobile;
    case MappingImport::Match::Email:
        return mapping.email;
    case MappingImport::Match::Name:
        return mapping.name;
    }
    return {};
}
} // namespace

std::optional<MappingImport::Match> MappingImport::matchNamed(const QString &name) {
    for (Match match : {Match::ExternalId, Match::Mobile, Match::Email, Match::Name})
        if (nameOf(match) == name)
            return match;
    return std::nullopt;
}

QString MappingImport::nameOf(Match match) {
    switch (match) {
    case Match::ExternalId:
        return QStringLiteral("external_id");
    case Match::Mobile:
        return QStringLiteral("mobile");
    case Match::Email:
        return QStringLiteral("email");
    case Match::Name:
        return QStringLiteral("name");
    }
    return {};
}

Status MappingImport::apply(MappingStore &store, const Plan &plan, const QString &path) {
    return store.setLocalAccounts(plan.changes, tr("imported from %1").arg(QFileInfo(path).fileName()));
}

Result<MappingImport::Plan> MappingImport::plan(const MappingStore &store, const QString &path, Match match,
                                                const QHash<QString, QString> &columns,
                                                const MappingFilter &filter) {
    const Result<QList<QStringList>> parsed = SheetReader::read(path);
    if (!parsed.ok())
        return parsed.error();
    const QList<QStringList> &rows = parsed.value();
    if (rows.size() < 2)
        return Error::failed(tr("%1 has no rows under its header.").arg(path));
    // The two columns the plan reads, found by name in the header.
    auto columnOf = [&](const QString &field) -> Result<int> {
        const QString wanted = columns.value(field, field);
        for (int i = 0; i < rows.first().size(); ++i)
            if (rows.first().at(i).trimmed() == wanted)
                return i;
        return Error::failed(
            tr("%1 has no column \"%2\" (its columns: %3). Name the column that holds the %4 "
               "with --column %4=COLUMN.")
                .arg(path, wanted, rows.first().join(QStringLiteral(", ")), field));
    };
    const Result<int> key = columnOf(nameOf(match));
    const Result<int> account = columnOf(localAccountField);
    if (!key.ok())
        return key.error();
    if (!account.ok())
        return account.error();

    // The file's people by the field they are matched on; the same one twice is not a list to trust.
    QHash<QString, int> lineOf;
    for (int row = 1; row < rows.size(); ++row) {
        const QString value = normalized(match, rows.at(row).value(key.value()));
        if (value.isEmpty())
            continue;
        if (lineOf.contains(value))
            return Error::failed(
                tr("%1 names %2 \"%3\" twice (rows %4 and %5); nothing is imported. Keep one of "
                   "them.")
                    .arg(path, nameOf(match), rows.at(row).value(key.value()).trimmed())
                    .arg(lineOf.value(value) + 1)
                    .arg(row + 1));
        lineOf.insert(value, row);
    }
    QHash<QString, QList<Mapping>> mappingsOf;
    const Status read = store.forEach(filter, [&](const Mapping &mapping) {
        if (const QString value = normalized(match, fieldOf(match, mapping)); lineOf.contains(value))
            mappingsOf[value].append(mapping);
        return true;
    });
    if (!read.ok())
        return read.error();

    Plan plan;
    for (int row = 1; row < rows.size(); ++row) {
        const QString value = normalized(match, rows.at(row).value(key.value()));
        const QString wanted = rows.at(row).value(account.value()).trimmed();
        if (value.isEmpty() || wanted.isEmpty())
            continue;
        const QList<Mapping> found = mappingsOf.value(value);
        if (found.isEmpty()) {
            plan.unmatched << row + 1;
            continue;
        }
        if (found.size() > 1) {
            plan.ambiguous << row + 1;
            continue;
        }
        const Mapping &m = found.first();
        const MappingStore::AccountChange change{
            {m.provider, m.tenantId, m.externalId}, m.localAccount, wanted, m.version};
        if (m.localAccount == wanted)
            ++plan.unchanged;
        else if (m.localAccount.isEmpty())
            plan.changes << change;
        else
            plan.conflicts << change;
    }
    return plan;
}
