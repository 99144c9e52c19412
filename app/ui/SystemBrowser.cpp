#include "SystemBrowser.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QProcess>

namespace SystemBrowser {
bool open(const QUrl &url, QString *error) {
    const QString configured = qEnvironmentVariable("BROWSER").section(QLatin1Char(':'), 0, 0).trimmed();
    if (configured.isEmpty()) {
        if (QDesktopServices::openUrl(url))
            return true;
        *error = QCoreApplication::translate("SystemBrowser",
                                             "No browser could be opened for %1: set the BROWSER environment "
                                             "variable, or open the address yourself.")
                     .arg(url.toString());
        return false;
    }
    QStringList command = QProcess::splitCommand(configured);
    const QString address = QString::fromUtf8(url.toEncoded());
    if (configured.contains(QLatin1String("%s")))
        command.replaceInStrings(QStringLiteral("%s"), address);
    else
        command << address;
    const QString program = command.takeFirst();
    if (QProcess::startDetached(program, command))
        return true;
    *error =
        QCoreApplication::translate("SystemBrowser", "The browser \"%1\" (BROWSER) could not be started.")
            .arg(program);
    return false;
}
} // namespace SystemBrowser
