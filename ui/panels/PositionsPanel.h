#pragma once

#include "engine/EngineSnapshot.h"

#include <QWidget>

class QLabel;

namespace orion {

class DataTable;
class PositionsModel;

// Open positions: both legs side by side, cost, mark, P&L and time to resolution.
class PositionsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PositionsPanel(QWidget* parent = nullptr);

    void showSnapshot(const EngineSnapshot& snapshot);
    PositionsModel* model() const { return m_model; }
    DataTable* table() const { return m_table; }

private:
    PositionsModel* m_model = nullptr;
    DataTable* m_table = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace orion
