#include "common/Quantity.h"

#include "common/FixedPointDecimal.h"

#include <QCoreApplication>
#include <QDebug>

namespace orion {

namespace {

Result<Quantity> quantityFromText(QStringView text, FixedPointDecimal::Sign sign)
{
    const Result<std::int64_t> parsed = FixedPointDecimal::parse(text, {2, 2, sign, "a quantity"});
    if (!parsed.ok())
        return parsed.error();
    return Quantity::fromHundredths(parsed.value());
}

} // namespace

Result<Quantity> Quantity::parse(QStringView text)
{
    return quantityFromText(text, FixedPointDecimal::Sign::NonNegative);
}

Result<Quantity> Quantity::parseSigned(QStringView text)
{
    return quantityFromText(text, FixedPointDecimal::Sign::MayBeNegative);
}

QString Quantity::toString(int minDecimals) const
{
    return FixedPointDecimal::format(m_hundredths, 2, minDecimals);
}

Result<Quantity> Quantity::roundedTo(Quantity step, Rounding rounding) const
{
    if (step.m_hundredths <= 0) {
        return makeError(QStringLiteral("money.range"),
                         QCoreApplication::translate("orion::Quantity", "the step %1 is not a positive quantity")
                             .arg(step.toString()));
    }
    const RoundedValue steps = divideRounded(m_hundredths, step.m_hundredths, rounding);
    std::int64_t hundredths = 0;
    if (steps.status == RoundingStatus::Inexact) {
        return makeError(QStringLiteral("money.precision"),
                         QCoreApplication::translate("orion::Quantity", "%1 is not a multiple of %2")
                             .arg(toString(), step.toString()));
    }
    if (!steps.ok() || __builtin_mul_overflow(steps.value, step.m_hundredths, &hundredths)) {
        return makeError(QStringLiteral("money.range"),
                         QCoreApplication::translate("orion::Quantity", "%1 rounded to a multiple of %2 does not fit")
                             .arg(toString(), step.toString()));
    }
    return Quantity(hundredths);
}

QDebug operator<<(QDebug debug, Quantity quantity)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Quantity(" << quantity.toString() << ')';
    return debug;
}

} // namespace orion
