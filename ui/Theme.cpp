#include "Theme.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace orion {
namespace {

const QString kThemeKey = QStringLiteral("ui/theme");

} // namespace

QPalette Theme::lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    palette.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::AlternateBase, QColor(0xf0, 0xf3, 0xf7));
    palette.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    palette.setColor(QPalette::Button, QColor(0xe8, 0xea, 0xee));
    palette.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd6));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    palette.setColor(QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    palette.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9a, 0x9a));
    return palette;
}

QPalette Theme::darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x1e, 0x21, 0x26));
    palette.setColor(QPalette::WindowText, QColor(0xdd, 0xe1, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x16, 0x18, 0x1c));
    palette.setColor(QPalette::AlternateBase, QColor(0x22, 0x26, 0x2c));
    palette.setColor(QPalette::Text, QColor(0xdd, 0xe1, 0xe6));
    palette.setColor(QPalette::Button, QColor(0x2a, 0x2e, 0x35));
    palette.setColor(QPalette::ButtonText, QColor(0xdd, 0xe1, 0xe6));
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xe0));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, QColor(0x2a, 0x2e, 0x35));
    palette.setColor(QPalette::ToolTipText, QColor(0xdd, 0xe1, 0xe6));
    palette.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xff));
    palette.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8c, 0x8c));
    palette.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8c, 0x8c, 0x8c));
    palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8c, 0x8c, 0x8c));
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x70));
    return palette;
}

void Theme::apply(ThemeChoice choice)
{
    // Fusion draws every palette colour faithfully, which native styles do not always do.
    if (choice != ThemeChoice::System) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    switch (choice) {
    case ThemeChoice::System:
        QApplication::setPalette(QApplication::style()->standardPalette());
        break;
    case ThemeChoice::Light:
        QApplication::setPalette(lightPalette());
        break;
    case ThemeChoice::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
}

ThemeChoice Theme::saved()
{
    const QString value = QSettings().value(kThemeKey).toString();
    if (value == QLatin1String("light")) {
        return ThemeChoice::Light;
    }
    if (value == QLatin1String("dark")) {
        return ThemeChoice::Dark;
    }
    return ThemeChoice::System;
}

void Theme::save(ThemeChoice choice)
{
    const QString value = choice == ThemeChoice::Light ? QStringLiteral("light")
        : choice == ThemeChoice::Dark                  ? QStringLiteral("dark")
                                                       : QStringLiteral("system");
    QSettings().setValue(kThemeKey, value);
}

QString Theme::displayName(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::System:
        return tr("System");
    case ThemeChoice::Light:
        return tr("Light");
    case ThemeChoice::Dark:
        return tr("Dark");
    }
    return {};
}

} // namespace orion
