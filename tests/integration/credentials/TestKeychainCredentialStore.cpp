// The real Secret Service keyring (gnome-keyring under dbus-run-session, see scripts/test-session.sh).
// ctest-labels: keyring
#include "credentials/KeychainCredentialStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using orion::KeychainCredentialStore;
using orion::SecretBytes;

class TestKeychainCredentialStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writeNow_thenReadNow_returnsTheValue();
    void read_async_deliversLaterOnTheContext();
    void listPresent_namesOnlyStoredEntries();
    void removeNow_thenRead_isMissing();
    void write_unknownName_failsWithoutTouchingTheKeyring();

private:
    std::unique_ptr<KeychainCredentialStore> m_store;
};

void TestKeychainCredentialStore::init()
{
    // A service of its own per test, so parallel runs and a developer's real "orion" entries never meet.
    m_store = std::make_unique<KeychainCredentialStore>(QStringLiteral("orion-test-")
                                                        + QUuid::createUuid().toString(QUuid::WithoutBraces));
}

void TestKeychainCredentialStore::cleanup()
{
    for (const QString& name : {QStringLiteral("kalshi.key_id"), QStringLiteral("telegram.bot_token")}) {
        QVERIFY(m_store->removeNow(name).ok());
    }
}

void TestKeychainCredentialStore::writeNow_thenReadNow_returnsTheValue()
{
    const QByteArray value("0a1b2c3d-0000-4000-8000-123456789abc");

    const orion::Status written = m_store->writeNow(QStringLiteral("kalshi.key_id"), SecretBytes(value));
    const auto read = m_store->readNow(QStringLiteral("kalshi.key_id"));

    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    QCOMPARE(read.value().reveal(), QByteArrayView(value));
}

void TestKeychainCredentialStore::read_async_deliversLaterOnTheContext()
{
    QVERIFY(m_store->writeNow(QStringLiteral("telegram.bot_token"),
                              SecretBytes(QByteArrayView("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw")))
                .ok());
    QObject context;
    bool delivered = false;
    QByteArray value;

    m_store->read(QStringLiteral("telegram.bot_token"), &context, [&](orion::Result<SecretBytes> result) {
        delivered = true;
        value = result.ok() ? result.value().reveal().toByteArray() : QByteArray();
    });

    QVERIFY(!delivered); // asynchronous: the UI thread is never blocked inside the call
    QTRY_VERIFY_WITH_TIMEOUT(delivered, 10000);
    QCOMPARE(value, QByteArray("123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"));
}

void TestKeychainCredentialStore::listPresent_namesOnlyStoredEntries()
{
    QVERIFY(m_store->writeNow(QStringLiteral("kalshi.key_id"), SecretBytes(QByteArrayView("id-one-two-three"))).ok());

    const auto present = m_store->listPresentNow();

    QVERIFY2(present.ok(), qPrintable(present.ok() ? QString() : present.error().toString()));
    QCOMPARE(present.value(), QStringList{QStringLiteral("kalshi.key_id")});
}

void TestKeychainCredentialStore::removeNow_thenRead_isMissing()
{
    QVERIFY(m_store->writeNow(QStringLiteral("kalshi.key_id"), SecretBytes(QByteArrayView("id-one-two-three"))).ok());

    QVERIFY(m_store->removeNow(QStringLiteral("kalshi.key_id")).ok());
    const auto read = m_store->readNow(QStringLiteral("kalshi.key_id"));

    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QStringLiteral("credentials.missing"));
}

void TestKeychainCredentialStore::write_unknownName_failsWithoutTouchingTheKeyring()
{
    const orion::Status written = m_store->writeNow(QStringLiteral("kalshi.secret"), SecretBytes(QByteArrayView("x")));

    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, QStringLiteral("credentials.name"));
}

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "TestKeychainCredentialStore.moc"
