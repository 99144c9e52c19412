#pragma once

#include "Mapping.h"

#include <QCoreApplication>

// How a tenant's mappings without a local account get one suggested: the external id as is, the
// local part of the email, the mobile number, or a template such as "{userid}@corp.example"
// (placeholders: {external_id} or {userid}, {name}, {mobile}, {email}, {email_local}).
// Stored per tenant as the text: "external_id", "email_local", "mobile" or "template:…".
class LocalAccountRule {
    Q_DECLARE_TR_FUNCTIONS(LocalAccountRule)

public:
    static QStringList kinds() {
        return {QStringLiteral("external_id"), QStringLiteral("email_local"), QStringLiteral("mobile"),
                QStringLiteral("template")};
    }
    static QString describe(const QString &kind);
    // The suggestion for one mapping; empty when the rule has nothing to go on (no email, say).
    static QString apply(const QString &rule, const Mapping &mapping);
    // Empty when valid, otherwise why not.
    static QString check(const QString &rule);
};
