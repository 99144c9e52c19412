#include "export/Workbook.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <xlsxwriter.h>

namespace {
constexpr quint32 rowsPerSheet = LXW_ROW_MAX; // 1,048,576, the header included
constexpr int longestText = 32767;            // characters in a cell, at most (Excel)
} // namespace

Workbook::Workbook(const QString &path, const QString &sheet, QList<Column> columns)
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

Workbook::~Workbook() {
    if (m_workbook) { // abandoned: the file in the private directory goes with it
        workbook_close(m_workbook);
        m_workbook = nullptr;
    }
}

void Workbook::startSheet() {
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

void Workbook::endSheet() {
    worksheet_autofilter(m_worksheet, 0, 0, m_row - 1, lxw_col_t(m_columns.size() - 1));
}

bool Workbook::addRow(const QVariantList &cells) {
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

Status Workbook::commit() {
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
