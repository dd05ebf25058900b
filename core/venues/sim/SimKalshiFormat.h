#pragma once

#include <QString>

#include <QStringView>

#include <cstdint>
#include <optional>

namespace orion {

// Kalshi's wire formats for numbers, written by the simulator itself (it shares no code with the client):
// fixed-point dollar strings with at least 4 decimals ("0.4500", "0.123456") and *_fp counts with 2 ("10.00").
class SimKalshiFormat final
{
public:
    SimKalshiFormat() = delete;
    static QString dollars(std::int64_t micros, int minDecimals = 4);
    static QString fp(std::int64_t hundredths);
    // "12.5" with decimals = 2 is 1250; digits with at most `decimals` decimals, no sign, no exponent.
    static std::optional<std::int64_t> parseScaled(QStringView text, int decimals);
    static std::optional<std::int64_t> parseMicros(QStringView text) { return parseScaled(text, 6); }
    static std::optional<std::int64_t> parseHundredths(QStringView text) { return parseScaled(text, 2); }
};

} // namespace orion
