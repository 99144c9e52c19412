#pragma once

#include "Mapping.h"
#include "store/AuditTrail.h"
#include "store/TenantStore.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

class MappingStore;
class QIODevice;

// Mappings as CSV (UTF-8 with BOM, RFC 4180, formula injection neutralised) or JSON (an array of
// the objects of `authorize --json` plus local_account, source, first_seen, last_verified).
// Never a secret: the mappings hold none.
class MappingExport {
    Q_DECLARE_TR_FUNCTIONS(MappingExport)

public:
    enum class Format { Csv, Json };
    static std::optional<Format> formatNamed(const QString &name);
    // Called every few hundred rows with the count so far; returning false cancels.
    using Progress = std::function<bool(int rows)>;

    // Writes atomically (QSaveFile): on failure or cancellation no file is left and an existing
    // one is untouched. Returns the number of rows, or -1 with *error.
    static int toFile(const MappingStore &store, const MappingFilter &filter, Format format,
                      const QString &path, QString *error, const Progress &progress = {});
    static int toDevice(const MappingStore &store, const MappingFilter &filter, Format format,
                        QIODevice *device, QString *error, const Progress &progress = {});

    // One CSV cell: a leading = + - @ tab or CR gets a ' so spreadsheets do not run it as a
    // formula; then RFC 4180 quoting when needed.
    static QString csvCell(const QString &value);
    // The value a CSV cell of `column` holds: times in local time with their UTC offset.
    static QString exportValue(const Mapping &mapping, int column);
    // A time as the admin reads it: local, with its UTC offset ("2026-11-22T17:30:00+08:00").
    static QString localTime(const QDateTime &time);
    // The audit trail as a CSV file: a BOM for Excel, RFC 4180 quoting, formula-safe cells.
    static QByteArray auditCsv(const QList<AuditTrail::Entry> &entries);
    // A digit string a spreadsheet would turn into a number (a 19-digit id, +8613800000001, a
    // leading 0): the CSV keeps it as text.
    static bool isNumberLike(const QString &value);
    // One mapping as a CSV record, CRLF included, in the columns of the header.
    static QByteArray csvLine(const Mapping &mapping);
    static QList<int> columns(); // the exported columns, in order
};
