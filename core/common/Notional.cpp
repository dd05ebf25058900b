#include "common/Notional.h"

#include <QCoreApplication>

namespace orion {

namespace {

Result<Cash> perContractTimesQuantity(Cash perContract, Quantity qty, Rounding rounding)
{
    const RoundedValue micros =
        multiplyDivideRounded(perContract.micros(), qty.hundredths(), Quantity::kHundredthsPerContract, rounding);
    switch (micros.status) {
    case RoundingStatus::Ok:
        break;
    case RoundingStatus::Inexact:
        return makeError(QStringLiteral("money.precision"),
                         QCoreApplication::translate("orion::Notional",
                                                     "%1 x %2 contracts is not a whole number of micro-dollars")
                             .arg(perContract.toDollarString(), qty.toString()));
    case RoundingStatus::Overflow:
        return makeError(QStringLiteral("money.range"),
                         QCoreApplication::translate("orion::Notional",
                                                     "%1 x %2 contracts does not fit in int64 micro-dollars")
                             .arg(perContract.toDollarString(), qty.toString()));
    }
    return Cash::fromMicros(micros.value);
}

} // namespace

Result<Cash> notional(Price price, Quantity qty, Rounding rounding)
{
    return perContractTimesQuantity(Cash::fromPrice(price), qty, rounding);
}

Result<Cash> notional(Cash perContract, Quantity qty, Rounding rounding)
{
    return perContractTimesQuantity(perContract, qty, rounding);
}

Result<Quantity> quantityFor(Cash budget, Price price, Rounding rounding)
{
    if (price.isZero()) {
        return makeError(QStringLiteral("money.range"),
                         QCoreApplication::translate("orion::Notional",
                                                     "a price of zero buys an unlimited quantity for %1")
                             .arg(budget.toDollarString()));
    }
    if (budget.isNegative()) {
        return makeError(QStringLiteral("money.negative"),
                         QCoreApplication::translate("orion::Notional", "the budget %1 is negative")
                             .arg(budget.toDollarString()));
    }
    const RoundedValue hundredths =
        multiplyDivideRounded(budget.micros(), Quantity::kHundredthsPerContract, price.micros(), rounding);
    switch (hundredths.status) {
    case RoundingStatus::Ok:
        break;
    case RoundingStatus::Inexact:
        return makeError(QStringLiteral("money.precision"),
                         QCoreApplication::translate("orion::Notional",
                                                     "%1 at %2 does not buy a whole number of hundredths")
                             .arg(budget.toDollarString(), price.toDollarString()));
    case RoundingStatus::Overflow:
        return makeError(QStringLiteral("money.range"),
                         QCoreApplication::translate("orion::Notional",
                                                     "%1 at %2 buys more hundredths than fit in int64")
                             .arg(budget.toDollarString(), price.toDollarString()));
    }
    return Quantity::fromHundredths(hundredths.value);
}

} // namespace orion
