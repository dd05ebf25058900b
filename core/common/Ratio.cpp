#include "common/Ratio.h"

#include "common/FixedPointDecimal.h"

#include <QCoreApplication>
#include <QDebug>

namespace orion {

Result<Ratio> Ratio::parse(QStringView text)
{
    const Result<std::int64_t> parsed =
        FixedPointDecimal::parse(text, {6, 6, FixedPointDecimal::Sign::NonNegative, "a ratio"});
    if (!parsed.ok())
        return parsed.error();
    return Ratio(parsed.value());
}

QString Ratio::toString() const
{
    return FixedPointDecimal::format(m_ppm, 6, 0);
}

Result<Cash> Ratio::applyTo(Cash amount, Rounding rounding) const
{
    const RoundedValue micros = multiplyDivideRounded(amount.micros(), m_ppm, kPpmPerOne, rounding);
    switch (micros.status) {
    case RoundingStatus::Ok:
        break;
    case RoundingStatus::Inexact:
        return makeError(QStringLiteral("money.precision"),
                         QCoreApplication::translate("orion::Ratio", "%1 of %2 is not a whole number of micro-dollars")
                             .arg(toString(), amount.toDollarString()));
    case RoundingStatus::Overflow:
        return makeError(QStringLiteral("money.range"),
                         QCoreApplication::translate("orion::Ratio", "%1 of %2 does not fit in int64 micro-dollars")
                             .arg(toString(), amount.toDollarString()));
    }
    return Cash::fromMicros(micros.value);
}

QDebug operator<<(QDebug debug, Ratio ratio)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Ratio(" << ratio.toString() << ')';
    return debug;
}

} // namespace orion
