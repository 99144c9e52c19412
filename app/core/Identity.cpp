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

Identity Identity::fromJson(const QJsonObject &json) {
    static const QStringList known = {
        QStringLiteral("provider"), QStringLiteral("tenant"), QStringLiteral("external_id"),
        QStringLiteral("id_type"),  QStringLiteral("name"),   QStringLiteral("department"),
        QStringLiteral("mobile"),   QStringLiteral("email"),  QStringLiteral("state_verified"),
        QStringLiteral("raw"),      QStringLiteral("run_id")};
    auto text = [&](const char *key) { return json.value(QLatin1String(key)).toString(); };
    Identity identity;
    identity.provider = text("provider");
    identity.tenant = text("tenant");
    identity.externalId = text("external_id");
    identity.idType = text("id_type");
    identity.name = text("name");
    identity.department = text("department");
    identity.mobile = text("mobile");
    identity.email = text("email");
    identity.stateVerified = json.value(QLatin1String("state_verified")).toBool(true);
    identity.raw = json.value(QLatin1String("raw")).toObject();
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        if (!known.contains(it.key()))
            identity.extra.insert(it.key(), it.value());
    return identity;
}
