#pragma once
// The user interface language: follows the system locale unless chosen in the preferences (QSettings
// "ui/language": "" for the system's, or "en", "de", "zh_CN"). Translations are embedded under :/i18n.
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace crossseg::ui {

class LanguageSettings {
public:
    static QStringList available();               // "en", "de", "zh_CN"
    static QString displayName(const QString& language);
    static QString chosen();                      // "" = follow the system
    static void choose(const QString& language);  // takes effect at the next start
    static QString effective();                   // the chosen one, or the system's when supported, else "en"
    // Installs the Studio's and Qt's own translators for effective() into the application.
    static bool install(QCoreApplication& application);
};

} // namespace crossseg::ui
