#include "panels/PerformancePanel.h"

#include "DisplayFormat.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace orion {

PerformancePanel::PerformancePanel(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("performancePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("performanceNotice"));
    m_notice->setWordWrap(true);
    m_notice->setEnabled(false);
    layout->addWidget(m_notice);

    m_grid = new QGridLayout;
    addFigure(QStringLiteral("pnl"), tr("Total P&L"), 0, 0);
    addFigure(QStringLiteral("realized"), tr("Realised"), 0, 1);
    addFigure(QStringLiteral("unrealized"), tr("Unrealised"), 0, 2);
    addFigure(QStringLiteral("winRate"), tr("Win rate"), 1, 0);
    addFigure(QStringLiteral("roi"), tr("ROI"), 1, 1);
    addFigure(QStringLiteral("sharpe"), tr("Sharpe"), 1, 2);
    addFigure(QStringLiteral("drawdown"), tr("Max drawdown"), 2, 0);
    addFigure(QStringLiteral("volume"), tr("Volume"), 2, 1);
    addFigure(QStringLiteral("trades"), tr("Trades"), 2, 2);
    layout->addLayout(m_grid);

    m_balanceChart = makeChart(QStringLiteral("balanceChart"), tr("Balance over time"));
    m_pnlChart = makeChart(QStringLiteral("pnlChart"), tr("Cumulative P&L"));
    auto* charts = new QVBoxLayout;
    charts->addWidget(m_balanceChart.view);
    charts->addWidget(m_pnlChart.view);
    layout->addLayout(charts, 1);
    matchChartsToPalette();
}

void PerformancePanel::addFigure(const QString& name, const QString& label, int row, int column)
{
    auto* caption = new QLabel(label, this);
    auto* value = new QLabel(QStringLiteral("—"), this);
    value->setObjectName(name + QStringLiteral("Figure"));
    QFont font = value->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    value->setFont(font);
    m_grid->addWidget(caption, row, column * 2);
    m_grid->addWidget(value, row, column * 2 + 1);
    m_figures.insert(name, value);
}

PerformancePanel::Chart PerformancePanel::makeChart(const QString& objectName, const QString& title)
{
    Chart chart;
    chart.chart = new QChart;
    chart.chart->setTitle(title);
    chart.chart->legend()->hide();
    chart.series = new QLineSeries(chart.chart);
    chart.chart->addSeries(chart.series);
    chart.timeAxis = new QDateTimeAxis(chart.chart);
    chart.timeAxis->setFormat(QStringLiteral("dd.MM HH:mm"));
    chart.timeAxis->setTickCount(4);
    chart.valueAxis = new QValueAxis(chart.chart);
    chart.valueAxis->setLabelFormat(QStringLiteral("$%.0f"));
    chart.chart->addAxis(chart.timeAxis, Qt::AlignBottom);
    chart.chart->addAxis(chart.valueAxis, Qt::AlignLeft);
    chart.series->attachAxis(chart.timeAxis);
    chart.series->attachAxis(chart.valueAxis);
    chart.view = new QChartView(chart.chart, this); // the view owns the chart
    chart.view->setObjectName(objectName);
    chart.view->setRenderHint(QPainter::Antialiasing);
    chart.view->setMinimumHeight(180);
    return chart;
}

bool PerformancePanel::chartsAreDark() const
{
    return m_balanceChart.chart->theme() == QChart::ChartThemeDark;
}

void PerformancePanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
        matchChartsToPalette();
    }
}

void PerformancePanel::matchChartsToPalette()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    const QChart::ChartTheme theme = dark ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    for (Chart* chart : {&m_balanceChart, &m_pnlChart}) {
        if (chart->chart != nullptr && chart->chart->theme() != theme) {
            chart->chart->setTheme(theme); // resets the series pen and the axis label format: restore them
            chart->valueAxis->setLabelFormat(QStringLiteral("$%.0f"));
            chart->timeAxis->setFormat(QStringLiteral("dd.MM HH:mm"));
        }
    }
}

void PerformancePanel::plot(Chart& chart, const QList<DashboardPoint>& points)
{
    // In time order: a point stamped earlier than the last one (the clock stepped back, a restored history) must
    // neither send the line backwards nor fall outside the time axis.
    QList<DashboardPoint> ordered = points;
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const DashboardPoint& a, const DashboardPoint& b) { return a.atMs < b.atMs; });
    QList<QPointF> xy;
    xy.reserve(ordered.size());
    // Dollars as double only for drawing: the figures above are formatted from the exact values.
    double low = 0.0;
    double high = 1.0;
    for (const DashboardPoint& point : std::as_const(ordered)) {
        const double dollars = static_cast<double>(point.value.micros()) / static_cast<double>(Cash::kMicrosPerDollar);
        if (xy.isEmpty()) {
            low = high = dollars;
        }
        low = std::min(low, dollars);
        high = std::max(high, dollars);
        xy.append(QPointF(static_cast<double>(point.atMs), dollars));
    }
    // The axes first, then the line: every point lands inside the new ranges the moment it is drawn.
    if (ordered.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        chart.timeAxis->setRange(now.addSecs(-3600), now);
        chart.valueAxis->setRange(0.0, 1.0);
    } else {
        const qint64 first = ordered.first().atMs;
        const qint64 last = std::max(ordered.last().atMs, first + 60'000);
        chart.timeAxis->setRange(
            QDateTime::fromMSecsSinceEpoch(first, Qt::UTC), QDateTime::fromMSecsSinceEpoch(last, Qt::UTC));
        const double margin = std::max(1.0, (high - low) * 0.1);
        chart.valueAxis->setRange(low - margin, high + margin);
    }
    chart.series->replace(xy);
}

void PerformancePanel::showSnapshot(const EngineSnapshot& snapshot)
{
    m_notice->setVisible(!snapshot.feeds.performance);
    m_notice->setText(tr("Performance figures appear once the portfolio ledger is connected to the engine. "
                         "No trades are recorded yet, so every figure reads “—”."));
    const DashboardPerformance& p = snapshot.performance;
    if (m_hasShown && p == m_shown) {
        return; // charts are redrawn only when the figures change
    }
    m_shown = p;
    m_hasShown = true;
    const bool any = snapshot.feeds.performance;
    const auto set = [this, any](const QString& name, const QString& text) {
        m_figures.value(name)->setText(any ? text : QStringLiteral("—"));
    };
    set(QStringLiteral("pnl"), DisplayFormat::signedMoney(p.totalPnl()));
    set(QStringLiteral("realized"), DisplayFormat::signedMoney(p.realizedPnl));
    set(QStringLiteral("unrealized"), DisplayFormat::signedMoney(p.unrealizedPnl));
    set(QStringLiteral("winRate"), DisplayFormat::percent(p.wins, p.trades));
    set(QStringLiteral("roi"), DisplayFormat::percent(p.totalPnl().micros(), p.capitalBase.micros()));
    set(QStringLiteral("sharpe"), p.sharpeValid ? QString::number(p.sharpe, 'f', 2) : tr("too few days"));
    set(QStringLiteral("drawdown"), DisplayFormat::money(p.maxDrawdown));
    set(QStringLiteral("volume"), DisplayFormat::money(p.volume));
    set(QStringLiteral("trades"), tr("%1 (%2 won)").arg(p.trades).arg(p.wins));
    plot(m_balanceChart, p.balanceHistory);
    plot(m_pnlChart, p.cumulativePnl);
}

QString PerformancePanel::figure(const QString& name) const
{
    const QLabel* label = m_figures.value(name);
    return label ? label->text() : QString();
}

int PerformancePanel::balancePointCount() const
{
    return static_cast<int>(m_balanceChart.series->count());
}

} // namespace orion
