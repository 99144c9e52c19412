#include "ldap/AccountMatch.h"

namespace {
// What a mapping gives `field`'s lookup: a mobile as its national number (the directory's
// filter tries it with and without +86).
QString fieldOf(const Mapping &mapping, const QString &field) {
    if (field == QLatin1String("mobile"))
        return AccountMatch::normalizedMobile(mapping.mobile);
    if (field == QLatin1String("email"))
        return mapping.email;
    return mapping.secondaryIds.value(QLatin1String("employee_number")).toString();
}

QJsonObject keyJson(const Mapping &mapping) {
    return {{QStringLiteral("tenant"), mapping.tenant},
            {QStringLiteral("provider"), mapping.provider},
            {QStringLiteral("external_id"), mapping.externalId},
            {QStringLiteral("name"), mapping.name}};
}
} // namespace

QString AccountMatch::normalizedMobile(const QString &mobile) {
    QString digits;
    for (const QChar c : mobile)
        if (c.isDigit())
            digits += c;
    if (digits.size() == 13 && digits.startsWith(QLatin1String("86")))
        digits.remove(0, 2);
    return digits;
}

QJsonObject AccountMatch::Suggestion::toJson() const {
    QJsonObject json = keyJson(mapping);
    json.insert(QStringLiteral("outcome"), outcome);
    json.insert(QStringLiteral("found"), found);
    if (!entry.dn.isEmpty())
        json.insert(QStringLiteral("entry"), entry.toJson());
    if (outcome == QLatin1String("matched"))
        json.insert(QStringLiteral("local_account"), entry.account);
    return json;
}

QJsonObject AccountMatch::Verdict::toJson() const {
    QJsonObject json = keyJson(mapping);
    json.insert(QStringLiteral("local_account"), mapping.localAccount);
    json.insert(QStringLiteral("status"), status);
    json.insert(QStringLiteral("message"), message);
    if (!entry.dn.isEmpty())
        json.insert(QStringLiteral("entry"), entry.toJson());
    return json;
}

void AccountMatch::suggest(LdapDirectory &directory, const QList<Mapping> &mappings, const QString &field,
                           std::function<void(const Result<QList<Suggestion>> &)> done) {
    QList<Mapping> asked;
    QList<LdapDirectory::Query> queries;
    for (const Mapping &mapping : mappings) {
        const QString value = fieldOf(mapping, field).trimmed();
        if (!mapping.localAccount.isEmpty() || value.isEmpty())
            continue;
        asked << mapping;
        queries << LdapDirectory::Query{field, value};
    }
    directory.lookup(queries, [asked, done](const Result<QList<QList<LdapEntry>>> &found) {
        if (!found.ok())
            return done(found.error());
        QList<Suggestion> suggestions;
        for (int i = 0; i < asked.size(); ++i) {
            const QList<LdapEntry> &entries = found.value().at(i);
            Suggestion suggestion{asked.at(i), QStringLiteral("unmatched"), {}, int(entries.size())};
            if (entries.size() > 1)
                suggestion.outcome = QStringLiteral("ambiguous");
            if (entries.size() == 1) {
                suggestion.entry = entries.first();
                suggestion.outcome =
                    entries.first().disabled ? QStringLiteral("disabled") : QStringLiteral("matched");
            }
            suggestions << suggestion;
        }
        done(suggestions);
    });
}

QList<MappingStore::AccountChange> AccountMatch::changes(const QList<Suggestion> &suggestions) {
    QList<MappingStore::AccountChange> changes;
    for (const Suggestion &suggestion : suggestions)
        if (suggestion.outcome == QLatin1String("matched"))
            changes << MappingStore::AccountChange{
                {suggestion.mapping.provider, suggestion.mapping.tenantId, suggestion.mapping.externalId},
                suggestion.mapping.localAccount,
                suggestion.entry.account,
                suggestion.mapping.version};
    return changes;
}

void AccountMatch::verify(LdapDirectory &directory, const QList<Mapping> &mappings,
                          std::function<void(const Result<QList<Verdict>> &)> done) {
    QList<Mapping> asked;
    QList<LdapDirectory::Query> queries;
    for (const Mapping &mapping : mappings) {
        if (mapping.localAccount.isEmpty())
            continue;
        asked << mapping;
        queries << LdapDirectory::Query{QStringLiteral("account"), mapping.localAccount};
    }
    directory.lookup(queries, [asked, done](const Result<QList<QList<LdapEntry>>> &found) {
        if (!found.ok())
            return done(found.error());
        QList<Verdict> verdicts;
        for (int i = 0; i < asked.size(); ++i) {
            const Mapping &mapping = asked.at(i);
            const QList<LdapEntry> &entries = found.value().at(i);
            Verdict verdict{mapping,
                            QStringLiteral("ok"),
                            tr("%1 is in the directory and enabled.").arg(mapping.localAccount),
                            {}};
            if (entries.isEmpty()) {
                verdict.status = QStringLiteral("not_found");
                verdict.message = tr("No account %1 in the directory.").arg(mapping.localAccount);
            } else {
                verdict.entry = entries.first();
                if (verdict.entry.disabled) {
                    verdict.status = QStringLiteral("disabled");
                    verdict.message =
                        tr("%1 is disabled or locked in the directory.").arg(mapping.localAccount);
                } else if (!mapping.mobile.isEmpty() && !verdict.entry.mobile.isEmpty() &&
                           normalizedMobile(mapping.mobile) != normalizedMobile(verdict.entry.mobile)) {
                    verdict.status = QStringLiteral("other_mobile");
                    verdict.message =
                        tr("%1 is in the directory under another mobile (%2, the platform says %3).")
                            .arg(mapping.localAccount, verdict.entry.mobile, mapping.mobile);
                }
            }
            verdicts << verdict;
        }
        done(verdicts);
    });
}
