#pragma once

#include "models/RowTableModel.h"
#include "venues/VenueReports.h"

#include <QCoreApplication>
#include <QHash>

namespace orion {

// Recent fills on both venues, newest first; provisional Polymarket fills in amber until they confirm.
class FillsModel final : public RowTableModel<FillReport>
{
    Q_DECLARE_TR_FUNCTIONS(FillsModel)

public:
    enum Column
    {
        Time,
        Venue,
        Market,
        Side,
        Price,
        Quantity,
        Fee,
        Liquidity,
        Settlement,
        ColumnCount
    };

    explicit FillsModel(QObject* parent = nullptr);

    // The venues' titles by market (MarketTitles::fromSnapshot); rows show them instead of the bare market id.
    void setMarketTitles(const QHash<MarketKey, QString>& titles);

protected:
    const QStringList& headers() const override { return m_headers; }
    QString keyOf(const FillReport& row) const override;
    bool sameRow(const FillReport& a, const FillReport& b) const override;
    QVariant cell(const FillReport& row, int column, int role) const override;
    QVariant sortValue(const FillReport& row, int column) const override;
    RowTone toneOf(const FillReport& row, int column) const override;
    bool isNumeric(int column) const override { return column >= Price && column <= Fee; }

private:
    QStringList m_headers;
    QHash<MarketKey, QString> m_titles;
};

} // namespace orion
