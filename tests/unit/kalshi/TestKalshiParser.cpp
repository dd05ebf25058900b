#include "TestData.h"
#include "venues/kalshi/KalshiParser.h"

#include <QJsonDocument>
#include <QTest>

using namespace orion;

class TestKalshiParser final : public QObject
{
    Q_OBJECT

private slots:
    void parseOrderbook_recordedExample_givesYesAndNoBidsExactly();
    void parseMarketsPage_recordedPage_keepsGoodMarketsAndCountsBadOnes();
    void parseOrder_recordedV2Order_readsDirectionCountsAndFees();
    void parseFillsPage_fractionalAndMistypedFills();
    void parseBalance_integerCents_isExactCash();
    void parseBalance_fractionalCents_isRejected();
    void parseBalance_breakdown_readsCashPerShard();
    void parseBalance_badBreakdown_isRejected_data();
    void parseBalance_badBreakdown_isRejected();
    void parseMarket_exchangeIndex_isReadAndValidated();
    void parseError_bodies_data();
    void parseError_bodies();
    void hostileOrderbook_isErrorNeverCrash_data();
    void hostileOrderbook_isErrorNeverCrash();
    void parseWsMessage_snapshotOnYesScale_putsNoSideIntoYesAsks();
    void parseWsMessage_delta_isSignedAddOnYesBids();
    void parseWsMessage_fill_readsClientOrderIdAndPostPosition();
    void hostileWsMessage_isErrorNeverCrash_data();
    void hostileWsMessage_isErrorNeverCrash();
    void orderRequestJson_buyNo_isAskWithDollarStringAndFpCount();
    void parseOrder_outOfRangeOrMalformedField_isRejected_data();
    void parseOrder_outOfRangeOrMalformedField_isRejected();
    void parseOrder_countOfExactlyABillion_isAccepted();
    void parseWsMessage_outOfRangeValue_isRejected_data();
    void parseWsMessage_outOfRangeValue_isRejected();
    void parseMarketsPage_overlongTitle_isCountedAsRejected();
    void parseMarketsPage_cursorWithSpaces_isRejected();
    void parsePositionsPage_pnlBeyondABillion_isCountedAsRejected();
    void parseError_hugeMessageAndMalformedCode_isCutShortWithHttpCode();
};

void TestKalshiParser::parseOrderbook_recordedExample_givesYesAndNoBidsExactly()
{
    const auto book = KalshiParser::parseOrderbook(test::readData(QStringLiteral("kalshi/orderbook.json")));

    QVERIFY(book.ok());
    QCOMPARE(book->yesBids.size(), std::size_t{2});
    QCOMPARE(book->yesBids[1].price, Price::fromMicros(420'000));
    QCOMPARE(book->yesBids[1].size, Quantity::fromContracts(13));
    QCOMPARE(book->noBids[1].price, Price::fromMicros(560'000));
    QCOMPARE(book->noBids[1].size, Quantity::fromContracts(17));
    QVERIFY(book->yesAsks.empty());
}

void TestKalshiParser::parseMarketsPage_recordedPage_keepsGoodMarketsAndCountsBadOnes()
{
    const auto page = KalshiParser::parseMarketsPage(test::readData(QStringLiteral("kalshi/markets-page.json")));

    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 2);
    QCOMPARE(page->rejected, 2);
    QVERIFY(page->problems.at(0).contains(QStringLiteral("yes_bid_dollars")));
    QVERIFY(page->problems.at(1).contains(QStringLiteral("ticker")));
    QVERIFY(!page->cursor.isEmpty());
    const KalshiMarket& fed = page->items.at(0);
    QCOMPARE(fed.yesBid, std::optional<Price>(Price::fromMicros(940'000)));
    QCOMPARE(fed.closeTime, QDateTime(QDate(2025, 12, 10), QTime(18, 59), Qt::UTC));
    const KalshiMarket& btc = page->items.at(1);
    QCOMPARE(btc.priceRanges.size(), 3);
    QCOMPARE(btc.priceRanges.at(0).step, Price::fromMicros(1'000));
}

void TestKalshiParser::parseOrder_recordedV2Order_readsDirectionCountsAndFees()
{
    const auto order = KalshiParser::parseOrderResponse(test::readData(QStringLiteral("kalshi/order.json")));

    QVERIFY(order.ok());
    QVERIFY(!order->bid);
    QCOMPARE(order->status, QStringLiteral("executed"));
    QCOMPARE(order->yesPrice, Price::fromMicros(60'000));
    QCOMPARE(order->fillCount, Quantity::fromContracts(10));
    QCOMPARE(order->takerFillCost, Cash::fromMicros(9'400'000));
    QCOMPARE(order->fees, Cash::fromMicros(40'000));
}

void TestKalshiParser::parseFillsPage_fractionalAndMistypedFills()
{
    const auto page = KalshiParser::parseFillsPage(test::readData(QStringLiteral("kalshi/fills-page.json")));

    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->rejected, 1);
    QVERIFY(page->problems.at(0).contains(QStringLiteral("is_taker")));
    QCOMPARE(page->items.at(0).count, Quantity::fromHundredths(750));
    QCOMPARE(page->items.at(0).fee, Cash::fromMicros(29'600));
    QVERIFY(page->cursor.isEmpty());
}

void TestKalshiParser::parseBalance_integerCents_isExactCash()
{
    const auto balance = KalshiParser::parseBalance(test::readData(QStringLiteral("kalshi/balance.json")));

    QVERIFY(balance.ok());
    QCOMPARE(balance->balance, Cash::fromMicros(1'234'560'000));
    QCOMPARE(balance->portfolioValue, Cash::fromMicros(78'900'000));
}

void TestKalshiParser::parseBalance_fractionalCents_isRejected()
{
    const auto balance = KalshiParser::parseBalance(QByteArrayLiteral("{\"balance\": 12.5}"));

    QVERIFY(!balance.ok());
    QCOMPARE(balance.error().code, QStringLiteral("kalshi.parse"));
    QVERIFY(balance.error().message.contains(QStringLiteral("balance")));
}

void TestKalshiParser::parseError_bodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("wrapped v1 deprecation") << 410 << test::readData(QStringLiteral("kalshi/error-deprecated-v1.json"))
                                            << QStringLiteral("kalshi.deprecated_v1_order_endpoint")
                                            << QStringLiteral("Please switch to the V2 endpoints");
    QTest::newRow("flat") << 400 << QByteArray(R"({"code":"invalid_price","message":"invalid price"})")
                          << QStringLiteral("kalshi.invalid_price") << QStringLiteral("invalid price");
    QTest::newRow("429 string") << 429 << QByteArray(R"({"error":"too many requests"})")
                                << QStringLiteral("kalshi.rate_limited") << QStringLiteral("too many requests");
    QTest::newRow("html") << 502 << QByteArray("<html>Bad Gateway</html>") << QStringLiteral("kalshi.http_502")
                          << QStringLiteral("HTTP 502 without a Kalshi error body");
    QTest::newRow("empty") << 500 << QByteArray() << QStringLiteral("kalshi.http_500")
                           << QStringLiteral("HTTP 500 without a Kalshi error body");
}

void TestKalshiParser::parseError_bodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const Error error = KalshiParser::parseError(status, body);

    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message);
}

void TestKalshiParser::hostileOrderbook_isErrorNeverCrash_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("JSON");
    QTest::newRow("null") << QByteArray("null") << QStringLiteral("JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("object");
    QTest::newRow("legacy cents shape") << QByteArray(R"({"orderbook":{"yes":[[41,10]]}})") << QStringLiteral("orderbook_fp");
    QTest::newRow("book is array") << QByteArray(R"({"orderbook_fp":[]})") << QStringLiteral("orderbook_fp");
    QTest::newRow("side not array") << QByteArray(R"({"orderbook_fp":{"yes_dollars":"0.41"}})") << QStringLiteral("yes_dollars");
    QTest::newRow("numbers not strings") << QByteArray(R"({"orderbook_fp":{"yes_dollars":[[0.41,10]]}})") << QStringLiteral("strings");
    QTest::newRow("three elements") << QByteArray(R"({"orderbook_fp":{"no_dollars":[["0.41","1.00","x"]]}})") << QStringLiteral("no_dollars");
    QTest::newRow("price above one") << QByteArray(R"({"orderbook_fp":{"yes_dollars":[["1.5000","1.00"]]}})") << QStringLiteral("price");
    QTest::newRow("seven decimals") << QByteArray(R"({"orderbook_fp":{"yes_dollars":[["0.1234567","1.00"]]}})") << QStringLiteral("price");
    QTest::newRow("negative count") << QByteArray(R"({"orderbook_fp":{"yes_dollars":[["0.41","-1.00"]]}})") << QStringLiteral("count");
    QTest::newRow("three decimal count") << QByteArray(R"({"orderbook_fp":{"yes_dollars":[["0.41","1.001"]]}})") << QStringLiteral("count");
    QTest::newRow("huge count") << QByteArray(R"({"orderbook_fp":{"yes_dollars":[["0.41","99999999999999999999999.00"]]}})")
                                << QStringLiteral("count");
}

void TestKalshiParser::hostileOrderbook_isErrorNeverCrash()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);

    const auto book = KalshiParser::parseOrderbook(body);

    QVERIFY(!book.ok());
    QCOMPARE(book.error().code, QStringLiteral("kalshi.parse"));
    QVERIFY2(book.error().message.contains(mentions), qPrintable(book.error().message));
}

void TestKalshiParser::parseWsMessage_snapshotOnYesScale_putsNoSideIntoYesAsks()
{
    const auto message = KalshiParser::parseWsMessage(test::readData(QStringLiteral("kalshi/ws-orderbook-snapshot.json")), true);

    QVERIFY(message.ok());
    QCOMPARE(message->type, KalshiWsMessage::Type::OrderbookSnapshot);
    QCOMPARE(message->sid, 2);
    QCOMPARE(message->seq, 1);
    QCOMPARE(message->marketTicker, QStringLiteral("FED-23DEC-T3.00"));
    QCOMPARE(message->snapshot.yesBids.size(), std::size_t{2});
    QCOMPARE(message->snapshot.yesAsks.size(), std::size_t{2});
    QVERIFY(message->snapshot.noBids.empty());
    QCOMPARE(message->snapshot.yesAsks[1].price, Price::fromMicros(560'000));
}

void TestKalshiParser::parseWsMessage_delta_isSignedAddOnYesBids()
{
    const auto message = KalshiParser::parseWsMessage(test::readData(QStringLiteral("kalshi/ws-orderbook-delta.json")), false);

    QVERIFY(message.ok());
    QCOMPARE(message->type, KalshiWsMessage::Type::OrderbookDelta);
    QCOMPARE(message->delta.mode, BookDelta::Mode::Add);
    QCOMPARE(message->delta.outcome, Outcome::Yes);
    QCOMPARE(message->delta.side, BookSide::Bid);
    QCOMPARE(message->delta.price, Price::fromMicros(960'000));
    QCOMPARE(message->delta.size, -Quantity::fromContracts(54));
    QCOMPARE(message->seq, 3);
}

void TestKalshiParser::parseWsMessage_fill_readsClientOrderIdAndPostPosition()
{
    const auto message = KalshiParser::parseWsMessage(test::readData(QStringLiteral("kalshi/ws-fill.json")), true);

    QVERIFY(message.ok());
    QCOMPARE(message->type, KalshiWsMessage::Type::Fill);
    QCOMPARE(message->fill.clientOrderId, QStringLiteral("c-7"));
    QCOMPARE(message->fill.fillId, QStringLiteral("d91bc706-ee49-470d-82d8-11418bda6fed"));
    QCOMPARE(message->fill.count, Quantity::fromContracts(278));
    QCOMPARE(message->fill.postPosition, std::optional<Quantity>(Quantity::fromContracts(500)));
    QCOMPARE(message->fill.createdTime, QDateTime::fromMSecsSinceEpoch(1671899397000, Qt::UTC));
}

void TestKalshiParser::hostileWsMessage_isErrorNeverCrash_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("garbage") << QByteArray("\x01\x02not json");
    QTest::newRow("no type") << QByteArray(R"({"sid":1,"seq":1,"msg":{}})");
    QTest::newRow("type number") << QByteArray(R"({"type":7})");
    QTest::newRow("seq string") << QByteArray(R"({"type":"orderbook_delta","sid":1,"seq":"2","msg":{"market_ticker":"A","price_dollars":"0.5","delta_fp":"1.00","side":"yes"}})");
    QTest::newRow("delta without seq") << QByteArray(R"({"type":"orderbook_delta","sid":1,"msg":{"market_ticker":"A","price_dollars":"0.5","delta_fp":"1.00","side":"yes"}})");
    QTest::newRow("delta price number") << QByteArray(R"({"type":"orderbook_delta","sid":1,"seq":2,"msg":{"market_ticker":"A","price_dollars":0.5,"delta_fp":"1.00","side":"yes"}})");
    QTest::newRow("delta side maybe") << QByteArray(R"({"type":"orderbook_delta","sid":1,"seq":2,"msg":{"market_ticker":"A","price_dollars":"0.5","delta_fp":"1.00","side":"maybe"}})");
    QTest::newRow("snapshot without ticker") << QByteArray(R"({"type":"orderbook_snapshot","sid":1,"seq":1,"msg":{"yes_dollars_fp":[]}})");
    QTest::newRow("subscribed without sid") << QByteArray(R"({"type":"subscribed","id":1,"msg":{"channel":"ticker"}})");
    QTest::newRow("fill without count") << QByteArray(R"({"type":"fill","sid":3,"msg":{"trade_id":"t","order_id":"o","market_ticker":"A","book_side":"bid","yes_price_dollars":"0.5","fee_cost":"0.01","is_taker":true}})");
}

void TestKalshiParser::hostileWsMessage_isErrorNeverCrash()
{
    QFETCH(QByteArray, text);

    const auto message = KalshiParser::parseWsMessage(text, true);

    QVERIFY(!message.ok());
    QCOMPARE(message.error().code, QStringLiteral("kalshi.parse"));
}

void TestKalshiParser::orderRequestJson_buyNo_isAskWithDollarStringAndFpCount()
{
    KalshiOrderRequest request;
    request.ticker = QStringLiteral("KXFEDDECISION-25DEC-H0");
    request.bid = false;
    request.yesPrice = Price::fromMicros(60'000);
    request.count = Quantity::fromContracts(10);
    request.timeInForce = QStringLiteral("immediate_or_cancel");
    request.clientOrderId = QStringLiteral("c-1");

    const QJsonObject body = KalshiParser::orderRequestJson(request);

    QCOMPARE(body.value(QStringLiteral("side")).toString(), QStringLiteral("ask"));
    QCOMPARE(body.value(QStringLiteral("price")).toString(), QStringLiteral("0.0600"));
    QCOMPARE(body.value(QStringLiteral("count")).toString(), QStringLiteral("10.00"));
    QCOMPARE(body.value(QStringLiteral("self_trade_prevention_type")).toString(), QStringLiteral("taker_at_cross"));
    QCOMPARE(body.value(QStringLiteral("client_order_id")).toString(), QStringLiteral("c-1"));
    QVERIFY(!body.contains(QStringLiteral("post_only")));
}

namespace {

// The recorded V2 order with some fields replaced.
QJsonObject recordedOrderWith(const QJsonObject& patch)
{
    QJsonObject order = QJsonDocument::fromJson(test::readData(QStringLiteral("kalshi/order.json")))
                            .object()
                            .value(QStringLiteral("order"))
                            .toObject();
    for (auto it = patch.begin(); it != patch.end(); ++it)
        order.insert(it.key(), it.value());
    return order;
}

QByteArray marketJson(const QString& ticker, const QString& title)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("ticker"), ticker},
                                     {QStringLiteral("event_ticker"), QStringLiteral("KXFEDDECISION-25DEC")},
                                     {QStringLiteral("status"), QStringLiteral("active")},
                                     {QStringLiteral("close_time"), QStringLiteral("2025-12-10T18:59:00Z")},
                                     {QStringLiteral("title"), title}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

void TestKalshiParser::parseOrder_outOfRangeOrMalformedField_isRejected_data()
{
    QTest::addColumn<QJsonObject>("patch");
    // Before issue 9 this pair threw MoneyOverflow out of the parser: taker + maker fees were summed unchecked.
    QTest::newRow("fees whose sum overflows") << QJsonObject{
        {QStringLiteral("taker_fees_dollars"), QStringLiteral("9000000000000.00")},
        {QStringLiteral("maker_fees_dollars"), QStringLiteral("9000000000000.00")}};
    QTest::newRow("fill cost beyond a billion dollars")
        << QJsonObject{{QStringLiteral("taker_fill_cost_dollars"), QStringLiteral("1000000000.000001")}};
    QTest::newRow("count beyond a billion contracts")
        << QJsonObject{{QStringLiteral("initial_count_fp"), QStringLiteral("1000000000.01")}};
    QTest::newRow("ticker with a space") << QJsonObject{{QStringLiteral("ticker"), QStringLiteral("KXFED 25DEC")}};
    QTest::newRow("order id of 129 characters")
        << QJsonObject{{QStringLiteral("order_id"), QString(129, u'a')}};
    QTest::newRow("client order id with a control character")
        << QJsonObject{{QStringLiteral("client_order_id"), QStringLiteral("c-1\a")}};
    QTest::newRow("status of 70k characters") << QJsonObject{{QStringLiteral("status"), QString(70'000, u'x')}};
}

void TestKalshiParser::parseOrder_outOfRangeOrMalformedField_isRejected()
{
    QFETCH(QJsonObject, patch);
    QVERIFY(KalshiParser::parseOrder(recordedOrderWith({})).ok());

    const auto order = KalshiParser::parseOrder(recordedOrderWith(patch));

    QVERIFY(!order.ok());
    QCOMPARE(order.error().code, QStringLiteral("kalshi.parse"));
    QVERIFY(order.error().message.size() < 1000); // hostile text is not echoed back
}

void TestKalshiParser::parseOrder_countOfExactlyABillion_isAccepted()
{
    const auto order = KalshiParser::parseOrder(recordedOrderWith(
        {{QStringLiteral("initial_count_fp"), QStringLiteral("1000000000.00")},
         {QStringLiteral("taker_fees_dollars"), QStringLiteral("1000000000.000000")},
         {QStringLiteral("maker_fees_dollars"), QStringLiteral("1000000000.000000")}}));

    QVERIFY(order.ok());
    QCOMPARE(order->initialCount, Quantity::fromContracts(1'000'000'000));
    QCOMPARE(order->fees, Cash::fromMicros(2'000'000'000'000'000));
}

void TestKalshiParser::parseWsMessage_outOfRangeValue_isRejected_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("delta beyond a billion contracts")
        << QByteArray(R"({"type":"orderbook_delta","sid":2,"seq":3,"msg":{"market_ticker":"FED-23DEC-T3.00",)"
                      R"("price_dollars":"0.9600","delta_fp":"-1000000000.01","side":"yes"}})");
    QTest::newRow("negative sid")
        << QByteArray(R"({"type":"orderbook_delta","sid":-2,"seq":3,"msg":{"market_ticker":"FED-23DEC-T3.00",)"
                      R"("price_dollars":"0.9600","delta_fp":"-54.00","side":"yes"}})");
    QTest::newRow("ticker with a space")
        << QByteArray(R"({"type":"orderbook_delta","sid":2,"seq":3,"msg":{"market_ticker":"FED 23DEC",)"
                      R"("price_dollars":"0.9600","delta_fp":"-54.00","side":"yes"}})");
    QByteArray levels;
    for (int i = 0; i < 10'002; ++i)
        levels += QByteArray(i == 0 ? "" : ",") + R"(["0.5000","1.00"])";
    QTest::newRow("snapshot with 10002 levels")
        << QByteArray(R"({"type":"orderbook_snapshot","sid":2,"seq":1,"msg":{"market_ticker":"FED-23DEC-T3.00",)"
                      R"("yes_dollars_fp":[)" + levels + "]}}");
    QTest::newRow("error text of 70k characters")
        << QByteArray(R"({"type":"error","id":1,"msg":{"code":6,"msg":")" + QByteArray(70'000, 'x') + R"("}})");
}

void TestKalshiParser::parseWsMessage_outOfRangeValue_isRejected()
{
    QFETCH(QByteArray, text);

    const auto message = KalshiParser::parseWsMessage(text, false);

    QVERIFY(!message.ok());
    QCOMPARE(message.error().code, QStringLiteral("kalshi.parse"));
}

void TestKalshiParser::parseMarketsPage_overlongTitle_isCountedAsRejected()
{
    const QByteArray body = "{\"cursor\":\"\",\"markets\":[" + marketJson(QStringLiteral("KX-1"), QStringLiteral("Fed"))
                            + "," + marketJson(QStringLiteral("KX-2"), QString(65 * 1024 + 1, u't')) + "]}";

    const auto page = KalshiParser::parseMarketsPage(body);

    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->items.at(0).ticker, QStringLiteral("KX-1"));
    QCOMPARE(page->rejected, 1);
    QVERIFY(page->problems.at(0).contains(QStringLiteral("title")));
}

void TestKalshiParser::parseMarketsPage_cursorWithSpaces_isRejected()
{
    const QByteArray body = "{\"cursor\":\"next page\",\"markets\":[" + marketJson(QStringLiteral("KX-1"), {}) + "]}";

    const auto page = KalshiParser::parseMarketsPage(body);

    QVERIFY(!page.ok());
    QVERIFY(page.error().message.contains(QStringLiteral("cursor")));
}

void TestKalshiParser::parsePositionsPage_pnlBeyondABillion_isCountedAsRejected()
{
    const QByteArray body = R"({"market_positions":[)"
                            R"({"ticker":"KX-1","position_fp":"-10.00","market_exposure_dollars":"4.0000"},)"
                            R"({"ticker":"KX-2","position_fp":"3.00","market_exposure_dollars":"1.0000",)"
                            R"("realized_pnl_dollars":"-1000000000.5"}]})";

    const auto page = KalshiParser::parsePositionsPage(body);

    QVERIFY(page.ok());
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->items.at(0).position, -Quantity::fromContracts(10));
    QCOMPARE(page->rejected, 1);
}

void TestKalshiParser::parseError_hugeMessageAndMalformedCode_isCutShortWithHttpCode()
{
    const QByteArray body = R"({"error":{"code":"not a code","message":")" + QByteArray(100'000, 'm') + R"("}})";

    const Error error = KalshiParser::parseError(400, body);

    QCOMPARE(error.code, QStringLiteral("kalshi.http_400"));
    QCOMPARE(error.message.size(), 64 * 1024);
}

void TestKalshiParser::parseBalance_breakdown_readsCashPerShard()
{
    const QByteArray body = R"({"balance":15000,"balance_dollars":"150.00","portfolio_value":0,"updated_ts":1,
        "balance_breakdown":[{"exchange_index":0,"balance":"100.0000"},{"exchange_index":2,"balance":"50.123456"}]})";

    const auto balance = KalshiParser::parseBalance(body);

    QVERIFY(balance.ok());
    QCOMPARE(balance->breakdown.size(), 2);
    QCOMPARE(balance->onShard(0), std::optional<Cash>(Cash::fromMicros(100'000'000)));
    QCOMPARE(balance->onShard(2), std::optional<Cash>(Cash::fromMicros(50'123'456)));
    QCOMPARE(balance->onShard(3), std::optional<Cash>());
}

void TestKalshiParser::parseBalance_badBreakdown_isRejected_data()
{
    QTest::addColumn<QByteArray>("breakdown");
    QTest::newRow("not an array") << QByteArray(R"({"exchange_index":0})");
    QTest::newRow("negative shard") << QByteArray(R"([{"exchange_index":-1,"balance":"1.00"}])");
    QTest::newRow("fractional shard") << QByteArray(R"([{"exchange_index":1.5,"balance":"1.00"}])");
    QTest::newRow("missing shard") << QByteArray(R"([{"balance":"1.00"}])");
    QTest::newRow("cents as number") << QByteArray(R"([{"exchange_index":0,"balance":100}])");
    QTest::newRow("shard twice") << QByteArray(R"([{"exchange_index":0,"balance":"1"},{"exchange_index":0,"balance":"2"}])");
}

void TestKalshiParser::parseBalance_badBreakdown_isRejected()
{
    QFETCH(QByteArray, breakdown);
    const QByteArray body = R"({"balance":100,"portfolio_value":0,"balance_breakdown":)" + breakdown + "}";

    const auto balance = KalshiParser::parseBalance(body);

    QVERIFY(!balance.ok());
    QCOMPARE(balance.error().code, QStringLiteral("kalshi.parse"));
}

void TestKalshiParser::parseMarket_exchangeIndex_isReadAndValidated()
{
    QJsonObject market{{QStringLiteral("ticker"), QStringLiteral("KXBTC-1")},
                       {QStringLiteral("event_ticker"), QStringLiteral("KXBTC")},
                       {QStringLiteral("status"), QStringLiteral("active")},
                       {QStringLiteral("close_time"), QStringLiteral("2027-01-01T00:00:00Z")}};
    const auto unsharded = KalshiParser::parseMarket(market);
    market.insert(QStringLiteral("exchange_index"), 2);
    const auto sharded = KalshiParser::parseMarket(market);
    market.insert(QStringLiteral("exchange_index"), QStringLiteral("2"));
    const auto mistyped = KalshiParser::parseMarket(market);

    QVERIFY(unsharded.ok());
    QCOMPARE(unsharded->exchangeIndex, 0);
    QVERIFY(sharded.ok());
    QCOMPARE(sharded->exchangeIndex, 2);
    QVERIFY(!mistyped.ok());
}

QTEST_GUILESS_MAIN(TestKalshiParser)
#include "TestKalshiParser.moc"
