#pragma once

#include "common/Cash.h"
#include "engine/DashboardBalance.h"

#include <QList>

namespace orion {

// Trading results since the ledger began. Money is exact; the Sharpe ratio is a statistic (double is fine there).
struct DashboardPerformance
{
    Cash realizedPnl;
    Cash unrealizedPnl;
    Cash volume;      // notional traded, both legs
    Cash maxDrawdown; // largest fall from a peak of the balance, as a positive amount
    Cash capitalBase; // what ROI is measured against (the bankroll)
    int trades = 0;   // closed (resolved or unwound) positions
    int wins = 0;
    double sharpe = 0.0;      // annualised, daily returns
    bool sharpeValid = false; // false until there are enough days
    QList<DashboardPoint> balanceHistory;
    QList<DashboardPoint> cumulativePnl;

    Cash totalPnl() const { return realizedPnl + unrealizedPnl; }

    friend bool operator==(const DashboardPerformance&, const DashboardPerformance&) = default;
};

} // namespace orion
