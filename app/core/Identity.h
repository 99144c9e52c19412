#pragma once

#include <QJsonObject>
#include <QString>

// Who came out of an authorization, in the provider-independent shape used by the tables, the
// CLI's --json output and (later) the mapping store.
struct Identity {
    QString provider;
    QString tenant;
    QString externalId;
    QString idType; // "userid", "openid", ...
    QString name;
    QString department;
    QString mobile;
    QString email;
    bool stateVerified = true;
    QJsonObject extra; // provider-specific fields worth a row in the identity table
    QJsonObject raw;   // provider responses, already redacted

    QJsonObject toJson() const;
    // What toJson wrote (the fields it does not know are extra).
    static Identity fromJson(const QJsonObject &json);
};
