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
    QString detail;       // already redacted; for a warning, what to do about it too
    int platformCode = 0; // the platform's code behind a warning or error, when there is one

    static FlowStep make(Status status, const QString &title, const QString &detail = {},
                         int platformCode = 0);
};
Q_DECLARE_METATYPE(FlowStep)
