#pragma once

#include "common/Cash.h"
#include "common/Price.h"
#include "common/Quantity.h"
#include "common/Ratio.h"
#include "market/BookDelta.h"
#include "market/BookSnapshot.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace orion {

// Kalshi Trade API v2 records as the client reads them, already in Orion's exact money types. Field names follow
// the API (reference/kalshi.md sections 3 and 4).

struct KalshiPriceRange
{
    Price start;
    Price end;
    Price step;
};

struct KalshiMarket
{
    QString ticker;
    QString eventTicker;
    QString title;
    QString yesSubTitle;
    QString noSubTitle;
    QString status;       // initialized, active, inactive, closed, determined, disputed, amended, finalized
    QString rulesPrimary;
    QString rulesSecondary;
    QDateTime closeTime;
    std::optional<Price> yesBid;
    std::optional<Price> yesAsk;
    QList<KalshiPriceRange> priceRanges; // empty: whole cents on [0, 1]
    int exchangeIndex = 0;               // the exchange shard it trades on: orders need collateral there
    QByteArray rawJson;
};

struct KalshiEvent
{
    QString eventTicker;
    QString seriesTicker;
    QString title;
    QString subTitle;
    bool mutuallyExclusive = false;
    QString feeTypeOverride;      // empty when the event does not override its series
    std::optional<Ratio> feeMultiplierOverride;
    QList<KalshiMarket> markets;  // with_nested_markets=true
};

struct KalshiSeries
{
    QString ticker;
    QString title;
    QString feeType;
    Ratio feeMultiplier = Ratio::one();
};

// One page of a list; `rejected` counts records that failed validation and were left out (each is logged).
template <typename T>
struct KalshiPage
{
    QList<T> items;
    QString cursor; // empty: last page
    int rejected = 0;
    QStringList problems;
};

// Cash on one exchange shard (balance_breakdown). Since Aug 2026 collateral is held per shard: an order can only
// use the cash on its market's shard; intra_exchange_instance_transfer moves cash between shards.
struct KalshiShardBalance
{
    int exchangeIndex = 0;
    Cash balance; // available there
};

struct KalshiBalance
{
    Cash balance;        // available, from integer cents (all shards, unless asked for one)
    Cash portfolioValue; // from integer cents
    qint64 updatedTs = 0;
    QList<KalshiShardBalance> breakdown; // per shard; empty when the venue did not send it

    // The available cash on a shard, or nullopt when the breakdown does not list it.
    std::optional<Cash> onShard(int exchangeIndex) const
    {
        for (const KalshiShardBalance& entry : breakdown) {
            if (entry.exchangeIndex == exchangeIndex)
                return entry.balance;
        }
        return std::nullopt;
    }
};

struct KalshiPosition
{
    QString ticker;
    Quantity position; // signed: + YES, - NO
    Cash marketExposure;
    Cash realizedPnl;
    Cash feesPaid;
};

struct KalshiOrder
{
    QString orderId;
    QString clientOrderId;
    QString ticker;
    bool bid = true;      // book_side on the YES book
    QString status;       // resting, canceled, executed
    QString timeInForce;
    Price yesPrice;
    Quantity initialCount;
    Quantity fillCount;
    Quantity remainingCount;
    Cash takerFillCost;
    Cash makerFillCost;
    Cash fees;            // taker + maker
    QDateTime createdTime;
    QDateTime lastUpdateTime;
    QDateTime expirationTime; // good-till-date orders (invalid otherwise)
    int exchangeIndex = 0;
};

struct KalshiFill
{
    QString fillId;
    QString tradeId;
    QString orderId;
    QString clientOrderId; // WebSocket fills only
    QString ticker;
    bool bid = true;       // book_side
    QString outcomeSide;   // yes | no
    Price yesPrice;
    Quantity count;
    Cash fee;
    bool isTaker = true;
    std::optional<Quantity> postPosition; // WebSocket fills only
    QDateTime createdTime;
};

// V2 create: there is no full order object in the answer.
struct KalshiCreateOrderAck
{
    QString orderId;
    QString clientOrderId;
    Quantity fillCount;
    Quantity remainingCount;
    std::optional<Price> averageFillPrice;
    qint64 tsMs = 0;
};

struct KalshiCancelAck
{
    QString orderId;
    QString clientOrderId;
    Quantity reducedBy;
};

// One entry of a batch answer: the ack, or the venue's error for that order.
struct KalshiBatchCreateResult
{
    QString clientOrderId;
    std::optional<KalshiCreateOrderAck> ack;
    QString errorCode;
    QString errorMessage;
};

// V2 order request on the single YES book (bid = buy YES, ask = sell YES).
struct KalshiOrderRequest
{
    QString ticker;
    bool bid = true;
    Price yesPrice;
    Quantity count;
    QString timeInForce = QStringLiteral("fill_or_kill"); // fill_or_kill | good_till_canceled | immediate_or_cancel
    QDateTime expirationTime; // good-till-date: good_till_canceled plus expiration_time (invalid = none)
    QString selfTradePrevention = QStringLiteral("taker_at_cross");
    QString clientOrderId;
    bool postOnly = false;
    bool reduceOnly = false;
};

// V2 amend: a new YES price and a new TOTAL count (already filled + wanted resting). The order loses its time
// priority unless the price stays and the size does not grow. The answer has the create ack's shape.
struct KalshiAmendRequest
{
    QString ticker;
    bool bid = true;
    Price yesPrice;
    Quantity totalCount;
    QString clientOrderId;        // the order's current id (checked by Kalshi when given)
    QString updatedClientOrderId; // a new client id after the amend (empty: keep)
};

struct KalshiDecreaseAck
{
    QString orderId;
    QString clientOrderId;
    Quantity remainingCount;
    qint64 tsMs = 0;
};

// A parsed WebSocket message.
struct KalshiWsMessage
{
    enum class Type : quint8 {
        Subscribed,
        Unsubscribed,
        Ok,
        Error,
        OrderbookSnapshot,
        OrderbookDelta,
        Ticker,
        Trade,
        Fill,
        Other, // a type this client does not use; ignored, not an error
    };
    Type type = Type::Other;
    QString typeName;
    qint64 id = 0;  // command id on replies
    qint64 sid = 0;
    qint64 seq = 0; // 0 when absent
    QString channel;
    QString marketTicker;
    BookSnapshot snapshot;
    BookDelta delta;
    QString deltaClientOrderId;
    KalshiFill fill;
    int errorCode = 0;
    QString errorMessage;
};

} // namespace orion

namespace orion {

struct KalshiBatchCancelResult
{
    QString orderId;
    std::optional<Quantity> reducedBy;
    QString errorCode;
    QString errorMessage;
};

} // namespace orion
