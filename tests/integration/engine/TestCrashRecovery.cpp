// ctest-labels: simulator
// ctest-timeout: 300
// Crash recovery of the real `orion` against a separate orion-venue-sim process: the engine is killed with SIGKILL
// (ORION_CRASH_AT, see common/CrashPoint.h) at each step of a trade, restarted, left to reconcile and settle, and
// then the simulator's own books must show no naked leg and no order sent twice, and the ledger must equal them.
//
// One simulator and one database serve every row, in order: each restart has to reconcile the whole history (the
// earlier crashes' orders and fills too), a client order id reused after any restart is caught, and the ledger is
// compared with everything the venues hold, not with one trade.
#include "../kalshi/KalshiSimFixture.h"
#include "OrionTestConfig.h"
#include "TestData.h"

#include "common/Clock.h"
#include "credentials/EncryptedFileCredentialStore.h"
#include "crypto/Secp256k1Signer.h"
#include "crypto/SecretBytes.h"
#include "venues/kalshi/KalshiRestClient.h"
#include "venues/polymarket/PolymarketClobClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <map>
#include <memory>
#include <optional>

using namespace orion;
using orion::test::KalshiSimFixture;

namespace {

const QString kKeyId = QStringLiteral("crash-key");
const QByteArray kWalletHex = QByteArrayLiteral("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318");
const QByteArray kMasterPassword = QByteArrayLiteral("crash-test-password");
// The demo world's seed: chosen so that gaps open within seconds of the engine's start.
const QString kSeed = QStringLiteral("7");
constexpr int kCrashWaitMs = 75'000;
constexpr int kSettleWaitMs = 40'000;

// Holdings keyed "venue/market/outcome", in hundredths of a contract; zero entries are left out.
using Holdings = std::map<QString, qint64>;

QString holdingKey(const QString& venue, const QString& market, const QString& outcome)
{
    return venue.toLower() + QLatin1Char('/') + market + QLatin1Char('/') + outcome.toLower();
}

void addHolding(Holdings& holdings, const QString& key, qint64 hundredths)
{
    holdings[key] += hundredths;
    if (holdings[key] == 0) {
        holdings.erase(key);
    }
}

// Trades not yet settled after the restart ("#id state"): still sending, repairing, awaiting the venue's
// confirmation of a Polymarket fill (the ledger books confirmed fills only), or needing a person.
QStringList unsettledTrades(const QJsonObject& report)
{
    static const QStringList settled { QStringLiteral("hedged"), QStringLiteral("flat") };
    QStringList unsettled;
    for (const QJsonValue& value : report.value(QStringLiteral("trades")).toArray()) {
        const QString state = value.toObject().value(QStringLiteral("state")).toString();
        if (!settled.contains(state)) {
            unsettled
                << QStringLiteral("#%1 %2").arg(value.toObject().value(QStringLiteral("id")).toInteger()).arg(state);
        }
    }
    return unsettled;
}

QString describe(const Holdings& holdings)
{
    QStringList parts;
    for (const auto& [key, hundredths] : holdings) {
        parts << QStringLiteral("%1=%2").arg(key).arg(hundredths);
    }
    return parts.isEmpty() ? QStringLiteral("(nothing)") : parts.join(QStringLiteral(", "));
}

struct JournalOrderRow
{
    QString clientOrderId;
    QString venue;
    QString venueOrderId;
    QString marketId;
};

struct PairLegs
{
    QString kalshiTicker;
    QString polymarketCondition;
    bool inverse = false; // Kalshi YES is hedged by Polymarket YES
};

} // namespace

class TestCrashRecovery final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedAtStep_afterRestart_venuesHoldNoNakedLegNoDuplicateAndMatchLedger_data();
    void killedAtStep_afterRestart_venuesHoldNoNakedLegNoDuplicateAndMatchLedger();

private:
    bool startSimulator();
    bool writeCredentials();
    bool writeConfig();
    QProcessEnvironment orionEnvironment(const QString& crashAt) const;
    std::unique_ptr<QProcess> startOrion(const QStringList& extra, const QString& crashAt, const QString& logName);
    std::optional<QJsonObject> report();
    QString logTail(const QString& logName) const;
    bool logContains(const QString& logName, const QString& text) const;
    QList<JournalOrderRow> journalOrders() const;
    std::map<QString, PairLegs> journalPairs() const;
    Holdings kalshiHoldings(KalshiRestClient& client, QString* error);
    Holdings polymarketHoldings(PolymarketClobClient& client, const QStringList& conditions, QString* error);

    QTemporaryDir m_dir;
    QString m_orionPath;
    QString m_simPath;
    QProcess m_sim;
    QUrl m_kalshiRest;
    QUrl m_kalshiWs;
    QUrl m_clob;
    QUrl m_gamma;
    QUrl m_polymarketWs;
    QString m_config;
    QString m_database;
    int m_runs = 0;
    SystemClock m_clock;
    std::unique_ptr<KalshiRestClient> m_kalshi;
    std::optional<Secp256k1Signer> m_wallet;
    std::unique_ptr<PolymarketClobClient> m_polymarket;
};

void TestCrashRecovery::initTestCase()
{
    m_orionPath = qEnvironmentVariableIsSet("ORION_APP_PATH") ? qEnvironmentVariable("ORION_APP_PATH")
                                                              : QStringLiteral(ORION_APP_PATH);
    m_simPath = qEnvironmentVariableIsSet("ORION_VENUE_SIM_PATH")
        ? qEnvironmentVariable("ORION_VENUE_SIM_PATH")
        : QFileInfo(m_orionPath).absolutePath() + QStringLiteral("/venue-sim/orion-venue-sim");
    QVERIFY2(QFileInfo(m_orionPath).isExecutable(), qPrintable(QStringLiteral("build orion first: ") + m_orionPath));
    QVERIFY2(
        QFileInfo(m_simPath).isExecutable(), qPrintable(QStringLiteral("build orion-venue-sim first: ") + m_simPath));
    QVERIFY(m_dir.isValid());
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("ORION_KEEP_TEST_DIR"));
    QVERIFY(writeCredentials());
    QVERIFY2(startSimulator(), "orion-venue-sim did not print its services");
    QVERIFY(writeConfig());

    m_kalshi = std::make_unique<KalshiRestClient>(m_kalshiRest,
        KalshiSimFixture::signer(kKeyId, QStringLiteral("keys/test-only-rsa2048-a-pkcs8.pem"), m_clock), m_clock);
    m_kalshi->setTimeoutMs(5'000);
    auto wallet = Secp256k1Signer::fromHex(kWalletHex);
    QVERIFY(wallet.ok());
    m_wallet.emplace(std::move(wallet).value());
    m_polymarket = std::make_unique<PolymarketClobClient>(m_clob, *m_wallet);
}

void TestCrashRecovery::cleanupTestCase()
{
    m_polymarket.reset();
    m_kalshi.reset();
    if (m_sim.state() != QProcess::NotRunning) {
        ::kill(static_cast<pid_t>(m_sim.processId()), SIGTERM);
        if (!m_sim.waitForFinished(5'000)) {
            m_sim.kill();
            m_sim.waitForFinished(3'000);
        }
    }
}

bool TestCrashRecovery::writeCredentials()
{
    // Cheap scrypt: the file only has to be readable by orion, not resist an attacker.
    auto store = EncryptedFileCredentialStore::open(m_dir.filePath(QStringLiteral("credentials.enc")),
        SecretBytes(kMasterPassword), ScryptParams { 1ULL << 10, 8, 1 });
    if (!store.ok()) {
        qWarning() << store.error().message;
        return false;
    }
    const QByteArray pem = test::readData(QStringLiteral("keys/test-only-rsa2048-a-pkcs8.pem"));
    return store.value()->writeNow(QStringLiteral("kalshi.key_id"), SecretBytes(kKeyId.toUtf8())).ok()
        && store.value()->writeNow(QStringLiteral("kalshi.private_key"), SecretBytes(pem)).ok()
        && store.value()->writeNow(QStringLiteral("polymarket.private_key"), SecretBytes(kWalletHex)).ok();
}

bool TestCrashRecovery::startSimulator()
{
    m_sim.setProcessChannelMode(QProcess::SeparateChannels);
    m_sim.start(m_simPath,
        { QStringLiteral("--demo-world"), QStringLiteral("--seed"), kSeed, QStringLiteral("--kalshi-key"),
            kKeyId + QLatin1Char('=') + test::dataPath(QStringLiteral("keys/test-only-rsa2048-a-public.pem")) });
    if (!m_sim.waitForStarted(5'000)) {
        return false;
    }
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (!output.contains("ready\n") && timer.elapsed() < 15'000 && m_sim.state() == QProcess::Running) {
        m_sim.waitForReadyRead(100);
        output += m_sim.readAllStandardOutput();
    }
    for (const QByteArray& line : output.split('\n')) {
        const qsizetype space = line.indexOf(' ');
        const QByteArray name = line.left(space);
        const QUrl url(QString::fromUtf8(line.mid(space + 1)));
        if (name == "kalshi-rest") {
            m_kalshiRest = url;
        } else if (name == "kalshi-ws") {
            m_kalshiWs = url;
        } else if (name == "polymarket-clob") {
            m_clob = url;
        } else if (name == "polymarket-gamma") {
            m_gamma = url;
        } else if (name == "polymarket-ws") {
            m_polymarketWs = url;
        }
    }
    return m_kalshiRest.isValid() && m_kalshiWs.isValid() && m_clob.isValid() && m_gamma.isValid()
        && m_polymarketWs.isValid();
}

bool TestCrashRecovery::writeConfig()
{
    m_config = m_dir.filePath(QStringLiteral("config.yaml"));
    m_database = m_dir.filePath(QStringLiteral("orion.db"));
    QFile file(m_config);
    if (!file.open(QIODevice::WriteOnly)) {
        return false;
    }
    const auto quoted = [](const QUrl& url) { return QByteArray("\"" + url.toString().toUtf8() + "\""); };
    // Small trades: the demo accounts ($1,000 on Polymarket) must last for every row, since positions never resolve.
    file.write("engine:\n  mode: live\n  poll_interval_s: 0.5\n"
               "trading:\n  auto_execute: true\n  max_trade_size_pct: 0.02\n  min_trade_size_usd: 1.00\n"
               "capital:\n  initial_bankroll: 1000.00\n"
               "database:\n  url: \"sqlite:///"
        + m_database.toUtf8()
        + "\"\n"
          "logging:\n  level: info\n  file: \""
        + m_dir.filePath(QStringLiteral("orion.log")).toUtf8()
        + "\"\n"
          "venues:\n  environment: simulator\n  simulator:\n"
          "    kalshi:\n      rest_url: "
        + quoted(m_kalshiRest) + "\n      ws_url: " + quoted(m_kalshiWs)
        + "\n"
          "    polymarket:\n      gamma_url: "
        + quoted(m_gamma) + "\n      clob_url: " + quoted(m_clob) + "\n      ws_url: " + quoted(m_polymarketWs) + "\n");
    return true;
}

QProcessEnvironment TestCrashRecovery::orionEnvironment(const QString& crashAt) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("ORION_CREDENTIALS_FILE"), m_dir.filePath(QStringLiteral("credentials.enc")));
    env.insert(QStringLiteral("ORION_MASTER_PASSWORD"), QString::fromUtf8(kMasterPassword));
    env.remove(QStringLiteral("ORION_CRASH_AT"));
    if (!crashAt.isEmpty()) {
        env.insert(QStringLiteral("ORION_CRASH_AT"), crashAt);
    }
    return env;
}

std::unique_ptr<QProcess> TestCrashRecovery::startOrion(
    const QStringList& extra, const QString& crashAt, const QString& logName)
{
    auto process = std::make_unique<QProcess>();
    process->setWorkingDirectory(m_dir.path());
    process->setProcessEnvironment(orionEnvironment(crashAt));
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->setStandardOutputFile(m_dir.filePath(logName));
    process->start(
        m_orionPath, QStringList { QStringLiteral("--no-gui"), QStringLiteral("--config"), m_config } + extra);
    return process;
}

QString TestCrashRecovery::logTail(const QString& logName) const
{
    QFile file(m_dir.filePath(logName));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QByteArray all = file.readAll();
    return QString::fromUtf8(all.right(3'000));
}

bool TestCrashRecovery::logContains(const QString& logName, const QString& text) const
{
    QFile file(m_dir.filePath(logName));
    return file.open(QIODevice::ReadOnly) && QString::fromUtf8(file.readAll()).contains(text);
}

std::optional<QJsonObject> TestCrashRecovery::report()
{
    QProcess process;
    process.setProcessEnvironment(orionEnvironment({}));
    process.start(m_orionPath,
        { QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--mode"),
            QStringLiteral("live"), QStringLiteral("--config"), m_config });
    if (!process.waitForFinished(15'000) || process.exitCode() != 0) {
        qWarning().noquote() << "orion report failed:" << process.readAllStandardError();
        return std::nullopt;
    }
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput());
    if (!document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

QList<JournalOrderRow> TestCrashRecovery::journalOrders() const
{
    QList<JournalOrderRow> rows;
    const QString name = QStringLiteral("crash-orders-%1").arg(m_runs);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_database);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT client_order_id, venue, COALESCE(venue_order_id, ''), market_id "
                                          "FROM orders"))) {
                while (query.next()) {
                    rows.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString() });
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

std::map<QString, PairLegs> TestCrashRecovery::journalPairs() const
{
    std::map<QString, PairLegs> pairs;
    const QString name = QStringLiteral("crash-pairs-%1").arg(m_runs);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(m_database);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT pair_id, first_venue, first_market_id, first_outcome, "
                                          "second_market_id, second_outcome FROM trades WHERE mode = 'live'"))) {
                while (query.next()) {
                    const bool kalshiFirst = query.value(1).toString() == QStringLiteral("kalshi");
                    PairLegs legs;
                    legs.kalshiTicker = query.value(kalshiFirst ? 2 : 4).toString();
                    legs.polymarketCondition = query.value(kalshiFirst ? 4 : 2).toString();
                    legs.inverse = query.value(3).toString() == query.value(5).toString();
                    pairs[query.value(0).toString()] = legs;
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return pairs;
}

Holdings TestCrashRecovery::kalshiHoldings(KalshiRestClient& client, QString* error)
{
    Holdings holdings;
    const auto positions
        = KalshiSimFixture::wait<QList<KalshiPosition>>([&](auto done) { client.getAllPositions(done); });
    if (!positions.ok()) {
        *error = positions.error().message;
        return holdings;
    }
    for (const KalshiPosition& position : positions.value()) {
        const qint64 net = position.position.hundredths();
        if (net != 0) {
            addHolding(holdings,
                holdingKey(
                    QStringLiteral("kalshi"), position.ticker, net > 0 ? QStringLiteral("yes") : QStringLiteral("no")),
                net > 0 ? net : -net);
        }
    }
    return holdings;
}

Holdings TestCrashRecovery::polymarketHoldings(
    PolymarketClobClient& client, const QStringList& conditions, QString* error)
{
    Holdings holdings;
    if (!client.hasCredentials()) {
        const auto key = KalshiSimFixture::wait<bool>([&](auto done) { client.createOrDeriveApiKey(0, done); });
        if (!key.ok()) {
            *error = key.error().message;
            return holdings;
        }
    }
    for (const QString& condition : conditions) {
        const auto market
            = KalshiSimFixture::wait<PolymarketClobMarket>([&](auto done) { client.getClobMarket(condition, done); });
        if (!market.ok()) {
            *error = market.error().message;
            return holdings;
        }
        for (const auto& [token, outcome] : { std::pair { market->yesTokenId, QStringLiteral("yes") },
                 std::pair { market->noTokenId, QStringLiteral("no") } }) {
            const auto held = KalshiSimFixture::wait<Quantity>([&](auto done) { client.getTokenBalance(token, done); });
            if (!held.ok()) {
                *error = held.error().message;
                return holdings;
            }
            if (!held->isZero()) {
                addHolding(holdings, holdingKey(QStringLiteral("polymarket"), condition, outcome), held->hundredths());
            }
        }
    }
    return holdings;
}

void TestCrashRecovery::killedAtStep_afterRestart_venuesHoldNoNakedLegNoDuplicateAndMatchLedger_data()
{
    QTest::addColumn<QStringList>("crashes");
    QTest::newRow("after_intent") << QStringList { QStringLiteral("after_intent") };
    QTest::newRow("before_first_send") << QStringList { QStringLiteral("before_first_send") };
    QTest::newRow("after_first_send") << QStringList { QStringLiteral("after_first_send") };
    QTest::newRow("on_first_answer") << QStringList { QStringLiteral("on_first_answer") };
    QTest::newRow("after_first_fill") << QStringList { QStringLiteral("after_first_fill") };
    QTest::newRow("before_second_send") << QStringList { QStringLiteral("before_second_send") };
    QTest::newRow("after_second_send") << QStringList { QStringLiteral("after_second_send") };
    QTest::newRow("on_second_answer") << QStringList { QStringLiteral("on_second_answer") };
    QTest::newRow("after_second_fill") << QStringList { QStringLiteral("after_second_fill") };
    // Killed before the second order left, the restart finds one leg filled and repairs it at once, before trading:
    // the next crashes land in that repair, before and after its order is handed over. (after_first_fill does not
    // reliably leave one leg: the first order's status, filled, often arrives before its fill and the second leg is
    // already out when the fill is booked.)
    QTest::newRow("before_repair_send, after_repair_send") << QStringList { QStringLiteral("before_second_send"),
        QStringLiteral("before_repair_send"), QStringLiteral("after_repair_send") };
}

void TestCrashRecovery::killedAtStep_afterRestart_venuesHoldNoNakedLegNoDuplicateAndMatchLedger()
{
    QFETCH(QStringList, crashes);

    // Arrange + Act: run until the crash point kills the engine (each point in turn), then restart cleanly.
    for (const QString& crashAt : crashes) {
        const QString logName = QStringLiteral("run-%1-%2.log").arg(++m_runs).arg(crashAt);
        std::unique_ptr<QProcess> orion = startOrion({}, crashAt, logName);
        QVERIFY(orion->waitForStarted(5'000));
        const bool died = orion->waitForFinished(kCrashWaitMs);
        if (!died) {
            orion->kill();
            orion->waitForFinished(5'000);
        }
        QVERIFY2(died,
            qPrintable(QStringLiteral("%1 never reached within %2 ms:\n%3")
                           .arg(crashAt)
                           .arg(kCrashWaitMs)
                           .arg(logTail(logName))));
        QVERIFY2(orion->exitStatus() == QProcess::CrashExit && orion->exitCode() == SIGKILL,
            qPrintable(QStringLiteral("orion ended otherwise than by SIGKILL (status %1, code %2):\n%3")
                           .arg(orion->exitStatus())
                           .arg(orion->exitCode())
                           .arg(logTail(logName))));
        QVERIFY2(logContains(logName, QStringLiteral("crash point ") + crashAt), qPrintable(logTail(logName)));
    }

    // The restart trades nothing new (no gap is worth $0.50 a pair): what the venues hold afterwards is the crashed
    // trade's recovery alone.
    const QString logName = QStringLiteral("run-%1-recover.log").arg(++m_runs);
    std::unique_ptr<QProcess> orion = startOrion({ QStringLiteral("--threshold"), QStringLiteral("0.5") }, {}, logName);
    QVERIFY(orion->waitForStarted(5'000));
    std::optional<QJsonObject> settled;
    QElapsedTimer timer;
    timer.start();
    bool reconciled = false;
    while (timer.elapsed() < kSettleWaitMs && orion->state() == QProcess::Running) {
        QTest::qWait(500);
        reconciled = reconciled || logContains(logName, QStringLiteral("reconciliation complete"));
        if (!reconciled) {
            continue;
        }
        settled = report();
        if (settled && unsettledTrades(*settled).isEmpty()) {
            break;
        }
    }
    QVERIFY2(orion->state() == QProcess::Running, qPrintable(logTail(logName)));
    ::kill(static_cast<pid_t>(orion->processId()), SIGTERM);
    const bool stopped = orion->waitForFinished(20'000);
    if (!stopped) {
        orion->kill();
        orion->waitForFinished(5'000);
    }
    QVERIFY2(reconciled, qPrintable(QStringLiteral("no complete reconciliation:\n") + logTail(logName)));
    QVERIFY2(
        stopped && orion->exitStatus() == QProcess::NormalExit && orion->exitCode() == 0, qPrintable(logTail(logName)));
    settled = report();
    QVERIFY(settled.has_value());

    // Assert (a) no naked leg: per pair, the simulator's Kalshi net position equals what Polymarket holds against it.
    const std::map<QString, PairLegs> pairs = journalPairs();
    QVERIFY(!pairs.empty()); // a crash point fired, so at least one trade was journalled
    QStringList conditions;
    for (const auto& [pairId, legs] : pairs) {
        if (!conditions.contains(legs.polymarketCondition)) {
            conditions << legs.polymarketCondition;
        }
    }
    QString error;
    const Holdings kalshi = kalshiHoldings(*m_kalshi, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Holdings polymarket = polymarketHoldings(*m_polymarket, conditions, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const auto& [pairId, legs] : pairs) {
        const auto held = [](const Holdings& holdings, const QString& key) {
            const auto it = holdings.find(key);
            return it == holdings.end() ? qint64 { 0 } : it->second;
        };
        const qint64 kalshiNet
            = held(kalshi, holdingKey(QStringLiteral("kalshi"), legs.kalshiTicker, QStringLiteral("yes")))
            - held(kalshi, holdingKey(QStringLiteral("kalshi"), legs.kalshiTicker, QStringLiteral("no")));
        const qint64 polymarketYes = held(
            polymarket, holdingKey(QStringLiteral("polymarket"), legs.polymarketCondition, QStringLiteral("yes")));
        const qint64 polymarketNo = held(
            polymarket, holdingKey(QStringLiteral("polymarket"), legs.polymarketCondition, QStringLiteral("no")));
        // Kalshi nets YES against NO; a hedged Kalshi YES sits against Polymarket NO (YES on an inverse pair).
        const qint64 hedge = legs.inverse ? polymarketYes - polymarketNo : polymarketNo - polymarketYes;
        QVERIFY2(kalshiNet == hedge,
            qPrintable(QStringLiteral("naked leg on pair %1: Kalshi %2 net %3, Polymarket %4 YES %5 NO %6\n%7")
                           .arg(pairId, legs.kalshiTicker)
                           .arg(kalshiNet)
                           .arg(legs.polymarketCondition)
                           .arg(polymarketYes)
                           .arg(polymarketNo)
                           .arg(logTail(logName))));
    }

    // (b) no duplicate order: every Kalshi order carries a journalled client order id, each at most once, and every
    // Polymarket order that traded is one the journal knows by its venue id (a resend is a new order hash).
    const QList<JournalOrderRow> journal = journalOrders();
    QSet<QString> journalIds;
    QSet<QString> journalPolymarketIds;
    for (const JournalOrderRow& row : journal) {
        journalIds.insert(row.clientOrderId);
        if (row.venue == QStringLiteral("polymarket") && !row.venueOrderId.isEmpty()) {
            journalPolymarketIds.insert(row.venueOrderId);
        }
    }
    const auto kalshiOrders
        = KalshiSimFixture::wait<QList<KalshiOrder>>([&](auto done) { m_kalshi->getOrders(QUrlQuery(), done); });
    QVERIFY(kalshiOrders.ok());
    QSet<QString> seen;
    for (const KalshiOrder& order : kalshiOrders.value()) {
        QVERIFY2(!seen.contains(order.clientOrderId),
            qPrintable(QStringLiteral("client order id %1 reached Kalshi twice").arg(order.clientOrderId)));
        QVERIFY2(journalIds.contains(order.clientOrderId),
            qPrintable(
                QStringLiteral("Kalshi order %1 (%2) is not in the journal").arg(order.orderId, order.clientOrderId)));
        seen.insert(order.clientOrderId);
    }
    const auto trades = KalshiSimFixture::wait<QList<PolymarketTrade>>(
        [&](auto done) { m_polymarket->getTrades(QUrlQuery(), done); });
    QVERIFY(trades.ok());
    for (const PolymarketTrade& trade : trades.value()) {
        if (trade.traderSide == QStringLiteral("TAKER")) {
            QVERIFY2(journalPolymarketIds.contains(trade.takerOrderId),
                qPrintable(QStringLiteral("Polymarket order %1 is not in the journal").arg(trade.takerOrderId)));
        }
    }

    // (c) the ledger matches the venues: the report's positions, netted like the venues net them, equal the
    // simulator's holdings on every market traded.
    Holdings ledgerKalshi;
    Holdings ledgerPolymarket;
    for (const QJsonValue& value : settled->value(QStringLiteral("positions")).toArray()) {
        for (const QString& side : { QStringLiteral("kalshi"), QStringLiteral("polymarket") }) {
            const QJsonObject leg = value.toObject().value(side).toObject();
            const qint64 heldHundredths = leg.value(QStringLiteral("held_hundredths")).toInteger();
            if (heldHundredths == 0) {
                continue;
            }
            const QString market = leg.value(QStringLiteral("market")).toString();
            const QString outcome = leg.value(QStringLiteral("outcome")).toString().toLower();
            if (side == QStringLiteral("kalshi")) {
                // Kalshi keeps one signed position per market.
                const bool yes = outcome == QStringLiteral("yes");
                addHolding(ledgerKalshi, market, yes ? heldHundredths : -heldHundredths);
            } else {
                addHolding(ledgerPolymarket, holdingKey(side, market, outcome), heldHundredths);
            }
        }
    }
    Holdings ledger;
    for (const auto& [market, net] : ledgerKalshi) {
        addHolding(ledger,
            holdingKey(QStringLiteral("kalshi"), market, net > 0 ? QStringLiteral("yes") : QStringLiteral("no")),
            net > 0 ? net : -net);
    }
    for (const auto& [key, heldHundredths] : ledgerPolymarket) {
        addHolding(ledger, key, heldHundredths);
    }
    Holdings venues = kalshi;
    for (const auto& [key, heldHundredths] : polymarket) {
        addHolding(venues, key, heldHundredths);
    }
    QVERIFY2(
        ledger == venues, qPrintable(QStringLiteral("ledger %1\nvenues %2").arg(describe(ledger), describe(venues))));
    QVERIFY2(unsettledTrades(*settled).isEmpty(),
        qPrintable(
            QStringLiteral("not settled after the restart: ") + unsettledTrades(*settled).join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "TestCrashRecovery.moc"
