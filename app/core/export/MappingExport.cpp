#include "export/MappingExport.h"

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

bool MappingExport::isNumberLike(const QString &value) {
    static const QRegularExpression number(QStringLiteral("^(\\+?[0-9]{11,}|0[0-9]+)$"));
    return number.match(value).hasMatch();
}

QString MappingExport::csvCell(const QString &value) {
    if (isNumberLike(value)) // ="…": Excel keeps it as text, not 1.23457E+18 or a lost leading 0
        return QStringLiteral("\"=\"\"%1\"\"\"").arg(value);
    QString cell = value;
    static const QString risky = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && risky.contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')))
        cell = QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return cell;
}

int MappingExport::toDevice(const MappingStore &store, const MappingFilter &filter, Format format,
                            QIODevice *device, QString *error, const Progress &progress) {
    int rows = 0;
    bool cancelled = false;
    bool failed = false;
    auto write = [&](const QByteArray &bytes) {
        if (device->write(bytes) != bytes.size()) {
            *error = tr("Writing failed: %1").arg(device->errorString());
            failed = true;
        }
        return !failed;
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
            cancelled = true;
            return false;
        }
        return true;
    });
    if (!read.ok())
        *error = read.errorText();
    if (!read.ok() || failed)
        return -1;
    if (cancelled) {
        *error = tr("The export was cancelled.");
        return -1;
    }
    if (format == Format::Json && !write(rows ? "\n]\n" : "]\n"))
        return -1;
    return rows;
}

int MappingExport::toFile(const MappingStore &store, const MappingFilter &filter, Format format,
                          const QString &path, QString *error, const Progress &progress) {
    QSaveFile file(path);
    if (!UserFile::open(file, error))
        return -1;
    const int rows = toDevice(store, filter, format, &file, error, progress);
    if (rows < 0) {
        file.cancelWriting();
        return -1;
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return -1;
    }
    return rows;
}
