#pragma once

#include "engine/EngineSnapshot.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace orion {

class DataTable;
class PairsModel;

// Matched pairs with score, polarity and flags, where the trader confirms (with the polarity they choose) or
// rejects a pair. The decision goes to the engine, which keeps it in the database.
class PairReviewPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PairReviewPanel(QWidget* parent = nullptr);

    void showSnapshot(const EngineSnapshot& snapshot);
    PairsModel* model() const { return m_model; }
    DataTable* table() const { return m_table; }
    // Selects the pair's row; false when it is not shown.
    bool selectPair(const QString& kalshiTicker, const QString& polymarketKey);

signals:
    void confirmRequested(
        const QString& kalshiTicker, const QString& polymarketKey, orion::Polarity polarity, const QString& note);
    void rejectRequested(const QString& kalshiTicker, const QString& polymarketKey, const QString& note);

private:
    const DashboardPair* selectedPair() const;
    void updateButtons(bool takePolarity);
    void confirmSelected();
    void rejectSelected();

    PairsModel* m_model = nullptr;
    DataTable* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QComboBox* m_polarity = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_reject = nullptr;
};

} // namespace orion
