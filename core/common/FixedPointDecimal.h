#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <cstdint>

namespace orion {

// Exact conversion between decimal text and an integer count of 10^-scale units. Private to the money types
// (Price, Cash, Quantity, Ratio): they add their own ranges and names on top.
//
// Accepted text is exactly  [-]digits[.digits]  with ASCII digits: no '+', no spaces, no exponent, no digit
// groups, no "NaN"/"inf", and a digit on both sides of the point ("1." and ".5" are errors). Zeros after the
// last significant decimal are harmless ("0.49500000" is 0.495), every other extra decimal is an error: text is
// never rounded.
class FixedPointDecimal final
{
    Q_DECLARE_TR_FUNCTIONS(FixedPointDecimal)

public:
    enum class Sign {
        NonNegative,
        MayBeNegative,
    };

    struct Format
    {
        int scale = 0;       // the integer counts units of 10^-scale (6: micro-dollars, 2: 1/100 contract)
        int maxDecimals = 0; // significant decimals the text may carry (<= scale); 0: whole numbers, no '.'
        Sign sign = Sign::NonNegative;
        const char* noun = "an amount"; // for messages: "\"-1\" is negative; a price cannot be negative"
    };

    static constexpr int kMaxScale = 18;

    // Errors: money.parse (not a plain decimal), money.precision (too many decimals), money.negative (a '-'
    // where format.sign is NonNegative), money.range (beyond int64 once scaled). Messages quote the text.
    [[nodiscard]] static Result<std::int64_t> parse(QStringView text, const Format& format);

    // value / 10^scale with at least minDecimals decimals (clamped to [0, scale]) and more only where they are
    // not zero: format(495000, 6, 4) == "0.4950", format(123456, 6, 4) == "0.123456". parse() reads it back.
    static QString format(std::int64_t value, int scale, int minDecimals);

    static constexpr std::int64_t pow10(int exponent)
    {
        std::int64_t result = 1;
        for (int i = 0; i < exponent; ++i)
            result *= 10;
        return result;
    }

    // The text in quotes for an error message, cut short so a hostile megabyte of input never reaches a log.
    static QString quoted(QStringView text);
};

} // namespace orion
