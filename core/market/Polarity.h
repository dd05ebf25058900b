#pragma once

#include <QtGlobal>

namespace orion {

// Whether YES on the Kalshi market means the same outcome as YES on the Polymarket market ("Fed cuts" / "Fed
// cuts") or the opposite ("Fed cuts" / "Fed holds"): for an Inverse pair, Polymarket YES is Kalshi NO. One
// definition for the matcher, which decides it, and the detector, which trades by it.
enum class Polarity : quint8 {
    Same,
    Inverse,
};

} // namespace orion
