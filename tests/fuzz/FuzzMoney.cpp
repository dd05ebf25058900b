// The exact money parsers: whatever they accept is in range, and the formatters write it back exactly.
// The first byte picks a FixedPointDecimal format; all parsers see the rest as text.

#include "FuzzSupport.h"

#include "common/FixedPointDecimal.h"
#include "common/Ratio.h"

using namespace orion;
using namespace orion::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QString text = QString::fromUtf8(bytes(data + 1, size - 1));

    if (const auto price = Price::parseDollars(text); price.ok()) {
        checkPrice(price.value());
        ORION_FUZZ_CHECK(Price::parseDollars(price->toDollarString()).value() == price.value());
        ORION_FUZZ_CHECK(price->complement().complement() == price.value());
    }
    if (const auto price = Price::parseCents(text); price.ok()) {
        checkPrice(price.value());
        const auto down = price->toCents(Rounding::Down);
        const auto up = price->toCents(Rounding::Up);
        ORION_FUZZ_CHECK(down.ok() && up.ok() && down.value() <= up.value() && up.value() - down.value() <= 1);
        ORION_FUZZ_CHECK(down.value() * Price::kMicrosPerCent <= price->micros()
                         && up.value() * Price::kMicrosPerCent >= price->micros());
    }
    for (const auto& cash : {Cash::parseDollars(text), Cash::parseCents(text), Cash::parseBaseUnits(text)}) {
        if (!cash.ok())
            continue;
        const auto again = Cash::parseDollars(cash->toDollarString(6));
        ORION_FUZZ_CHECK(again.ok() && again.value() == cash.value());
    }
    if (const auto cents = Cash::parseCents(text); cents.ok())
        ORION_FUZZ_CHECK(cents->micros() % Cash::kMicrosPerCent == 0);
    if (const auto units = Cash::parseBaseUnits(text); units.ok())
        ORION_FUZZ_CHECK(!units->isNegative());
    if (const auto quantity = Quantity::parse(text); quantity.ok()) {
        ORION_FUZZ_CHECK(!quantity->isNegative());
        ORION_FUZZ_CHECK(Quantity::parse(quantity->toString()).value() == quantity.value());
    }
    if (const auto quantity = Quantity::parseSigned(text); quantity.ok())
        ORION_FUZZ_CHECK(Quantity::parseSigned(quantity->toString(0)).value() == quantity.value());
    if (const auto ratio = Ratio::parse(text); ratio.ok()) {
        ORION_FUZZ_CHECK(ratio->ppm() >= 0);
        ORION_FUZZ_CHECK(Ratio::parse(ratio->toString()).value() == ratio.value());
    }

    const int scale = data[0] % (FixedPointDecimal::kMaxScale + 1);
    const FixedPointDecimal::Format format{scale, (data[0] >> 5) % (scale + 1),
                                           (data[0] & 0x10) != 0 ? FixedPointDecimal::Sign::MayBeNegative
                                                                 : FixedPointDecimal::Sign::NonNegative,
                                           "an amount"};
    if (const auto value = FixedPointDecimal::parse(text, format); value.ok()) {
        ORION_FUZZ_CHECK(format.sign == FixedPointDecimal::Sign::MayBeNegative || value.value() >= 0);
        const QString written = FixedPointDecimal::format(value.value(), scale, 0);
        const auto again = FixedPointDecimal::parse(written, {scale, scale, FixedPointDecimal::Sign::MayBeNegative, "x"});
        ORION_FUZZ_CHECK(again.ok() && again.value() == value.value());
    }
    return 0;
}
