#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP request and its answer as the admin sees it. Everything in here has already been
// passed through the Redactor: it is safe to show, copy and print.
struct HttpExchange {
    QString purpose; // e.g. "gettoken", "auth/getuserinfo"
    QDateTime started;
    QByteArray method;
    QUrl url;
    int status = 0; // 0 when no HTTP answer came back
    qint64 durationMs = 0;
    HeaderList requestHeaders;
    QByteArray requestBody;
    HeaderList responseHeaders;
    QByteArray responseBody;
    QString error; // transport-level failure, in words
    // The fields masked because they carry credentials ("response body: accessToken"), so that
    // what shows the exchange can say why a value is hidden.
    QStringList maskedCredentials;

    QString toText() const; // a readable dump for the detail pane and the clipboard
};
Q_DECLARE_METATYPE(HttpExchange)
