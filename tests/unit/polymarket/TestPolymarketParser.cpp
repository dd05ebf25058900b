#include "TestData.h"
#include "venues/polymarket/PolymarketParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace orion;

class TestPolymarketParser : public QObject
{
    Q_OBJECT

private slots:
    void gammaKeysetPage_realShapes_parsesAndSkipsNonBinary();
    void gammaMarket_noListedFirst_mapsTokensByOutcomeName();
    void gammaMarket_withoutFeeSchedule_hasUnknownFee();
    void wsFrame_arrayOfEvents_parsesSortsAndCountsBadOnes();
    void parseSize_moreThanTwoDecimals_isFloored_data();
    void parseSize_moreThanTwoDecimals_isFloored();
    void parsePrice_outOfRange_isRejected_data();
    void parsePrice_outOfRange_isRejected();
    void trade_statusWithPrefix_isStripped();
    void clobMarket_shortKeys_parse();
    void orderResponse_acceptedWithoutId_isRejected();
};

void TestPolymarketParser::gammaKeysetPage_realShapes_parsesAndSkipsNonBinary()
{
    // Act
    const auto page = PolymarketParser::gammaKeysetPage(test::readData(QStringLiteral("polymarket/gamma-keyset-page.json")));

    // Assert
    QVERIFY(page.ok());
    QCOMPARE(page->markets.size(), 2);
    QCOMPARE(page->rejectedRecords, 1);
    QCOMPARE(page->nextCursor, QStringLiteral("abc"));
}

void TestPolymarketParser::gammaMarket_noListedFirst_mapsTokensByOutcomeName()
{
    // Arrange
    const auto page = PolymarketParser::gammaKeysetPage(test::readData(QStringLiteral("polymarket/gamma-keyset-page.json")));
    QVERIFY(page.ok());

    // Act
    const PolymarketGammaMarket& market = page->markets.first();

    // Assert
    QCOMPARE(market.yesTokenId,
             QStringLiteral("21742633143463906290569050155826241533067272736897614950488156847949938836455"));
    QCOMPARE(market.noTokenId,
             QStringLiteral("48331043336612883890938759509493159234755048973500640148014422747788308965732"));
    QCOMPARE(market.eventId, QStringLiteral("903193"));
    QVERIFY(market.negRisk);
    QCOMPARE(market.tickSize, Price::fromMicros(10'000));
    QCOMPARE(market.minimumOrderSize, Quantity::fromContracts(5));
    QCOMPARE(market.endDate, QDateTime(QDate(2024, 11, 5), QTime(12, 0), Qt::UTC));
    const Result<Cash> fee = market.fees.takerFee(Price::fromMicros(500'000), Quantity::fromContracts(100));
    QVERIFY(fee.ok());
    QCOMPARE(*fee, Cash::fromMicros(1'000'000));
}

void TestPolymarketParser::gammaMarket_withoutFeeSchedule_hasUnknownFee()
{
    // Arrange
    const auto page = PolymarketParser::gammaKeysetPage(test::readData(QStringLiteral("polymarket/gamma-keyset-page.json")));
    QVERIFY(page.ok());

    // Act
    const PolymarketGammaMarket& market = page->markets.last();

    // Assert
    QVERIFY(!market.fees.isKnown());
    QCOMPARE(market.tickSize, Price::fromMicros(1'000));
}

void TestPolymarketParser::wsFrame_arrayOfEvents_parsesSortsAndCountsBadOnes()
{
    // Arrange
    int rejected = 0;

    // Act
    const auto events = PolymarketParser::wsFrame(test::readData(QStringLiteral("polymarket/ws-market-frame.json")), &rejected);

    // Assert
    QVERIFY(events.ok());
    QCOMPARE(rejected, 1); // last_trade_price with price "NaN"
    QCOMPARE(events->size(), 4);
    const PolymarketBook& book = events->at(0).book;
    QCOMPARE(book.bids.front().price, Price::fromMicros(450'000));
    QCOMPARE(book.bids.front().size, Quantity::fromHundredths(1250));
    QCOMPARE(book.asks.front().price, Price::fromMicros(550'000));
    QCOMPARE(book.asks.front().size, Quantity::fromHundredths(712));
    QCOMPARE(events->at(1).priceChanges.size(), 2);
    QVERIFY(events->at(1).priceChanges.at(0).bid);
    QVERIFY(events->at(1).priceChanges.at(1).size.isZero());
    QCOMPARE(events->at(2).type, PolymarketWsEvent::Type::TickSizeChange);
    QCOMPARE(events->at(2).price, Price::fromMicros(1'000));
    QCOMPARE(events->at(3).type, PolymarketWsEvent::Type::Other);
}

void TestPolymarketParser::parseSize_moreThanTwoDecimals_isFloored_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("hundredths");

    QTest::newRow("integer") << "100" << qint64(10000);
    QTest::newRow("two decimals") << "21.04" << qint64(2104);
    QTest::newRow("six decimals floored") << "178.571499" << qint64(17857);
}

void TestPolymarketParser::parseSize_moreThanTwoDecimals_isFloored()
{
    // Arrange
    QFETCH(QString, text);
    QFETCH(qint64, hundredths);

    // Act
    const Result<Quantity> size = PolymarketParser::parseSize(QJsonValue(text));

    // Assert
    QVERIFY(size.ok());
    QCOMPARE(size->hundredths(), hundredths);
}

void TestPolymarketParser::parsePrice_outOfRange_isRejected_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("above one") << "1.01";
    QTest::newRow("negative") << "-0.5";
    QTest::newRow("not a number") << "abc";
    QTest::newRow("empty") << "";
}

void TestPolymarketParser::parsePrice_outOfRange_isRejected()
{
    // Arrange
    QFETCH(QString, text);

    // Act
    const Result<Price> price = PolymarketParser::parsePrice(QJsonValue(text));

    // Assert
    QVERIFY(!price.ok());
    QCOMPARE(price.error().code, QStringLiteral("polymarket.parse"));
}

void TestPolymarketParser::trade_statusWithPrefix_isStripped()
{
    // Arrange
    const QJsonObject json = QJsonDocument::fromJson(
        R"({"id":"t","side":"SELL","size":"5","price":"0.3","status":"TRADE_STATUS_MINED","trader_side":"MAKER",)"
        R"("maker_orders":[{"order_id":"o","matched_amount":"5","price":"0.7","asset_id":"1","side":"BUY"}]})").object();

    // Act
    const Result<PolymarketTrade> trade = PolymarketParser::trade(json);

    // Assert
    QVERIFY(trade.ok());
    QCOMPARE(trade->status, QStringLiteral("MINED"));
    QVERIFY(!trade->buy);
    QCOMPARE(trade->makerOrders.size(), 1);
    QCOMPARE(trade->makerOrders.first().price, Price::fromMicros(700'000));
}

void TestPolymarketParser::clobMarket_shortKeys_parse()
{
    // Arrange
    const QByteArray body = R"({"c":"0xabc","t":[{"t":"9","o":"No"},{"t":"8","o":"Yes"}],"mts":0.005,"mos":5,"nr":true,)"
                            R"("fd":{"r":0.07,"e":1,"to":true},"ao":true})";

    // Act
    const Result<PolymarketClobMarket> market = PolymarketParser::clobMarket(body);

    // Assert
    QVERIFY(market.ok());
    QCOMPARE(market->yesTokenId, QStringLiteral("8"));
    QCOMPARE(market->noTokenId, QStringLiteral("9"));
    QCOMPARE(market->tickSize, Price::fromMicros(5'000));
    QVERIFY(market->negRisk);
    const Result<Cash> fee = market->fees.takerFee(Price::fromMicros(500'000), Quantity::fromContracts(100));
    QVERIFY(fee.ok());
    QCOMPARE(*fee, Cash::fromMicros(1'750'000)); // the reference's crypto example: $1.75
}

void TestPolymarketParser::orderResponse_acceptedWithoutId_isRejected()
{
    // Act
    const auto response = PolymarketParser::orderResponse(QJsonObject{{QStringLiteral("success"), true}});

    // Assert
    QVERIFY(!response.ok());
}

QTEST_GUILESS_MAIN(TestPolymarketParser)
#include "TestPolymarketParser.moc"
