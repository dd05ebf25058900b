// `orion report` as a headless user runs it, on a database the journal and the ledger repository wrote.
// ctest-timeout: 120
#include "OrionTestConfig.h"

#include "portfolio/PositionKey.h"
#include "storage/Database.h"
#include "storage/LedgerRepository.h"
#include "storage/SqlJournal.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace orion;

namespace {

const MarketKey kKalshiA { VenueId::Kalshi, QStringLiteral("KXA-26DEC") };
const MarketKey kPolyA { VenueId::Polymarket, QStringLiteral("0xaaa") };
const MarketKey kKalshiB { VenueId::Kalshi, QStringLiteral("KXB-26DEC") };
const MarketKey kPolyB { VenueId::Polymarket, QStringLiteral("0xbbb") };
const MarketKey kKalshiC { VenueId::Kalshi, QStringLiteral("KXC-26DEC") };
const MarketKey kPolyC { VenueId::Polymarket, QStringLiteral("0xccc") };

Cash cash(const char* text)
{
    return Cash::parseDollars(QString::fromLatin1(text)).value();
}

Price price(const char* text)
{
    return Price::parseDollars(QString::fromLatin1(text)).value();
}

qint64 micros(const char* dollars)
{
    return static_cast<qint64>(cash(dollars).micros());
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Writes trades through the real journal, one order per leg and its fills.
class JournalWriter
{
public:
    explicit JournalWriter(Database& db)
        : m_journal(db)
    { }

    qint64 begin(ExecutionMode mode, const char* pair, const MarketKey& first, Outcome firstOutcome,
        const MarketKey& second, Outcome secondOutcome, qint64 atMs)
    {
        TradeIntent intent;
        intent.pairId = QString::fromLatin1(pair);
        intent.mode = mode;
        intent.first = PlannedLeg { first, firstOutcome, price("0.99"), Quantity::fromContracts(10),
            Quantity::fromHundredths(1) };
        intent.second = PlannedLeg { second, secondOutcome, price("0.99"), Quantity::fromContracts(10),
            Quantity::fromHundredths(1) };
        intent.atMs = atMs;
        const Result<JournalTrade> trade = m_journal.beginTrade(intent);
        return trade.ok() ? trade.value().id : 0;
    }

    bool fill(qint64 tradeId, LegRole role, const MarketKey& market, Outcome outcome, OrderSide side, const char* at,
        std::int64_t contracts, const char* fee, qint64 atMs, SettlementState settlement = SettlementState::Confirmed)
    {
        SubmitOrder command;
        command.market = market;
        command.outcome = outcome;
        command.side = side;
        command.limitPrice = price(at);
        command.quantity = Quantity::fromContracts(contracts);
        const Result<JournalOrder> order = m_journal.reserveOrder(tradeId, role, command, atMs);
        if (!order.ok()) {
            return false;
        }
        FillReport report;
        report.venueFillId = order.value().clientOrderId + QStringLiteral("-f");
        report.clientOrderId = order.value().clientOrderId;
        report.market = market;
        report.outcome = outcome;
        report.side = side;
        report.price = price(at);
        report.quantity = Quantity::fromContracts(contracts);
        report.fee = cash(fee);
        report.settlement = settlement;
        report.tsEvent = QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC);
        return m_journal.recordFill(report).ok();
    }

    bool state(qint64 tradeId, TradeState state, qint64 atMs)
    {
        return m_journal.setTradeState(tradeId, state, QString(), atMs).ok();
    }

private:
    SqlJournal m_journal;
};

QString lineStartingWith(const QString& text, const QString& start)
{
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(start)) {
            return line;
        }
    }
    return {};
}

} // namespace

class TestReportCommand final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void text_threeTrades_printsHandComputedFigures();
    void json_threeTrades_carriesMicrosAndDisplayStrings();
    void json_liveMode_showsOnlyLiveTrades();
    void emptyDatabase_saysNoTradesYet_exitsZero();
    void missingDatabase_namesThePath_exitsTwo_createsNothing();
    void badFormat_exitsTwo();

private:
    Run report(const QStringList& arguments);
    // Yesterday: trade 1 hedged; today: trade 2 unwound at a loss (flat), trade 3 open with 3 unhedged contracts;
    // plus one live trade and a failed fill that must not count.
    void fillDatabase();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_config;
    QString m_dbPath;
};

void TestReportCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath(QStringLiteral("orion.db"));
    m_config = m_dir->filePath(QStringLiteral("config.yaml"));
    QFile config(m_config);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("database:\n  url: sqlite:///" + m_dbPath.toUtf8()
        + "\n"
          "logging:\n  file: "
        + m_dir->path().toUtf8()
        + "/logs/orion.log\n"
          "capital:\n  initial_bankroll: 1000\n"
          "engine:\n  mode: paper\n");
}

Run TestReportCommand::report(const QStringList& arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->path() + QStringLiteral("/xdg"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC")); // "today" is then the UTC day this test uses
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ORION_APP_PATH), QStringList { QStringLiteral("report") } + arguments);
    Run run;
    if (!process.waitForFinished(60'000)) {
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestReportCommand::fillDatabase()
{
    auto opened = Database::open(QStringLiteral("sqlite:///") + m_dbPath);
    QVERIFY(opened.ok());
    Database& db = *opened.value();
    QVERIFY(db.migrate().ok());
    JournalWriter journal(db);
    const qint64 midnight = QDateTime::currentDateTimeUtc().date().startOfDay(Qt::UTC).toMSecsSinceEpoch();
    const qint64 yesterday = midnight - 3'600'000;

    // 1: 10 x $1 - (4.00 + 0.07) - 5.50 = 0.43 locked in. A failed extra fill never counts.
    const qint64 t1
        = journal.begin(ExecutionMode::Paper, "pair-a", kKalshiA, Outcome::Yes, kPolyA, Outcome::No, yesterday);
    QVERIFY(t1 > 0);
    QVERIFY(
        journal.fill(t1, LegRole::First, kKalshiA, Outcome::Yes, OrderSide::Buy, "0.40", 10, "0.07", yesterday + 1));
    QVERIFY(journal.fill(t1, LegRole::Second, kPolyA, Outcome::No, OrderSide::Buy, "0.55", 10, "0", yesterday + 2));
    QVERIFY(journal.fill(t1, LegRole::Hedge, kPolyA, Outcome::No, OrderSide::Buy, "0.55", 5, "0", yesterday + 3,
        SettlementState::Failed));
    QVERIFY(journal.state(t1, TradeState::Hedged, yesterday + 10));

    // 2: second leg got nothing, first unwound: 5.00 - 0.05 - 6.10 = -1.15 realised.
    const qint64 t2
        = journal.begin(ExecutionMode::Paper, "pair-b", kKalshiB, Outcome::Yes, kPolyB, Outcome::No, midnight + 1'000);
    QVERIFY(
        journal.fill(t2, LegRole::First, kKalshiB, Outcome::Yes, OrderSide::Buy, "0.30", 20, "0.10", midnight + 1'001));
    QVERIFY(journal.fill(
        t2, LegRole::Unwind, kKalshiB, Outcome::Yes, OrderSide::Sell, "0.25", 20, "0.05", midnight + 1'050));
    QVERIFY(journal.state(t2, TradeState::Flat, midnight + 1'100));

    // 3: open; 7 hedged (7 - 3.185 - 3.50 = 0.315), 3 Kalshi unhedged at cost 1.365, marked at 0.40: 1.20.
    const qint64 t3
        = journal.begin(ExecutionMode::Paper, "pair-c", kKalshiC, Outcome::Yes, kPolyC, Outcome::No, midnight + 2'000);
    QVERIFY(
        journal.fill(t3, LegRole::First, kKalshiC, Outcome::Yes, OrderSide::Buy, "0.45", 10, "0.05", midnight + 2'001));
    QVERIFY(journal.fill(t3, LegRole::Second, kPolyC, Outcome::No, OrderSide::Buy, "0.50", 7, "0", midnight + 2'002));
    QVERIFY(journal.state(t3, TradeState::NeedsAttention, midnight + 2'100));

    // Live: one hedged trade making 10 - 4.00 - 5.00 = 1.00.
    const qint64 t4
        = journal.begin(ExecutionMode::Live, "pair-a", kKalshiA, Outcome::Yes, kPolyA, Outcome::No, midnight + 3'000);
    QVERIFY(
        journal.fill(t4, LegRole::First, kKalshiA, Outcome::Yes, OrderSide::Buy, "0.40", 10, "0", midnight + 3'001));
    QVERIFY(journal.fill(t4, LegRole::Second, kPolyA, Outcome::No, OrderSide::Buy, "0.50", 10, "0", midnight + 3'002));
    QVERIFY(journal.state(t4, TradeState::Hedged, midnight + 3'100));

    LedgerRepository ledger(db);
    QHash<QString, Price> marks;
    marks.insert(positionKey(kKalshiC, Outcome::Yes), price("0.40"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(ledger
                .savePositions(QStringLiteral("paper"),
                    { Position { kKalshiC, Outcome::Yes, Quantity::fromContracts(10), cash("4.55"), {} },
                        Position { kPolyC, Outcome::No, Quantity::fromContracts(7), cash("3.50"), {} } },
                    marks, now)
                .ok());
    QVERIFY(ledger.recordBalance(QStringLiteral("paper"), Balance { VenueId::Kalshi, cash("1480.25"), cash("12"), now })
                .ok());
    QVERIFY(ledger.recordBalance(QStringLiteral("paper"), Balance { VenueId::Polymarket, cash("500"), cash("0"), now })
                .ok());
    QVERIFY(ledger.recordBalance(QStringLiteral("live"), Balance { VenueId::Kalshi, cash("7"), cash("0"), now }).ok());
}

void TestReportCommand::text_threeTrades_printsHandComputedFigures()
{
    // Arrange
    fillDatabase();
    if (QTest::currentTestFailed()) {
        return;
    }

    // Act
    const Run run = report({ QStringLiteral("--config"), m_config });

    // Assert
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QString& out = run.out;
    QVERIFY2(out.contains(QStringLiteral("paper mode")), qPrintable(out));
    QVERIFY2(out.contains(m_dbPath), qPrintable(out));
    QVERIFY2(
        lineStartingWith(out, QStringLiteral("Kalshi")).contains(QStringLiteral("total $1,492.25")), qPrintable(out));
    QVERIFY2(
        lineStartingWith(out, QStringLiteral("All venues")).contains(QStringLiteral("$1,992.25")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Pair pair-a (trades #1)")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Pair pair-c (trades #3)")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("KXC-26DEC yes  10 contracts  cost $4.55  mark $0.40")), qPrintable(out));
    QVERIFY2(out.contains(QRegularExpression(QStringLiteral("0xccc no +7 contracts  cost \\$3\\.50  mark none"))),
        qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("UNHEDGED 3 contracts: $1.365 at cost, $1.20 marked")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Unhedged exposure: 3 contracts, $1.365 at cost, $1.20 marked (P&L -$0.165)")),
        qPrintable(out));
    QVERIFY2(lineStartingWith(out, QStringLiteral("Locked-in")).endsWith(QStringLiteral("$0.745")), qPrintable(out));
    QVERIFY2(
        lineStartingWith(out, QStringLiteral("Realised (unwinds")).endsWith(QStringLiteral("-$1.15")), qPrintable(out));
    QVERIFY2(
        lineStartingWith(out, QStringLiteral("Unhedged legs")).endsWith(QStringLiteral("-$0.165")), qPrintable(out));
    QVERIFY2(lineStartingWith(out, QStringLiteral("Total")).endsWith(QStringLiteral("-$0.57")), qPrintable(out));
    const QString today = lineStartingWith(out, QStringLiteral("Today"));
    QVERIFY2(today.contains(QStringLiteral("2 trade(s)")) && today.endsWith(QStringLiteral("-$1.00")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("Trades: 3 (1 hedged, 1 flat, 1 open)")), qPrintable(out));
    QVERIFY2(
        lineStartingWith(out, QStringLiteral("Win rate")).contains(QStringLiteral("50.00% (1 of 2)")), qPrintable(out));
    QVERIFY2(
        lineStartingWith(out, QStringLiteral("ROI")).contains(QStringLiteral("-0.057% of $1,000.00")), qPrintable(out));
    // Returns 0.43 / 9.57 and -1.15 / 6.10: mean / sample deviation = -0.4349.
    QVERIFY2(lineStartingWith(out, QStringLiteral("Sharpe ratio")).contains(QStringLiteral("-0.43 (per trade")),
        qPrintable(out));
    QVERIFY2(lineStartingWith(out, QStringLiteral("Max drawdown")).endsWith(QStringLiteral("$1.15")), qPrintable(out));
    QVERIFY2(lineStartingWith(out, QStringLiteral("Volume")).endsWith(QStringLiteral("$28.50")), qPrintable(out));
    QVERIFY2(lineStartingWith(out, QStringLiteral("Fees")).endsWith(QStringLiteral("$0.27")), qPrintable(out));
}

void TestReportCommand::json_threeTrades_carriesMicrosAndDisplayStrings()
{
    // Arrange
    fillDatabase();
    if (QTest::currentTestFailed()) {
        return;
    }

    // Act
    const Run run = report({ QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--db"),
        QStringLiteral("sqlite:///") + m_dbPath, QStringLiteral("--config"), m_config });

    // Assert
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
    QCOMPARE(root.value(QStringLiteral("mode")).toString(), QStringLiteral("paper"));
    QCOMPARE(root.value(QStringLiteral("empty")).toBool(), false);
    QCOMPARE(root.value(QStringLiteral("balances")).toArray().size(), 2);
    QCOMPARE(root.value(QStringLiteral("balance_total_micros")).toInteger(), micros("1992.25"));
    QCOMPARE(root.value(QStringLiteral("balance_total")).toString(), QStringLiteral("$1,992.25"));

    const QJsonObject pnl = root.value(QStringLiteral("pnl")).toObject();
    QCOMPARE(pnl.value(QStringLiteral("locked_in_micros")).toInteger(), micros("0.745"));
    QCOMPARE(pnl.value(QStringLiteral("locked_in")).toString(), QStringLiteral("$0.745"));
    QCOMPARE(pnl.value(QStringLiteral("realized_micros")).toInteger(), micros("-1.15"));
    QCOMPARE(pnl.value(QStringLiteral("unhedged_micros")).toInteger(), micros("-0.165"));
    QCOMPARE(pnl.value(QStringLiteral("total_micros")).toInteger(), micros("-0.57"));
    QCOMPARE(pnl.value(QStringLiteral("today_micros")).toInteger(), micros("-1"));
    QCOMPARE(pnl.value(QStringLiteral("today_trades")).toInt(), 2);

    const QJsonObject exposure = root.value(QStringLiteral("unhedged_exposure")).toObject();
    QCOMPARE(exposure.value(QStringLiteral("contracts_hundredths")).toInteger(), 300);
    QCOMPARE(exposure.value(QStringLiteral("cost_micros")).toInteger(), micros("1.365"));
    QCOMPARE(exposure.value(QStringLiteral("value_micros")).toInteger(), micros("1.20"));

    const QJsonArray positions = root.value(QStringLiteral("positions")).toArray();
    QCOMPARE(positions.size(), 2);
    const QJsonObject pairA = positions.at(0).toObject();
    QCOMPARE(pairA.value(QStringLiteral("pair_id")).toString(), QStringLiteral("pair-a"));
    QCOMPARE(pairA.value(QStringLiteral("hedged_hundredths")).toInteger(), 1000); // the failed fill is not held
    QCOMPARE(pairA.value(QStringLiteral("polymarket")).toObject().value(QStringLiteral("cost_micros")).toInteger(),
        micros("5.50"));
    const QJsonObject pairC = positions.at(1).toObject();
    QCOMPARE(pairC.value(QStringLiteral("kalshi")).toObject().value(QStringLiteral("mark_micros")).toInteger(),
        micros("0.40"));
    QVERIFY(pairC.value(QStringLiteral("polymarket")).toObject().value(QStringLiteral("mark_micros")).isNull());

    const QJsonArray trades = root.value(QStringLiteral("trades")).toArray();
    QCOMPARE(trades.size(), 3);
    QCOMPARE(trades.at(0).toObject().value(QStringLiteral("pnl_micros")).toInteger(), micros("0.43"));
    QCOMPARE(trades.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("flat"));
    QCOMPARE(trades.at(1).toObject().value(QStringLiteral("realized_micros")).toInteger(), micros("-1.15"));
    QCOMPARE(trades.at(2).toObject().value(QStringLiteral("pnl_micros")).toInteger(), micros("0.15"));

    const QJsonObject metrics = root.value(QStringLiteral("metrics")).toObject();
    QCOMPARE(metrics.value(QStringLiteral("finished_trades")).toInt(), 2);
    QCOMPARE(metrics.value(QStringLiteral("wins")).toInt(), 1);
    QCOMPARE(metrics.value(QStringLiteral("realized_pnl_micros")).toInteger(), micros("-0.72"));
    QCOMPARE(metrics.value(QStringLiteral("marked_pnl_micros")).toInteger(), micros("0.15"));
    QCOMPARE(metrics.value(QStringLiteral("win_rate_ppm")).toInteger(), 500'000);
    QCOMPARE(metrics.value(QStringLiteral("roi_ppm")).toInteger(), -570);
    QCOMPARE(metrics.value(QStringLiteral("roi")).toString(), QStringLiteral("-0.057%"));
    QCOMPARE(metrics.value(QStringLiteral("max_drawdown_micros")).toInteger(), micros("1.15"));
    QCOMPARE(metrics.value(QStringLiteral("volume_micros")).toInteger(), micros("28.50"));
    QCOMPARE(metrics.value(QStringLiteral("fees_micros")).toInteger(), micros("0.27"));
    // Returns 0.43 / 9.57 and -1.15 / 6.10: mean / sample deviation.
    const double r1 = 0.43 / 9.57;
    const double r2 = -1.15 / 6.10;
    const double mean = (r1 + r2) / 2;
    const double deviation = std::sqrt((r1 - mean) * (r1 - mean) + (r2 - mean) * (r2 - mean));
    QVERIFY(std::abs(metrics.value(QStringLiteral("sharpe")).toDouble() - mean / deviation) < 1e-9);
}

void TestReportCommand::json_liveMode_showsOnlyLiveTrades()
{
    fillDatabase();
    if (QTest::currentTestFailed()) {
        return;
    }

    const Run run = report({ QStringLiteral("--config"), m_config, QStringLiteral("--mode"), QStringLiteral("live"),
        QStringLiteral("--format"), QStringLiteral("json") });

    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("mode")).toString(), QStringLiteral("live"));
    QCOMPARE(root.value(QStringLiteral("trades")).toArray().size(), 1);
    QCOMPARE(root.value(QStringLiteral("pnl")).toObject().value(QStringLiteral("locked_in_micros")).toInteger(),
        micros("1"));
    QCOMPARE(root.value(QStringLiteral("balance_total_micros")).toInteger(), micros("7"));
}

void TestReportCommand::emptyDatabase_saysNoTradesYet_exitsZero()
{
    // Arrange: a database as --init-db leaves it.
    {
        auto opened = Database::open(QStringLiteral("sqlite:///") + m_dbPath);
        QVERIFY(opened.ok());
        QVERIFY(opened.value()->migrate().ok());
    }

    // Act
    const Run text = report({ QStringLiteral("--config"), m_config });
    const Run json
        = report({ QStringLiteral("--config"), m_config, QStringLiteral("--format"), QStringLiteral("json") });

    // Assert
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("No trades yet in paper mode.")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("No balance recorded yet.")), qPrintable(text.out));
    QCOMPARE(json.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("empty")).toBool(), true);
    QVERIFY(root.value(QStringLiteral("trades")).toArray().isEmpty());
}

void TestReportCommand::missingDatabase_namesThePath_exitsTwo_createsNothing()
{
    // Act
    const Run run = report({ QStringLiteral("--config"), m_config });

    // Assert
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains(QStringLiteral("no database at ") + m_dbPath), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dbPath));
}

void TestReportCommand::badFormat_exitsTwo()
{
    const Run run = report({ QStringLiteral("--config"), m_config, QStringLiteral("--format"), QStringLiteral("xml") });

    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("xml")), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "TestReportCommand.moc"
