#include "venues/polymarket/PolymarketOrderBuilder.h"

#include <array>
#include <limits>

namespace orion {

namespace {

__extension__ typedef __int128 Int128;

struct TickConfig
{
    std::int64_t tickMicros;
    int amountDecimals;
};

// reference polymarket.md 5.2 (clob-client-v2 roundingConfig.ts)
constexpr std::array<TickConfig, 6> kTicks{{
    {100'000, 3},
    {10'000, 4},
    {5'000, 5},
    {2'500, 6},
    {1'000, 5},
    {100, 6},
}};

Error orderError(const QString& message)
{
    return makeError(QStringLiteral("polymarket.order"), message);
}

Int128 pow10(int exponent)
{
    Int128 value = 1;
    for (int i = 0; i < exponent; ++i)
        value *= 10;
    return value;
}

// The official rounding of a raw amount `numerator / denominator` dollars (or shares) to base units (1e-6):
// unchanged when it has at most `decimals` decimals, else up at decimals + 4, then down at decimals.
Result<quint64> roundAmount(Int128 numerator, Int128 denominator, int decimals)
{
    if (denominator <= 0 || numerator < 0)
        return orderError(QStringLiteral("amount out of range"));
    const Int128 fine = pow10(decimals + 4);
    const Int128 scaledUp = (numerator * fine + denominator - 1) / denominator; // ceil at decimals + 4
    const Int128 atDecimals = scaledUp / pow10(4);                               // floor at decimals
    const Int128 baseUnits = atDecimals * pow10(6 - decimals);
    if (baseUnits > static_cast<Int128>(std::numeric_limits<qint64>::max()))
        return orderError(QStringLiteral("amount too large"));
    return static_cast<quint64>(baseUnits);
}

} // namespace

Result<int> PolymarketOrderBuilder::amountDecimals(Price tick)
{
    for (const TickConfig& config : kTicks) {
        if (config.tickMicros == tick.micros())
            return config.amountDecimals;
    }
    return orderError(QStringLiteral("unsupported tick size %1").arg(tick.toDollarString(1)));
}

Status PolymarketOrderBuilder::checkPrice(Price price, Price tick)
{
    const Result<int> decimals = amountDecimals(tick);
    if (!decimals)
        return decimals.error();
    if (price.micros() < tick.micros() || price.micros() > Price::kMicrosPerDollar - tick.micros())
        return orderError(QStringLiteral("price %1 outside [%2, %3]")
                              .arg(price.toDollarString(), tick.toDollarString(),
                                   tick.complement().toDollarString()));
    if (price.micros() % tick.micros() != 0)
        return orderError(
            QStringLiteral("price %1 is not on the %2 tick grid").arg(price.toDollarString(), tick.toDollarString()));
    return {};
}

Result<PolymarketAmounts> PolymarketOrderBuilder::limitAmounts(PolymarketSide side, Price price, Quantity size,
                                                               Price tick)
{
    if (const Status status = checkPrice(price, tick); !status)
        return status.error();
    if (size.hundredths() <= 0)
        return orderError(QStringLiteral("size must be positive"));
    const int decimals = *amountDecimals(tick);
    // size x price in dollars = hundredths x micros / 10^8
    const Result<quint64> cash =
        roundAmount(static_cast<Int128>(size.hundredths()) * price.micros(), Int128(100'000'000), decimals);
    if (!cash)
        return cash.error();
    const auto shares = static_cast<quint64>(size.hundredths()) * 10'000U;
    if (side == PolymarketSide::Buy)
        return PolymarketAmounts{*cash, shares};
    return PolymarketAmounts{shares, *cash};
}

Result<PolymarketAmounts> PolymarketOrderBuilder::marketBuyAmounts(Price price, Cash amount, Price tick)
{
    if (const Status status = checkPrice(price, tick); !status)
        return status.error();
    const std::int64_t cents = amount.micros() / Cash::kMicrosPerCent; // floor at 2 decimals (amount >= 0)
    if (amount.isNegative() || cents <= 0)
        return orderError(QStringLiteral("market buy amount must be at least $0.01"));
    const int decimals = *amountDecimals(tick);
    // amount / price shares = cents x 10^4 / micros
    const Result<quint64> shares = roundAmount(static_cast<Int128>(cents) * 10'000, price.micros(), decimals);
    if (!shares)
        return shares.error();
    return PolymarketAmounts{static_cast<quint64>(cents) * 10'000U, *shares};
}

Result<PolymarketAmounts> PolymarketOrderBuilder::marketSellAmounts(Price price, Quantity shares, Price tick)
{
    return limitAmounts(PolymarketSide::Sell, price, shares, tick);
}

EthAddress PolymarketOrderBuilder::exchangeAddress(bool negRisk, int exchangeVersion)
{
    QStringView text = PolymarketTypedData::kCtfExchangeV2;
    if (exchangeVersion >= 3)
        text = PolymarketTypedData::kCtfExchangeV3;
    else if (negRisk)
        text = PolymarketTypedData::kNegRiskCtfExchangeV2;
    return EthAddress::fromHex(text).value();
}

Eip712Domain PolymarketOrderBuilder::exchangeDomain(bool negRisk, int exchangeVersion, quint64 chainId)
{
    const QString version = exchangeVersion >= 3 ? QStringLiteral("3") : QStringLiteral("2");
    return PolymarketTypedData::exchangeDomain(version, chainId, exchangeAddress(negRisk, exchangeVersion));
}

} // namespace orion
