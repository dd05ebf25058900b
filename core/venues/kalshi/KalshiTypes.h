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

struct KalshiBalance
{
    Cash balance;        // available, from integer cents
    Cash portfolioValue; // from integer cents
    qint64 updatedTs = 0;
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
    QString selfTradePrevention = QStringLiteral("taker_at_cross");
    QString clientOrderId;
    bool postOnly = false;
    bool reduceOnly = false;
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
