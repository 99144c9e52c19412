#include "export/UserFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace {
QString cannotWrite(const QSaveFile &file) {
    return QCoreApplication::translate("UserFile", "Cannot write %1: %2")
        .arg(file.fileName(), file.errorString());
}
} // namespace

bool UserFile::open(QSaveFile &file, QString *error) {
    if (!file.open(QIODevice::WriteOnly)) {
        *error = cannotWrite(file);
        return false;
    }
    // Set on the temporary file before a byte is written; the rename keeps it.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                        QFileDevice::WriteUser);
    return true;
}

Status UserFile::write(const QString &path, const QByteArray &content) {
    QSaveFile file(path);
    QString error;
    if (!open(file, &error))
        return Error::failed(error);
    if (file.write(content) != content.size() || !file.commit())
        return Error::failed(cannotWrite(file));
    return Done{};
}
