#pragma once

#include "engine/DashboardPair.h"
#include "models/RowTableModel.h"

#include <QCoreApplication>

namespace orion {

// Matched pairs with score, polarity, flags, the matcher's verdict and the person's decision.
class PairsModel final : public RowTableModel<DashboardPair>
{
    Q_DECLARE_TR_FUNCTIONS(PairsModel)

public:
    enum Column
    {
        Kalshi,
        Polymarket,
        Score,
        PolarityColumn,
        Verdict,
        UserDecision,
        Flags,
        Tradable,
        ColumnCount
    };

    explicit PairsModel(QObject* parent = nullptr);

    static QString keyFor(const QString& kalshiTicker, const QString& polymarketKey)
    {
        return kalshiTicker + QLatin1Char('|') + polymarketKey;
    }

protected:
    const QStringList& headers() const override { return m_headers; }
    QString keyOf(const DashboardPair& row) const override
    {
        return keyFor(row.match.kalshiTicker, row.match.polymarketKey);
    }
    bool sameRow(const DashboardPair& a, const DashboardPair& b) const override;
    QVariant cell(const DashboardPair& row, int column, int role) const override;
    QVariant sortValue(const DashboardPair& row, int column) const override;
    RowTone toneOf(const DashboardPair& row, int column) const override;
    bool isNumeric(int column) const override { return column == Score; }

private:
    QStringList m_headers;
};

} // namespace orion
