#include "models/RowTableModel.h"

#include <QGuiApplication>
#include <QPalette>

namespace orion {

QBrush toneBrush(RowTone tone)
{
    // Brighter shades on a dark window, deeper ones on a light window, so both stay readable.
    const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
    switch (tone) {
    case RowTone::Good:
        return QBrush(dark ? QColor(0x66, 0xd1, 0x7a) : QColor(0x1b, 0x7a, 0x35));
    case RowTone::Bad:
        return QBrush(dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xb7, 0x1c, 0x1c));
    case RowTone::Warning:
        return QBrush(dark ? QColor(0xf0, 0xb4, 0x3c) : QColor(0xa0, 0x5a, 0x00));
    case RowTone::Muted:
        return QBrush(dark ? QColor(0x8c, 0x8c, 0x8c) : QColor(0x80, 0x80, 0x80));
    case RowTone::Active:
        return QBrush(dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x1f, 0x5f, 0xbf));
    case RowTone::Normal:
        break;
    }
    return QBrush(QGuiApplication::palette().color(QPalette::Text));
}

} // namespace orion
