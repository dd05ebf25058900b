// The real main window over the real engine trading the in-process demo world (paper mode, auto-execute), as
// `orion --demo` runs it: what a user sees once the first gaps are traded, and screenshots of it in both themes
// saved to the build tree.
// ctest-labels: simulator
// ctest-timeout: 240
#include "OrionTestConfig.h"
#include "TestSettings.h"

#include "DashboardFixture.h"
#include "DisplayFormat.h"
#include "MainWindow.h"
#include "Theme.h"
#include "crypto/Random.h"
#include "crypto/RsaKeyGenerator.h"
#include "crypto/RsaPssSigner.h"
#include "engine/EngineController.h"
#include "models/BalancesModel.h"
#include "models/FillsModel.h"
#include "models/PairsModel.h"
#include "models/PositionsModel.h"
#include "venues/sim/SimDemoWorld.h"
#include "widgets/DataTable.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QDir>
#include <QDockWidget>
#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>
#include <utility>

using namespace orion;

namespace {

constexpr int kTradeTimeoutMs = 60'000;

// The text a user reads in one cell of a table (through its sort proxy, as shown).
QString cell(const DataTable* table, int row, int column)
{
    const QAbstractItemModel* model = table->view()->model();
    return model->data(model->index(row, column), Qt::DisplayRole).toString();
}

int rows(const DataTable* table)
{
    return table->view()->model()->rowCount();
}

bool hasNonZeroDigit(const QString& text)
{
    static const QRegularExpression digit(QStringLiteral("[1-9]"));
    return text.contains(digit);
}

// Mean brightness (0…255) of an image, to tell a dark screenshot from a light one.
double meanLightness(const QImage& image)
{
    const QImage small = image.scaled(160, 100).convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int y = 0; y < small.height(); ++y) {
        for (int x = 0; x < small.width(); ++x) {
            sum += QColor(small.pixel(x, y)).lightness();
        }
    }
    return sum / (small.width() * small.height());
}

} // namespace

class TestDashboardDemo final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void balancesPanel_afterDemoTrades_showsBothVenuesWithMoney();
    void positionsPanel_afterDemoTrades_showsPositionsWithBothLegs();
    void pairsPanel_inDemoWorld_listsTheSixDesignedPairs();
    void ordersPanel_afterDemoTrades_showsFillsOnBothVenues();
    void screenshots_inLightAndDarkTheme_areSavedToBuildTree();

private:
    VenueAccess demoAccess();
    DataTable* table(const char* name) const;
    QString describeSnapshot() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimDemoWorld> m_world;
    std::unique_ptr<EngineController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

VenueAccess TestDashboardDemo::demoAccess()
{
    VenueAccess access;
    access.kalshiRestUrl = m_world->kalshiRestUrl();
    access.kalshiWsUrl = m_world->kalshiWsUrl();
    access.polymarketClobUrl = m_world->polymarketClobUrl();
    access.polymarketGammaUrl = m_world->polymarketGammaUrl();
    access.polymarketWsUrl = m_world->polymarketWsUrl();
    access.simulator = true;
    // Kalshi's feed needs a key even to read: a throw-away one, registered with the simulated exchange.
    auto pem = RsaKeyGenerator::generatePem();
    auto publicKey = RsaPssSigner::fromPem(pem.value()).value().publicKeyPem();
    const QString keyId = QStringLiteral("demo-ui-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    [&] { QVERIFY(m_world->registerKalshiKey(keyId, publicKey.value()).ok()); }();
    access.kalshiKeyId = keyId;
    access.kalshiPrivateKeyPem = std::move(pem).value();
    access.polymarketWalletKey = Random::secretBytes(32).value();
    return access;
}

void TestDashboardDemo::initTestCase()
{
    test::isolateUiSettings();
    Theme::apply(ThemeChoice::Light);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_world = std::make_unique<SimDemoWorld>(1);
    QVERIFY(m_world->listen().ok());

    Settings settings = test::settingsIn(m_dir->path());
    settings.engine.mode = TradingMode::Paper;
    settings.trading.autoExecute = true;
    m_controller = std::make_unique<EngineController>(settings, QStringLiteral("test"));
    m_controller->setVenueAccess(demoAccess());
    m_window = std::make_unique<MainWindow>(*m_controller);
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_controller->launch();
    QVERIFY(QTest::qWaitFor([&] { return m_controller->snapshot().runState == EngineRunState::Stopped; }, 10'000));
    m_controller->startTrading();

    // The matcher pairs the demo events, the first gaps are traded on both legs and the feed shows opportunities.
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     const EngineSnapshot& s = m_controller->snapshot();
                     return !s.positions.isEmpty() && !s.opportunities.isEmpty() && !s.fills.isEmpty();
                 },
                 kTradeTimeoutMs),
             qPrintable(describeSnapshot()));
    QCOMPARE(m_controller->snapshot().runState, EngineRunState::Running);
}

void TestDashboardDemo::cleanupTestCase()
{
    Theme::apply(ThemeChoice::Light);
    if (m_controller) {
        m_controller->shutdown();
        QTRY_VERIFY_WITH_TIMEOUT(m_controller->isShutDown(), 10'000);
    }
    m_window.reset();
    m_controller.reset();
    m_world.reset();
    m_dir.reset();
}

DataTable* TestDashboardDemo::table(const char* name) const
{
    return m_window->findChild<DataTable*>(QString::fromLatin1(name));
}

QString TestDashboardDemo::describeSnapshot() const
{
    const EngineSnapshot& s = m_controller->snapshot();
    return QStringLiteral("pairs %1, opportunities %2, positions %3, orders %4, fills %5; last error: %6")
        .arg(s.pairs.size())
        .arg(s.opportunities.size())
        .arg(s.positions.size())
        .arg(s.orders.size())
        .arg(s.fills.size())
        .arg(s.lastError);
}

void TestDashboardDemo::balancesPanel_afterDemoTrades_showsBothVenuesWithMoney()
{
    DataTable* balances = table("balancesTable");
    QVERIFY(balances);
    QTRY_VERIFY(!balances->isShowingEmptyText());

    for (const VenueId venue : { VenueId::Kalshi, VenueId::Polymarket }) {
        const QString name = DisplayFormat::venue(venue);
        int found = -1;
        for (int row = 0; row < rows(balances); ++row) {
            if (cell(balances, row, BalancesModel::Venue) == name) {
                found = row;
            }
        }
        QVERIFY2(found >= 0, qPrintable(name));
        const QString available = cell(balances, found, BalancesModel::Available);
        const QString total = cell(balances, found, BalancesModel::Total);
        QVERIFY2(hasNonZeroDigit(available) && available.contains(QLatin1Char('$')),
                 qPrintable(name + QStringLiteral(": ") + available));
        QVERIFY2(hasNonZeroDigit(total), qPrintable(name + QStringLiteral(": ") + total));
    }
    for (const DashboardBalance& balance : m_controller->snapshot().balances) {
        QVERIFY(balance.available > Cash::zero());
    }
}

void TestDashboardDemo::positionsPanel_afterDemoTrades_showsPositionsWithBothLegs()
{
    DataTable* positions = table("positionsTable");
    QVERIFY(positions);
    QTRY_VERIFY(rows(positions) > 0);
    QVERIFY(!positions->isShowingEmptyText());

    for (int row = 0; row < rows(positions); ++row) {
        const QString kalshi = cell(positions, row, PositionsModel::KalshiLeg);
        const QString polymarket = cell(positions, row, PositionsModel::PolymarketLeg);
        QVERIFY2(hasNonZeroDigit(kalshi), qPrintable(kalshi));
        QVERIFY2(hasNonZeroDigit(polymarket), qPrintable(polymarket));
        QVERIFY2(!cell(positions, row, PositionsModel::Event).isEmpty(), "a position without its event");
        QVERIFY2(hasNonZeroDigit(cell(positions, row, PositionsModel::LockedIn)),
                 qPrintable(cell(positions, row, PositionsModel::LockedIn)));
    }
    // Both legs hold the same number of contracts: the position is hedged.
    for (const DashboardPosition& position : m_controller->snapshot().positions) {
        QCOMPARE(position.kalshi.quantity, position.polymarket.quantity);
    }
}

void TestDashboardDemo::pairsPanel_inDemoWorld_listsTheSixDesignedPairs()
{
    DataTable* pairs = table("pairsTable");
    QVERIFY(pairs);
    const QList<SimDemoWorld::DemoPair> designed = SimDemoWorld::designedPairs();
    QCOMPARE(designed.size(), 6);
    QTRY_VERIFY(rows(pairs) >= designed.size());

    QStringList listed;
    for (int row = 0; row < rows(pairs); ++row) {
        listed << cell(pairs, row, PairsModel::Kalshi) + QStringLiteral(" | ")
                + cell(pairs, row, PairsModel::Polymarket) + QStringLiteral(" | ")
                + cell(pairs, row, PairsModel::Verdict) + QStringLiteral(" | ")
                + cell(pairs, row, PairsModel::Tradable);
    }
    int automatic = 0;
    for (const SimDemoWorld::DemoPair& pair : designed) {
        int found = -1;
        for (int row = 0; row < rows(pairs); ++row) {
            if (cell(pairs, row, PairsModel::Kalshi).startsWith(pair.kalshiTicker)) {
                found = row;
            }
        }
        QVERIFY2(found >= 0,
                 qPrintable(pair.kalshiTicker + QStringLiteral(" not in:\n") + listed.join(QLatin1Char('\n'))));
        QCOMPARE(cell(pairs, found, PairsModel::PolarityColumn),
                 pair.inverse ? QStringLiteral("inverse") : QStringLiteral("same"));
        automatic += cell(pairs, found, PairsModel::Verdict) == QLatin1String("auto") ? 1 : 0;
    }
    QVERIFY2(automatic == designed.size(), qPrintable(listed.join(QLatin1Char('\n'))));
}

void TestDashboardDemo::ordersPanel_afterDemoTrades_showsFillsOnBothVenues()
{
    DataTable* fills = table("fillsTable");
    DataTable* orders = table("ordersTable");
    QVERIFY(fills && orders);
    QTRY_VERIFY(rows(fills) >= 2);
    QVERIFY(!fills->isShowingEmptyText());

    QSet<QString> venues;
    for (int row = 0; row < rows(fills); ++row) {
        venues.insert(cell(fills, row, FillsModel::Venue));
        QVERIFY2(hasNonZeroDigit(cell(fills, row, FillsModel::Quantity)),
                 qPrintable(cell(fills, row, FillsModel::Quantity)));
        QVERIFY2(hasNonZeroDigit(cell(fills, row, FillsModel::Price)),
                 qPrintable(cell(fills, row, FillsModel::Price)));
    }
    QVERIFY(venues.contains(DisplayFormat::venue(VenueId::Kalshi)));
    QVERIFY(venues.contains(DisplayFormat::venue(VenueId::Polymarket)));
    QVERIFY(rows(orders) > 0);
}

void TestDashboardDemo::screenshots_inLightAndDarkTheme_areSavedToBuildTree()
{
    const QString directory = QStringLiteral(ORION_BINARY_DIR "/screenshots");
    QVERIFY(QDir().mkpath(directory));
    // Gaps open and close every few seconds in the demo world: a screenshot with one in the feed.
    QTRY_VERIFY_WITH_TIMEOUT(rows(table("opportunitiesTable")) > 0, 30'000);

    double lightness[2] = { 0, 0 };
    const std::pair<ThemeChoice, QString> themes[] = { { ThemeChoice::Light, QStringLiteral("light") },
                                                       { ThemeChoice::Dark, QStringLiteral("dark") } };
    for (int t = 0; t < 2; ++t) {
        Theme::apply(themes[t].first);
        for (const char* dock : { "positionsDock", "ordersDock", "pairsDock" }) {
            auto* widget = m_window->findChild<QDockWidget*>(QString::fromLatin1(dock));
            QVERIFY2(widget, dock);
            widget->raise();
            QTest::qWait(300); // a snapshot or two, and the repaint
            const QString tab = QString::fromLatin1(dock).remove(QStringLiteral("Dock"));
            const QString path = directory + QStringLiteral("/dashboard-demo-%1-%2.png").arg(themes[t].second, tab);
            const QImage image = m_window->grab().toImage();
            QVERIFY2(image.save(path), qPrintable(path));
            QCOMPARE(QImage(path).size(), image.size());
            QVERIFY(image.width() >= 1600 && image.height() >= 1000);
            lightness[t] = meanLightness(image);
            qInfo("screenshot: %s", qPrintable(path));
        }
    }
    m_window->findChild<QDockWidget*>(QStringLiteral("positionsDock"))->raise();
    Theme::apply(ThemeChoice::Light);
    // The dark screenshots really are dark.
    QVERIFY2(lightness[1] + 60 < lightness[0], qPrintable(QStringLiteral("light %1, dark %2")
                                                              .arg(lightness[0])
                                                              .arg(lightness[1])));
}

QTEST_MAIN(TestDashboardDemo)
#include "TestDashboardDemo.moc"
