#include "TestData.h"
#include "matching/CatalogueReader.h"
#include "matching/EventMatcher.h"
#include "matching/MatchEvaluation.h"

#include <QTest>

using namespace orion;

// The labelled development set (tests/data/matching): precision of `auto` and recall of true pairs.
class TestMatchEvaluation final : public QObject
{
    Q_OBJECT

private:
    QList<CatalogueMarket> m_kalshi;
    QList<CatalogueMarket> m_polymarket;
    QList<LabelledPair> m_labels;

    EvaluationSummary run(const MatcherOptions& options) const
    {
        const EventMatcher matcher(options);
        const QList<MatchResult> results = matcher.match(m_kalshi, m_polymarket);
        return MatchEvaluation::evaluate(results, m_labels);
    }

private slots:
    void initTestCase()
    {
        const Result<QList<CatalogueMarket>> kalshi =
            CatalogueReader::readKalshi(test::readData(QStringLiteral("matching/kalshi.jsonl")));
        const Result<QList<CatalogueMarket>> polymarket =
            CatalogueReader::readPolymarket(test::readData(QStringLiteral("matching/polymarket.jsonl")));
        const Result<QList<LabelledPair>> labels =
            MatchEvaluation::readLabels(test::readData(QStringLiteral("matching/labels.csv")));
        QVERIFY2(kalshi.ok(), qPrintable(kalshi.ok() ? QString() : kalshi.error().toString()));
        QVERIFY2(polymarket.ok(), qPrintable(polymarket.ok() ? QString() : polymarket.error().toString()));
        QVERIFY2(labels.ok(), qPrintable(labels.ok() ? QString() : labels.error().toString()));
        m_kalshi = kalshi.value();
        m_polymarket = polymarket.value();
        m_labels = labels.value();
    }

    void readLabels_devSet_hasAllRows()
    {
        // Arrange / Act: done in initTestCase. Assert: the README's counts.
        int same = 0;
        int inverse = 0;
        for (const LabelledPair& label : std::as_const(m_labels)) {
            same += label.relation == QLatin1String("same") ? 1 : 0;
            inverse += label.relation == QLatin1String("inverse") ? 1 : 0;
        }
        QCOMPARE(m_labels.size(), 589);
        QCOMPARE(same, 156);
        QCOMPARE(inverse, 15);
    }

    // The dev set has no rules text at all, so the scorer is measured with the rules requirement lifted; what it
    // calls `auto` must be right 99% of the time, and auto + review must find 90% of the true pairs.
    void match_devSetWithoutRulesRequirement_meetsPrecisionAndRecall()
    {
        // Arrange
        MatcherOptions options;
        options.requireRulesForAuto = false;
        // Act
        const EvaluationSummary summary = run(options);
        // Assert
        qInfo().noquote() << "\n" << MatchEvaluation::report(summary);
        QVERIFY2(summary.autoPairs > 0, "the scorer must call some pairs auto, or precision means nothing");
        QVERIFY2(summary.autoPrecision >= 0.99, qPrintable(MatchEvaluation::report(summary)));
        QVERIFY2(summary.recall >= 0.90, qPrintable(MatchEvaluation::report(summary)));
    }

    void match_devSetWithDefaults_failsClosedWithoutRules()
    {
        // Arrange: defaults require rules text on both sides before anything trades automatically.
        const MatcherOptions options;
        // Act
        const EvaluationSummary summary = run(options);
        // Assert
        QCOMPARE(summary.autoPairs, 0);
        QVERIFY(summary.recall >= 0.90);
    }

    void report_listsMissesAndWrongAutos()
    {
        // Arrange
        EvaluationSummary summary;
        summary.truePairs = 2;
        summary.found = 1;
        summary.recall = 0.5;
        summary.missed.append(LabelledPair{QStringLiteral("KX-A"), QStringLiteral("0xabc"), QStringLiteral("same"),
                                           QStringLiteral("S-x"), QString()});
        MatchResult wrong;
        wrong.kalshiTicker = QStringLiteral("KX-B");
        wrong.polymarketKey = QStringLiteral("0xdef");
        wrong.decision = MatchDecision::Auto;
        summary.wrongAuto.append(wrong);
        // Act
        const QString text = MatchEvaluation::report(summary);
        // Assert
        QVERIFY(text.contains(QStringLiteral("recall of true pairs (auto + review): 0.5000")));
        QVERIFY(text.contains(QStringLiteral("KX-A <-> 0xabc")));
        QVERIFY(text.contains(QStringLiteral("KX-B <-> 0xdef")));
    }

    void readLabels_withUnterminatedQuote_isRejectedWithLine()
    {
        // Arrange
        const QByteArray csv = "kalshi_ticker,polymarket_condition_id,relation,source,note\n"
                               "KX-A,0x1,same,S,\"fine\"\nKX-B,0x2,same,S,\"broken\n";
        // Act
        const Result<QList<LabelledPair>> labels = MatchEvaluation::readLabels(csv);
        // Assert
        QVERIFY(!labels.ok());
        QVERIFY(labels.error().message.contains(QStringLiteral("line 3")));
    }
};

QTEST_GUILESS_MAIN(TestMatchEvaluation)
#include "TestMatchEvaluation.moc"
