// The CSV and JSON export of one mapping with fuzzed fields. Properties: the CSV record parses back
// through a strict RFC 4180 reader to the same fields (a cell that began with = + - @ tab or CR
// carries one ' in front; a number-like digit string is ="digits", nothing else) and no other cell
// starts with = + - @ unquoted... nor quoted; the JSON object
// parses back to the same values, null for the unknown.
#include "FuzzInput.h"
#include "Mapping.h"
#include "export/MappingExport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <optional>

namespace {
// RFC 4180, strictly: a field is quoted ("" inside for a quote) or holds no quote, comma, CR or
// LF; the record ends with CRLF and nothing follows. Returns nothing when the text breaks a rule.
std::optional<QStringList> parseRecord(const QString &text) {
    QStringList fields;
    int i = 0;
    for (;;) {
        QString field;
        if (i < text.size() && text.at(i) == QLatin1Char('"')) {
            for (++i;; ++i) {
                if (i >= text.size())
                    return std::nullopt; // unterminated quote
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i);
            }
        } else {
            while (i < text.size() && !QStringLiteral(",\r\n\"").contains(text.at(i)))
                field += text.at(i++);
        }
        fields << field;
        if (i < text.size() && text.at(i) == QLatin1Char(',')) {
            ++i;
            continue;
        }
        if (text.mid(i) == QLatin1String("\r\n"))
            return fields;
        return std::nullopt; // a quote inside an unquoted field, text after a quote, no CRLF
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzInput input(data, size);
    Mapping m;
    m.provider = input.text();
    m.tenant = input.text();
    m.externalId = input.text();
    m.idType = input.text();
    m.name = input.text();
    m.department = input.text();
    m.mobile = input.text();
    m.email = input.text();
    m.localAccount = input.text();
    m.source = input.text();
    m.firstSeen = input.text();
    m.lastVerified = input.text();
    const int flags = input.choice(6);
    m.present = flags % 2;
    m.stateVerified = flags / 2 == 0 ? std::nullopt : std::optional<bool>(flags / 2 == 1);
    if (const QString secondary = input.text(); !secondary.isEmpty())
        m.secondaryIds.insert(QStringLiteral("open_userid"), secondary);

    // CSV: the fields come back as they are, each formula start neutralised by exactly one '.
    const QString record = QString::fromUtf8(MappingExport::csvLine(m));
    const std::optional<QStringList> fields = parseRecord(record);
    FUZZ_CHECK(fields.has_value(), "not RFC 4180: %s", qPrintable(record));
    QStringList expected;
    for (int column : MappingExport::columns())
        expected << MappingExport::exportValue(m, column);
    expected << (m.present ? QStringLiteral("true") : QStringLiteral("false")) << m.stateVerifiedText()
             << m.secondaryIdsText();
    FUZZ_CHECK(fields->size() == expected.size(), "%d fields, expected %d: %s", int(fields->size()),
               int(expected.size()), qPrintable(record));
    for (int i = 0; i < expected.size(); ++i) {
        const QString &cell = fields->at(i);
        const bool neutralised = MappingExport::startsFormula(expected.at(i));
        FUZZ_CHECK(cell == (neutralised ? QLatin1Char('\'') + expected.at(i) : expected.at(i)),
                   "field %d read back as \"%s\", expected \"%s\"", i, qPrintable(cell),
                   qPrintable(expected.at(i)));
        static const QRegularExpression formula(QStringLiteral("^[=+\\-@\t\r](?![0-9]+$)"));
        FUZZ_CHECK(!formula.match(cell).hasMatch(), "field %d starts a formula: %s", i, qPrintable(cell));
    }

    // JSON: the same values, null where nothing is known.
    const QByteArray json = QJsonDocument(m.toExportJson()).toJson(QJsonDocument::Compact);
    QJsonParseError error;
    const QJsonObject back = QJsonDocument::fromJson(json, &error).object();
    FUZZ_CHECK(error.error == QJsonParseError::NoError, "JSON does not parse: %s", json.constData());
    for (int column = Mapping::Provider; column < Mapping::Present; ++column) {
        const QJsonValue value = back.value(Mapping::exportKey(column));
        FUZZ_CHECK(m.value(column).isEmpty() ? value.isNull() : value.toString() == m.value(column),
                   "JSON %s is %s", qPrintable(Mapping::exportKey(column)), json.constData());
    }
    FUZZ_CHECK(back.value(QLatin1String("present")).toBool() == m.present, "present: %s", json.constData());
    FUZZ_CHECK(m.stateVerified ? back.value(QLatin1String("state_verified")).toBool() == *m.stateVerified
                               : back.value(QLatin1String("state_verified")).isNull(),
               "state_verified: %s", json.constData());
    FUZZ_CHECK(back.value(QLatin1String("secondary_ids")).toObject() == m.secondaryIds, "secondary_ids: %s",
               json.constData());
    return 0;
}
