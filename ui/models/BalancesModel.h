#pragma once

#include "engine/DashboardBalance.h"
#include "models/RowTableModel.h"

#include <QCoreApplication>

namespace orion {

struct BalanceRow
{
    QString label; // venue name, or "Total"
    DashboardBalance balance;
    bool isTotal = false;

    friend bool operator==(const BalanceRow&, const BalanceRow&) = default;
};

// One row per venue and a total row: available, in positions, total, start of day, change over the day.
class BalancesModel final : public RowTableModel<BalanceRow>
{
    Q_DECLARE_TR_FUNCTIONS(BalancesModel)

public:
    enum Column
    {
        Venue,
        Available,
        InPositions,
        Total,
        StartOfDay,
        Change,
        ChangePercent,
        ColumnCount
    };

    explicit BalancesModel(QObject* parent = nullptr);

    void setBalances(const QList<DashboardBalance>& balances);

protected:
    const QStringList& headers() const override { return m_headers; }
    QString keyOf(const BalanceRow& row) const override { return row.isTotal ? QStringLiteral("~total") : row.label; }
    bool sameRow(const BalanceRow& a, const BalanceRow& b) const override { return a == b; }
    QVariant cell(const BalanceRow& row, int column, int role) const override;
    QVariant sortValue(const BalanceRow& row, int column) const override;
    RowTone toneOf(const BalanceRow& row, int column) const override;
    bool isNumeric(int column) const override { return column != Venue; }

private:
    QStringList m_headers;
};

} // namespace orion
