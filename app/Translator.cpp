#include "Translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace orion {

QString Translator::savedLanguage()
{
    return QSettings().value(QLatin1String(kSettingsKey)).toString();
}

QString Translator::install(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        return QStringLiteral("en"); // the source strings are English
    }
    auto* orion = new QTranslator(&app);
    if (!orion->load(locale, QStringLiteral("orion"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete orion;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(orion);
    // Qt's own dialogs and buttons (Cancel, Save …) in the same language, when the system has them.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace orion
