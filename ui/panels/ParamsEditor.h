#pragma once

#include "config/Settings.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace orion {

// Every parameter of config.yaml with its value, unit, range and explanation from the schema. A value typed in
// is checked at once (setSetting, then the rules between keys): an invalid one is refused in place, the old value
// stays and the reason shows next to it; a valid one goes to the running engine immediately. "Save" writes the
// active settings to config.yaml through the engine (atomic, recorded in config_changes).
class ParamsEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ParamsEditor(QWidget* parent = nullptr);

    // The engine's active settings (from each snapshot); values being edited are left alone.
    void setActiveSettings(const Settings& settings);
    void setSavePath(const QString& path);
    QString savePath() const { return m_savePath; }

    // Types `text` into the value of `key`, as a person finishing an edit would. Returns whether it was accepted.
    bool editValue(const QString& key, const QString& text);
    QString lastRefusal() const { return m_lastRefusal; }
    QTreeWidgetItem* itemForKey(const QString& key) const;
    // Saves to savePath(), asking for a file first when there is none.
    void requestSave();

signals:
    // A checked value for one key (YAML spelling), to apply to the running engine.
    void parameterEdited(const QString& key, const QString& text);
    void saveRequested(const QString& path);

private:
    void build();
    void onItemChanged(QTreeWidgetItem* item, int column);
    void refuse(QTreeWidgetItem* item, const QString& key, const QString& reason);

    QTreeWidget* m_tree = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_pathLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    Settings m_active;
    QString m_savePath;
    QString m_lastRefusal;
    bool m_updating = false;
    bool m_hasSettings = false;
};

} // namespace orion
