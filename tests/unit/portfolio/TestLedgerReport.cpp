// The ledger report from journal rows, against figures computed by hand.
#include "portfolio/LedgerReport.h"
#include "portfolio/PositionKey.h"

#include "ManualClock.h"

#include <QTest>

using namespace orion;

namespace {

const MarketKey kKalshiA { VenueId::Kalshi, QStringLiteral("KXA") };
const MarketKey kPolyA { VenueId::Polymarket, QStringLiteral("0xa") };
const MarketKey kKalshiB { VenueId::Kalshi, QStringLiteral("KXB") };
const MarketKey kPolyB { VenueId::Polymarket, QStringLiteral("0xb") };
const MarketKey kKalshiC { VenueId::Kalshi, QStringLiteral("KXC") };
const MarketKey kPolyC { VenueId::Polymarket, QStringLiteral("0xc") };

Cash cash(const char* text)
{
    return Cash::parseDollars(QString::fromLatin1(text)).value();
}

Price price(const char* text)
{
    return Price::parseDollars(QString::fromLatin1(text)).value();
}

ReportFill buy(
    const MarketKey& market, Outcome outcome, const char* at, std::int64_t contracts, const char* fee, qint64 atMs)
{
    return ReportFill { market, outcome, true, price(at), Quantity::fromContracts(contracts), cash(fee), atMs };
}

ReportFill sell(
    const MarketKey& market, Outcome outcome, const char* at, std::int64_t contracts, const char* fee, qint64 atMs)
{
    return ReportFill { market, outcome, false, price(at), Quantity::fromContracts(contracts), cash(fee), atMs };
}

ReportTrade trade(qint64 id, const char* pair, const char* state, const MarketKey& first, Outcome firstOutcome,
    const MarketKey& second, Outcome secondOutcome, qint64 openedAtMs, qint64 updatedAtMs)
{
    ReportTrade t;
    t.id = id;
    t.pairId = QString::fromLatin1(pair);
    t.state = QString::fromLatin1(state);
    t.open = t.state != QLatin1String("hedged") && t.state != QLatin1String("flat");
    t.firstMarket = first;
    t.firstOutcome = firstOutcome;
    t.secondMarket = second;
    t.secondOutcome = secondOutcome;
    t.openedAtMs = openedAtMs;
    t.updatedAtMs = updatedAtMs;
    return t;
}

} // namespace

class TestLedgerReport final : public QObject
{
    Q_OBJECT

private slots:
    void fourTrades_everyFigure_matchesHandComputed();
    void openTradeWithoutMark_unhedgedLeg_countsAtZeroValue();
    void fillOnNeitherLeg_isRefused();
    void noTrades_reportIsEmptyWithBalances();
};

void TestLedgerReport::fourTrades_everyFigure_matchesHandComputed()
{
    // Arrange: "now" is 12:00 UTC; trades are placed relative to local midnight so any time zone works.
    const test::ManualClock clock;
    const qint64 midnight = LedgerReportBuilder::localMidnight(clock.now()).toMSecsSinceEpoch();
    const qint64 yesterday = midnight - 3'600'000;
    LedgerReportInput input;
    input.mode = QStringLiteral("paper");
    input.capitalBase = cash("1000");
    input.balances = {
        Balance { VenueId::Polymarket, cash("500"), cash("0"), clock.now() },
        Balance { VenueId::Kalshi, cash("480.25"), cash("12"), clock.now() },
    };
    input.marks.insert(positionKey(kKalshiC, Outcome::Yes), price("0.40"));

    // 1, yesterday, hedged: 10 x $1 - (4.00 + 0.07) - 5.50 = 0.43 locked in.
    ReportTrade t1
        = trade(1, "pair-a", "hedged", kKalshiA, Outcome::Yes, kPolyA, Outcome::No, yesterday, yesterday + 10);
    t1.fills = { buy(kKalshiA, Outcome::Yes, "0.40", 10, "0.07", yesterday + 1),
        buy(kPolyA, Outcome::No, "0.55", 10, "0", yesterday + 2) };
    // 2, today, second leg failed, first unwound at a loss: 5.00 - 0.05 - (6.00 + 0.10) = -1.15 realised.
    ReportTrade t2
        = trade(2, "pair-b", "flat", kKalshiB, Outcome::Yes, kPolyB, Outcome::No, midnight + 1'000, midnight + 1'100);
    t2.fills = { buy(kKalshiB, Outcome::Yes, "0.30", 20, "0.10", midnight + 1'001),
        sell(kKalshiB, Outcome::Yes, "0.25", 20, "0.05", midnight + 1'050) };
    // 3, today, second leg partly filled, hedge completed: 10 - 5.20 - (2.46 + 0.04 + 1.76 + 0.03) = 0.51.
    ReportTrade t3
        = trade(3, "pair-a", "hedged", kPolyA, Outcome::No, kKalshiA, Outcome::Yes, midnight + 2'000, midnight + 2'100);
    t3.fills = { buy(kPolyA, Outcome::No, "0.52", 10, "0", midnight + 2'001),
        buy(kKalshiA, Outcome::Yes, "0.41", 6, "0.04", midnight + 2'002),
        buy(kKalshiA, Outcome::Yes, "0.44", 4, "0.03", midnight + 2'050) };
    // 4, today, open with 3 unhedged Kalshi contracts: hedged share of 4.55 is 3.185, so 7 - 3.185 - 3.50 =
    // 0.315 locked in; the excess cost 1.365, marked 3 x 0.40 = 1.20: pnl 0.315 - 0.165 = 0.15.
    ReportTrade t4 = trade(4, "pair-c", "needs_attention", kKalshiC, Outcome::Yes, kPolyC, Outcome::No,
        midnight + 3'000, midnight + 3'100);
    t4.fills = { buy(kKalshiC, Outcome::Yes, "0.45", 10, "0.05", midnight + 3'001),
        buy(kPolyC, Outcome::No, "0.50", 7, "0", midnight + 3'002) };
    input.trades = { t3, t1, t4, t2 }; // any order

    // Act
    const Result<LedgerReport> built = LedgerReportBuilder::build(input, clock);

    // Assert
    QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().message));
    const LedgerReport& report = built.value();
    QCOMPARE(report.mode, QStringLiteral("paper"));
    QCOMPARE(report.balances.size(), 2);
    QCOMPARE(report.balances.at(0).venue, VenueId::Kalshi);
    QCOMPARE(report.balanceTotal, cash("992.25"));

    QCOMPARE(report.trades.size(), 4);
    QCOMPARE(report.trades.at(0).id, 1);
    const TradeFigures& f1 = report.trades.at(0);
    QCOMPARE(f1.lockedIn, cash("0.43"));
    QCOMPARE(f1.pnl, cash("0.43"));
    QCOMPARE(f1.capital, cash("9.57"));
    const TradeFigures& f2 = report.trades.at(1);
    QCOMPARE(f2.realized, cash("-1.15"));
    QCOMPARE(f2.lockedIn, cash("0"));
    QCOMPARE(f2.pnl, cash("-1.15"));
    QCOMPARE(f2.volume, cash("11"));
    const TradeFigures& f3 = report.trades.at(2);
    QCOMPARE(f3.hedged, Quantity::fromContracts(10));
    QCOMPARE(f3.lockedIn, cash("0.51"));
    QCOMPARE(f3.capital, cash("9.49"));
    const TradeFigures& f4 = report.trades.at(3);
    QCOMPARE(f4.hedged, Quantity::fromContracts(7));
    QCOMPARE(f4.lockedIn, cash("0.315"));
    QCOMPARE(f4.unhedged, Quantity::fromContracts(3));
    QVERIFY(f4.unhedgedLeg.has_value());
    QCOMPARE(f4.unhedgedLeg->market, kKalshiC);
    QCOMPARE(f4.unhedgedCost, cash("1.365"));
    QCOMPARE(f4.unhedgedValue, cash("1.20"));
    QCOMPARE(f4.pnl, cash("0.15"));

    QCOMPARE(report.hedgedTrades, 2);
    QCOMPARE(report.flatTrades, 1);
    QCOMPARE(report.openTrades, 1);
    QCOMPARE(report.lockedIn, cash("1.255"));
    QCOMPARE(report.realized, cash("-1.15"));
    QCOMPARE(report.unhedgedCost, cash("1.365"));
    QCOMPARE(report.unhedgedValue, cash("1.20"));
    QCOMPARE(report.unhedgedPnl, cash("-0.165"));
    QCOMPARE(report.totalPnl, cash("-0.06"));
    QCOMPARE(report.todayTrades, 3);
    QCOMPARE(report.todayPnl, cash("-0.49"));

    // Positions per pair, Kalshi leg first; trades 1 and 3 hold the same two outcomes in opposite leg order.
    QCOMPARE(report.positions.size(), 2);
    const PairPosition& a = report.positions.at(0);
    QCOMPARE(a.pairId, QStringLiteral("pair-a"));
    QCOMPARE(a.tradeIds, (QList<qint64> { 1, 3 }));
    QCOMPARE(a.kalshi.market, kKalshiA);
    QCOMPARE(a.kalshi.held, Quantity::fromContracts(20));
    QCOMPARE(a.kalshi.cost, cash("8.36"));
    QCOMPARE(a.polymarket.held, Quantity::fromContracts(20));
    QCOMPARE(a.polymarket.cost, cash("10.70"));
    QCOMPARE(a.hedged, Quantity::fromContracts(20));
    QCOMPARE(a.lockedIn, cash("0.94"));
    QVERIFY(a.unhedged.isZero());
    const PairPosition& c = report.positions.at(1);
    QCOMPARE(c.pairId, QStringLiteral("pair-c"));
    QCOMPARE(c.kalshi.held, Quantity::fromContracts(10));
    QCOMPARE(c.kalshi.mark, std::optional<Price>(price("0.40")));
    QCOMPARE(c.polymarket.held, Quantity::fromContracts(7));
    QVERIFY(!c.polymarket.mark.has_value());
    QCOMPARE(c.unhedged, Quantity::fromContracts(3));
    QCOMPARE(c.unhedgedCost, cash("1.365"));

    // Metrics over the 3 finished trades (0.43, -1.15, 0.51 by close time); the open trade's 0.15 is marked.
    const PerformanceSummary& m = report.metrics;
    QCOMPARE(m.trades, 3);
    QCOMPARE(m.wins, 2);
    QCOMPARE(m.realizedPnl, cash("-0.21"));
    QCOMPARE(m.markedPnl, cash("0.15"));
    QCOMPARE(m.totalPnl, cash("-0.06"));
    QCOMPARE(m.winRate, Ratio::fromPpm(666'666));
    QCOMPARE(m.roi, Ratio::fromPpm(-60)); // -0.06 / 1000
    QCOMPARE(m.maxDrawdown, cash("1.15")); // 0.43 -> -0.72
    QCOMPARE(m.volume, cash("37.92"));
    QCOMPARE(m.fees, cash("0.34"));
    // Returns 0.43/9.57, -1.15/6.10, 0.51/9.49: mean / sample deviation.
    QVERIFY2(std::abs(m.sharpe - (-0.2179813338041721)) < 1e-12, qPrintable(QString::number(m.sharpe, 'g', 17)));
}

void TestLedgerReport::openTradeWithoutMark_unhedgedLeg_countsAtZeroValue()
{
    // Arrange: 5 Polymarket contracts at 0.60 + 0.01 fee, nothing on the Kalshi leg, no mark.
    const test::ManualClock clock;
    LedgerReportInput input;
    input.mode = QStringLiteral("live");
    ReportTrade t = trade(9, "pair-x", "halted", kPolyA, Outcome::No, kKalshiA, Outcome::Yes, 1, 2);
    t.fills = { buy(kPolyA, Outcome::No, "0.60", 5, "0.01", 1) };
    input.trades = { t };

    // Act
    const Result<LedgerReport> built = LedgerReportBuilder::build(input, clock);

    // Assert
    QVERIFY(built.ok());
    QCOMPARE(built.value().unhedgedCost, cash("3.01"));
    QCOMPARE(built.value().unhedgedValue, cash("0"));
    QCOMPARE(built.value().totalPnl, cash("-3.01"));
    QCOMPARE(built.value().metrics.markedPnl, cash("-3.01"));
    QCOMPARE(built.value().metrics.trades, 0);
    QCOMPARE(built.value().positions.size(), 1);
    QCOMPARE(built.value().positions.at(0).polymarket.held, Quantity::fromContracts(5));
    QVERIFY(built.value().positions.at(0).kalshi.held.isZero());
}

void TestLedgerReport::fillOnNeitherLeg_isRefused()
{
    const test::ManualClock clock;
    LedgerReportInput input;
    ReportTrade t = trade(5, "pair-x", "hedged", kKalshiA, Outcome::Yes, kPolyA, Outcome::No, 1, 2);
    t.fills = { buy(kKalshiA, Outcome::No, "0.40", 1, "0", 1) };
    input.trades = { t };

    const Result<LedgerReport> built = LedgerReportBuilder::build(input, clock);

    QVERIFY(!built.ok());
    QCOMPARE(built.error().code, QStringLiteral("report.fill"));
}

void TestLedgerReport::noTrades_reportIsEmptyWithBalances()
{
    const test::ManualClock clock;
    LedgerReportInput input;
    input.balances = { Balance { VenueId::Kalshi, cash("100"), cash("0"), clock.now() } };

    const Result<LedgerReport> built = LedgerReportBuilder::build(input, clock);

    QVERIFY(built.ok());
    QVERIFY(built.value().isEmpty());
    QCOMPARE(built.value().balanceTotal, cash("100"));
    QCOMPARE(built.value().totalPnl, cash("0"));
}

QTEST_GUILESS_MAIN(TestLedgerReport)
#include "TestLedgerReport.moc"
