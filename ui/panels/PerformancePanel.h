#pragma once

#include "engine/EngineSnapshot.h"

#include <QHash>
#include <QWidget>

class QChart;
class QGridLayout;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace orion {

// Trading results (P&L, win rate, ROI, Sharpe, max drawdown, volume) and charts of the balance over time and of
// the cumulative P&L.
class PerformancePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PerformancePanel(QWidget* parent = nullptr);

    void showSnapshot(const EngineSnapshot& snapshot);
    QString figure(const QString& name) const; // the text of one figure ("pnl", "winRate", …), for tests
    int balancePointCount() const;
    bool chartsAreDark() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    // The charts follow the application palette (light or dark theme): Qt Charts do not by themselves.
    void matchChartsToPalette();

    struct Chart
    {
        QChart* chart = nullptr;
        QLineSeries* series = nullptr;
        QDateTimeAxis* timeAxis = nullptr;
        QValueAxis* valueAxis = nullptr;
        QChartView* view = nullptr;
    };

    Chart makeChart(const QString& objectName, const QString& title);
    void addFigure(const QString& name, const QString& label, int row, int column);
    static void plot(Chart& chart, const QList<DashboardPoint>& points);

    QHash<QString, QLabel*> m_figures;
    QLabel* m_notice = nullptr;
    Chart m_balanceChart;
    Chart m_pnlChart;
    DashboardPerformance m_shown;
    bool m_hasShown = false;
    QGridLayout* m_grid = nullptr;
};

} // namespace orion
