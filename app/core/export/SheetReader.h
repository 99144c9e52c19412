#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// A table the company keeps, read as rows of text (the first the header): a CSV file (UTF-8, with
// or without a BOM, RFC 4180) or the first sheet of an Excel workbook (.xlsx, through libzip). A
// file that cannot be read says what is wrong with it and what to do.
namespace SheetReader {
Result<QList<QStringList>> read(const QString &path);
// The rows of a CSV text; an error for a quote left open.
Result<QList<QStringList>> parseCsv(const QString &text);
} // namespace SheetReader
