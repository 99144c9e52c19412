#pragma once

#include "FlowStep.h"
#include "net/HttpExchange.h"

#include <QObject>

// The exchanges of one run, in order.
class ExchangeLog : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;
    void record(const HttpExchange &exchange);
    // A request was sent; its exchange is recorded when it is answered (or not).
    void noteStarted(const QString &purpose) { emit requestStarted(purpose); }
    const QList<HttpExchange> &exchanges() const { return m_exchanges; }
    int count(const QString &purpose) const;
    // An exchange's line in a timeline: the call, its status and time; a warning when it failed.
    static FlowStep stepOf(const HttpExchange &exchange);

signals:
    void recorded(const HttpExchange &exchange);
    void requestStarted(const QString &purpose);

private:
    QList<HttpExchange> m_exchanges;
};
