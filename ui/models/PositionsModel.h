#pragma once

#include "engine/DashboardPosition.h"
#include "models/RowTableModel.h"

#include <QCoreApplication>

namespace orion {

// Open positions with both legs side by side.
class PositionsModel final : public RowTableModel<DashboardPosition>
{
    Q_DECLARE_TR_FUNCTIONS(PositionsModel)

public:
    enum Column
    {
        Event,
        KalshiLeg,
        KalshiMark,
        PolymarketLeg,
        PolymarketMark,
        Cost,
        MarkValue,
        Pnl,
        LockedIn,
        ResolvesIn,
        ColumnCount
    };

    explicit PositionsModel(QObject* parent = nullptr);

    void setPositions(const QList<DashboardPosition>& positions, const QDateTime& now);

protected:
    const QStringList& headers() const override { return m_headers; }
    QString keyOf(const DashboardPosition& row) const override { return row.positionId; }
    bool sameRow(const DashboardPosition& a, const DashboardPosition& b) const override { return a == b; }
    QVariant cell(const DashboardPosition& row, int column, int role) const override;
    QVariant sortValue(const DashboardPosition& row, int column) const override;
    RowTone toneOf(const DashboardPosition& row, int column) const override;
    bool isNumeric(int column) const override
    {
        return column >= Cost || column == KalshiMark || column == PolymarketMark;
    }

private:
    QStringList m_headers;
    QDateTime m_now;
};

} // namespace orion
