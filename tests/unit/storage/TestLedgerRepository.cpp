// The engine's positions and balances in a real SQLite file, kept apart per mode.
#include "portfolio/PositionKey.h"
#include "storage/Database.h"
#include "storage/LedgerRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace orion;

namespace {

const MarketKey kKalshi { VenueId::Kalshi, QStringLiteral("KXR") };
const MarketKey kPoly { VenueId::Polymarket, QStringLiteral("0xr") };

Position position(const MarketKey& market, Outcome outcome, std::int64_t contracts, std::int64_t costMicros)
{
    return Position { market, outcome, Quantity::fromContracts(contracts), Cash::fromMicros(costMicros), Cash::zero() };
}

QDateTime at(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

class TestLedgerRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void savePositions_survivesReopen_withMarksAndWithoutFlat();
    void savePositions_again_replacesOnlyThatMode();
    void recordBalance_latestPerVenue_perMode();
    void otherMode_isRefused();
    void schema_positionsKeyedByMode();

private:
    std::unique_ptr<Database> open();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestLedgerRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestLedgerRepository::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Database> TestLedgerRepository::open()
{
    auto opened = Database::open(QStringLiteral("sqlite:///") + m_dir->path() + QStringLiteral("/ledger.db"));
    if (!opened.ok() || !opened.value()->migrate().ok()) {
        return nullptr;
    }
    return std::move(opened).value();
}

void TestLedgerRepository::savePositions_survivesReopen_withMarksAndWithoutFlat()
{
    // Arrange
    {
        auto db = open();
        QVERIFY(db);
        LedgerRepository repository(*db);
        QHash<QString, Price> marks;
        marks.insert(positionKey(kKalshi, Outcome::Yes), Price::fromMicros(470'000));

        // Act
        const Status saved = repository.savePositions(QStringLiteral("paper"),
            { position(kKalshi, Outcome::Yes, 10, 4'550'000), position(kPoly, Outcome::No, 7, 3'500'000),
                position(kPoly, Outcome::Yes, 0, 0) },
            marks, at(1'700'000'000'000));
        QVERIFY(saved.ok());
    }

    // Assert
    auto db = open();
    QVERIFY(db);
    LedgerRepository repository(*db);
    const Result<QList<StoredPosition>> stored = repository.positions(QStringLiteral("paper"));
    QVERIFY(stored.ok());
    QCOMPARE(stored.value().size(), 2);
    const StoredPosition& kalshi = stored.value().at(0);
    QCOMPARE(kalshi.position, position(kKalshi, Outcome::Yes, 10, 4'550'000));
    QCOMPARE(kalshi.mark, std::optional<Price>(Price::fromMicros(470'000)));
    QCOMPARE(kalshi.updatedAt, at(1'700'000'000'000));
    const StoredPosition& poly = stored.value().at(1);
    QCOMPARE(poly.position, position(kPoly, Outcome::No, 7, 3'500'000));
    QVERIFY(!poly.mark.has_value());
    const Result<QHash<QString, Price>> marks = repository.marks(QStringLiteral("paper"));
    QVERIFY(marks.ok());
    QCOMPARE(marks.value().size(), 1);
    QCOMPARE(marks.value().value(QStringLiteral("kalshi/KXR/yes")), Price::fromMicros(470'000));
    QVERIFY(repository.positions(QStringLiteral("live")).value().isEmpty());
}

void TestLedgerRepository::savePositions_again_replacesOnlyThatMode()
{
    // Arrange
    auto db = open();
    QVERIFY(db);
    LedgerRepository repository(*db);
    QVERIFY(
        repository.savePositions(QStringLiteral("live"), { position(kKalshi, Outcome::Yes, 3, 1'000'000) }, {}, at(1))
            .ok());
    QVERIFY(repository
                .savePositions(QStringLiteral("paper"),
                    { position(kKalshi, Outcome::Yes, 10, 4'000'000), position(kPoly, Outcome::No, 10, 5'000'000) }, {},
                    at(2))
                .ok());

    // Act: the Kalshi position closed, the Polymarket one grew.
    QVERIFY(repository
                .savePositions(QStringLiteral("paper"),
                    { position(kKalshi, Outcome::Yes, 0, 0), position(kPoly, Outcome::No, 12, 6'000'000) }, {}, at(3))
                .ok());

    // Assert
    const QList<StoredPosition> paper = repository.positions(QStringLiteral("paper")).value();
    QCOMPARE(paper.size(), 1);
    QCOMPARE(paper.at(0).position, position(kPoly, Outcome::No, 12, 6'000'000));
    const QList<StoredPosition> live = repository.positions(QStringLiteral("live")).value();
    QCOMPARE(live.size(), 1);
    QCOMPARE(live.at(0).position, position(kKalshi, Outcome::Yes, 3, 1'000'000));
}

void TestLedgerRepository::recordBalance_latestPerVenue_perMode()
{
    // Arrange
    auto db = open();
    QVERIFY(db);
    LedgerRepository repository(*db);
    const auto balance = [](VenueId venue, std::int64_t available, std::int64_t portfolio, qint64 ms) {
        return Balance { venue, Cash::fromMicros(available), Cash::fromMicros(portfolio), at(ms) };
    };

    // Act: out of time order on purpose; the newest snapshot wins, not the last written.
    QVERIFY(repository.recordBalance(QStringLiteral("paper"), balance(VenueId::Polymarket, 500'000'000, 0, 10)).ok());
    QVERIFY(
        repository.recordBalance(QStringLiteral("paper"), balance(VenueId::Kalshi, 480'250'000, 12'000'000, 30)).ok());
    QVERIFY(repository.recordBalance(QStringLiteral("paper"), balance(VenueId::Kalshi, 490'000'000, 0, 20)).ok());
    QVERIFY(repository.recordBalance(QStringLiteral("live"), balance(VenueId::Kalshi, 7'000'000, 0, 40)).ok());

    // Assert
    const Result<QList<Balance>> paper = repository.latestBalances(QStringLiteral("paper"));
    QVERIFY(paper.ok());
    QCOMPARE(paper.value().size(), 2);
    QCOMPARE(paper.value().at(0), balance(VenueId::Kalshi, 480'250'000, 12'000'000, 30));
    QCOMPARE(paper.value().at(1), balance(VenueId::Polymarket, 500'000'000, 0, 10));
    const Result<QList<Balance>> live = repository.latestBalances(QStringLiteral("live"));
    QCOMPARE(live.value().size(), 1);
    QCOMPARE(live.value().at(0).available, Cash::fromMicros(7'000'000));
}

void TestLedgerRepository::otherMode_isRefused()
{
    auto db = open();
    QVERIFY(db);
    LedgerRepository repository(*db);

    const Status saved = repository.savePositions(QStringLiteral("dry_run"), {}, {}, at(1));
    const Status recorded = repository.recordBalance(QStringLiteral("alert_only"), Balance {});

    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, QStringLiteral("storage.mode"));
    QVERIFY(!recorded.ok());
    QCOMPARE(recorded.error().code, QStringLiteral("storage.mode"));
}

void TestLedgerRepository::schema_positionsKeyedByMode()
{
    // The same outcome may be held in paper and live at once; a mark outside [0, $1] is refused by the schema.
    auto db = open();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(db->exec(QStringLiteral("INSERT INTO positions (mode, venue, market_id, outcome, quantity_hundredths, "
                                    "cost_micros, updated_at) VALUES ('paper', 'kalshi', 'KXR', 'yes', 100, 1, 1)"))
                .ok());
    QVERIFY(db->exec(QStringLiteral("INSERT INTO positions (mode, venue, market_id, outcome, quantity_hundredths, "
                                    "cost_micros, updated_at) VALUES ('live', 'kalshi', 'KXR', 'yes', 100, 1, 1)"))
                .ok());
    QVERIFY(!db->exec(QStringLiteral("INSERT INTO positions (mode, venue, market_id, outcome, quantity_hundredths, "
                                     "cost_micros, mark_micros, updated_at) "
                                     "VALUES ('paper', 'kalshi', 'KXS', 'yes', 100, 1, 1000001, 1)"))
                 .ok());
    QVERIFY(!db->exec(QStringLiteral("INSERT INTO balance_snapshots (mode, venue, cash_micros, "
                                     "portfolio_value_micros, taken_at) VALUES ('dry_run', 'kalshi', 1, 0, 1)"))
                 .ok());
}

QTEST_GUILESS_MAIN(TestLedgerRepository)
#include "TestLedgerRepository.moc"
