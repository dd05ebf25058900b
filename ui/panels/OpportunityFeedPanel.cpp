#include "panels/OpportunityFeedPanel.h"

#include "DisplayFormat.h"
#include "models/OpportunitiesModel.h"
#include "widgets/DataTable.h"

#include <QLabel>
#include <QVBoxLayout>

namespace orion {

OpportunityFeedPanel::OpportunityFeedPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new OpportunitiesModel(this))
{
    setObjectName(QStringLiteral("opportunityFeedPanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("opportunitySummary"));
    m_table = new DataTable(QStringLiteral("opportunitiesTable"), m_model, OpportunitiesModel::kSortRole, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

void OpportunityFeedPanel::showSnapshot(const EngineSnapshot& snapshot)
{
    m_model->setRows(snapshot.opportunities);
    m_table->setEmptyText(snapshot.feeds.opportunities
            ? tr("No opportunities right now: no pair's books give a locked-in profit above "
                 "the threshold after fees.")
            : tr("The opportunity feed starts once the market data and the detector are "
                 "connected to the engine. Nothing is connected yet."));
    int open = 0;
    int tradable = 0;
    Cash best;
    for (const DashboardOpportunity& shown : snapshot.opportunities) {
        if (shown.state == DashboardOpportunity::State::Closed) {
            continue;
        }
        ++open;
        tradable += shown.tradable && shown.execution == DashboardOpportunity::Execution::None ? 1 : 0;
        best = qMax(best, shown.opportunity.edgePerContract);
    }
    m_summary->setText(tr("%1 open · %2 tradable · best edge %3 per contract")
                           .arg(open)
                           .arg(tradable)
                           .arg(open > 0 ? DisplayFormat::cents(best) : QStringLiteral("—")));
}

} // namespace orion
