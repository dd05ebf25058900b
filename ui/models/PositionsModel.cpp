#include "models/PositionsModel.h"

#include "DisplayFormat.h"

#include <limits>

namespace orion {
namespace {

QString legText(const DashboardPositionLeg& leg)
{
    return QStringLiteral("%1 %2 %3 · %4")
        .arg(leg.outcome == Outcome::Yes ? PositionsModel::tr("YES") : PositionsModel::tr("NO"),
            DisplayFormat::quantity(leg.quantity), leg.market.id, DisplayFormat::money(leg.cost));
}

} // namespace

PositionsModel::PositionsModel(QObject* parent)
    : RowTableModel(parent)
    , m_headers { tr("Event"), tr("Kalshi leg"), tr("Kalshi mark"), tr("Polymarket leg"), tr("Polymarket mark"),
        tr("Cost"), tr("Mark value"), tr("P&L"), tr("Locked in"), tr("Resolves in") }
{ }

void PositionsModel::setPositions(const QList<DashboardPosition>& positions, const QDateTime& now)
{
    m_now = now;
    setRows(positions);
}

QVariant PositionsModel::cell(const DashboardPosition& row, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == Event) {
        return tr("Pair %1, opened %2").arg(row.pairId, row.openedAt.toLocalTime().toString(Qt::ISODate));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Event:
        return row.title;
    case KalshiLeg:
        return legText(row.kalshi);
    case KalshiMark:
        return DisplayFormat::price(row.kalshi.mark);
    case PolymarketLeg:
        return legText(row.polymarket);
    case PolymarketMark:
        return DisplayFormat::price(row.polymarket.mark);
    case Cost:
        return DisplayFormat::money(row.cost);
    case MarkValue:
        return DisplayFormat::money(row.markValue);
    case Pnl:
        return DisplayFormat::signedMoney(row.unrealizedPnl);
    case LockedIn:
        return DisplayFormat::signedMoney(row.lockedInProfit);
    case ResolvesIn:
        return DisplayFormat::timeUntil(row.resolvesAt, m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
    default:
        return {};
    }
}

QVariant PositionsModel::sortValue(const DashboardPosition& row, int column) const
{
    switch (column) {
    case KalshiMark:
        return static_cast<qlonglong>(row.kalshi.mark.micros());
    case PolymarketMark:
        return static_cast<qlonglong>(row.polymarket.mark.micros());
    case Cost:
        return static_cast<qlonglong>(row.cost.micros());
    case MarkValue:
        return static_cast<qlonglong>(row.markValue.micros());
    case Pnl:
        return static_cast<qlonglong>(row.unrealizedPnl.micros());
    case LockedIn:
        return static_cast<qlonglong>(row.lockedInProfit.micros());
    case ResolvesIn:
        return row.resolvesAt.isValid() ? row.resolvesAt.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    default:
        return {};
    }
}

RowTone PositionsModel::toneOf(const DashboardPosition& row, int column) const
{
    if (column == Pnl) {
        return row.unrealizedPnl.isNegative() ? RowTone::Bad : RowTone::Good;
    }
    if (column == LockedIn) {
        return row.lockedInProfit.isNegative() ? RowTone::Bad : RowTone::Good;
    }
    return RowTone::Normal;
}

} // namespace orion
