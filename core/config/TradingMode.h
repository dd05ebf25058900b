#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace orion {

// What the engine does with an opportunity it finds (`engine.mode` in config.yaml).
enum class TradingMode {
    DryRun,    // detect and log only
    AlertOnly, // detect, log and send alerts
    Paper,     // simulated fills against live books; no order reaches a venue
    Live,      // real orders with real money
};

// The config.yaml spelling: "dry_run", "alert_only", "paper", "live".
QString toConfigString(TradingMode mode);
// Reads the config.yaml spelling (exact, lower case); nullopt for anything else.
std::optional<TradingMode> parseTradingMode(QStringView text);
// For people: "Dry run", "Alert only", "Paper", "Live" (translatable).
QString displayName(TradingMode mode);

} // namespace orion
