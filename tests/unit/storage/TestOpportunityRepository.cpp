// The detector's feed recorded in the opportunities table.
#include "storage/Database.h"
#include "storage/OpportunityRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace orion;

namespace {

Opportunity opportunity()
{
    Opportunity o;
    o.id = 3;
    o.pairId = QStringLiteral("p");
    o.direction = ArbDirection::KalshiNo;
    o.size = Quantity::fromContracts(10);
    o.kalshi.market = MarketKey{VenueId::Kalshi, QStringLiteral("KXOPP")};
    o.kalshi.averagePrice = Price::fromMicros(400'000);
    o.kalshi.bookAgeMs = 12;
    o.polymarket.market = MarketKey{VenueId::Polymarket, QStringLiteral("0xopp")};
    o.polymarket.averagePrice = Price::fromMicros(480'000);
    o.polymarket.bookAgeMs = 40;
    o.totalCost = Cash::fromMicros(8'800'000);
    o.totalFees = Cash::fromMicros(170'000);
    o.lockedInProfit = Cash::fromMicros(1'030'000);
    o.edgePerContract = Cash::fromMicros(103'000);
    return o;
}

} // namespace

class TestOpportunityRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void openedUpdatedClosed_rowFollowsTheFeed();
    void unknownPair_orNeverOpened_isNotFound();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestOpportunityRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto opened = Database::open(QStringLiteral("sqlite:///") + m_dir->path() + QStringLiteral("/o.db"));
    QVERIFY(opened.ok());
    m_db = std::move(opened).value();
    QVERIFY(m_db->migrate().ok());
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO market_pairs (id, kalshi_market_id, polymarket_market_id, polarity, "
                                      "score, decision, created_at, updated_at) "
                                      "VALUES (5, 'KXOPP', '0xopp', 'same', 0.9, 'confirmed', 1, 1)"))
                .ok());
}

void TestOpportunityRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestOpportunityRepository::openedUpdatedClosed_rowFollowsTheFeed()
{
    OpportunityRepository repository(*m_db, QStringLiteral("run1"));
    Opportunity o = opportunity();
    QVERIFY(repository.record(OpportunityEvent{OpportunityEvent::Kind::Opened, o, 1'000, {}}).ok());
    o.size = Quantity::fromContracts(8);
    QVERIFY(repository.record(OpportunityEvent{OpportunityEvent::Kind::Updated, o, 2'000, {}}).ok());

    QVERIFY(repository.record(
                OpportunityEvent{OpportunityEvent::Kind::Closed, o, 3'000, OpportunityCloseReason::BookUnusable})
                .ok());

    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id, pair_id, direction, size_hundredths, profit_micros, opened_at, "
                                      "updated_at, closed_at, blocked_reason, polymarket_book_age_ms FROM opportunities")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("run1:3"));
    QCOMPARE(query.value(1).toLongLong(), 5);
    QCOMPARE(query.value(2).toString(), QStringLiteral("kalshi_no"));
    QCOMPARE(query.value(3).toLongLong(), 800);
    QCOMPARE(query.value(4).toLongLong(), 1'030'000);
    QCOMPARE(query.value(5).toLongLong(), 1'000);
    QCOMPARE(query.value(6).toLongLong(), 3'000);
    QCOMPARE(query.value(7).toLongLong(), 3'000);
    QCOMPARE(query.value(8).toString(), QStringLiteral("book_unusable"));
    QCOMPARE(query.value(9).toLongLong(), 40);
    QVERIFY(!query.next());
}

void TestOpportunityRepository::unknownPair_orNeverOpened_isNotFound()
{
    OpportunityRepository repository(*m_db, QStringLiteral("run1"));
    Opportunity stray = opportunity();
    stray.polymarket.market.id = QStringLiteral("0xother");

    const Status opened = repository.record(OpportunityEvent{OpportunityEvent::Kind::Opened, stray, 1, {}});
    const Status closed = repository.record(
        OpportunityEvent{OpportunityEvent::Kind::Closed, opportunity(), 2, OpportunityCloseReason::Gone});

    QCOMPARE(opened.error().code, QStringLiteral("storage.not_found"));
    QCOMPARE(closed.error().code, QStringLiteral("storage.not_found"));
}

QTEST_GUILESS_MAIN(TestOpportunityRepository)
#include "TestOpportunityRepository.moc"
