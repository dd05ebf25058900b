#pragma once

#include <QAbstractTableModel>
#include <QBrush>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace orion {

// How a row or cell reads at a glance; the colours follow the light or dark palette.
enum class RowTone
{
    Normal,
    Good,    // tradable, profit, confirmed
    Bad,     // loss, rejected, failed
    Warning, // blocked, review, provisional
    Muted,   // closed, cancelled
    Active,  // traded, executing: the engine is on it
};

QBrush toneBrush(RowTone tone);

// A table over value rows taken from engine snapshots. setRows() compares the new rows with the shown ones by key
// and tells the views only what changed (removed, inserted, changed rows), so selection and scrolling survive the
// ten updates a second and a 10,000-row table costs only the rows that moved. Cells are formatted on demand, for
// the rows a view actually paints.
template <typename Row>
class RowTableModel : public QAbstractTableModel
{
public:
    static constexpr int kSortRole = Qt::UserRole + 1; // numbers for numeric columns, text otherwise
    static constexpr int kKeyRole = Qt::UserRole + 2;

    explicit RowTableModel(QObject* parent = nullptr)
        : QAbstractTableModel(parent)
    { }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(headers().size());
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < headers().size()) {
            return headers().at(section);
        }
        return QAbstractTableModel::headerData(section, orientation, role);
    }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_rows.size()) {
            return {};
        }
        const Row& row = m_rows.at(index.row());
        switch (role) {
        case kKeyRole:
            return keyOf(row);
        case Qt::ForegroundRole: {
            const RowTone tone = toneOf(row, index.column());
            return tone == RowTone::Normal ? QVariant() : QVariant(toneBrush(tone));
        }
        case Qt::TextAlignmentRole:
            return isNumeric(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        case kSortRole: {
            QVariant sort = sortValue(row, index.column());
            return sort.isValid() ? sort : cell(row, index.column(), Qt::DisplayRole);
        }
        default:
            return cell(row, index.column(), role);
        }
    }

    void setRows(QList<Row> rows)
    {
        // Keys are computed once per row and kept: the diff below looks them up several times.
        QList<QString> keys;
        keys.reserve(rows.size());
        QHash<QString, qsizetype> newIndex;
        newIndex.reserve(rows.size());
        for (qsizetype i = 0; i < rows.size(); ++i) {
            keys.append(keyOf(rows.at(i)));
            newIndex.insert(keys.last(), i);
        }
        if (newIndex.size() != rows.size()) {
            resetTo(std::move(rows), std::move(keys)); // duplicate keys: no stable identity to diff on
            return;
        }
        // 1. Rows that went away, back to front in contiguous runs.
        for (qsizetype i = m_rows.size() - 1; i >= 0;) {
            if (newIndex.contains(m_keys.at(i))) {
                --i;
                continue;
            }
            const qsizetype last = i;
            while (i >= 0 && !newIndex.contains(m_keys.at(i))) {
                --i;
            }
            beginRemoveRows({}, static_cast<int>(i + 1), static_cast<int>(last));
            m_rows.remove(i + 1, last - i);
            m_keys.remove(i + 1, last - i);
            endRemoveRows();
        }
        // 2. The remaining rows must keep their relative order; otherwise start over.
        QSet<QString> kept;
        kept.reserve(m_rows.size());
        qsizetype previous = -1;
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const qsizetype at = newIndex.value(m_keys.at(i));
            if (at <= previous) {
                resetTo(std::move(rows), std::move(keys));
                return;
            }
            previous = at;
            kept.insert(m_keys.at(i));
        }
        // 3. New rows in runs, and changed rows.
        qsizetype firstChanged = -1;
        qsizetype lastChanged = -1;
        for (qsizetype i = 0; i < rows.size();) {
            if (kept.contains(keys.at(i))) {
                if (!sameRow(m_rows.at(i), rows.at(i))) {
                    m_rows[i] = rows.at(i);
                    firstChanged = firstChanged < 0 ? i : firstChanged;
                    lastChanged = i;
                }
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < rows.size() && !kept.contains(keys.at(end))) {
                ++end;
            }
            beginInsertRows({}, static_cast<int>(i), static_cast<int>(end - 1));
            m_rows.insert(i, end - i, Row {});
            m_keys.insert(i, end - i, QString());
            for (qsizetype j = i; j < end; ++j) {
                m_rows[j] = rows.at(j);
                m_keys[j] = keys.at(j);
            }
            endInsertRows();
            i = end;
        }
        if (firstChanged >= 0) {
            emit dataChanged(
                index(static_cast<int>(firstChanged), 0), index(static_cast<int>(lastChanged), columnCount() - 1));
        }
    }

    const QList<Row>& rows() const { return m_rows; }
    const Row* rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }

protected:
    virtual const QStringList& headers() const = 0;
    virtual QString keyOf(const Row& row) const = 0;
    virtual bool sameRow(const Row& a, const Row& b) const = 0;
    virtual QVariant cell(const Row& row, int column, int role) const = 0;
    virtual QVariant sortValue(const Row& row, int column) const = 0;
    virtual RowTone toneOf(const Row& row, int column) const = 0;
    virtual bool isNumeric(int column) const = 0;

private:
    void resetTo(QList<Row> rows, QList<QString> keys)
    {
        beginResetModel();
        m_rows = std::move(rows);
        m_keys = std::move(keys);
        endResetModel();
    }

    QList<Row> m_rows;
    QList<QString> m_keys; // keyOf(m_rows[i])
};

} // namespace orion
