#pragma once

#include <QHash>
#include <QString>

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace orion {

// A venue-neutral matching engine for ONE binary market, shared by the Kalshi and Polymarket simulators.
//
// One YES book: bids buy YES, asks sell YES. Prices are integer micro-dollars in (0, 1'000'000) exclusive and
// quantities integer hundredths of a contract (> 0). Intents on NO map onto the YES book with yesBookOrder():
// buying NO at p is an ask at 1 - p, selling NO at p is a bid at 1 - p (the venue layer decides what the
// resulting fills mean for positions and cash; the matcher knows nothing about money).
//
// Matching is price-time priority: the best price first, then the oldest order at that price. A fill happens at
// the RESTING (maker) order's price, so a taker crossing deep gets price improvement. Time in force:
//   GoodTillCancel    the unfilled rest rests on the book;
//   ImmediateOrCancel what does not fill at once is cancelled;
//   FillOrKill        the whole quantity fills at once or nothing happens (status Killed, no fills).
// Post-only orders that would cross are rejected ("post_only_cross") and change nothing.
//
// Self-trade prevention (an incoming order meeting a resting order of the SAME account), per order:
//   CancelTaker (Kalshi "taker_at_cross", the default): matching stops at the own order; the incoming order's
//       unfilled rest is cancelled (it never rests, whatever its time in force); fills made before stay.
//       A FillOrKill that meets its own order before it can fill completely is killed with no fills.
//   CancelMaker (Kalshi "maker"): the own resting order is cancelled (reported in cancelledMakers) and
//       matching continues behind it.
// Every call is synchronous; fills are returned to the caller, in execution order. Not thread-safe.
class SimOrderMatcher final
{
public:
    enum class Side : quint8 { Bid, Ask }; // on the YES book
    enum class Outcome : quint8 { Yes, No };
    enum class Action : quint8 { Buy, Sell };
    enum class TimeInForce : quint8 { GoodTillCancel, ImmediateOrCancel, FillOrKill };
    enum class SelfTradePrevention : quint8 { CancelTaker, CancelMaker };

    static constexpr std::int64_t kOneDollarMicros = 1'000'000;

    struct YesBookOrder
    {
        Side side = Side::Bid;
        std::int64_t priceMicros = 0;
    };
    // buy YES at p -> bid p; sell YES at p -> ask p; buy NO at p -> ask 1 - p; sell NO at p -> bid 1 - p.
    static YesBookOrder yesBookOrder(Outcome outcome, Action action, std::int64_t priceMicros);

    struct OrderRequest
    {
        QString accountId;     // owner; self-trade prevention compares these
        QString clientOrderId; // the owner's id, echoed on fills (may be empty)
        Side side = Side::Bid;
        std::int64_t priceMicros = 0;        // limit price on the YES book
        std::int64_t quantityHundredths = 0; // > 0
        TimeInForce timeInForce = TimeInForce::GoodTillCancel;
        bool postOnly = false;
        SelfTradePrevention selfTrade = SelfTradePrevention::CancelTaker;
    };

    struct Fill
    {
        std::int64_t fillSequence = 0; // 1, 2, ... over the matcher's life
        QString makerOrderId;
        QString makerAccountId;
        QString makerClientOrderId;
        QString takerOrderId;
        QString takerAccountId;
        QString takerClientOrderId;
        Side takerSide = Side::Bid;    // the maker was on the other side
        std::int64_t priceMicros = 0;  // YES price (the maker's limit)
        std::int64_t quantityHundredths = 0;
    };

    struct RestingOrder
    {
        QString orderId;
        QString accountId;
        QString clientOrderId;
        Side side = Side::Bid;
        std::int64_t priceMicros = 0;
        std::int64_t originalHundredths = 0;
        std::int64_t remainingHundredths = 0;
        std::int64_t arrival = 0; // time priority: smaller is older
    };

    enum class Status : quint8 {
        Rejected,  // invalid or post-only cross: nothing happened
        Resting,   // some or none filled, the rest is on the book (GTC)
        Filled,    // completely filled
        Cancelled, // IOC rest, or stopped by self-trade prevention; fills made before stay
        Killed,    // FillOrKill that could not fill completely: no fills
    };

    struct OrderResult
    {
        Status status = Status::Rejected;
        QString orderId;             // empty when rejected
        QString rejectCode;          // "invalid_price", "invalid_quantity", "post_only_cross"
        std::int64_t filledHundredths = 0;
        std::int64_t restingHundredths = 0;
        std::int64_t cancelledHundredths = 0;
        std::vector<Fill> fills;
        std::vector<RestingOrder> cancelledMakers; // self-trade prevention (CancelMaker) victims
    };

    // One change of the aggregated size at one level, in the order they happened, for streaming book deltas.
    struct LevelChange
    {
        Side side = Side::Bid;
        std::int64_t priceMicros = 0;
        std::int64_t deltaHundredths = 0; // signed change
        std::int64_t newTotalHundredths = 0;
    };

    struct Level
    {
        std::int64_t priceMicros = 0;
        std::int64_t quantityHundredths = 0;
    };

    using IdGenerator = std::function<QString()>;

    // Order ids are "<prefix><n>" unless an id generator is set.
    explicit SimOrderMatcher(QString orderIdPrefix = QStringLiteral("o-"));

    void setIdGenerator(IdGenerator generator) { m_idGenerator = std::move(generator); }

    OrderResult submit(const OrderRequest& request);
    // Amends a resting order to `replacement` (its side, limit and new REMAINING quantity; the owner, client id,
    // post-only and self-trade fields apply as on submit). Same side and price with no more size: the order is
    // reduced in place and keeps its time priority. Otherwise it is taken off the book and submitted again under
    // the same id: it loses priority and can trade at once. Rejected ("not_resting", or submit's codes) changes
    // nothing.
    OrderResult replace(const QString& orderId, const OrderRequest& replacement);
    // The cancelled order (with its remaining quantity before the cancel), or nullopt when it is not resting.
    std::optional<RestingOrder> cancel(const QString& orderId);
    // Reduces a resting order's remaining quantity by `byHundredths` (to zero cancels it); the order after, or
    // nullopt when it is not resting or the amount is not positive.
    std::optional<RestingOrder> reduce(const QString& orderId, std::int64_t byHundredths);
    std::vector<RestingOrder> cancelAll(const QString& accountId);
    std::vector<RestingOrder> cancelEverything();

    std::optional<RestingOrder> order(const QString& orderId) const;
    std::vector<RestingOrder> openOrders(const QString& accountId) const;
    // Aggregated levels, best first (bids descending, asks ascending); depth 0 = all.
    std::vector<Level> bids(int depth = 0) const;
    std::vector<Level> asks(int depth = 0) const;
    std::optional<std::int64_t> bestBid() const;
    std::optional<std::int64_t> bestAsk() const;

    // The level changes since the last call (and clears them).
    std::vector<LevelChange> takeLevelChanges();

private:
    using Queue = std::deque<RestingOrder>;
    using BidMap = std::map<std::int64_t, Queue, std::greater<>>;
    using AskMap = std::map<std::int64_t, Queue, std::less<>>;

    template <typename Book>
    void matchAgainst(Book& book, const OrderRequest& request, const QString& orderId, std::int64_t& remaining,
                      OrderResult& result, bool& stoppedBySelfTrade);
    template <typename Book>
    std::int64_t fillableAgainst(const Book& book, const OrderRequest& request) const;
    template <typename Book>
    static std::vector<Level> levelsOf(const Book& book, int depth);
    bool crosses(const OrderRequest& request) const;
    QString validate(const OrderRequest& request) const; // empty when acceptable
    OrderResult execute(const OrderRequest& request, const QString& orderId);
    void rest(const OrderRequest& request, const QString& orderId, std::int64_t remaining);
    void recordChange(Side side, std::int64_t priceMicros, std::int64_t delta);
    std::optional<RestingOrder> removeResting(const QString& orderId, std::int64_t reduceBy);
    std::int64_t levelTotal(Side side, std::int64_t priceMicros) const;
    QString nextOrderId();

    QString m_prefix;
    IdGenerator m_idGenerator;
    std::int64_t m_nextId = 1;
    std::int64_t m_nextArrival = 1;
    std::int64_t m_nextFill = 1;
    BidMap m_bids;
    AskMap m_asks;
    struct Location
    {
        Side side = Side::Bid;
        std::int64_t priceMicros = 0;
    };
    QHash<QString, Location> m_index;
    std::vector<LevelChange> m_changes;
};

} // namespace orion
