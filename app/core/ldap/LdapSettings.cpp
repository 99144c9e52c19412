#include "ldap/LdapSettings.h"

#include <QJsonDocument>
#include <QUrl>

LdapSettings LdapSettings::defaults(const QString &flavor) {
    LdapSettings settings;
    settings.flavor = flavor;
    const bool ad = flavor == QLatin1String("ad");
    settings.filters = {
        {QStringLiteral("account"), ad ? QStringLiteral("(&(objectClass=user)(sAMAccountName={value}))")
                                       : QStringLiteral("(uid={value})")},
        {QStringLiteral("email"), QStringLiteral("(mail={value})")},
        // The mobile is looked up as its national number (AccountMatch::normalizedMobile), stored
        // with or without +86; telephoneNumberMatch ignores spaces and hyphens.
        {QStringLiteral("mobile"), QStringLiteral("(|(mobile={value})(mobile=+86{value}))")},
        {QStringLiteral("employee_number"),
         ad ? QStringLiteral("(employeeID={value})") : QStringLiteral("(employeeNumber={value})")}};
    return settings;
}

QStringList LdapSettings::matchFields() {
    return {QStringLiteral("account"), QStringLiteral("email"), QStringLiteral("mobile"),
            QStringLiteral("employee_number")};
}

QString LdapSettings::accountAttribute() const {
    return flavor == QLatin1String("ad") ? QStringLiteral("sAMAccountName") : QStringLiteral("uid");
}

QStringList LdapSettings::attributes() const {
    const bool ad = flavor == QLatin1String("ad");
    return {accountAttribute(),
            ad ? QStringLiteral("displayName") : QStringLiteral("cn"),
            QStringLiteral("mail"),
            QStringLiteral("mobile"),
            ad ? QStringLiteral("employeeID") : QStringLiteral("employeeNumber"),
            ad ? QStringLiteral("userAccountControl") : QStringLiteral("pwdAccountLockedTime")};
}

QString LdapSettings::filter(const QString &field, const QString &value) const {
    QString escaped;
    for (const QChar c : value) {
        if (c == QLatin1Char('*') || c == QLatin1Char('(') || c == QLatin1Char(')') ||
            c == QLatin1Char('\\') || c == QChar::Null)
            escaped += QStringLiteral("\\%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            escaped += c;
    }
    QString result = filters.value(field, defaults(flavor).filters.value(field));
    return result.replace(QLatin1String("{value}"), escaped);
}

QStringList LdapSettings::validate() const {
    QStringList problems;
    const QUrl parsed(url);
    if (!parsed.isValid() || parsed.host().isEmpty() ||
        (parsed.scheme() != QLatin1String("ldap") && parsed.scheme() != QLatin1String("ldaps")))
        problems << tr("The directory URL must be ldap://HOST[:PORT] (with StartTLS) or ldaps://HOST[:PORT] "
                       "(got \"%1\").")
                        .arg(url);
    if (baseDn.trimmed().isEmpty())
        problems << tr("The directory needs a base DN, such as ou=people,dc=example,dc=com.");
    if (flavor != QLatin1String("openldap") && flavor != QLatin1String("ad"))
        problems << tr("The directory flavor is openldap or ad (got \"%1\").").arg(flavor);
    for (auto it = filters.cbegin(); it != filters.cend(); ++it)
        if (!it.value().contains(QLatin1String("{value}")))
            problems << tr("The %1 filter must contain {value} (got \"%2\").").arg(it.key(), it.value());
    return problems;
}

QJsonObject LdapSettings::toJson() const {
    QJsonObject filterJson;
    for (auto it = filters.cbegin(); it != filters.cend(); ++it)
        filterJson.insert(it.key(), it.value());
    return {{QStringLiteral("url"), url},
            {QStringLiteral("bind_dn"), bindDn},
            {QStringLiteral("base_dn"), baseDn},
            {QStringLiteral("flavor"), flavor},
            {QStringLiteral("ca_bundle"), caBundle},
            {QStringLiteral("filters"), filterJson}};
}

LdapSettings LdapSettings::fromJson(const QJsonObject &json) {
    LdapSettings settings =
        defaults(json.value(QLatin1String("flavor")).toString(QStringLiteral("openldap")));
    settings.url = json.value(QLatin1String("url")).toString();
    settings.bindDn = json.value(QLatin1String("bind_dn")).toString();
    settings.baseDn = json.value(QLatin1String("base_dn")).toString();
    settings.caBundle = json.value(QLatin1String("ca_bundle")).toString();
    const QJsonObject filters = json.value(QLatin1String("filters")).toObject();
    for (auto it = filters.constBegin(); it != filters.constEnd(); ++it)
        settings.filters.insert(it.key(), it.value().toString());
    return settings;
}
