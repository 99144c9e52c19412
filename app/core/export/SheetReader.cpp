#include "export/SheetReader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <zip.h>

namespace {
struct Words {
    Q_DECLARE_TR_FUNCTIONS(SheetReader)
};

// One member of a zip file, or nothing when it is not there.
std::optional<QByteArray> member(zip_t *archive, const char *name) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(archive, name, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE) ||
        stat.size > 512 * 1024 * 1024)
        return std::nullopt;
    zip_file_t *file = zip_fopen(archive, name, 0);
    if (!file)
        return std::nullopt;
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, bytes.data(), stat.size);
    zip_fclose(file);
    if (read != zip_int64_t(stat.size))
        return std::nullopt;
    return bytes;
}

// The text of every <t> inside each `element` ("si": a shared string, rich text runs joined).
QStringList texts(const QByteArray &xml, QLatin1String element) {
    QStringList found;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == element)
            found << QString();
        else if (reader.isStartElement() && reader.name() == QLatin1String("t") && !found.isEmpty())
            found.last() += reader.readElementText();
    }
    return found;
}

// The first sheet's member name: workbook.xml names it, its relationships say where it is.
QString firstSheet(zip_t *archive) {
    const auto workbook = member(archive, "xl/workbook.xml");
    const auto relations = member(archive, "xl/_rels/workbook.xml.rels");
    if (!workbook || !relations)
        return {};
    QString id;
    for (QXmlStreamReader reader(*workbook); !reader.atEnd() && id.isEmpty();)
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == QLatin1String("sheet"))
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                if (attribute.name() == QLatin1String("id")) // r:id
                    id = attribute.value().toString();
    for (QXmlStreamReader reader(*relations); !reader.atEnd();)
        if (reader.readNext() == QXmlStreamReader::StartElement &&
            reader.attributes().value(QLatin1String("Id")) == id) {
            const QString target = reader.attributes().value(QLatin1String("Target")).toString();
            return target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
        }
    return {};
}

// "BC12" → 54: the column of a cell reference.
int columnOf(QStringView reference) {
    int column = 0;
    for (QChar c : reference) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            break;
        column = column * 26 + (c.unicode() - 'A' + 1);
    }
    return column - 1;
}

Result<QList<QStringList>> readXlsx(const QString &path) {
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code);
    const QString unreadable =
        Words::tr(
            "%1 is not an Excel workbook (.xlsx) this can read. Save it again from Excel or as CSV (UTF-8).")
            .arg(path);
    if (!archive)
        return Error::failed(unreadable);
    const QString sheet = firstSheet(archive);
    const auto shared = member(archive, "xl/sharedStrings.xml");
    const auto cells = sheet.isEmpty() ? std::nullopt : member(archive, sheet.toUtf8().constData());
    zip_close(archive);
    if (!cells)
        return Error::failed(unreadable);
    const QStringList strings = shared ? texts(*shared, QLatin1String("si")) : QStringList();
    QList<QStringList> rows;
    QXmlStreamReader reader(*cells);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        if (reader.name() == QLatin1String("row")) {
            rows << QStringList();
        } else if (reader.name() == QLatin1String("c") && !rows.isEmpty()) {
            const int column = columnOf(reader.attributes().value(QLatin1String("r")));
            const QString type = reader.attributes().value(QLatin1String("t")).toString();
            QString value;
            // The cell's <v> (a number, a shared string's index, a formula's text) or <is><t>.
            while (!(reader.isEndElement() && reader.name() == QLatin1String("c")) && !reader.atEnd()) {
                reader.readNext();
                if (reader.isStartElement() &&
                    (reader.name() == QLatin1String("v") || reader.name() == QLatin1String("t")))
                    value += reader.readElementText();
            }
            if (type == QLatin1String("s"))
                value = strings.value(value.toInt());
            if (column >= 0) {
                QStringList &row = rows.last();
                while (row.size() <= column)
                    row << QString();
                row[column] = value;
            }
        }
    }
    if (reader.hasError())
        return Error::failed(unreadable);
    return rows;
}
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
    if (suffix == QLatin1String("xlsx"))
        return readXlsx(path);
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
