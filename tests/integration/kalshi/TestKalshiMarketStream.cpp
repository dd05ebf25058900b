// ctest-labels: kalshi
#include "KalshiSimFixture.h"
#include "KalshiStreamBooks.h"
#include "market/OrderBook.h"
#include "net/WsConnection.h"
#include "venues/kalshi/KalshiMarketStream.h"
#include "venues/sim/SimWebSocketServer.h"

#include <QSignalSpy>
#include <QTest>

#include <map>
#include <memory>

using namespace orion;
using orion::test::KalshiSimFixture;

using Books = orion::test::KalshiStreamBooks;

namespace {

const QString kHold = QStringLiteral("KXFEDDECISION-27JAN-H0");
const QString kCut = QStringLiteral("KXFEDDECISION-27JAN-C25");

std::unique_ptr<KalshiMarketStream> makeStream(KalshiSimFixture& sim, const Clock& clock,
                                               const QString& privateKey = QStringLiteral("keys/test-only-rsa2048-a-pkcs8.pem"))
{
    WsOptions options;
    options.reconnectBackoff = BackoffOptions{20, 100};
    options.seed = 3;
    return std::make_unique<KalshiMarketStream>(
        sim.server().wsUrl(), *KalshiSimFixture::signer(KalshiSimFixture::kKeyA, privateKey, clock), options);
}

void restingBid(KalshiSimFixture& sim, std::int64_t priceMicros, std::int64_t hundredths)
{
    QVERIFY(sim.exchange().placeFlowOrder(kHold, true, priceMicros, hundredths, false).ok());
}

} // namespace

class TestKalshiMarketStream final : public QObject
{
    Q_OBJECT

private slots:
    void connect_subscribes_andBooksMatchTheVenue();
    void restingOrder_arrivesAsDelta_andBookUpdates();
    void sequenceGap_reportsContinuityLost_andFreshSnapshotRepairsBook();
    void droppedConnection_reconnects_andResubscribes();
    void wrongKey_isRefused_andNeverConnects();
    void ownFill_arrivesOnFillChannel();
    void setMarkets_addsMarketToLiveSubscription();
    void scenarioFaults_gapsAndDrops_areRecoveredFrom();
};

void TestKalshiMarketStream::connect_subscribes_andBooksMatchTheVenue()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto stream = makeStream(sim, clock);
    Books books;
    books.attach(*stream);
    stream->setMarkets({kHold, kCut});

    stream->start();

    QTRY_VERIFY_WITH_TIMEOUT(books.live(kHold) && books.live(kCut), 5'000);
    const OrderBook& hold = books.books[kHold];
    QCOMPARE(hold.bestBid(Outcome::Yes)->price, Price::fromMicros(560'000));
    QCOMPARE(hold.bestAsk(Outcome::Yes)->price, Price::fromMicros(580'000));
    QCOMPARE(hold.bestAsk(Outcome::Yes)->size, Quantity::fromContracts(100));
    QCOMPARE(hold.bestAsk(Outcome::No)->price, Price::fromMicros(440'000));
}

void TestKalshiMarketStream::restingOrder_arrivesAsDelta_andBookUpdates()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto stream = makeStream(sim, clock);
    Books books;
    books.attach(*stream);
    stream->setMarkets({kHold});
    stream->start();
    QTRY_VERIFY_WITH_TIMEOUT(books.live(kHold), 5'000);

    restingBid(sim, 570'000, 250);

    QTRY_COMPARE_WITH_TIMEOUT(books.books[kHold].bestBid(Outcome::Yes)->price, Price::fromMicros(570'000), 5'000);
    QCOMPARE(books.books[kHold].bestBid(Outcome::Yes)->size, Quantity::fromHundredths(250));
    QVERIFY(books.live(kHold));
}

void TestKalshiMarketStream::sequenceGap_reportsContinuityLost_andFreshSnapshotRepairsBook()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto stream = makeStream(sim, clock);
    Books books;
    books.attach(*stream);
    stream->setMarkets({kHold});
    stream->start();
    QTRY_VERIFY_WITH_TIMEOUT(books.live(kHold), 5'000);

    sim.server().skipNextDeltas(1);
    restingBid(sim, 570'000, 300); // lost
    restingBid(sim, 565'000, 100); // reveals the gap

    QTRY_VERIFY_WITH_TIMEOUT(books.lost.contains(kHold), 5'000);
    QTRY_VERIFY_WITH_TIMEOUT(books.live(kHold), 5'000);
    QCOMPARE(stream->gapsDetected(), 1);
    QCOMPARE(stream->snapshotRequests(), 1);
    // The repaired book has the level whose delta was lost.
    QCOMPARE(books.books[kHold].bestBid(Outcome::Yes)->price, Price::fromMicros(570'000));
    QCOMPARE(books.books[kHold].bestBid(Outcome::Yes)->size, Quantity::fromContracts(3));
}

void TestKalshiMarketStream::droppedConnection_reconnects_andResubscribes()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto stream = makeStream(sim, clock);
    Books books;
    books.attach(*stream);
    stream->setMarkets({kHold});
    stream->start();
    QTRY_VERIFY_WITH_TIMEOUT(books.live(kHold), 5'000);
    const int snapshotsBefore = sim.server().snapshotsSent();

    sim.server().dropWebSocketClients();
    restingBid(sim, 571'000, 100); // happens while disconnected

    QTRY_VERIFY_WITH_TIMEOUT(books.lost.contains(kHold), 5'000);
    QTRY_VERIFY_WITH_TIMEOUT(sim.server().snapshotsSent() > snapshotsBefore && books.live(kHold), 10'000);
    QCOMPARE(books.books[kHold].bestBid(Outcome::Yes)->price, Price::fromMicros(571'000));
    QVERIFY(stream->connection().reconnectCount() >= 1);
}

void TestKalshiMarketStream::wrongKey_isRefused_andNeverConnects()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto stream = makeStream(sim, clock, QStringLiteral("keys/test-only-rsa2048-b-pkcs8.pem"));
    Books books;
    books.attach(*stream);
    stream->setMarkets({kHold});

    stream->start();
    QTest::qWait(500);

    QVERIFY(!books.live(kHold));
    QCOMPARE(sim.server().subscriptionCount(), 0);
    stream->stop();
}

void TestKalshiMarketStream::ownFill_arrivesOnFillChannel()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto stream = makeStream(sim, clock);
    QSignalSpy fills(stream.get(), &KalshiMarketStream::fillReceived);
    stream->setFillsEnabled(true);
    stream->start();
    QTRY_COMPARE_WITH_TIMEOUT(sim.server().subscriptionCount(), 1, 5'000);
    auto rest = sim.client(clock);
    KalshiOrderRequest order;
    order.ticker = kHold;
    order.bid = true;
    order.yesPrice = Price::fromMicros(580'000);
    order.count = Quantity::fromContracts(2);
    order.clientOrderId = QStringLiteral("fill-me");

    const auto ack = KalshiSimFixture::wait<KalshiCreateOrderAck>([&](auto done) { rest->createOrder(order, done); });

    QVERIFY(ack.ok());
    QTRY_COMPARE_WITH_TIMEOUT(fills.size(), 1, 5'000);
    const auto fill = fills.at(0).at(0).value<KalshiFill>();
    QCOMPARE(fill.orderId, ack->orderId);
    QCOMPARE(fill.clientOrderId, QStringLiteral("fill-me"));
    QCOMPARE(fill.count, Quantity::fromContracts(2));
    QCOMPARE(fill.postPosition, std::optional<Quantity>(Quantity::fromContracts(2)));
}

void TestKalshiMarketStream::setMarkets_addsMarketToLiveSubscription()
{
    KalshiSimFixture sim;
    SystemClock clock;
    auto stream = makeStream(sim, clock);
    Books books;
    books.attach(*stream);
    stream->setMarkets({kHold});
    stream->start();
    QTRY_VERIFY_WITH_TIMEOUT(books.live(kHold), 5'000);

    stream->setMarkets({kHold, kCut});

    QTRY_VERIFY_WITH_TIMEOUT(books.live(kCut), 5'000);
    QCOMPARE(sim.server().subscriptionCount(), 1);
    QCOMPARE(books.books[kCut].bestBid(Outcome::Yes)->price, Price::fromMicros(370'000));
}

void TestKalshiMarketStream::scenarioFaults_gapsAndDrops_areRecoveredFrom()
{
    SimScenario scenario = SimScenario::demo();
    scenario.faults.sequenceGapEveryN = 3;    // every third book change is lost on the wire
    scenario.faults.dropWsAfterMessages = 5; // and the connection is cut once
    KalshiSimFixture sim(scenario);
    SystemClock clock;
    auto stream = makeStream(sim, clock);
    Books books;
    books.attach(*stream);
    stream->setMarkets({kHold});
    stream->start();
    QTRY_VERIFY_WITH_TIMEOUT(books.live(kHold), 5'000);

    for (int i = 1; i <= 8; ++i) {
        restingBid(sim, 500'000 + i * 1'000, 100);
        QTest::qWait(20);
    }

    // Changes 3 and 6 are lost; change 8 is the last and arrives, so every loss is revealed by a later number.
    const auto levels = sim.exchange().bookLevels(kHold);
    QVERIFY(levels.has_value());
    QTRY_VERIFY_WITH_TIMEOUT(stream->connection().reconnectCount() >= 1 && books.live(kHold)
                                 && books.books[kHold].bids(Outcome::Yes).size() == levels->yes.size(),
                             10'000);
    QVERIFY(stream->gapsDetected() >= 1);
    QVERIFY(books.lost.contains(kHold));
    QCOMPARE(books.books[kHold].bestBid(Outcome::Yes)->price, Price::fromMicros(560'000));
    QCOMPARE(books.books[kHold].bids(Outcome::Yes).at(3).price, Price::fromMicros(508'000));
}

QTEST_GUILESS_MAIN(TestKalshiMarketStream)
#include "TestKalshiMarketStream.moc"
