#include "common/Cash.h"

#include "common/FixedPointDecimal.h"

#include <QCoreApplication>
#include <QDebug>

namespace orion {

namespace {

Result<Cash> cashFromText(QStringView text, const FixedPointDecimal::Format& format)
{
    const Result<std::int64_t> parsed = FixedPointDecimal::parse(text, format);
    if (!parsed.ok())
        return parsed.error();
    return Cash::fromMicros(parsed.value());
}

Error sumOverflow(Cash a, Cash b, const char* operation)
{
    return makeError(QStringLiteral("money.range"),
                     QCoreApplication::translate("orion::Cash", "%1 %2 %3 does not fit in int64 micro-dollars")
                         .arg(a.toDollarString(), QString::fromLatin1(operation), b.toDollarString()));
}

} // namespace

Result<Cash> Cash::parseDollars(QStringView text)
{
    return cashFromText(text, {6, 6, FixedPointDecimal::Sign::MayBeNegative, "an amount of cash"});
}

Result<Cash> Cash::parseCents(QStringView text)
{
    return cashFromText(text, {4, 0, FixedPointDecimal::Sign::MayBeNegative, "an amount of cents"});
}

Result<Cash> Cash::parseBaseUnits(QStringView text)
{
    return cashFromText(text, {0, 0, FixedPointDecimal::Sign::NonNegative, "an amount of base units"});
}

QString Cash::toDollarString(int minDecimals) const
{
    return FixedPointDecimal::format(m_micros, 6, minDecimals);
}

Result<std::int64_t> Cash::toCents(Rounding rounding) const
{
    const RoundedValue cents = divideRounded(m_micros, kMicrosPerCent, rounding);
    if (!cents.ok()) {
        return makeError(QStringLiteral("money.precision"),
                         QCoreApplication::translate("orion::Cash", "%1 is not a whole number of cents")
                             .arg(toDollarString()));
    }
    return cents.value;
}

Result<Cash> Cash::checkedAdd(Cash other) const
{
    std::int64_t sum = 0;
    if (__builtin_add_overflow(m_micros, other.m_micros, &sum))
        return sumOverflow(*this, other, "+");
    return Cash(sum);
}

Result<Cash> Cash::checkedSub(Cash other) const
{
    std::int64_t difference = 0;
    if (__builtin_sub_overflow(m_micros, other.m_micros, &difference))
        return sumOverflow(*this, other, "-");
    return Cash(difference);
}

QDebug operator<<(QDebug debug, Cash cash)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Cash(" << cash.toDollarString() << ')';
    return debug;
}

} // namespace orion
