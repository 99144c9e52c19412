#include "export/MappingImport.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

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

Result<QList<QStringList>> MappingImport::parseCsv(const QString &text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false, fieldStarted = false;
    int line = 1;
    for (int i = text.startsWith(QChar(0xFEFF)) ? 1 : 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                line += c == QLatin1Char('\n');
                field += c;
            }
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
            fieldStarted = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (fieldStarted || !field.isEmpty() || !row.isEmpty())
                rows << (row << field);
            row.clear();
            field.clear();
            fieldStarted = false;
            ++line;
        } else {
            field += c;
        }
    }
    if (quoted)
        return Error::failed(tr("A quoted cell that starts on line %1 is never closed.").arg(line));
    if (fieldStarted || !field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

Result<MappingImport::Plan> MappingImport::plan(const MappingStore &store, const QString &path, Match match,
                                                const QHash<QString, QString> &columns,
                                                const MappingFilter &filter) {
    if (QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0)
        return Error::failed(
            tr("%1 is not a CSV file. Save the sheet as CSV (UTF-8) and import that.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(tr("Cannot read %1: %2").arg(path, file.errorString()));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(file.readAll());
    if (utf8.hasError())
        return Error::failed(tr("%1 is not UTF-8 text. Save it as CSV UTF-8 and import that.").arg(path));
    const Result<QList<QStringList>> parsed = parseCsv(text);
    if (!parsed.ok())
        return Error::failed(tr("%1 is not valid CSV: %2").arg(path, parsed.errorText()));
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
