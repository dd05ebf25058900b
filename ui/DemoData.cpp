#include "DemoData.h"

namespace orion {
namespace {

Price cents(std::int64_t tenthsOfCent)
{
    return Price::fromMicros(qBound<std::int64_t>(0, tenthsOfCent * 1000, Price::kMicrosPerDollar));
}

Cash dollars(std::int64_t whole, std::int64_t centsPart = 0)
{
    return Cash::fromMicros(whole * Cash::kMicrosPerDollar + centsPart * Cash::kMicrosPerCent);
}

const char* const kEvents[] = {
    "Fed cuts rates in December",
    "CPI above 3.0% in November",
    "BTC above $100k on Dec 31",
    "Democrats win the Senate",
    "Lakers win the NBA title",
    "Unemployment above 4.5% in Q1",
    "Government shutdown before Jan 31",
    "S&P 500 above 6,500 on Dec 31",
    "Hurricane makes landfall in FL",
    "Oil above $90 by March",
    "ECB raises rates in January",
    "Taylor Swift album in 2026",
};
constexpr int kEventCount = static_cast<int>(sizeof(kEvents) / sizeof(kEvents[0]));

// A Polymarket condition id as the venue writes it: 0x and 64 hex digits.
QString conditionId(int seed)
{
    return QStringLiteral("0x") + QString::number(0x5f3a9c1d7b2e4a60ULL + static_cast<quint64>(seed), 16).repeated(4);
}

} // namespace

QList<DashboardOpportunity> DemoData::opportunities(int count, int variant, qint64 nowMs)
{
    QList<DashboardOpportunity> list;
    list.reserve(count);
    for (int i = 0; i < count; ++i) {
        const int mix = (i * 7 + variant * 3) % 100;
        DashboardOpportunity shown;
        Opportunity& o = shown.opportunity;
        o.id = static_cast<OpportunityId>(i + 1);
        o.pairId = QStringLiteral("KX%1-P%2").arg(i % kEventCount).arg(i);
        o.direction = (i % 2 == 0) ? ArbDirection::KalshiYes : ArbDirection::KalshiNo;
        o.size = Quantity::fromContracts(20 + (mix % 40) * 5);
        const std::int64_t kalshiTenths = 300 + (mix * 3) % 300; // 30.0¢ … 59.9¢
        const std::int64_t edgeTenths = 5 + (mix + variant) % 45; // 0.5¢ … 4.9¢
        const std::int64_t polyTenths = 1000 - kalshiTenths - edgeTenths - 8;
        o.kalshi.market = MarketKey { VenueId::Kalshi, QStringLiteral("KXDEMO-%1").arg(i) };
        o.kalshi.outcome = o.direction == ArbDirection::KalshiYes ? Outcome::Yes : Outcome::No;
        o.kalshi.bestPrice = o.kalshi.averagePrice = o.kalshi.worstPrice = cents(kalshiTenths);
        o.kalshi.bookAgeMs = 40 + (mix * 13 + variant * 17) % 900;
        o.polymarket.market = MarketKey { VenueId::Polymarket, QStringLiteral("0x%1").arg(0xabc000 + i, 0, 16) };
        o.polymarket.outcome = opposite(o.kalshi.outcome);
        o.polymarket.bestPrice = o.polymarket.averagePrice = o.polymarket.worstPrice = cents(polyTenths);
        o.polymarket.bookAgeMs = 60 + (mix * 29 + variant * 11) % 2600;
        const std::int64_t contracts = o.size.hundredths() / Quantity::kHundredthsPerContract;
        o.payout = Cash::fromMicros(contracts * Cash::kMicrosPerDollar);
        o.totalFees = Cash::fromMicros(contracts * 8000);
        o.totalCost = Cash::fromMicros(contracts * (kalshiTenths + polyTenths) * 1000) + o.totalFees;
        o.lockedInProfit = o.payout - o.totalCost;
        o.edgePerContract = Cash::fromMicros(edgeTenths * 1000);
        o.openedAtMs = nowMs - 1000L * (mix + 1);
        o.updatedAtMs = nowMs - 100L * (mix % 10);
        shown.title = QString::fromUtf8(kEvents[i % kEventCount]);
        if (mix % 11 == 0) {
            shown.state = DashboardOpportunity::State::Closed;
            shown.closeReason = OpportunityCloseReason::Gone;
            shown.blockedReason = QStringLiteral("closed");
        } else {
            shown.state = (mix % 3 == 0) ? DashboardOpportunity::State::Opened : DashboardOpportunity::State::Updated;
            if (o.polymarket.bookAgeMs > 2000) {
                shown.blockedReason = QStringLiteral("book older than 2000 ms");
            } else if (edgeTenths < 10) {
                shown.blockedReason = QStringLiteral("edge below the threshold");
            } else if (mix % 7 == 0) {
                shown.blockedReason = QStringLiteral("exposure limit for this event");
            }
            shown.tradable = shown.blockedReason.isEmpty();
        }
        list.append(shown);
    }
    return list;
}

EngineSnapshot DemoData::snapshot(const Settings& settings, const QDateTime& now, int opportunityCount, int variant)
{
    EngineSnapshot s;
    s.sequence = static_cast<quint64>(variant + 1);
    s.takenAt = now;
    s.runState = EngineRunState::Running;
    s.tradingSince = now.addSecs(-3 * 3600);
    s.cycles = 21'600;
    s.schemaVersion = 2;
    s.databasePath = QStringLiteral("data/arbitrage.db");
    s.configSource = QStringLiteral("config.yaml");
    s.settings = settings;
    s.feeds = DashboardFeeds { true, true, true, true, true, true, true };
    const qint64 nowMs = now.toMSecsSinceEpoch();

    s.balances = {
        DashboardBalance { VenueId::Kalshi, dollars(3120, 45), dollars(1874, 10), dollars(4950), now },
        DashboardBalance { VenueId::Polymarket, dollars(2410, 5), dollars(1702, 80), dollars(4050), now },
    };

    for (int i = 0; i < 6; ++i) {
        DashboardPosition p;
        p.positionId = QStringLiteral("pos-%1").arg(i + 1);
        p.pairId = QStringLiteral("pair-%1").arg(i + 1);
        p.title = QString::fromUtf8(kEvents[(i * 5) % kEventCount]);
        const std::int64_t kalshiTenths = 410 + i * 23;
        const std::int64_t polyTenths = 1000 - kalshiTenths - 18 - i * 3;
        const std::int64_t contracts = 100 + i * 40;
        p.kalshi = DashboardPositionLeg { MarketKey { VenueId::Kalshi, QStringLiteral("KXPOS-%1").arg(i + 1) },
            Outcome::Yes, Quantity::fromContracts(contracts),
            Cash::fromMicros(contracts * kalshiTenths * 1000 + contracts * 7000),
            cents(kalshiTenths + (i % 3) * 6 - 5), p.title };
        p.polymarket = DashboardPositionLeg { MarketKey { VenueId::Polymarket, conditionId(i + 1) }, Outcome::No,
            Quantity::fromContracts(contracts), Cash::fromMicros(contracts * polyTenths * 1000),
            cents(polyTenths - (i % 2) * 4), QStringLiteral("Will it happen: %1?").arg(p.title) };
        p.cost = p.kalshi.cost + p.polymarket.cost;
        p.markValue = Cash::fromMicros(contracts * (p.kalshi.mark.micros() + p.polymarket.mark.micros()));
        p.unrealizedPnl = p.markValue - p.cost;
        p.lockedInProfit = Cash::fromMicros(contracts * Cash::kMicrosPerDollar) - p.cost;
        p.openedAt = now.addSecs(-3600L * (i + 1));
        p.resolvesAt = now.addSecs(86400L * (i + 1) + 3600L * i);
        s.positions.append(p);
    }

    s.opportunities = opportunities(opportunityCount, variant, nowMs);

    const OrderStatus statuses[] = { OrderStatus::Filled, OrderStatus::Filled, OrderStatus::Accepted,
        OrderStatus::PartiallyFilled, OrderStatus::Canceled, OrderStatus::Rejected };
    for (int i = 0; i < 12; ++i) {
        OrderStatusReport order;
        order.clientOrderId = QStringLiteral("ORN-%1").arg(1000 + i);
        order.venueOrderId = QStringLiteral("v-%1").arg(88000 + i);
        order.market = MarketKey { i % 2 == 0 ? VenueId::Kalshi : VenueId::Polymarket,
            i % 2 == 0 ? QStringLiteral("KXPOS-%1").arg(i / 2 + 1) : conditionId(i / 2 + 1) };
        order.outcome = i % 2 == 0 ? Outcome::Yes : Outcome::No;
        order.limitPrice = cents(i % 2 == 0 ? 420 + i * 5 : 540 - i * 5);
        order.quantity = Quantity::fromContracts(50 + i * 10);
        order.status = statuses[i % 6];
        order.filledQuantity = order.status == OrderStatus::Filled ? order.quantity
            : order.status == OrderStatus::PartiallyFilled         ? Quantity::fromContracts(20)
                                                                   : Quantity::zero();
        order.averageFillPrice = order.filledQuantity.isZero() ? Price::zero() : order.limitPrice;
        order.reason = order.status == OrderStatus::Rejected ? QStringLiteral("insufficient balance") : QString();
        order.tsEvent = now.addSecs(-120L * i);
        s.orders.append(order);
        if (!order.filledQuantity.isZero()) {
            FillReport fill;
            fill.venueFillId = QStringLiteral("f-%1").arg(5000 + i);
            fill.venueOrderId = order.venueOrderId;
            fill.clientOrderId = order.clientOrderId;
            fill.market = order.market;
            fill.outcome = order.outcome;
            fill.price = order.limitPrice;
            fill.quantity = order.filledQuantity;
            fill.fee = Cash::fromMicros(order.filledQuantity.hundredths() * 700);
            fill.settlement = order.market.venue == VenueId::Polymarket && i < 4 ? SettlementState::Provisional
                                                                                 : SettlementState::Confirmed;
            fill.tsEvent = order.tsEvent.addMSecs(350);
            s.fills.append(fill);
        }
    }

    const char* const flags[] = { "", "date_mismatch", "", "comparator_mismatch", "", "threshold_mismatch" };
    for (int i = 0; i < 10; ++i) {
        DashboardPair pair;
        pair.match.kalshiTicker = QStringLiteral("KXPAIR-%1").arg(i + 1);
        pair.match.polymarketKey = QStringLiteral("0xpair%1").arg(i + 1);
        pair.match.kalshiTitle = QString::fromUtf8(kEvents[i % kEventCount]);
        pair.match.polymarketTitle = QString::fromUtf8(kEvents[i % kEventCount]);
        pair.match.polarity = i % 4 == 3 ? Polarity::Inverse : Polarity::Same;
        pair.match.score = 0.98 - 0.045 * i;
        const QString flag = QString::fromLatin1(flags[i % 6]);
        if (!flag.isEmpty()) {
            pair.match.flags << flag;
        }
        pair.match.decision = flag.isEmpty() && i < 5 ? MatchDecision::Auto : MatchDecision::Review;
        if (i == 2) {
            pair.userDecision = DashboardPair::UserDecision::Confirmed;
            pair.decidedAt = now.addSecs(-7200);
        } else if (i == 7) {
            pair.userDecision = DashboardPair::UserDecision::Rejected;
            pair.match.decision = MatchDecision::Rejected;
        }
        pair.tradable = pair.userDecision == DashboardPair::UserDecision::Confirmed
            || (pair.userDecision == DashboardPair::UserDecision::None && pair.match.decision == MatchDecision::Auto);
        s.pairs.append(pair);
    }

    DashboardPerformance& p = s.performance;
    p.capitalBase = settings.capital.initialBankroll.isZero() ? dollars(10000) : settings.capital.initialBankroll;
    p.trades = 57;
    p.wins = 54;
    p.volume = dollars(48210, 40);
    p.maxDrawdown = dollars(112, 30);
    p.sharpe = 3.42;
    p.sharpeValid = true;
    Cash balance = dollars(9000);
    Cash pnl;
    for (int day = 0; day < 30; ++day) {
        const qint64 at = nowMs - static_cast<qint64>(30 - day) * 86'400'000;
        const Cash step = dollars(((day * 37) % 90) - 25, (day * 13) % 100);
        pnl += step;
        balance += step;
        p.cumulativePnl.append({ at, pnl });
        p.balanceHistory.append({ at, balance });
    }
    p.realizedPnl = pnl;
    Cash unrealized;
    for (const DashboardPosition& position : std::as_const(s.positions)) {
        unrealized += position.unrealizedPnl;
    }
    p.unrealizedPnl = unrealized;
    s.circuitBreaker = DashboardCircuitBreaker {};
    return s;
}

} // namespace orion
