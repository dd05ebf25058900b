// What a trader reads in the positions and orders tables and on the dock tabs: markets by their human titles
// (Polymarket's question, not its 0x… condition id), the full texts and ids in tooltips, columns wide enough to
// read, and dock titles spelled as written.
#include "DashboardFixture.h"

#include "MainWindow.h"
#include "models/FillsModel.h"
#include "models/OrdersModel.h"
#include "models/PositionsModel.h"
#include "panels/OrdersPanel.h"
#include "panels/PositionsPanel.h"
#include "widgets/DataTable.h"

#include <QAction>
#include <QDockWidget>
#include <QTabBar>
#include <QTableView>

using namespace orion;

namespace {

const QString kLongTitle = QStringLiteral(
    "Will the Federal Reserve cut the federal funds target range by 25 basis points or more at its December 2026 "
    "meeting?");
const QString kQuestion = QStringLiteral("Fed rate cut of 25+ bps at the December 2026 FOMC meeting?");
const QString kConditionId
    = QStringLiteral("0x9c4f1e2b7a3d5f60812c9e4b7a1d3f5e6c8b0a2d4f6e8c1a3b5d7f9e2c4a6b8d");
const QString kUnlistedConditionId
    = QStringLiteral("0x1111222233334444555566667777888899990000aaaabbbbccccddddeeeeffff");

QString text(const DataTable* table, int row, int column, int role = Qt::DisplayRole)
{
    const QAbstractItemModel* model = table->view()->model();
    return model->data(model->index(row, column), role).toString();
}

} // namespace

class TestDashboardTables final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void ordersDock_title_readsAsWrittenOnTitleTabAndMenu();
    void positions_longTitleAndConditionId_showTitlesWithIdsInTooltip();
    void positions_withoutAnyTitle_neverShowABareHash();
    void orders_onPolymarket_showTheQuestionWithTheIdInTooltip();

private:
    DataTable* table(const char* name) { return m_dashboard.find<DataTable>(QString::fromLatin1(name)); }
    EngineSnapshot snapshotWithPosition(const QString& kalshiTitle, const QString& polymarketTitle,
        const QString& eventTitle);

    test::Dashboard m_dashboard;
};

void TestDashboardTables::initTestCase()
{
    test::isolateUiSettings();
}

void TestDashboardTables::init()
{
    QSettings().clear(); // default column widths, not those a previous test saved
    QVERIFY(m_dashboard.start());
}

void TestDashboardTables::cleanup()
{
    m_dashboard.stop();
}

EngineSnapshot TestDashboardTables::snapshotWithPosition(
    const QString& kalshiTitle, const QString& polymarketTitle, const QString& eventTitle)
{
    EngineSnapshot snapshot = m_dashboard.controller().snapshot();
    snapshot.feeds.positions = true;
    snapshot.feeds.orders = true;
    DashboardPosition position;
    position.positionId = QStringLiteral("KXFEDDEC-26-C25|") + kConditionId;
    position.pairId = position.positionId;
    position.title = eventTitle;
    position.kalshi = DashboardPositionLeg { MarketKey { VenueId::Kalshi, QStringLiteral("KXFEDDEC-26-C25") },
        Outcome::Yes, Quantity::fromContracts(120), Cash::fromMicros(52'100'000), Price::fromMicros(440'000),
        kalshiTitle };
    position.polymarket = DashboardPositionLeg { MarketKey { VenueId::Polymarket, kConditionId }, Outcome::No,
        Quantity::fromContracts(120), Cash::fromMicros(64'900'000), Price::fromMicros(540'000), polymarketTitle };
    position.cost = position.kalshi.cost + position.polymarket.cost;
    position.openedAt = QDateTime::currentDateTimeUtc();
    snapshot.positions = { position };
    return snapshot;
}

void TestDashboardTables::ordersDock_title_readsAsWrittenOnTitleTabAndMenu()
{
    const auto* orders = m_dashboard.find<QDockWidget>(QStringLiteral("ordersDock"));
    QVERIFY(orders);

    QCOMPARE(orders->windowTitle(), QStringLiteral("Orders and fills"));
    // Every dock: its title bar shows the title as typed, while its tab and the Panels menu read '&' as a
    // mnemonic; so no title may contain one, and each shows the same words in all three places.
    const QList<QTabBar*> tabBars = m_dashboard.window().findChildren<QTabBar*>();
    for (const QDockWidget* dock : m_dashboard.window().findChildren<QDockWidget*>()) {
        const QString title = dock->windowTitle();
        QVERIFY2(!title.contains(QLatin1Char('&')), qPrintable(title));
        QCOMPARE(dock->toggleViewAction()->text(), title);
        for (const QTabBar* bar : tabBars) {
            for (int i = 0; i < bar->count(); ++i) {
                QVERIFY2(!bar->tabText(i).contains(QLatin1Char('&')), qPrintable(bar->tabText(i)));
            }
        }
    }
    bool tabFound = false;
    for (const QTabBar* bar : tabBars) {
        for (int i = 0; i < bar->count(); ++i) {
            tabFound = tabFound || bar->tabText(i) == QStringLiteral("Orders and fills");
        }
    }
    QVERIFY2(tabFound, "the orders dock has no tab reading \"Orders and fills\"");
}

void TestDashboardTables::positions_longTitleAndConditionId_showTitlesWithIdsInTooltip()
{
    DataTable* positions = table("positionsTable");
    QVERIFY(positions);

    m_dashboard.window().applySnapshot(snapshotWithPosition(kLongTitle, kQuestion, kLongTitle));

    QCOMPARE(positions->view()->model()->rowCount(), 1);
    QCOMPARE(text(positions, 0, PositionsModel::Event), kLongTitle);
    const QString polymarketLeg = text(positions, 0, PositionsModel::PolymarketLeg);
    QVERIFY2(polymarketLeg.startsWith(QStringLiteral("NO 120")), qPrintable(polymarketLeg));
    QVERIFY2(!polymarketLeg.contains(QStringLiteral("0x")), qPrintable(polymarketLeg));
    QVERIFY(text(positions, 0, PositionsModel::KalshiLeg).contains(QStringLiteral("KXFEDDEC-26-C25")));
    // The tooltips: the whole title and both full ids, to read or copy.
    const QString tip = text(positions, 0, PositionsModel::Event, Qt::ToolTipRole);
    QVERIFY2(tip.contains(kLongTitle) && tip.contains(kConditionId) && tip.contains(QStringLiteral("KXFEDDEC-26-C25")),
        qPrintable(tip));
    const QString legTip = text(positions, 0, PositionsModel::PolymarketLeg, Qt::ToolTipRole);
    QVERIFY2(legTip.contains(kQuestion) && legTip.contains(kConditionId), qPrintable(legTip));
    // Room to read: the title column holds 40 characters or more, and what is cut is cut in the middle.
    QTableView* view = positions->view();
    QVERIFY2(view->columnWidth(PositionsModel::Event) >= 40 * view->fontMetrics().averageCharWidth(),
        qPrintable(QString::number(view->columnWidth(PositionsModel::Event))));
    QVERIFY(view->columnWidth(PositionsModel::KalshiLeg) >= 30 * view->fontMetrics().averageCharWidth());
    QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
}

void TestDashboardTables::positions_withoutAnyTitle_neverShowABareHash()
{
    DataTable* positions = table("positionsTable");
    QVERIFY(positions);
    EngineSnapshot snapshot = snapshotWithPosition(QString(), QString(), QString());
    snapshot.positions[0].kalshi = DashboardPositionLeg {};

    m_dashboard.window().applySnapshot(snapshot);

    const QString event = text(positions, 0, PositionsModel::Event);
    QVERIFY2(event.startsWith(QStringLiteral("Polymarket ")), qPrintable(event));
    QVERIFY2(!event.contains(kConditionId) && event.size() < 30, qPrintable(event));
    QVERIFY(text(positions, 0, PositionsModel::Event, Qt::ToolTipRole).contains(kConditionId));
}

void TestDashboardTables::orders_onPolymarket_showTheQuestionWithTheIdInTooltip()
{
    DataTable* orders = table("ordersTable");
    DataTable* fills = table("fillsTable");
    QVERIFY(orders && fills);
    EngineSnapshot snapshot = m_dashboard.controller().snapshot();
    snapshot.feeds.orders = true;
    DashboardPair pair;
    pair.match.kalshiTicker = QStringLiteral("KXFEDDEC-26-C25");
    pair.match.polymarketKey = kConditionId;
    pair.match.kalshiTitle = kLongTitle;
    pair.match.polymarketTitle = kQuestion;
    snapshot.pairs = { pair };
    OrderStatusReport order;
    order.clientOrderId = QStringLiteral("ORN-1");
    order.venueOrderId = QStringLiteral("0xorder");
    order.market = MarketKey { VenueId::Polymarket, kConditionId };
    order.quantity = Quantity::fromContracts(120);
    order.limitPrice = Price::fromMicros(540'000);
    order.status = OrderStatus::Accepted;
    order.tsEvent = QDateTime::currentDateTimeUtc();
    OrderStatusReport unlisted = order;
    unlisted.clientOrderId = QStringLiteral("ORN-2");
    unlisted.market.id = kUnlistedConditionId;
    OrderStatusReport kalshi = order;
    kalshi.clientOrderId = QStringLiteral("ORN-3");
    kalshi.market = MarketKey { VenueId::Kalshi, QStringLiteral("KXFEDDEC-26-C25") };
    snapshot.orders = { order, unlisted, kalshi };
    FillReport fill;
    fill.venueFillId = QStringLiteral("fill-1");
    fill.clientOrderId = order.clientOrderId;
    fill.market = order.market;
    fill.price = order.limitPrice;
    fill.quantity = Quantity::fromContracts(20);
    fill.tsEvent = order.tsEvent;
    snapshot.fills = { fill };

    m_dashboard.window().applySnapshot(snapshot);

    QCOMPARE(orders->view()->model()->rowCount(), 3);
    QCOMPARE(text(orders, 0, OrdersModel::Market), kQuestion);
    QVERIFY(text(orders, 0, OrdersModel::Market, Qt::ToolTipRole).contains(kConditionId));
    QVERIFY(text(orders, 0, OrdersModel::Market, Qt::ToolTipRole).contains(QStringLiteral("ORN-1")));
    const QString unknown = text(orders, 1, OrdersModel::Market);
    QVERIFY2(unknown.startsWith(QStringLiteral("Polymarket 0x")) && unknown.size() < 30, qPrintable(unknown));
    QVERIFY(text(orders, 1, OrdersModel::Market, Qt::ToolTipRole).contains(kUnlistedConditionId));
    QCOMPARE(text(orders, 2, OrdersModel::Market), kLongTitle);
    QCOMPARE(text(fills, 0, FillsModel::Market), kQuestion);
    QTableView* view = orders->view();
    QVERIFY(view->columnWidth(OrdersModel::Market) >= 40 * view->fontMetrics().averageCharWidth());
    QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
}

QTEST_MAIN(TestDashboardTables)
#include "TestDashboardTables.moc"
