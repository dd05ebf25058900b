#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace orion {

// Which set of venue hosts Orion talks to (`venues.environment` in config.yaml).
enum class VenueEnvironment {
    Production, // the real exchanges, real money
    Demo,       // Kalshi's demo exchange; see config.yaml for what Polymarket uses
    Simulator,  // the built-in venue simulator on loopback
};

// The config.yaml spelling: "production", "demo", "simulator".
QString toConfigString(VenueEnvironment environment);
// Reads the config.yaml spelling (exact, lower case); nullopt for anything else.
std::optional<VenueEnvironment> parseVenueEnvironment(QStringView text);
// For people: "Production", "Demo", "Simulator" (translatable).
QString displayName(VenueEnvironment environment);

} // namespace orion
