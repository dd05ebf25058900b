// `orion credentials …` as a user runs it, then a full headless paper session with the stored credentials loaded:
// no secret may appear in any output, log file or the database.
// ctest-labels: keyring
// ctest-timeout: 300
#include "OrionTestConfig.h"
#include "TestData.h"
#include "TestSettings.h"

#include "venues/sim/SimClobServer.h"
#include "venues/sim/SimDemoWorld.h"
#include "venues/sim/SimPolymarketExchange.h"
#include "venues/sim/SimTelegramServer.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

const QByteArray kWalletKey = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";
const QByteArray kKeyId = "0a1b2c3d-0000-4000-8000-123456789abc";
const QByteArray kApiKey = "9f8e7d6c-1111-4222-8333-abcdefabcdef";
const QByteArray kApiSecret = "c2VjcmV0LXNlY3JldC1zZWNyZXQtMTIzNA==";
const QByteArray kBotToken = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
const QByteArray kPassphrase = "pass-phrase-7f3c9a";
const QByteArray kMasterPassword = "master-password-91b2";

} // namespace

class TestCredentialsCommand final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void set_walletKey_printsItsAddressAndStoresIt();
    void set_invalidPem_isRefusedWithoutEchoingIt();
    void file_wrongMasterPassword_isAClearError();
    void fullSession_withCredentialsLoaded_leaksNoSecretAnywhere();
    void test_polymarketAndTelegramAgainstSimulators_reportBalanceAndBot();
    void test_telegramTokenRevoked_failsWithTheBotApisWords();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run orion(const QStringList& arguments, const QByteArray& input = {},
              const QList<std::pair<QString, QString>>& extraEnv = {});
    QProcessEnvironment environment() const;
    QByteArray pem() const;
    // As orion(), but keeps this thread's event loop running, so simulators in this process can answer.
    Run orionServing(const QStringList& arguments);
    // Stores the Polymarket wallet key and the Telegram entries in a file store; returns its arguments.
    QStringList fileStoreWithPolymarketAndTelegram(const QUrl& clobUrl);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_service;
    QByteArray m_everything; // every byte any process printed
    QString m_telegramUrl;   // $ORION_TELEGRAM_API_URL of every run: never the real Bot API
};

void TestCredentialsCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_service = QStringLiteral("orion-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_config = m_dir->filePath(QStringLiteral("config.yaml"));
    QFile config(m_config);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(QByteArray("database:\n  url: sqlite:///" + m_dir->path().toUtf8() + "/orion.db\n"
                 "logging:\n  level: debug\n  file: " + m_dir->path().toUtf8() + "/logs/orion.log\n"));
    m_everything.clear();
    // A loopback port nobody listens on, unless a test starts the fake Bot API.
    QTcpServer unused;
    QVERIFY(unused.listen(QHostAddress::LocalHost));
    m_telegramUrl = QStringLiteral("http://127.0.0.1:%1").arg(unused.serverPort());
}

QByteArray TestCredentialsCommand::pem() const
{
    QFile file(orion::test::dataPath(QStringLiteral("keys/test-only-rsa2048-a-pkcs8.pem")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QProcessEnvironment TestCredentialsCommand::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("ORION_KEYCHAIN_SERVICE"), m_service);
    env.insert(QStringLiteral("ORION_MASTER_PASSWORD"), QString::fromLatin1(kMasterPassword));
    env.remove(QStringLiteral("ORION_CREDENTIAL_STORE"));
    env.insert(QStringLiteral("ORION_TELEGRAM_API_URL"), m_telegramUrl);
    return env;
}

TestCredentialsCommand::Run TestCredentialsCommand::orion(const QStringList& arguments, const QByteArray& input,
                                                          const QList<std::pair<QString, QString>>& extraEnv)
{
    QProcess process;
    QProcessEnvironment env = environment();
    for (const auto& [name, value] : extraEnv) {
        env.insert(name, value);
    }
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(ORION_APP_PATH), arguments);
    process.waitForStarted();
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    Run run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    m_everything += run.out + run.err;
    return run;
}

void TestCredentialsCommand::set_walletKey_printsItsAddressAndStoresIt()
{
    const Run set = orion({QStringLiteral("credentials"), QStringLiteral("--config"), m_config, QStringLiteral("set"),
                           QStringLiteral("polymarket.private_key")},
                          kWalletKey + "\n");
    const Run list = orion({QStringLiteral("credentials"), QStringLiteral("list")});

    QVERIFY2(set.exitCode == 0, set.err.constData());
    QVERIFY2(set.out.contains("wallet address 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"), set.out.constData());
    QVERIFY(list.out.contains("polymarket.private_key"));
    QVERIFY2(QRegularExpression(QStringLiteral("polymarket.private_key\\s+stored")).match(QString::fromUtf8(list.out)).hasMatch(),
             list.out.constData());
    QVERIFY(QRegularExpression(QStringLiteral("kalshi.key_id\\s+not set")).match(QString::fromUtf8(list.out)).hasMatch());
    QVERIFY(!m_everything.contains(kWalletKey.mid(2, 20)));
    QVERIFY(orion::test::auditActions(m_dir->filePath(QStringLiteral("orion.db"))).contains(QStringLiteral("credentials.set")));
    QCOMPARE(orion({QStringLiteral("credentials"), QStringLiteral("delete"), QStringLiteral("polymarket.private_key")}).exitCode, 0);
}

void TestCredentialsCommand::set_invalidPem_isRefusedWithoutEchoingIt()
{
    const QByteArray broken = pem().first(500);

    const Run set = orion({QStringLiteral("credentials"), QStringLiteral("set"), QStringLiteral("kalshi.private_key")}, broken);
    const Run list = orion({QStringLiteral("credentials"), QStringLiteral("list")});

    QCOMPARE(set.exitCode, 1);
    QVERIFY(set.err.contains("kalshi.private_key"));
    QVERIFY(!set.err.contains(broken.mid(40, 30)));
    QVERIFY(QRegularExpression(QStringLiteral("kalshi.private_key\\s+not set")).match(QString::fromUtf8(list.out)).hasMatch());
}

void TestCredentialsCommand::file_wrongMasterPassword_isAClearError()
{
    const QString file = m_dir->filePath(QStringLiteral("creds.enc"));
    QCOMPARE(orion({QStringLiteral("credentials"), QStringLiteral("--store"), QStringLiteral("file"), QStringLiteral("--file"),
                    file, QStringLiteral("set"), QStringLiteral("kalshi.key_id")},
                   kKeyId)
                 .exitCode,
             0);

    const Run wrong = orion({QStringLiteral("credentials"), QStringLiteral("--store"), QStringLiteral("file"),
                             QStringLiteral("--file"), file, QStringLiteral("list")},
                            {}, {{QStringLiteral("ORION_MASTER_PASSWORD"), QStringLiteral("not-the-password")}});

    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains("master password is wrong"), wrong.err.constData());
}

void TestCredentialsCommand::fullSession_withCredentialsLoaded_leaksNoSecretAnywhere()
{
    // Arrange: every credential stored, through set, import-env and both stores.
    const QStringList keychain{QStringLiteral("credentials"), QStringLiteral("--config"), m_config};
    const QString file = m_dir->filePath(QStringLiteral("creds.enc"));
    const QStringList fileStore{QStringLiteral("credentials"), QStringLiteral("--config"), m_config, QStringLiteral("--store"),
                                QStringLiteral("file"), QStringLiteral("--file"), file};
    Run run = orion(keychain + QStringList{QStringLiteral("set"), QStringLiteral("kalshi.private_key")}, pem());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("RSA 2048-bit private key"));
    const QString envFile = m_dir->filePath(QStringLiteral(".env"));
    {
        QFile env(envFile);
        QVERIFY(env.open(QIODevice::WriteOnly));
        env.write(QByteArray("KALSHI_KEY_ID=" + kKeyId + "\nPOLYMARKET_PRIVATE_KEY=" + kWalletKey + "\nPOLYMARKET_API_KEY=" + kApiKey + "\nPOLYMARKET_API_SECRET=\""
                  + kApiSecret + "\"\nPOLYMARKET_API_PASSPHRASE=" + kPassphrase + "\nTELEGRAM_BOT_TOKEN=" + kBotToken
                  + "\nTELEGRAM_CHAT_ID=-100123456\n"));
    }
    run = orion(keychain + QStringList{QStringLiteral("import-env"), envFile});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains("delete it now"));
    run = orion(fileStore + QStringList{QStringLiteral("import-env"), envFile});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFile::remove(envFile));
    run = orion(keychain + QStringList{QStringLiteral("list")});
    QVERIFY(!run.out.contains("not set"));
    run = orion(keychain + QStringList{QStringLiteral("test")});
    QVERIFY2(run.out.contains("kalshi: ") && run.out.contains("telegram: "), run.out.constData());
    run = orion(keychain + QStringList{QStringLiteral("delete"), QStringLiteral("telegram.bot_token")});
    QCOMPARE(run.exitCode, 0);

    // Act: a full headless paper session at debug level on the demo world of the simulator (in this process, at
    // explicit loopback URLs, so the engine loads the stored credentials: the Kalshi key signs its feed), with the
    // secrets also in its environment (a sourced .env). It runs until it has paper-traded.
    orion::SimDemoWorld world(1);
    QVERIFY(world.listen().ok());
    QFile publicKey(orion::test::dataPath(QStringLiteral("keys/test-only-rsa2048-a-public.pem")));
    QVERIFY(publicKey.open(QIODevice::ReadOnly));
    QVERIFY(world.registerKalshiKey(QString::fromLatin1(kKeyId), publicKey.readAll()).ok());
    {
        QFile config(m_config);
        QVERIFY(config.open(QIODevice::Append));
        config.write("venues:\n  environment: simulator\n  simulator:\n    kalshi:\n      rest_url: \""
                     + world.kalshiRestUrl().toString().toUtf8() + "\"\n      ws_url: \""
                     + world.kalshiWsUrl().toString().toUtf8() + "\"\n    polymarket:\n      gamma_url: \""
                     + world.polymarketGammaUrl().toString().toUtf8() + "\"\n      clob_url: \""
                     + world.polymarketClobUrl().toString().toUtf8() + "\"\n      ws_url: \""
                     + world.polymarketWsUrl().toString().toUtf8() + "\"\n");
    }
    QProcess session;
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("KALSHI_PRIVATE_KEY"), QString::fromLatin1(pem()));
    env.insert(QStringLiteral("POLYMARKET_PRIVATE_KEY"), QString::fromLatin1(kWalletKey));
    env.insert(QStringLiteral("TELEGRAM_BOT_TOKEN"), QString::fromLatin1(kBotToken));
    session.setProcessEnvironment(env);
    session.setWorkingDirectory(m_dir->path());
    session.start(QStringLiteral(ORION_APP_PATH),
                  {QStringLiteral("--no-gui"), QStringLiteral("--demo"), QStringLiteral("--config"), m_config});
    QVERIFY(session.waitForStarted());
    QByteArray sessionOutput;
    const bool traded = QTest::qWaitFor([&] {
        sessionOutput += session.readAllStandardError();
        return sessionOutput.contains("contracts on both legs");
    }, 60000);
    QVERIFY2(traded, sessionOutput.right(3000).constData());
    QVERIFY(!sessionOutput.contains("built-in venue simulator")); // the configured URLs and stored keys were used
    session.terminate();
    QVERIFY(QTest::qWaitFor([&] { return session.state() == QProcess::NotRunning; }, 20000));
    m_everything += sessionOutput + session.readAllStandardError() + session.readAllStandardOutput();

    // Assert: the audit trail has the changes, and no secret (nor a piece of one) is in any byte written.
    const QStringList actions = orion::test::auditActions(m_dir->filePath(QStringLiteral("orion.db")));
    QVERIFY(actions.contains(QStringLiteral("credentials.set")));
    QVERIFY(actions.contains(QStringLiteral("credentials.import")));
    QVERIFY(actions.contains(QStringLiteral("credentials.delete")));
    QVERIFY(actions.contains(QStringLiteral("engine.start")));
    QByteArray written = m_everything;
    QDirIterator files(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int fileCount = 0;
    while (files.hasNext()) {
        QFile f(files.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        written += f.readAll();
        ++fileCount;
    }
    QVERIFY(fileCount >= 3); // config, database, log file (and the encrypted file)
    QList<QByteArray> forbidden{kWalletKey.mid(2), kWalletKey.mid(2).toUpper(), kKeyId, kApiKey, kApiSecret, kBotToken,
                                kBotToken.mid(10), kPassphrase, kMasterPassword};
    for (const QByteArray& line : pem().split('\n')) {
        if (line.size() >= 16 && !line.startsWith("-----")) {
            forbidden << line;
        }
    }
    for (const QByteArray& secret : std::as_const(forbidden)) {
        QVERIFY2(!written.contains(secret), QByteArray("leaked: " + secret.left(6) + "...").constData());
    }
}

TestCredentialsCommand::Run TestCredentialsCommand::orionServing(const QStringList& arguments)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral(ORION_APP_PATH), arguments);
    process.waitForStarted();
    process.closeWriteChannel();
    static_cast<void>(QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 60000));
    Run run{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
    m_everything += run.out + run.err;
    return run;
}

QStringList TestCredentialsCommand::fileStoreWithPolymarketAndTelegram(const QUrl& clobUrl)
{
    QFile config(m_config);
    if (!config.open(QIODevice::Append))
        return {};
    config.write("venues:\n  environment: simulator\n  simulator:\n    polymarket:\n      clob_url: \""
                 + clobUrl.toString().toUtf8() + "\"\n");
    config.close();
    const QStringList fileStore{QStringLiteral("credentials"), QStringLiteral("--config"), m_config,
                                QStringLiteral("--store"), QStringLiteral("file"), QStringLiteral("--file"),
                                m_dir->filePath(QStringLiteral("creds.enc"))};
    const QString envFile = m_dir->filePath(QStringLiteral(".env"));
    QFile env(envFile);
    if (!env.open(QIODevice::WriteOnly))
        return {};
    env.write("POLYMARKET_PRIVATE_KEY=" + kWalletKey + "\nTELEGRAM_BOT_TOKEN=" + kBotToken
              + "\nTELEGRAM_CHAT_ID=-100123456\n");
    env.close();
    const Run imported = orion(fileStore + QStringList{QStringLiteral("import-env"), envFile});
    QFile::remove(envFile);
    return imported.exitCode == 0 ? fileStore : QStringList();
}

void TestCredentialsCommand::test_polymarketAndTelegramAgainstSimulators_reportBalanceAndBot()
{
    orion::SimPolymarketExchange exchange;
    exchange.setStartingCollateral(250'000'000);
    orion::SimClobServer clob(&exchange);
    QVERIFY(clob.listen());
    orion::SimTelegramServer telegram(QString::fromLatin1(kBotToken), QStringLiteral("orion_alerts_bot"));
    QVERIFY(telegram.listen());
    m_telegramUrl = telegram.baseUrl().toString();
    const QStringList fileStore = fileStoreWithPolymarketAndTelegram(clob.baseUrl());
    QVERIFY(!fileStore.isEmpty());

    const Run run = orionServing(fileStore + QStringList{QStringLiteral("test")});

    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(QStringLiteral("polymarket: ok - wallet 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266: "
                                         "balance $250.00 (API key derived from the wallet key)")),
             run.out.constData());
    QVERIFY2(out.contains(QStringLiteral("telegram: ok - bot @orion_alerts_bot, chat -100123456")),
             run.out.constData());
    QVERIFY(out.contains(QStringLiteral("kalshi: FAILED - not configured")));
    QCOMPARE(run.exitCode, 1); // Kalshi has no credentials here
    QVERIFY(telegram.messages().isEmpty()); // the check sends nothing
    QVERIFY(!m_everything.contains(kBotToken.mid(10)));
    QVERIFY(!m_everything.contains(kWalletKey.mid(2, 20)));
}

void TestCredentialsCommand::test_telegramTokenRevoked_failsWithTheBotApisWords()
{
    orion::SimPolymarketExchange exchange;
    orion::SimClobServer clob(&exchange);
    QVERIFY(clob.listen());
    orion::SimTelegramServer telegram(QStringLiteral("123456789:AAHnewTokenAfterRevokeXXXXXXXXXXXXX"));
    QVERIFY(telegram.listen());
    m_telegramUrl = telegram.baseUrl().toString();
    const QStringList fileStore = fileStoreWithPolymarketAndTelegram(clob.baseUrl());
    QVERIFY(!fileStore.isEmpty());

    const Run run = orionServing(fileStore + QStringList{QStringLiteral("test")});

    QVERIFY2(run.out.contains("telegram: FAILED - Telegram getMe: Unauthorized (401)"), run.out.constData());
    QVERIFY(run.out.contains("polymarket: ok"));
    QCOMPARE(telegram.unauthorizedCount(), 1);
    QVERIFY(!m_everything.contains(kBotToken.mid(10)));
}

QTEST_GUILESS_MAIN(TestCredentialsCommand)
#include "TestCredentialsCommand.moc"
