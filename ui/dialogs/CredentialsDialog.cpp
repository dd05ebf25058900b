#include "dialogs/CredentialsDialog.h"

#include "credentials/CredentialCatalog.h"
#include "credentials/CredentialService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace orion {

CredentialsDialog::CredentialsDialog(CredentialService& service, QWidget* parent)
    : QDialog(parent), m_service(&service)
{
    setWindowTitle(tr("Credentials"));
    m_location = new QLabel(tr("Stored in: %1").arg(service.storeLocation()), this);
    m_location->setWordWrap(true);

    const QList<CredentialInfo>& entries = CredentialCatalog::all();
    m_table = new QTableWidget(static_cast<int>(entries.size()), 2, this);
    m_table->setObjectName(QStringLiteral("credentialTable"));
    m_table->setHorizontalHeaderLabels({tr("Credential"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);

    m_name = new QComboBox(this);
    m_name->setObjectName(QStringLiteral("credentialName"));
    for (int row = 0; row < entries.size(); ++row) {
        const CredentialInfo& info = entries[row];
        auto* label = new QTableWidgetItem(info.label);
        label->setData(Qt::UserRole, info.name);
        label->setToolTip(info.name);
        m_table->setItem(row, 0, label);
        m_table->setItem(row, 1, new QTableWidgetItem(tr("checking…")));
        m_name->addItem(info.label, info.name);
    }
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0) {
            m_name->setCurrentIndex(row);
        }
    });

    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("credentialValue"));
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setPlaceholderText(tr("Paste the new value (it is never shown)"));
    m_store = new QPushButton(tr("Store"), this);
    m_store->setObjectName(QStringLiteral("storeButton"));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_test = new QPushButton(tr("Test"), this);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_test->setToolTip(tr("An authenticated, read-only request to each venue"));
    m_results = new QPlainTextEdit(this);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setReadOnly(true);
    m_results->setMaximumBlockCount(200);

    auto* form = new QFormLayout;
    form->addRow(tr("Entry:"), m_name);
    form->addRow(tr("New value:"), m_value);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_store);
    actions->addWidget(m_delete);
    actions->addStretch();
    actions->addWidget(m_test);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_location);
    layout->addWidget(m_table);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_results);
    layout->addWidget(close);

    connect(m_store, &QPushButton::clicked, this, &CredentialsDialog::storeEntered);
    connect(m_value, &QLineEdit::returnPressed, this, &CredentialsDialog::storeEntered);
    connect(m_delete, &QPushButton::clicked, this, &CredentialsDialog::deleteSelected);
    connect(m_test, &QPushButton::clicked, this, &CredentialsDialog::startTests);
    connect(&service, &CredentialService::presenceChanged, this, &CredentialsDialog::showPresence);
    connect(&service, &CredentialService::stored, this, [this](const QString& name, const QString& description) {
        report(tr("Stored %1: %2").arg(name, description));
    });
    connect(&service, &CredentialService::removed, this,
            [this](const QString& name) { report(tr("Deleted %1").arg(name)); });
    connect(&service, &CredentialService::failed, this, [this](const QString& name, const QString& message) {
        report(name.isEmpty() ? message : tr("%1: %2").arg(name, message));
    });
    connect(&service, &CredentialService::venueTested, this, [this](const QString& venue, bool ok, const QString& message) {
        report(tr("%1: %2 - %3").arg(venue, ok ? tr("OK") : tr("FAILED"), message));
    });
    connect(&service, &CredentialService::testsFinished, this, [this] { m_test->setEnabled(true); });
    service.refresh();
}

QString CredentialsDialog::selectedName() const
{
    return m_name->currentData().toString();
}

void CredentialsDialog::showPresence(const QStringList& presentNames)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_table->item(row, 0)->data(Qt::UserRole).toString();
        m_table->item(row, 1)->setText(presentNames.contains(name) ? tr("stored") : tr("not set"));
    }
}

void CredentialsDialog::storeEntered()
{
    if (!m_service || m_value->text().isEmpty()) {
        return;
    }
    QByteArray value = m_value->text().toUtf8();
    m_value->clear(); // the field never keeps a secret once it is handed over
    m_service->store(selectedName(), value);
}

void CredentialsDialog::deleteSelected()
{
    if (m_service) {
        m_service->remove(selectedName());
    }
}

void CredentialsDialog::startTests()
{
    if (m_service) {
        m_test->setEnabled(false);
        report(tr("Testing…"));
        m_service->testVenues();
    }
}

void CredentialsDialog::report(const QString& line)
{
    m_results->appendPlainText(line);
}

} // namespace orion
