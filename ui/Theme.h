#pragma once

#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace orion {

enum class ThemeChoice
{
    System, // the platform's palette
    Light,
    Dark,
};

// Light and dark palettes for the whole application; the choice persists in QSettings ("ui/theme").
class Theme final
{
    Q_DECLARE_TR_FUNCTIONS(Theme)

public:
    Theme() = delete;

    static void apply(ThemeChoice choice);
    static ThemeChoice saved();
    static void save(ThemeChoice choice);
    static QPalette lightPalette();
    static QPalette darkPalette();
    static QString displayName(ThemeChoice choice);
};

} // namespace orion
