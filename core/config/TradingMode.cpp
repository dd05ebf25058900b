#include "config/TradingMode.h"

#include <QCoreApplication>

namespace orion {

QString toConfigString(TradingMode mode)
{
    switch (mode) {
    case TradingMode::DryRun:
        return QStringLiteral("dry_run");
    case TradingMode::AlertOnly:
        return QStringLiteral("alert_only");
    case TradingMode::Paper:
        return QStringLiteral("paper");
    case TradingMode::Live:
        return QStringLiteral("live");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<TradingMode> parseTradingMode(QStringView text)
{
    for (const TradingMode mode :
         {TradingMode::DryRun, TradingMode::AlertOnly, TradingMode::Paper, TradingMode::Live}) {
        if (text == toConfigString(mode)) {
            return mode;
        }
    }
    return std::nullopt;
}

QString displayName(TradingMode mode)
{
    switch (mode) {
    case TradingMode::DryRun:
        return QCoreApplication::translate("TradingMode", "Dry run");
    case TradingMode::AlertOnly:
        return QCoreApplication::translate("TradingMode", "Alert only");
    case TradingMode::Paper:
        return QCoreApplication::translate("TradingMode", "Paper");
    case TradingMode::Live:
        return QCoreApplication::translate("TradingMode", "Live");
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace orion
