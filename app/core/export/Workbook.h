#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>
#include <memory>

class WorkbookWriter;

// An Excel workbook of one table, for people: a header row frozen with filters, ids and numbers as
// text cells, times as date cells in local time, split over sheets of Excel's 1,048,576 rows.
// Written by libxlsxwriter (in the Excel module, XlsxModule.h) in constant-memory mode (a row at a
// time, whatever the size) inside a private directory beside the target, then moved into place
// readable by this user only: a failure or an abandoned workbook leaves no half file, and an
// existing one is untouched.
class Workbook {
    Q_DECLARE_TR_FUNCTIONS(Workbook)

public:
    struct Column {
        enum class Kind { Text, Time, Boolean };
        QString title;
        double width; // in characters
        Kind kind = Kind::Text;
    };
    // `sheet`: the sheets' name ("Mappings", then "Mappings 2", …).
    Workbook(const QString &path, const QString &sheet, QList<Column> columns);
    ~Workbook();
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    // One row, a cell per column: a QString (Text), a QDateTime (Time), a bool (Boolean); a null
    // or empty value leaves the cell blank. False once the workbook cannot be written.
    bool addRow(const QVariantList &cells);
    // Writes the file; on failure, the error says what and nothing is left at the path.
    Status commit();

private:
    std::unique_ptr<WorkbookWriter> m_writer; // from the Excel module (XlsxModule.h)
    Error m_unavailable;                      // why there is none
};
