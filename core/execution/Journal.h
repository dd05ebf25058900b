#pragma once

#include "arbitrage/Opportunity.h"
#include "common/Result.h"
#include "execution/ExecutionMode.h"
#include "venues/VenueCommands.h"
#include "venues/VenueReports.h"

#include <QList>
#include <QString>

#include <optional>

namespace orion {

// Where a trade stands. Hedged and Flat are final; every other state is picked up again after a restart.
enum class TradeState : quint8 {
    Intent,             // journalled, nothing sent yet
    FirstLeg,           // the first order is out
    SecondLeg,          // the second order is out
    Repairing,          // unwinding the excess or completing the hedge
    AwaitingSettlement, // both legs matched, some fills still provisional (Polymarket MATCHED)
    Halted,             // the kill switch stopped it mid-way: exposure may be left, a person decides
    NeedsAttention,     // the time bound passed with exposure left, or the venue's answer is unknown
    Hedged,             // equal contracts on both legs, all fills confirmed
    Flat,               // nothing held (nothing filled, or the excess was unwound)
};

inline bool isFinal(TradeState state)
{
    return state == TradeState::Hedged || state == TradeState::Flat;
}

QString tradeStateName(TradeState state);
std::optional<TradeState> parseTradeState(const QString& text);

// "pending_submit", "accepted", "partially_filled", "filled", "canceled", "rejected", "expired".
QString orderStatusName(OrderStatus status);

// Why an order exists within its trade.
enum class LegRole : quint8 { First, Second, Unwind, Hedge };

QString legRoleName(LegRole role);
std::optional<LegRole> parseLegRole(const QString& text);

// One leg as planned: buy `outcome` on `market` at no more than `limit`.
struct PlannedLeg
{
    MarketKey market;
    Outcome outcome = Outcome::Yes;
    Price limit;
    Quantity quantity;
    Quantity lot = Quantity::fromHundredths(1);

    friend bool operator==(const PlannedLeg&, const PlannedLeg&) = default;
};

// What the executor means to do, written before the first order leaves. Both legs are recorded, so that a trade
// interrupted before its second order can still be repaired after a restart.
struct TradeIntent
{
    QString pairId;
    OpportunityId opportunityId = 0;
    ArbDirection direction = ArbDirection::KalshiYes;
    ExecutionMode mode = ExecutionMode::Paper;
    PlannedLeg first;
    PlannedLeg second;
    Cash expectedCost;
    Cash expectedProfit;
    qint64 atMs = 0;

    friend bool operator==(const TradeIntent&, const TradeIntent&) = default;
};

struct JournalTrade
{
    qint64 id = 0;
    QString uid; // unique across databases: client order ids are derived from it
    TradeIntent intent;
    TradeState state = TradeState::Intent;
    QString note;
    qint64 updatedAtMs = 0;
};

struct JournalOrder
{
    QString clientOrderId; // "<trade uid>-<n>", assigned by the journal
    qint64 tradeId = 0;
    LegRole role = LegRole::First;
    SubmitOrder command;
    OrderStatus status = OrderStatus::PendingSubmit;
    QString venueOrderId;
    Quantity filled;
    Price averagePrice;
    QString reason;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
};

// The executor's durable memory (the port; storage/SqlJournal implements it on SQLite). Every call is synchronous
// and durable when it returns ok: an order is reserved (and its client order id assigned) before it is sent, so a
// retry or a restart finds it and never sends it again.
class Journal
{
public:
    virtual ~Journal() = default;

    [[nodiscard]] virtual Result<JournalTrade> beginTrade(const TradeIntent& intent) = 0;
    [[nodiscard]] virtual Status setTradeState(qint64 tradeId, TradeState state, const QString& note, qint64 atMs) = 0;
    // Assigns the next client order id of the trade and stores the order as PendingSubmit.
    [[nodiscard]] virtual Result<JournalOrder> reserveOrder(qint64 tradeId, LegRole role, const SubmitOrder& command,
                                                            qint64 atMs) = 0;
    [[nodiscard]] virtual Status updateOrder(const JournalOrder& order) = 0;
    // Stores a fill once (by venue and venue fill id); a repeat updates only its settlement state.
    [[nodiscard]] virtual Status recordFill(const FillReport& fill) = 0;

    [[nodiscard]] virtual Result<QList<JournalTrade>> openTrades() = 0;
    [[nodiscard]] virtual Result<JournalTrade> trade(qint64 tradeId) = 0;
    [[nodiscard]] virtual Result<QList<JournalOrder>> orders(qint64 tradeId) = 0;
    [[nodiscard]] virtual Result<QList<FillReport>> fills(const QString& clientOrderId) = 0;
};

} // namespace orion
