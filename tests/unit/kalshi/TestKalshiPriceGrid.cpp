#include "venues/kalshi/KalshiPriceGrid.h"

#include <QTest>

using namespace orion;

namespace {

// Kalshi's tapered grid: 0.001 near the tails, 0.01 in the middle.
KalshiPriceGrid tapered()
{
    return KalshiPriceGrid({KalshiPriceRange{Price::fromMicros(0), Price::fromMicros(100'000), Price::fromMicros(1'000)},
                            KalshiPriceRange{Price::fromMicros(100'000), Price::fromMicros(900'000), Price::fromMicros(10'000)},
                            KalshiPriceRange{Price::fromMicros(900'000), Price::fromMicros(1'000'000), Price::fromMicros(1'000)}});
}

} // namespace

class TestKalshiPriceGrid final : public QObject
{
    Q_OBJECT

private slots:
    void snap_roundsAgainstTheTrader_data();
    void snap_roundsAgainstTheTrader();
    void snap_nothingTradable_isError();
    void stepAt_followsTheBand();
};

void TestKalshiPriceGrid::snap_roundsAgainstTheTrader_data()
{
    QTest::addColumn<bool>("tapered");
    QTest::addColumn<qint64>("limit");
    QTest::addColumn<bool>("bid");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("cents: bid down") << false << qint64{575'000} << true << qint64{570'000};
    QTest::newRow("cents: ask up") << false << qint64{575'000} << false << qint64{580'000};
    QTest::newRow("cents: on grid stays") << false << qint64{570'000} << true << qint64{570'000};
    QTest::newRow("tail: bid to a tenth of a cent") << true << qint64{15'500} << true << qint64{15'000};
    QTest::newRow("tail: ask to a tenth of a cent") << true << qint64{15'500} << false << qint64{16'000};
    QTest::newRow("middle: cents") << true << qint64{505'000} << true << qint64{500'000};
    QTest::newRow("upper tail") << true << qint64{950'400} << false << qint64{951'000};
}

void TestKalshiPriceGrid::snap_roundsAgainstTheTrader()
{
    QFETCH(bool, tapered);
    QFETCH(qint64, limit);
    QFETCH(bool, bid);
    QFETCH(qint64, expected);
    const KalshiPriceGrid grid = tapered ? ::tapered() : KalshiPriceGrid();

    const auto snapped = grid.snap(Price::fromMicros(limit), bid);

    QVERIFY(snapped.ok());
    QCOMPARE(snapped.value(), Price::fromMicros(expected));
}

void TestKalshiPriceGrid::snap_nothingTradable_isError()
{
    const auto bid = KalshiPriceGrid().snap(Price::fromMicros(5'000), true);    // below one cent: would be $0
    const auto ask = KalshiPriceGrid().snap(Price::fromMicros(995'000), false); // above 99 cents: would be $1

    QVERIFY(!bid.ok());
    QVERIFY(!ask.ok());
    QCOMPARE(bid.error().code, QStringLiteral("kalshi.price"));
}

void TestKalshiPriceGrid::stepAt_followsTheBand()
{
    QCOMPARE(tapered().stepAt(Price::fromMicros(50'000)), Price::fromMicros(1'000));
    QCOMPARE(tapered().stepAt(Price::fromMicros(500'000)), Price::fromMicros(10'000));
    QCOMPARE(KalshiPriceGrid().stepAt(Price::fromMicros(500'000)), Price::fromMicros(10'000));
}

QTEST_GUILESS_MAIN(TestKalshiPriceGrid)
#include "TestKalshiPriceGrid.moc"
