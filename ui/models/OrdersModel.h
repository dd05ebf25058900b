#pragma once

#include "models/RowTableModel.h"
#include "venues/VenueReports.h"

#include <QCoreApplication>
#include <QHash>

namespace orion {

// Recent orders on both venues, newest first.
class OrdersModel final : public RowTableModel<OrderStatusReport>
{
    Q_DECLARE_TR_FUNCTIONS(OrdersModel)

public:
    enum Column
    {
        Time,
        Venue,
        Market,
        Side,
        Limit,
        Quantity,
        Filled,
        AveragePrice,
        Status,
        Reason,
        ColumnCount
    };

    explicit OrdersModel(QObject* parent = nullptr);

    // The venues' titles by market (MarketTitles::fromSnapshot); rows show them instead of the bare market id.
    void setMarketTitles(const QHash<MarketKey, QString>& titles);

    static QString statusText(OrderStatus status);
    static QString sideText(OrderSide side, Outcome outcome);

protected:
    const QStringList& headers() const override { return m_headers; }
    QString keyOf(const OrderStatusReport& row) const override { return row.clientOrderId; }
    bool sameRow(const OrderStatusReport& a, const OrderStatusReport& b) const override;
    QVariant cell(const OrderStatusReport& row, int column, int role) const override;
    QVariant sortValue(const OrderStatusReport& row, int column) const override;
    RowTone toneOf(const OrderStatusReport& row, int column) const override;
    bool isNumeric(int column) const override { return column >= Limit && column <= AveragePrice; }

private:
    QStringList m_headers;
    QHash<MarketKey, QString> m_titles;
};

} // namespace orion
