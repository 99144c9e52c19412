#include "export/MappingExport.h"

#include "export/Workbook.h"

#include <QRegularExpression>

#include <QDateTime>

#include "store/MappingStore.h"

#include "export/UserFile.h"
#include <QJsonDocument>

#include <QSaveFile>

std::optional<MappingExport::Format> MappingExport::formatNamed(const QString &name) {
    if (name.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (name.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return Format::Json;
    if (name.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return Format::Xlsx;
    return std::nullopt;
}

QList<int> MappingExport::columns() {
    QList<int> list;
    for (int column = Mapping::Provider; column < Mapping::Present; ++column)
        list << column;
    return list;
}

QByteArray MappingExport::csvLine(const Mapping &mapping) {
    QStringList cells;
    for (int column : columns())
        cells << csvCell(exportValue(mapping, column));
    cells << (mapping.present ? QStringLiteral("true") : QStringLiteral("false"))
          << mapping.stateVerifiedText() << csvCell(mapping.secondaryIdsText());
    return cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QString MappingExport::exportValue(const Mapping &mapping, int column) {
    const QString value = mapping.value(column);
    if (column != Mapping::FirstSeen && column != Mapping::LastVerified)
        return value;
    // Stored in UTC; a spreadsheet reader wants the admin's own time, its offset said.
    const QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
    return time.isValid() ? localTime(time) : value;
}

QString MappingExport::localTime(const QDateTime &time) {
    const QDateTime local = time.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

namespace {
Error cancelled() {
    return Error{Error::Kind::Cancelled, MappingExport::tr("The export was cancelled.")};
}
} // namespace

Result<int> MappingExport::toWorkbook(const MappingStore &store, const MappingFilter &filter,
                                      const QString &path, const Progress &progress) {
    QList<Workbook::Column> sheetColumns;
    for (int column : columns()) {
        const bool time = column == Mapping::FirstSeen || column == Mapping::LastVerified;
        sheetColumns.append({Mapping::exportKey(column),
                             time                            ? 20.0
                             : column == Mapping::ExternalId ? 24.0
                                                             : 16.0,
                             time ? Workbook::Column::Kind::Time : Workbook::Column::Kind::Text});
    }
    sheetColumns.append({QStringLiteral("present"), 9, Workbook::Column::Kind::Boolean});
    sheetColumns.append({QStringLiteral("state_verified"), 14, Workbook::Column::Kind::Boolean});
    sheetColumns.append({QStringLiteral("secondary_ids"), 30, Workbook::Column::Kind::Text});
    Workbook workbook(path, tr("Mappings"), sheetColumns);
    int rows = 0;
    bool stopped = false;
    const Status read = store.forEach(filter, [&](const Mapping &mapping) {
        QVariantList cells;
        for (int column : columns()) {
            if (column == Mapping::FirstSeen || column == Mapping::LastVerified)
                cells << QDateTime::fromString(mapping.value(column), Qt::ISODateWithMs);
            else
                cells << mapping.value(column);
        }
        cells << mapping.present << (mapping.stateVerified ? QVariant(*mapping.stateVerified) : QVariant())
              << (mapping.secondaryIds.isEmpty() ? QString() : mapping.secondaryIdsText());
        if (!workbook.addRow(cells))
            return false;
        ++rows;
        if (progress && rows % 500 == 0 && !progress(rows)) {
            stopped = true;
            return false;
        }
        return true;
    });
    if (stopped)
        return cancelled();
    const Status written = read.ok() ? workbook.commit() : read;
    if (!written.ok())
        return written.error();
    return rows;
}

Status MappingExport::auditXlsx(const QList<AuditTrail::Entry> &entries, const QString &path) {
    Workbook workbook(path, tr("Audit trail"),
                      {{QStringLiteral("at"), 20, Workbook::Column::Kind::Time},
                       {QStringLiteral("who"), 24},
                       {QStringLiteral("action"), 22},
                       {QStringLiteral("object"), 36},
                       {QStringLiteral("detail"), 48}});
    for (const auto &entry : entries)
        workbook.addRow({QDateTime::fromString(entry.at, Qt::ISODateWithMs), entry.who, entry.action,
                         entry.object, entry.detail});
    return workbook.commit();
}

QByteArray MappingExport::auditCsv(const QList<AuditTrail::Entry> &entries) {
    QByteArray csv = QByteArrayLiteral("\xEF\xBB\xBF") + "at,who,action,object,detail\r\n";
    for (const auto &entry : entries)
        csv += QStringList{csvCell(entry.at), csvCell(entry.who), csvCell(entry.action),
                           csvCell(entry.object), csvCell(entry.detail)}
                   .join(QLatin1Char(','))
                   .toUtf8() +
               "\r\n";
    return csv;
}

bool MappingExport::startsFormula(const QString &value) {
    // A signed digit string ("+8613800000001", "-2") starts like one, but a spreadsheet reads it as
    // the number it is: nothing to run, and a mobile must reach the reader as it is.
    static const QRegularExpression signedNumber(QStringLiteral("^[+-][0-9]+$"));
    static const QString risky = QStringLiteral("=+-@\t\r");
    return !value.isEmpty() && risky.contains(value.front()) && !signedNumber.match(value).hasMatch();
}

QString MappingExport::csvCell(const QString &value) {
    // The value as it is — ids, mobiles, leading zeros — for the scripts and importers that read
    // it; a spreadsheet that shows a long id as 1.23457E+18 is read better from the .xlsx export.
    QString cell = value;
    if (startsFormula(cell))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')))
        cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return cell;
}

Result<int> MappingExport::toDevice(const MappingStore &store, const MappingFilter &filter, Format format,
                                    QIODevice *device, const Progress &progress) {
    int rows = 0;
    bool stopped = false;
    bool failed = false;
    auto write = [&](const QByteArray &bytes) {
        failed = failed || device->write(bytes) != bytes.size();
        return !failed;
    };
    const auto writeFailed = [device] {
        return Error::failed(tr("Writing failed: %1").arg(device->errorString()));
    };
    if (format == Format::Csv) {
        QStringList header;
        for (int column : columns())
            header << Mapping::exportKey(column);
        header << QStringLiteral("present") << QStringLiteral("state_verified")
               << QStringLiteral("secondary_ids");
        write(QByteArrayLiteral("\xEF\xBB\xBF") + header.join(QLatin1Char(',')).toUtf8() + "\r\n");
    } else {
        write("[");
    }
    const Status read = store.forEach(filter, [&](const Mapping &mapping) {
        QByteArray line;
        if (format == Format::Csv) {
            line = csvLine(mapping);
        } else {
            line =
                (rows ? ",\n" : "\n") + QJsonDocument(mapping.toExportJson()).toJson(QJsonDocument::Compact);
        }
        ++rows;
        if (!write(line))
            return false;
        if (progress && rows % 500 == 0 && !progress(rows)) {
            stopped = true;
            return false;
        }
        return true;
    });
    if (!read.ok())
        return read.error();
    if (failed)
        return writeFailed();
    if (stopped)
        return cancelled();
    if (format == Format::Json && !write(rows ? "\n]\n" : "]\n"))
        return writeFailed();
    return rows;
}

Result<int> MappingExport::toFile(const MappingStore &store, const MappingFilter &filter, Format format,
                                  const QString &path, const Progress &progress) {
    if (format == Format::Xlsx)
        return toWorkbook(store, filter, path, progress);
    QSaveFile file(path);
    if (const Status opened = UserFile::open(file); !opened.ok())
        return opened.error();
    const Result<int> rows = toDevice(store, filter, format, &file, progress);
    if (!rows.ok()) {
        file.cancelWriting();
        return rows;
    }
    if (!file.commit())
        return Error::failed(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return rows;
}
