#pragma once

#include <QString>

// A desktop notification (org.freedesktop.Notifications on the session bus), sent without waiting.
// False when no notification server is on the bus; the console says it in its status bar then.
bool notifyDesktop(const QString &summary, const QString &body);
