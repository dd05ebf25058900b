#include "matching/PairRegistry.h"

#include <QTest>

using namespace orion;

namespace {

// In-memory PairDecisionStore; can be told to fail so that the registry's fail-closed path is visible.
class MemoryDecisionStore final : public PairDecisionStore
{
public:
    QList<PairDecision> rows;
    bool failWrites = false;

    Result<QList<PairDecision>> loadDecisions() override { return rows; }
    Status saveDecision(const PairDecision& decision) override
    {
        if (failWrites)
            return makeError(QStringLiteral("storage.write"), QStringLiteral("disk full"));
        removeRow(decision.kalshiTicker, decision.polymarketKey);
        rows.append(decision);
        return {};
    }
    Status removeDecision(const QString& kalshi, const QString& polymarket) override
    {
        removeRow(kalshi, polymarket);
        return {};
    }

private:
    void removeRow(const QString& kalshi, const QString& polymarket)
    {
        rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const PairDecision& d) {
                       return d.kalshiTicker == kalshi && d.polymarketKey == polymarket;
                   }),
                   rows.end());
    }
};

MatchResult result(const QString& kalshi, const QString& poly, MatchDecision decision,
                   Polarity polarity = Polarity::Same)
{
    MatchResult r;
    r.kalshiTicker = kalshi;
    r.polymarketKey = poly;
    r.decision = decision;
    r.polarity = polarity;
    r.score = 0.9;
    if (decision != MatchDecision::Auto)
        r.flags = {QStringLiteral("date_mismatch")};
    return r;
}

const QDateTime kAt(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);

} // namespace

class TestPairRegistry final : public QObject
{
    Q_OBJECT

private slots:
    void isTradable_autoPairWithoutDecision_isTradable()
    {
        MemoryDecisionStore store;
        PairRegistry registry(store);
        QVERIFY(registry.isTradable(result(QStringLiteral("K"), QStringLiteral("P"), MatchDecision::Auto)));
        QVERIFY(!registry.isTradable(result(QStringLiteral("K"), QStringLiteral("P"), MatchDecision::Review)));
    }

    void isTradable_userRejectedAutoPair_isNotTradable()
    {
        // Arrange
        MemoryDecisionStore store;
        PairRegistry registry(store);
        QVERIFY(registry.reject(QStringLiteral("K"), QStringLiteral("P"), kAt).ok());
        const MatchResult autoPair = result(QStringLiteral("K"), QStringLiteral("P"), MatchDecision::Auto);
        // Act
        const QList<MatchResult> applied = registry.apply({autoPair});
        // Assert
        QVERIFY(!registry.isTradable(autoPair));
        QCOMPARE(applied.first().decision, MatchDecision::Rejected);
        QVERIFY(applied.first().flags.contains(QStringLiteral("user_rejected")));
    }

    void apply_confirmedReviewPair_becomesTradableWithChosenPolarity()
    {
        // Arrange
        MemoryDecisionStore store;
        PairRegistry registry(store);
        QVERIFY(registry.confirm(QStringLiteral("K"), QStringLiteral("P"), Polarity::Inverse, kAt).ok());
        // Act
        const QList<MatchResult> applied =
            registry.apply({result(QStringLiteral("K"), QStringLiteral("P"), MatchDecision::Review)});
        // Assert
        QCOMPARE(applied.first().decision, MatchDecision::Auto);
        QCOMPARE(applied.first().polarity, Polarity::Inverse);
        QVERIFY(registry.isTradable(applied.first()));
        // The matcher's own polarity does not trade against the user's choice.
        QVERIFY(!registry.isTradable(result(QStringLiteral("K"), QStringLiteral("P"), MatchDecision::Auto)));
    }

    void apply_confirmedPairMatcherMissed_isAdded()
    {
        MemoryDecisionStore store;
        PairRegistry registry(store);
        QVERIFY(registry.confirm(QStringLiteral("K2"), QStringLiteral("P2"), Polarity::Same, kAt).ok());
        const QList<MatchResult> applied = registry.apply({});
        QCOMPARE(applied.size(), 1);
        QCOMPARE(applied.first().kalshiTicker, QStringLiteral("K2"));
        QVERIFY(registry.isTradable(applied.first()));
    }

    void load_decisionsSurviveRestart()
    {
        // Arrange
        MemoryDecisionStore store;
        {
            PairRegistry first(store);
            QVERIFY(first.confirm(QStringLiteral("K"), QStringLiteral("P"), Polarity::Inverse, kAt, QStringLiteral("checked rules")).ok());
            QVERIFY(first.reject(QStringLiteral("K"), QStringLiteral("Q"), kAt).ok());
        }
        // Act
        PairRegistry second(store);
        QVERIFY(second.load().ok());
        // Assert
        QCOMPARE(second.size(), 2);
        QCOMPARE(second.decisionFor(QStringLiteral("K"), QStringLiteral("P"))->polarity, Polarity::Inverse);
        QCOMPARE(second.decisionFor(QStringLiteral("K"), QStringLiteral("P"))->note, QStringLiteral("checked rules"));
        QCOMPARE(second.decisionFor(QStringLiteral("K"), QStringLiteral("Q"))->verdict, PairDecision::Verdict::Rejected);
    }

    void confirm_whenStoreFails_changesNothing()
    {
        MemoryDecisionStore store;
        store.failWrites = true;
        PairRegistry registry(store);
        const Status status = registry.confirm(QStringLiteral("K"), QStringLiteral("P"), Polarity::Same, kAt);
        QVERIFY(!status.ok());
        QVERIFY(!registry.decisionFor(QStringLiteral("K"), QStringLiteral("P")).has_value());
        QVERIFY(!registry.isTradable(result(QStringLiteral("K"), QStringLiteral("P"), MatchDecision::Review)));
    }

    void forget_userDecision_matcherVerdictAppliesAgain()
    {
        MemoryDecisionStore store;
        PairRegistry registry(store);
        QVERIFY(registry.reject(QStringLiteral("K"), QStringLiteral("P"), kAt).ok());
        QVERIFY(registry.forget(QStringLiteral("K"), QStringLiteral("P")).ok());
        QVERIFY(registry.isTradable(result(QStringLiteral("K"), QStringLiteral("P"), MatchDecision::Auto)));
        QVERIFY(store.rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPairRegistry)
#include "TestPairRegistry.moc"
