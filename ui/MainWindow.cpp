#include "MainWindow.h"

#include "config/SettingsSchema.h"
#include "engine/EngineController.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStatusBar>
#include <QTreeWidget>
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

} // namespace

MainWindow::MainWindow(EngineController& controller, QWidget* parent)
    : QMainWindow(parent)
    , m_controller(controller)
{
    setWindowTitle(tr("Orion — arbitrage terminal"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(createControls());
    layout->addWidget(createConfigurationView(), 1);
    setCentralWidget(central);

    m_databaseLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_databaseLabel);

    connect(&m_controller, &EngineController::snapshotChanged, this, &MainWindow::showSnapshot);
    connect(&m_controller, &EngineController::commandRefused, this, &MainWindow::showRefusal);
    showSnapshot(m_controller.snapshot());
    resize(980, 640);
}

QWidget* MainWindow::createControls()
{
    auto* panel = new QWidget(this);
    auto* row = new QHBoxLayout(panel);

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
        "QPushButton:pressed { background: #8e0000; }"));
    const QKeySequence killKeys(Qt::CTRL | Qt::SHIFT | Qt::Key_K);
    m_killButton->setToolTip(tr("Halt at once and cancel every open order (%1)")
                                 .arg(killKeys.toString(QKeySequence::NativeText)));
    auto* killShortcut = new QShortcut(killKeys, this);
    killShortcut->setContext(Qt::ApplicationShortcut);
    connect(killShortcut, &QShortcut::activated, this, &MainWindow::requestKill);

    connect(m_startButton, &QPushButton::clicked, &m_controller, &EngineController::startTrading);
    connect(m_stopButton, &QPushButton::clicked, &m_controller, &EngineController::stopTrading);
    connect(m_resetHaltButton, &QPushButton::clicked, &m_controller, &EngineController::resetHalt);
    connect(m_killButton, &QPushButton::clicked, this, &MainWindow::requestKill);

    auto* statusColumn = new QVBoxLayout;
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLight);
    statusRow->addWidget(m_statusLabel);
    statusRow->addStretch();
    statusColumn->addLayout(statusRow);
    statusColumn->addWidget(m_modeLabel);
    statusColumn->addWidget(m_haltLabel);
    row->addLayout(statusColumn, 1);
    row->addWidget(m_startButton);
    row->addWidget(m_stopButton);
    row->addWidget(m_resetHaltButton);
    row->addSpacing(24);
    row->addWidget(m_killButton);
    return panel;
}

QWidget* MainWindow::createConfigurationView()
{
    m_configurationTree = new QTreeWidget(this);
    m_configurationTree->setObjectName(QStringLiteral("configurationTree"));
    m_configurationTree->setHeaderLabels({tr("Parameter"), tr("Value"), tr("Unit"), tr("Meaning")});
    m_configurationTree->setAlternatingRowColors(true);
    m_configurationTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_configurationTree->header()->setStretchLastSection(true);
    return m_configurationTree;
}

void MainWindow::requestKill()
{
    m_controller.kill(tr("kill button"));
}

void MainWindow::showSnapshot(const EngineSnapshot& snapshot)
{
    const EngineRunState state = snapshot.runState;
    m_statusLight->setStyleSheet(QStringLiteral("border-radius: 9px; background: %1;").arg(statusColour(state)));
    m_statusLabel->setText(statusText(state));
    m_modeLabel->setText(tr("Mode: %1 · auto-execute %2")
                             .arg(displayName(snapshot.settings.engine.mode),
                                  snapshot.settings.trading.autoExecute ? tr("on") : tr("off")));
    m_haltLabel->setVisible(state == EngineRunState::Halted || state == EngineRunState::Failed);
    m_haltLabel->setText(state == EngineRunState::Failed ? snapshot.lastError
                                                         : tr("Kill switch engaged: %1").arg(snapshot.haltReason));
    m_startButton->setEnabled(state == EngineRunState::Stopped);
    m_stopButton->setEnabled(state == EngineRunState::Running);
    m_resetHaltButton->setEnabled(state == EngineRunState::Halted);
    m_killButton->setEnabled(state != EngineRunState::ShutDown);
    m_databaseLabel->setText(snapshot.databasePath.isEmpty()
                                 ? tr("no database")
                                 : tr("%1 (schema %2) · config: %3")
                                       .arg(snapshot.databasePath)
                                       .arg(snapshot.schemaVersion)
                                       .arg(snapshot.configSource));
    if (!m_configurationShown || !(snapshot.settings == m_shownSettings)) {
        showConfiguration(snapshot.settings);
    }
}

void MainWindow::showConfiguration(const Settings& settings)
{
    m_shownSettings = settings;
    m_configurationShown = true;
    m_configurationTree->clear();
    QHash<QString, QTreeWidgetItem*> sections;
    for (const SettingDescriptor& descriptor : settingsSchema()) {
        const QString section = descriptor.key.section(QLatin1Char('.'), 0, 0);
        QTreeWidgetItem*& sectionItem = sections[section];
        if (!sectionItem) {
            sectionItem = new QTreeWidgetItem(m_configurationTree, {section});
            sectionItem->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(sectionItem, {descriptor.key.section(QLatin1Char('.'), 1),
                                                       settingValue(settings, descriptor.key), descriptor.unit,
                                                       descriptor.help});
        item->setToolTip(3, descriptor.help);
        item->setData(0, Qt::UserRole, descriptor.key);
    }
}

void MainWindow::showRefusal(const QString& reason)
{
    statusBar()->showMessage(reason, 10000);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_controller.isShutDown() || m_closing) {
        event->accept();
        return;
    }
    // Close only after the engine has stopped cleanly and written its audit rows.
    m_closing = true;
    event->ignore();
    setEnabled(false);
    statusBar()->showMessage(tr("Stopping the engine…"));
    connect(&m_controller, &EngineController::shutdownFinished, this, &QWidget::close);
    m_controller.shutdown();
}

} // namespace orion
