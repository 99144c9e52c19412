#include "store/RunHistory.h"

#include "net/ExchangeLog.h"
#include "net/Redactor.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <limits>

namespace {
const QStringList statusNames = {QStringLiteral("info"), QStringLiteral("ok"), QStringLiteral("warning"),
                                 QStringLiteral("error")};

QJsonArray headersJson(const HeaderList &headers) {
    QJsonArray array;
    for (const auto &header : headers)
        array.append(QJsonArray{QString::fromLatin1(header.first), QString::fromUtf8(header.second)});
    return array;
}

HeaderList headersFrom(const QJsonValue &value) {
    HeaderList headers;
    for (const QJsonValue &pair : value.toArray())
        headers.append(
            {pair.toArray().at(0).toString().toLatin1(), pair.toArray().at(1).toString().toUtf8()});
    return headers;
}

QString timeText(const QDateTime &time) {
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QJsonValue &value) {
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}
} // namespace

QJsonObject RunRecord::toJson() const {
    QJsonArray stepArray, exchangeArray;
    for (const FlowStep &step : steps)
        stepArray.append(QJsonObject{{QStringLiteral("at"), timeText(step.at)},
                                     {QStringLiteral("status"), statusNames.value(int(step.status))},
                                     {QStringLiteral("title"), step.title},
                                     {QStringLiteral("detail"), step.detail}});
    for (const HttpExchange &exchange : exchanges)
        exchangeArray.append(QJsonObject{
            {QStringLiteral("purpose"), exchange.purpose},
            {QStringLiteral("started"), timeText(exchange.started)},
            {QStringLiteral("method"), QString::fromLatin1(exchange.method)},
            {QStringLiteral("url"), exchange.url.toString()},
            {QStringLiteral("status"), exchange.status},
            {QStringLiteral("duration_ms"), exchange.durationMs},
            {QStringLiteral("request_headers"), headersJson(exchange.requestHeaders)},
            {QStringLiteral("request_body"), QString::fromUtf8(exchange.requestBody)},
            {QStringLiteral("response_headers"), headersJson(exchange.responseHeaders)},
            {QStringLiteral("response_body"), QString::fromUtf8(exchange.responseBody)},
            {QStringLiteral("error"), exchange.error},
            {QStringLiteral("masked_credentials"), QJsonArray::fromStringList(exchange.maskedCredentials)}});
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("tenant_id"), tenantId},
                     {QStringLiteral("tenant"), tenant},
                     {QStringLiteral("provider"), provider},
                     {QStringLiteral("mode"), mode},
                     {QStringLiteral("started"), timeText(started)},
                     {QStringLiteral("duration_ms"), durationMs},
                     {QStringLiteral("outcome"), outcome},
                     {QStringLiteral("error"), error},
                     {QStringLiteral("authorization_url"), authorizationUrl},
                     {QStringLiteral("timeline"), stepArray},
                     {QStringLiteral("exchanges"), exchangeArray}};
    if (identity)
        json.insert(QStringLiteral("identity"), identity->toJson());
    return json;
}

RunRecord RunRecord::fromJson(const QJsonObject &json) {
    auto text = [&](const char *key) { return json.value(QLatin1String(key)).toString(); };
    RunRecord record;
    record.id = text("id");
    record.tenantId = text("tenant_id");
    record.tenant = text("tenant");
    record.provider = text("provider");
    record.mode = text("mode");
    record.started = timeFrom(json.value(QLatin1String("started")));
    record.durationMs = qint64(json.value(QLatin1String("duration_ms")).toDouble());
    record.outcome = text("outcome");
    record.error = text("error");
    record.authorizationUrl = text("authorization_url");
    for (const QJsonValue &value : json.value(QLatin1String("timeline")).toArray()) {
        const QJsonObject step = value.toObject();
        record.steps.append(FlowStep{
            timeFrom(step.value(QLatin1String("at"))).toLocalTime(),
            FlowStep::Status(
                qMax(0, int(statusNames.indexOf(step.value(QLatin1String("status")).toString())))),
            step.value(QLatin1String("title")).toString(), step.value(QLatin1String("detail")).toString()});
    }
    for (const QJsonValue &value : json.value(QLatin1String("exchanges")).toArray()) {
        const QJsonObject e = value.toObject();
        HttpExchange exchange;
        exchange.purpose = e.value(QLatin1String("purpose")).toString();
        exchange.started = timeFrom(e.value(QLatin1String("started"))).toLocalTime();
        exchange.method = e.value(QLatin1String("method")).toString().toLatin1();
        exchange.url = QUrl(e.value(QLatin1String("url")).toString());
        exchange.status = e.value(QLatin1String("status")).toInt();
        exchange.durationMs = qint64(e.value(QLatin1String("duration_ms")).toDouble());
        exchange.requestHeaders = headersFrom(e.value(QLatin1String("request_headers")));
        exchange.requestBody = e.value(QLatin1String("request_body")).toString().toUtf8();
        exchange.responseHeaders = headersFrom(e.value(QLatin1String("response_headers")));
        exchange.responseBody = e.value(QLatin1String("response_body")).toString().toUtf8();
        exchange.error = e.value(QLatin1String("error")).toString();
        for (const QJsonValue &masked : e.value(QLatin1String("masked_credentials")).toArray())
            exchange.maskedCredentials << masked.toString();
        record.exchanges.append(exchange);
    }
    if (json.contains(QLatin1String("identity")))
        record.identity = Identity::fromJson(json.value(QLatin1String("identity")).toObject());
    return record;
}

RunHistory::RunHistory(const Database &database) : m_connection(database.connectionName()) {
}

Status RunHistory::record(const RunRecord &run, int limit) {
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO runs (id, tenant_id, tenant, provider, mode, started, duration_ms, outcome, "
        "external_id, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE "
        "SET outcome = excluded.outcome, external_id = excluded.external_id, "
        "duration_ms = excluded.duration_ms, record = excluded.record"));
    for (const QVariant &value :
         {QVariant(run.id), QVariant(run.tenantId), QVariant(run.tenant), QVariant(run.provider),
          QVariant(run.mode), QVariant(timeText(run.started)), QVariant(run.durationMs),
          QVariant(run.outcome), QVariant(run.externalId().isNull() ? QStringLiteral("") : run.externalId()),
          QVariant(QString::fromUtf8(QJsonDocument(run.toJson()).toJson(QJsonDocument::Compact)))})
        q.addBindValue(value);
    bool ok = q.exec();
    QSqlQuery prune(db);
    prune.prepare(
        QStringLiteral("DELETE FROM runs WHERE tenant_id = ? AND id NOT IN (SELECT id FROM runs WHERE "
                       "tenant_id = ? ORDER BY started DESC, id DESC LIMIT ?)"));
    prune.addBindValue(run.tenantId);
    prune.addBindValue(run.tenantId);
    prune.addBindValue(qMax(1, limit));
    ok = ok && prune.exec();
    if (!ok || !db.commit()) {
        db.rollback();
        return Error::failed(tr("Keeping the run in the history failed: %1")
                                 .arg((q.lastError().isValid() ? q.lastError() : prune.lastError()).text()));
    }
    return Done{};
}

QList<RunRecord> RunHistory::list(const QString &tenantId, int limit) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(
        QStringLiteral("SELECT record FROM runs WHERE tenant_id = ? ORDER BY started DESC, id DESC LIMIT ?"));
    q.addBindValue(tenantId);
    q.addBindValue(limit > 0 ? limit : std::numeric_limits<int>::max());
    QList<RunRecord> runs;
    if (q.exec())
        while (q.next())
            runs.append(
                RunRecord::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()));
    return runs;
}

std::optional<RunRecord> RunHistory::find(const QString &runId) const {
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT record FROM runs WHERE id = ?"));
    q.addBindValue(runId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return RunRecord::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}
