#include "panels/BalancesPanel.h"

#include "DisplayFormat.h"
#include "models/BalancesModel.h"
#include "widgets/DataTable.h"

#include <QLabel>
#include <QVBoxLayout>

namespace orion {

BalancesPanel::BalancesPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new BalancesModel(this))
{
    setObjectName(QStringLiteral("balancesPanel"));
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("balancesHeadline"));
    QFont font = m_headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_headline->setFont(font);
    m_table = new DataTable(QStringLiteral("balancesTable"), m_model, BalancesModel::kSortRole, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_headline);
    layout->addWidget(m_table, 1);
}

void BalancesPanel::showSnapshot(const EngineSnapshot& snapshot)
{
    m_model->setBalances(snapshot.balances);
    m_table->setEmptyText(snapshot.feeds.balances
            ? tr("No balances reported yet: the venues have not answered.")
            : tr("Venue balances appear here once the venue clients are connected "
                 "(credentials and environment under Settings). Nothing is connected yet."));
    if (snapshot.balances.isEmpty()) {
        m_headline->setText(tr("Total: —"));
        return;
    }
    Cash total;
    Cash start;
    for (const DashboardBalance& balance : snapshot.balances) {
        total += balance.total();
        start += balance.startOfDay;
    }
    m_headline->setText(tr("Total: %1 (%2 today, %3)")
                            .arg(DisplayFormat::money(total), DisplayFormat::signedMoney(total - start),
                                DisplayFormat::percent((total - start).micros(), start.micros())));
}

} // namespace orion
