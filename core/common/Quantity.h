#pragma once

#include "common/MoneyOverflow.h"
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

// A number of contracts in integer hundredths: Kalshi allows fractional counts down to 0.01 ("12.50"),
// Polymarket sizes have 2 decimals. Signed, so that positions can be short; parse() accepts only >= 0.
class Quantity final
{
public:
    static constexpr std::int64_t kHundredthsPerContract = 100;

    constexpr Quantity() = default;

    static constexpr Quantity fromHundredths(std::int64_t hundredths) { return Quantity(hundredths); }
    // Throws MoneyOverflow when whole * 100 does not fit in int64.
    static constexpr Quantity fromContracts(std::int64_t whole)
    {
        std::int64_t hundredths = 0;
        if (__builtin_mul_overflow(whole, kHundredthsPerContract, &hundredths))
            throw MoneyOverflow("Quantity::fromContracts overflows int64 hundredths");
        return Quantity(hundredths);
    }
    static constexpr Quantity zero() { return Quantity(0); }

    // "12.5", "10", "0.01", "3.00": at most 2 decimals, no sign.
    [[nodiscard]] static Result<Quantity> parse(QStringView text);
    // As parse(), and a leading '-' is allowed (positions).
    [[nodiscard]] static Result<Quantity> parseSigned(QStringView text);

    constexpr std::int64_t hundredths() const { return m_hundredths; }
    constexpr bool isZero() const { return m_hundredths == 0; }
    constexpr bool isNegative() const { return m_hundredths < 0; }

    // "12.50" with the default 2 decimals; toString(0) gives "12.5" and "10".
    QString toString(int minDecimals = 2) const;

    // A multiple of step (a lot size, e.g. whole contracts), rounded as asked. money.range when step <= 0 or the
    // result does not fit; money.precision with Rounding::Exact when this is not a multiple of step.
    [[nodiscard]] Result<Quantity> roundedTo(Quantity step, Rounding rounding) const;

    friend constexpr Quantity operator+(Quantity a, Quantity b)
    {
        return Quantity(
            detail::checkedMoneyAdd(a.m_hundredths, b.m_hundredths, "Quantity addition overflows int64 hundredths"));
    }
    friend constexpr Quantity operator-(Quantity a, Quantity b)
    {
        return Quantity(
            detail::checkedMoneySub(a.m_hundredths, b.m_hundredths, "Quantity subtraction overflows int64 hundredths"));
    }
    friend constexpr Quantity operator-(Quantity a)
    {
        return Quantity(detail::checkedMoneyNegate(a.m_hundredths, "Quantity negation overflows int64 hundredths"));
    }
    constexpr Quantity& operator+=(Quantity other) { return *this = *this + other; }
    constexpr Quantity& operator-=(Quantity other) { return *this = *this - other; }

    friend constexpr bool operator==(Quantity, Quantity) = default;
    friend constexpr auto operator<=>(Quantity, Quantity) = default;

private:
    explicit constexpr Quantity(std::int64_t hundredths) : m_hundredths(hundredths) {}

    std::int64_t m_hundredths = 0;
};

QDebug operator<<(QDebug debug, Quantity quantity);

} // namespace orion
