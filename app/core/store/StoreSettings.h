#pragma once

#include "Result.h"

#include <QString>

class Database;

// Settings of the store itself, shared by everyone who opens it (the company directory's
// connection, `ldap`), as name and JSON text. Never a secret: those are in each admin's keychain.
class StoreSettings {
public:
    explicit StoreSettings(Database &database);
    QString value(const QString &name) const; // empty when not set
    Status setValue(const QString &name, const QString &value);

private:
    Database &m_database;
};
