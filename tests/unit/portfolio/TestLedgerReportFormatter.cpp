// How the report writes money and ratios: exact, readable, never "$1,234.560000".
#include "portfolio/LedgerReportFormatter.h"

#include "ManualClock.h"

#include <QJsonArray>
#include <QTest>

using namespace orion;

class TestLedgerReportFormatter final : public QObject
{
    Q_OBJECT

private slots:
    void dollars_amount_isExactWithSeparators_data();
    void dollars_amount_isExactWithSeparators();
    void percent_ratio_isExact_data();
    void percent_ratio_isExact();
    void emptyReport_textAndJson_sayNoTradesYet();
};

void TestLedgerReportFormatter::dollars_amount_isExactWithSeparators_data()
{
    QTest::addColumn<qint64>("micros");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << qint64 { 0 } << QStringLiteral("$0.00");
    QTest::newRow("cents") << qint64 { 430'000 } << QStringLiteral("$0.43");
    QTest::newRow("thousands") << qint64 { 1'234'560'000 } << QStringLiteral("$1,234.56");
    QTest::newRow("millions, fraction of a cent")
        << qint64 { 1'234'567'890'001 } << QStringLiteral("$1,234,567.890001");
    QTest::newRow("negative") << qint64 { -1'150'000 } << QStringLiteral("-$1.15");
    QTest::newRow("negative micro") << qint64 { -1 } << QStringLiteral("-$0.000001");
    QTest::newRow("exactly 100") << qint64 { 100'000'000 } << QStringLiteral("$100.00");
}

void TestLedgerReportFormatter::dollars_amount_isExactWithSeparators()
{
    QFETCH(qint64, micros);
    QFETCH(QString, expected);

    QCOMPARE(LedgerReportFormatter::dollars(Cash::fromMicros(micros)), expected);
}

void TestLedgerReportFormatter::percent_ratio_isExact_data()
{
    QTest::addColumn<qint64>("ppm");
    QTest::addColumn<QString>("expected");
    QTest::newRow("two thirds") << qint64 { 666'666 } << QStringLiteral("66.6666%");
    QTest::newRow("half") << qint64 { 500'000 } << QStringLiteral("50.00%");
    QTest::newRow("small negative") << qint64 { -570 } << QStringLiteral("-0.057%");
    QTest::newRow("zero") << qint64 { 0 } << QStringLiteral("0.00%");
}

void TestLedgerReportFormatter::percent_ratio_isExact()
{
    QFETCH(qint64, ppm);
    QFETCH(QString, expected);

    QCOMPARE(LedgerReportFormatter::percent(Ratio::fromPpm(ppm)), expected);
}

void TestLedgerReportFormatter::emptyReport_textAndJson_sayNoTradesYet()
{
    // Arrange
    const test::ManualClock clock;
    LedgerReportInput input;
    input.mode = QStringLiteral("live");
    const LedgerReport report = LedgerReportBuilder::build(input, clock).value();

    // Act
    const QString text = LedgerReportFormatter::text(report, QStringLiteral("/data/orion.db"));
    const QJsonObject json = LedgerReportFormatter::json(report, QStringLiteral("/data/orion.db"));

    // Assert
    QVERIFY2(text.contains(QStringLiteral("No trades yet in live mode.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("/data/orion.db")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Metrics")), qPrintable(text));
    QCOMPARE(json.value(QStringLiteral("empty")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("mode")).toString(), QStringLiteral("live"));
    QVERIFY(json.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("sharpe")).isNull());
}

QTEST_GUILESS_MAIN(TestLedgerReportFormatter)
#include "TestLedgerReportFormatter.moc"
