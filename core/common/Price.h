#pragma once

#include "common/Result.h"
#include "common/Rounding.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <compare>
#include <cstdint>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

namespace orion {

// The price of one binary contract in integer micro-dollars, always within [0, 1'000'000] ($0 to $1).
// Kalshi sends dollar strings with up to 6 decimals ("0.4950") and cents ("49"); Polymarket sends "0.49".
class Price final
{
public:
    static constexpr std::int64_t kMicrosPerDollar = 1'000'000;
    static constexpr std::int64_t kMicrosPerCent = 10'000;

    constexpr Price() = default;

    // Precondition: 0 <= micros <= 1'000'000. For untrusted values use checkedFromMicros().
    static constexpr Price fromMicros(std::int64_t micros)
    {
        Q_ASSERT(micros >= 0 && micros <= kMicrosPerDollar);
        return Price(micros);
    }
    // money.range when micros is outside [0, 1'000'000].
    [[nodiscard]] static Result<Price> checkedFromMicros(std::int64_t micros);

    // Dollars: "0.4950", "0.49", "1"; a digit before the point, at most 6 decimals, no sign, within [0, 1].
    [[nodiscard]] static Result<Price> parseDollars(QStringView text);
    // Cents: "49" is $0.49, "49.5" is $0.495; at most 4 decimals, no sign, within [0, 100].
    [[nodiscard]] static Result<Price> parseCents(QStringView text);

    static constexpr Price zero() { return Price(0); }
    static constexpr Price one() { return Price(kMicrosPerDollar); }

    constexpr std::int64_t micros() const { return m_micros; }
    constexpr bool isZero() const { return m_micros == 0; }

    // "0.4950" for $0.495 with the default 4 decimals; more only when needed: "0.123456".
    QString toDollarString(int minDecimals = 4) const;
    // Whole cents: $0.495 is money.precision with Exact, 50 with Up, 49 with Down.
    [[nodiscard]] Result<std::int64_t> toCents(Rounding rounding) const;

    // 1 - p: a YES bid at p is a NO ask at 1 - p on the same binary market.
    constexpr Price complement() const { return Price(kMicrosPerDollar - m_micros); }

    friend constexpr bool operator==(Price, Price) = default;
    friend constexpr auto operator<=>(Price, Price) = default;

private:
    explicit constexpr Price(std::int64_t micros) : m_micros(micros) {}

    std::int64_t m_micros = 0;
};

QDebug operator<<(QDebug debug, Price price);

} // namespace orion
