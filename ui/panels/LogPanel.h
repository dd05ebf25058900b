#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace orion {

class DataTable;
class LogFilterProxy;
class LogModel;
class LogSink;

// Orion's log, filtered by level and module. Lines come from a LogSink, taken in batches on a timer (never one
// signal per line), so a burst of logging on the engine thread costs the GUI one model update per tick.
class LogPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit LogPanel(QWidget* parent = nullptr);

    void setSink(LogSink* sink); // nullptr: stop reading
    // Takes everything new from the sink now (the timer does this every kDrainIntervalMs).
    void drainSink();
    LogModel* model() const { return m_model; }
    LogFilterProxy* filter() const { return m_filter; }
    DataTable* table() const { return m_table; }

    static constexpr int kDrainIntervalMs = 250;

private:
    void applyFilter();

    LogSink* m_sink = nullptr;
    LogModel* m_model = nullptr;
    LogFilterProxy* m_filter = nullptr;
    DataTable* m_table = nullptr;
    QComboBox* m_level = nullptr;
    QComboBox* m_module = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_follow = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace orion
