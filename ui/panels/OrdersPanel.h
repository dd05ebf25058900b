#pragma once

#include "engine/EngineSnapshot.h"

#include <QWidget>

namespace orion {

class DataTable;
class FillsModel;
class OrdersModel;

// Recent orders and fills on both venues.
class OrdersPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit OrdersPanel(QWidget* parent = nullptr);

    void showSnapshot(const EngineSnapshot& snapshot);
    OrdersModel* ordersModel() const { return m_orders; }
    FillsModel* fillsModel() const { return m_fills; }

private:
    OrdersModel* m_orders = nullptr;
    FillsModel* m_fills = nullptr;
    DataTable* m_ordersTable = nullptr;
    DataTable* m_fillsTable = nullptr;
};

} // namespace orion
