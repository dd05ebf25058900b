#include "models/FillsModel.h"

#include "DisplayFormat.h"
#include "models/OrdersModel.h"

namespace orion {

FillsModel::FillsModel(QObject* parent)
    : RowTableModel(parent)
    , m_headers { tr("Time"), tr("Venue"), tr("Market"), tr("Side"), tr("Price"), tr("Quantity"), tr("Fee"),
        tr("Liquidity"), tr("Settlement") }
{ }

void FillsModel::setMarketTitles(const QHash<MarketKey, QString>& titles)
{
    if (titles == m_titles) {
        return;
    }
    m_titles = titles;
    if (rowCount() > 0) {
        emit dataChanged(index(0, Market), index(rowCount() - 1, Market));
    }
}

QString FillsModel::keyOf(const FillReport& row) const
{
    return venueName(row.market.venue) + QLatin1Char('/') + row.venueFillId;
}

bool FillsModel::sameRow(const FillReport& a, const FillReport& b) const
{
    return a.settlement == b.settlement && a.price == b.price && a.quantity == b.quantity && a.fee == b.fee
        && a.tsEvent == b.tsEvent && a.market == b.market && a.side == b.side && a.outcome == b.outcome
        && a.isTaker == b.isTaker;
}

QVariant FillsModel::cell(const FillReport& row, int column, int role) const
{
    if (role == Qt::ToolTipRole) {
        const QString fill = tr("Fill %1 of order %2").arg(row.venueFillId, row.clientOrderId);
        if (column == Market) {
            return QString(DisplayFormat::marketTip(row.market, m_titles.value(row.market)) + QLatin1Char('\n') + fill);
        }
        return fill;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (column) {
    case Time:
        return DisplayFormat::clock(row.tsEvent);
    case Venue:
        return DisplayFormat::venue(row.market.venue);
    case Market:
        return DisplayFormat::marketLabel(row.market, m_titles.value(row.market));
    case Side:
        return OrdersModel::sideText(row.side, row.outcome);
    case Price:
        return DisplayFormat::price(row.price);
    case Quantity:
        return DisplayFormat::quantity(row.quantity);
    case Fee:
        return DisplayFormat::money(row.fee);
    case Liquidity:
        return row.isTaker ? tr("taker") : tr("maker");
    case Settlement:
        switch (row.settlement) {
        case SettlementState::Provisional:
            return tr("provisional");
        case SettlementState::Confirmed:
            return tr("confirmed");
        case SettlementState::Failed:
            return tr("failed");
        }
        return {};
    default:
        return {};
    }
}

QVariant FillsModel::sortValue(const FillReport& row, int column) const
{
    switch (column) {
    case Time:
        return row.tsEvent.toMSecsSinceEpoch();
    case Price:
        return static_cast<qlonglong>(row.price.micros());
    case Quantity:
        return static_cast<qlonglong>(row.quantity.hundredths());
    case Fee:
        return static_cast<qlonglong>(row.fee.micros());
    default:
        return {};
    }
}

RowTone FillsModel::toneOf(const FillReport& row, int /*column*/) const
{
    switch (row.settlement) {
    case SettlementState::Provisional:
        return RowTone::Warning;
    case SettlementState::Failed:
        return RowTone::Bad;
    case SettlementState::Confirmed:
        break;
    }
    return RowTone::Normal;
}

} // namespace orion
