#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>

// A tenant's (or the store's) extra certificate authorities: a PEM file of one or more CA
// certificates, trusted for its endpoints besides the system's. Never a way to skip verification.
class CaBundle {
    Q_DECLARE_TR_FUNCTIONS(CaBundle)

public:
    // The certificates of the file at `path` (none for an empty path), or what is wrong with it.
    static Result<QList<QSslCertificate>> load(const QString &path);
};
