#pragma once

#include "engine/EngineSnapshot.h"

#include <QMainWindow>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace orion {

class EngineController;

// The trading terminal's main window. It shows what the engine reports (status, mode, active configuration) and
// sends the user's commands through EngineController; it never waits on the engine.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(EngineController& controller, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(MainWindow)

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* createControls();
    QWidget* createConfigurationView();
    void showSnapshot(const EngineSnapshot& snapshot);
    void showConfiguration(const Settings& settings);
    void showRefusal(const QString& reason);
    void requestKill();

    EngineController& m_controller;
    QLabel* m_statusLight = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_modeLabel = nullptr;
    QLabel* m_haltLabel = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QPushButton* m_killButton = nullptr;
    QPushButton* m_resetHaltButton = nullptr;
    QTreeWidget* m_configurationTree = nullptr;
    QLabel* m_databaseLabel = nullptr;
    Settings m_shownSettings;
    bool m_configurationShown = false;
    bool m_closing = false;
};

} // namespace orion
