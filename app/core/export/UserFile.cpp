#include "export/UserFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace {
QString cannotWrite(const QSaveFile &file) {
    return QCoreApplication::translate("UserFile", "Cannot write %1: %2")
        .arg(file.fileName(), file.errorString());
}
} // namespace

Status UserFile::open(QSaveFile &file) {
    if (!file.open(QIODevice::WriteOnly))
        return Error::failed(cannotWrite(file));
    // Set on the temporary file before a byte is written; the rename keeps it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                        QFileDevice::WriteUser);
    return Done{};
}

Status UserFile::write(const QString &path, const QByteArray &content) {
    QSaveFile file(path);
    if (const Status opened = open(file); !opened.ok())
        return opened;
    if (file.write(content) != content.size() || !file.commit())
        return Error::failed(cannotWrite(file));
    return Done{};
}
