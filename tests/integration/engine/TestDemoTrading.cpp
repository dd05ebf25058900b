// The whole engine, composed as `orion --demo` composes it, against the demo world of the venue simulator over
// loopback: catalogues -> matching -> live books -> detection -> execution -> journal and ledger, driven only
// through EngineController. Paper mode never touches the venues' accounts; live mode trades there with signed
// orders and ends with equal contracts on both venues.
// ctest-labels: simulator
// ctest-timeout: 180
#include "TestSettings.h"

#include "crypto/Random.h"
#include "crypto/RsaKeyGenerator.h"
#include "crypto/Secp256k1Signer.h"
#include "engine/EngineController.h"
#include "venues/sim/SimDemoWorld.h"
#include "venues/sim/SimKalshiExchange.h"
#include "venues/sim/SimClobServer.h"
#include "venues/sim/SimPolymarketExchange.h"
#include "venues/sim/SimPolymarketVenue.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace orion;

namespace {

constexpr int kTradeTimeoutMs = 60'000;

// Reads one integer from the database file through a connection of its own.
qint64 scalar(const QString& file, const QString& sql)
{
    const QString name = QUuid::createUuid().toString();
    qint64 value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next()) {
                value = query.value(0).toLongLong();
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

class TestDemoTrading final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void paperMode_findsAndTradesGaps_bothLegsEqual_venueAccountsUntouched();
    void liveMode_onSimulator_tradesWithSignedOrders_equalContractsOnBothVenues();
    void liveMode_withoutCredentials_isRefusedNamingWhatIsMissing();
    void liveMode_withDepositWallet_tradesOrdersSignedForTheWallet();
    void kill_whileTrading_haltsAndNothingMoreIsTraded();
    void paperMode_restart_continuesWithTheSameCashAndPositions();

private:
    VenueAccess access(bool withKeys);
    // An engine on the demo world, initialised and stopped (nullptr if it did not get there).
    std::unique_ptr<EngineController> launchEngine(TradingMode mode, bool withKeys);
    QString databaseFile() const { return m_dir->path() + QStringLiteral("/orion.db"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimDemoWorld> m_world;
    QString m_keyId;
    QString m_depositWallet; // POLY_1271: registered in the simulator as owned by the test's wallet key
};

void TestDemoTrading::init()
{
    m_depositWallet.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_world = std::make_unique<SimDemoWorld>(1);
    QVERIFY(m_world->listen().ok());
}

void TestDemoTrading::cleanup()
{
    m_world.reset();
    m_dir.reset();
}

VenueAccess TestDemoTrading::access(bool withKeys)
{
    VenueAccess access;
    access.kalshiRestUrl = m_world->kalshiRestUrl();
    access.kalshiWsUrl = m_world->kalshiWsUrl();
    access.polymarketClobUrl = m_world->polymarketClobUrl();
    access.polymarketGammaUrl = m_world->polymarketGammaUrl();
    access.polymarketWsUrl = m_world->polymarketWsUrl();
    access.simulator = true;
    // The Kalshi feed needs a key even to read; "without keys" means no wallet for Polymarket trading.
    auto keys = RsaKeyGenerator::generateKeyPair().value();
    m_keyId = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    [&] { QVERIFY(m_world->registerKalshiKey(m_keyId, keys.publicKeyPem).ok()); }();
    access.kalshiKeyId = m_keyId;
    access.kalshiPrivateKeyPem = std::move(keys.privateKeyPem);
    if (withKeys) {
        access.polymarketWalletKey = Random::secretBytes(32).value();
    }
    if (!m_depositWallet.isEmpty()) {
        const Secp256k1Signer owner = Secp256k1Signer::fromPrivateKey(access.polymarketWalletKey.clone()).value();
        m_world->polymarket().exchange().registerDepositWallet(m_depositWallet, owner.address().toLowerHex());
        access.polymarketDepositWallet = m_depositWallet;
    }
    return access;
}

std::unique_ptr<EngineController> TestDemoTrading::launchEngine(TradingMode mode, bool withKeys)
{
    Settings settings = test::settingsIn(m_dir->path());
    settings.engine.mode = mode;
    settings.trading.autoExecute = true;
    auto controller = std::make_unique<EngineController>(settings, QStringLiteral("test"));
    controller->setVenueAccess(access(withKeys));
    controller->launch();
    if (!QTest::qWaitFor([&] { return controller->snapshot().runState == EngineRunState::Stopped; }, 10'000)) {
        return nullptr;
    }
    return controller;
}

void TestDemoTrading::paperMode_findsAndTradesGaps_bothLegsEqual_venueAccountsUntouched()
{
    auto engine = launchEngine(TradingMode::Paper, true);
    QVERIFY(engine);
    EngineController& controller = *engine;
    controller.startTrading();

    // The matcher pairs the demo world's six events, then the first gap is traded on both legs.
    QVERIFY(QTest::qWaitFor([&] { return controller.snapshot().pairs.size() >= 6; }, 10'000));
    QVERIFY2(QTest::qWaitFor([&] { return !controller.snapshot().positions.isEmpty(); }, kTradeTimeoutMs),
             qPrintable(controller.snapshot().lastError));
    controller.stopTrading();
    QTest::qWait(500); // let a trade under way finish
    const EngineSnapshot snapshot = controller.snapshot();
    for (const DashboardPosition& position : snapshot.positions) {
        QCOMPARE(position.kalshi.quantity, position.polymarket.quantity);
        QVERIFY(position.lockedInProfit > Cash::zero());
    }
    QCOMPARE(snapshot.balances.size(), 2);
    QVERIFY(snapshot.balances[0].available < Cash::fromMicros(4'500'000'000)); // paper cash was spent
    QVERIFY(!snapshot.opportunities.isEmpty() || scalar(databaseFile(), QStringLiteral(
                                                  "SELECT COUNT(*) FROM opportunities")) > 0);
    controller.shutdown();
    QTRY_VERIFY(controller.isShutDown());

    // Paper trading reached no venue: the simulator's account for our key has no order and its full balance.
    const SimAccount* account = m_world->kalshi().exchange().account(m_keyId);
    QVERIFY(account != nullptr);
    QVERIFY(account->positions().isEmpty());
    QCOMPARE(account->cashMicros(), m_world->kalshi().exchange().scenario().startingBalanceMicros);
    // The journal and the audit trail hold the trades.
    QVERIFY(scalar(databaseFile(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE mode = 'paper' AND state = "
                                                  "'hedged'")) >= 1);
    QCOMPARE(scalar(databaseFile(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE state NOT IN ('hedged', "
                                                   "'flat')")),
             0);
    QVERIFY(scalar(databaseFile(), QStringLiteral("SELECT COUNT(*) FROM positions WHERE mode = 'paper'")) >= 2);
}

void TestDemoTrading::liveMode_onSimulator_tradesWithSignedOrders_equalContractsOnBothVenues()
{
    auto engine = launchEngine(TradingMode::Live, true);
    QVERIFY(engine);
    EngineController& controller = *engine;
    controller.startTrading();

    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return scalar(databaseFile(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE mode = 'live' "
                                                                  "AND state = 'hedged'")) >= 1;
                 },
                 kTradeTimeoutMs),
             qPrintable(controller.snapshot().lastError));
    controller.stopTrading();
    // Let every trade under way settle (Polymarket fills confirm a moment after they match).
    QVERIFY(QTest::qWaitFor(
        [&] {
            return scalar(databaseFile(),
                          QStringLiteral("SELECT COUNT(*) FROM trades WHERE state NOT IN ('hedged', 'flat')")) == 0;
        },
        30'000));
    controller.shutdown();
    QTRY_VERIFY(controller.isShutDown());

    // What the venues hold, from the simulator's own books, is what the journal booked (Kalshi nets YES against
    // NO per market, + = YES), and every trade holds equal contracts on both venues.
    const SimAccount* account = m_world->kalshi().exchange().account(m_keyId);
    QVERIFY(account != nullptr);
    QVERIFY(!account->positions().isEmpty());
    for (auto it = account->positions().cbegin(); it != account->positions().cend(); ++it) {
        const qint64 journalled = scalar(databaseFile(), QStringLiteral(
            "SELECT COALESCE(SUM((CASE WHEN side = 'buy' THEN 1 ELSE -1 END) * (CASE WHEN outcome = 'yes' THEN 1 "
            "ELSE -1 END) * quantity_hundredths), 0) FROM fills WHERE venue = 'kalshi' AND market_id = '%1'")
                                                              .arg(it.key()));
        QCOMPARE(it.value().positionHundredths, journalled);
    }
    QCOMPARE(scalar(databaseFile(), QStringLiteral(
                 "SELECT COUNT(*) FROM (SELECT o.trade_id, SUM(CASE WHEN f.venue = 'kalshi' THEN 1 ELSE -1 END * "
                 "CASE WHEN f.side = 'buy' THEN 1 ELSE -1 END * f.quantity_hundredths) AS naked FROM fills f "
                 "JOIN orders o ON o.id = f.order_id WHERE f.settlement != 'failed' GROUP BY o.trade_id) "
                 "WHERE naked != 0")),
             0);
}

void TestDemoTrading::liveMode_withDepositWallet_tradesOrdersSignedForTheWallet()
{
    // Arrange: the funds' owner is a deposit wallet; the venue accepts its orders only with the ERC-7739 signature
    // of the wallet's owner, maker and signer being the wallet
    m_depositWallet = QStringLiteral("0x") + QString::fromLatin1(Random::bytes(20).value().toHex());
    auto engine = launchEngine(TradingMode::Live, true);
    QVERIFY(engine);
    EngineController& controller = *engine;

    // Act
    controller.startTrading();

    // Assert: a hedged live trade, so Polymarket took the deposit wallet's orders
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return scalar(databaseFile(), QStringLiteral("SELECT COUNT(*) FROM trades WHERE mode = 'live' "
                                                                  "AND state = 'hedged'")) >= 1;
                 },
                 kTradeTimeoutMs),
             qPrintable(controller.snapshot().lastError));
    controller.stopTrading();
    controller.shutdown();
    QTRY_VERIFY(controller.isShutDown());
    QVERIFY(scalar(databaseFile(), QStringLiteral("SELECT COUNT(*) FROM fills WHERE venue = 'polymarket'")) >= 1);
    const SimClobServer& clob = m_world->polymarket().clob();
    QVERIFY(clob.depositWalletOrdersAccepted() >= 1);
    QCOMPARE(clob.depositWalletOrdersAccepted(), clob.ordersAccepted()); // none from the key's own address
}

void TestDemoTrading::liveMode_withoutCredentials_isRefusedNamingWhatIsMissing()
{
    auto engine = launchEngine(TradingMode::Paper, false);
    QVERIFY(engine);
    EngineController& controller = *engine;
    QString refusal;
    connect(&controller, &EngineController::commandRefused, this, [&](const QString& reason) { refusal = reason; });

    controller.setMode(TradingMode::Live);

    QTRY_VERIFY(!refusal.isEmpty());
    QVERIFY2(refusal.contains(QStringLiteral("polymarket.private_key")), qPrintable(refusal));
    QCOMPARE(controller.snapshot().settings.engine.mode, TradingMode::Paper);
    controller.shutdown();
    QTRY_VERIFY(controller.isShutDown());
}

void TestDemoTrading::kill_whileTrading_haltsAndNothingMoreIsTraded()
{
    auto engine = launchEngine(TradingMode::Paper, true);
    QVERIFY(engine);
    EngineController& controller = *engine;
    controller.startTrading();
    QVERIFY(QTest::qWaitFor([&] { return !controller.snapshot().positions.isEmpty(); }, kTradeTimeoutMs));

    controller.kill(QStringLiteral("test kill"));

    QTRY_COMPARE(controller.snapshot().runState, EngineRunState::Halted);
    const qint64 tradesAtKill = scalar(databaseFile(), QStringLiteral("SELECT COUNT(*) FROM trades"));
    QTest::qWait(4'000); // gaps keep opening in the demo world
    QCOMPARE(scalar(databaseFile(), QStringLiteral("SELECT COUNT(*) FROM trades")), tradesAtKill);
    QVERIFY(controller.snapshot().lastKill.isValid());
    controller.shutdown();
    QTRY_VERIFY(controller.isShutDown());
}

void TestDemoTrading::paperMode_restart_continuesWithTheSameCashAndPositions()
{
    QList<DashboardBalance> before;
    QList<DashboardPosition> positionsBefore;
    {
        auto engine = launchEngine(TradingMode::Paper, true);
        QVERIFY(engine);
        EngineController& controller = *engine;
        controller.startTrading();
        QVERIFY(QTest::qWaitFor([&] { return !controller.snapshot().positions.isEmpty(); }, kTradeTimeoutMs));
        controller.stopTrading();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return scalar(databaseFile(),
                              QStringLiteral("SELECT COUNT(*) FROM trades WHERE state NOT IN ('hedged', 'flat')")) == 0;
            },
            10'000));
        QTest::qWait(300); // the last balance report
        before = controller.snapshot().balances;
        positionsBefore = controller.snapshot().positions;
        controller.shutdown();
        QTRY_VERIFY(controller.isShutDown());
    }

    // A new process on the same database: the paper venues and the ledger are rebuilt from the journal.
    auto engine = launchEngine(TradingMode::Paper, true);
    QVERIFY(engine);
    EngineController& controller = *engine;
    QVERIFY(QTest::qWaitFor([&] { return controller.snapshot().balances.size() == 2; }, 10'000));
    QCOMPARE(before.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(controller.snapshot().balances[i].venue, before[i].venue);
        QCOMPARE(controller.snapshot().balances[i].available, before[i].available);
    }
    QVERIFY(QTest::qWaitFor([&] { return controller.snapshot().positions.size() == positionsBefore.size(); }, 10'000));
    for (int i = 0; i < positionsBefore.size(); ++i) {
        QCOMPARE(controller.snapshot().positions[i].kalshi.quantity, positionsBefore[i].kalshi.quantity);
        QCOMPARE(controller.snapshot().positions[i].polymarket.quantity, positionsBefore[i].polymarket.quantity);
    }
    controller.shutdown();
    QTRY_VERIFY(controller.isShutDown());
}

QTEST_GUILESS_MAIN(TestDemoTrading)
#include "TestDemoTrading.moc"
