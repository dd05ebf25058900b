#include "venues/polymarket/PolymarketOrderBuilder.h"

#include <QTest>

using namespace orion;

class TestPolymarketOrderBuilder : public QObject
{
    Q_OBJECT

private slots:
    void limitAmounts_officialExamples_matchByteForByte_data();
    void limitAmounts_officialExamples_matchByteForByte();
    void marketBuyAmounts_officialExamples_match_data();
    void marketBuyAmounts_officialExamples_match();
    void marketSellAmounts_officialExample_matches();
    void marketBuyAmounts_fractionOfCent_isFlooredAgainstUs();
    void checkPrice_offGridOrOutOfRange_isRejected_data();
    void checkPrice_offGridOrOutOfRange_isRejected();
    void exchangeDomain_negRisk_usesNegRiskExchange();
};

void TestPolymarketOrderBuilder::limitAmounts_officialExamples_matchByteForByte_data()
{
    QTest::addColumn<int>("side");
    QTest::addColumn<qint64>("tick");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<qint64>("sizeHundredths");
    QTest::addColumn<quint64>("maker");
    QTest::addColumn<quint64>("taker");

    // reference polymarket.md 5.2, from clob-client-v2 buildOrderCreationArgs.test.ts
    QTest::newRow("BUY tick 0.1") << 0 << qint64(100'000) << qint64(500'000) << qint64(2104) << quint64(10520000)
                                  << quint64(21040000);
    QTest::newRow("BUY tick 0.01") << 0 << qint64(10'000) << qint64(560'000) << qint64(2104) << quint64(11782400)
                                   << quint64(21040000);
    QTest::newRow("BUY tick 0.001") << 0 << qint64(1'000) << qint64(56'000) << qint64(2104) << quint64(1178240)
                                    << quint64(21040000);
    QTest::newRow("BUY tick 0.0001") << 0 << qint64(100) << qint64(5'600) << qint64(2104) << quint64(117824)
                                     << quint64(21040000);
    QTest::newRow("SELL tick 0.01") << 1 << qint64(10'000) << qint64(560'000) << qint64(2104) << quint64(21040000)
                                    << quint64(11782400);
}

void TestPolymarketOrderBuilder::limitAmounts_officialExamples_matchByteForByte()
{
    // Arrange
    QFETCH(int, side);
    QFETCH(qint64, tick);
    QFETCH(qint64, price);
    QFETCH(qint64, sizeHundredths);
    QFETCH(quint64, maker);
    QFETCH(quint64, taker);

    // Act
    const auto amounts =
        PolymarketOrderBuilder::limitAmounts(side == 0 ? PolymarketSide::Buy : PolymarketSide::Sell,
                                             Price::fromMicros(price), Quantity::fromHundredths(sizeHundredths),
                                             Price::fromMicros(tick));

    // Assert
    QVERIFY2(amounts.ok(), qPrintable(amounts.ok() ? QString() : amounts.error().toString()));
    QCOMPARE(amounts->makerAmount, maker);
    QCOMPARE(amounts->takerAmount, taker);
}

void TestPolymarketOrderBuilder::marketBuyAmounts_officialExamples_match_data()
{
    QTest::addColumn<qint64>("tick");
    QTest::addColumn<qint64>("price");
    QTest::addColumn<quint64>("taker");

    QTest::newRow("tick 0.1") << qint64(100'000) << qint64(500'000) << quint64(200000000);
    QTest::newRow("tick 0.01") << qint64(10'000) << qint64(560'000) << quint64(178571400);
    QTest::newRow("tick 0.001") << qint64(1'000) << qint64(56'000) << quint64(1785714280);
    QTest::newRow("tick 0.0001") << qint64(100) << qint64(5'600) << quint64(17857142857);
}

void TestPolymarketOrderBuilder::marketBuyAmounts_officialExamples_match()
{
    // Arrange
    QFETCH(qint64, tick);
    QFETCH(qint64, price);
    QFETCH(quint64, taker);

    // Act
    const auto amounts = PolymarketOrderBuilder::marketBuyAmounts(Price::fromMicros(price), Cash::fromMicros(100'000'000),
                                                                  Price::fromMicros(tick));

    // Assert
    QVERIFY(amounts.ok());
    QCOMPARE(amounts->makerAmount, quint64(100000000));
    QCOMPARE(amounts->takerAmount, taker);
}

void TestPolymarketOrderBuilder::marketSellAmounts_officialExample_matches()
{
    // Act
    const auto amounts = PolymarketOrderBuilder::marketSellAmounts(
        Price::fromMicros(560'000), Quantity::fromContracts(100), Price::fromMicros(10'000));

    // Assert
    QVERIFY(amounts.ok());
    QCOMPARE(amounts->makerAmount, quint64(100000000));
    QCOMPARE(amounts->takerAmount, quint64(56000000));
}

void TestPolymarketOrderBuilder::marketBuyAmounts_fractionOfCent_isFlooredAgainstUs()
{
    // Arrange: $10.005 must not spend the half cent.
    const Cash amount = Cash::fromMicros(10'005'000);

    // Act
    const auto amounts =
        PolymarketOrderBuilder::marketBuyAmounts(Price::fromMicros(500'000), amount, Price::fromMicros(10'000));

    // Assert
    QVERIFY(amounts.ok());
    QCOMPARE(amounts->makerAmount, quint64(10'000'000));
    QCOMPARE(amounts->takerAmount, quint64(20'000'000));
}

void TestPolymarketOrderBuilder::checkPrice_offGridOrOutOfRange_isRejected_data()
{
    QTest::addColumn<qint64>("price");
    QTest::addColumn<qint64>("tick");

    QTest::newRow("off the 0.01 grid") << qint64(565'000) << qint64(10'000);
    QTest::newRow("below the tick") << qint64(0) << qint64(10'000);
    QTest::newRow("above 1 - tick") << qint64(995'000) << qint64(10'000);
    QTest::newRow("unsupported tick 0.02") << qint64(560'000) << qint64(20'000);
}

void TestPolymarketOrderBuilder::checkPrice_offGridOrOutOfRange_isRejected()
{
    // Arrange
    QFETCH(qint64, price);
    QFETCH(qint64, tick);

    // Act
    const auto amounts = PolymarketOrderBuilder::limitAmounts(PolymarketSide::Buy, Price::fromMicros(price),
                                                              Quantity::fromContracts(10), Price::fromMicros(tick));

    // Assert
    QVERIFY(!amounts.ok());
    QCOMPARE(amounts.error().code, QStringLiteral("polymarket.order"));
}

void TestPolymarketOrderBuilder::exchangeDomain_negRisk_usesNegRiskExchange()
{
    // Act
    const Eip712Domain normal = PolymarketOrderBuilder::exchangeDomain(false, 2, 137);
    const Eip712Domain negRisk = PolymarketOrderBuilder::exchangeDomain(true, 2, 137);
    const Eip712Domain v3 = PolymarketOrderBuilder::exchangeDomain(true, 3, 137);

    // Assert
    QCOMPARE(normal.verifyingContract->toChecksumHex(), QStringLiteral("0xE111180000d2663C0091e4f400237545B87B996B"));
    QCOMPARE(negRisk.verifyingContract->toChecksumHex(), QStringLiteral("0xe2222d279d744050d28e00520010520000310F59"));
    QCOMPARE(v3.verifyingContract->toChecksumHex(), QStringLiteral("0xe3333700cA9d93003F00f0F71f8515005F6c00Aa"));
    QCOMPARE(v3.version, QStringLiteral("3"));
    QCOMPARE(negRisk.version, QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(TestPolymarketOrderBuilder)
#include "TestPolymarketOrderBuilder.moc"
