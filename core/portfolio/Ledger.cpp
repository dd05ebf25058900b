#include "portfolio/Ledger.h"

#include "common/Notional.h"

namespace orion {

QString Ledger::keyOf(const MarketKey& market, Outcome outcome)
{
    return venueName(market.venue) + QLatin1Char('|') + market.id + QLatin1Char('|')
           + (outcome == Outcome::Yes ? QLatin1Char('Y') : QLatin1Char('N'));
}

void Ledger::bookRealized(Cash amount, qint64 atMs)
{
    m_realizedEvents.emplace_back(atMs, amount);
    m_realizedTotal += amount;
}

Status Ledger::applyFill(const LedgerFill& fill)
{
    const QString key = keyOf(fill.market, fill.outcome);
    Position position = m_positions.value(key, Position{fill.market, fill.outcome, {}, {}, {}});
    const Cash realizedBefore = position.realizedPnl;
    const Status applied = fill.isBuy ? position.applyBuy(fill.price, fill.quantity, fill.fee)
                                      : position.applySell(fill.price, fill.quantity, fill.fee);
    if (!applied.ok()) {
        return applied;
    }
    const Result<Cash> traded = notional(fill.price, fill.quantity, Rounding::Up);
    if (!traded.ok()) {
        return traded.error();
    }
    m_positions.insert(key, position);
    m_volume += traded.value();
    m_fees += fill.fee;
    if (position.realizedPnl != realizedBefore) {
        bookRealized(position.realizedPnl - realizedBefore, fill.atMs);
    }
    return {};
}

Status Ledger::settleMarket(const MarketKey& market, Outcome winner, qint64 atMs)
{
    for (const Outcome outcome : {Outcome::Yes, Outcome::No}) {
        const QString key = keyOf(market, outcome);
        const auto it = m_positions.find(key);
        if (it == m_positions.end() || it->isFlat()) {
            continue;
        }
        const Result<Cash> payout = outcome == winner ? notional(Price::one(), it->quantity, Rounding::Down)
                                                      : Result<Cash>(Cash::zero());
        if (!payout.ok()) {
            return payout.error();
        }
        const Cash pnl = payout.value() - it->cost;
        it->realizedPnl += pnl;
        it->quantity = Quantity::zero();
        it->cost = Cash::zero();
        bookRealized(pnl, atMs);
    }
    return {};
}

std::optional<Position> Ledger::position(const MarketKey& market, Outcome outcome) const
{
    const auto it = m_positions.constFind(keyOf(market, outcome));
    if (it == m_positions.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

QList<Position> Ledger::openPositions() const
{
    QList<Position> open;
    for (const Position& position : m_positions) {
        if (!position.isFlat()) {
            open.append(position);
        }
    }
    return open;
}

std::optional<Balance> Ledger::balance(VenueId venue) const
{
    const auto it = m_balances.constFind(static_cast<int>(venue));
    if (it == m_balances.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

Cash Ledger::realizedPnlSince(qint64 sinceMs) const
{
    Cash sum;
    for (const auto& [atMs, amount] : m_realizedEvents) {
        if (atMs >= sinceMs) {
            sum += amount;
        }
    }
    return sum;
}

Result<Cash> Ledger::markedPnl(const MarkFunction& mark) const
{
    Cash sum;
    for (const Position& position : m_positions) {
        if (position.isFlat()) {
            continue;
        }
        const std::optional<Price> price = mark ? mark(position.market, position.outcome) : std::nullopt;
        const Result<Cash> pnl = position.unrealizedPnl(price.value_or(Price::zero()));
        if (!pnl.ok()) {
            return pnl.error();
        }
        sum += pnl.value();
    }
    return sum;
}

} // namespace orion
