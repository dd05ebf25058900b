#pragma once

#include "common/Cash.h"
#include "common/Price.h"
#include "common/Quantity.h"
#include "common/Result.h"
#include "market/MarketKey.h"
#include "market/Outcome.h"
#include "portfolio/Balance.h"
#include "portfolio/Position.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace orion {

// One confirmed fill as the ledger books it (a provisional Polymarket fill is booked only once it confirms).
struct LedgerFill
{
    MarketKey market;
    Outcome outcome = Outcome::Yes;
    bool isBuy = true;
    Price price;
    Quantity quantity;
    Cash fee;
    qint64 atMs = 0;
};

// A finished trade (both legs and any repair), for the metrics: what it made and what capital it used.
struct TradeResult
{
    QString tradeId;
    Cash pnl;
    Cash capital;
    qint64 closedAtMs = 0;

    friend bool operator==(const TradeResult&, const TradeResult&) = default;
};

// Orion's own books: positions per (market, outcome), realised P&L as it happens (sales and resolutions), traded
// volume and fees, each venue's last balance, and the results of finished trades. Exact integers throughout.
class Ledger final
{
public:
    using MarkFunction = std::function<std::optional<Price>(const MarketKey&, Outcome)>;

    [[nodiscard]] Status applyFill(const LedgerFill& fill);
    // The market resolved: every held contract of `winner` pays $1, the others nothing; its positions close.
    [[nodiscard]] Status settleMarket(const MarketKey& market, Outcome winner, qint64 atMs);
    void recordTradeResult(const TradeResult& result) { m_results.append(result); }
    void setBalance(const Balance& balance) { m_balances.insert(static_cast<int>(balance.venue), balance); }

    std::optional<Position> position(const MarketKey& market, Outcome outcome) const;
    QList<Position> openPositions() const;
    std::optional<Balance> balance(VenueId venue) const;

    Cash realizedPnl() const { return m_realizedTotal; }
    // Realised P&L booked at or after `sinceMs` (today's loss for the circuit breaker).
    Cash realizedPnlSince(qint64 sinceMs) const;
    // Open positions marked by `mark`; a position without a mark counts at zero value (against us).
    [[nodiscard]] Result<Cash> markedPnl(const MarkFunction& mark) const;
    Cash volume() const { return m_volume; }
    Cash fees() const { return m_fees; }
    const QList<TradeResult>& tradeResults() const { return m_results; }

private:
    static QString keyOf(const MarketKey& market, Outcome outcome);
    void bookRealized(Cash amount, qint64 atMs);

    QHash<QString, Position> m_positions;
    QHash<int, Balance> m_balances;
    std::vector<std::pair<qint64, Cash>> m_realizedEvents;
    Cash m_realizedTotal;
    Cash m_volume;
    Cash m_fees;
    QList<TradeResult> m_results;
};

} // namespace orion
