#pragma once

#include <QHash>
#include <QStackedWidget>

class QAbstractItemModel;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace orion {

// A sortable table over a model, or, when the model is empty, a sentence saying why (nothing yet, or the data
// source is not connected), so an empty panel never looks broken. Column widths and the sort column persist in
// QSettings under "tables/<objectName>".
class DataTable final : public QStackedWidget
{
    Q_OBJECT

public:
    // `sortRole` is the model's role holding sortable values.
    DataTable(const QString& objectName, QAbstractItemModel* model, int sortRole, QWidget* parent = nullptr);
    ~DataTable() override;
    Q_DISABLE_COPY_MOVE(DataTable)

    // The sentence shown while the model has no rows.
    void setEmptyText(const QString& text);
    QString emptyText() const;
    bool isShowingEmptyText() const;

    QTableView* view() const { return m_view; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

    void saveState() const;
    void restoreState();

    // Widths (in characters of the table's font) for columns that need more than the default, e.g. titles;
    // the user's own widths, once saved, win.
    void setInitialColumnWidths(const QHash<int, int>& characters);

private:
    void updatePage();

    QTableView* m_view = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    bool m_restored = false; // the user's saved column widths are in place
};

} // namespace orion
