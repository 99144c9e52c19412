#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One line of a run's timeline.
struct FlowStep {
    enum class Status { Info, Ok, Warning, Error };
    QDateTime at;
    Status status = Status::Info;
    QString title;
    QString detail; // already redacted

    static FlowStep make(Status status, const QString &title, const QString &detail = {});
};
Q_DECLARE_METATYPE(FlowStep)
