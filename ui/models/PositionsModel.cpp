#include "models/PositionsModel.h"

#include "DisplayFormat.h"

#include <limits>

namespace orion {
namespace {

// "YES 120 · $52.10 · KXFED-25DEC-T4.25": what is held, then the Kalshi ticker (short and readable). A Polymarket
// leg names no market: its condition id is no label and its question repeats the event; both are in the tooltip.
QString legText(const DashboardPositionLeg& leg)
{
    const QString held = QStringLiteral("%1 %2 · %3")
                             .arg(leg.outcome == Outcome::Yes ? PositionsModel::tr("YES") : PositionsModel::tr("NO"),
                                 DisplayFormat::quantity(leg.quantity), DisplayFormat::money(leg.cost));
    return leg.market.venue == VenueId::Kalshi && !leg.market.id.isEmpty()
        ? held + QStringLiteral(" · ") + leg.market.id
        : held;
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
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Event:
            // The whole title, both markets with their full ids, and the pair.
            return QStringList { row.title, DisplayFormat::marketTip(row.kalshi.market, row.kalshi.title),
                DisplayFormat::marketTip(row.polymarket.market, row.polymarket.title),
                tr("Pair %1, opened %2").arg(row.pairId, row.openedAt.toLocalTime().toString(Qt::ISODate)) }
                .join(QLatin1Char('\n'));
        case KalshiLeg:
            return DisplayFormat::marketTip(row.kalshi.market, row.kalshi.title);
        case PolymarketLeg:
            return DisplayFormat::marketTip(row.polymarket.market, row.polymarket.title);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Event:
        return row.title.isEmpty() ? DisplayFormat::marketLabel(row.polymarket.market, row.polymarket.title)
                                   : row.title;
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
