// ctest-labels: sim
#include "crypto/Secp256k1Recoverer.h"
#include "venues/polymarket/PolymarketClobClient.h"
#include "venues/polymarket/PolymarketGammaClient.h"
#include "venues/polymarket/PolymarketVenue.h"
#include "venues/sim/SimClobServer.h"
#include "venues/sim/SimGammaServer.h"
#include "venues/sim/SimPolymarketExchange.h"
#include "venues/sim/SimPolymarketVenue.h"
#include "venues/sim/SimPolymarketWsServer.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace orion;

namespace {

constexpr char kWalletKey[] = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a";

SimPolymarketMarket market(int n)
{
    SimPolymarketMarket m;
    m.gammaId = QString::number(2000 + n);
    m.conditionId = QStringLiteral("0x%1").arg(n, 64, 10, QChar(u'a'));
    m.question = QStringLiteral("Will event %1 happen?").arg(n);
    m.description = QStringLiteral("Resolves YES if event %1 happens by the end date.").arg(n);
    m.eventId = QStringLiteral("ev-%1").arg(n);
    m.endDate = QDateTime(QDate(2026, 12, 31), QTime(0, 0), Qt::UTC);
    m.yesTokenId = QString::number(500 + 2 * n);
    m.noTokenId = QString::number(501 + 2 * n);
    m.feeRatePpm = 50'000;
    return m;
}

} // namespace

class TestPolymarketVenue : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void requestCatalogue_everyKeysetPage_listsOpenMarketsAndSkipsBadRecords();
    void subscriptions_streamYesBook_asSnapshotsAndDeltas();
    void subscriptions_frozenFeed_reportsContinuityLostForTheMarket();
    void submitOrder_fokFill_isProvisionalThenConfirmedWithTakerFee();
    void submitOrder_unknownFee_isRejectedLocally();
    void submitOrder_fakAnsweredLive_isCheckedAndCancelled();
    void requestBalanceAndPositions_afterAFill_reportThem();
    void submitOrder_ghostFill_isReportedFailedNotConfirmed();
    void simVenue_demoWorld_servesEachServiceOnItsOwnUrl();

private:
    void startExecution();
    MarketKey key(int n) const { return MarketKey{VenueId::Polymarket, market(n).conditionId}; }

    std::unique_ptr<SimPolymarketExchange> m_exchange;
    std::unique_ptr<SimClobServer> m_clob;
    std::unique_ptr<SimGammaServer> m_gamma;
    std::unique_ptr<SimPolymarketWsServer> m_ws;
    std::unique_ptr<PolymarketVenue> m_venue;
};

void TestPolymarketVenue::init()
{
    m_exchange = std::make_unique<SimPolymarketExchange>();
    for (int n = 1; n <= 3; ++n)
        m_exchange->addMarket(market(n));
    SimPolymarketMarket closed = market(4);
    closed.closed = true;
    m_exchange->addMarket(closed);
    SimPolymarketMarket noFee = market(5);
    noFee.feeKnown = false;
    m_exchange->addMarket(noFee);
    m_exchange->setStartingCollateral(50'000'000);
    m_clob = std::make_unique<SimClobServer>(m_exchange.get());
    m_gamma = std::make_unique<SimGammaServer>(m_exchange.get());
    m_ws = std::make_unique<SimPolymarketWsServer>(m_exchange.get());
    QVERIFY(m_clob->listen() && m_gamma->listen() && m_ws->listen());
    PolymarketVenue::Endpoints endpoints{m_clob->baseUrl(), m_gamma->baseUrl(), m_ws->url(), 137};
    PolymarketVenue::Tuning tuning;
    tuning.pingIntervalMs = 100;
    tuning.staleAfterMs = 500;
    tuning.tradePollIntervalMs = 100;
    tuning.liveTakerCheckMs = 200;
    tuning.reconnectBackoff = {50, 200};
    m_venue = std::make_unique<PolymarketVenue>(endpoints, Secp256k1Signer::fromHex(kWalletKey).value(), tuning);
}

void TestPolymarketVenue::cleanup()
{
    m_venue.reset();
    m_ws.reset();
    m_gamma.reset();
    m_clob.reset();
    m_exchange.reset();
}

void TestPolymarketVenue::startExecution()
{
    QSignalSpy connected(&m_venue->execution(), &ExecutionClient::connectionChanged);
    m_venue->execution().start();
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, 5000);
    QVERIFY(connected.first().first().toBool());
    QTRY_COMPARE_WITH_TIMEOUT(m_ws->userClientCount(), 1, 5000);
}

void TestPolymarketVenue::requestCatalogue_everyKeysetPage_listsOpenMarketsAndSkipsBadRecords()
{
    // Arrange
    m_gamma->addRawMarket(QJsonObject{{QStringLiteral("id"), QStringLiteral("9")},
                                      {QStringLiteral("conditionId"), QStringLiteral("0xbad")},
                                      {QStringLiteral("question"), QStringLiteral("Broken?")},
                                      {QStringLiteral("clobTokenIds"), QStringLiteral("not json")}});
    m_venue->gamma().setPageSize(2);
    QSignalSpy loaded(&m_venue->marketData(), &MarketDataClient::catalogueLoaded);

    // Act
    m_venue->marketData().requestCatalogue();

    // Assert
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
    const auto markets = loaded.first().first().value<QList<VenueMarket>>();
    QCOMPARE(markets.size(), 4); // 1-3 and the one without fee data; not the closed one, not the broken one
    QCOMPARE(m_venue->gamma().rejectedRecords(), qint64(1));
    const VenueMarket& first = markets.first();
    QCOMPARE(first.key, key(1));
    QCOMPARE(first.yesTokenId, market(1).yesTokenId);
    QCOMPARE(first.noTokenId, market(1).noTokenId);
    QCOMPARE(first.rulesText, market(1).description);
    QCOMPARE(first.tickSize, Price::fromMicros(10'000));
    QCOMPARE(first.minimumOrderSize, Quantity::fromContracts(5));
    QCOMPARE(first.closeTime, market(1).endDate);
    QVERIFY(first.fees.isKnown());
    QVERIFY(!markets.last().fees.isKnown());
}

void TestPolymarketVenue::subscriptions_streamYesBook_asSnapshotsAndDeltas()
{
    // Arrange
    m_exchange->seedOrder(market(1).yesTokenId, true, 430'000, 1500);
    m_exchange->seedOrder(market(1).noTokenId, true, 520'000, 900); // a NO bid is a YES ask at 0.48
    QSignalSpy snapshots(&m_venue->marketData(), &MarketDataClient::bookSnapshotReceived);
    QSignalSpy deltas(&m_venue->marketData(), &MarketDataClient::bookDeltaReceived);

    // Act
    m_venue->marketData().start();
    m_venue->marketData().setSubscriptions({key(1)});
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.size(), 1, 5000);
    m_exchange->seedOrder(market(1).yesTokenId, true, 440'000, 100);

    // Assert
    QCOMPARE(snapshots.first().at(0).value<MarketKey>(), key(1));
    const auto snapshot = snapshots.first().at(1).value<BookSnapshot>();
    QCOMPARE(snapshot.yesBids.size(), std::size_t(1));
    QCOMPARE(snapshot.yesBids.front().price, Price::fromMicros(430'000));
    QCOMPARE(snapshot.yesAsks.front().price, Price::fromMicros(480'000));
    QCOMPARE(snapshot.yesAsks.front().size, Quantity::fromHundredths(900));
    QTRY_COMPARE_WITH_TIMEOUT(deltas.size(), 1, 5000);
    const auto delta = deltas.first().at(1).value<BookDelta>();
    QCOMPARE(delta.side, BookSide::Bid);
    QCOMPARE(delta.price, Price::fromMicros(440'000));
    QCOMPARE(delta.size, Quantity::fromHundredths(100));
    QCOMPARE(delta.mode, BookDelta::Mode::Set);
}

void TestPolymarketVenue::subscriptions_frozenFeed_reportsContinuityLostForTheMarket()
{
    // Arrange
    QSignalSpy snapshots(&m_venue->marketData(), &MarketDataClient::bookSnapshotReceived);
    QSignalSpy lost(&m_venue->marketData(), &MarketDataClient::continuityLost);
    m_venue->marketData().start();
    m_venue->marketData().setSubscriptions({key(2)});
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.size(), 1, 5000);

    // Act
    m_ws->server().freeze(m_ws->server().clientIds().first());

    // Assert
    QTRY_VERIFY_WITH_TIMEOUT(!lost.isEmpty(), 5000);
    QCOMPARE(lost.first().first().value<QList<MarketKey>>(), QList<MarketKey>{key(2)});
    QTRY_VERIFY_WITH_TIMEOUT(snapshots.size() >= 2, 5000);
}

void TestPolymarketVenue::submitOrder_fokFill_isProvisionalThenConfirmedWithTakerFee()
{
    // Arrange
    startExecution();
    m_exchange->seedOrder(market(1).yesTokenId, false, 400'000, 5000);
    QSignalSpy fills(&m_venue->execution(), &ExecutionClient::fillReported);
    QSignalSpy statuses(&m_venue->execution(), &ExecutionClient::orderStatusReported);
    SubmitOrder order;
    order.clientOrderId = QStringLiteral("c-1");
    order.market = key(1);
    order.limitPrice = Price::fromMicros(400'000);
    order.quantity = Quantity::fromContracts(10);

    // Act
    m_venue->execution().submitOrder(order);
    QTRY_VERIFY_WITH_TIMEOUT(!fills.isEmpty(), 5000);
    m_exchange->confirmTrades();

    // Assert
    const auto provisional = fills.first().first().value<FillReport>();
    QCOMPARE(provisional.settlement, SettlementState::Provisional);
    QCOMPARE(provisional.clientOrderId, QStringLiteral("c-1"));
    QCOMPARE(provisional.quantity, Quantity::fromContracts(10));
    QCOMPARE(provisional.price, Price::fromMicros(400'000));
    QCOMPARE(provisional.fee, Cash::fromMicros(120'000)); // 10 x 0.05 x 0.4 x 0.6
    QVERIFY(provisional.isTaker);
    QTRY_VERIFY_WITH_TIMEOUT(fills.last().first().value<FillReport>().settlement == SettlementState::Confirmed, 5000);
    QCOMPARE(fills.last().first().value<FillReport>().venueFillId, provisional.venueFillId);
    QTRY_VERIFY_WITH_TIMEOUT(statuses.last().first().value<OrderStatusReport>().status == OrderStatus::Filled, 5000);
}

void TestPolymarketVenue::submitOrder_unknownFee_isRejectedLocally()
{
    // Arrange
    startExecution();
    QSignalSpy statuses(&m_venue->execution(), &ExecutionClient::orderStatusReported);
    SubmitOrder order;
    order.clientOrderId = QStringLiteral("c-2");
    order.market = key(5);
    order.limitPrice = Price::fromMicros(400'000);
    order.quantity = Quantity::fromContracts(10);

    // Act
    m_venue->execution().submitOrder(order);

    // Assert
    QTRY_COMPARE_WITH_TIMEOUT(statuses.size(), 1, 5000);
    const auto report = statuses.first().first().value<OrderStatusReport>();
    QCOMPARE(report.status, OrderStatus::Rejected);
    QVERIFY(report.reason.contains(QStringLiteral("fee unknown")));
    QCOMPARE(m_clob->ordersAccepted(), 0);
}

void TestPolymarketVenue::submitOrder_fakAnsweredLive_isCheckedAndCancelled()
{
    // Arrange: the venue answers `live` to a FAK that found nothing, and would leave it resting for 5 s.
    startExecution();
    m_exchange->setFakLingerMs(5000);
    QSignalSpy statuses(&m_venue->execution(), &ExecutionClient::orderStatusReported);
    SubmitOrder order;
    order.clientOrderId = QStringLiteral("c-3");
    order.market = key(3);
    order.limitPrice = Price::fromMicros(300'000);
    order.quantity = Quantity::fromContracts(10);
    order.timeInForce = TimeInForce::ImmediateOrCancel;

    // Act
    m_venue->execution().submitOrder(order);

    // Assert
    QTRY_VERIFY_WITH_TIMEOUT(!statuses.isEmpty()
                                 && statuses.last().first().value<OrderStatusReport>().status == OrderStatus::Canceled,
                             3000);
    QCOMPARE(m_exchange->openOrderIds(m_venue->walletAddress().toLowerHex()).size(), 0);
}

void TestPolymarketVenue::requestBalanceAndPositions_afterAFill_reportThem()
{
    // Arrange
    startExecution();
    m_exchange->seedOrder(market(2).noTokenId, false, 300'000, 2000);
    QSignalSpy fills(&m_venue->execution(), &ExecutionClient::fillReported);
    SubmitOrder order;
    order.clientOrderId = QStringLiteral("c-4");
    order.market = key(2);
    order.outcome = Outcome::No;
    order.limitPrice = Price::fromMicros(300'000);
    order.quantity = Quantity::fromContracts(20);
    m_venue->execution().submitOrder(order);
    QTRY_VERIFY_WITH_TIMEOUT(!fills.isEmpty(), 5000);
    QSignalSpy balances(&m_venue->execution(), &ExecutionClient::balanceReported);
    QSignalSpy positions(&m_venue->execution(), &ExecutionClient::positionReportsReceived);

    // Act
    m_venue->execution().requestBalance();
    m_venue->execution().requestPositionReports();

    // Assert: $50 - 20 x 0.30 - fee 20 x 0.05 x 0.21 = $43.79
    QTRY_COMPARE_WITH_TIMEOUT(balances.size(), 1, 5000);
    QCOMPARE(balances.first().first().value<BalanceReport>().available, Cash::fromMicros(43'790'000));
    QTRY_COMPARE_WITH_TIMEOUT(positions.size(), 1, 5000);
    const auto reports = positions.first().first().value<QList<PositionReport>>();
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().outcome, Outcome::No);
    QCOMPARE(reports.first().quantity, Quantity::fromContracts(20));
    QCOMPARE(fills.first().first().value<FillReport>().outcome, Outcome::No);
    QVERIFY(!Secp256k1Recoverer::recoverAddress(QByteArray(32, '\1'), QByteArray(65, '\0')).ok());
}

void TestPolymarketVenue::submitOrder_ghostFill_isReportedFailedNotConfirmed()
{
    // Arrange: the match never settles on chain.
    startExecution();
    m_exchange->seedOrder(market(3).yesTokenId, false, 600'000, 1000);
    QSignalSpy fills(&m_venue->execution(), &ExecutionClient::fillReported);
    SubmitOrder order;
    order.clientOrderId = QStringLiteral("c-5");
    order.market = key(3);
    order.limitPrice = Price::fromMicros(600'000);
    order.quantity = Quantity::fromContracts(10);
    m_venue->execution().submitOrder(order);
    QTRY_VERIFY_WITH_TIMEOUT(!fills.isEmpty(), 5000);

    // Act
    m_exchange->failTrades();

    // Assert
    QCOMPARE(fills.first().first().value<FillReport>().settlement, SettlementState::Provisional);
    QTRY_VERIFY_WITH_TIMEOUT(fills.last().first().value<FillReport>().settlement == SettlementState::Failed, 5000);
    QCOMPARE(m_exchange->tokens(m_venue->walletAddress().toLowerHex(), market(3).yesTokenId), qint64(0));
}

void TestPolymarketVenue::simVenue_demoWorld_servesEachServiceOnItsOwnUrl()
{
    // Arrange
    SimPolymarketVenue sim;
    sim.addDemoMarkets();
    QVERIFY(sim.listen());
    PolymarketVenue venue({sim.clob().baseUrl(), sim.gamma().baseUrl(), sim.webSocket().url(), 137},
                          Secp256k1Signer::fromHex(kWalletKey).value());
    QSignalSpy loaded(&venue.marketData(), &MarketDataClient::catalogueLoaded);
    QSignalSpy snapshots(&venue.marketData(), &MarketDataClient::bookSnapshotReceived);

    // Act
    venue.marketData().requestCatalogue();
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
    const auto markets = loaded.first().first().value<QList<VenueMarket>>();
    venue.marketData().start();
    venue.marketData().setSubscriptions({markets.first().key});

    // Assert
    const QStringList lines = sim.serviceLines();
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).startsWith(QStringLiteral("polymarket-clob http://127.0.0.1:")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("polymarket-gamma http://127.0.0.1:")));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("polymarket-ws ws://127.0.0.1:")));
    QCOMPARE(markets.size(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.size(), 1, 5000);
    const auto snapshot = snapshots.first().at(1).value<BookSnapshot>();
    QCOMPARE(snapshot.yesBids.front().price, Price::fromMicros(550'000));
    QCOMPARE(snapshot.yesAsks.front().price, Price::fromMicros(570'000));
}

QTEST_GUILESS_MAIN(TestPolymarketVenue)
#include "TestPolymarketVenue.moc"
