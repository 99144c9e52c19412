#include "HealthCheck.h"

QString HealthCheck::statusName(Status status) {
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QJsonObject HealthCheck::toJson() const {
    return {{QStringLiteral("id"), id},
            {QStringLiteral("status"), statusName(status)},
            {QStringLiteral("message"), message},
            {QStringLiteral("remedy"), remedy},
            {QStringLiteral("details"), details}};
}

HealthCheck::Status HealthCheck::worst(const QList<HealthCheck> &checks) {
    Status worst = Status::Ok;
    for (const HealthCheck &check : checks)
        if (check.status == Status::Fail || (check.status == Status::Warn && worst != Status::Fail))
            worst = check.status;
    return worst;
}
