#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// One verified (or directory-listed) platform identity and the local account it maps to.
struct Mapping {
    // The columns, in table and export order.
    enum Column {
        Provider,
        Tenant,
        ExternalId,
        IdType,
        Name,
        Department,
        Mobile,
        Email,
        LocalAccount,
        Source,
        FirstSeen,
        LastVerified,
        Present,
        ColumnCount
    };
    static QString sqlColumn(int column); // "external_id"
    static QString exportKey(int column); // the key of the export and of `authorize --json`

    QString provider;
    QString tenant;   // the tenant's name when last written
    QString tenantId; // the tenant's id: what the mapping belongs to
    QString externalId;
    QString idType;
    QString name;
    QString department;
    QString mobile;
    QString email;
    QJsonObject
        secondaryIds; // other ids of the person, as the provider declares them (Provider::secondaryIdKeys)
    QString localAccount;
    QString source;                    // "flow" or "directory"
    QString firstSeen;                 // ISO 8601, UTC
    QString lastVerified;              // ISO 8601, UTC; empty until a flow verified it
    QString lastRun;                   // the id of the run that last verified it
    bool present = true;               // false once a directory sync no longer lists the member
    std::optional<bool> stateVerified; // the recording run verified its state; unknown for directory rows
    int version = 1;                   // raised by every local-account edit (optimistic concurrency)

    QString value(int column) const;
    QJsonObject toExportJson() const;
    // "true", "false", or empty when unknown, for a CSV cell.
    QString stateVerifiedText() const;
    // The secondary ids as compact JSON for a CSV cell; empty when there are none.
    QString secondaryIdsText() const;
};

// What the mappings view and the export select.
struct MappingFilter {
    QString text;     // any column contains it (case-insensitive for ASCII; Chinese as written)
    QString provider; // empty = all
    QString tenant;   // empty = all
    QString tenantId; // empty = all
};
