#include "Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QUrlQuery>

const QString Redactor::mask = QStringLiteral("***");

namespace {
QMutex &secretsMutex() {
    static QMutex mutex;
    return mutex;
}
QSet<QString> &secrets() {
    static QSet<QString> set;
    return set;
}

const QStringList &secretFieldNames() {
    static const QStringList names = {
        QStringLiteral("access_token"),    QStringLiteral("corpsecret"),
        QStringLiteral("contacts_secret"), QStringLiteral("app_secret"),
        QStringLiteral("secretaccesskey"), QStringLiteral("secret"),
        QStringLiteral("user_ticket"),     QStringLiteral("authorization"),
        QStringLiteral("refresh_token"),   QStringLiteral("provider_access_token")};
    return names;
}
} // namespace

void Redactor::registerSecret(const QString &value) {
    // Very short values would mask ordinary words; real secrets and tokens are long.
    if (value.size() < 8)
        return;
    QMutexLocker lock(&secretsMutex());
    secrets().insert(value);
}

bool Redactor::isSecretField(const QString &name) {
    return secretFieldNames().contains(name.toLower());
}

QString Redactor::text(const QString &input) {
    QString out = input;
    // key=value (query strings, form bodies) and "key": "value" (JSON) for the known secret names.
    static const QString names = secretFieldNames().join(QLatin1Char('|'));
    static const QRegularExpression queryPattern(QStringLiteral("(?i)\\b(%1)=([^&\\s\"']+)").arg(names));
    static const QRegularExpression jsonPattern(
        QStringLiteral("(?i)(\"(?:%1)\"\\s*:\\s*\")([^\"]*)(\")").arg(names));
    out.replace(queryPattern, QStringLiteral("\\1=") + mask);
    out.replace(jsonPattern, QStringLiteral("\\1") + mask + QStringLiteral("\\3"));
    QMutexLocker lock(&secretsMutex());
    for (const QString &secret : std::as_const(secrets()))
        out.replace(secret, mask);
    return out;
}

QByteArray Redactor::bytes(const QByteArray &input) {
    return text(QString::fromUtf8(input)).toUtf8();
}

QUrl Redactor::url(const QUrl &input) {
    QUrl out = input;
    QUrlQuery query(input);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &item : items) {
        if (isSecretField(item.first)) {
            query.removeAllQueryItems(item.first);
            query.addQueryItem(item.first, mask);
        }
    }
    out.setQuery(query);
    return QUrl(text(out.toString()));
}

QJsonValue Redactor::json(const QJsonValue &input) {
    if (input.isObject()) {
        QJsonObject object = input.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = isSecretField(it.key()) ? QJsonValue(mask) : json(it.value());
        return object;
    }
    if (input.isArray()) {
        QJsonArray array;
        for (const QJsonValue &value : input.toArray())
            array.append(json(value));
        return array;
    }
    if (input.isString())
        return text(input.toString());
    return input;
}
