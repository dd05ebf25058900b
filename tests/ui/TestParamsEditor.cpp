// The parameter editor over a real engine: values typed into the tree are checked in place, applied to the
// running engine, and saved to config.yaml through the engine.
#include "DashboardFixture.h"
#include "OrionTestConfig.h"
#include "TestPrinters.h"

#include "config/SettingsLoader.h"
#include "config/SettingsSchema.h"
#include "panels/ParamsEditor.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace orion;

class TestParamsEditor final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void typedValue_outOfRange_isRefusedInPlaceWithReason();
    void editValue_invalid_isRefusedAndEngineKeepsValue_data();
    void editValue_invalid_isRefusedAndEngineKeepsValue();
    void editValue_valid_appliesToRunningEngineAndRecordsChange();
    void modeKey_isNotEditableInTheTree();
    void saveButton_writesConfigYamlAndRecordsChangedKeys();
    void everyParameter_showsUnitRangeOrHelp();

private:
    ParamsEditor* editor() { return m_dashboard.find<ParamsEditor>(QStringLiteral("paramsEditor")); }
    QString engineValue(const QString& key) { return settingValue(m_dashboard.controller().snapshot().settings, key); }

    test::Dashboard m_dashboard;
};

void TestParamsEditor::initTestCase()
{
    test::isolateUiSettings();
}

void TestParamsEditor::init()
{
    QVERIFY(m_dashboard.start());
    m_dashboard.controller().startTrading();
    QVERIFY(m_dashboard.waitForState(EngineRunState::Running));
}

void TestParamsEditor::cleanup()
{
    m_dashboard.stop();
}

void TestParamsEditor::typedValue_outOfRange_isRefusedInPlaceWithReason()
{
    const QString key = QStringLiteral("risk.max_daily_loss_pct");
    const QString before = engineValue(key);
    QTreeWidgetItem* item = editor()->itemForKey(key);
    QVERIFY(item);
    auto* tree = m_dashboard.find<QTreeWidget>(QStringLiteral("configurationTree"));
    tree->scrollToItem(item);

    tree->editItem(item, 1); // as a double-click would
    auto* line = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(line, QStringLiteral("1.5"));
    QTest::keyClick(line, Qt::Key_Return);

    QTRY_VERIFY(!editor()->lastRefusal().isEmpty());
    QCOMPARE(item->text(1), before); // the old value stays in the cell
    QVERIFY2(item->toolTip(1).startsWith(QStringLiteral("Refused")), qPrintable(item->toolTip(1)));
    const QString message = m_dashboard.find<QLabel>(QStringLiteral("parameterMessage"))->text();
    QVERIFY2(message.contains(QStringLiteral("max_daily_loss_pct")), qPrintable(message));
    QTest::qWait(200);
    QCOMPARE(engineValue(key), before);
}

void TestParamsEditor::editValue_invalid_isRefusedAndEngineKeepsValue_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("not a number") << QStringLiteral("trading.threshold_spread") << QStringLiteral("two cents")
                                  << QStringLiteral("threshold_spread");
    QTest::newRow("negative size") << QStringLiteral("trading.min_trade_size_usd") << QStringLiteral("-5")
                                   << QStringLiteral("min_trade_size_usd");
    QTest::newRow("allocations above the bankroll")
        << QStringLiteral("capital.kalshi_allocation_pct") << QStringLiteral("0.95") << QStringLiteral("at most 1");
    QTest::newRow("unknown choice") << QStringLiteral("venues.environment") << QStringLiteral("staging")
                                    << QStringLiteral("environment");
}

void TestParamsEditor::editValue_invalid_isRefusedAndEngineKeepsValue()
{
    QFETCH(QString, key);
    QFETCH(QString, text);
    QFETCH(QString, reasonPart);
    const QString before = engineValue(key);

    const bool accepted = editor()->editValue(key, text);

    QVERIFY(!accepted);
    QVERIFY2(editor()->lastRefusal().contains(reasonPart), qPrintable(editor()->lastRefusal()));
    QCOMPARE(editor()->itemForKey(key)->text(1), before);
    QTest::qWait(200);
    QCOMPARE(engineValue(key), before);
}

void TestParamsEditor::editValue_valid_appliesToRunningEngineAndRecordsChange()
{
    const QString key = QStringLiteral("trading.threshold_spread");
    QVERIFY(engineValue(key) != QStringLiteral("0.035"));

    QVERIFY(editor()->editValue(key, QStringLiteral("0.035")));

    QTRY_COMPARE(engineValue(key), QStringLiteral("0.035"));
    QCOMPARE(m_dashboard.controller().snapshot().runState, EngineRunState::Running); // applied while running
    const auto rows = m_dashboard.query(
        QStringLiteral("SELECT new_value, source FROM config_changes WHERE key = 'trading.threshold_spread'"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().at(0).toString(), QStringLiteral("0.035"));
    QCOMPARE(rows.first().at(1).toString(), QStringLiteral("user"));
}

void TestParamsEditor::modeKey_isNotEditableInTheTree()
{
    QTreeWidgetItem* mode = editor()->itemForKey(QStringLiteral("engine.mode"));
    QVERIFY(mode);
    QVERIFY(!(mode->flags() & Qt::ItemIsEditable));
    QVERIFY(!editor()->editValue(QStringLiteral("engine.mode"), QStringLiteral("live")));
    QTest::qWait(200);
    QVERIFY(m_dashboard.controller().snapshot().settings.engine.mode != TradingMode::Live);
}

void TestParamsEditor::saveButton_writesConfigYamlAndRecordsChangedKeys()
{
    const QString path = m_dashboard.directory() + QStringLiteral("/config.yaml");
    editor()->setSavePath(path);
    QVERIFY(editor()->editValue(QStringLiteral("risk.max_open_positions"), QStringLiteral("7")));
    QTRY_COMPARE(engineValue(QStringLiteral("risk.max_open_positions")), QStringLiteral("7"));
    QSignalSpy saved(&m_dashboard.controller(), &EngineController::settingsSaved);

    QTest::mouseClick(m_dashboard.find<QPushButton>(QStringLiteral("saveSettingsButton")), Qt::LeftButton);

    QVERIFY(saved.wait(5000));
    const LoadOutcome reloaded = SettingsLoader::loadFile(path);
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded.settings->risk.maxOpenPositions, 7);
    const auto rows = m_dashboard.query(QStringLiteral(
        "SELECT new_value FROM config_changes WHERE key = 'risk.max_open_positions' AND source LIKE 'file:%'"));
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().at(0).toString(), QStringLiteral("7"));
    QVERIFY(!QFile::exists(path + QStringLiteral(".tmp")));
}

void TestParamsEditor::everyParameter_showsUnitRangeOrHelp()
{
    for (const SettingDescriptor& descriptor : settingsSchema()) {
        QTreeWidgetItem* item = editor()->itemForKey(descriptor.key);
        QVERIFY2(item, qPrintable(descriptor.key));
        QVERIFY2(!item->text(3).isEmpty(), qPrintable(descriptor.key)); // the explanation
        QCOMPARE(item->text(2), descriptor.unit);
        QCOMPARE(item->text(1), engineValue(descriptor.key));
    }
}

QTEST_MAIN(TestParamsEditor)
#include "TestParamsEditor.moc"
