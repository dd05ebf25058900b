#pragma once

#include "common/Cash.h"
#include "common/Price.h"
#include "common/Quantity.h"
#include "market/FeeSchedule.h"
#include "market/PriceLevel.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace orion {

// Wire records of Polymarket's Gamma and CLOB APIs after parsing (PolymarketParser), in Orion's exact types.

// One Gamma market (reference polymarket.md 2.2). Token ids are in outcome order: yesTokenId is the token of the
// "Yes" outcome, found by name, never assumed to be first.
struct PolymarketGammaMarket
{
    QString gammaId;
    QString conditionId;
    QString question;
    QString slug;
    QString description; // resolution rules
    QString category;
    QString eventId;
    QString yesTokenId;
    QString noTokenId;
    QDateTime endDate;
    bool active = false;
    bool closed = false;
    bool acceptingOrders = false;
    bool negRisk = false;
    Price tickSize;
    Quantity minimumOrderSize;
    FeeSchedule fees; // unknown when Gamma did not say
    QByteArray rawJson;
};

struct PolymarketGammaPage
{
    QList<PolymarketGammaMarket> markets;
    QString nextCursor; // empty on the last page
    int rejectedRecords = 0;
};

// GET /clob-markets/{conditionId}: the trading parameters to read before trading a market.
struct PolymarketClobMarket
{
    QString conditionId;
    QString yesTokenId;
    QString noTokenId;
    Price tickSize;
    Quantity minimumOrderSize;
    bool negRisk = false;
    bool acceptingOrders = true;
    FeeSchedule fees; // Unknown without `fd`: never traded
};

// A book of one token, levels sorted best first whatever order the venue sent.
struct PolymarketBook
{
    QString market;
    QString assetId;
    std::vector<PriceLevel> bids; // descending
    std::vector<PriceLevel> asks; // ascending
    qint64 timestampMs = 0;
    QString hash;
    std::optional<Price> tickSize;
};

struct PolymarketOrderResponse
{
    bool success = false;
    QString errorMessage;
    QString orderId;
    QString status; // live, matched, delayed, unmatched
    QStringList tradeIds;
};

struct PolymarketOpenOrder
{
    QString id;
    QString status; // LIVE, MATCHED, CANCELED, ...
    QString market;
    QString assetId;
    bool buy = true;
    Quantity originalSize;
    Quantity sizeMatched;
    Price price;
    QString outcome;
    QString orderType;
    QDateTime createdAt;
    QDateTime expiresAt; // GTD: the `expiration` the order was placed with (the venue expires it 60 s earlier)
    QStringList tradeIds;
};

// One current position from the Data API's /positions (reference polymarket.md 7).
struct PolymarketPosition
{
    QString conditionId;
    QString assetId;
    QString outcome; // "Yes" / "No" label
    Quantity size;
};

struct PolymarketMakerOrder
{
    QString orderId;
    QString assetId;
    QString makerAddress;
    Quantity matchedAmount;
    Price price;
    QString outcome;
    bool buy = true;
};

struct PolymarketTrade
{
    QString id;
    QString takerOrderId;
    QString market;
    QString assetId;
    bool buy = true;
    Quantity size;
    Price price;
    QString status; // MATCHED, MINED, CONFIRMED, RETRYING, FAILED (TRADE_STATUS_ prefix stripped)
    QString outcome;
    QString traderSide; // TAKER or MAKER
    QString transactionHash;
    QDateTime matchTime;
    QList<PolymarketMakerOrder> makerOrders;
};

template <typename T>
struct PolymarketPage
{
    QList<T> items;
    QString nextCursor; // "LTE=" or empty: done
    int rejectedRecords = 0;
};

struct PolymarketCancelResult
{
    QStringList canceled;
    QList<QPair<QString, QString>> notCanceled; // id, reason
};

// Market channel events (reference polymarket.md 6).
struct PolymarketPriceChange
{
    QString assetId;
    Price price;
    Quantity size; // new aggregate; zero removes the level
    bool bid = true;
};

struct PolymarketWsEvent
{
    enum class Type : quint8 { Book, PriceChange, LastTradePrice, TickSizeChange, Order, Trade, Other };
    Type type = Type::Other;
    QString market;
    QString assetId;
    qint64 timestampMs = 0;
    PolymarketBook book;                        // Book
    QList<PolymarketPriceChange> priceChanges;  // PriceChange
    Price price;                                // LastTradePrice; TickSizeChange: the new tick
    Quantity size;
    PolymarketOpenOrder order;                  // Order (status = PLACEMENT/UPDATE/CANCELLATION)
    PolymarketTrade trade;                      // Trade
};

} // namespace orion
