// ctest-labels: sim
// `orion credentials test` for Polymarket against the simulator: the stored wallet key (and API key, when stored)
// make one L2-authenticated read of the pUSD balance.
#include "credentials/EncryptedFileCredentialStore.h"
#include "crypto/Secp256k1Signer.h"
#include "venues/polymarket/PolymarketCredentialCheck.h"
#include "venues/sim/SimClobServer.h"
#include "venues/sim/SimPolymarketExchange.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace orion;

namespace {

const QByteArray kWalletKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const QString kAddress = QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");

} // namespace

class TestPolymarketCredentialCheck final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void walletKeyOnly_derivesTheApiKeyAndReportsTheBalance();
    void storedApiKey_isUsedWithoutTouchingAuthEndpoints();
    void storedApiSecretWrong_reportsTheVenuesRefusal();
    void missingWalletKey_saysWhichEntryIsMissing();
    void noClobUrl_saysSoWithoutCallingAnything();

private:
    std::unique_ptr<EncryptedFileCredentialStore> store(const QList<std::pair<QString, QByteArray>>& entries);
    Result<QString> runCheck(CredentialStore& store, const QUrl& url);

    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<SimPolymarketExchange> m_exchange;
    std::unique_ptr<SimClobServer> m_server;
};

void TestPolymarketCredentialCheck::init()
{
    m_exchange = std::make_unique<SimPolymarketExchange>();
    m_exchange->setStartingCollateral(1'234'560'001); // $1,234.560001: the cents are not rounded away
    m_server = std::make_unique<SimClobServer>(m_exchange.get());
    QVERIFY(m_server->listen());
}

void TestPolymarketCredentialCheck::cleanup()
{
    m_server.reset();
    m_exchange.reset();
}

std::unique_ptr<EncryptedFileCredentialStore>
TestPolymarketCredentialCheck::store(const QList<std::pair<QString, QByteArray>>& entries)
{
    // Cheap scrypt parameters: this test is about the venue call, not the file's key derivation.
    auto opened = EncryptedFileCredentialStore::open(
        m_dir.filePath(QStringLiteral("credentials-%1.enc").arg(++m_files)),
        SecretBytes(QByteArrayView("test-only-password")), ScryptParams{1024, 8, 1});
    if (!opened.ok())
        return nullptr;
    auto result = std::move(opened).value();
    for (const auto& [name, value] : entries) {
        if (!result->writeNow(name, SecretBytes(value)).ok())
            return nullptr;
    }
    return result;
}

Result<QString> TestPolymarketCredentialCheck::runCheck(CredentialStore& credentials, const QUrl& url)
{
    PolymarketCredentialCheck check(url);
    QObject context;
    std::optional<Result<QString>> answer;
    check.run(credentials, &context, [&answer](Result<QString> result) { answer.emplace(std::move(result)); });
    QElapsedTimer timer;
    timer.start();
    while (!answer && timer.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!answer)
        return makeError(QStringLiteral("test.timeout"), QStringLiteral("no answer"));
    return std::move(*answer);
}

void TestPolymarketCredentialCheck::walletKeyOnly_derivesTheApiKeyAndReportsTheBalance()
{
    auto credentials = store({{QStringLiteral("polymarket.private_key"), kWalletKey}});
    QVERIFY(credentials);

    const Result<QString> result = runCheck(*credentials, m_server->baseUrl());

    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result.value(), QStringLiteral("wallet %1: balance $1234.560001 (API key derived from the wallet key)")
                                 .arg(kAddress));
}

void TestPolymarketCredentialCheck::storedApiKey_isUsedWithoutTouchingAuthEndpoints()
{
    const SimPolymarketExchange::ApiKey* key = m_exchange->createApiKey(kAddress.toLower(), 7);
    QVERIFY(key);
    m_exchange->setCollateral(kAddress.toLower(), 42'500'000);
    auto credentials = store({{QStringLiteral("polymarket.private_key"), kWalletKey},
                              {QStringLiteral("polymarket.api_key"), key->key.toUtf8()},
                              {QStringLiteral("polymarket.api_secret"), key->secret.toUtf8()},
                              {QStringLiteral("polymarket.api_passphrase"), key->passphrase.toUtf8()}});
    QVERIFY(credentials);
    QStringList paths;
    connect(&m_server->server(), &SimHttpServer::requestReceived, this,
            [&paths](const SimHttpRequest& request) { paths << request.path; });

    const Result<QString> result = runCheck(*credentials, m_server->baseUrl());

    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result.value(), QStringLiteral("wallet %1: balance $42.50 (API key from the store)").arg(kAddress));
    QVERIFY2(paths.contains(QStringLiteral("/balance-allowance")), qPrintable(paths.join(u',')));
    for (const QString& path : std::as_const(paths))
        QVERIFY2(!path.startsWith(QStringLiteral("/auth")), qPrintable(path));
}

void TestPolymarketCredentialCheck::storedApiSecretWrong_reportsTheVenuesRefusal()
{
    const SimPolymarketExchange::ApiKey* key = m_exchange->createApiKey(kAddress.toLower(), 7);
    QVERIFY(key);
    auto credentials = store({{QStringLiteral("polymarket.private_key"), kWalletKey},
                              {QStringLiteral("polymarket.api_key"), key->key.toUtf8()},
                              {QStringLiteral("polymarket.api_secret"), "c2VjcmV0LXNlY3JldC1zZWNyZXQtMTIzNA=="},
                              {QStringLiteral("polymarket.api_passphrase"), key->passphrase.toUtf8()}});
    QVERIFY(credentials);

    const Result<QString> result = runCheck(*credentials, m_server->baseUrl());

    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("polymarket.auth"));
    QVERIFY2(result.error().message.contains(QStringLiteral("Unauthorized")), qPrintable(result.error().message));
    QVERIFY(!result.error().message.contains(QStringLiteral("c2VjcmV0")));
}

void TestPolymarketCredentialCheck::missingWalletKey_saysWhichEntryIsMissing()
{
    auto credentials = store({});
    QVERIFY(credentials);

    const Result<QString> result = runCheck(*credentials, m_server->baseUrl());

    QVERIFY(!result.ok());
    QVERIFY2(result.error().toString().contains(QStringLiteral("polymarket.private_key")),
             qPrintable(result.error().toString()));
    QCOMPARE(m_server->server().requestCount(), 0);
}

void TestPolymarketCredentialCheck::noClobUrl_saysSoWithoutCallingAnything()
{
    auto credentials = store({{QStringLiteral("polymarket.private_key"), kWalletKey}});
    QVERIFY(credentials);

    const Result<QString> result = runCheck(*credentials, QUrl(QStringLiteral("auto")));

    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QStringLiteral("no Polymarket CLOB URL")),
             qPrintable(result.error().message));
    QCOMPARE(m_server->server().requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestPolymarketCredentialCheck)
#include "TestPolymarketCredentialCheck.moc"
