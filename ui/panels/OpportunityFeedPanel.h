#pragma once

#include "engine/EngineSnapshot.h"

#include <QWidget>

class QLabel;

namespace orion {

class DataTable;
class OpportunitiesModel;

// The live opportunity feed: opportunities appear, update and close; tradable ones green, blocked ones amber
// with the reason, closed ones grey for a few seconds.
class OpportunityFeedPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit OpportunityFeedPanel(QWidget* parent = nullptr);

    void showSnapshot(const EngineSnapshot& snapshot);
    OpportunitiesModel* model() const { return m_model; }
    DataTable* table() const { return m_table; }

private:
    OpportunitiesModel* m_model = nullptr;
    DataTable* m_table = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace orion
