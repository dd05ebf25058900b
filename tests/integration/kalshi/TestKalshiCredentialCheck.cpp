// ctest-labels: kalshi
// `orion credentials test` for Kalshi: stored credentials make one signed read against the simulator.
#include "KalshiSimFixture.h"

#include "credentials/EncryptedFileCredentialStore.h"
#include "venues/kalshi/KalshiCredentialCheck.h"

#include <QTemporaryDir>
#include <QTest>

using namespace orion;
using orion::test::KalshiSimFixture;

class TestKalshiCredentialCheck final : public QObject
{
    Q_OBJECT

private slots:
    void storedKey_registeredAtVenue_reportsTheBalance();
    void storedKey_unknownAtVenue_reportsTheVenuesRefusal();
    void missingPrivateKey_saysWhichEntryIsMissing();

private:
    std::unique_ptr<EncryptedFileCredentialStore> storeWith(const QString& keyId, bool withPrivateKey);
    Result<QString> runCheck(KalshiSimFixture& sim, CredentialStore& store);

    QTemporaryDir m_dir;
    SystemClock m_clock;
    int m_files = 0;
};

std::unique_ptr<EncryptedFileCredentialStore> TestKalshiCredentialCheck::storeWith(const QString& keyId,
                                                                                   bool withPrivateKey)
{
    // Cheap scrypt parameters: this test is about the venue call, not the file's key derivation.
    auto opened = EncryptedFileCredentialStore::open(
        m_dir.filePath(QStringLiteral("credentials-%1.enc").arg(++m_files)),
        SecretBytes(QByteArrayView("test-only-password")), ScryptParams{1024, 8, 1});
    if (!opened.ok())
        return nullptr;
    auto store = std::move(opened).value();
    if (!store->writeNow(QStringLiteral("kalshi.key_id"), SecretBytes(keyId.toUtf8())).ok())
        return nullptr;
    if (withPrivateKey) {
        const QByteArray pem = test::readData(QStringLiteral("keys/test-only-rsa2048-a-pkcs8.pem"));
        if (!store->writeNow(QStringLiteral("kalshi.private_key"), SecretBytes(pem)).ok())
            return nullptr;
    }
    return store;
}

Result<QString> TestKalshiCredentialCheck::runCheck(KalshiSimFixture& sim, CredentialStore& store)
{
    KalshiCredentialCheck check(sim.server().restBaseUrl(), m_clock);
    QObject context;
    return KalshiSimFixture::wait<QString>([&](auto done) { check.run(store, &context, done); });
}

void TestKalshiCredentialCheck::storedKey_registeredAtVenue_reportsTheBalance()
{
    KalshiSimFixture sim;
    QVERIFY(sim.ok());
    auto store = storeWith(KalshiSimFixture::kKeyA, true);
    QVERIFY(store);

    const Result<QString> result = runCheck(sim, *store);

    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QVERIFY2(result.value().contains(QStringLiteral("balance $")), qPrintable(result.value()));
    QVERIFY(result.value().contains(KalshiSimFixture::kKeyA));
}

void TestKalshiCredentialCheck::storedKey_unknownAtVenue_reportsTheVenuesRefusal()
{
    KalshiSimFixture sim;
    QVERIFY(sim.ok());
    auto store = storeWith(QStringLiteral("key-never-registered"), true);
    QVERIFY(store);

    const Result<QString> result = runCheck(sim, *store);

    QVERIFY(!result.ok());
    QVERIFY2(result.error().toString().contains(QStringLiteral("key-never-registered"))
                 || result.error().toString().contains(QStringLiteral("401")),
             qPrintable(result.error().toString()));
}

void TestKalshiCredentialCheck::missingPrivateKey_saysWhichEntryIsMissing()
{
    KalshiSimFixture sim;
    QVERIFY(sim.ok());
    auto store = storeWith(KalshiSimFixture::kKeyA, false);
    QVERIFY(store);

    const Result<QString> result = runCheck(sim, *store);

    QVERIFY(!result.ok());
    QVERIFY2(result.error().toString().contains(QStringLiteral("kalshi.private_key")),
             qPrintable(result.error().toString()));
}

QTEST_GUILESS_MAIN(TestKalshiCredentialCheck)
#include "TestKalshiCredentialCheck.moc"
