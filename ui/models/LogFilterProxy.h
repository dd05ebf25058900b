#pragma once

#include <QSortFilterProxyModel>

namespace orion {

// Shows the log lines at or above a level, from one module (or all), containing a text.
class LogFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LogFilterProxy(QObject* parent = nullptr);

    void setMinimumSeverity(int severity);
    void setModule(const QString& module); // empty: every module
    void setText(const QString& text);
    int minimumSeverity() const { return m_minimumSeverity; }
    QString module() const { return m_module; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    int m_minimumSeverity = 0;
    QString m_module;
    QString m_text;
};

} // namespace orion
