#pragma once

#include "Tenant.h"
#include "store/RunHistory.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <optional>

// A kept run in the forms an admin attaches to a ticket or replays by hand. Everything comes from
// the record, which holds nothing secret: a secret shows as a named placeholder, never itself.
class RunExport {
    Q_DECLARE_TR_FUNCTIONS(RunExport)

public:
    // HAR 1.2 (what browser dev tools open): one entry per exchange.
    static QJsonObject har(const RunRecord &run);
    // A self-contained HTML page: the tenant's settings (no secret), timeline, exchanges, identity
    // or error, and the AuthDesk version.
    static QString html(const RunRecord &run, const std::optional<Tenant> &tenant);
    // The exchange as a curl command line for a POSIX shell. Each redacted value becomes a named
    // placeholder (${CORPSECRET}, ${ACCESS_TOKEN}, ${CODE}) to fill in before running it.
    static QString curl(const HttpExchange &exchange);
    // Every exchange of the run, each after a comment line naming it.
    static QString curlScript(const RunRecord &run);
    // The placeholders `curl` put into `command`, in order of appearance.
    static QStringList placeholders(const QString &command);
};
