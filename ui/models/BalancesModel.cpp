#include "models/BalancesModel.h"

#include "DisplayFormat.h"

#include <QFont>

namespace orion {

BalancesModel::BalancesModel(QObject* parent)
    : RowTableModel(parent)
    , m_headers { tr("Venue"), tr("Available"), tr("In positions"), tr("Total"), tr("Start of day"), tr("Change today"),
        tr("Change %") }
{ }

void BalancesModel::setBalances(const QList<DashboardBalance>& balances)
{
    QList<BalanceRow> rows;
    rows.reserve(balances.size() + 1);
    DashboardBalance total;
    for (const DashboardBalance& balance : balances) {
        rows.append({ DisplayFormat::venue(balance.venue), balance, false });
        total.available += balance.available;
        total.portfolioValue += balance.portfolioValue;
        total.startOfDay += balance.startOfDay;
    }
    if (!balances.isEmpty()) {
        rows.append({ tr("Total"), total, true });
    }
    setRows(std::move(rows));
}

QVariant BalancesModel::cell(const BalanceRow& row, int column, int role) const
{
    if (role == Qt::FontRole && row.isTotal) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    const DashboardBalance& b = row.balance;
    switch (column) {
    case Venue:
        return row.label;
    case Available:
        return DisplayFormat::money(b.available);
    case InPositions:
        return DisplayFormat::money(b.portfolioValue);
    case Total:
        return DisplayFormat::money(b.total());
    case StartOfDay:
        return DisplayFormat::money(b.startOfDay);
    case Change:
        return DisplayFormat::signedMoney(b.changeToday());
    case ChangePercent:
        return DisplayFormat::percent(b.changeToday().micros(), b.startOfDay.micros());
    default:
        return {};
    }
}

QVariant BalancesModel::sortValue(const BalanceRow& row, int column) const
{
    const DashboardBalance& b = row.balance;
    switch (column) {
    case Available:
        return static_cast<qlonglong>(b.available.micros());
    case InPositions:
        return static_cast<qlonglong>(b.portfolioValue.micros());
    case Total:
        return static_cast<qlonglong>(b.total().micros());
    case StartOfDay:
        return static_cast<qlonglong>(b.startOfDay.micros());
    case Change:
    case ChangePercent:
        return static_cast<qlonglong>(b.changeToday().micros());
    default:
        return {};
    }
}

RowTone BalancesModel::toneOf(const BalanceRow& row, int column) const
{
    if (column != Change && column != ChangePercent) {
        return RowTone::Normal;
    }
    const Cash change = row.balance.changeToday();
    return change.isNegative() ? RowTone::Bad : change.isZero() ? RowTone::Normal : RowTone::Good;
}

} // namespace orion
