#include "net/Redactor.h"

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

// A field name as the backstop compares it: lower case, without '_' and '-'.
QString normalised(const QString &name) {
    QString out = name.toLower();
    out.remove(QLatin1Char('_'));
    out.remove(QLatin1Char('-'));
    return out;
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

bool Redactor::isCredentialName(const QString &name) {
    const QString n = normalised(name);
    if (n.isEmpty())
        return false;
    for (const char *anywhere : {"secret", "password", "passwd", "privatekey", "aeskey"})
        if (n.contains(QLatin1String(anywhere)))
            return true;
    // A bare "token" is also the name of an OAuth endpoint (--endpoint token=URL): where it is a
    // credential, the provider declares it for the call.
    for (const char *ending : {"token", "ticket", "assertion", "verifier", "permanentcode", "sessionkey"})
        if (n.endsWith(QLatin1String(ending)) && n != QLatin1String("token"))
            return true;
    return n == QLatin1String("authorization") || n == QLatin1String("proxyauthorization");
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
    // names the backstop calls credentials. A named field's value is masked to its end (the next
    // &, quote or line end), not to the first space: "secret=pass phrase" hides the whole phrase.
    static const QRegularExpression queryPattern(QStringLiteral("\\b([A-Za-z0-9_.-]+)=([^&\\r\\n\"']+)"));
    static const QRegularExpression jsonPattern(
        QStringLiteral("(\"((?:[^\"\\\\]|\\\\.)*)\"\\s*:\\s*\")((?:[^\"\\\\]|\\\\.)*)(\")"));
    const auto maskNamed = [](const QString &input, const QRegularExpression &pattern, int name, int value) {
        QString result;
        qsizetype copied = 0;
        for (auto it = pattern.globalMatch(input); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            if (!isCredentialName(match.captured(name)) || match.captured(value) == mask)
                continue;
            result += input.mid(copied, match.capturedStart(value) - copied) + mask;
            copied = match.capturedEnd(value);
        }
        return result + input.mid(copied);
    };
    out = maskNamed(out, queryPattern, 1, 2);
    out = maskNamed(out, jsonPattern, 2, 3);
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
        if (isCredentialName(item.first)) {
            query.removeAllQueryItems(item.first);
            query.addQueryItem(item.first, mask);
        }
    }
    out.setQuery(query);
    return QUrl(text(out.toString()));
}

QJsonValue Redactor::json(const QJsonValue &input) {
    if (input.isObject()) {
        const QJsonObject in = input.toObject();
        QJsonObject object;
        // A name is text too: a secret echoed as a member's name is masked there as well.
        for (auto it = in.begin(); it != in.end(); ++it)
            object.insert(text(it.key()), isCredentialName(it.key()) ? QJsonValue(mask)
                                          : isCodeField(it.key()) && it.value().toString().size() >= 12
                                              ? QJsonValue(maskCode(it.value().toString()))
                                              : json(it.value()));
        return object;
    }
    if (input.isArray()) {
        const QJsonArray in = input.toArray();
        // A [name, value] pair, as header lists are kept: the value of a credential is masked.
        if (in.size() == 2 && in.at(0).isString() && in.at(1).isString() &&
            isCredentialName(in.at(0).toString()))
            return QJsonArray{in.at(0), mask};
        QJsonArray array;
        for (const QJsonValue &value : in)
            array.append(json(value));
        return array;
    }
    if (input.isString())
        return text(input.toString());
    return input;
}

CredentialScan::CredentialScan(const QStringList &declared) {
    for (const QString &name : declared)
        m_declared << normalised(name);
}

bool CredentialScan::isCredential(const QString &name) const {
    return m_declared.contains(normalised(name)) || Redactor::isCredentialName(name);
}

void CredentialScan::found(const QString &where, const QString &name, const QString &value) {
    Redactor::registerSecret(value);
    const QString entry = where + QStringLiteral(": ") + name;
    if (!m_masked.contains(entry))
        m_masked << entry;
}

QUrl CredentialScan::url(const QUrl &input, const QString &where) {
    QUrlQuery query(input);
    QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyDecoded);
    bool changed = false;
    for (auto &item : items) {
        if (isCredential(item.first) && !item.second.isEmpty()) {
            found(where, item.first, item.second);
            item.second = Redactor::mask;
            changed = true;
        }
    }
    if (!changed)
        return input;
    QUrlQuery masked;
    masked.setQueryItems(items);
    QUrl out = input;
    out.setQuery(masked);
    return out;
}

HeaderList CredentialScan::headers(const HeaderList &input, const QString &where) {
    HeaderList out;
    for (const auto &header : input) {
        const QString name = QString::fromLatin1(header.first);
        if (isCredential(name) && !header.second.isEmpty()) {
            found(where, name, QString::fromUtf8(header.second));
            out.append({header.first, Redactor::mask.toUtf8()});
        } else {
            out.append(header);
        }
    }
    return out;
}

namespace {
// Every (name, string value) pair of a JSON value, at any depth.
void stringFields(const QJsonValue &value, QList<QPair<QString, QString>> *out) {
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isString())
                out->append({it.key(), it.value().toString()});
            else
                stringFields(it.value(), out);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            stringFields(item, out);
    }
}
// A string as a JSON writer puts it between its quotes.
QString jsonEscaped(const QString &value) {
    const QString json = QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
    return json.mid(2, json.size() - 4);
}
} // namespace

QByteArray CredentialScan::body(const QByteArray &input, const QString &where) {
    if (input.isEmpty())
        return input;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(input, &error);
    if (error.error == QJsonParseError::NoError && (document.isObject() || document.isArray())) {
        QList<QPair<QString, QString>> fields;
        stringFields(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()),
                     &fields);
        QString out = QString::fromUtf8(input);
        for (const auto &[name, value] : std::as_const(fields)) {
            if (!isCredential(name) || value.isEmpty())
                continue;
            found(where, name, value);
            // The value where it stands, after its name: "name" : "value", as written (a slash
            // may come escaped, as PHP writes it).
            for (const QString &escaped :
                 {jsonEscaped(value), jsonEscaped(value).replace(QLatin1Char('/'), QLatin1String("\\/"))}) {
                const QRegularExpression pair(QStringLiteral("(\"%1\"\\s*:\\s*\")%2(\")")
                                                  .arg(QRegularExpression::escape(jsonEscaped(name)),
                                                       QRegularExpression::escape(escaped)));
                out.replace(pair, QStringLiteral("\\1") + Redactor::mask + QStringLiteral("\\2"));
            }
        }
        return out.toUtf8();
    }
    // A form: name=value pairs joined by '&', each value percent-encoded.
    static const QRegularExpression form(QStringLiteral("^[^=&\\s]+=[^&\\s]*(&[^=&\\s]+=[^&\\s]*)*$"));
    if (!form.match(QString::fromLatin1(input)).hasMatch())
        return input;
    QList<QByteArray> pairs = input.split('&');
    for (QByteArray &pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        const QString name = QUrl::fromPercentEncoding(pair.left(equals));
        const QByteArray raw = pair.mid(equals + 1);
        if (!isCredential(name) || raw.isEmpty())
            continue;
        found(where, name, QUrl::fromPercentEncoding(QByteArray(raw).replace('+', ' ')));
        pair = pair.left(equals + 1) + Redactor::mask.toUtf8();
    }
    return pairs.join('&');
}
