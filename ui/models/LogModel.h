#pragma once

#include "engine/DashboardLogLine.h"

#include <QAbstractTableModel>
#include <QList>

namespace orion {

// The newest log lines (at most `capacity`), oldest first. Lines arrive in batches from LogSink::drain().
class LogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Level,
        Module,
        Message,
        ColumnCount
    };
    static constexpr int kLevelRole = Qt::UserRole + 1;  // int severity: debug 0 … fatal 4
    static constexpr int kModuleRole = Qt::UserRole + 2; // category name

    explicit LogModel(int capacity = 10000, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void append(const QList<DashboardLogLine>& lines);
    void clear();

    static int severity(QtMsgType type);
    static QString levelText(QtMsgType type);

private:
    const int m_capacity;
    QList<DashboardLogLine> m_lines;
};

} // namespace orion
