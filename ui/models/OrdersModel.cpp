#include "models/OrdersModel.h"

#include "DisplayFormat.h"

namespace orion {

OrdersModel::OrdersModel(QObject* parent)
    : RowTableModel(parent)
    , m_headers { tr("Time"), tr("Venue"), tr("Market"), tr("Side"), tr("Limit"), tr("Quantity"), tr("Filled"),
        tr("Avg. fill"), tr("Status"), tr("Reason") }
{ }

void OrdersModel::setMarketTitles(const QHash<MarketKey, QString>& titles)
{
    if (titles == m_titles) {
        return;
    }
    m_titles = titles;
    if (rowCount() > 0) {
        emit dataChanged(index(0, Market), index(rowCount() - 1, Market));
    }
}

QString OrdersModel::statusText(OrderStatus status)
{
    switch (status) {
    case OrderStatus::PendingSubmit:
        return tr("pending");
    case OrderStatus::Accepted:
        return tr("working");
    case OrderStatus::PartiallyFilled:
        return tr("partially filled");
    case OrderStatus::Filled:
        return tr("filled");
    case OrderStatus::Canceled:
        return tr("cancelled");
    case OrderStatus::Rejected:
        return tr("rejected");
    case OrderStatus::Expired:
        return tr("expired");
    }
    return {};
}

QString OrdersModel::sideText(OrderSide side, Outcome outcome)
{
    const QString what = outcome == Outcome::Yes ? tr("YES") : tr("NO");
    return side == OrderSide::Buy ? tr("buy %1").arg(what) : tr("sell %1").arg(what);
}

bool OrdersModel::sameRow(const OrderStatusReport& a, const OrderStatusReport& b) const
{
    return a.status == b.status && a.filledQuantity == b.filledQuantity && a.averageFillPrice == b.averageFillPrice
        && a.reason == b.reason && a.tsEvent == b.tsEvent && a.limitPrice == b.limitPrice && a.quantity == b.quantity
        && a.market == b.market && a.side == b.side && a.outcome == b.outcome;
}

QVariant OrdersModel::cell(const OrderStatusReport& row, int column, int role) const
{
    if (role == Qt::ToolTipRole) {
        const QString order = tr("Client order %1, venue order %2").arg(row.clientOrderId, row.venueOrderId);
        if (column == Market) {
            return QString(DisplayFormat::marketTip(row.market, m_titles.value(row.market)) + QLatin1Char('\n') + order);
        }
        return order;
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
        return sideText(row.side, row.outcome);
    case Limit:
        return DisplayFormat::price(row.limitPrice);
    case Quantity:
        return DisplayFormat::quantity(row.quantity);
    case Filled:
        return DisplayFormat::quantity(row.filledQuantity);
    case AveragePrice:
        return row.filledQuantity.isZero() ? QString() : DisplayFormat::price(row.averageFillPrice);
    case Status:
        return statusText(row.status);
    case Reason:
        return row.reason;
    default:
        return {};
    }
}

QVariant OrdersModel::sortValue(const OrderStatusReport& row, int column) const
{
    switch (column) {
    case Time:
        return row.tsEvent.toMSecsSinceEpoch();
    case Limit:
        return static_cast<qlonglong>(row.limitPrice.micros());
    case Quantity:
        return static_cast<qlonglong>(row.quantity.hundredths());
    case Filled:
        return static_cast<qlonglong>(row.filledQuantity.hundredths());
    case AveragePrice:
        return static_cast<qlonglong>(row.averageFillPrice.micros());
    default:
        return {};
    }
}

RowTone OrdersModel::toneOf(const OrderStatusReport& row, int /*column*/) const
{
    switch (row.status) {
    case OrderStatus::Filled:
        return RowTone::Good;
    case OrderStatus::Rejected:
        return RowTone::Bad;
    case OrderStatus::Canceled:
    case OrderStatus::Expired:
        return RowTone::Muted;
    case OrderStatus::PartiallyFilled:
    case OrderStatus::PendingSubmit:
        return RowTone::Warning;
    case OrderStatus::Accepted:
        break;
    }
    return RowTone::Normal;
}

} // namespace orion
