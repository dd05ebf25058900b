// The real main window over a real engine (own thread, real SQLite file), driven by clicks and keys.
#include "OrionTestConfig.h"
#include "TestPrinters.h"
#include "TestSettings.h"

#include "MainWindow.h"
#include "config/SettingsSchema.h"
#include "engine/EngineController.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace orion;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void startButton_whenStopped_startsEngineAndShowsRunning();
    void stopButton_whenRunning_stopsEngine();
    void killButton_haltsEngineAndDisablesStart();
    void killShortcut_haltsEngine();
    void resetButton_afterKill_allowsStartAgain();
    void configurationView_showsActiveParametersWithUnits();
    void screenshot_ofRunningWindow_isSavedToBuildTree();

private:
    QPushButton* button(const char* name) const;
    QString statusText() const;
    bool waitForState(EngineRunState state);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EngineController> m_controller;
    std::unique_ptr<MainWindow> m_window;
};

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

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
