#include "net/CaBundle.h"

#include <QFile>

Result<QList<QSslCertificate>> CaBundle::load(const QString &path) {
    if (path.isEmpty())
        return QList<QSslCertificate>();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Unavailable,
                     tr("The CA bundle %1 cannot be read: %2.").arg(path, file.errorString()),
                     tr("Give the tenant a PEM file of your certificate authority (Edit tenant, or "
                        "--ca-bundle FILE).")};
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty())
        return Error::failed(
            tr("The CA bundle %1 holds no PEM certificate.").arg(path),
            tr("Give a file with \"-----BEGIN CERTIFICATE-----\" blocks, such as your CA's ca.pem."));
    return certificates;
}
