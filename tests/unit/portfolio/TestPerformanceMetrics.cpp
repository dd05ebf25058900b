// Metrics against values computed by hand.
#include "portfolio/PerformanceMetrics.h"

#include <QTest>

using namespace orion;

namespace {

Cash cash(const char* text)
{
    return Cash::parseDollars(QString::fromLatin1(text)).value();
}

} // namespace

class TestPerformanceMetrics final : public QObject
{
    Q_OBJECT

private slots:
    void fiveTrades_winRateRoiDrawdownSharpe_matchHandComputed();
    void noTrades_allZero();
};

void TestPerformanceMetrics::fiveTrades_winRateRoiDrawdownSharpe_matchHandComputed()
{
    // Given out of order: the drawdown follows close times. Equity 10, 6, 12, 4, 6: worst fall 12 -> 4.
    const QList<TradeResult> results{
        {QStringLiteral("c"), cash("6"), cash("100"), 3},  {QStringLiteral("a"), cash("10"), cash("100"), 1},
        {QStringLiteral("e"), cash("2"), cash("100"), 5},  {QStringLiteral("b"), cash("-4"), cash("100"), 2},
        {QStringLiteral("d"), cash("-8"), cash("100"), 4},
    };

    const PerformanceSummary summary =
        PerformanceMetrics::compute(results, cash("1"), cash("500"), cash("3.5"), cash("1000"));

    QCOMPARE(summary.trades, 5);
    QCOMPARE(summary.wins, 3);
    QCOMPARE(summary.realizedPnl, cash("6"));
    QCOMPARE(summary.totalPnl, cash("7"));
    QCOMPARE(summary.winRate, Ratio::fromPpm(600'000));
    QCOMPARE(summary.roi, Ratio::fromPpm(7'000));
    QCOMPARE(summary.maxDrawdown, cash("8"));
    QCOMPARE(summary.volume, cash("500"));
    QCOMPARE(summary.fees, cash("3.5"));
    // Returns .10 -.04 .06 -.08 .02: mean .012, sample deviation sqrt(.02128 / 4) = .0729383.
    QVERIFY2(std::abs(summary.sharpe - 0.164523) < 1e-5, qPrintable(QString::number(summary.sharpe, 'f', 6)));
}

void TestPerformanceMetrics::noTrades_allZero()
{
    const PerformanceSummary summary = PerformanceMetrics::compute({}, Cash::zero(), Cash::zero(), Cash::zero(),
                                                                   cash("1000"));

    QCOMPARE(summary.trades, 0);
    QCOMPARE(summary.winRate, Ratio::zero());
    QCOMPARE(summary.maxDrawdown, Cash::zero());
    QCOMPARE(summary.sharpe, 0.0);
}

QTEST_GUILESS_MAIN(TestPerformanceMetrics)
#include "TestPerformanceMetrics.moc"
