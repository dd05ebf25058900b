#include "widgets/ParamValueDelegate.h"

#include "config/SettingsSchema.h"

#include <QComboBox>
#include <QLineEdit>

namespace orion {
namespace {

const SettingDescriptor* descriptorAt(const QModelIndex& index)
{
    return findSettingDescriptor(index.siblingAtColumn(0).data(ParamValueDelegate::kKeyRole).toString());
}

} // namespace

ParamValueDelegate::ParamValueDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{ }

QWidget* ParamValueDelegate::createEditor(
    QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const SettingDescriptor* descriptor = descriptorAt(index);
    if (index.column() != kValueColumn || !descriptor) {
        return nullptr;
    }
    if (descriptor->type == QLatin1String("boolean")) {
        auto* combo = new QComboBox(parent);
        combo->addItems({ QStringLiteral("true"), QStringLiteral("false") });
        return combo;
    }
    if (descriptor->type == QLatin1String("choice")) {
        auto* combo = new QComboBox(parent);
        combo->addItems(descriptor->choices);
        return combo;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ParamValueDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentText(index.data().toString());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ParamValueDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentText());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace orion
