// ctest-labels: sim
#include "crypto/Hex.h"
#include "crypto/Secp256k1Recoverer.h"
#include "crypto/Secp256k1Signer.h"
#include "venues/polymarket/PolymarketOrderBuilder.h"
#include "venues/polymarket/PolymarketClobClient.h"
#include "venues/sim/SimClobServer.h"
#include "venues/sim/SimPolymarketExchange.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>
#include <optional>

using namespace orion;

namespace {

constexpr char kWalletKey[] = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const QString kCondition = QStringLiteral("0xebddfcf7b4401dade8b4031770a1ab942b01854f3bed453d5df9425cd9f211a9");
const QString kYes = QStringLiteral("33945469250963963541781051637999677727672635213493648594066577298999471399137");
const QString kNo = QStringLiteral("105832362350788616148612362642992403996714020918558917275151746177525518770551");

SimPolymarketMarket mamdaniMarket()
{
    SimPolymarketMarket market;
    market.gammaId = QStringLiteral("561200");
    market.conditionId = kCondition;
    market.question = QStringLiteral("Will Zohran Mamdani win the 2025 NYC mayoral election?");
    market.slug = QStringLiteral("will-zohran-mamdani-win-the-2025-nyc-mayoral-election");
    market.yesTokenId = kYes;
    market.noTokenId = kNo;
    market.negRisk = true;
    market.feeRatePpm = 40'000;
    return market;
}

// Runs the event loop until the callback has answered (or 10 s pass).
template <typename T, typename Call>
Result<T> await(Call call)
{
    std::optional<Result<T>> answer;
    call([&answer](Result<T> result) { answer.emplace(std::move(result)); });
    QElapsedTimer timer;
    timer.start();
    while (!answer && timer.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!answer)
        return makeError(QStringLiteral("test.timeout"), QStringLiteral("no answer"));
    return std::move(*answer);
}

} // namespace

class TestPolymarketClobClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createOrDeriveApiKey_newWallet_getsCredentialsAndBalance();
    void createOrDeriveApiKey_existingKey_derivesTheSameKey();
    void l2Request_wrongSecret_isUnauthorized();
    void getBook_bestLastOnTheWire_isSortedBestFirst();
    void getClobMarket_givesTickMinSizeNegRiskAndFees();
    void getClobMarket_withoutFeeData_hasUnknownFee();
    void placeOrder_gtcBelowTheAsk_restsAndIsListedAsOpen();
    void placeOrder_bodyOnTheWire_isSignedByTheWalletForTheNegRiskExchange();
    void placeOrder_fokAgainstLiquidity_fillsAndTradeConfirmsLater();
    void placeOrder_noTokenBuy_crossesWithYesBuyer();
    void placeOrder_offTickForTheVenue_isRejectedWithTheVenuesWords();
    void placeOrder_beyondBalance_isRejected();
    void placeOrder_versionMismatch_rereadsVersionAndRetriesOnce();
    void placeOrder_engineRestartingBriefly_isRepostedAfterBackoff();
    void placeOrder_engineRestartingLonger_surfaces425();
    void placeOrder_postOnlyMode_surfaces503Code();
    void cancelOrder_liveOrder_isCanceled();
    void getOpenOrders_manyPages_collectsEveryPage();
    void getBook_malformedResponse_isCountedNotInvented();
    void getBook_rateLimitedOnce_isRetriedAfterRetryAfter();
    void getTrades_hostileRecord_isSkippedAndCounted();

private:
    Result<bool> login();
    PolymarketOrderRequest limitBuy(const QString& token, qint64 priceMicros, qint64 hundredths) const;

    std::unique_ptr<SimPolymarketExchange> m_exchange;
    std::unique_ptr<SimClobServer> m_server;
    std::unique_ptr<Secp256k1Signer> m_key;
    std::unique_ptr<PolymarketClobClient> m_client;
};

void TestPolymarketClobClient::init()
{
    m_exchange = std::make_unique<SimPolymarketExchange>();
    m_exchange->addMarket(mamdaniMarket());
    m_exchange->setStartingCollateral(100'000'000); // $100
    m_server = std::make_unique<SimClobServer>(m_exchange.get());
    QVERIFY(m_server->listen());
    m_key = std::make_unique<Secp256k1Signer>(Secp256k1Signer::fromHex(kWalletKey).value());
    m_client = std::make_unique<PolymarketClobClient>(m_server->baseUrl(), *m_key);
}

void TestPolymarketClobClient::cleanup()
{
    m_client.reset();
    m_server.reset();
    m_exchange.reset();
}

Result<bool> TestPolymarketClobClient::login()
{
    return await<bool>([this](auto done) { m_client->createOrDeriveApiKey(0, done); });
}

PolymarketOrderRequest TestPolymarketClobClient::limitBuy(const QString& token, qint64 priceMicros,
                                                          qint64 hundredths) const
{
    PolymarketOrderRequest request;
    request.tokenId = token;
    request.side = PolymarketSide::Buy;
    request.price = Price::fromMicros(priceMicros);
    request.size = Quantity::fromHundredths(hundredths);
    request.tickSize = Price::fromMicros(10'000);
    request.negRisk = true;
    return request;
}

void TestPolymarketClobClient::createOrDeriveApiKey_newWallet_getsCredentialsAndBalance()
{
    // Act
    const Result<bool> loggedIn = login();
    const Result<Cash> balance = await<Cash>([this](auto done) { m_client->getBalance(done); });

    // Assert
    QVERIFY2(loggedIn.ok(), qPrintable(loggedIn.ok() ? QString() : loggedIn.error().toString()));
    QVERIFY(m_client->hasCredentials());
    QVERIFY(balance.ok());
    QCOMPARE(*balance, Cash::fromMicros(100'000'000));
}

void TestPolymarketClobClient::createOrDeriveApiKey_existingKey_derivesTheSameKey()
{
    // Arrange
    QVERIFY(login().ok());
    const QString first = m_client->l2()->apiKey();
    PolymarketClobClient second(m_server->baseUrl(), *m_key);

    // Act
    const Result<bool> derived = await<bool>([&second](auto done) { second.createOrDeriveApiKey(0, done); });

    // Assert
    QVERIFY(derived.ok());
    QCOMPARE(second.l2()->apiKey(), first);
}

void TestPolymarketClobClient::l2Request_wrongSecret_isUnauthorized()
{
    // Arrange
    QVERIFY(login().ok());
    m_client->setCredentials(PolymarketApiCredentials{m_client->l2()->apiKey(),
                                                      SecretBytes(QByteArrayView("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")),
                                                      m_client->l2()->credentials().passphrase.clone()});

    // Act
    const Result<Cash> balance = await<Cash>([this](auto done) { m_client->getBalance(done); });

    // Assert
    QVERIFY(!balance.ok());
    QCOMPARE(balance.error().code, QStringLiteral("polymarket.auth"));
}

void TestPolymarketClobClient::getBook_bestLastOnTheWire_isSortedBestFirst()
{
    // Arrange
    m_exchange->seedOrder(kYes, true, 400'000, 1000);
    m_exchange->seedOrder(kYes, true, 420'000, 500);
    m_exchange->seedOrder(kYes, false, 450'000, 700);
    m_exchange->seedOrder(kYes, false, 470'000, 300);

    // Act
    const Result<PolymarketBook> book = await<PolymarketBook>([this](auto done) { m_client->getBook(kYes, done); });
    const Result<PolymarketBook> noBook = await<PolymarketBook>([this](auto done) { m_client->getBook(kNo, done); });

    // Assert
    QVERIFY(book.ok());
    QCOMPARE(book->bids.size(), std::size_t(2));
    QCOMPARE(book->bids.front().price, Price::fromMicros(420'000));
    QCOMPARE(book->asks.front().price, Price::fromMicros(450'000));
    QCOMPARE(book->asks.front().size, Quantity::fromHundredths(700));
    QVERIFY(noBook.ok());
    QCOMPARE(noBook->bids.front().price, Price::fromMicros(550'000)); // 1 - best YES ask
    QCOMPARE(noBook->asks.front().price, Price::fromMicros(580'000)); // 1 - best YES bid
}

void TestPolymarketClobClient::getClobMarket_givesTickMinSizeNegRiskAndFees()
{
    // Act
    const Result<PolymarketClobMarket> market =
        await<PolymarketClobMarket>([this](auto done) { m_client->getClobMarket(kCondition, done); });

    // Assert
    QVERIFY(market.ok());
    QCOMPARE(market->yesTokenId, kYes);
    QCOMPARE(market->noTokenId, kNo);
    QCOMPARE(market->tickSize, Price::fromMicros(10'000));
    QCOMPARE(market->minimumOrderSize, Quantity::fromContracts(5));
    QVERIFY(market->negRisk);
    QCOMPARE(market->fees.model(), FeeSchedule::Model::PolymarketCurve);
    const Result<Cash> fee = market->fees.takerFee(Price::fromMicros(500'000), Quantity::fromContracts(100));
    QVERIFY(fee.ok());
    QCOMPARE(*fee, Cash::fromMicros(1'000'000)); // 100 x 0.04 x 0.25
}

void TestPolymarketClobClient::getClobMarket_withoutFeeData_hasUnknownFee()
{
    // Arrange
    SimPolymarketMarket market = mamdaniMarket();
    market.conditionId = QStringLiteral("0x01");
    market.yesTokenId = QStringLiteral("11");
    market.noTokenId = QStringLiteral("12");
    market.feeKnown = false;
    m_exchange->addMarket(market);

    // Act
    const Result<PolymarketClobMarket> info =
        await<PolymarketClobMarket>([this](auto done) { m_client->getClobMarket(QStringLiteral("0x01"), done); });

    // Assert
    QVERIFY(info.ok());
    QVERIFY(!info->fees.isKnown());
}

void TestPolymarketClobClient::placeOrder_gtcBelowTheAsk_restsAndIsListedAsOpen()
{
    // Arrange
    QVERIFY(login().ok());
    m_exchange->seedOrder(kYes, false, 600'000, 1000);

    // Act
    const Result<PolymarketOrderResponse> placed = await<PolymarketOrderResponse>(
        [this](auto done) { m_client->placeOrder(limitBuy(kYes, 560'000, 2104), done); });
    const Result<QList<PolymarketOpenOrder>> open =
        await<QList<PolymarketOpenOrder>>([this](auto done) { m_client->getOpenOrders(kCondition, done); });

    // Assert
    QVERIFY2(placed.ok(), qPrintable(placed.ok() ? QString() : placed.error().toString()));
    QCOMPARE(placed->status, QStringLiteral("live"));
    QVERIFY(placed->orderId.startsWith(QStringLiteral("0x")));
    QVERIFY(open.ok());
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().id, placed->orderId);
    QCOMPARE(open->first().price, Price::fromMicros(560'000));
    QCOMPARE(open->first().originalSize, Quantity::fromHundredths(2104));
}

void TestPolymarketClobClient::placeOrder_bodyOnTheWire_isSignedByTheWalletForTheNegRiskExchange()
{
    // Arrange
    QVERIFY(login().ok());
    QByteArray body;
    connect(&m_server->server(), &SimHttpServer::requestReceived, this, [&body](const SimHttpRequest& request) {
        if (request.method == "POST" && request.path == QStringLiteral("/order"))
            body = request.body;
    });

    // Act
    const Result<PolymarketOrderResponse> placed = await<PolymarketOrderResponse>(
        [this](auto done) { m_client->placeOrder(limitBuy(kYes, 560'000, 2104), done); });

    // Assert: the orderID is the digest over the neg-risk domain and the signature recovers to the wallet.
    QVERIFY(placed.ok());
    const QJsonObject order = QJsonDocument::fromJson(body).object().value(QStringLiteral("order")).toObject();
    QCOMPARE(order.value(QStringLiteral("makerAmount")).toString(), QStringLiteral("11782400"));
    QCOMPARE(order.value(QStringLiteral("takerAmount")).toString(), QStringLiteral("21040000"));
    const Result<QByteArray> digest = Hex::decode(placed->orderId.toUtf8(), 32);
    const Result<QByteArray> signature = Hex::decode(order.value(QStringLiteral("signature")).toString().toUtf8(), 65);
    QVERIFY(digest.ok() && signature.ok());
    const Result<EthAddress> signer = Secp256k1Recoverer::recoverAddress(*digest, *signature);
    QVERIFY(signer.ok());
    QCOMPARE(*signer, m_key->address());
}

void TestPolymarketClobClient::placeOrder_fokAgainstLiquidity_fillsAndTradeConfirmsLater()
{
    // Arrange
    QVERIFY(login().ok());
    m_exchange->seedOrder(kYes, false, 500'000, 10'000);
    PolymarketOrderRequest request = limitBuy(kYes, 500'000, 1000);
    request.orderType = QStringLiteral("FOK");

    // Act
    const Result<PolymarketOrderResponse> placed =
        await<PolymarketOrderResponse>([this, request](auto done) { m_client->placeOrder(request, done); });
    QVERIFY2(placed.ok(), qPrintable(placed.ok() ? QString() : placed.error().toString()));
    QUrlQuery byId;
    byId.addQueryItem(QStringLiteral("id"), placed->tradeIds.value(0));
    const Result<QList<PolymarketTrade>> matched =
        await<QList<PolymarketTrade>>([this, byId](auto done) { m_client->getTrades(byId, done); });
    m_exchange->confirmTrades();
    const Result<QList<PolymarketTrade>> confirmed =
        await<QList<PolymarketTrade>>([this, byId](auto done) { m_client->getTrades(byId, done); });
    const Result<Cash> balance = await<Cash>([this](auto done) { m_client->getBalance(done); });

    // Assert
    QCOMPARE(placed->status, QStringLiteral("matched"));
    QCOMPARE(placed->tradeIds.size(), 1);
    QVERIFY(matched.ok());
    QCOMPARE(matched->size(), 1);
    QCOMPARE(matched->first().status, QStringLiteral("MATCHED"));
    QCOMPARE(matched->first().size, Quantity::fromContracts(10));
    QVERIFY(confirmed.ok());
    QCOMPARE(confirmed->first().status, QStringLiteral("CONFIRMED"));
    QVERIFY(!confirmed->first().transactionHash.isEmpty());
    // $100 - 10 x 0.50 - taker fee 10 x 0.04 x 0.25 = $94.90
    QCOMPARE(*balance, Cash::fromMicros(94'900'000));
}

void TestPolymarketClobClient::placeOrder_noTokenBuy_crossesWithYesBuyer()
{
    // Arrange: a YES bid at 0.40 is a NO ask at 0.60.
    QVERIFY(login().ok());
    m_exchange->seedOrder(kYes, true, 400'000, 1000);
    PolymarketOrderRequest request = limitBuy(kNo, 600'000, 500);
    request.orderType = QStringLiteral("FAK");

    // Act
    const Result<PolymarketOrderResponse> placed =
        await<PolymarketOrderResponse>([this, request](auto done) { m_client->placeOrder(request, done); });

    // Assert
    QVERIFY2(placed.ok(), qPrintable(placed.ok() ? QString() : placed.error().toString()));
    QCOMPARE(placed->status, QStringLiteral("matched"));
    QCOMPARE(m_exchange->tokens(m_key->address().toLowerHex(), kNo), qint64(500));
}

void TestPolymarketClobClient::placeOrder_offTickForTheVenue_isRejectedWithTheVenuesWords()
{
    // Arrange: the venue moved to a 0.1 tick; the client still thinks 0.01.
    QVERIFY(login().ok());
    m_exchange->setTickSize(kCondition, 100'000);

    // Act
    const Result<PolymarketOrderResponse> placed = await<PolymarketOrderResponse>(
        [this](auto done) { m_client->placeOrder(limitBuy(kYes, 560'000, 1000), done); });

    // Assert
    QVERIFY(!placed.ok());
    QCOMPARE(placed.error().code, QStringLiteral("polymarket.rejected"));
    QVERIFY2(placed.error().message.contains(QStringLiteral("minimum tick size")), qPrintable(placed.error().message));
}

void TestPolymarketClobClient::placeOrder_beyondBalance_isRejected()
{
    // Arrange: $100 cannot buy 500 shares at 0.50.
    QVERIFY(login().ok());

    // Act
    const Result<PolymarketOrderResponse> placed = await<PolymarketOrderResponse>(
        [this](auto done) { m_client->placeOrder(limitBuy(kYes, 500'000, 50'000), done); });

    // Assert
    QVERIFY(!placed.ok());
    QCOMPARE(placed.error().code, QStringLiteral("polymarket.rejected"));
    QVERIFY(placed.error().message.contains(QStringLiteral("not enough balance")));
}

void TestPolymarketClobClient::placeOrder_versionMismatch_rereadsVersionAndRetriesOnce()
{
    // Arrange: the client read version 2, then the venue moved to 3.
    QVERIFY(login().ok());
    QVERIFY(await<int>([this](auto done) { m_client->fetchVersion(done); }).ok());
    m_server->setExchangeVersion(3);

    // Act
    const Result<PolymarketOrderResponse> placed = await<PolymarketOrderResponse>(
        [this](auto done) { m_client->placeOrder(limitBuy(kYes, 300'000, 1000), done); });

    // Assert
    QVERIFY2(placed.ok(), qPrintable(placed.ok() ? QString() : placed.error().toString()));
    QCOMPARE(m_client->exchangeVersion(), 3);
    QCOMPARE(m_server->ordersAccepted(), 1);
}

void TestPolymarketClobClient::placeOrder_engineRestartingBriefly_isRepostedAfterBackoff()
{
    // Arrange: 425 means the order was not processed, so posting it again is safe.
    QVERIFY(login().ok());
    QVERIFY(await<int>([this](auto done) { m_client->fetchVersion(done); }).ok());
    m_client->setRestartRetry(2, 50);
    m_server->setRestarting(1);

    // Act
    const Result<PolymarketOrderResponse> placed = await<PolymarketOrderResponse>(
        [this](auto done) { m_client->placeOrder(limitBuy(kYes, 300'000, 1000), done); });

    // Assert
    QVERIFY(placed.ok());
    QCOMPARE(m_server->ordersAccepted(), 1);
}

void TestPolymarketClobClient::placeOrder_engineRestartingLonger_surfaces425()
{
    // Arrange
    QVERIFY(login().ok());
    QVERIFY(await<int>([this](auto done) { m_client->fetchVersion(done); }).ok());
    m_client->setRestartRetry(2, 50);
    m_server->setRestarting(3);

    // Act
    const Result<PolymarketOrderResponse> placed = await<PolymarketOrderResponse>(
        [this](auto done) { m_client->placeOrder(limitBuy(kYes, 300'000, 1000), done); });

    // Assert
    QVERIFY(!placed.ok());
    QCOMPARE(placed.error().code, QStringLiteral("polymarket.restarting"));
    QCOMPARE(m_server->ordersAccepted(), 0);
}

void TestPolymarketClobClient::placeOrder_postOnlyMode_surfaces503Code()
{
    // Arrange
    QVERIFY(login().ok());
    m_server->setPostOnlyMode(true);
    PolymarketOrderRequest postOnly = limitBuy(kYes, 300'000, 1000);
    postOnly.postOnly = true;

    // Act
    const Result<PolymarketOrderResponse> taker = await<PolymarketOrderResponse>(
        [this](auto done) { m_client->placeOrder(limitBuy(kYes, 300'000, 1000), done); });
    const Result<PolymarketOrderResponse> maker =
        await<PolymarketOrderResponse>([this, postOnly](auto done) { m_client->placeOrder(postOnly, done); });

    // Assert
    QVERIFY(!taker.ok());
    QCOMPARE(taker.error().code, QStringLiteral("polymarket.post_only_mode"));
    QVERIFY(maker.ok());
}

void TestPolymarketClobClient::cancelOrder_liveOrder_isCanceled()
{
    // Arrange
    QVERIFY(login().ok());
    const Result<PolymarketOrderResponse> placed = await<PolymarketOrderResponse>(
        [this](auto done) { m_client->placeOrder(limitBuy(kYes, 300'000, 1000), done); });
    QVERIFY(placed.ok());

    // Act
    const QString id = placed->orderId;
    const Result<PolymarketCancelResult> canceled =
        await<PolymarketCancelResult>([this, id](auto done) { m_client->cancelOrder(id, done); });
    const Result<PolymarketOpenOrder> order =
        await<PolymarketOpenOrder>([this, id](auto done) { m_client->getOrder(id, done); });

    // Assert
    QVERIFY(canceled.ok());
    QCOMPARE(canceled->canceled, QStringList{id});
    QVERIFY(order.ok());
    QCOMPARE(order->status, QStringLiteral("CANCELED"));
}

void TestPolymarketClobClient::getOpenOrders_manyPages_collectsEveryPage()
{
    // Arrange
    QVERIFY(login().ok());
    m_server->setPageSize(2);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(await<PolymarketOrderResponse>([this, i](auto done) {
                    m_client->placeOrder(limitBuy(kYes, 100'000 + i * 10'000, 500), done);
                }).ok());
    }

    // Act
    const Result<QList<PolymarketOpenOrder>> open =
        await<QList<PolymarketOpenOrder>>([this](auto done) { m_client->getOpenOrders({}, done); });

    // Assert
    QVERIFY(open.ok());
    QCOMPARE(open->size(), 5);
}

void TestPolymarketClobClient::getBook_malformedResponse_isCountedNotInvented()
{
    // Arrange
    m_server->server().failNext(
        1, SimHttpResponse::json(200, QJsonObject{{QStringLiteral("asset_id"), kYes},
                                                  {QStringLiteral("bids"), QJsonArray{QJsonObject{
                                                                               {QStringLiteral("price"), QStringLiteral("1.7")},
                                                                               {QStringLiteral("size"), QStringLiteral("10")}}}},
                                                  {QStringLiteral("asks"), QJsonArray{}}}));

    // Act
    const Result<PolymarketBook> book = await<PolymarketBook>([this](auto done) { m_client->getBook(kYes, done); });

    // Assert
    QVERIFY(!book.ok());
    QCOMPARE(book.error().code, QStringLiteral("polymarket.parse"));
    QCOMPARE(m_client->badPayloads(), qint64(1));
}

void TestPolymarketClobClient::getBook_rateLimitedOnce_isRetriedAfterRetryAfter()
{
    // Arrange
    m_exchange->seedOrder(kYes, true, 400'000, 1000);
    SimHttpResponse limited = SimHttpResponse::json(429, QJsonObject{{QStringLiteral("error"), QStringLiteral("Too Many Requests")}});
    limited.withHeader("Retry-After", "0");
    m_server->server().failNext(1, limited);

    // Act
    const Result<PolymarketBook> book = await<PolymarketBook>([this](auto done) { m_client->getBook(kYes, done); });

    // Assert
    QVERIFY(book.ok());
    QCOMPARE(book->bids.front().price, Price::fromMicros(400'000));
    QCOMPARE(m_client->http().retriesScheduled(), qint64(1));
}

void TestPolymarketClobClient::getTrades_hostileRecord_isSkippedAndCounted()
{
    // Arrange
    QVERIFY(login().ok());
    const QJsonObject good{{QStringLiteral("id"), QStringLiteral("t1")}, {QStringLiteral("side"), QStringLiteral("BUY")},
                           {QStringLiteral("size"), QStringLiteral("5")}, {QStringLiteral("price"), QStringLiteral("0.5")},
                           {QStringLiteral("status"), QStringLiteral("TRADE_STATUS_CONFIRMED")}};
    const QJsonObject hostile{{QStringLiteral("id"), QStringLiteral("t2")}, {QStringLiteral("side"), QStringLiteral("BUY")},
                              {QStringLiteral("size"), QStringLiteral("-5e300")}, {QStringLiteral("price"), 0.5}};
    m_server->server().failNext(1, SimHttpResponse::json(200, QJsonObject{{QStringLiteral("data"), QJsonArray{good, hostile}},
                                                                          {QStringLiteral("next_cursor"), QStringLiteral("LTE=")}}));

    // Act
    const Result<QList<PolymarketTrade>> trades =
        await<QList<PolymarketTrade>>([this](auto done) { m_client->getTrades({}, done); });

    // Assert
    QVERIFY(trades.ok());
    QCOMPARE(trades->size(), 1);
    QCOMPARE(trades->first().status, QStringLiteral("CONFIRMED"));
    QCOMPARE(m_client->badPayloads(), qint64(1));
}

QTEST_GUILESS_MAIN(TestPolymarketClobClient)
#include "TestPolymarketClobClient.moc"
