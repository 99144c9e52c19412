// The Excel module (libauthdesk_xlsx.so, see XlsxModule.h): workbooks written with libxlsxwriter,
// and read with libzip.
#include "export/XlsxModule.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <xlsxwriter.h>
#include <zip.h>

namespace {
constexpr quint32 rowsPerSheet = LXW_ROW_MAX; // 1,048,576, the header included
constexpr int longestText = 32767;            // characters in a cell, at most (Excel)

// Workbook's writer (see Workbook.h): in constant-memory mode inside a private directory beside
// the target, then moved into place.
class LibXlsxWorkbook : public WorkbookWriter {
    Q_DECLARE_TR_FUNCTIONS(Workbook)

public:
    using Column = Workbook::Column;
    LibXlsxWorkbook(const QString &path, const QString &sheet, QList<Column> columns);
    ~LibXlsxWorkbook() override;
    bool addRow(const QVariantList &cells) override;
    Status commit() override;

private:
    void startSheet();
    void endSheet();
    QString m_path;
    QString m_sheet;
    QList<Column> m_columns;
    QTemporaryDir m_private; // beside the target: the move into place is a rename
    lxw_workbook *m_workbook = nullptr;
    lxw_worksheet *m_worksheet = nullptr;
    lxw_format *m_header = nullptr;
    lxw_format *m_time = nullptr;
    int m_sheets = 0;
    quint32 m_row = 0; // the next row of the current sheet
    QString m_error;
};

LibXlsxWorkbook::LibXlsxWorkbook(const QString &path, const QString &sheet, QList<Column> columns)
    : m_path(path), m_sheet(sheet), m_columns(std::move(columns)),
      m_private(QFileInfo(path).absoluteDir().filePath(QStringLiteral(".authdesk-export-XXXXXX"))) {
    if (!m_private.isValid()) {
        m_error = tr("Cannot write in %1: %2").arg(QFileInfo(path).absolutePath(), m_private.errorString());
        return;
    }
    // The library's own temporary files (a sheet's rows until the end) stay in the private
    // directory too, beside the workbook.
    const QByteArray directory = QFile::encodeName(m_private.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char *>(directory.constData()); // copied by the library
    m_workbook = workbook_new_opt(
        QFile::encodeName(m_private.filePath(QStringLiteral("out.xlsx"))).constData(), &options);
    if (!m_workbook) {
        m_error = tr("Cannot start the workbook %1.").arg(path);
        return;
    }
    m_header = workbook_add_format(m_workbook);
    format_set_bold(m_header);
    m_time = workbook_add_format(m_workbook);
    format_set_num_format(m_time, "yyyy-mm-dd hh:mm:ss");
    startSheet();
}

LibXlsxWorkbook::~LibXlsxWorkbook() {
    if (m_workbook) { // abandoned: the file in the private directory goes with it
        workbook_close(m_workbook);
        m_workbook = nullptr;
    }
}

void LibXlsxWorkbook::startSheet() {
    ++m_sheets;
    const QByteArray name =
        (m_sheets == 1 ? m_sheet : QStringLiteral("%1 %2").arg(m_sheet).arg(m_sheets)).toUtf8();
    m_worksheet = workbook_add_worksheet(m_workbook, name.constData());
    m_row = 0;
    for (int column = 0; column < m_columns.size(); ++column) {
        worksheet_set_column(m_worksheet, lxw_col_t(column), lxw_col_t(column), m_columns.at(column).width,
                             m_columns.at(column).kind == Column::Kind::Time ? m_time : nullptr);
        worksheet_write_string(m_worksheet, 0, lxw_col_t(column),
                               m_columns.at(column).title.toUtf8().constData(), m_header);
    }
    worksheet_freeze_panes(m_worksheet, 1, 0);
    m_row = 1;
}

void LibXlsxWorkbook::endSheet() {
    worksheet_autofilter(m_worksheet, 0, 0, m_row - 1, lxw_col_t(m_columns.size() - 1));
}

bool LibXlsxWorkbook::addRow(const QVariantList &cells) {
    if (!m_error.isEmpty())
        return false;
    if (m_row == rowsPerSheet) {
        endSheet();
        startSheet();
    }
    for (int column = 0; column < m_columns.size() && column < cells.size(); ++column) {
        const QVariant &cell = cells.at(column);
        lxw_error written = LXW_NO_ERROR;
        switch (m_columns.at(column).kind) {
        case Column::Kind::Text:
            if (const QString text = cell.toString(); !text.isEmpty())
                written = worksheet_write_string(m_worksheet, m_row, lxw_col_t(column),
                                                 text.left(longestText).toUtf8().constData(), nullptr);
            break;
        case Column::Kind::Time:
            if (const QDateTime time = cell.toDateTime().toLocalTime(); time.isValid()) {
                lxw_datetime local{time.date().year(),   time.date().month(),
                                   time.date().day(),    time.time().hour(),
                                   time.time().minute(), time.time().second() + time.time().msec() / 1000.0};
                written = worksheet_write_datetime(m_worksheet, m_row, lxw_col_t(column), &local, m_time);
            }
            break;
        case Column::Kind::Boolean:
            if (!cell.isNull())
                written =
                    worksheet_write_boolean(m_worksheet, m_row, lxw_col_t(column), cell.toBool(), nullptr);
            break;
        }
        if (written != LXW_NO_ERROR) {
            m_error = tr("Writing the workbook %1 failed: %2")
                          .arg(m_path, QString::fromUtf8(lxw_strerror(written)));
            return false;
        }
    }
    ++m_row;
    return true;
}

Status LibXlsxWorkbook::commit() {
    if (!m_error.isEmpty())
        return Error::failed(m_error);
    endSheet();
    const lxw_error closed = workbook_close(m_workbook);
    m_workbook = nullptr;
    const QString written = m_private.filePath(QStringLiteral("out.xlsx"));
    if (closed != LXW_NO_ERROR)
        return Error::failed(
            tr("Writing the workbook %1 failed: %2").arg(m_path, QString::fromUtf8(lxw_strerror(closed))));
    // People's names, mobiles and emails: the file is the user's alone, before it is in place.
    if (!QFile::setPermissions(written, QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        std::rename(QFile::encodeName(written).constData(), QFile::encodeName(m_path).constData()) != 0)
        return Error::failed(
            tr("Cannot write %1: %2").arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
    return Done{};
}

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

extern "C" Q_DECL_EXPORT XlsxFunctions authdesk_xlsx_functions() {
    return {[](const QString &path, const QString &sheet, const QList<Workbook::Column> &columns)
                -> WorkbookWriter * { return new LibXlsxWorkbook(path, sheet, columns); },
            &readXlsx};
}
