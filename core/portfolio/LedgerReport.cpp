#include "portfolio/LedgerReport.h"

#include "common/Notional.h"
#include "portfolio/Position.h"
#include "portfolio/PositionKey.h"

#include <algorithm>

namespace orion {

namespace {

// The part of `cost` that `part` of `whole` contracts carry, rounded up so that the rest never looks cheaper.
Result<Cash> costShare(Cash cost, Quantity part, Quantity whole)
{
    if (part == whole || whole.isZero()) {
        return cost;
    }
    const RoundedValue share
        = multiplyDivideRounded(cost.micros(), part.hundredths(), whole.hundredths(), Rounding::Up);
    if (!share.ok()) {
        return makeError(QStringLiteral("money.range"), QStringLiteral("a cost share does not fit"));
    }
    return Cash::fromMicros(share.value);
}

std::optional<Price> markOf(const QHash<QString, Price>& marks, const MarketKey& market, Outcome outcome)
{
    const auto it = marks.constFind(positionKey(market, outcome));
    if (it == marks.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

QString pairGroupKey(const PairPosition& pair)
{
    return pair.pairId + QLatin1Char('|') + positionKey(pair.kalshi.market, pair.kalshi.outcome) + QLatin1Char('|')
        + positionKey(pair.polymarket.market, pair.polymarket.outcome);
}

void addHolding(LegHolding& into, const LegHolding& leg)
{
    into.held += leg.held;
    into.cost += leg.cost;
}

} // namespace

QDateTime LedgerReportBuilder::localMidnight(const QDateTime& now)
{
    return now.toLocalTime().date().startOfDay();
}

Result<TradeFigures> LedgerReportBuilder::tradeFigures(const ReportTrade& trade, const QHash<QString, Price>& marks)
{
    TradeFigures figures;
    figures.id = trade.id;
    figures.pairId = trade.pairId;
    figures.state = trade.state;
    figures.open = trade.open;
    figures.openedAtMs = trade.openedAtMs;
    figures.updatedAtMs = trade.updatedAtMs;

    Position first { trade.firstMarket, trade.firstOutcome, {}, {}, {} };
    Position second { trade.secondMarket, trade.secondOutcome, {}, {}, {} };
    QList<ReportFill> fills = trade.fills;
    std::stable_sort(
        fills.begin(), fills.end(), [](const ReportFill& a, const ReportFill& b) { return a.atMs < b.atMs; });
    for (const ReportFill& fill : fills) {
        Position* leg = nullptr;
        if (fill.market == first.market && fill.outcome == first.outcome) {
            leg = &first;
        } else if (fill.market == second.market && fill.outcome == second.outcome) {
            leg = &second;
        } else {
            return makeError(QStringLiteral("report.fill"),
                QStringLiteral("trade %1 has a fill on %2, which is neither of its legs")
                    .arg(trade.id)
                    .arg(positionKey(fill.market, fill.outcome)));
        }
        const Status applied = fill.isBuy ? leg->applyBuy(fill.price, fill.quantity, fill.fee)
                                          : leg->applySell(fill.price, fill.quantity, fill.fee);
        if (!applied.ok()) {
            return makeError(QStringLiteral("report.fill"),
                QStringLiteral("trade %1: %2").arg(trade.id).arg(applied.error().message));
        }
        const Result<Cash> traded = notional(fill.price, fill.quantity, Rounding::Up);
        if (!traded.ok()) {
            return traded.error();
        }
        figures.volume += traded.value();
        figures.fees += fill.fee;
        if (fill.isBuy) {
            figures.capital += traded.value() + fill.fee;
        }
    }

    figures.first = LegHolding { first.market, first.outcome, first.quantity, first.cost,
        markOf(marks, first.market, first.outcome) };
    figures.second = LegHolding { second.market, second.outcome, second.quantity, second.cost,
        markOf(marks, second.market, second.outcome) };
    figures.realized = first.realizedPnl + second.realizedPnl;
    figures.hedged = std::min(first.quantity, second.quantity);

    const Result<Cash> firstHedgedCost = costShare(first.cost, figures.hedged, first.quantity);
    const Result<Cash> secondHedgedCost = costShare(second.cost, figures.hedged, second.quantity);
    const Result<Cash> payout = notional(Price::one(), figures.hedged, Rounding::Down);
    if (!firstHedgedCost.ok() || !secondHedgedCost.ok() || !payout.ok()) {
        return makeError(QStringLiteral("money.range"), QStringLiteral("trade %1 does not fit").arg(trade.id));
    }
    figures.lockedIn = payout.value() - firstHedgedCost.value() - secondHedgedCost.value();

    const LegHolding& longer = first.quantity > second.quantity ? figures.first : figures.second;
    const Cash longerHedgedCost = first.quantity > second.quantity ? firstHedgedCost.value() : secondHedgedCost.value();
    figures.unhedged = longer.held - figures.hedged;
    if (!figures.unhedged.isZero()) {
        figures.unhedgedCost = longer.cost - longerHedgedCost;
        const Result<Cash> value = notional(longer.mark.value_or(Price::zero()), figures.unhedged, Rounding::Down);
        if (!value.ok()) {
            return value.error();
        }
        figures.unhedgedValue = value.value();
        figures.unhedgedLeg
            = LegHolding { longer.market, longer.outcome, figures.unhedged, figures.unhedgedCost, longer.mark };
    }
    figures.pnl = figures.lockedIn + figures.realized + (figures.unhedgedValue - figures.unhedgedCost);
    return figures;
}

Result<LedgerReport> LedgerReportBuilder::build(const LedgerReportInput& input, const Clock& clock)
{
    LedgerReport report;
    report.mode = input.mode;
    report.generatedAt = clock.now().toLocalTime();
    report.todayStart = localMidnight(report.generatedAt);
    report.capitalBase = input.capitalBase;
    report.balances = input.balances;
    std::sort(report.balances.begin(), report.balances.end(),
        [](const Balance& a, const Balance& b) { return a.venue < b.venue; });
    for (const Balance& balance : std::as_const(report.balances)) {
        report.balanceTotal += balance.total();
    }

    QList<ReportTrade> trades = input.trades;
    std::stable_sort(trades.begin(), trades.end(), [](const ReportTrade& a, const ReportTrade& b) {
        return a.openedAtMs != b.openedAtMs ? a.openedAtMs < b.openedAtMs : a.id < b.id;
    });
    const qint64 todayStartMs = report.todayStart.toMSecsSinceEpoch();
    QList<TradeResult> finished;
    Cash openPnl;
    Cash volume;
    Cash fees;
    QHash<QString, qsizetype> pairIndex;
    for (const ReportTrade& trade : std::as_const(trades)) {
        const Result<TradeFigures> computed = tradeFigures(trade, input.marks);
        if (!computed.ok()) {
            return computed.error();
        }
        const TradeFigures& figures = computed.value();
        report.trades.append(figures);
        if (figures.open) {
            ++report.openTrades;
            openPnl += figures.pnl;
        } else {
            finished.append(
                TradeResult { QString::number(figures.id), figures.pnl, figures.capital, figures.updatedAtMs });
            if (figures.state == QLatin1String("hedged")) {
                ++report.hedgedTrades;
            } else {
                ++report.flatTrades;
            }
        }
        report.lockedIn += figures.lockedIn;
        report.realized += figures.realized;
        report.unhedgedCost += figures.unhedgedCost;
        report.unhedgedValue += figures.unhedgedValue;
        volume += figures.volume;
        fees += figures.fees;
        if (figures.openedAtMs >= todayStartMs) {
            ++report.todayTrades;
            report.todayPnl += figures.pnl;
        }

        if (figures.first.held.isZero() && figures.second.held.isZero()) {
            continue;
        }
        const bool firstIsKalshi = figures.first.market.venue == VenueId::Kalshi;
        PairPosition pair;
        pair.pairId = figures.pairId;
        pair.kalshi = firstIsKalshi ? figures.first : figures.second;
        pair.polymarket = firstIsKalshi ? figures.second : figures.first;
        const QString key = pairGroupKey(pair);
        if (!pairIndex.contains(key)) {
            pair.kalshi.held = Quantity::zero();
            pair.kalshi.cost = Cash::zero();
            pair.polymarket.held = Quantity::zero();
            pair.polymarket.cost = Cash::zero();
            pairIndex.insert(key, report.positions.size());
            report.positions.append(pair);
        }
        PairPosition& into = report.positions[pairIndex.value(key)];
        addHolding(into.kalshi, firstIsKalshi ? figures.first : figures.second);
        addHolding(into.polymarket, firstIsKalshi ? figures.second : figures.first);
        into.hedged += figures.hedged;
        into.lockedIn += figures.lockedIn;
        into.unhedged += figures.unhedged;
        into.unhedgedCost += figures.unhedgedCost;
        into.unhedgedValue += figures.unhedgedValue;
        into.tradeIds.append(figures.id);
    }
    report.unhedgedPnl = report.unhedgedValue - report.unhedgedCost;
    report.totalPnl = report.lockedIn + report.realized + report.unhedgedPnl;
    report.metrics = PerformanceMetrics::compute(finished, openPnl, volume, fees, input.capitalBase);
    return report;
}

} // namespace orion
