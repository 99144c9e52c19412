#include "export/Workbook.h"
#include "export/XlsxModule.h"

#include "Modules.h"

namespace {
Modules::Entry<decltype(&authdesk_xlsx_functions)> module("libauthdesk_xlsx.so", "authdesk_xlsx_functions");
} // namespace

void XlsxModule::setFunctions(decltype(&authdesk_xlsx_functions) functions) {
    module.set(functions);
}

Result<XlsxFunctions> XlsxModule::functions() {
    const auto entry = module.get();
    if (!entry.ok())
        return Error{Error::Kind::Unavailable,
                     Workbook::tr("AuthDesk's Excel module could not be loaded (%1).").arg(entry.errorText()),
                     Workbook::tr("Reinstall AuthDesk, or use CSV meanwhile.")};
    return entry.value()();
}

Workbook::Workbook(const QString &path, const QString &sheet, QList<Column> columns) {
    const Result<XlsxFunctions> xlsx = XlsxModule::functions();
    if (xlsx.ok())
        m_writer.reset(xlsx.value().write(path, sheet, columns));
    else
        m_unavailable = xlsx.error();
}

Workbook::~Workbook() = default;

bool Workbook::addRow(const QVariantList &cells) {
    return m_writer && m_writer->addRow(cells);
}

Status Workbook::commit() {
    return m_writer ? m_writer->commit() : Status(m_unavailable);
}
