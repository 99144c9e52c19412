#include "net/ExchangeLog.h"

#include "net/Redactor.h"

QString HttpExchange::toText() const {
    QString out;
    out += QStringLiteral("%1 %2\n").arg(QString::fromLatin1(method), url.toString());
    for (const auto &header : requestHeaders)
        out += QStringLiteral("%1: %2\n")
                   .arg(QString::fromLatin1(header.first), QString::fromUtf8(header.second));
    if (!requestBody.isEmpty())
        out += QLatin1Char('\n') + QString::fromUtf8(requestBody) + QLatin1Char('\n');
    out += QStringLiteral("\n-> ");
    out += status ? QStringLiteral("HTTP %1").arg(status) : QStringLiteral("no response");
    out += QStringLiteral(" (%1 ms)\n").arg(durationMs);
    if (!error.isEmpty())
        out += error + QLatin1Char('\n');
    for (const auto &header : responseHeaders)
        out += QStringLiteral("%1: %2\n")
                   .arg(QString::fromLatin1(header.first), QString::fromUtf8(header.second));
    if (!responseBody.isEmpty())
        out += QLatin1Char('\n') + QString::fromUtf8(responseBody) + QLatin1Char('\n');
    if (!maskedCredentials.isEmpty())
        out += QLatin1Char('\n') +
               ExchangeLog::tr("Masked (%1) because they carry credentials: %2")
                   .arg(Redactor::mask, maskedCredentials.join(QStringLiteral(", "))) +
               QLatin1Char('\n');
    return out;
}

void ExchangeLog::record(const HttpExchange &exchange) {
    m_exchanges.append(exchange);
    emit recorded(exchange);
}

int ExchangeLog::count(const QString &purpose) const {
    return int(std::count_if(m_exchanges.cbegin(), m_exchanges.cend(),
                             [&](const HttpExchange &e) { return e.purpose == purpose; }));
}

FlowStep ExchangeLog::stepOf(const HttpExchange &exchange) {
    const bool answered = exchange.status != 0;
    return FlowStep::make(
        answered && exchange.status < 400 ? FlowStep::Status::Info : FlowStep::Status::Warning,
        answered
            ? tr("%1 → HTTP %2 (%3 ms)").arg(exchange.purpose).arg(exchange.status).arg(exchange.durationMs)
            : tr("%1 → no answer (%2 ms)").arg(exchange.purpose).arg(exchange.durationMs),
        exchange.error.isEmpty() ? exchange.url.toString() : exchange.error);
}
