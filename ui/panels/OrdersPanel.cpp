#include "panels/OrdersPanel.h"

#include "models/FillsModel.h"
#include "models/MarketTitles.h"
#include "models/OrdersModel.h"
#include "widgets/DataTable.h"

#include <QGroupBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace orion {

OrdersPanel::OrdersPanel(QWidget* parent)
    : QWidget(parent)
    , m_orders(new OrdersModel(this))
    , m_fills(new FillsModel(this))
{
    setObjectName(QStringLiteral("ordersPanel"));
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("ordersSplitter"));
    auto* ordersBox = new QGroupBox(tr("Orders"), splitter);
    m_ordersTable = new DataTable(QStringLiteral("ordersTable"), m_orders, OrdersModel::kSortRole, ordersBox);
    // Markets by their titles, cut in the middle when narrow; the tooltip has the full title and id.
    m_ordersTable->view()->setTextElideMode(Qt::ElideMiddle);
    m_ordersTable->setInitialColumnWidths({ { OrdersModel::Market, 44 }, { OrdersModel::Status, 16 } });
    (new QVBoxLayout(ordersBox))->addWidget(m_ordersTable);
    auto* fillsBox = new QGroupBox(tr("Fills"), splitter);
    m_fillsTable = new DataTable(QStringLiteral("fillsTable"), m_fills, FillsModel::kSortRole, fillsBox);
    m_fillsTable->view()->setTextElideMode(Qt::ElideMiddle);
    m_fillsTable->setInitialColumnWidths({ { FillsModel::Market, 44 } });
    (new QVBoxLayout(fillsBox))->addWidget(m_fillsTable);
    splitter->addWidget(ordersBox);
    splitter->addWidget(fillsBox);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
}

void OrdersPanel::showSnapshot(const EngineSnapshot& snapshot)
{
    const QHash<MarketKey, QString> titles = MarketTitles::fromSnapshot(snapshot);
    m_orders->setMarketTitles(titles);
    m_fills->setMarketTitles(titles);
    m_orders->setRows(snapshot.orders);
    m_fills->setRows(snapshot.fills);
    const QString notConnected = tr("Orders and fills appear here once the executor is connected to the engine. "
                                    "No order can be sent yet.");
    m_ordersTable->setEmptyText(snapshot.feeds.orders ? tr("No orders yet today.") : notConnected);
    m_fillsTable->setEmptyText(snapshot.feeds.orders ? tr("No fills yet today.") : notConnected);
}

} // namespace orion
