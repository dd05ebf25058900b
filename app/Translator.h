#pragma once

#include <QString>

class QCoreApplication;

namespace orion {

// Installs Orion's translations (built from translations/*.ts into :/i18n) and Qt's own for one language.
class Translator final
{
public:
    Translator() = delete;

    // `language`: "de", "es", "en", or empty for the system's language. The language chosen in the dashboard
    // is kept in QSettings under kSettingsKey. Returns the language installed ("en" when none matched).
    static QString install(QCoreApplication& app, const QString& language);
    // The language saved in QSettings (empty: follow the system).
    static QString savedLanguage();

    static constexpr const char* kSettingsKey = "ui/language";
};

} // namespace orion
