#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <cmath>
#include <initializer_list>
#include <optional>

// A platform's numeric code as it arrives: a JSON number, or a string of digits ("0", "40001")
// read as the number it is. Anything else (missing, "E1001", true) is no number at all, so that
// a malformed answer is never mistaken for success.
inline std::optional<qint64> jsonInteger(const QJsonValue &value) {
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Whole numbers within qint64's range only: converting any other double is undefined.
        if (std::trunc(number) == number && std::abs(number) < 9.2e18)
            return qint64(number);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

// A string field whose name changed its casing over the years (WeCom's legacy PascalCase
// `UserId` beside today's `userid`): the first of `names` that holds a non-empty string.
inline QString eitherField(const QJsonObject &json, std::initializer_list<const char *> names) {
    for (const char *name : names)
        if (const QString value = json.value(QLatin1String(name)).toString(); !value.isEmpty())
            return value;
    return {};
}
