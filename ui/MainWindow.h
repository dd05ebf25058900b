#pragma once

#include "engine/EngineSnapshot.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QCheckBox;
class QComboBox;
class QDockWidget;
class QLabel;
class QMessageBox;
class QPushButton;

namespace orion {

class BalancesPanel;
class CredentialService;
class EngineController;
class LogPanel;
class LogSink;
class OpportunityFeedPanel;
class OrdersPanel;
class PairReviewPanel;
class ParamsEditor;
class PerformancePanel;
class PositionsPanel;

// The trading terminal's main window: status, controls and the kill switch on top, the live opportunity feed in
// the middle, and dockable panels (balances, performance, positions, orders and fills, pairs, log, parameters)
// around it. It shows what the engine reports in coalesced snapshots and sends the user's commands through
// EngineController; it never waits on the engine. Layout, column widths and sort orders persist in QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(EngineController& controller, QWidget* parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    // Feeds the log view (nullptr: none). The sink must outlive the window or be unset first.
    void setLogSink(LogSink* sink);
    // Where File > Credentials… stores and tests credentials (nullptr: the menu entry is disabled). Not owned.
    void setCredentialService(CredentialService* service);
    // Opens the Credentials dialog (what File > Credentials… does).
    void showCredentials();

    // Shows one snapshot in every panel. Snapshots normally come from the controller; tests, the demo and the
    // UI benchmark inject their own.
    void applySnapshot(const EngineSnapshot& snapshot);

    // Asks for `mode` as the mode selector does: live needs the confirmation dialog first.
    void requestMode(TradingMode mode);
    // The open live-mode confirmation, or nullptr.
    QMessageBox* liveModeConfirmation() const;
    // The sentence the confirmation shows: the bankroll at risk.
    QString liveModeRiskText() const;

    BalancesPanel* balancesPanel() const { return m_balances; }
    PositionsPanel* positionsPanel() const { return m_positions; }
    OpportunityFeedPanel* opportunityFeed() const { return m_feed; }
    OrdersPanel* ordersPanel() const { return m_orders; }
    PairReviewPanel* pairReviewPanel() const { return m_pairs; }
    PerformancePanel* performancePanel() const { return m_performance; }
    LogPanel* logPanel() const { return m_log; }
    ParamsEditor* paramsEditor() const { return m_params; }
    QList<QDockWidget*> panelDocks() const { return m_docks; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    CredentialService* m_credentialService = nullptr;
    QAction* m_credentialsAction = nullptr;

    QWidget* createControls();
    QDockWidget* addPanel(QWidget* panel, const QString& objectName, const QString& title, Qt::DockWidgetArea area);
    void createMenus();
    void showRefusal(const QString& reason);
    void showKillReport(const EngineSnapshot& snapshot);
    void requestKill();
    void onModeActivated(int index);
    void selectShownMode(TradingMode mode);
    void saveLayout() const;
    void restoreLayout();
    void resetLayout();
    void setLanguage(const QString& language);

    EngineController& m_controller;
    EngineSnapshot m_shown;
    QLabel* m_statusLight = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_modeLabel = nullptr;
    QLabel* m_haltLabel = nullptr;
    QLabel* m_killReportLabel = nullptr;
    QLabel* m_breakerLabel = nullptr;
    QComboBox* m_modeSelector = nullptr;
    QCheckBox* m_autoExecute = nullptr;
    QPushButton* m_startButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QPushButton* m_killButton = nullptr;
    QPushButton* m_resetHaltButton = nullptr;
    QPushButton* m_resetBreakerButton = nullptr;
    QLabel* m_databaseLabel = nullptr;
    BalancesPanel* m_balances = nullptr;
    PositionsPanel* m_positions = nullptr;
    OpportunityFeedPanel* m_feed = nullptr;
    OrdersPanel* m_orders = nullptr;
    PairReviewPanel* m_pairs = nullptr;
    PerformancePanel* m_performance = nullptr;
    LogPanel* m_log = nullptr;
    ParamsEditor* m_params = nullptr;
    QList<QDockWidget*> m_docks;
    QByteArray m_defaultLayout;
    QPointer<QMessageBox> m_liveConfirmation;
    bool m_closing = false;
};

} // namespace orion
