// ctest-labels: kalshi
#include "KalshiSimFixture.h"
#include "KalshiStreamBooks.h"
#include "market/OrderBook.h"
#include "net/WsConnection.h"
#include "venues/kalshi/KalshiMarketStream.h"

#include <QTest>

#include <map>
#include <memory>

using namespace orion;
using orion::test::KalshiSimFixture;

using Books = orion::test::KalshiStreamBooks;

namespace {

const QString kHold = QStringLiteral("KXFEDDECISION-27JAN-H0");

// A stream tuned to a 100 ms heartbeat: dead after 250 ms without a sign of life.
std::unique_ptr<KalshiMarketStream> makeStream(KalshiSimFixture& sim, const Clock& clock)
{
    WsOptions options;
    options.reconnectBackoff = BackoffOptions{20, 100};
    options.seed = 5;
    options.pingIntervalMs = 100;
    return std::make_unique<KalshiMarketStream>(
        sim.server().wsUrl(),
        *KalshiSimFixture::signer(KalshiSimFixture::kKeyA, QStringLiteral("keys/test-only-rsa2048-a-pkcs8.pem"), clock),
        options);
}

} // namespace

class TestKalshiHeartbeat final : public QObject
{
    Q_OBJECT

private slots:
    void quietFeed_withHeartbeats_staysConnectedWithoutReconnects();
    void stalledConnection_isDetected_reconnectsAndBookIsRightAfterwards();
};

void TestKalshiHeartbeat::quietFeed_withHeartbeats_staysConnectedWithoutReconnects()
{
    // Arrange: nothing trades, so the only traffic is the heartbeat and the client's own pings.
    KalshiSimFixture sim;
    QVERIFY(sim.ok());
    sim.server().setHeartbeatIntervalMs(100);
    SystemClock clock;
    auto stream = makeStream(sim, clock);
    Books books;
    books.attach(*stream);
    stream->setMarkets({kHold});
    stream->start();
    QTRY_VERIFY_WITH_TIMEOUT(books.live(kHold), 5'000);
    const int heartbeatsBefore = sim.server().heartbeatsSent();

    // Act: ten heartbeat intervals of silence on the feed.
    QTest::qWait(1'000);

    // Assert: the simulator pinged like Kalshi does, and a quiet market is not mistaken for a dead connection.
    QVERIFY(sim.server().heartbeatsSent() >= heartbeatsBefore + 5);
    QVERIFY(stream->isConnected());
    QCOMPARE(stream->connection().reconnectCount(), 0);
    QVERIFY(books.lost.isEmpty());
    QVERIFY(books.live(kHold));
}

void TestKalshiHeartbeat::stalledConnection_isDetected_reconnectsAndBookIsRightAfterwards()
{
    // Arrange: a live book.
    KalshiSimFixture sim;
    QVERIFY(sim.ok());
    sim.server().setHeartbeatIntervalMs(100);
    SystemClock clock;
    auto stream = makeStream(sim, clock);
    Books books;
    books.attach(*stream);
    stream->setMarkets({kHold});
    stream->start();
    QTRY_VERIFY_WITH_TIMEOUT(books.live(kHold), 5'000);
    QCOMPARE(books.books[kHold].bestAsk(Outcome::Yes)->price, Price::fromMicros(580'000));

    // Act: the connection goes dead without closing (no heartbeat, no data, pings unanswered), and meanwhile
    // someone takes the whole best ask, so the book the client holds is wrong.
    sim.server().stallWebSocketClients();
    QVERIFY(sim.exchange().placeFlowOrder(kHold, true, 580'000, 10'000, true).ok());

    // Assert: the client notices within a few intervals, marks the book not continuous, reconnects, and the
    // fresh snapshot shows the venue's book (best ask now 0.59).
    QTRY_VERIFY_WITH_TIMEOUT(!books.lost.isEmpty(), 3'000);
    QTRY_VERIFY_WITH_TIMEOUT(stream->connection().reconnectCount() >= 1, 5'000);
    QTRY_VERIFY_WITH_TIMEOUT(books.live(kHold), 5'000);
    QCOMPARE(books.books[kHold].bestAsk(Outcome::Yes)->price, Price::fromMicros(590'000));
    QCOMPARE(books.books[kHold].bestAsk(Outcome::Yes)->size, Quantity::fromContracts(200));
    QCOMPARE(books.books[kHold].bestBid(Outcome::Yes)->price, Price::fromMicros(560'000));
}

QTEST_GUILESS_MAIN(TestKalshiHeartbeat)
#include "TestKalshiHeartbeat.moc"
