#include "MainWindow.h"

#include "DisplayFormat.h"
#include "Theme.h"
#include "dialogs/CredentialsDialog.h"
#include "engine/EngineController.h"
#include "panels/BalancesPanel.h"
#include "panels/LogPanel.h"
#include "panels/OpportunityFeedPanel.h"
#include "panels/OrdersPanel.h"
#include "panels/PairReviewPanel.h"
#include "panels/ParamsEditor.h"
#include "panels/PerformancePanel.h"
#include "panels/PositionsPanel.h"

#include <QActionGroup>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QVBoxLayout>

namespace orion {
namespace {

QString statusColour(EngineRunState state)
{
    switch (state) {
    case EngineRunState::Running:
        return QStringLiteral("#2e9d46");
    case EngineRunState::Stopped:
        return QStringLiteral("#8a8a8a");
    case EngineRunState::Initializing:
        return QStringLiteral("#d8a21b");
    case EngineRunState::Halted:
    case EngineRunState::Failed:
        return QStringLiteral("#d0312d");
    case EngineRunState::ShutDown:
        return QStringLiteral("#5a5a5a");
    }
    return QStringLiteral("#d0312d");
}

QString statusText(EngineRunState state)
{
    switch (state) {
    case EngineRunState::Initializing:
        return MainWindow::tr("Starting up");
    case EngineRunState::Stopped:
        return MainWindow::tr("Stopped");
    case EngineRunState::Running:
        return MainWindow::tr("Running");
    case EngineRunState::Halted:
        return MainWindow::tr("HALTED");
    case EngineRunState::Failed:
        return MainWindow::tr("Failed");
    case EngineRunState::ShutDown:
        return MainWindow::tr("Shut down");
    }
    return {};
}

QString modeText(TradingMode mode)
{
    switch (mode) {
    case TradingMode::DryRun:
        return MainWindow::tr("Dry run");
    case TradingMode::AlertOnly:
        return MainWindow::tr("Alert only");
    case TradingMode::Paper:
        return MainWindow::tr("Paper");
    case TradingMode::Live:
        return MainWindow::tr("LIVE");
    }
    return {};
}

Cash share(Ratio ratio, Cash amount, Rounding rounding)
{
    const Result<Cash> part = ratio.applyTo(amount, rounding);
    return part.ok() ? part.value() : amount;
}

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kLanguageKey = QStringLiteral("ui/language");
constexpr int kLayoutVersion = 1;

} // namespace

MainWindow::MainWindow(EngineController& controller, QWidget* parent)
    : QMainWindow(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Orion — arbitrage terminal"));
    setDockNestingEnabled(true);

    m_feed = new OpportunityFeedPanel(this);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(createControls());
    layout->addWidget(m_feed, 1);
    setCentralWidget(central);

    m_balances = new BalancesPanel(this);
    m_performance = new PerformancePanel(this);
    m_positions = new PositionsPanel(this);
    m_orders = new OrdersPanel(this);
    m_pairs = new PairReviewPanel(this);
    m_log = new LogPanel(this);
    m_params = new ParamsEditor(this);
    addPanel(m_balances, QStringLiteral("balancesDock"), tr("Balances"), Qt::LeftDockWidgetArea);
    QDockWidget* performance
        = addPanel(m_performance, QStringLiteral("performanceDock"), tr("Performance"), Qt::LeftDockWidgetArea);
    QDockWidget* positions
        = addPanel(m_positions, QStringLiteral("positionsDock"), tr("Positions"), Qt::BottomDockWidgetArea);
    QDockWidget* orders
        = addPanel(m_orders, QStringLiteral("ordersDock"), tr("Orders and fills"), Qt::BottomDockWidgetArea);
    QDockWidget* pairs = addPanel(m_pairs, QStringLiteral("pairsDock"), tr("Pairs"), Qt::BottomDockWidgetArea);
    QDockWidget* log = addPanel(m_log, QStringLiteral("logDock"), tr("Log"), Qt::BottomDockWidgetArea);
    QDockWidget* params
        = addPanel(m_params, QStringLiteral("parametersDock"), tr("Parameters"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(positions, orders);
    tabifyDockWidget(orders, pairs);
    tabifyDockWidget(pairs, log);
    tabifyDockWidget(log, params);
    positions->raise();
    resizeDocks({ m_docks.first(), performance }, { 460, 460 }, Qt::Horizontal);
    resizeDocks({ positions }, { 300 }, Qt::Vertical);

    m_databaseLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_databaseLabel);
    createMenus();

    connect(&m_controller, &EngineController::snapshotChanged, this, &MainWindow::applySnapshot);
    connect(&m_controller, &EngineController::commandRefused, this, &MainWindow::showRefusal);
    connect(&m_controller, &EngineController::settingsSaved, this,
        [this](const QString& path) { statusBar()->showMessage(tr("Settings saved to %1").arg(path), 10000); });
    connect(m_params, &ParamsEditor::parameterEdited, this,
        [this](const QString& key, const QString& text) { m_controller.setParameter(key, text); });
    connect(m_params, &ParamsEditor::saveRequested, &m_controller, &EngineController::saveSettings);
    connect(m_pairs, &PairReviewPanel::confirmRequested, &m_controller, &EngineController::confirmPair);
    connect(m_pairs, &PairReviewPanel::rejectRequested, &m_controller, &EngineController::rejectPair);

    resize(1400, 900);
    m_defaultLayout = saveState(kLayoutVersion);
    restoreLayout();
    applySnapshot(m_controller.snapshot());
}

MainWindow::~MainWindow()
{
    saveLayout();
}

QDockWidget* MainWindow::addPanel(
    QWidget* panel, const QString& objectName, const QString& title, Qt::DockWidgetArea area)
{
    // No '&' in a dock title: the title bar shows it as typed, while the dock tabs and the Panels menu read it as
    // a mnemonic, so no spelling reads right in all three.
    Q_ASSERT(!title.contains(QLatin1Char('&')));
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    dock->setFeatures(
        QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

QWidget* MainWindow::createControls()
{
    auto* panel = new QWidget(this);
    auto* row = new QHBoxLayout(panel);
    row->setContentsMargins(0, 0, 0, 0);

    m_statusLight = new QLabel(panel);
    m_statusLight->setFixedSize(18, 18);
    m_statusLight->setObjectName(QStringLiteral("engineStatusLight"));
    m_statusLabel = new QLabel(panel);
    m_statusLabel->setObjectName(QStringLiteral("engineStatusLabel"));
    QFont statusFont = m_statusLabel->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 1.4);
    statusFont.setBold(true);
    m_statusLabel->setFont(statusFont);
    m_modeLabel = new QLabel(panel);
    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    m_haltLabel = new QLabel(panel);
    m_haltLabel->setObjectName(QStringLiteral("haltReasonLabel"));
    m_haltLabel->setStyleSheet(QStringLiteral("color: #d0312d; font-weight: bold;"));
    m_haltLabel->setWordWrap(true);
    m_killReportLabel = new QLabel(panel);
    m_killReportLabel->setObjectName(QStringLiteral("killReportLabel"));
    m_killReportLabel->setWordWrap(true);
    m_killReportLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_modeSelector = new QComboBox(panel);
    m_modeSelector->setObjectName(QStringLiteral("modeSelector"));
    for (TradingMode mode : { TradingMode::DryRun, TradingMode::AlertOnly, TradingMode::Paper, TradingMode::Live }) {
        m_modeSelector->addItem(modeText(mode), static_cast<int>(mode));
    }
    m_modeSelector->setToolTip(tr("Dry run: detect only · Alert only: detect and alert · Paper: simulated fills · "
                                  "Live: real orders with real money"));
    m_autoExecute = new QCheckBox(tr("Auto-&execute"), panel);
    m_autoExecute->setObjectName(QStringLiteral("autoExecuteToggle"));
    m_autoExecute->setToolTip(tr("Trade tradable opportunities without asking (paper and live modes)"));

    m_breakerLabel = new QLabel(panel);
    m_breakerLabel->setObjectName(QStringLiteral("circuitBreakerLabel"));
    m_resetBreakerButton = new QPushButton(tr("Reset &breaker"), panel);
    m_resetBreakerButton->setObjectName(QStringLiteral("resetBreakerButton"));
    m_resetBreakerButton->setToolTip(tr("Allow new trades again after the circuit breaker tripped"));

    m_startButton = new QPushButton(tr("&Start"), panel);
    m_startButton->setObjectName(QStringLiteral("startButton"));
    m_startButton->setToolTip(tr("Start trading in the selected mode"));
    m_stopButton = new QPushButton(tr("S&top"), panel);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setToolTip(tr("Stop looking for and taking trades; open orders stay as they are"));
    m_resetHaltButton = new QPushButton(tr("&Reset kill switch"), panel);
    m_resetHaltButton->setObjectName(QStringLiteral("resetHaltButton"));
    m_killButton = new QPushButton(tr("KILL"), panel);
    m_killButton->setObjectName(QStringLiteral("killButton"));
    m_killButton->setMinimumSize(140, 48);
    m_killButton->setStyleSheet(QStringLiteral(
        "QPushButton { background: #c62828; color: white; font-size: 18px; font-weight: bold; border-radius: 6px; }"
        "QPushButton:pressed { background: #8e0000; }"
        "QPushButton:disabled { background: #7a4a4a; color: #dddddd; }"));
    const QKeySequence killKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
    m_killButton->setToolTip(
        tr("Halt at once and cancel every open order (%1)").arg(killKeys.toString(QKeySequence::NativeText)));
    auto* killShortcut = new QShortcut(killKeys, this);
    killShortcut->setContext(Qt::ApplicationShortcut);
    connect(killShortcut, &QShortcut::activated, this, &MainWindow::requestKill);

    connect(m_startButton, &QPushButton::clicked, &m_controller, &EngineController::startTrading);
    connect(m_stopButton, &QPushButton::clicked, &m_controller, &EngineController::stopTrading);
    connect(m_resetHaltButton, &QPushButton::clicked, &m_controller, &EngineController::resetHalt);
    connect(m_resetBreakerButton, &QPushButton::clicked, &m_controller, &EngineController::resetCircuitBreaker);
    connect(m_killButton, &QPushButton::clicked, this, &MainWindow::requestKill);
    connect(m_modeSelector, &QComboBox::activated, this, &MainWindow::onModeActivated);
    connect(m_autoExecute, &QCheckBox::clicked, &m_controller, &EngineController::setAutoExecute);

    auto* statusColumn = new QVBoxLayout;
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLight);
    statusRow->addWidget(m_statusLabel);
    statusRow->addSpacing(12);
    statusRow->addWidget(new QLabel(tr("Mode:"), panel));
    statusRow->addWidget(m_modeSelector);
    statusRow->addWidget(m_autoExecute);
    statusRow->addStretch();
    statusColumn->addLayout(statusRow);
    statusColumn->addWidget(m_modeLabel);
    auto* breakerRow = new QHBoxLayout;
    breakerRow->addWidget(m_breakerLabel);
    breakerRow->addWidget(m_resetBreakerButton);
    breakerRow->addStretch();
    statusColumn->addLayout(breakerRow);
    statusColumn->addWidget(m_haltLabel);
    statusColumn->addWidget(m_killReportLabel);
    row->addLayout(statusColumn, 1);
    row->addWidget(m_startButton);
    row->addWidget(m_stopButton);
    row->addWidget(m_resetHaltButton);
    row->addSpacing(24);
    row->addWidget(m_killButton);
    return panel;
}

void MainWindow::setCredentialService(CredentialService* service)
{
    m_credentialService = service;
    if (m_credentialsAction) {
        m_credentialsAction->setEnabled(service != nullptr);
    }
}

void MainWindow::showCredentials()
{
    if (m_credentialService == nullptr) {
        return;
    }
    // Modal and short-lived: nothing it shows outlives it, and secrets are never shown at all.
    CredentialsDialog dialog(*m_credentialService, this);
    dialog.exec();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* save = file->addAction(tr("&Save settings to config.yaml"));
    connect(save, &QAction::triggered, m_params, &ParamsEditor::requestSave);
    m_credentialsAction = file->addAction(tr("&Credentials…"));
    m_credentialsAction->setEnabled(m_credentialService != nullptr);
    connect(m_credentialsAction, &QAction::triggered, this, &MainWindow::showCredentials);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QMenu* panels = view->addMenu(tr("&Panels"));
    for (QDockWidget* dock : std::as_const(m_docks)) {
        panels->addAction(dock->toggleViewAction());
    }
    QAction* reset = view->addAction(tr("&Reset layout"));
    connect(reset, &QAction::triggered, this, &MainWindow::resetLayout);

    QMenu* theme = view->addMenu(tr("&Theme"));
    auto* themes = new QActionGroup(theme);
    const ThemeChoice current = Theme::saved();
    for (ThemeChoice choice : { ThemeChoice::System, ThemeChoice::Light, ThemeChoice::Dark }) {
        QAction* action = theme->addAction(Theme::displayName(choice));
        action->setCheckable(true);
        action->setChecked(choice == current);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [choice] {
            Theme::apply(choice);
            Theme::save(choice);
        });
    }

    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(language);
    const QString chosen = QSettings().value(kLanguageKey).toString();
    const QList<std::pair<QString, QString>> options { { QString(), tr("System language") },
        { QStringLiteral("en"), QStringLiteral("English") }, { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("es"), QStringLiteral("Español") } };
    for (const auto& [code, name] : options) {
        QAction* action = language->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == chosen);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }
}

void MainWindow::setLanguage(const QString& language)
{
    QSettings().setValue(kLanguageKey, language);
    statusBar()->showMessage(tr("The language changes at the next start of Orion."), 10000);
}

void MainWindow::setLogSink(LogSink* sink)
{
    m_log->setSink(sink);
}

void MainWindow::requestKill()
{
    // Synchronous: the controller raises the halt flag and emits a Halted snapshot before this returns.
    m_controller.kill();
}

void MainWindow::applySnapshot(const EngineSnapshot& snapshot)
{
    const EngineRunState state = snapshot.runState;
    m_statusLight->setStyleSheet(QStringLiteral("border-radius: 9px; background: %1;").arg(statusColour(state)));
    m_statusLabel->setText(statusText(state));
    const TradingMode mode = snapshot.settings.engine.mode;
    m_modeLabel->setText(tr("Mode: %1 · auto-execute %2")
                             .arg(displayName(mode), snapshot.settings.trading.autoExecute ? tr("on") : tr("off")));
    m_modeLabel->setStyleSheet(
        mode == TradingMode::Live ? QStringLiteral("color: #d0312d; font-weight: bold;") : QString());
    if (!m_liveConfirmation) {
        selectShownMode(mode);
    }
    m_autoExecute->setChecked(snapshot.settings.trading.autoExecute);
    m_haltLabel->setVisible(state == EngineRunState::Halted || state == EngineRunState::Failed);
    m_haltLabel->setText(
        state == EngineRunState::Failed ? snapshot.lastError : tr("Kill switch engaged: %1").arg(snapshot.haltReason));
    showKillReport(snapshot);

    const DashboardCircuitBreaker& breaker = snapshot.circuitBreaker;
    if (breaker.tripped) {
        m_breakerLabel->setText(
            tr("Circuit breaker TRIPPED at %1: %2").arg(DisplayFormat::clock(breaker.trippedAt), breaker.reason));
        m_breakerLabel->setStyleSheet(QStringLiteral("color: #d0312d; font-weight: bold;"));
    } else {
        m_breakerLabel->setText(snapshot.feeds.circuitBreaker
                ? tr("Circuit breaker: armed, not tripped")
                : tr("Circuit breaker: armed (daily loss limit %1 of "
                     "the bankroll)")
                      .arg(snapshot.settings.risk.maxDailyLossPct.toString()));
        m_breakerLabel->setStyleSheet(QString());
    }
    m_resetBreakerButton->setEnabled(breaker.tripped);

    m_startButton->setEnabled(state == EngineRunState::Stopped);
    m_stopButton->setEnabled(state == EngineRunState::Running);
    m_resetHaltButton->setEnabled(state == EngineRunState::Halted);
    m_killButton->setEnabled(state != EngineRunState::ShutDown);
    m_modeSelector->setEnabled(state != EngineRunState::ShutDown);
    m_databaseLabel->setText(snapshot.databasePath.isEmpty() ? tr("no database")
                                                             : tr("%1 (schema %2) · config: %3")
                                                                   .arg(snapshot.databasePath)
                                                                   .arg(snapshot.schemaVersion)
                                                                   .arg(snapshot.configSource));
    if (m_params->savePath().isEmpty() && snapshot.configSource.endsWith(QLatin1String(".yaml"))
        && QFileInfo(snapshot.configSource).isFile()) {
        m_params->setSavePath(snapshot.configSource);
    }

    m_feed->showSnapshot(snapshot);
    m_balances->showSnapshot(snapshot);
    m_positions->showSnapshot(snapshot);
    m_orders->showSnapshot(snapshot);
    m_pairs->showSnapshot(snapshot);
    m_performance->showSnapshot(snapshot);
    m_params->setActiveSettings(snapshot.settings);
    m_shown = snapshot;
}

void MainWindow::showKillReport(const EngineSnapshot& snapshot)
{
    const DashboardKillReport& kill = snapshot.lastKill;
    m_killReportLabel->setVisible(kill.isValid() && snapshot.runState == EngineRunState::Halted);
    if (!kill.isValid()) {
        return;
    }
    if (kill.cancelledOrders.isEmpty()) {
        m_killReportLabel->setText(tr("Kill at %1: no open orders to cancel; nothing will be sent until reset.")
                                       .arg(DisplayFormat::clock(kill.at)));
        return;
    }
    m_killReportLabel->setText(
        tr("Kill at %1: cancelled %n open order(s): %2", nullptr, static_cast<int>(kill.cancelledOrders.size()))
            .arg(DisplayFormat::clock(kill.at), kill.cancelledOrders.join(QStringLiteral(", "))));
}

void MainWindow::selectShownMode(TradingMode mode)
{
    const int index = m_modeSelector->findData(static_cast<int>(mode));
    if (index >= 0 && index != m_modeSelector->currentIndex()) {
        m_modeSelector->setCurrentIndex(index);
    }
}

QMessageBox* MainWindow::liveModeConfirmation() const
{
    return m_liveConfirmation.data();
}

void MainWindow::onModeActivated(int index)
{
    requestMode(static_cast<TradingMode>(m_modeSelector->itemData(index).toInt()));
}

QString MainWindow::liveModeRiskText() const
{
    const Settings& settings = m_shown.settings;
    const Cash bankroll = settings.capital.initialBankroll;
    const Cash reserve = share(settings.capital.reservePct, bankroll, Rounding::Up);
    const Cash atRisk = bankroll - reserve;
    const Cash kalshi = share(settings.capital.kalshiAllocationPct, bankroll, Rounding::Down);
    const Cash polymarket = share(settings.capital.polymarketAllocationPct, bankroll, Rounding::Down);
    const Cash largest = share(settings.trading.maxTradeSizePct, bankroll, Rounding::Down);
    QString text = tr("Live mode sends real orders with real money to Kalshi and Polymarket.\n\n"
                      "Bankroll at risk: %1 of %2 (Kalshi %3, Polymarket %4; reserve %5 never traded).\n"
                      "Largest single trade: %6. Daily loss limit: %7 of the bankroll.")
                       .arg(DisplayFormat::money(atRisk), DisplayFormat::money(bankroll), DisplayFormat::money(kalshi),
                           DisplayFormat::money(polymarket), DisplayFormat::money(reserve),
                           DisplayFormat::money(largest), settings.risk.maxDailyLossPct.toString());
    if (!m_shown.balances.isEmpty()) {
        Cash total;
        for (const DashboardBalance& balance : m_shown.balances) {
            total += balance.total();
        }
        text += QLatin1Char('\n') + tr("Money on the venues now: %1.").arg(DisplayFormat::money(total));
    }
    if (settings.trading.autoExecute) {
        text += QLatin1Char('\n') + tr("Auto-execute is ON: trades start without asking.");
    }
    return text;
}

void MainWindow::requestMode(TradingMode mode)
{
    const TradingMode current = m_shown.settings.engine.mode;
    if (mode != TradingMode::Live) {
        if (m_liveConfirmation) {
            m_liveConfirmation->reject();
        }
        if (mode != current) {
            m_controller.setMode(mode);
        }
        return;
    }
    if (current == TradingMode::Live || m_liveConfirmation) {
        return;
    }
    // The selector keeps showing the current mode until the trader has confirmed.
    selectShownMode(current);
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Switch to live trading?"), liveModeRiskText(), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("liveModeConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* confirm = box->addButton(tr("Trade live with real money"), QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmLiveButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelLiveButton"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    connect(box, &QMessageBox::buttonClicked, this, [this, confirm](QAbstractButton* clicked) {
        if (clicked == confirm) {
            m_controller.setMode(TradingMode::Live);
            statusBar()->showMessage(tr("Switching to live mode"), 5000);
        } else {
            statusBar()->showMessage(
                tr("Live mode cancelled; the mode stays %1").arg(displayName(m_shown.settings.engine.mode)), 5000);
        }
    });
    m_liveConfirmation = box;
    box->open(); // window-modal, no nested event loop: snapshots keep arriving
}

void MainWindow::showRefusal(const QString& reason)
{
    statusBar()->showMessage(reason, 10000);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState(kLayoutVersion));
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray(), kLayoutVersion);
}

void MainWindow::resetLayout()
{
    restoreState(m_defaultLayout, kLayoutVersion);
    for (QDockWidget* dock : std::as_const(m_docks)) {
        dock->show();
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_controller.isShutDown() || m_closing) {
        saveLayout();
        event->accept();
        return;
    }
    // Close only after the engine has stopped cleanly and written its audit rows.
    saveLayout();
    m_closing = true;
    event->ignore();
    setEnabled(false);
    statusBar()->showMessage(tr("Stopping the engine…"));
    connect(&m_controller, &EngineController::shutdownFinished, this, &QWidget::close);
    m_controller.shutdown();
}

} // namespace orion
