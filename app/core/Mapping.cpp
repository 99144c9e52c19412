#include "Mapping.h"

#include <QJsonDocument>

namespace {
const char *const sqlColumns[] = {"provider",   "tenant",        "external_id", "id_type",       "name",
                                  "department", "mobile",        "email",       "local_account", "source",
                                  "first_seen", "last_verified", "present"};
} // namespace

QString Mapping::sqlColumn(int column) {
    return QLatin1String(sqlColumns[qBound(0, column, ColumnCount - 1)]);
}

QString Mapping::exportKey(int column) {
    return sqlColumn(column); // the export uses the same names as the table and `authorize --json`
}

QString Mapping::value(int column) const {
    switch (column) {
    case Provider:
        return provider;
    case Tenant:
        return tenant;
    case ExternalId:
        return externalId;
    case IdType:
        return idType;
    case Name:
        return name;
    case Department:
        return department;
    case Mobile:
        return mobile;
    case Email:
        return email;
    case LocalAccount:
        return localAccount;
    case Source:
        return source;
    case FirstSeen:
        return firstSeen;
    case LastVerified:
        return lastVerified;
    case Present:
        return present ? QStringLiteral("1") : QStringLiteral("0");
    }
    return {};
}

QJsonObject Mapping::toExportJson() const {
    QJsonObject object;
    for (int column = Provider; column < Present; ++column) {
        const QString text = value(column);
        // Unknown fields are null, never "", as in `authorize --json`.
        object.insert(exportKey(column), text.isEmpty() ? QJsonValue() : QJsonValue(text));
    }
    object.insert(QStringLiteral("present"), present);
    object.insert(QStringLiteral("state_verified"),
                  stateVerified ? QJsonValue(*stateVerified) : QJsonValue());
    // The person's other ids as the platform names them (WeCom open_userid, Feishu union_id, ...).
    object.insert(QStringLiteral("secondary_ids"), secondaryIds);
    return object;
}

QString Mapping::stateVerifiedText() const {
    return stateVerified ? (*stateVerified ? QStringLiteral("true") : QStringLiteral("false")) : QString();
}

QString Mapping::secondaryIdsText() const {
    return secondaryIds.isEmpty()
               ? QString()
               : QString::fromUtf8(QJsonDocument(secondaryIds).toJson(QJsonDocument::Compact));
}
