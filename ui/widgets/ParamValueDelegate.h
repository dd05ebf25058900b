#pragma once

#include <QStyledItemDelegate>

namespace orion {

// Edits the value column of the parameter editor: a list for choices and booleans, a line edit for the rest.
// Other columns are read-only.
class ParamValueDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int kValueColumn = 1;
    static constexpr int kKeyRole = Qt::UserRole;

    explicit ParamValueDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace orion
