// User pair decisions in a real SQLite file, through PairRegistry as the engine uses them.
#include "matching/PairRegistry.h"
#include "storage/Database.h"
#include "storage/SqlPairDecisionStore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace orion;

class TestSqlPairDecisionStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void confirm_thenReopen_decisionSurvivesWithPolarity();
    void reject_afterConfirm_replacesTheDecision();
    void matcherRow_isNotReturnedAsUserDecision_andUserDecisionOverwritesIt();
    void forget_returnsPairToReviewAndKeepsTheRow();

private:
    std::unique_ptr<Database> openDatabase();
    QDateTime at() const { return QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSqlPairDecisionStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSqlPairDecisionStore::cleanup()
{
    m_dir.reset();
}

std::unique_ptr<Database> TestSqlPairDecisionStore::openDatabase()
{
    auto opened = Database::open(QStringLiteral("sqlite:///") + m_dir->path() + QStringLiteral("/pairs.db"));
    if (!opened.ok() || !opened.value()->migrate().ok()) {
        return nullptr;
    }
    return std::move(opened).value();
}

void TestSqlPairDecisionStore::confirm_thenReopen_decisionSurvivesWithPolarity()
{
    {
        auto db = openDatabase();
        QVERIFY(db);
        SqlPairDecisionStore store(*db);
        PairRegistry registry(store);
        QVERIFY(registry.load().ok());
        QVERIFY(registry.confirm(QStringLiteral("KXFED-26DEC-T4.00"), QStringLiteral("0xabc"), Polarity::Inverse, at(),
                                 QStringLiteral("checked the rules"))
                    .ok());
    }
    auto db = openDatabase();
    QVERIFY(db);
    SqlPairDecisionStore store(*db);
    PairRegistry registry(store);

    QVERIFY(registry.load().ok());

    const auto decision = registry.decisionFor(QStringLiteral("KXFED-26DEC-T4.00"), QStringLiteral("0xabc"));
    QVERIFY(decision.has_value());
    QCOMPARE(decision->verdict, PairDecision::Verdict::Confirmed);
    QCOMPARE(decision->polarity, Polarity::Inverse);
    QCOMPARE(decision->note, QStringLiteral("checked the rules"));
    QCOMPARE(decision->decidedAt, at());
}

void TestSqlPairDecisionStore::reject_afterConfirm_replacesTheDecision()
{
    auto db = openDatabase();
    QVERIFY(db);
    SqlPairDecisionStore store(*db);
    PairDecision decision{QStringLiteral("K1"), QStringLiteral("P1"), PairDecision::Verdict::Confirmed, Polarity::Same,
                          at(), {}};
    QVERIFY(store.saveDecision(decision).ok());
    decision.verdict = PairDecision::Verdict::Rejected;
    decision.note = QStringLiteral("different weather station");

    QVERIFY(store.saveDecision(decision).ok());

    const auto loaded = store.loadDecisions();
    QVERIFY(loaded.ok());
    QCOMPARE(loaded.value().size(), 1);
    QCOMPARE(loaded.value().first(), decision);
}

void TestSqlPairDecisionStore::matcherRow_isNotReturnedAsUserDecision_andUserDecisionOverwritesIt()
{
    auto db = openDatabase();
    QVERIFY(db);
    QSqlQuery insert(db->connection());
    QVERIFY(insert.exec(QStringLiteral(
        "INSERT INTO market_pairs (kalshi_market_id, polymarket_market_id, polarity, score, decision, flags, "
        "created_at, updated_at) VALUES ('K1', 'P1', 'same', 0.93, 'auto', '', 1, 1)")));
    SqlPairDecisionStore store(*db);
    QCOMPARE(store.loadDecisions().value().size(), 0);

    QVERIFY(store.saveDecision({QStringLiteral("K1"), QStringLiteral("P1"), PairDecision::Verdict::Rejected,
                                Polarity::Same, at(), {}})
                .ok());

    QSqlQuery row(db->connection());
    QVERIFY(row.exec(QStringLiteral("SELECT decision, score, decided_by FROM market_pairs WHERE kalshi_market_id = 'K1'")));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toString(), QStringLiteral("user_rejected"));
    QCOMPARE(row.value(1).toDouble(), 0.93); // the matcher's score is kept for the record
    QCOMPARE(row.value(2).toString(), QStringLiteral("user"));
}

void TestSqlPairDecisionStore::forget_returnsPairToReviewAndKeepsTheRow()
{
    auto db = openDatabase();
    QVERIFY(db);
    SqlPairDecisionStore store(*db);
    QVERIFY(store.saveDecision({QStringLiteral("K1"), QStringLiteral("P1"), PairDecision::Verdict::Confirmed,
                                Polarity::Same, at(), {}})
                .ok());

    QVERIFY(store.removeDecision(QStringLiteral("K1"), QStringLiteral("P1")).ok());

    QCOMPARE(store.loadDecisions().value().size(), 0);
    QSqlQuery row(db->connection());
    QVERIFY(row.exec(QStringLiteral("SELECT decision FROM market_pairs WHERE kalshi_market_id = 'K1'")));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toString(), QStringLiteral("review"));
}

QTEST_GUILESS_MAIN(TestSqlPairDecisionStore)
#include "TestSqlPairDecisionStore.moc"
