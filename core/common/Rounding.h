#pragma once

#include <QtGlobal>

#include <cstdint>
#include <limits>

namespace orion {

// How a quotient that falls between two representable amounts becomes one of them. Money code always names
// the mode (costs Up, proceeds Down, ...): there is no implicit truncation anywhere in the money types.
enum class Rounding {
    Exact,        // an error when the result is not representable
    Down,         // toward -infinity
    Up,           // toward +infinity
    TowardZero,
    AwayFromZero,
    HalfEven,     // to the nearest; a tie goes to the even neighbour
};

constexpr const char* roundingName(Rounding rounding)
{
    switch (rounding) {
    case Rounding::Exact:
        return "Exact";
    case Rounding::Down:
        return "Down";
    case Rounding::Up:
        return "Up";
    case Rounding::TowardZero:
        return "TowardZero";
    case Rounding::AwayFromZero:
        return "AwayFromZero";
    case Rounding::HalfEven:
        return "HalfEven";
    }
    return "?";
}

enum class RoundingStatus {
    Ok,
    Inexact,  // Rounding::Exact was asked for and the quotient has a remainder
    Overflow, // the rounded quotient does not fit in int64 (or the divisor was zero)
};

struct RoundedValue
{
    std::int64_t value = 0;
    RoundingStatus status = RoundingStatus::Ok;

    constexpr bool ok() const { return status == RoundingStatus::Ok; }
};

namespace detail {

// 128 bits hold any product of two int64 values, so a*b/d is exact before it is rounded once.
__extension__ typedef __int128 MoneyInt128;

constexpr RoundedValue roundQuotient(MoneyInt128 numerator, MoneyInt128 divisor, Rounding rounding)
{
    Q_ASSERT(divisor != 0);
    if (divisor == 0)
        return {0, RoundingStatus::Overflow};
    if (divisor < 0) {
        numerator = -numerator;
        divisor = -divisor;
    }
    MoneyInt128 quotient = numerator / divisor; // truncates toward zero
    const MoneyInt128 remainder = numerator % divisor; // has the sign of the numerator
    if (remainder != 0) {
        const MoneyInt128 away = numerator > 0 ? 1 : -1;
        switch (rounding) {
        case Rounding::Exact:
            return {0, RoundingStatus::Inexact};
        case Rounding::Down:
            if (numerator < 0)
                quotient -= 1;
            break;
        case Rounding::Up:
            if (numerator > 0)
                quotient += 1;
            break;
        case Rounding::TowardZero:
            break;
        case Rounding::AwayFromZero:
            quotient += away;
            break;
        case Rounding::HalfEven: {
            const MoneyInt128 twiceRemainder = 2 * (remainder < 0 ? -remainder : remainder);
            if (twiceRemainder > divisor || (twiceRemainder == divisor && quotient % 2 != 0))
                quotient += away;
            break;
        }
        }
    }
    if (quotient < std::numeric_limits<std::int64_t>::min() || quotient > std::numeric_limits<std::int64_t>::max())
        return {0, RoundingStatus::Overflow};
    return {static_cast<std::int64_t>(quotient), RoundingStatus::Ok};
}

} // namespace detail

// numerator / divisor, rounded as asked. divisor must not be zero.
constexpr RoundedValue divideRounded(std::int64_t numerator, std::int64_t divisor, Rounding rounding)
{
    return detail::roundQuotient(numerator, divisor, rounding);
}

// a * b / divisor with an exact intermediate product, rounded once. divisor must not be zero.
constexpr RoundedValue multiplyDivideRounded(std::int64_t a, std::int64_t b, std::int64_t divisor, Rounding rounding)
{
    return detail::roundQuotient(detail::MoneyInt128{a} * b, divisor, rounding);
}

} // namespace orion
