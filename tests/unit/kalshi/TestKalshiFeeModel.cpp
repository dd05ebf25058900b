#include "venues/kalshi/KalshiFeeModel.h"

#include <QTest>

using namespace orion;

class TestKalshiFeeModel final : public QObject
{
    Q_OBJECT

private slots:
    void schedule_quadratic_chargesSevenPercentOfPTimesOneMinusP();
    void schedule_eventOverride_replacesSeriesMultiplier();
    void schedule_flatOrUnknownType_isErrorSoMarketIsNotTraded_data();
    void schedule_flatOrUnknownType_isErrorSoMarketIsNotTraded();
};

void TestKalshiFeeModel::schedule_quadratic_chargesSevenPercentOfPTimesOneMinusP()
{
    const KalshiSeries series{QStringLiteral("KXHIGHNY"), {}, QStringLiteral("quadratic"), Ratio::one()};

    const auto schedule = KalshiFeeModel::schedule(series);

    QVERIFY(schedule.ok());
    // 0.07 x 100 x 0.5 x 0.5 = $1.75.
    QCOMPARE(schedule->takerFee(Price::fromMicros(500'000), Quantity::fromContracts(100)).value(), Cash::fromMicros(1'750'000));
    QCOMPARE(schedule->makerFee(Price::fromMicros(500'000), Quantity::fromContracts(100)).value(), Cash::zero());
}

void TestKalshiFeeModel::schedule_eventOverride_replacesSeriesMultiplier()
{
    const KalshiSeries series{QStringLiteral("KXMLBGAME"), {}, QStringLiteral("quadratic"), Ratio::one()};
    KalshiEvent event;
    event.feeMultiplierOverride = Ratio::fromPpm(500'000);

    const auto schedule = KalshiFeeModel::schedule(series, &event);

    QVERIFY(schedule.ok());
    QCOMPARE(schedule->takerFee(Price::fromMicros(500'000), Quantity::fromContracts(100)).value(), Cash::fromMicros(880'000));
}

void TestKalshiFeeModel::schedule_flatOrUnknownType_isErrorSoMarketIsNotTraded_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("flat") << QStringLiteral("flat");
    QTest::newRow("unknown") << QStringLiteral("percentage");
    QTest::newRow("empty") << QString();
}

void TestKalshiFeeModel::schedule_flatOrUnknownType_isErrorSoMarketIsNotTraded()
{
    QFETCH(QString, type);
    const KalshiSeries series{QStringLiteral("INX"), {}, type, Ratio::one()};

    const auto schedule = KalshiFeeModel::schedule(series);

    QVERIFY(!schedule.ok());
    QCOMPARE(schedule.error().code, QStringLiteral("kalshi.fee"));
    QVERIFY(schedule.error().message.contains(QStringLiteral("INX")));
}

QTEST_GUILESS_MAIN(TestKalshiFeeModel)
#include "TestKalshiFeeModel.moc"
