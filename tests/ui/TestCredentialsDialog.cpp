// The Credentials dialog: shows which entries exist, takes a new value masked, tests venues, never shows a secret.
#include "dialogs/CredentialsDialog.h"

#include "credentials/CredentialService.h"

#include <QLabel>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

namespace {

// A service that records what the dialog asks for; it answers like the real one, through signals.
class FakeCredentialService final : public orion::CredentialService
{
public:
    QString storeKind() const override { return QStringLiteral("keychain"); }
    QString storeLocation() const override { return QStringLiteral("Secret Service keyring (service \"orion\")"); }
    void refresh() override { emit presenceChanged(present); }
    void store(const QString& name, QByteArray& value) override
    {
        storedName = name;
        storedValue = value;
        value.fill('\0');
        present << name;
        emit stored(name, QStringLiteral("wallet address 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        refresh();
    }
    void remove(const QString& name) override
    {
        present.removeAll(name);
        emit removed(name);
        refresh();
    }
    void testVenues() override
    {
        ++tests;
        emit venueTested(QStringLiteral("kalshi"), true, QStringLiteral("balance $12.34"));
        emit venueTested(QStringLiteral("polymarket"), false, QStringLiteral("not configured: missing polymarket.private_key"));
        emit testsFinished();
    }

    QStringList present{QStringLiteral("kalshi.key_id")};
    QString storedName;
    QByteArray storedValue;
    int tests = 0;
};

QString allVisibleText(const QWidget& root)
{
    QString text;
    for (const QLineEdit* edit : root.findChildren<QLineEdit*>()) {
        text += edit->text() + QLatin1Char('\n');
    }
    for (const QLabel* label : root.findChildren<QLabel*>()) {
        text += label->text() + QLatin1Char('\n');
    }
    for (const QPlainTextEdit* edit : root.findChildren<QPlainTextEdit*>()) {
        text += edit->toPlainText() + QLatin1Char('\n');
    }
    for (const QTableWidget* table : root.findChildren<QTableWidget*>()) {
        for (int row = 0; row < table->rowCount(); ++row) {
            for (int column = 0; column < table->columnCount(); ++column) {
                text += table->item(row, column)->text() + QLatin1Char('\n');
            }
        }
    }
    return text;
}

QString statusOf(const QWidget& dialog, const QString& name)
{
    const auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("credentialTable"));
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toString() == name) {
            return table->item(row, 1)->text();
        }
    }
    return {};
}

const QString kWalletKey = QStringLiteral("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");

} // namespace

class TestCredentialsDialog final : public QObject
{
    Q_OBJECT

private slots:
    void open_showsWhichEntriesExistAndWhere();
    void store_masksTheValueHandsItOverAndForgetsIt();
    void delete_marksTheEntryNotSet();
    void test_showsEachVenuesResult();
};

void TestCredentialsDialog::open_showsWhichEntriesExistAndWhere()
{
    FakeCredentialService service;

    orion::CredentialsDialog dialog(service);

    QCOMPARE(statusOf(dialog, QStringLiteral("kalshi.key_id")), QStringLiteral("stored"));
    QCOMPARE(statusOf(dialog, QStringLiteral("polymarket.private_key")), QStringLiteral("not set"));
    QVERIFY(allVisibleText(dialog).contains(QStringLiteral("Secret Service keyring")));
}

void TestCredentialsDialog::store_masksTheValueHandsItOverAndForgetsIt()
{
    // Arrange
    FakeCredentialService service;
    orion::CredentialsDialog dialog(service);
    auto* name = dialog.findChild<QComboBox*>(QStringLiteral("credentialName"));
    auto* value = dialog.findChild<QLineEdit*>(QStringLiteral("credentialValue"));
    name->setCurrentIndex(name->findData(QStringLiteral("polymarket.private_key")));
    QTest::keyClicks(value, kWalletKey);
    QCOMPARE(value->echoMode(), QLineEdit::Password);
    QVERIFY(!value->displayText().contains(QStringLiteral("ac0974")));

    // Act
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("storeButton")), Qt::LeftButton);

    // Assert
    QCOMPARE(service.storedName, QStringLiteral("polymarket.private_key"));
    QCOMPARE(service.storedValue, kWalletKey.toUtf8());
    QVERIFY(value->text().isEmpty());
    QCOMPARE(statusOf(dialog, QStringLiteral("polymarket.private_key")), QStringLiteral("stored"));
    const QString shown = allVisibleText(dialog);
    QVERIFY(shown.contains(QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"))); // the public address
    QVERIFY(!shown.contains(QStringLiteral("ac0974bec39a17e36ba4")));
}

void TestCredentialsDialog::delete_marksTheEntryNotSet()
{
    FakeCredentialService service;
    orion::CredentialsDialog dialog(service);
    auto* name = dialog.findChild<QComboBox*>(QStringLiteral("credentialName"));
    name->setCurrentIndex(name->findData(QStringLiteral("kalshi.key_id")));

    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("deleteButton")), Qt::LeftButton);

    QCOMPARE(statusOf(dialog, QStringLiteral("kalshi.key_id")), QStringLiteral("not set"));
}

void TestCredentialsDialog::test_showsEachVenuesResult()
{
    FakeCredentialService service;
    orion::CredentialsDialog dialog(service);
    auto* test = dialog.findChild<QPushButton*>(QStringLiteral("testButton"));

    QTest::mouseClick(test, Qt::LeftButton);

    QCOMPARE(service.tests, 1);
    const QString results = dialog.findChild<QPlainTextEdit*>(QStringLiteral("results"))->toPlainText();
    QVERIFY2(results.contains(QStringLiteral("kalshi: OK - balance $12.34")), qPrintable(results));
    QVERIFY(results.contains(QStringLiteral("polymarket: FAILED - not configured")));
    QVERIFY(test->isEnabled());
}

QTEST_MAIN(TestCredentialsDialog)
#include "TestCredentialsDialog.moc"
