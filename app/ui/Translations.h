#pragma once

class QCoreApplication;

// Loads AuthDesk's and Qt's own translations for the system language (zh_CN or en).
void installTranslations(QCoreApplication &app);
