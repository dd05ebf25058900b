#include "models/OpportunitiesModel.h"

#include "DisplayFormat.h"

namespace orion {

OpportunitiesModel::OpportunitiesModel(QObject* parent)
    : RowTableModel(parent)
    , m_headers { tr("ID"), tr("Event"), tr("Direction"), tr("State"), tr("Edge / contract"), tr("Size"), tr("Profit"),
        tr("Cost"), tr("Kalshi price"), tr("Polymarket price"), tr("Kalshi book"), tr("Polymarket book"),
        tr("Tradable?") }
{ }

QString OpportunitiesModel::closeReasonText(OpportunityCloseReason reason)
{
    switch (reason) {
    case OpportunityCloseReason::None:
        return {};
    case OpportunityCloseReason::Gone:
        return tr("gone from the books");
    case OpportunityCloseReason::BookUnusable:
        return tr("book unusable");
    case OpportunityCloseReason::FeeUnknown:
        return tr("fee unknown");
    case OpportunityCloseReason::PairRemoved:
        return tr("pair removed");
    }
    return {};
}

bool OpportunitiesModel::isNumeric(int column) const
{
    return column == Id || (column >= Edge && column <= PolymarketAge);
}

QVariant OpportunitiesModel::cell(const DashboardOpportunity& row, int column, int role) const
{
    const Opportunity& o = row.opportunity;
    if (role == Qt::ToolTipRole) {
        if (column == Status && !row.tradable) {
            return statusTip(row);
        }
        if (column == Event) {
            return tr("Pair %1").arg(o.pairId);
        }
        return {};
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Id:
        return QString::number(o.id);
    case Event:
        return row.title.isEmpty() ? o.pairId : row.title;
    case Direction:
        return tr("K %1 + P %2")
            .arg(o.kalshi.outcome == Outcome::Yes ? tr("YES") : tr("NO"),
                o.polymarket.outcome == Outcome::Yes ? tr("YES") : tr("NO"));
    case State:
        switch (row.state) {
        case DashboardOpportunity::State::Opened:
            return tr("new");
        case DashboardOpportunity::State::Updated:
            return tr("updated");
        case DashboardOpportunity::State::Closed:
            return tr("closed: %1").arg(closeReasonText(row.closeReason));
        }
        return {};
    case Edge:
        return DisplayFormat::cents(o.edgePerContract);
    case Size:
        return DisplayFormat::quantity(o.size);
    case Profit:
        return DisplayFormat::signedMoney(o.lockedInProfit);
    case Cost:
        return DisplayFormat::money(o.totalCost);
    case KalshiPrice:
        return DisplayFormat::price(o.kalshi.averagePrice);
    case PolymarketPrice:
        return DisplayFormat::price(o.polymarket.averagePrice);
    case KalshiAge:
        return DisplayFormat::age(o.kalshi.bookAgeMs);
    case PolymarketAge:
        return DisplayFormat::age(o.polymarket.bookAgeMs);
    case Status:
        return statusText(row);
    default:
        return {};
    }
}

QVariant OpportunitiesModel::sortValue(const DashboardOpportunity& row, int column) const
{
    const Opportunity& o = row.opportunity;
    switch (column) {
    case Id:
        return static_cast<qulonglong>(o.id);
    case Edge:
        return static_cast<qlonglong>(o.edgePerContract.micros());
    case Size:
        return static_cast<qlonglong>(o.size.hundredths());
    case Profit:
        return static_cast<qlonglong>(o.lockedInProfit.micros());
    case Cost:
        return static_cast<qlonglong>(o.totalCost.micros());
    case KalshiPrice:
        return static_cast<qlonglong>(o.kalshi.averagePrice.micros());
    case PolymarketPrice:
        return static_cast<qlonglong>(o.polymarket.averagePrice.micros());
    case KalshiAge:
        return o.kalshi.bookAgeMs;
    case PolymarketAge:
        return o.polymarket.bookAgeMs;
    default:
        return {};
    }
}

QString OpportunitiesModel::statusText(const DashboardOpportunity& row)
{
    // Traded first: the gap it took may still show in the books, but it is not there to be taken again.
    switch (row.execution) {
    case DashboardOpportunity::Execution::Executing:
        return tr("executing");
    case DashboardOpportunity::Execution::Traded:
        return tr("traded");
    case DashboardOpportunity::Execution::None:
        break;
    }
    if (row.tradable) {
        return tr("tradable");
    }
    return row.blockedReason.isEmpty() ? tr("blocked") : tr("blocked: %1").arg(row.blockedReason);
}

QString OpportunitiesModel::statusTip(const DashboardOpportunity& row)
{
    if (row.execution == DashboardOpportunity::Execution::None || row.blockedReason.isEmpty()) {
        return row.blockedReason;
    }
    return tr("%1; now blocked: %2").arg(statusText(row), row.blockedReason);
}

RowTone OpportunitiesModel::toneOf(const DashboardOpportunity& row, int /*column*/) const
{
    if (row.state == DashboardOpportunity::State::Closed) {
        return RowTone::Muted;
    }
    if (row.execution != DashboardOpportunity::Execution::None) {
        return RowTone::Active;
    }
    return row.tradable ? RowTone::Good : RowTone::Warning;
}

} // namespace orion
