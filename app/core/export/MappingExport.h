#pragma once

#include "Mapping.h"
#include "store/AuditTrail.h"
#include "store/TenantStore.h"

#include <QCoreApplication>
#include <functional>
#include <optional>

class MappingStore;
class QIODevice;

// Mappings as CSV (UTF-8 with BOM, RFC 4180, the values as they are but formula injection
// neutralised), JSON (an array of the objects of `authorize --json` plus local_account, source,
// first_seen, last_verified) or an Excel workbook for people (Workbook: ids as text, times as
// dates).
// Never a secret: the mappings hold none.
class MappingExport {
    Q_DECLARE_TR_FUNCTIONS(MappingExport)

public:
    enum class Format { Csv, Json, Xlsx };
    static std::optional<Format> formatNamed(const QString &name);
    // Called every few hundred rows with the count so far; returning false cancels.
    using Progress = std::function<bool(int rows)>;

    // Writes atomically (QSaveFile): on failure or cancellation (Error::Kind::Cancelled) no file is
    // left and an existing one is untouched. The number of rows written.
    static Result<int> toFile(const MappingStore &store, const MappingFilter &filter, Format format,
                              const QString &path, const Progress &progress = {});
    // CSV or JSON (a workbook is a file: toFile).
    static Result<int> toDevice(const MappingStore &store, const MappingFilter &filter, Format format,
                                QIODevice *device, const Progress &progress = {});

    // One CSV cell: the value as it is, except that one starting a formula gets a ' so
    // spreadsheets do not run it; then RFC 4180 quoting when needed.
    static QString csvCell(const QString &value);
    // The value a CSV cell of `column` holds: times in local time with their UTC offset.
    static QString exportValue(const Mapping &mapping, int column);
    // A time as the admin reads it: local, with its UTC offset ("2026-11-22T17:30:00+08:00").
    static QString localTime(const QDateTime &time);
    // The audit trail as a CSV file: a BOM for Excel, RFC 4180 quoting, formula-safe cells.
    static QByteArray auditCsv(const QList<AuditTrail::Entry> &entries);
    // The audit trail as an Excel workbook, its times as date cells.
    static Status auditXlsx(const QList<AuditTrail::Entry> &entries, const QString &path);
    // Whether a spreadsheet would take `value` for a formula (OWASP's CSV injection): it starts
    // with = + - @ tab or CR and is not a signed number.
    static bool startsFormula(const QString &value);
    // One mapping as a CSV record, CRLF included, in the columns of the header.
    static QByteArray csvLine(const Mapping &mapping);
    static QList<int> columns(); // the exported columns, in order

private:
    static Result<int> toWorkbook(const MappingStore &store, const MappingFilter &filter, const QString &path,
                                  const Progress &progress);
};
