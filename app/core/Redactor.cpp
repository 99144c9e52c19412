#include "Redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QUrlQuery>
#include <algorithm>

const QString Redactor::mask = QStringLiteral("***");

namespace {
QMutex &secretsMutex() {
    static QMutex mutex;
    return mutex;
}
// Every form of every registered secret, longest first: replacing a longer secret before a shorter
// one it contains never leaves part of the longer one visible.
QStringList &secretForms() {
    static QStringList forms;
    return forms;
}

// The forms a secret takes in what AuthDesk shows: raw, percent-encoded as Provider::endpointUrl
// encodes query values (a space as %20 and as +), and escaped inside a JSON string (\" and \\, and
// \/ as PHP writes a slash).
QStringList formsOf(const QString &secret) {
    QStringList forms{secret};
    const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(secret));
    forms << percent << QString(percent).replace(QLatin1String("%20"), QLatin1String("+"));
    // Escaped by a real JSON writer (quotes, backslashes and control characters), without the quotes.
    QString json = QString::fromUtf8(QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact));
    json = json.mid(2, json.size() - 4);
    forms << json << QString(json).replace(QLatin1Char('/'), QLatin1String("\\/"));
    forms.removeDuplicates();
    return forms;
}

const QStringList &secretFieldNames() {
    static const QStringList names = {
        QStringLiteral("access_token"),    QStringLiteral("corpsecret"),
        QStringLiteral("contacts_secret"), QStringLiteral("app_secret"),
        QStringLiteral("secretaccesskey"), QStringLiteral("secret"),
        QStringLiteral("user_ticket"),     QStringLiteral("authorization"),
        QStringLiteral("refresh_token"),   QStringLiteral("provider_access_token"),
        QStringLiteral("client_secret"),   QStringLiteral("id_token"),
        QStringLiteral("code_verifier")};
    return names;
}
} // namespace

void Redactor::registerSecret(const QString &value) {
    // Very short values would mask ordinary words; real secrets and tokens are long.
    if (value.size() < 8)
        return;
    QMutexLocker lock(&secretsMutex());
    QStringList &forms = secretForms();
    if (forms.contains(value))
        return;
    forms << formsOf(value);
    forms.removeDuplicates();
    std::stable_sort(forms.begin(), forms.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

void Redactor::forgetSecrets() {
    QMutexLocker lock(&secretsMutex());
    secretForms().clear();
}

bool Redactor::isSecretField(const QString &name) {
    return secretFieldNames().contains(name.toLower());
}

QString Redactor::text(const QString &input) {
    QString out = input;
    // Registered secrets first, in every form, longest first...
    {
        QMutexLocker lock(&secretsMutex());
        for (const QString &form : std::as_const(secretForms()))
            out.replace(form, mask);
    }
    // ...then key=value (query strings, form bodies, log text) and "key": "value" (JSON) for the
    // known secret names. A named field's value is masked to its end (the next &, quote or line
    // end), not to the first space: "secret=pass phrase" hides the whole phrase.
    static const QString names = secretFieldNames().join(QLatin1Char('|'));
    static const QRegularExpression queryPattern(QStringLiteral("(?i)\\b(%1)=([^&\\r\\n\"']+)").arg(names));
    static const QRegularExpression jsonPattern(
        QStringLiteral("(?i)(\"(?:%1)\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")").arg(names));
    out.replace(queryPattern, QStringLiteral("\\1=") + mask);
    out.replace(jsonPattern, QStringLiteral("\\1") + mask + QStringLiteral("\\3"));
    return maskCodes(out);
}

bool Redactor::isCodeField(const QString &name) {
    return name.compare(QLatin1String("code"), Qt::CaseInsensitive) == 0 ||
           name.compare(QLatin1String("authCode"), Qt::CaseInsensitive) == 0 ||
           name.compare(QLatin1String("auth_code"), Qt::CaseInsensitive) == 0;
}

QString Redactor::maskCode(const QString &code) {
    return code.left(4) + QStringLiteral("…");
}

QString Redactor::maskCodes(const QString &input) {
    // Authorization codes are credentials until used: keep their first 4 characters, enough to
    // tell two runs apart. In JSON only long values: "code" is also a platform's error code there.
    static const QRegularExpression codes(
        QStringLiteral("(?i)(\\b(?:code|authcode|auth_code)=)([^&\\s\"'#]+)|(\"(?:code|authCode|auth_code)"
                       "\"\\s*:\\s*\")([^\"\\\\]{12,})(\")"));
    QString out;
    qsizetype copied = 0;
    for (auto it = codes.globalMatch(input); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const bool query = match.capturedStart(1) >= 0;
        const QString value = match.captured(query ? 2 : 4);
        if (value.endsWith(QStringLiteral("…")))
            continue; // masked already
        out += input.mid(copied, match.capturedStart() - copied);
        out += query ? match.captured(1) + maskCode(value)
                     : match.captured(3) + maskCode(value) + match.captured(5);
        copied = match.capturedEnd();
    }
    return out + input.mid(copied);
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
            it.value() = isSecretField(it.key()) ? QJsonValue(mask)
                         : isCodeField(it.key()) && it.value().toString().size() >= 12
                             ? QJsonValue(maskCode(it.value().toString()))
                             : json(it.value());
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
