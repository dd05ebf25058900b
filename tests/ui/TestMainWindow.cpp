// The real main window over a real engine (own thread, real SQLite file), driven by clicks and keys.
#include "OrionTestConfig.h"
#include "TestPrinters.h"
#include "TestSettings.h"

#include "DashboardFixture.h"
#include "DemoData.h"
#include "MainWindow.h"
#include "Theme.h"
#include "config/SettingsSchema.h"
#include "credentials/CredentialService.h"
#include "engine/Engine.h"
#include "engine/EngineController.h"
#include "models/RowTableModel.h"
#include "panels/BalancesPanel.h"
#include "panels/PerformancePanel.h"
#include "widgets/DataTable.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace orion;

namespace {

// Enough of a credential service for the dialog to open and list the store (the dialog has its own suite).
class ListingCredentialService final : public CredentialService
{
public:
    QString storeKind() const override { return QStringLiteral("keychain"); }
    QString storeLocation() const override { return QStringLiteral("test keyring"); }
    void refresh() override { emit presenceChanged({QStringLiteral("kalshi.key_id")}); }
    void store(const QString&, QByteArray& value) override { value.fill('\0'); }
    void remove(const QString&) override {}
    void testVenues() override { emit testsFinished(); }
};

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void startButton_whenStopped_startsEngineAndShowsRunning();
    void stopButton_whenRunning_stopsEngine();
    void killButton_haltsEngineAndDisablesStart();
    void killShortcut_haltsEngine();
    void resetButton_afterKill_allowsStartAgain();
    void configurationView_showsActiveParametersWithUnits();
    void screenshot_ofRunningWindow_isSavedToBuildTree();
    void modeSelector_choosingLive_asksWithBankrollAndCancelKeepsMode();
    void modeSelector_confirmingLive_switchesEngineToLive();
    void modeSelector_choosingPaper_appliesWithoutAsking();
    void autoExecuteToggle_click_reachesEngine();
    void killButton_withOpenOrders_showsWhatItCancelled();
    void circuitBreaker_whenTripped_showsReasonAndResetClearsIt();
    void panels_withoutDataSources_sayWhyTheyAreEmpty();
    void screenshots_ofDemoPanels_areSavedToBuildTree();
    void columnWidthsAndSortOrder_persistIntoTheNextWindow();
    void darkTheme_changesPaletteAndRowColours();
    void fileMenu_credentials_opensTheDialogOnlyWithAStore();

private:
    QPushButton* button(const char* name) const;
    QString statusText() const;
    bool waitForState(EngineRunState state);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EngineController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    test::isolateUiSettings();
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_controller = std::make_unique<EngineController>(test::settingsIn(m_dir->path()), QStringLiteral("test"));
    m_window = std::make_unique<MainWindow>(*m_controller);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_controller->launch();
    QVERIFY(waitForState(EngineRunState::Stopped));
}

void TestMainWindow::cleanup()
{
    m_controller->shutdown();
    QTRY_VERIFY(m_controller->isShutDown());
    m_window.reset();
    m_controller.reset();
    m_dir.reset();
}

QPushButton* TestMainWindow::button(const char* name) const
{
    return m_window->findChild<QPushButton*>(QString::fromLatin1(name));
}

QString TestMainWindow::statusText() const
{
    return m_window->findChild<QLabel*>(QStringLiteral("engineStatusLabel"))->text();
}

bool TestMainWindow::waitForState(EngineRunState state)
{
    return QTest::qWaitFor([&] { return m_controller->snapshot().runState == state; }, 5000);
}

void TestMainWindow::startButton_whenStopped_startsEngineAndShowsRunning()
{
    QPushButton* start = button("startButton");
    QVERIFY(start->isEnabled());
    QVERIFY(!button("stopButton")->isEnabled());

    QTest::mouseClick(start, Qt::LeftButton);

    QVERIFY(waitForState(EngineRunState::Running));
    QTRY_COMPARE(statusText(), QStringLiteral("Running"));
    QTRY_VERIFY(button("stopButton")->isEnabled());
    QVERIFY(!start->isEnabled());
}

void TestMainWindow::stopButton_whenRunning_stopsEngine()
{
    QTest::mouseClick(button("startButton"), Qt::LeftButton);
    QTRY_VERIFY(button("stopButton")->isEnabled());

    QTest::mouseClick(button("stopButton"), Qt::LeftButton);

    QVERIFY(waitForState(EngineRunState::Stopped));
    QTRY_COMPARE(statusText(), QStringLiteral("Stopped"));
    QTRY_VERIFY(button("startButton")->isEnabled());
}

void TestMainWindow::killButton_haltsEngineAndDisablesStart()
{
    QTest::mouseClick(button("startButton"), Qt::LeftButton);
    QVERIFY(waitForState(EngineRunState::Running));

    QTest::mouseClick(button("killButton"), Qt::LeftButton);

    // Synchronous: the halt flag is up and the window says so before the event loop runs again.
    QVERIFY(m_controller->haltFlag().isRaised());
    QCOMPARE(statusText(), QStringLiteral("HALTED"));
    QVERIFY(!button("startButton")->isEnabled());
    QVERIFY(button("resetHaltButton")->isEnabled());
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("haltReasonLabel"))->isVisible());
}

void TestMainWindow::killShortcut_haltsEngine()
{
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);

    QVERIFY(m_controller->haltFlag().isRaised());
    QCOMPARE(statusText(), QStringLiteral("HALTED"));
}

void TestMainWindow::resetButton_afterKill_allowsStartAgain()
{
    QTest::mouseClick(button("killButton"), Qt::LeftButton);
    QVERIFY(waitForState(EngineRunState::Halted));

    QTest::mouseClick(button("resetHaltButton"), Qt::LeftButton);

    QVERIFY(waitForState(EngineRunState::Stopped));
    QTRY_VERIFY(button("startButton")->isEnabled());
    QVERIFY(!m_controller->haltFlag().isRaised());
}

void TestMainWindow::configurationView_showsActiveParametersWithUnits()
{
    auto* tree = m_window->findChild<QTreeWidget*>(QStringLiteral("configurationTree"));
    QVERIFY(tree);
    const auto items = tree->findItems(QStringLiteral("threshold_spread"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.first()->text(1), settingValue(m_controller->snapshot().settings,
                                                   QStringLiteral("trading.threshold_spread")));
    QVERIFY(!items.first()->text(3).isEmpty()); // the explanation a trader reads

    const auto mode = tree->findItems(QStringLiteral("mode"), Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(mode.size(), 1);
}

void TestMainWindow::screenshot_ofRunningWindow_isSavedToBuildTree()
{
    QTest::mouseClick(button("startButton"), Qt::LeftButton);
    QVERIFY(waitForState(EngineRunState::Running));
    QTRY_COMPARE(statusText(), QStringLiteral("Running"));
    const QString directory = QStringLiteral(ORION_BINARY_DIR "/screenshots");
    QVERIFY(QDir().mkpath(directory));
    const QString path = directory + QStringLiteral("/main-window-running.png");

    QVERIFY(m_window->grab().save(path));

    const QImage saved(path);
    QCOMPARE(saved.size(), m_window->size() * m_window->devicePixelRatio());
}

void TestMainWindow::modeSelector_choosingLive_asksWithBankrollAndCancelKeepsMode()
{
    auto* selector = m_window->findChild<QComboBox*>(QStringLiteral("modeSelector"));
    const TradingMode before = m_controller->snapshot().settings.engine.mode;
    QVERIFY(before != TradingMode::Live);
    const QString shownBefore = selector->currentText();

    QTest::keyClick(selector, Qt::Key_End); // the last entry is live, as a person would pick it

    QMessageBox* box = m_window->liveModeConfirmation();
    QVERIFY(box);
    QVERIFY(box->isVisible());
    QVERIFY2(box->text().contains(QStringLiteral("Bankroll at risk")), qPrintable(box->text()));
    QVERIFY(box->text().contains(QStringLiteral("$"))); // the amount itself
    QCOMPARE(selector->currentText(), shownBefore); // not live until confirmed
    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("cancelLiveButton")), Qt::LeftButton);
    QTRY_VERIFY(!m_window->liveModeConfirmation());
    QTest::qWait(300); // a queued setMode would have reached the engine by now

    QCOMPARE(m_controller->snapshot().settings.engine.mode, before);
    QCOMPARE(selector->currentText(), shownBefore);
}

void TestMainWindow::modeSelector_confirmingLive_switchesEngineToLive()
{
    auto* selector = m_window->findChild<QComboBox*>(QStringLiteral("modeSelector"));
    QTest::keyClick(selector, Qt::Key_End);
    QMessageBox* box = m_window->liveModeConfirmation();
    QVERIFY(box);

    QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("confirmLiveButton")), Qt::LeftButton);

    QTRY_COMPARE(m_controller->snapshot().settings.engine.mode, TradingMode::Live);
    QTRY_COMPARE(selector->currentData().toInt(), static_cast<int>(TradingMode::Live));
}

void TestMainWindow::modeSelector_choosingPaper_appliesWithoutAsking()
{
    auto* selector = m_window->findChild<QComboBox*>(QStringLiteral("modeSelector"));
    const int paper = selector->findData(static_cast<int>(TradingMode::Paper));
    QVERIFY(paper >= 0);

    selector->setCurrentIndex(paper);
    emit selector->activated(paper);

    QVERIFY(!m_window->liveModeConfirmation());
    QTRY_COMPARE(m_controller->snapshot().settings.engine.mode, TradingMode::Paper);
}

void TestMainWindow::autoExecuteToggle_click_reachesEngine()
{
    auto* toggle = m_window->findChild<QCheckBox*>(QStringLiteral("autoExecuteToggle"));
    const bool before = m_controller->snapshot().settings.trading.autoExecute;
    QCOMPARE(toggle->isChecked(), before);

    QTest::mouseClick(toggle, Qt::LeftButton);

    QTRY_COMPARE(m_controller->snapshot().settings.trading.autoExecute, !before);
    QCOMPARE(toggle->isChecked(), !before);
}

void TestMainWindow::killButton_withOpenOrders_showsWhatItCancelled()
{
    OrderStatusReport working;
    working.clientOrderId = QStringLiteral("ORN-1");
    working.market = MarketKey { VenueId::Kalshi, QStringLiteral("KXFED-26DEC") };
    working.status = OrderStatus::Accepted;
    OrderStatusReport done = working;
    done.clientOrderId = QStringLiteral("ORN-2");
    done.status = OrderStatus::Filled;
    Engine* engine = m_controller->engine();
    QMetaObject::invokeMethod(engine, [engine, working, done] { engine->setOrders({ working, done }, {}); });
    QTRY_COMPARE(m_controller->snapshot().orders.size(), 2);

    QTest::mouseClick(button("killButton"), Qt::LeftButton);

    // Within the click: halted, and the report names the working order (not the filled one).
    QVERIFY(m_controller->haltFlag().isRaised());
    auto* report = m_window->findChild<QLabel*>(QStringLiteral("killReportLabel"));
    QVERIFY(report->isVisible());
    QVERIFY2(report->text().contains(QStringLiteral("ORN-1")), qPrintable(report->text()));
    QVERIFY(!report->text().contains(QStringLiteral("ORN-2")));
    // The engine confirms: the order is cancelled in the next snapshot.
    QTRY_COMPARE(m_controller->snapshot().orders.first().status, OrderStatus::Canceled);
    QCOMPARE(m_controller->snapshot().lastKill.cancelledOrders.size(), 1);
}

void TestMainWindow::circuitBreaker_whenTripped_showsReasonAndResetClearsIt()
{
    Engine* engine = m_controller->engine();
    QMetaObject::invokeMethod(engine, [engine] { engine->tripCircuitBreaker(QStringLiteral("daily loss 5.2%")); });
    auto* label = m_window->findChild<QLabel*>(QStringLiteral("circuitBreakerLabel"));
    QTRY_VERIFY(label->text().contains(QStringLiteral("daily loss 5.2%")));
    QPushButton* reset = button("resetBreakerButton");
    QVERIFY(reset->isEnabled());

    QTest::mouseClick(reset, Qt::LeftButton);

    QTRY_VERIFY(!m_controller->snapshot().circuitBreaker.tripped);
    QTRY_VERIFY(!label->text().contains(QStringLiteral("daily loss 5.2%")));
    QVERIFY(!reset->isEnabled());
}

void TestMainWindow::panels_withoutDataSources_sayWhyTheyAreEmpty()
{
    // Balances, positions, orders and performance are not connected in this build: each says so.
    for (const char* name : { "balancesTable", "positionsTable", "ordersTable", "fillsTable" }) {
        auto* table = m_window->findChild<DataTable*>(QString::fromLatin1(name));
        QVERIFY2(table, name);
        QVERIFY2(table->isShowingEmptyText(), name);
        QVERIFY2(table->emptyText().contains(QStringLiteral("connected")), qPrintable(table->emptyText()));
    }
    auto* notice = m_window->findChild<QLabel*>(QStringLiteral("performanceNotice"));
    QVERIFY(!notice->isHidden());
}

void TestMainWindow::screenshots_ofDemoPanels_areSavedToBuildTree()
{
    const QString directory = QStringLiteral(ORION_BINARY_DIR "/screenshots");
    QVERIFY(QDir().mkpath(directory));
    m_window->resize(1600, 1000);
    m_window->applySnapshot(DemoData::snapshot(m_controller->snapshot().settings, QDateTime::currentDateTimeUtc()));
    QVERIFY(m_window->grab().save(directory + QStringLiteral("/demo-main-window.png")));

    const QList<QDockWidget*> docks = m_window->panelDocks();
    QVERIFY(docks.size() >= 7);
    for (QDockWidget* dock : docks) {
        dock->raise();
        QCoreApplication::processEvents();
        const QString path = directory + QStringLiteral("/demo-") + dock->objectName() + QStringLiteral(".png");
        QVERIFY2(dock->widget()->grab().save(path), qPrintable(path));
        const QImage saved(path);
        QVERIFY2(!saved.isNull() && saved.width() > 50 && saved.height() > 50, qPrintable(path));
    }
    QVERIFY(!m_window->findChild<DataTable*>(QStringLiteral("balancesTable"))->isShowingEmptyText());
}

void TestMainWindow::columnWidthsAndSortOrder_persistIntoTheNextWindow()
{
    auto* table = m_window->findChild<DataTable*>(QStringLiteral("opportunitiesTable"));
    table->view()->horizontalHeader()->resizeSection(1, 321);
    table->view()->sortByColumn(4, Qt::DescendingOrder);

    m_window.reset(); // closing saves the layout
    m_window = std::make_unique<MainWindow>(*m_controller);
    m_window->show();

    auto* again = m_window->findChild<DataTable*>(QStringLiteral("opportunitiesTable"));
    QCOMPARE(again->view()->horizontalHeader()->sectionSize(1), 321);
    QCOMPARE(again->view()->horizontalHeader()->sortIndicatorSection(), 4);
    QCOMPARE(again->view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(again->proxy()->sortColumn(), 4);
}

void TestMainWindow::darkTheme_changesPaletteAndRowColours()
{
    const QBrush lightGood = (Theme::apply(ThemeChoice::Light), toneBrush(RowTone::Good));
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() >= 128);

    Theme::apply(ThemeChoice::Dark);

    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    QVERIFY(toneBrush(RowTone::Good) != lightGood); // brighter green on a dark window
    QTRY_VERIFY(m_window->performancePanel()->chartsAreDark()); // no white chart in a dark window
    QVERIFY(m_window->grab().save(QStringLiteral(ORION_BINARY_DIR "/screenshots/main-window-dark.png")));
    Theme::apply(ThemeChoice::Light);
    QTRY_VERIFY(!m_window->performancePanel()->chartsAreDark());
}

void TestMainWindow::fileMenu_credentials_opensTheDialogOnlyWithAStore()
{
    QAction* action = nullptr;
    for (QAction* candidate : m_window->findChildren<QAction*>()) {
        if (candidate->text().contains(QStringLiteral("Credentials"))) {
            action = candidate;
        }
    }
    QVERIFY(action != nullptr);
    QVERIFY(!action->isEnabled()); // no store given: nothing to open

    ListingCredentialService service;
    m_window->setCredentialService(&service);
    QVERIFY(action->isEnabled());
    QTimer::singleShot(0, this, [] {
        QWidget* dialog = QApplication::activeModalWidget();
        QVERIFY(dialog != nullptr);
        QVERIFY(dialog->inherits("orion::CredentialsDialog"));
        dialog->close();
    });
    action->trigger();
    m_window->setCredentialService(nullptr);
    QVERIFY(!action->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
