#pragma once

#include "Mapping.h"
#include "Result.h"
#include "ldap/LdapDirectory.h"
#include "store/MappingStore.h"

#include <QCoreApplication>
#include <QJsonObject>

// Mappings against the company directory: local accounts suggested for those without one (found
// by mobile, email or employee number: exactly one enabled person), and existing local accounts
// verified (not found, disabled or locked, found under another mobile).
class AccountMatch {
    Q_DECLARE_TR_FUNCTIONS(AccountMatch)

public:
    struct Suggestion {
        Mapping mapping;
        QString outcome; // "matched", "unmatched", "ambiguous", "disabled"
        LdapEntry entry; // matched, disabled: the person found
        int found = 0;
        QJsonObject toJson() const;
    };
    // For each mapping without a local account whose `field` ("mobile", "email",
    // "employee_number") is known.
    static void suggest(LdapDirectory &directory, const QList<Mapping> &mappings, const QString &field,
                        std::function<void(const Result<QList<Suggestion>> &)> done);
    // The matched suggestions as changes, over the versions they were planned against.
    static QList<MappingStore::AccountChange> changes(const QList<Suggestion> &suggestions);

    struct Verdict {
        Mapping mapping;
        QString status; // "ok", "not_found", "disabled", "other_mobile"
        QString message;
        LdapEntry entry;
        QJsonObject toJson() const;
    };
    // For each mapping with a local account.
    static void verify(LdapDirectory &directory, const QList<Mapping> &mappings,
                       std::function<void(const Result<QList<Verdict>> &)> done);

    // Digits only, without a leading 86 country code: "+86 138-0013-8000" → "13800138000".
    static QString normalizedMobile(const QString &mobile);
};
