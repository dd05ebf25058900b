#include "venues/sim/SimKalshiFormat.h"

#include <algorithm>
#include <climits>

namespace orion {

QString SimKalshiFormat::dollars(std::int64_t micros, int minDecimals)
{
    constexpr std::int64_t kOneDollar = 1'000'000;
    const bool negative = micros < 0;
    const std::int64_t magnitude = negative ? -micros : micros;
    QString fraction = QString::number(magnitude % kOneDollar).rightJustified(6, QLatin1Char('0'));
    while (fraction.size() > minDecimals && fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    return (negative ? QStringLiteral("-") : QString()) + QString::number(magnitude / kOneDollar) + QLatin1Char('.')
         + fraction;
}

QString SimKalshiFormat::fp(std::int64_t hundredths)
{
    const bool negative = hundredths < 0;
    const std::int64_t magnitude = negative ? -hundredths : hundredths;
    return (negative ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + QLatin1Char('.')
         + QString::number(magnitude % 100).rightJustified(2, QLatin1Char('0'));
}

std::optional<std::int64_t> SimKalshiFormat::parseScaled(QStringView text, int decimals)
{
    std::int64_t value = 0;
    int fractionDigits = -1; // -1: before the point
    int integerDigits = 0;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('.')) {
            if (fractionDigits >= 0 || integerDigits == 0)
                return std::nullopt;
            fractionDigits = 0;
            continue;
        }
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return std::nullopt;
        if (fractionDigits >= 0 && ++fractionDigits > decimals)
            return std::nullopt;
        if (fractionDigits < 0)
            ++integerDigits;
        if (value > (INT64_MAX - 9) / 10)
            return std::nullopt;
        value = value * 10 + (ch.unicode() - u'0');
    }
    if (integerDigits == 0 || fractionDigits == 0)
        return std::nullopt;
    for (int i = std::max(fractionDigits, 0); i < decimals; ++i) {
        if (value > INT64_MAX / 10)
            return std::nullopt;
        value *= 10;
    }
    return value;
}

} // namespace orion
