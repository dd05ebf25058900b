// The performance panel's balance and P&L charts: after every snapshot each axis spans every point of its line,
// so no point is drawn outside (or below) the plot.
#include "panels/PerformancePanel.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>

using namespace orion;

namespace {

struct Axes
{
    QLineSeries* series = nullptr;
    QDateTimeAxis* time = nullptr;
    QValueAxis* value = nullptr;
};

Axes axesOf(const PerformancePanel& panel, const QString& chartName)
{
    Axes axes;
    const auto* view = panel.findChild<QChartView*>(chartName);
    if (view == nullptr) {
        return axes;
    }
    QChart* chart = view->chart();
    axes.series = chart->series().isEmpty() ? nullptr : qobject_cast<QLineSeries*>(chart->series().first());
    for (QAbstractAxis* axis : chart->axes()) {
        if (auto* time = qobject_cast<QDateTimeAxis*>(axis)) {
            axes.time = time;
        } else if (auto* value = qobject_cast<QValueAxis*>(axis)) {
            axes.value = value;
        }
    }
    return axes;
}

// Which points of the line lie outside the axes' ranges, as text for the failure message (empty: none).
QString pointsOutside(const Axes& axes)
{
    QStringList outside;
    const double timeMin = static_cast<double>(axes.time->min().toMSecsSinceEpoch());
    const double timeMax = static_cast<double>(axes.time->max().toMSecsSinceEpoch());
    for (const QPointF& point : axes.series->points()) {
        if (point.x() < timeMin || point.x() > timeMax || point.y() < axes.value->min()
            || point.y() > axes.value->max()) {
            outside << QStringLiteral("(%1, %2) outside [%3, %4] x [%5, %6]")
                           .arg(point.x(), 0, 'f', 0)
                           .arg(point.y())
                           .arg(timeMin, 0, 'f', 0)
                           .arg(timeMax, 0, 'f', 0)
                           .arg(axes.value->min())
                           .arg(axes.value->max());
        }
    }
    return outside.join(QLatin1Char('\n'));
}

EngineSnapshot withHistory(const QList<DashboardPoint>& balance, const QList<DashboardPoint>& pnl)
{
    EngineSnapshot snapshot;
    snapshot.feeds.performance = true;
    snapshot.performance.balanceHistory = balance;
    snapshot.performance.cumulativePnl = pnl;
    snapshot.performance.capitalBase = Cash::fromMicros(10'000 * Cash::kMicrosPerDollar);
    return snapshot;
}

DashboardPoint point(qint64 atMs, std::int64_t dollars)
{
    return DashboardPoint { atMs, Cash::fromMicros(dollars * Cash::kMicrosPerDollar) };
}

} // namespace

class TestPerformancePanel final : public QObject
{
    Q_OBJECT

private slots:
    void balanceChart_pointsAppendedBeyondTheRange_axesGrowToIncludeThem_data();
    void balanceChart_pointsAppendedBeyondTheRange_axesGrowToIncludeThem();
    void pnlChart_afterEveryUpdate_axesSpanEveryPoint();
    void balanceChart_afterThemeChange_axesStillSpanEveryPoint();

private:
    static constexpr qint64 kStart = 1'795'000'000'000; // 2026-11-17
};

void TestPerformancePanel::balanceChart_pointsAppendedBeyondTheRange_axesGrowToIncludeThem_data()
{
    QTest::addColumn<qint64>("atMs");
    QTest::addColumn<qint64>("dollars");
    QTest::newRow("higher and later") << kStart + 3'600'000 << qint64 { 25'000 };
    QTest::newRow("far below") << kStart + 7'200'000 << qint64 { 12 };
    QTest::newRow("a second after the last point") << kStart + 120'001 << qint64 { 10'100 };
    QTest::newRow("a day later") << kStart + 86'400'000 << qint64 { 10'050 };
    QTest::newRow("a loss below zero") << kStart + 240'000 << qint64 { -350 };
    // The engine's clock stepped back (NTP, a restored history): the new point is the earliest one.
    QTest::newRow("stamped before the first point") << kStart - 600'000 << qint64 { 10'500 };
    QTest::newRow("stamped between two points") << kStart + 30'000 << qint64 { 9'000 };
}

void TestPerformancePanel::balanceChart_pointsAppendedBeyondTheRange_axesGrowToIncludeThem()
{
    QFETCH(qint64, atMs);
    QFETCH(qint64, dollars);
    PerformancePanel panel;
    panel.resize(600, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QList<DashboardPoint> history { point(kStart, 10'000), point(kStart + 60'000, 10'040),
        point(kStart + 120'000, 10'020) };
    panel.showSnapshot(withHistory(history, {}));
    const Axes axes = axesOf(panel, QStringLiteral("balanceChart"));
    QVERIFY(axes.series && axes.time && axes.value);
    QVERIFY2(pointsOutside(axes).isEmpty(), qPrintable(pointsOutside(axes)));

    history.append(point(atMs, dollars));
    panel.showSnapshot(withHistory(history, {}));

    QCOMPARE(panel.balancePointCount(), 4);
    QVERIFY2(pointsOutside(axes).isEmpty(), qPrintable(pointsOutside(axes)));
    QVERIFY(axes.time->max().toMSecsSinceEpoch() >= atMs);
    QVERIFY(axes.value->max() >= static_cast<double>(dollars));
    QVERIFY(axes.value->min() <= static_cast<double>(dollars));
}

void TestPerformancePanel::pnlChart_afterEveryUpdate_axesSpanEveryPoint()
{
    PerformancePanel panel;
    panel.resize(600, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const Axes axes = axesOf(panel, QStringLiteral("pnlChart"));
    QVERIFY(axes.series && axes.time && axes.value);
    QList<DashboardPoint> pnl;
    std::int64_t dollars = 0;
    for (int i = 0; i < 60; ++i) {
        dollars += (i % 7 == 3) ? -40 * i : 25 * i; // gains and the odd loss, growing in size
        pnl.append(point(kStart + 45'000L * i, dollars));
        panel.showSnapshot(withHistory({}, pnl));
        QVERIFY2(pointsOutside(axes).isEmpty(), qPrintable(QStringLiteral("after point %1:\n").arg(i) + pointsOutside(axes)));
    }
}

void TestPerformancePanel::balanceChart_afterThemeChange_axesStillSpanEveryPoint()
{
    PerformancePanel panel;
    panel.resize(600, 700);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const Axes axes = axesOf(panel, QStringLiteral("balanceChart"));
    QVERIFY(axes.series && axes.time && axes.value);
    panel.showSnapshot(withHistory({ point(kStart, 10'000), point(kStart + 60'000, 14'000) }, {}));

    QPalette dark = panel.palette();
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    panel.setPalette(dark);
    QTRY_VERIFY(panel.chartsAreDark());
    panel.showSnapshot(withHistory({ point(kStart, 10'000), point(kStart + 60'000, 14'000),
                                       point(kStart + 120'000, 30'000) }, {}));

    QVERIFY2(pointsOutside(axes).isEmpty(), qPrintable(pointsOutside(axes)));
}

QTEST_MAIN(TestPerformancePanel)
#include "TestPerformancePanel.moc"
