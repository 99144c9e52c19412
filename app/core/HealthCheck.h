#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// One health check of a tenant, as PROVIDERS §9 says it can be asked without a user.
struct HealthCheck {
    enum class Status { Ok, Warn, Fail, Skipped };
    QString id; // "secret", "credentials", "clock", "last_run"
    Status status = Status::Skipped;
    QString message; // what was found, in words
    QString remedy;  // what to do; empty when nothing is to be done
    QJsonObject details;

    static QString statusName(Status status); // "ok", "warn", "fail", "skipped"
    // The status of a set of checks: its worst (Ok when none warns or fails).
    static Status worst(const QList<HealthCheck> &checks);
    QJsonObject toJson() const;
};
