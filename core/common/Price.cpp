#include "common/Price.h"

#include "common/FixedPointDecimal.h"

#include <QCoreApplication>
#include <QDebug>

namespace orion {

namespace {

Error priceRangeError(const QString& what)
{
    return makeError(QStringLiteral("money.range"),
                     QCoreApplication::translate("orion::Price", "%1 is above 1 dollar; a price is between 0 and 1")
                         .arg(what));
}

// `scale` makes one unit one micro-dollar: 6 for dollars, 4 for cents (so cents carry at most 4 decimals).
// The parser's own range error (beyond int64) reads as the price range too.
Result<Price> priceFromText(QStringView text, int scale)
{
    const FixedPointDecimal::Format format{scale, scale, FixedPointDecimal::Sign::NonNegative, "a price"};
    const Result<std::int64_t> parsed = FixedPointDecimal::parse(text, format);
    if (!parsed.ok()) {
        if (parsed.error().code == QLatin1String("money.range"))
            return priceRangeError(FixedPointDecimal::quoted(text));
        return parsed.error();
    }
    const std::int64_t micros = parsed.value();
    if (micros > Price::kMicrosPerDollar)
        return priceRangeError(FixedPointDecimal::quoted(text));
    return Price::fromMicros(micros);
}

} // namespace

Result<Price> Price::checkedFromMicros(std::int64_t micros)
{
    if (micros < 0) {
        return makeError(QStringLiteral("money.range"),
                         QCoreApplication::translate("orion::Price",
                                                     "%1 micro-dollars is negative; a price is between 0 and 1")
                             .arg(micros));
    }
    if (micros > kMicrosPerDollar)
        return priceRangeError(QCoreApplication::translate("orion::Price", "%1 micro-dollars").arg(micros));
    return Price(micros);
}

Result<Price> Price::parseDollars(QStringView text)
{
    return priceFromText(text, 6);
}

Result<Price> Price::parseCents(QStringView text)
{
    return priceFromText(text, 4);
}

QString Price::toDollarString(int minDecimals) const
{
    return FixedPointDecimal::format(m_micros, 6, minDecimals);
}

Result<std::int64_t> Price::toCents(Rounding rounding) const
{
    const RoundedValue cents = divideRounded(m_micros, kMicrosPerCent, rounding);
    if (!cents.ok()) {
        return makeError(QStringLiteral("money.precision"),
                         QCoreApplication::translate("orion::Price", "the price %1 is not a whole number of cents")
                             .arg(toDollarString()));
    }
    return cents.value;
}

QDebug operator<<(QDebug debug, Price price)
{
    const QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Price(" << price.toDollarString() << ')';
    return debug;
}

} // namespace orion
