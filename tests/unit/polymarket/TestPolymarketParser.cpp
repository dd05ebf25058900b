#include "TestData.h"
#include "venues/polymarket/PolymarketParser.h"

#include <QJsonArray>
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
    void parseSize_beyondABillionContracts_isRejected_data();
    void parseSize_beyondABillionContracts_isRejected();
    void balance_beyondABillionDollars_isRejected();
    void book_malformedIdOrTooManyLevels_isRejected_data();
    void book_malformedIdOrTooManyLevels_isRejected();
    void trade_malformedId_isRejected_data();
    void trade_malformedId_isRejected();
    void openOrdersPage_cursorWithSpaces_isRejected();
    void cancelResult_malformedId_isRejected();
    void wsFrame_priceChangeWithMalformedAssetId_isCountedAsRejected();
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

void TestPolymarketParser::parseSize_beyondABillionContracts_isRejected_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("a billion") << QStringLiteral("1000000000") << true;
    QTest::newRow("a billion and a hundredth") << QStringLiteral("1000000000.01") << false;
    QTest::newRow("int64 hundredths") << QStringLiteral("92233720368547758.07") << false;
}

void TestPolymarketParser::parseSize_beyondABillionContracts_isRejected()
{
    QFETCH(QString, text);
    QFETCH(bool, accepted);

    const auto size = PolymarketParser::parseSize(QJsonValue(text));

    QCOMPARE(size.ok(), accepted);
}

void TestPolymarketParser::balance_beyondABillionDollars_isRejected()
{
    const auto billion = PolymarketParser::balance(R"({"balance":"1000000000000000"})");
    const auto more = PolymarketParser::balance(R"({"balance":"1000000000000001"})");

    QVERIFY(billion.ok());
    QCOMPARE(billion.value(), Cash::fromMicros(1'000'000'000'000'000));
    QVERIFY(!more.ok());
}

void TestPolymarketParser::book_malformedIdOrTooManyLevels_isRejected_data()
{
    QTest::addColumn<QJsonObject>("json");
    const QJsonArray oneLevel{QJsonObject{{QStringLiteral("price"), QStringLiteral("0.45")},
                                          {QStringLiteral("size"), QStringLiteral("10")}}};
    QTest::newRow("asset id with a space") << QJsonObject{{QStringLiteral("asset_id"), QStringLiteral("21 22")},
                                                          {QStringLiteral("bids"), oneLevel},
                                                          {QStringLiteral("asks"), QJsonArray()}};
    QTest::newRow("hash of 129 characters") << QJsonObject{{QStringLiteral("asset_id"), QStringLiteral("21")},
                                                           {QStringLiteral("hash"), QString(129, u'f')},
                                                           {QStringLiteral("bids"), oneLevel},
                                                           {QStringLiteral("asks"), QJsonArray()}};
    QJsonArray many;
    for (int i = 0; i < 10'002; ++i)
        many.append(QJsonObject{{QStringLiteral("price"), QStringLiteral("0.%1").arg(i % 100, 2, 10, QLatin1Char('0'))},
                                {QStringLiteral("size"), QStringLiteral("0")}});
    QTest::newRow("10002 levels") << QJsonObject{{QStringLiteral("asset_id"), QStringLiteral("21")},
                                                 {QStringLiteral("bids"), many},
                                                 {QStringLiteral("asks"), QJsonArray()}};
}

void TestPolymarketParser::book_malformedIdOrTooManyLevels_isRejected()
{
    QFETCH(QJsonObject, json);

    const auto book = PolymarketParser::book(json);

    QVERIFY(!book.ok());
    QCOMPARE(book.error().code, QStringLiteral("polymarket.parse"));
}

void TestPolymarketParser::trade_malformedId_isRejected_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::newRow("id with a space") << QStringLiteral("id") << QStringLiteral("t 1");
    QTest::newRow("transaction hash of 129 characters") << QStringLiteral("transaction_hash") << QString(129, u'a');
    QTest::newRow("market with a newline") << QStringLiteral("market") << QStringLiteral("0x02\n");
}

void TestPolymarketParser::trade_malformedId_isRejected()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QJsonObject json{{QStringLiteral("id"), QStringLiteral("t-1")}, {QStringLiteral("side"), QStringLiteral("BUY")},
                     {QStringLiteral("size"), QStringLiteral("5")}, {QStringLiteral("price"), QStringLiteral("0.5")}};
    QVERIFY(PolymarketParser::trade(json).ok());
    json.insert(key, value);

    const auto trade = PolymarketParser::trade(json);

    QVERIFY(!trade.ok());
}

void TestPolymarketParser::openOrdersPage_cursorWithSpaces_isRejected()
{
    const auto page = PolymarketParser::openOrdersPage(R"({"data":[],"next_cursor":"next page"})");

    QVERIFY(!page.ok());
}

void TestPolymarketParser::cancelResult_malformedId_isRejected()
{
    const auto good = PolymarketParser::cancelResult(R"({"canceled":["0xab"],"not_canceled":{"0xcd":"matched"}})");
    const auto bad = PolymarketParser::cancelResult(R"({"canceled":["0xab","0x c"]})");

    QVERIFY(good.ok());
    QCOMPARE(good->canceled, QStringList{QStringLiteral("0xab")});
    QVERIFY(!bad.ok());
}

void TestPolymarketParser::wsFrame_priceChangeWithMalformedAssetId_isCountedAsRejected()
{
    int rejected = 0;
    const QByteArray frame = R"([{"event_type":"price_change","market":"0x02","price_changes":)"
                             R"([{"asset_id":"21","price":"0.46","size":"20","side":"BUY"}]},)"
                             R"({"event_type":"price_change","market":"0x02","price_changes":)"
                             R"([{"asset_id":"2 1","price":"0.46","size":"20","side":"BUY"}]}])";

    const auto events = PolymarketParser::wsFrame(frame, &rejected);

    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
    QCOMPARE(rejected, 1);
}

QTEST_GUILESS_MAIN(TestPolymarketParser)
#include "TestPolymarketParser.moc"
