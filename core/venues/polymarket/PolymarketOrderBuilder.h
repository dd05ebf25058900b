#pragma once

#include "common/Cash.h"
#include "common/Price.h"
#include "common/Quantity.h"
#include "common/Result.h"
#include "crypto/Eip712Domain.h"
#include "crypto/PolymarketTypedData.h"

#include <QString>

namespace orion {

// The two raw 6-decimal amounts of a V2 order (pUSD base units and outcome-token base units).
struct PolymarketAmounts
{
    quint64 makerAmount = 0;
    quint64 takerAmount = 0;
    friend bool operator==(const PolymarketAmounts&, const PolymarketAmounts&) = default;
};

// Builds CLOB V2 orders exactly as the official client does (reference polymarket.md 5.2), but in integers:
// a limit order pays/receives size x price; a market order (FOK/FAK) BUY spends a pUSD amount and asks for at
// least amount / price shares. The per-tick rounding config is (price dp, size dp 2, amount dp): 0.1 (1,3),
// 0.01 (2,4), 0.005 (3,5), 0.0025 (4,6), 0.001 (3,5), 0.0001 (4,6); an amount with more decimals than allowed is
// rounded up at amount+4 decimals, then down at amount decimals. Errors use code "polymarket.order".
class PolymarketOrderBuilder final
{
public:
    PolymarketOrderBuilder() = delete;

    // The tick must be one the V2 clients accept; the price must lie on its grid within [tick, 1 - tick].
    [[nodiscard]] static Status checkPrice(Price price, Price tick);
    // Amount decimals for a tick (3..6); polymarket.order for an unsupported tick.
    [[nodiscard]] static Result<int> amountDecimals(Price tick);

    // Limit (GTC/GTD): BUY makerAmount = size x price, takerAmount = size; SELL the other way round.
    [[nodiscard]] static Result<PolymarketAmounts> limitAmounts(PolymarketSide side, Price price, Quantity size,
                                                               Price tick);
    // Market BUY: `amount` of pUSD (floored to cents) at worst price `price`.
    [[nodiscard]] static Result<PolymarketAmounts> marketBuyAmounts(Price price, Cash amount, Price tick);
    // Market SELL: `shares` (2 decimals) at worst price `price`.
    [[nodiscard]] static Result<PolymarketAmounts> marketSellAmounts(Price price, Quantity shares, Price tick);

    // Neg-risk markets trade on the Neg Risk CTF Exchange; version 3 uses the V3 exchange (domain version "3").
    static EthAddress exchangeAddress(bool negRisk, int exchangeVersion);
    static Eip712Domain exchangeDomain(bool negRisk, int exchangeVersion, quint64 chainId);
};

} // namespace orion
