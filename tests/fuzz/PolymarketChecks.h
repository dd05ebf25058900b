#pragma once

// Invariants of parsed Polymarket records, shared by the REST and WebSocket harnesses.

#include "FuzzSupport.h"

#include "venues/polymarket/PolymarketTypes.h"

namespace orion::fuzz {

inline void checkBookSides(const PolymarketBook& book)
{
    checkId(book.assetId);
    checkOptionalId(book.market);
    checkOptionalId(book.hash);
    checkLevels(book.bids);
    checkLevels(book.asks);
    for (std::size_t i = 1; i < book.bids.size(); ++i)
        ORION_FUZZ_CHECK(book.bids[i - 1].price > book.bids[i].price);
    for (std::size_t i = 1; i < book.asks.size(); ++i)
        ORION_FUZZ_CHECK(book.asks[i - 1].price < book.asks[i].price);
    for (const auto* side : {&book.bids, &book.asks}) {
        for (const PriceLevel& level : *side)
            ORION_FUZZ_CHECK(!level.size.isZero());
    }
    if (book.tickSize)
        checkPrice(*book.tickSize);
}

inline void checkOrder(const PolymarketOpenOrder& order)
{
    checkId(order.id);
    checkOptionalId(order.status);
    checkOptionalId(order.market);
    checkOptionalId(order.assetId);
    checkOptionalId(order.orderType);
    checkText(order.outcome);
    checkCount(order.originalSize);
    checkCount(order.sizeMatched);
    checkPrice(order.price);
    ORION_FUZZ_CHECK(order.tradeIds.size() <= VenueInputLimits::kMaxListItems);
    for (const QString& id : order.tradeIds)
        checkId(id);
}

inline void checkTrade(const PolymarketTrade& trade)
{
    checkId(trade.id);
    for (const QString* id : {&trade.takerOrderId, &trade.market, &trade.assetId, &trade.status, &trade.traderSide,
                              &trade.transactionHash})
        checkOptionalId(*id);
    checkText(trade.outcome);
    checkCount(trade.size);
    checkPrice(trade.price);
    ORION_FUZZ_CHECK(trade.makerOrders.size() <= VenueInputLimits::kMaxListItems);
    for (const PolymarketMakerOrder& maker : trade.makerOrders) {
        checkId(maker.orderId);
        checkOptionalId(maker.assetId);
        checkOptionalId(maker.makerAddress);
        checkText(maker.outcome);
        checkCount(maker.matchedAmount);
        checkPrice(maker.price);
    }
}

} // namespace orion::fuzz
