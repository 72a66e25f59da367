#include "ui/preferences/LanguageSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace crossseg::ui {
namespace {
const char* const kKey = "ui/language";
}

QStringList LanguageSettings::available() { return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("zh_CN")}; }

QString LanguageSettings::displayName(const QString& language) {
    // Each language is named in itself, so that a user who cannot read the current one still finds theirs.
    if (language == QLatin1String("de")) return QStringLiteral("Deutsch");
    if (language == QLatin1String("zh_CN")) return QStringLiteral("简体中文");
    return QStringLiteral("English");
}

QString LanguageSettings::chosen() { return QSettings().value(kKey).toString(); }

void LanguageSettings::choose(const QString& language) { QSettings().setValue(kKey, language); }

QString LanguageSettings::effective() {
    const QString choice = chosen();
    if (!choice.isEmpty() && available().contains(choice)) return choice;
    const QLocale system;
    if (system.language() == QLocale::German) return QStringLiteral("de");
    if (system.language() == QLocale::Chinese) return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

bool LanguageSettings::install(QCoreApplication& application) {
    const QString language = effective();
    if (language == QLatin1String("en")) return true;
    auto* studio = new QTranslator(&application);
    const bool loaded = studio->load(QStringLiteral(":/i18n/crossseg_%1.qm").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(studio);
    else
        delete studio;
    // Qt's own strings (standard buttons, file dialogs), when the system has them.
    auto* qt = new QTranslator(&application);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return loaded;
}

} // namespace crossseg::ui
