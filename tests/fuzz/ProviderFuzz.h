#pragma once

// What the provider harnesses share: an answer made of fuzzed bytes, and the properties every
// identity must have.
#include "FuzzInput.h"
#include "Identity.h"
#include "net/HttpClient.h"
#include "net/Redactor.h"
#include "providers/Provider.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ProviderFuzz {
// A secret the answers may echo (the harness seeds put it in): it must never reach identity.raw.
inline const QString echoedSecret = QStringLiteral("EchoedSecret0123456789");

// The answer as ProviderContext::sendJson makes it of the status and the bytes received.
inline JsonReply answer(FuzzInput &input) {
    static const int statuses[] = {200, 200, 200, 201, 400, 401, 403, 404, 429, 500, 503};
    Redactor::registerSecret(echoedSecret);
    HttpResponse response;
    response.status = statuses[input.choice(int(std::size(statuses)))];
    response.body = input.rest();
    return ProviderContext::jsonReply(QStringLiteral("fuzzed"), response);
}

// Whether `value` holds `text` as a string, or as a number written as `text`, at any depth.
inline bool holds(const QJsonValue &value, const QString &text) {
    if (value.isString())
        return value.toString() == text;
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17) == text ||
               QString::number(value.toInteger()) == text;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            if (holds(item, text))
                return true;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (holds(it.value(), text))
                return true;
    }
    return false;
}

// A number the platform sends as a code: 0 as a JSON number or as a string of digits.
inline bool isZeroCode(const QJsonValue &value) {
    bool ok = false;
    return (value.isDouble() && value.toDouble() == 0) ||
           (value.isString() && value.toString().trimmed().toLongLong(&ok) == 0 && ok);
}

// Every identity: an id that the answer holds (never invented, never a default), and no
// registered secret in what is kept of the answers. `answeredKey`: the extra field that holds the
// part of the id the answer gave, when the id is more than that (DingTalk's corpId:unionId).
inline void checkIdentity(const Result<Identity> &identity, const QJsonObject &answer,
                          const QString &answeredKey = {}) {
    if (!identity.ok()) {
        FUZZ_CHECK(!identity.error().message.isEmpty(), "an error without a message");
        FUZZ_CHECK(!identity.error().message.contains(echoedSecret), "the secret in an error message");
        return;
    }
    FUZZ_CHECK(!identity.value().externalId.isEmpty(), "an identity without an id");
    const QString answered = answeredKey.isEmpty() ? identity.value().externalId
                                                   : identity.value().extra.value(answeredKey).toString();
    FUZZ_CHECK(!answered.isEmpty() && holds(answer, answered), "id %s is not in the answer",
               qPrintable(identity.value().externalId));
    const QByteArray raw = QJsonDocument(identity.value().raw).toJson();
    FUZZ_CHECK(!raw.contains(echoedSecret.toUtf8()), "the secret in identity.raw: %s", raw.constData());
}
} // namespace ProviderFuzz
