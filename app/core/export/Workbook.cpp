#include "export/Workbook.h"
#include "export/XlsxModule.h"

#include "Modules.h"

#include <QMutex>

namespace {
QMutex loading;
std::optional<XlsxFunctions> registered;
} // namespace

void XlsxModule::setFunctions(XlsxFunctions functions) {
    const QMutexLocker locked(&loading);
    registered = functions;
}

Result<XlsxFunctions> XlsxModule::functions() {
    const QMutexLocker locked(&loading);
    if (!registered) {
        const Result<QFunctionPointer> loaded =
            Modules::resolve(QStringLiteral("libauthdesk_xlsx.so"), "authdesk_xlsx_functions");
        if (!loaded.ok())
            return Error{
                Error::Kind::Unavailable,
                Workbook::tr("AuthDesk's Excel module could not be loaded (%1).").arg(loaded.errorText()),
                Workbook::tr("Reinstall AuthDesk, or use CSV meanwhile.")};
        registered = reinterpret_cast<decltype(&authdesk_xlsx_functions)>(loaded.value())();
    }
    return *registered;
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
