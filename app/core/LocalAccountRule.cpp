#include "LocalAccountRule.h"

#include <QHash>

#include <QRegularExpression>

namespace {
const QRegularExpression &placeholderPattern() {
    static const QRegularExpression pattern(QStringLiteral("\\{([a-z_]+)\\}"));
    return pattern;
}
} // namespace

QString LocalAccountRule::describe(const QString &kind) {
    if (kind == QLatin1String("external_id"))
        return tr("Same as the external id");
    if (kind == QLatin1String("email_local"))
        return tr("Local part of the email");
    if (kind == QLatin1String("mobile"))
        return tr("Mobile number");
    return tr("Template");
}

QString LocalAccountRule::check(const QString &rule) {
    if (kinds().contains(rule) && rule != QLatin1String("template"))
        return {};
    if (!rule.startsWith(QLatin1String("template:")))
        return tr("Unknown rule \"%1\".").arg(rule);
    const QRegularExpression &placeholder = placeholderPattern();
    const QString text = rule.mid(9);
    if (!text.contains(placeholder))
        return tr("The template needs at least one placeholder, e.g. {userid}@corp.example.");
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!QStringList{QStringLiteral("external_id"), QStringLiteral("userid"), QStringLiteral("name"),
                         QStringLiteral("mobile"), QStringLiteral("email"), QStringLiteral("email_local")}
                 .contains(name))
            return tr("Unknown placeholder {%1}; use {external_id} (or {userid}), {name}, {mobile}, {email} "
                      "or {email_local}.")
                .arg(name);
    }
    return {};
}

QString LocalAccountRule::apply(const QString &rule, const Mapping &mapping) {
    const QString emailLocal =
        mapping.email.contains(QLatin1Char('@')) ? mapping.email.section(QLatin1Char('@'), 0, 0) : QString();
    if (rule == QLatin1String("external_id"))
        return mapping.externalId;
    if (rule == QLatin1String("email_local"))
        return emailLocal;
    if (rule == QLatin1String("mobile"))
        return mapping.mobile;
    if (!rule.startsWith(QLatin1String("template:")))
        return {};
    const QHash<QString, QString> values = {{QStringLiteral("external_id"), mapping.externalId},
                                            {QStringLiteral("userid"), mapping.externalId},
                                            {QStringLiteral("name"), mapping.name},
                                            {QStringLiteral("mobile"), mapping.mobile},
                                            {QStringLiteral("email"), mapping.email},
                                            {QStringLiteral("email_local"), emailLocal}};
    // One pass over the template: a value is never read as a template itself (an external id
    // "{name}" stays "{name}").
    const QRegularExpression &placeholder = placeholderPattern();
    const QString text = rule.mid(9);
    QString result;
    qsizetype copied = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString value = values.value(match.captured(1));
        if (value.isEmpty())
            return {}; // a suggestion with a hole in it is no suggestion
        result += text.mid(copied, match.capturedStart() - copied) + value;
        copied = match.capturedEnd();
    }
    result += text.mid(copied);
    return result;
}
