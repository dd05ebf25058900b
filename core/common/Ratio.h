#pragma once

#include "common/Cash.h"
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

// A dimensionless fraction in integer parts per million: config percentages, slippage, Kelly fractions.
// 0.05 is 50'000 ppm; a ratio may exceed 1.
class Ratio final
{
public:
    static constexpr std::int64_t kPpmPerOne = 1'000'000;

    constexpr Ratio() = default;

    static constexpr Ratio fromPpm(std::int64_t ppm) { return Ratio(ppm); }
    static constexpr Ratio zero() { return Ratio(0); }
    static constexpr Ratio one() { return Ratio(kPpmPerOne); }

    // "0.05" is 50'000 ppm; at most 6 decimals, no sign.
    [[nodiscard]] static Result<Ratio> parse(QStringView text);

    constexpr std::int64_t ppm() const { return m_ppm; }
    constexpr bool isZero() const { return m_ppm == 0; }

    // The shortest exact decimal: "0.05", "1", "1.5".
    QString toString() const;

    // amount * ratio with an exact intermediate product, rounded once as asked.
    [[nodiscard]] Result<Cash> applyTo(Cash amount, Rounding rounding) const;

    friend constexpr Ratio operator+(Ratio a, Ratio b)
    {
        return Ratio(detail::checkedMoneyAdd(a.m_ppm, b.m_ppm, "Ratio addition overflows int64 ppm"));
    }
    friend constexpr Ratio operator-(Ratio a, Ratio b)
    {
        return Ratio(detail::checkedMoneySub(a.m_ppm, b.m_ppm, "Ratio subtraction overflows int64 ppm"));
    }
    friend constexpr Ratio operator-(Ratio a)
    {
        return Ratio(detail::checkedMoneyNegate(a.m_ppm, "Ratio negation overflows int64 ppm"));
    }

    friend constexpr bool operator==(Ratio, Ratio) = default;
    friend constexpr auto operator<=>(Ratio, Ratio) = default;

private:
    explicit constexpr Ratio(std::int64_t ppm) : m_ppm(ppm) {}

    std::int64_t m_ppm = 0;
};

QDebug operator<<(QDebug debug, Ratio ratio);

} // namespace orion
