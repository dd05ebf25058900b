#include "market/FeeSchedule.h"

#include <QCoreApplication>

namespace orion {

namespace {

using Int128 = detail::MoneyInt128;

constexpr Int128 kE6 = 1'000'000;
constexpr Int128 kE12 = kE6 * kE6;
constexpr Int128 kE14 = kE12 * 100;
constexpr Int128 kE15 = kE14 * 10;
constexpr Int128 kE20 = kE14 * kE6;
constexpr Int128 kE26 = kE20 * kE6;
constexpr Int128 kE27 = kE26 * 10;
constexpr std::int64_t kPolymarketStepMicros = 10; // the venue's 5 decimals

// P x (1 - P) in micro-dollars squared.
constexpr Int128 priceSpread(Price price)
{
    return Int128{price.micros()} * (Price::kMicrosPerDollar - price.micros());
}

std::int64_t roundedUp(Int128 numerator, Int128 divisor)
{
    const RoundedValue value = detail::roundQuotient(numerator, divisor, Rounding::Up);
    Q_ASSERT(value.ok()); // bounded by kMaxFillHundredths and the validated rates
    return value.value;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("orion::FeeSchedule", text);
}

} // namespace

Result<KalshiFeeType> parseKalshiFeeType(QStringView text)
{
    if (text == u"quadratic")
        return KalshiFeeType::Quadratic;
    if (text == u"quadratic_with_maker_fees")
        return KalshiFeeType::QuadraticWithMakerFees;
    if (text == u"quadratic_with_combo_maker_fees")
        return KalshiFeeType::QuadraticWithComboMakerFees;
    if (text == u"flat")
        return KalshiFeeType::Flat;
    // Spelled out: lupdate files a free function's tr() under "orion", the context the helper does not look up.
    return makeError(QStringLiteral("fee.type"),
                     QCoreApplication::translate("orion::FeeSchedule", "\"%1\" is not a Kalshi fee type")
                         .arg(text.toString()));
}

FeeSchedule FeeSchedule::free()
{
    FeeSchedule schedule;
    schedule.m_model = Model::Free;
    return schedule;
}

Result<FeeSchedule> FeeSchedule::kalshi(KalshiFeeType type, Ratio multiplier, Cash accountPrecision)
{
    if (type == KalshiFeeType::Flat) {
        return makeError(QStringLiteral("fee.unsupported"),
                         tr("Kalshi's flat fee table is not published in the API, so the fee is unknown"));
    }
    if (multiplier.ppm() < 0 || multiplier.ppm() > 100 * Ratio::kPpmPerOne) {
        return makeError(QStringLiteral("fee.range"),
                         tr("a Kalshi fee multiplier of %1 is outside [0, 100]").arg(multiplier.toString()));
    }
    if (accountPrecision.micros() <= 0 || Cash::kMicrosPerDollar % accountPrecision.micros() != 0) {
        return makeError(QStringLiteral("fee.range"),
                         tr("a fee precision of %1 does not divide one dollar").arg(accountPrecision.toDollarString(6)));
    }
    FeeSchedule schedule;
    schedule.m_model = Model::KalshiQuadratic;
    schedule.m_ratePpm = kKalshiTakerRate.ppm();
    schedule.m_multiplierPpm = multiplier.ppm();
    schedule.m_precisionMicros = accountPrecision.micros();
    switch (type) {
    case KalshiFeeType::QuadraticWithMakerFees:
        schedule.m_makerSharePpm = 250'000;
        break;
    case KalshiFeeType::QuadraticWithComboMakerFees:
        schedule.m_makerSharePpm = 500'000;
        break;
    case KalshiFeeType::Quadratic:
    case KalshiFeeType::Flat:
        break;
    }
    return schedule;
}

Result<FeeSchedule> FeeSchedule::polymarket(bool feesEnabled, Ratio rate, int exponent, bool takerOnly)
{
    if (!feesEnabled || rate.isZero())
        return free();
    if (rate.ppm() < 0 || rate.ppm() > Ratio::kPpmPerOne) {
        return makeError(QStringLiteral("fee.range"),
                         tr("a Polymarket fee rate of %1 is outside [0, 1]").arg(rate.toString()));
    }
    if (exponent != 1 && exponent != 2) {
        return makeError(QStringLiteral("fee.unsupported"),
                         tr("a Polymarket fee exponent of %1 is not supported (only 1 and 2)").arg(exponent));
    }
    FeeSchedule schedule;
    schedule.m_model = Model::PolymarketCurve;
    schedule.m_ratePpm = rate.ppm();
    schedule.m_exponent = exponent;
    schedule.m_makerSharePpm = takerOnly ? 0 : Ratio::kPpmPerOne;
    schedule.m_precisionMicros = kPolymarketStepMicros;
    return schedule;
}

QString FeeSchedule::describe() const
{
    switch (m_model) {
    case Model::Unknown:
        return QStringLiteral("unknown");
    case Model::Free:
        return QStringLiteral("free");
    case Model::KalshiQuadratic:
        return QStringLiteral("kalshi 0.07 x %1 x C x P(1-P), maker share %2, rounded up to %3")
            .arg(Ratio::fromPpm(m_multiplierPpm).toString(), Ratio::fromPpm(m_makerSharePpm).toString(),
                 Cash::fromMicros(m_precisionMicros).toDollarString(2));
    case Model::PolymarketCurve:
        return QStringLiteral("polymarket %1 x C x (p(1-p))^%2%3")
            .arg(Ratio::fromPpm(m_ratePpm).toString())
            .arg(m_exponent)
            .arg(m_makerSharePpm == 0 ? QStringLiteral(", takers only") : QString());
    }
    return QString();
}

std::int64_t FeeSchedule::polymarketLevelMicros(Price price, std::int64_t hundredths) const
{
    // fee = C x rate x (p(1-p))^e: with p in micros, C in hundredths and rate in ppm the exact amount is
    // rate x spread x C / 1e14 micro-dollars for e = 1 and rate x spread^2 x C / 1e26 for e = 2.
    const Int128 spread = priceSpread(price);
    if (m_exponent == 1)
        return roundedUp(Int128{m_ratePpm} * spread * hundredths, kE15) * kPolymarketStepMicros;
    return roundedUp(Int128{m_ratePpm} * spread * spread * hundredths, kE27) * kPolymarketStepMicros;
}

void FeeSchedule::addTakerFill(Tally& tally, Price price, Quantity size) const
{
    const std::int64_t hundredths = size.hundredths();
    Q_ASSERT(hundredths >= 0 && hundredths <= kMaxFillHundredths);
    switch (m_model) {
    case Model::Unknown:
    case Model::Free:
        return;
    case Model::KalshiQuadratic:
        tally.exact += Int128{m_ratePpm} * m_multiplierPpm * priceSpread(price) * hundredths;
        return;
    case Model::PolymarketCurve:
        tally.roundedMicros += polymarketLevelMicros(price, hundredths);
        return;
    }
}

Cash FeeSchedule::takerTotal(const Tally& tally) const
{
    switch (m_model) {
    case Model::Unknown:
    case Model::Free:
        return Cash::zero();
    case Model::KalshiQuadratic:
        // tally.exact is in units of 1e-20 micro-dollars; one rounding, up to the account's precision.
        return Cash::fromMicros(roundedUp(tally.exact, kE20 * m_precisionMicros) * m_precisionMicros);
    case Model::PolymarketCurve:
        return Cash::fromMicros(tally.roundedMicros);
    }
    return Cash::zero();
}

detail::MoneyInt128 FeeSchedule::takerFeePerContract(Price price) const
{
    switch (m_model) {
    case Model::Unknown:
    case Model::Free:
        return 0;
    case Model::KalshiQuadratic:
        // rate x multiplier x spread / 1e18 micro-dollars per contract, times 1e24.
        return Int128{m_ratePpm} * m_multiplierPpm * priceSpread(price) * kE6;
    case Model::PolymarketCurve: {
        const Int128 spread = priceSpread(price);
        // rate x spread / 1e12 (e = 1) or rate x spread^2 / 1e24 (e = 2) micro-dollars per contract, times 1e24.
        return m_exponent == 1 ? Int128{m_ratePpm} * spread * kE12 : Int128{m_ratePpm} * spread * spread;
    }
    }
    return 0;
}

Result<Cash> FeeSchedule::takerFee(Price price, Quantity size) const
{
    if (m_model == Model::Unknown)
        return makeError(QStringLiteral("fee.unknown"), tr("the market's fee schedule is not known"));
    if (size.isNegative() || size.hundredths() > kMaxFillHundredths) {
        return makeError(QStringLiteral("money.range"),
                         tr("a fee for %1 contracts is out of range").arg(size.toString()));
    }
    Tally tally;
    addTakerFill(tally, price, size);
    return takerTotal(tally);
}

Result<Cash> FeeSchedule::makerFee(Price price, Quantity size) const
{
    if (m_model == Model::Unknown)
        return makeError(QStringLiteral("fee.unknown"), tr("the market's fee schedule is not known"));
    if (m_makerSharePpm == 0 || m_model == Model::Free)
        return Cash::zero();
    if (m_model == Model::PolymarketCurve)
        return takerFee(price, size);
    // Kalshi: the maker rate is a quarter (or half) of the taker rate: 0.0175 or 0.035, exact in ppm.
    FeeSchedule maker = *this;
    maker.m_ratePpm = m_ratePpm * m_makerSharePpm / Ratio::kPpmPerOne;
    return maker.takerFee(price, size);
}

} // namespace orion
