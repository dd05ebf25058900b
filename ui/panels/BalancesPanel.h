#pragma once

#include "engine/EngineSnapshot.h"

#include <QWidget>

class QLabel;

namespace orion {

class BalancesModel;
class DataTable;

// Balances per venue and in total, with the change over the day.
class BalancesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit BalancesPanel(QWidget* parent = nullptr);

    void showSnapshot(const EngineSnapshot& snapshot);
    BalancesModel* model() const { return m_model; }
    DataTable* table() const { return m_table; }

private:
    BalancesModel* m_model = nullptr;
    DataTable* m_table = nullptr;
    QLabel* m_headline = nullptr;
};

} // namespace orion
