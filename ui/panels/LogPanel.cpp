#include "panels/LogPanel.h"

#include "engine/LogSink.h"
#include "models/LogFilterProxy.h"
#include "models/LogModel.h"
#include "widgets/DataTable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace orion {

LogPanel::LogPanel(QWidget* parent)
    : QWidget(parent)
    , m_model(new LogModel(10000, this))
    , m_filter(new LogFilterProxy(this))
{
    setObjectName(QStringLiteral("logPanel"));
    m_filter->setSourceModel(m_model);
    // The table sorts the filtered lines; the filter itself keeps the arrival order.
    m_table = new DataTable(QStringLiteral("logTable"), m_filter, Qt::DisplayRole, this);
    m_table->setEmptyText(tr("No log lines match the filter."));
    m_table->view()->horizontalHeader()->setSectionResizeMode(LogModel::Message, QHeaderView::Stretch);

    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("logLevelFilter"));
    m_level->addItem(tr("Debug and above"), 0);
    m_level->addItem(tr("Info and above"), 1);
    m_level->addItem(tr("Warnings and errors"), 2);
    m_level->addItem(tr("Errors only"), 3);
    m_level->setCurrentIndex(1);
    m_module = new QComboBox(this);
    m_module->setObjectName(QStringLiteral("logModuleFilter"));
    m_module->addItem(tr("All modules"), QString());
    const QStringList modules { QStringLiteral("app"), QStringLiteral("config"), QStringLiteral("storage"),
        QStringLiteral("engine"), QStringLiteral("market"), QStringLiteral("venue"), QStringLiteral("matching"),
        QStringLiteral("arbitrage"), QStringLiteral("risk"), QStringLiteral("execution"), QStringLiteral("credentials"),
        QStringLiteral("alerts"), QStringLiteral("ui") };
    for (const QString& module : modules) {
        m_module->addItem(module, QString(QStringLiteral("orion.") + module));
    }
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search the messages"));
    m_search->setClearButtonEnabled(true);
    m_follow = new QCheckBox(tr("Follow"), this);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest line in view"));
    auto* clear = new QPushButton(tr("Clear"), this);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Level:"), this));
    filters->addWidget(m_level);
    filters->addWidget(new QLabel(tr("Module:"), this));
    filters->addWidget(m_module);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_follow);
    filters->addWidget(clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);

    connect(m_level, &QComboBox::currentIndexChanged, this, &LogPanel::applyFilter);
    connect(m_module, &QComboBox::currentIndexChanged, this, &LogPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &LogPanel::applyFilter);
    connect(clear, &QPushButton::clicked, m_model, &LogModel::clear);
    applyFilter();

    m_timer = new QTimer(this);
    m_timer->setInterval(kDrainIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &LogPanel::drainSink);
}

void LogPanel::setSink(LogSink* sink)
{
    m_sink = sink;
    if (m_sink) {
        m_timer->start();
    } else {
        m_timer->stop();
    }
}

void LogPanel::drainSink()
{
    if (!m_sink) {
        return;
    }
    const QList<DashboardLogLine> lines = m_sink->drain();
    if (lines.isEmpty()) {
        return;
    }
    m_model->append(lines);
    if (m_follow->isChecked()) {
        m_table->view()->scrollToBottom();
    }
}

void LogPanel::applyFilter()
{
    m_filter->setMinimumSeverity(m_level->currentData().toInt());
    m_filter->setModule(m_module->currentData().toString());
    m_filter->setText(m_search->text());
}

} // namespace orion
