#pragma once

#include "net/HttpExchange.h"

#include <QString>
#include <QUrl>

// A request a platform wants signed (企企's SigV4-signed code exchange), as the signature inspector
// starts from it: everything but the secret, which stays in the keychain under `secretName`.
struct SigningProfile {
    QByteArray method = "POST";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    QString accessKeyId;
    QString region;
    QString service;
    QString secretName;
};
