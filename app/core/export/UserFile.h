#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

class QSaveFile;

// Every file AuthDesk writes for the user (mapping and audit exports, run reports, scripts) is
// written atomically (QSaveFile: complete or absent) and is the user's alone (0600), as the
// database is: they hold people's names and numbers, and what a run sent and received.
namespace UserFile {
// Opens `file` for writing, readable and writable by the user only.
Status open(QSaveFile &file);
// Writes `content` to `path` as above.
Status write(const QString &path, const QByteArray &content);
} // namespace UserFile
