// ctest-labels: kalshi
// The simulator judged on its own wire answers (raw signed HTTP, not the Kalshi client), so that a client bug cannot
// hide a simulator bug.
#include "KalshiSimFixture.h"
#include "crypto/RsaPssSigner.h"
#include "net/HttpClient.h"
#include "venues/sim/SimHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace orion;
using orion::test::KalshiSimFixture;

namespace {

const QString kHold = QStringLiteral("KXFEDDECISION-27JAN-H0");

class RawClient
{
public:
    explicit RawClient(KalshiSimFixture& sim) : m_http(sim.server().restBaseUrl())
    {
        auto signer = RsaPssSigner::fromPem(SecretBytes(test::readData(QStringLiteral("keys/test-only-rsa2048-a-pkcs8.pem"))));
        m_signer = std::make_shared<RsaPssSigner>(std::move(signer).value());
        m_http.setRetryPolicy(RetryPolicy::none());
        m_http.setSigner([signer = m_signer](const QByteArray& method, const QString& path, const QByteArray&) -> Result<HttpHeaders> {
            const QByteArray timestamp = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
            const QByteArray message = timestamp + method + path.toUtf8();
            const auto signature = signer->signBase64(message);
            return HttpHeaders{{QByteArrayLiteral("KALSHI-ACCESS-KEY"), QByteArrayLiteral("key-a")},
                               {QByteArrayLiteral("KALSHI-ACCESS-TIMESTAMP"), timestamp},
                               {QByteArrayLiteral("KALSHI-ACCESS-SIGNATURE"), signature.value()}};
        });
    }

    HttpReply call(HttpRequest request)
    {
        std::optional<HttpReply> out;
        m_http.send(std::move(request), [&out](const HttpReply& reply) { out = reply; });
        QElapsedTimer timer;
        timer.start();
        while (!out && timer.elapsed() < 5'000)
            QTest::qWait(2);
        return out.value_or(HttpReply{});
    }
    QJsonObject json(HttpRequest request) { return call(std::move(request)).jsonObject().valueOr({}); }

private:
    HttpClient m_http;
    std::shared_ptr<RsaPssSigner> m_signer;
};

HttpRequest createOrder(const char* side, const char* price, const char* count, const char* tif, const char* clientId)
{
    return HttpRequest::postJson(QStringLiteral("/portfolio/events/orders"),
                                 QJsonObject{{QStringLiteral("ticker"), kHold},
                                             {QStringLiteral("side"), QString::fromUtf8(side)},
                                             {QStringLiteral("price"), QString::fromUtf8(price)},
                                             {QStringLiteral("count"), QString::fromUtf8(count)},
                                             {QStringLiteral("time_in_force"), QString::fromUtf8(tif)},
                                             {QStringLiteral("self_trade_prevention_type"), QStringLiteral("taker_at_cross")},
                                             {QStringLiteral("client_order_id"), QString::fromUtf8(clientId)}});
}

} // namespace

class TestSimKalshiExchange final : public QObject
{
    Q_OBJECT

private slots:
    void legacyOrderEndpoint_answersDeprecatedV1();
    void portfolioWithoutSignature_is401_publicMarketsAreOpen();
    void settle_paysWinningPositionAndListsSettlement();
    void makerFill_onMakerFeeSeries_chargesQuarterRate();
    void createOrder_offGridOrInsufficientBalance_isRejected_data();
    void createOrder_offGridOrInsufficientBalance_isRejected();
    void randomFlow_sameSeed_tradesTheSamePath();
};

void TestSimKalshiExchange::legacyOrderEndpoint_answersDeprecatedV1()
{
    KalshiSimFixture sim;
    RawClient client(sim);

    const HttpReply reply = client.call(HttpRequest::postJson(QStringLiteral("/portfolio/orders"), QJsonObject{}));

    QCOMPARE(reply.status, 410);
    const QJsonObject error = reply.jsonObject().value().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("deprecated_v1_order_endpoint"));
    QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Please switch to the V2 endpoints"));
}

void TestSimKalshiExchange::portfolioWithoutSignature_is401_publicMarketsAreOpen()
{
    KalshiSimFixture sim;
    RawClient client(sim);
    HttpRequest balance = HttpRequest::get(QStringLiteral("/portfolio/balance"));
    balance.sign = false;
    HttpRequest markets = HttpRequest::get(QStringLiteral("/markets"));
    markets.sign = false;

    const HttpReply denied = client.call(balance);
    const HttpReply open = client.call(markets);

    QCOMPARE(denied.status, 401);
    QCOMPARE(open.status, 200);
    QCOMPARE(open.jsonObject().value().value(QStringLiteral("markets")).toArray().size(), 5);
}

void TestSimKalshiExchange::settle_paysWinningPositionAndListsSettlement()
{
    KalshiSimFixture sim;
    RawClient client(sim);
    const QJsonObject created = client.json(createOrder("bid", "0.5800", "10", "fill_or_kill", "s-1"));
    QCOMPARE(created.value(QStringLiteral("fill_count")).toString(), QStringLiteral("10.00"));

    QVERIFY(sim.exchange().settle(kHold, true).ok());
    const QJsonObject balance = client.json(HttpRequest::get(QStringLiteral("/portfolio/balance")));
    const QJsonObject settlements = client.json(HttpRequest::get(QStringLiteral("/portfolio/settlements")));
    const QJsonObject market = client.json(HttpRequest::get(QStringLiteral("/markets/") + kHold));
    const QJsonObject positions = client.json(HttpRequest::get(QStringLiteral("/portfolio/positions")));

    // $10,000 - 5.80 - 0.18 fee + 10 x $1.
    QCOMPARE(balance.value(QStringLiteral("balance")).toInteger(), 1'000'402);
    const QJsonObject settlement = settlements.value(QStringLiteral("settlements")).toArray().at(0).toObject();
    QCOMPARE(settlement.value(QStringLiteral("market_result")).toString(), QStringLiteral("yes"));
    QCOMPARE(settlement.value(QStringLiteral("revenue")).toInteger(), 1'000);
    QCOMPARE(settlement.value(QStringLiteral("yes_count_fp")).toString(), QStringLiteral("10.00"));
    QCOMPARE(market.value(QStringLiteral("market")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("finalized"));
    QVERIFY(positions.value(QStringLiteral("market_positions")).toArray().isEmpty());
}

void TestSimKalshiExchange::makerFill_onMakerFeeSeries_chargesQuarterRate()
{
    KalshiSimFixture sim;
    RawClient client(sim);
    const QJsonObject resting = client.json(createOrder("bid", "0.5700", "10", "good_till_canceled", "m-1"));
    QCOMPARE(resting.value(QStringLiteral("remaining_count")).toString(), QStringLiteral("10.00"));

    QVERIFY(sim.exchange().placeFlowOrder(kHold, false, 570'000, 1'000, true).ok());
    const QJsonObject fills = client.json(HttpRequest::get(QStringLiteral("/portfolio/fills")));
    const QJsonObject order =
        client.json(HttpRequest::get(QStringLiteral("/portfolio/orders/") + resting.value(QStringLiteral("order_id")).toString()));

    const QJsonObject fill = fills.value(QStringLiteral("fills")).toArray().at(0).toObject();
    QCOMPARE(fill.value(QStringLiteral("is_taker")).toBool(), false);
    // 0.0175 x 10 x 0.57 x 0.43 = 0.0428925, charged as $0.05.
    QCOMPARE(fill.value(QStringLiteral("fee_cost")).toString(), QStringLiteral("0.0500"));
    QCOMPARE(order.value(QStringLiteral("order")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("executed"));
    QCOMPARE(order.value(QStringLiteral("order")).toObject().value(QStringLiteral("maker_fees_dollars")).toString(),
             QStringLiteral("0.0500"));
}

void TestSimKalshiExchange::createOrder_offGridOrInsufficientBalance_isRejected_data()
{
    QTest::addColumn<QByteArray>("price");
    QTest::addColumn<QByteArray>("count");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("off the cent grid") << QByteArray("0.5050") << QByteArray("1") << 400 << QStringLiteral("invalid_price");
    QTest::newRow("price of one dollar") << QByteArray("1.0000") << QByteArray("1") << 400 << QStringLiteral("invalid_price");
    QTest::newRow("three decimal count") << QByteArray("0.5000") << QByteArray("1.001") << 400 << QStringLiteral("invalid_order_size");
    QTest::newRow("more than the balance") << QByteArray("0.5000") << QByteArray("30000") << 400
                                           << QStringLiteral("insufficient_balance");
}

void TestSimKalshiExchange::createOrder_offGridOrInsufficientBalance_isRejected()
{
    QFETCH(QByteArray, price);
    QFETCH(QByteArray, count);
    QFETCH(int, status);
    QFETCH(QString, code);
    KalshiSimFixture sim;
    RawClient client(sim);

    const HttpReply reply = client.call(createOrder("bid", price.constData(), count.constData(), "good_till_canceled", "x"));

    // HttpClient reports a 400 as a protocol error with status 0 (Qt's ProtocolInvalidOperationError); the answer's
    // status line still says Bad Request.
    QVERIFY2(reply.status == status || (reply.status == 0 && reply.errorMessage.contains(QStringLiteral("Bad Request"))),
             qPrintable(reply.errorMessage));
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    QCOMPARE(body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(), code);
}

void TestSimKalshiExchange::randomFlow_sameSeed_tradesTheSamePath()
{
    SimScenario scenario = SimScenario::demo();
    scenario.seed = 42;
    scenario.markets[0].flowMaxHundredths = 5'000;
    SimKalshiExchange first(scenario);
    SimKalshiExchange second(scenario);
    QList<QString> firstTrades;
    QList<QString> secondTrades;
    connect(&first, &SimKalshiExchange::tradeExecuted, this, [&firstTrades](const QJsonObject& trade) {
        firstTrades.append(trade.value(QStringLiteral("yes_price_dollars")).toString() + QLatin1Char('x')
                           + trade.value(QStringLiteral("count_fp")).toString());
    });
    connect(&second, &SimKalshiExchange::tradeExecuted, this, [&secondTrades](const QJsonObject& trade) {
        secondTrades.append(trade.value(QStringLiteral("yes_price_dollars")).toString() + QLatin1Char('x')
                            + trade.value(QStringLiteral("count_fp")).toString());
    });

    for (int i = 0; i < 10; ++i) {
        first.stepFlow();
        second.stepFlow();
    }

    QVERIFY(firstTrades.size() >= 10);
    QCOMPARE(firstTrades, secondTrades);
    // The flow eats the scenario's book: the market moved.
    const auto book = first.bookLevels(scenario.markets[0].ticker);
    const auto untouched = SimKalshiExchange(scenario).bookLevels(scenario.markets[0].ticker);
    QVERIFY(book->yes.size() != untouched->yes.size() || book->no.size() != untouched->no.size()
            || book->yes.back().quantityHundredths != untouched->yes.back().quantityHundredths
            || book->no.back().quantityHundredths != untouched->no.back().quantityHundredths);
}

QTEST_GUILESS_MAIN(TestSimKalshiExchange)
#include "TestSimKalshiExchange.moc"
