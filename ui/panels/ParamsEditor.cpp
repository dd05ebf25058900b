#include "panels/ParamsEditor.h"

#include "config/SettingsSchema.h"
#include "models/RowTableModel.h"
#include "widgets/ParamValueDelegate.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace orion {
namespace {

constexpr int kValue = ParamValueDelegate::kValueColumn;
const QString kModeKey = QStringLiteral("engine.mode");

QString rangeText(const SettingDescriptor& descriptor)
{
    if (!descriptor.choices.isEmpty()) {
        return descriptor.choices.join(QStringLiteral(" | "));
    }
    if (descriptor.minimum.isEmpty() && descriptor.maximum.isEmpty()) {
        return {};
    }
    return QStringLiteral("%1 … %2").arg(descriptor.minimum, descriptor.maximum);
}

} // namespace

ParamsEditor::ParamsEditor(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("paramsEditor"));
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("configurationTree"));
    m_tree->setHeaderLabels({ tr("Parameter"), tr("Value"), tr("Unit"), tr("Meaning"), tr("Range"), tr("Applies") });
    m_tree->setAlternatingRowColors(true);
    m_tree->setItemDelegate(new ParamValueDelegate(m_tree));
    m_tree->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setColumnWidth(0, 220);
    m_tree->setColumnWidth(1, 150);
    m_tree->setColumnWidth(2, 140);
    m_tree->setColumnWidth(3, 420);
    m_tree->setColumnWidth(4, 120);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("parameterMessage"));
    m_message->setWordWrap(true);
    m_pathLabel = new QLabel(this);
    m_pathLabel->setObjectName(QStringLiteral("settingsPathLabel"));
    m_saveButton = new QPushButton(tr("&Save to config.yaml"), this);
    m_saveButton->setObjectName(QStringLiteral("saveSettingsButton"));
    m_saveButton->setToolTip(tr("Write the active parameters to the configuration file (the previous file is kept "
                                "as .bak); every changed key is recorded"));

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_pathLabel, 1);
    bottom->addWidget(m_saveButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* hint = new QLabel(tr("Double-click a value to change it. Changes apply to the running engine at once; "
                               "those marked “next start” take effect when trading starts again."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);

    connect(m_tree, &QTreeWidget::itemChanged, this, &ParamsEditor::onItemChanged);
    connect(m_saveButton, &QPushButton::clicked, this, &ParamsEditor::requestSave);
    build();
    setSavePath(QString());
}

void ParamsEditor::build()
{
    m_updating = true;
    QHash<QString, QTreeWidgetItem*> sections;
    for (const SettingSection& section : settingsSections()) {
        if (section.key.contains(QLatin1Char('.'))) {
            continue; // nested sections are shown under their top-level one
        }
        auto* item = new QTreeWidgetItem(m_tree, { section.key });
        item->setToolTip(0, QCoreApplication::translate("SettingsSchema", section.help.toUtf8().constData()));
        item->setFlags(Qt::ItemIsEnabled);
        item->setExpanded(section.key == QLatin1String("trading") || section.key == QLatin1String("risk")
            || section.key == QLatin1String("capital") || section.key == QLatin1String("engine"));
        sections.insert(section.key, item);
    }
    for (const SettingDescriptor& descriptor : settingsSchema()) {
        const QString top = descriptor.key.section(QLatin1Char('.'), 0, 0);
        QTreeWidgetItem*& parent = sections[top];
        if (!parent) {
            parent = new QTreeWidgetItem(m_tree, { top });
            parent->setFlags(Qt::ItemIsEnabled);
        }
        const QString help = QCoreApplication::translate("SettingsSchema", descriptor.help.toUtf8().constData());
        const QString unit = descriptor.unit.isEmpty()
            ? QString()
            : QCoreApplication::translate("SettingsSchema", descriptor.unit.toUtf8().constData());
        auto* item = new QTreeWidgetItem(parent,
            { descriptor.key.section(QLatin1Char('.'), 1), QString(), unit, help, rangeText(descriptor),
                descriptor.editableWhileRunning ? tr("at once") : tr("next start") });
        item->setData(0, ParamValueDelegate::kKeyRole, descriptor.key);
        item->setToolTip(0, descriptor.key);
        item->setToolTip(3, help);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (descriptor.key == kModeKey) {
            item->setToolTip(kValue, tr("Use the mode selector at the top: going live needs a confirmation"));
        } else {
            flags |= Qt::ItemIsEditable;
        }
        item->setFlags(flags);
    }
    m_updating = false;
}

QTreeWidgetItem* ParamsEditor::itemForKey(const QString& key) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, ParamValueDelegate::kKeyRole).toString() == key) {
            return *it;
        }
    }
    return nullptr;
}

void ParamsEditor::setActiveSettings(const Settings& settings)
{
    if (m_hasSettings && settings == m_active) {
        return;
    }
    m_active = settings;
    m_hasSettings = true;
    m_updating = true;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const QString key = (*it)->data(0, ParamValueDelegate::kKeyRole).toString();
        if (key.isEmpty() || m_tree->isPersistentEditorOpen(*it, kValue)) {
            continue;
        }
        const QString value = settingValue(settings, key);
        if ((*it)->text(kValue) != value) {
            (*it)->setText(kValue, value);
        }
    }
    m_updating = false;
}

void ParamsEditor::setSavePath(const QString& path)
{
    m_savePath = path;
    m_pathLabel->setText(path.isEmpty() ? tr("Not loaded from a file: Save asks where to write config.yaml.")
                                        : tr("Configuration file: %1").arg(path));
}

bool ParamsEditor::editValue(const QString& key, const QString& text)
{
    QTreeWidgetItem* item = itemForKey(key);
    if (!item || !(item->flags() & Qt::ItemIsEditable)) {
        m_lastRefusal = tr("%1 cannot be edited here").arg(key);
        return false;
    }
    m_lastRefusal.clear();
    item->setText(kValue, text); // itemChanged runs the same checks as an edit in the view
    return m_lastRefusal.isEmpty();
}

void ParamsEditor::onItemChanged(QTreeWidgetItem* item, int column)
{
    if (m_updating || column != kValue) {
        return;
    }
    const QString key = item->data(0, ParamValueDelegate::kKeyRole).toString();
    if (key.isEmpty()) {
        return;
    }
    const QString text = item->text(kValue).trimmed();
    if (text == settingValue(m_active, key)) {
        return;
    }
    Settings candidate = m_active;
    const Status parsed = setSetting(candidate, key, text);
    if (!parsed.ok()) {
        refuse(item, key, parsed.error().message);
        return;
    }
    const QList<ConfigProblem> problems = validateSettings(candidate);
    if (!problems.isEmpty()) {
        QStringList reasons;
        for (const ConfigProblem& problem : problems) {
            reasons << problem.toString();
        }
        refuse(item, key, reasons.join(QStringLiteral("; ")));
        return;
    }
    m_updating = true;
    item->setBackground(kValue, QBrush());
    item->setToolTip(kValue, QString());
    m_updating = false;
    m_active = candidate;
    m_lastRefusal.clear();
    m_message->setStyleSheet(QString());
    m_message->setText(tr("%1 set to %2 and applied to the engine.").arg(key, text));
    emit parameterEdited(key, settingValue(candidate, key));
}

void ParamsEditor::refuse(QTreeWidgetItem* item, const QString& key, const QString& reason)
{
    m_lastRefusal = reason;
    m_updating = true;
    item->setText(kValue, settingValue(m_active, key));
    item->setBackground(kValue, QBrush(toneBrush(RowTone::Bad).color().lighter(170)));
    item->setToolTip(kValue, tr("Refused: %1").arg(reason));
    m_updating = false;
    m_message->setStyleSheet(
        QStringLiteral("color: %1; font-weight: bold;").arg(toneBrush(RowTone::Bad).color().name()));
    m_message->setText(tr("Refused, the value stays %1: %2").arg(settingValue(m_active, key), reason));
}

void ParamsEditor::requestSave()
{
    QString path = m_savePath;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(
            this, tr("Save configuration"), QStringLiteral("config.yaml"), tr("YAML files (*.yaml *.yml)"));
        if (path.isEmpty()) {
            return;
        }
        setSavePath(path);
    }
    emit saveRequested(path);
}

} // namespace orion
