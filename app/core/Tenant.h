#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QUrl>

// One enterprise's app on one platform. Holds configuration only: secrets live in the keychain
// (SecretStore), keyed by the tenant's id so that a rename does not orphan them.
struct Tenant {
    QString id;                      // stable random id, used for keychain keys
    QString name;                    // unique, what the admin types on the command line
    QString provider;                // the provider's key (Provider::key())
    QMap<QString, QString> settings; // provider ids such as corpid, agentid, scope
    QString redirectUri;
    QMap<QString, QString> endpoints; // overrides of the provider's default base URLs
    bool demo = false;                // points at the built-in sandbox
    // A PEM file of certificate authorities trusted for this tenant's endpoints besides the
    // system's (a company's Keycloak or proxy behind its own CA); empty: the system's alone.
    QString caBundle;
    QDateTime secretSetAt; // when AuthDesk last stored the tenant's secret (never the secret)
    int rotationDays = 0;  // the secret should be rotated this often; 0: no period
    QDateTime created;
    QDateTime updated;

    QString setting(const QString &key) const { return settings.value(key); }
    bool isValid() const { return !name.isEmpty(); }
};
