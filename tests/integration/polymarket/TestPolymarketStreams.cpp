// ctest-labels: sim
#include "crypto/Secp256k1Recoverer.h"
#include "crypto/Secp256k1Signer.h"
#include "venues/polymarket/PolymarketClobClient.h"
#include "venues/polymarket/PolymarketMarketStream.h"
#include "venues/polymarket/PolymarketUserStream.h"
#include "venues/sim/SimClobServer.h"
#include "venues/sim/SimPolymarketExchange.h"
#include "venues/sim/SimPolymarketWsServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace orion;

namespace {

constexpr char kWalletKey[] = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d";

SimPolymarketMarket market(int n)
{
    SimPolymarketMarket m;
    m.gammaId = QString::number(1000 + n);
    m.conditionId = QStringLiteral("0x%1").arg(n, 64, 10, QChar(u'0'));
    m.question = QStringLiteral("Market %1?").arg(n);
    m.yesTokenId = QString::number(100 + 2 * n);
    m.noTokenId = QString::number(101 + 2 * n);
    return m;
}

QUrl path(QUrl base, const QString& p)
{
    base.setPath(p);
    return base;
}

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

class TestPolymarketStreams : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void marketStream_subscribe_getsSnapshotThenLevelChanges();
    void marketStream_idle_sendsTextPingAboutEveryInterval();
    void marketStream_frozenFeed_losesContinuityThenResyncs();
    void marketStream_manyTokens_shardsAcrossConnections();
    void marketStream_tickSizeChange_isReported();
    void marketStream_malformedFrame_isCountedAndResynced();
    void userStream_fill_reportsMatchedThenConfirmed();
    void userStream_noTokenFill_tradeNamesTheOutcomeLikeRest();

private:
    PolymarketMarketStream::Options streamOptions() const;

    std::unique_ptr<SimPolymarketExchange> m_exchange;
    std::unique_ptr<SimPolymarketWsServer> m_ws;
};

void TestPolymarketStreams::init()
{
    m_exchange = std::make_unique<SimPolymarketExchange>();
    for (int n = 1; n <= 5; ++n)
        m_exchange->addMarket(market(n));
    m_ws = std::make_unique<SimPolymarketWsServer>(m_exchange.get());
    QVERIFY(m_ws->listen());
}

void TestPolymarketStreams::cleanup()
{
    m_ws.reset();
    m_exchange.reset();
}

PolymarketMarketStream::Options TestPolymarketStreams::streamOptions() const
{
    PolymarketMarketStream::Options options;
    options.url = path(m_ws->url(), QStringLiteral("/ws/market"));
    options.reconnectBackoff = {50, 200};
    return options;
}

void TestPolymarketStreams::marketStream_subscribe_getsSnapshotThenLevelChanges()
{
    // Arrange
    m_exchange->seedOrder(QStringLiteral("102"), true, 400'000, 1000);
    m_exchange->seedOrder(QStringLiteral("102"), true, 450'000, 200);
    PolymarketMarketStream stream(streamOptions());
    QSignalSpy books(&stream, &PolymarketMarketStream::bookReceived);
    QSignalSpy levels(&stream, &PolymarketMarketStream::levelChanged);
    stream.setTokens({QStringLiteral("102")});

    // Act
    stream.start();
    QTRY_COMPARE_WITH_TIMEOUT(books.size(), 1, 5000);
    m_exchange->seedOrder(QStringLiteral("102"), false, 500'000, 300);

    // Assert
    const auto book = books.first().first().value<PolymarketBook>();
    QCOMPARE(book.bids.front().price, Price::fromMicros(450'000)); // best first, though sent last
    QTRY_COMPARE_WITH_TIMEOUT(levels.size(), 1, 5000);
    QCOMPARE(levels.first().at(1).toBool(), false);
    QCOMPARE(levels.first().at(2).value<Price>(), Price::fromMicros(500'000));
    QCOMPARE(levels.first().at(3).value<Quantity>(), Quantity::fromHundredths(300));
    QVERIFY(stream.isConnected());
}

void TestPolymarketStreams::marketStream_idle_sendsTextPingAboutEveryInterval()
{
    // Arrange
    PolymarketMarketStream::Options options = streamOptions();
    options.pingIntervalMs = 100;
    PolymarketMarketStream stream(options);
    stream.setTokens({QStringLiteral("102")});

    // Act
    stream.start();

    // Assert
    QTRY_VERIFY_WITH_TIMEOUT(m_ws->server().textPingsReceived() >= 3, 5000);
    QVERIFY(stream.isConnected());
}

void TestPolymarketStreams::marketStream_frozenFeed_losesContinuityThenResyncs()
{
    // Arrange: pings keep being answered, data stops.
    PolymarketMarketStream::Options options = streamOptions();
    options.pingIntervalMs = 100;
    options.staleAfterMs = 400;
    PolymarketMarketStream stream(options);
    QSignalSpy books(&stream, &PolymarketMarketStream::bookReceived);
    QSignalSpy lost(&stream, &PolymarketMarketStream::continuityLost);
    std::optional<bool> bookUsableWhenLost;
    connect(&stream, &PolymarketMarketStream::continuityLost, this, [&stream, &bookUsableWhenLost] {
        if (!bookUsableWhenLost)
            bookUsableWhenLost = stream.hasBook(QStringLiteral("102"));
    });
    stream.setTokens({QStringLiteral("102")});
    stream.start();
    QTRY_COMPARE_WITH_TIMEOUT(books.size(), 1, 5000);

    // Act
    m_ws->server().freeze(m_ws->server().clientIds().first());

    // Assert
    QTRY_VERIFY_WITH_TIMEOUT(lost.size() >= 1, 5000);
    QCOMPARE(lost.first().first().toStringList(), QStringList{QStringLiteral("102")});
    QCOMPARE(bookUsableWhenLost, std::optional<bool>(false));
    QTRY_VERIFY_WITH_TIMEOUT(books.size() >= 2, 5000); // the new connection's snapshot
    QVERIFY(stream.hasBook(QStringLiteral("102")));
}

void TestPolymarketStreams::marketStream_manyTokens_shardsAcrossConnections()
{
    // Arrange
    PolymarketMarketStream::Options options = streamOptions();
    options.maxTokensPerConnection = 2;
    PolymarketMarketStream stream(options);
    QSignalSpy books(&stream, &PolymarketMarketStream::bookReceived);
    stream.setTokens({QStringLiteral("102"), QStringLiteral("104"), QStringLiteral("106"), QStringLiteral("108"),
                      QStringLiteral("110")});

    // Act
    stream.start();

    // Assert
    QTRY_COMPARE_WITH_TIMEOUT(books.size(), 5, 5000);
    QCOMPARE(stream.connectionCount(), 3);
    QCOMPARE(m_ws->marketClientCount(), 3);
}

void TestPolymarketStreams::marketStream_tickSizeChange_isReported()
{
    // Arrange
    PolymarketMarketStream stream(streamOptions());
    QSignalSpy books(&stream, &PolymarketMarketStream::bookReceived);
    QSignalSpy ticks(&stream, &PolymarketMarketStream::tickSizeChanged);
    stream.setTokens({QStringLiteral("102")});
    stream.start();
    QTRY_COMPARE_WITH_TIMEOUT(books.size(), 1, 5000);

    // Act
    m_exchange->setTickSize(market(1).conditionId, 1'000);

    // Assert
    QTRY_COMPARE_WITH_TIMEOUT(ticks.size(), 1, 5000);
    QCOMPARE(ticks.first().at(1).value<Price>(), Price::fromMicros(1'000));
}

void TestPolymarketStreams::marketStream_malformedFrame_isCountedAndResynced()
{
    // Arrange
    PolymarketMarketStream stream(streamOptions());
    QSignalSpy books(&stream, &PolymarketMarketStream::bookReceived);
    QSignalSpy lost(&stream, &PolymarketMarketStream::continuityLost);
    QSignalSpy levels(&stream, &PolymarketMarketStream::levelChanged);
    stream.setTokens({QStringLiteral("102")});
    stream.start();
    QTRY_COMPARE_WITH_TIMEOUT(books.size(), 1, 5000);

    // Act: a price_change whose price is not a price.
    m_ws->server().sendText(m_ws->server().clientIds().first(),
                            QStringLiteral(R"({"event_type":"price_change","market":"0x1","timestamp":"1",)"
                                           R"("price_changes":[{"asset_id":"102","price":"1.5","size":"10","side":"BUY"}]})"));

    // Assert
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 5000);
    QCOMPARE(stream.badFrames(), qint64(1));
    QCOMPARE(levels.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(books.size(), 2, 5000);
}

void TestPolymarketStreams::userStream_fill_reportsMatchedThenConfirmed()
{
    // Arrange
    SimClobServer clob(m_exchange.get());
    QVERIFY(clob.listen());
    const Secp256k1Signer key = Secp256k1Signer::fromHex(kWalletKey).value();
    PolymarketClobClient client(clob.baseUrl(), key);
    QVERIFY(await<bool>([&client](auto done) { client.createOrDeriveApiKey(0, done); }).ok());
    PolymarketUserStream user(PolymarketUserStream::Options{path(m_ws->url(), QStringLiteral("/ws/user")), 10'000,
                                                            {50, 200}});
    QSignalSpy trades(&user, &PolymarketUserStream::tradeUpdated);
    QSignalSpy orders(&user, &PolymarketUserStream::orderUpdated);
    user.start(client.l2()->credentials());
    QTRY_COMPARE_WITH_TIMEOUT(m_ws->userClientCount(), 1, 5000);
    m_exchange->seedOrder(QStringLiteral("102"), false, 500'000, 1000);
    PolymarketOrderRequest request;
    request.tokenId = QStringLiteral("102");
    request.price = Price::fromMicros(500'000);
    request.size = Quantity::fromContracts(10);
    request.orderType = QStringLiteral("FOK");
    request.tickSize = Price::fromMicros(10'000);

    // Act
    QVERIFY(await<PolymarketOrderResponse>([&client, request](auto done) { client.placeOrder(request, done); }).ok());
    QTRY_COMPARE_WITH_TIMEOUT(trades.size(), 1, 5000);
    m_exchange->confirmTrades();

    // Assert
    QTRY_COMPARE_WITH_TIMEOUT(trades.size(), 2, 5000);
    QCOMPARE(trades.at(0).first().value<PolymarketTrade>().status, QStringLiteral("MATCHED"));
    QCOMPARE(trades.at(1).first().value<PolymarketTrade>().status, QStringLiteral("CONFIRMED"));
    QCOMPARE(trades.at(1).first().value<PolymarketTrade>().size, Quantity::fromContracts(10));
    QVERIFY(orders.size() >= 1);
    QCOMPARE(orders.first().first().value<PolymarketOpenOrder>().status, QStringLiteral("PLACEMENT"));
    // Keeps the recoverer linked in with the sim that uses it.
    QVERIFY(!Secp256k1Recoverer::recoverAddress(QByteArray(32, '\1'), QByteArray(65, '\0')).ok());
}

void TestPolymarketStreams::userStream_noTokenFill_tradeNamesTheOutcomeLikeRest()
{
    // Arrange: a fill on market 1's NO token (103).
    SimClobServer clob(m_exchange.get());
    QVERIFY(clob.listen());
    const Secp256k1Signer key = Secp256k1Signer::fromHex(kWalletKey).value();
    PolymarketClobClient client(clob.baseUrl(), key);
    QVERIFY(await<bool>([&client](auto done) { client.createOrDeriveApiKey(0, done); }).ok());
    PolymarketUserStream user(PolymarketUserStream::Options{path(m_ws->url(), QStringLiteral("/ws/user")), 10'000,
                                                            {50, 200}});
    QSignalSpy trades(&user, &PolymarketUserStream::tradeUpdated);
    user.start(client.l2()->credentials());
    QTRY_COMPARE_WITH_TIMEOUT(m_ws->userClientCount(), 1, 5000);
    m_exchange->seedOrder(QStringLiteral("103"), false, 300'000, 1000);
    PolymarketOrderRequest request;
    request.tokenId = QStringLiteral("103");
    request.price = Price::fromMicros(300'000);
    request.size = Quantity::fromContracts(10);
    request.orderType = QStringLiteral("FOK");
    request.tickSize = Price::fromMicros(10'000);

    // Act
    QVERIFY(await<PolymarketOrderResponse>([&client, request](auto done) { client.placeOrder(request, done); }).ok());

    // Assert: the user channel's trade says which outcome was bought, as GET /data/trades does.
    QTRY_COMPARE_WITH_TIMEOUT(trades.size(), 1, 5000);
    const auto streamed = trades.first().first().value<PolymarketTrade>();
    QCOMPARE(streamed.outcome, QStringLiteral("No"));
    QCOMPARE(streamed.assetId, QStringLiteral("103"));
    const Result<QList<PolymarketTrade>> rest =
        await<QList<PolymarketTrade>>([&client](auto done) { client.getTrades(QUrlQuery(), done); });
    QVERIFY(rest.ok());
    QCOMPARE(rest.value().size(), 1);
    QCOMPARE(rest.value().first().outcome, streamed.outcome);
}

QTEST_GUILESS_MAIN(TestPolymarketStreams)
#include "TestPolymarketStreams.moc"
