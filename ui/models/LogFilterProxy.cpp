#include "models/LogFilterProxy.h"

#include "models/LogModel.h"

namespace orion {

LogFilterProxy::LogFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

void LogFilterProxy::setMinimumSeverity(int severity)
{
    if (severity == m_minimumSeverity) {
        return;
    }
    m_minimumSeverity = severity;
    invalidateFilter();
}

void LogFilterProxy::setModule(const QString& module)
{
    if (module == m_module) {
        return;
    }
    m_module = module;
    invalidateFilter();
}

void LogFilterProxy::setText(const QString& text)
{
    if (text == m_text) {
        return;
    }
    m_text = text;
    invalidateFilter();
}

bool LogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, LogModel::Message, sourceParent);
    if (index.data(LogModel::kLevelRole).toInt() < m_minimumSeverity) {
        return false;
    }
    if (!m_module.isEmpty() && index.data(LogModel::kModuleRole).toString() != m_module) {
        return false;
    }
    return m_text.isEmpty() || index.data().toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace orion
