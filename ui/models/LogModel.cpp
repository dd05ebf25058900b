#include "models/LogModel.h"

#include "models/RowTableModel.h"

namespace orion {

LogModel::LogModel(int capacity, QObject* parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{ }

int LogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int LogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int LogModel::severity(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 0;
    case QtInfoMsg:
        return 1;
    case QtWarningMsg:
        return 2;
    case QtCriticalMsg:
        return 3;
    case QtFatalMsg:
        return 4;
    }
    return 1;
}

QString LogModel::levelText(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return tr("debug");
    case QtInfoMsg:
        return tr("info");
    case QtWarningMsg:
        return tr("warning");
    case QtCriticalMsg:
        return tr("error");
    case QtFatalMsg:
        return tr("fatal");
    }
    return {};
}

QVariant LogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size()) {
        return {};
    }
    const DashboardLogLine& line = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return line.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case Level:
            return levelText(line.type);
        case Module:
            return line.category;
        case Message:
            return line.message;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return index.column() == Message ? line.message : QVariant();
    case Qt::ForegroundRole:
        switch (line.type) {
        case QtWarningMsg:
            return toneBrush(RowTone::Warning);
        case QtCriticalMsg:
        case QtFatalMsg:
            return toneBrush(RowTone::Bad);
        case QtDebugMsg:
            return toneBrush(RowTone::Muted);
        case QtInfoMsg:
            break;
        }
        return {};
    case kLevelRole:
        return severity(line.type);
    case kModuleRole:
        return line.category;
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Time:
        return tr("Time");
    case Level:
        return tr("Level");
    case Module:
        return tr("Module");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

void LogModel::append(const QList<DashboardLogLine>& lines)
{
    if (lines.isEmpty()) {
        return;
    }
    // Only the newest `capacity` of the batch can stay.
    const qsizetype skip = qMax<qsizetype>(0, lines.size() - m_capacity);
    const qsizetype incoming = lines.size() - skip;
    const qsizetype overflow = m_lines.size() + incoming - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, static_cast<int>(overflow - 1));
        m_lines.remove(0, overflow);
        endRemoveRows();
    }
    const int first = static_cast<int>(m_lines.size());
    beginInsertRows({}, first, first + static_cast<int>(incoming) - 1);
    m_lines.append(lines.mid(skip));
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

} // namespace orion
