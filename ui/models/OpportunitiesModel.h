#pragma once

#include "engine/DashboardOpportunity.h"
#include "models/RowTableModel.h"

#include <QCoreApplication>

namespace orion {

// The live opportunity feed: open ones (new, updated) and those just closed; tradable ones green, blocked ones
// amber with the reason, traded or executing ones blue, closed ones grey.
class OpportunitiesModel final : public RowTableModel<DashboardOpportunity>
{
    Q_DECLARE_TR_FUNCTIONS(OpportunitiesModel)

public:
    enum Column
    {
        Id,
        Event,
        Direction,
        State,
        Edge,
        Size,
        Profit,
        Cost,
        KalshiPrice,
        PolymarketPrice,
        KalshiAge,
        PolymarketAge,
        Status,
        ColumnCount
    };

    explicit OpportunitiesModel(QObject* parent = nullptr);

    static QString closeReasonText(OpportunityCloseReason reason);
    // "executing" / "traded" once the engine took it, else "tradable" or "blocked: <why>".
    static QString statusText(const DashboardOpportunity& row);

protected:
    const QStringList& headers() const override { return m_headers; }
    QString keyOf(const DashboardOpportunity& row) const override { return QString::number(row.opportunity.id); }
    bool sameRow(const DashboardOpportunity& a, const DashboardOpportunity& b) const override { return a == b; }
    QVariant cell(const DashboardOpportunity& row, int column, int role) const override;
    QVariant sortValue(const DashboardOpportunity& row, int column) const override;
    RowTone toneOf(const DashboardOpportunity& row, int column) const override;
    bool isNumeric(int column) const override;

private:
    static QString statusTip(const DashboardOpportunity& row);

    QStringList m_headers;
};

} // namespace orion
