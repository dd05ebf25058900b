#pragma once

#include "common/MoneyOverflow.h"
#include "common/Price.h"
#include "common/Result.h"
#include "common/Rounding.h"

#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>

QT_BEGIN_NAMESPACE
class QDebug;
QT_END_NAMESPACE

namespace orion {

// A signed amount of money in integer micro-dollars: balances, costs, fees, P&L. One micro-dollar is also one
// USDC/pUSD base unit. The operators throw MoneyOverflow instead of wrapping; checkedAdd/checkedSub return errors.
class Cash final
{
public:
    static constexpr std::int64_t kMicrosPerDollar = 1'000'000;
    static constexpr std::int64_t kMicrosPerCent = 10'000;

    constexpr Cash() = default;

    static constexpr Cash fromMicros(std::int64_t micros) { return Cash(micros); }
    // The price of one contract as an amount of money.
    static constexpr Cash fromPrice(Price price) { return Cash(price.micros()); }
    static constexpr Cash zero() { return Cash(0); }

    // Dollars: "12.5", "-3.25", "1000"; an optional leading '-', at most 6 decimals.
    [[nodiscard]] static Result<Cash> parseDollars(QStringView text);
    // Whole cents, as Kalshi reports balances: "1050" is $10.50; an optional leading '-'.
    [[nodiscard]] static Result<Cash> parseCents(QStringView text);
    // USDC/pUSD base units (6 decimals) as a whole, non-negative number: "1000000" is $1.00.
    [[nodiscard]] static Result<Cash> parseBaseUnits(QStringView text);

    constexpr std::int64_t micros() const { return m_micros; }
    constexpr bool isZero() const { return m_micros == 0; }
    constexpr bool isNegative() const { return m_micros < 0; }

    // "12.50" with the default 2 decimals, "-0.000001": more decimals only when they are not zero.
    QString toDollarString(int minDecimals = 2) const;
    // Whole cents, rounded as asked; money.precision with Rounding::Exact when there is a fraction of a cent.
    [[nodiscard]] Result<std::int64_t> toCents(Rounding rounding) const;

    // money.range instead of an exception, for sums of untrusted amounts.
    [[nodiscard]] Result<Cash> checkedAdd(Cash other) const;
    [[nodiscard]] Result<Cash> checkedSub(Cash other) const;

    friend constexpr Cash operator+(Cash a, Cash b)
    {
        return Cash(detail::checkedMoneyAdd(a.m_micros, b.m_micros, "Cash addition overflows int64 micro-dollars"));
    }
    friend constexpr Cash operator-(Cash a, Cash b)
    {
        return Cash(detail::checkedMoneySub(a.m_micros, b.m_micros, "Cash subtraction overflows int64 micro-dollars"));
    }
    friend constexpr Cash operator-(Cash a)
    {
        return Cash(detail::checkedMoneyNegate(a.m_micros, "Cash negation overflows int64 micro-dollars"));
    }
    friend constexpr Cash operator+(Cash a) { return a; }
    constexpr Cash& operator+=(Cash other) { return *this = *this + other; }
    constexpr Cash& operator-=(Cash other) { return *this = *this - other; }

    friend constexpr bool operator==(Cash, Cash) = default;
    friend constexpr auto operator<=>(Cash, Cash) = default;

private:
    explicit constexpr Cash(std::int64_t micros) : m_micros(micros) {}

    std::int64_t m_micros = 0;
};

QDebug operator<<(QDebug debug, Cash cash);

} // namespace orion
