#include "panels/PositionsPanel.h"

#include "DisplayFormat.h"
#include "models/PositionsModel.h"
#include "widgets/DataTable.h"

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace orion {

PositionsPanel::PositionsPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new PositionsModel(this))
{
    setObjectName(QStringLiteral("positionsPanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("positionsSummary"));
    m_table = new DataTable(QStringLiteral("positionsTable"), m_model, PositionsModel::kSortRole, this);
    // Event titles and legs are long: room to read them, and what does not fit is cut in the middle (the end of a
    // title often tells two markets apart); the tooltips hold the full texts and ids.
    m_table->view()->setTextElideMode(Qt::ElideMiddle);
    m_table->setInitialColumnWidths({ { PositionsModel::Event, 48 }, { PositionsModel::KalshiLeg, 34 },
        { PositionsModel::PolymarketLeg, 20 } });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void PositionsPanel::showSnapshot(const EngineSnapshot& snapshot)
{
    m_model->setPositions(snapshot.positions, snapshot.takenAt);
    m_table->setEmptyText(snapshot.feeds.positions
            ? tr("No open positions.")
            : tr("Positions appear here once the portfolio ledger is connected to the engine. "
                 "Nothing is tracked yet."));
    Cash cost;
    Cash pnl;
    Cash locked;
    for (const DashboardPosition& position : snapshot.positions) {
        cost += position.cost;
        pnl += position.unrealizedPnl;
        locked += position.lockedInProfit;
    }
    m_summary->setText(
        tr("%n open position(s) · cost %1 · P&L %2 · locked in %3", nullptr,
            static_cast<int>(snapshot.positions.size()))
            .arg(DisplayFormat::money(cost), DisplayFormat::signedMoney(pnl), DisplayFormat::signedMoney(locked)));
}

} // namespace orion
