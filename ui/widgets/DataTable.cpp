#include "widgets/DataTable.h"

#include <QHeaderView>
#include <QLabel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace orion {

DataTable::DataTable(const QString& objectName, QAbstractItemModel* model, int sortRole, QWidget* parent)
    : QStackedWidget(parent)
{
    setObjectName(objectName);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(sortRole);
    m_proxy->setDynamicSortFilter(true);

    m_view = new QTableView(this);
    m_view->setObjectName(objectName + QStringLiteral("View"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights: no per-row size hints, so 10,000 rows scroll as fast as 10.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setDefaultSectionSize(110);
    m_view->sortByColumn(-1, Qt::AscendingOrder);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setObjectName(objectName + QStringLiteral("Empty"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setMargin(16);
    m_emptyLabel->setEnabled(false); // the palette's disabled text: visibly a message, not data

    addWidget(m_view);
    addWidget(m_emptyLabel);

    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DataTable::updatePage);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &DataTable::updatePage);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DataTable::updatePage);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DataTable::updatePage);
    restoreState();
    updatePage();
}

DataTable::~DataTable()
{
    saveState();
}

void DataTable::setEmptyText(const QString& text)
{
    m_emptyLabel->setText(text);
}

QString DataTable::emptyText() const
{
    return m_emptyLabel->text();
}

bool DataTable::isShowingEmptyText() const
{
    return currentWidget() == m_emptyLabel;
}

void DataTable::setInitialColumnWidths(const QHash<int, int>& characters)
{
    if (m_restored) {
        return;
    }
    const int perCharacter = m_view->fontMetrics().averageCharWidth();
    for (auto it = characters.cbegin(); it != characters.cend(); ++it) {
        m_view->setColumnWidth(it.key(), it.value() * perCharacter);
    }
}

void DataTable::updatePage()
{
    setCurrentWidget(m_proxy->rowCount() == 0 ? static_cast<QWidget*>(m_emptyLabel) : m_view);
}

void DataTable::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("tables/%1/header").arg(objectName()), m_view->horizontalHeader()->saveState());
}

void DataTable::restoreState()
{
    const QSettings settings;
    const QByteArray state = settings.value(QStringLiteral("tables/%1/header").arg(objectName())).toByteArray();
    if (state.isEmpty() || !m_view->horizontalHeader()->restoreState(state)) {
        return;
    }
    m_restored = true;
    QHeaderView* header = m_view->horizontalHeader();
    if (header->sortIndicatorSection() >= 0 && header->isSortIndicatorShown()) {
        m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

} // namespace orion
