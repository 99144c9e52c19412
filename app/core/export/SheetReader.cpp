#include "export/SheetReader.h"
#include "export/XlsxModule.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(SheetReader)
};
} // namespace

namespace SheetReader {

Result<QList<QStringList>> parseCsv(const QString &text) {
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
        return Error::failed(Words::tr("A quoted cell that starts on line %1 is never closed.").arg(line));
    if (fieldStarted || !field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

Result<QList<QStringList>> read(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("xlsx"))
        return Error::failed(
            Words::tr("%1 is neither CSV nor an Excel workbook (.xlsx). Save the sheet as one of them.")
                .arg(path));
    if (!QFileInfo(path).isReadable())
        return Error::failed(Words::tr("Cannot read %1: no such file, or not yours to read.").arg(path));
    if (suffix == QLatin1String("xlsx")) {
        const Result<XlsxFunctions> xlsx = XlsxModule::functions();
        return xlsx.ok() ? xlsx.value().read(path) : xlsx.error();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::failed(Words::tr("Cannot read %1: %2").arg(path, file.errorString()));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(file.readAll());
    if (utf8.hasError())
        return Error::failed(
            Words::tr("%1 is not UTF-8 text. Save it as CSV UTF-8 and import that.").arg(path));
    const Result<QList<QStringList>> rows = parseCsv(text);
    if (!rows.ok())
        return Error::failed(Words::tr("%1 is not valid CSV: %2").arg(path, rows.errorText()));
    return rows;
}

} // namespace SheetReader
