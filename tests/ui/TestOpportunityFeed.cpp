// The live feed and the log view fed from a simulated engine: snapshots injected as the engine would send them,
// and detector events given to the real engine thread.
#include "DashboardFixture.h"
#include "TestPrinters.h"

#include "DemoData.h"
#include "engine/Engine.h"
#include "engine/LogSink.h"
#include "models/LogFilterProxy.h"
#include "models/LogModel.h"
#include "models/OpportunitiesModel.h"
#include "panels/LogPanel.h"
#include "panels/OpportunityFeedPanel.h"
#include "widgets/DataTable.h"

#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLoggingCategory>
#include <QSortFilterProxyModel>
#include <QTableView>

using namespace orion;

Q_LOGGING_CATEGORY(lcFeedTest, "orion.execution")

class TestOpportunityFeed final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void injectedSnapshots_openUpdateAndClose_showInTheFeed();
    void updates_keepTheSelectedRow();
    void blockedOpportunity_isColouredAndSaysWhy();
    void tradedOrExecutingOpportunity_saysSoInItsOwnColour_blockedStillSaysWhy();
    void detectorEvents_onTheEngineThread_reachTheFeed();
    void tenThousandRows_areShownThroughTheModel();
    void logView_filtersByLevelAndModule();

private:
    OpportunityFeedPanel* feed() { return m_dashboard.window().opportunityFeed(); }
    EngineSnapshot snapshotWith(const QList<DashboardOpportunity>& opportunities)
    {
        EngineSnapshot snapshot = m_dashboard.controller().snapshot();
        snapshot.feeds.opportunities = true;
        snapshot.opportunities = opportunities;
        return snapshot;
    }
    QString cell(int id, int column)
    {
        const OpportunitiesModel* model = feed()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, OpportunitiesModel::Id).data().toString() == QString::number(id)) {
                return model->index(row, column).data().toString();
            }
        }
        return QStringLiteral("<absent>");
    }

    test::Dashboard m_dashboard;
};

void TestOpportunityFeed::initTestCase()
{
    test::isolateUiSettings();
}

void TestOpportunityFeed::init()
{
    QVERIFY(m_dashboard.start());
}

void TestOpportunityFeed::cleanup()
{
    m_dashboard.stop();
}

void TestOpportunityFeed::injectedSnapshots_openUpdateAndClose_showInTheFeed()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<DashboardOpportunity> opportunities = DemoData::opportunities(3, 0, now);
    for (DashboardOpportunity& shown : opportunities) {
        shown.state = DashboardOpportunity::State::Opened;
        shown.tradable = true;
        shown.blockedReason.clear();
    }

    m_dashboard.window().applySnapshot(snapshotWith(opportunities));
    QCOMPARE(feed()->model()->rowCount(), 3);
    QCOMPARE(cell(2, OpportunitiesModel::State), QStringLiteral("new"));
    QVERIFY(!feed()->table()->isShowingEmptyText());

    opportunities[1].state = DashboardOpportunity::State::Updated;
    opportunities[1].opportunity.edgePerContract = Cash::fromMicros(31'000);
    m_dashboard.window().applySnapshot(snapshotWith(opportunities));
    QCOMPARE(feed()->model()->rowCount(), 3);
    QCOMPARE(cell(2, OpportunitiesModel::State), QStringLiteral("updated"));
    QCOMPARE(cell(2, OpportunitiesModel::Edge), QStringLiteral("3.1¢"));

    opportunities[0].state = DashboardOpportunity::State::Closed;
    opportunities[0].closeReason = OpportunityCloseReason::BookUnusable;
    opportunities[0].tradable = false;
    m_dashboard.window().applySnapshot(snapshotWith(opportunities));
    QVERIFY(cell(1, OpportunitiesModel::State).startsWith(QStringLiteral("closed")));

    opportunities.removeFirst();
    m_dashboard.window().applySnapshot(snapshotWith(opportunities));
    QCOMPARE(feed()->model()->rowCount(), 2);
    QCOMPARE(cell(1, OpportunitiesModel::State), QStringLiteral("<absent>"));

    m_dashboard.window().applySnapshot(snapshotWith({}));
    QVERIFY(feed()->table()->isShowingEmptyText());
    QVERIFY(feed()->table()->emptyText().contains(QStringLiteral("No opportunities right now")));
}

void TestOpportunityFeed::updates_keepTheSelectedRow()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<DashboardOpportunity> opportunities = DemoData::opportunities(50, 0, now);
    m_dashboard.window().applySnapshot(snapshotWith(opportunities));
    QTableView* view = feed()->table()->view();
    view->selectRow(10);
    const QString selectedKey
        = view->selectionModel()->selectedRows().first().data(OpportunitiesModel::kKeyRole).toString();

    for (int variant = 1; variant <= 5; ++variant) {
        QList<DashboardOpportunity> next = DemoData::opportunities(50, variant, now + variant * 100);
        m_dashboard.window().applySnapshot(snapshotWith(next));
    }

    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(OpportunitiesModel::kKeyRole).toString(), selectedKey);
}

void TestOpportunityFeed::blockedOpportunity_isColouredAndSaysWhy()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<DashboardOpportunity> opportunities = DemoData::opportunities(2, 0, now);
    opportunities[0].state = DashboardOpportunity::State::Opened;
    opportunities[0].tradable = true;
    opportunities[0].blockedReason.clear();
    opportunities[1].state = DashboardOpportunity::State::Opened;
    opportunities[1].tradable = false;
    opportunities[1].blockedReason = QStringLiteral("book older than 2000 ms");

    m_dashboard.window().applySnapshot(snapshotWith(opportunities));

    const OpportunitiesModel* model = feed()->model();
    const QModelIndex tradable = model->index(0, OpportunitiesModel::Status);
    const QModelIndex blocked = model->index(1, OpportunitiesModel::Status);
    QCOMPARE(tradable.data().toString(), QStringLiteral("tradable"));
    QVERIFY(blocked.data().toString().contains(QStringLiteral("book older than 2000 ms")));
    QCOMPARE(tradable.data(Qt::ForegroundRole).value<QBrush>(), toneBrush(RowTone::Good));
    QCOMPARE(blocked.data(Qt::ForegroundRole).value<QBrush>(), toneBrush(RowTone::Warning));
    QVERIFY(tradable.data(Qt::ForegroundRole) != blocked.data(Qt::ForegroundRole));
}

void TestOpportunityFeed::tradedOrExecutingOpportunity_saysSoInItsOwnColour_blockedStillSaysWhy()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<DashboardOpportunity> opportunities = DemoData::opportunities(4, 0, now);
    for (DashboardOpportunity& shown : opportunities) {
        shown.state = DashboardOpportunity::State::Updated; // the gap is still in the books
        shown.tradable = true;
        shown.blockedReason.clear();
    }
    opportunities[0].execution = DashboardOpportunity::Execution::Executing;
    opportunities[1].execution = DashboardOpportunity::Execution::Traded;
    opportunities[2].tradable = false;
    opportunities[2].blockedReason = QStringLiteral("kill switch engaged");
    opportunities[3].execution = DashboardOpportunity::Execution::Traded;
    opportunities[3].tradable = false;
    opportunities[3].blockedReason = QStringLiteral("kill switch engaged");

    m_dashboard.window().applySnapshot(snapshotWith(opportunities));

    const OpportunitiesModel* model = feed()->model();
    const auto status = [model](int row) { return model->index(row, OpportunitiesModel::Status); };
    QCOMPARE(status(0).data().toString(), QStringLiteral("executing"));
    QCOMPARE(status(1).data().toString(), QStringLiteral("traded"));
    QCOMPARE(status(2).data().toString(), QStringLiteral("blocked: kill switch engaged"));
    QCOMPARE(status(3).data().toString(), QStringLiteral("traded"));
    QVERIFY(status(3).data(Qt::ToolTipRole).toString().contains(QStringLiteral("kill switch engaged")));
    QCOMPARE(status(0).data(Qt::ForegroundRole).value<QBrush>(), toneBrush(RowTone::Active));
    QCOMPARE(status(1).data(Qt::ForegroundRole).value<QBrush>(), toneBrush(RowTone::Active));
    QCOMPARE(status(2).data(Qt::ForegroundRole).value<QBrush>(), toneBrush(RowTone::Warning));
    QVERIFY(toneBrush(RowTone::Active) != toneBrush(RowTone::Good));
    QVERIFY(toneBrush(RowTone::Active) != toneBrush(RowTone::Warning));
    // Nothing is left to take: the headline counts no tradable opportunity.
    const auto* summary = feed()->findChild<QLabel*>(QStringLiteral("opportunitySummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("0 tradable")), qPrintable(summary->text()));

    // Closed later: grey like every closed row, and still marked as traded.
    opportunities[1].state = DashboardOpportunity::State::Closed;
    opportunities[1].closeReason = OpportunityCloseReason::Gone;
    m_dashboard.window().applySnapshot(snapshotWith(opportunities));
    QCOMPARE(status(1).data().toString(), QStringLiteral("traded"));
    QCOMPARE(status(1).data(Qt::ForegroundRole).value<QBrush>(), toneBrush(RowTone::Muted));
}

void TestOpportunityFeed::detectorEvents_onTheEngineThread_reachTheFeed()
{
    // An opportunity as the detector reports it, through the engine (which decides tradability) to the window.
    OpportunityEvent event;
    event.kind = OpportunityEvent::Kind::Opened;
    event.opportunity = DemoData::opportunities(1, 0, QDateTime::currentMSecsSinceEpoch()).first().opportunity;
    event.opportunity.id = 77;
    event.timestampMs = QDateTime::currentMSecsSinceEpoch();
    Engine* engine = m_dashboard.controller().engine();
    QMetaObject::invokeMethod(engine, [engine, event] { engine->applyOpportunityEvent(event, QStringLiteral("Fed")); });

    QTRY_COMPARE(cell(77, OpportunitiesModel::Event), QStringLiteral("Fed"));
    // The engine is stopped in dry-run: it is shown, and blocked with the reason.
    QVERIFY2(cell(77, OpportunitiesModel::Status).startsWith(QStringLiteral("blocked")),
        qPrintable(cell(77, OpportunitiesModel::Status)));

    event.kind = OpportunityEvent::Kind::Closed;
    event.closeReason = OpportunityCloseReason::Gone;
    QMetaObject::invokeMethod(engine, [engine, event] { engine->applyOpportunityEvent(event, QString()); });
    QTRY_VERIFY(cell(77, OpportunitiesModel::State).startsWith(QStringLiteral("closed")));
}

void TestOpportunityFeed::tenThousandRows_areShownThroughTheModel()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    m_dashboard.window().applySnapshot(snapshotWith(DemoData::opportunities(10'000, 0, now)));
    m_dashboard.window().applySnapshot(snapshotWith(DemoData::opportunities(10'000, 1, now + 100)));
    const qint64 elapsed = timer.elapsed();

    QCOMPARE(feed()->model()->rowCount(), 10'000);
    QTableView* view = feed()->table()->view();
    view->scrollToBottom();
    QCoreApplication::processEvents();
    QVERIFY(view->indexAt(QPoint(5, 5)).isValid());
    qInfo("two 10,000-row snapshots applied in %lld ms", elapsed);
}

void TestOpportunityFeed::logView_filtersByLevelAndModule()
{
    LogSink sink;
    sink.install();
    LogPanel* panel = m_dashboard.window().logPanel();
    m_dashboard.window().setLogSink(&sink);
    qCInfo(lcFeedTest) << "order ORN-9 sent";
    qCWarning(lcFeedTest) << "order ORN-9 rejected";
    sink.append(
        { QDateTime::currentDateTimeUtc(), QtDebugMsg, QStringLiteral("orion.market"), QStringLiteral("delta") });

    panel->drainSink();
    m_dashboard.window().setLogSink(nullptr);
    sink.uninstall();

    QVERIFY(panel->model()->rowCount() >= 3);
    auto* level = m_dashboard.find<QComboBox>(QStringLiteral("logLevelFilter"));
    auto* module = m_dashboard.find<QComboBox>(QStringLiteral("logModuleFilter"));
    module->setCurrentIndex(module->findText(QStringLiteral("execution")));
    level->setCurrentIndex(level->findData(2)); // warnings and errors
    QCOMPARE(panel->filter()->rowCount(), 1);
    QCOMPARE(panel->filter()->index(0, LogModel::Message).data().toString(), QStringLiteral("order ORN-9 rejected"));

    level->setCurrentIndex(level->findData(0));
    module->setCurrentIndex(module->findText(QStringLiteral("market")));
    QCOMPARE(panel->filter()->rowCount(), 1);
    QCOMPARE(panel->filter()->index(0, LogModel::Message).data().toString(), QStringLiteral("delta"));
}

QTEST_MAIN(TestOpportunityFeed)
#include "TestOpportunityFeed.moc"
