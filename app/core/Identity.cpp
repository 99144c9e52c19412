#include "Identity.h"

namespace {
QJsonValue orNull(const QString &value) {
    return value.isEmpty() ? QJsonValue() : QJsonValue(value);
}
} // namespace

QJsonObject Identity::toJson() const {
    QJsonObject object{{QStringLiteral("provider"), provider},
                       {QStringLiteral("tenant"), tenant},
                       {QStringLiteral("external_id"), externalId},
                       {QStringLiteral("id_type"), idType},
                       {QStringLiteral("name"), orNull(name)},
                       {QStringLiteral("department"), orNull(department)},
                       {QStringLiteral("mobile"), orNull(mobile)},
                       {QStringLiteral("email"), orNull(email)},
                       {QStringLiteral("state_verified"), stateVerified},
                       {QStringLiteral("raw"), raw}};
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return object;
}
