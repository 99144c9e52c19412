#pragma once

#include "Result.h"
#include "export/Workbook.h"

#include <QStringList>

// Excel files are written with libxlsxwriter and read with libzip in a module of their own
// (libauthdesk_xlsx.so beside the program, XlsxFiles.cpp), loaded on the first workbook: a
// program that writes or reads none loads neither library. Workbook and SheetReader are what the
// rest of AuthDesk uses.
class WorkbookWriter {
public:
    virtual ~WorkbookWriter() = default;
    virtual bool addRow(const QVariantList &cells) = 0;
    virtual Status commit() = 0;
};

struct XlsxFunctions {
    WorkbookWriter *(*write)(const QString &path, const QString &sheet,
                             const QList<Workbook::Column> &columns);
    Result<QList<QStringList>> (*read)(const QString &path);
};

namespace XlsxModule {
// The module's functions, loaded now if they are not yet, or why the module cannot be loaded.
Result<XlsxFunctions> functions();
// Tests that link the module's code register its entry (authdesk_xlsx_functions) instead.
void setFunctions(XlsxFunctions (*functions)());
} // namespace XlsxModule

extern "C" XlsxFunctions authdesk_xlsx_functions();
