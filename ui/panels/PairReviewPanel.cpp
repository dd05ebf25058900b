#include "panels/PairReviewPanel.h"

#include "models/PairsModel.h"
#include "widgets/DataTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace orion {

PairReviewPanel::PairReviewPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new PairsModel(this))
{
    setObjectName(QStringLiteral("pairReviewPanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pairsSummary"));
    m_table = new DataTable(QStringLiteral("pairsTable"), m_model, PairsModel::kSortRole, this);

    m_polarity = new QComboBox(this);
    m_polarity->setObjectName(QStringLiteral("pairPolarity"));
    m_polarity->addItem(tr("Same polarity (YES = first outcome)"), static_cast<int>(Polarity::Same));
    m_polarity->addItem(tr("Inverse polarity (YES = second outcome)"), static_cast<int>(Polarity::Inverse));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("pairNote"));
    m_note->setPlaceholderText(tr("Note (optional): why you decided"));
    m_confirm = new QPushButton(tr("&Confirm pair"), this);
    m_confirm->setObjectName(QStringLiteral("confirmPairButton"));
    m_confirm->setToolTip(tr("Trade this pair with the chosen polarity, whatever the matcher said"));
    m_reject = new QPushButton(tr("Re&ject pair"), this);
    m_reject->setObjectName(QStringLiteral("rejectPairButton"));
    m_reject->setToolTip(tr("Never trade this pair, whatever its score"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_polarity);
    actions->addWidget(m_note, 1);
    actions->addWidget(m_confirm);
    actions->addWidget(m_reject);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(m_table->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { updateButtons(true); });
    connect(m_confirm, &QPushButton::clicked, this, &PairReviewPanel::confirmSelected);
    connect(m_reject, &QPushButton::clicked, this, &PairReviewPanel::rejectSelected);
    updateButtons(false);
}

void PairReviewPanel::showSnapshot(const EngineSnapshot& snapshot)
{
    m_model->setRows(snapshot.pairs);
    m_table->setEmptyText(snapshot.feeds.pairs
            ? tr("No matched pairs yet. Run “orion match” on the venues' catalogues to propose "
                 "pairs; they appear here for review.")
            : tr("Pairs appear here once the engine has opened its database."));
    int review = 0;
    int tradable = 0;
    for (const DashboardPair& pair : snapshot.pairs) {
        review += pair.match.decision == MatchDecision::Review && pair.userDecision == DashboardPair::UserDecision::None
            ? 1
            : 0;
        tradable += pair.tradable ? 1 : 0;
    }
    m_summary->setText(
        tr("%1 pairs · %2 tradable · %3 waiting for review").arg(snapshot.pairs.size()).arg(tradable).arg(review));
    updateButtons(false);
}

bool PairReviewPanel::selectPair(const QString& kalshiTicker, const QString& polymarketKey)
{
    const QString key = PairsModel::keyFor(kalshiTicker, polymarketKey);
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(PairsModel::kKeyRole).toString() == key) {
            const QModelIndex proxyIndex = m_table->proxy()->mapFromSource(m_model->index(row, 0));
            m_table->view()->selectRow(proxyIndex.row());
            return true;
        }
    }
    return false;
}

const DashboardPair* PairReviewPanel::selectedPair() const
{
    const QModelIndexList rows = m_table->view()->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return nullptr;
    }
    return m_model->rowAt(m_table->proxy()->mapToSource(rows.first()).row());
}

void PairReviewPanel::updateButtons(bool takePolarity)
{
    const DashboardPair* pair = selectedPair();
    m_confirm->setEnabled(pair != nullptr);
    m_reject->setEnabled(pair != nullptr);
    if (pair && takePolarity) { // the matcher's polarity as the starting point; the trader may change it
        m_polarity->setCurrentIndex(pair->match.polarity == Polarity::Same ? 0 : 1);
    }
}

void PairReviewPanel::confirmSelected()
{
    if (const DashboardPair* pair = selectedPair()) {
        emit confirmRequested(pair->match.kalshiTicker, pair->match.polymarketKey,
            static_cast<Polarity>(m_polarity->currentData().toInt()), m_note->text());
        m_note->clear();
    }
}

void PairReviewPanel::rejectSelected()
{
    if (const DashboardPair* pair = selectedPair()) {
        emit rejectRequested(pair->match.kalshiTicker, pair->match.polymarketKey, m_note->text());
        m_note->clear();
    }
}

} // namespace orion
