#include "matching/CandidateIndex.h"
#include "matching/FeatureExtractor.h"

#include <QElapsedTimer>
#include <QTest>

using namespace orion;

namespace {

MarketFeatures featuresOf(const QString& title)
{
    CatalogueMarket m;
    m.venue = CatalogueVenue::Polymarket;
    m.key = title;
    m.title = title;
    return FeatureExtractor::extract(m);
}

} // namespace

class TestCandidateIndex final : public QObject
{
    Q_OBJECT

private slots:
    void candidates_rareSharedTermsRankFirst()
    {
        // Arrange
        CandidateIndex index;
        index.build({featuresOf(QStringLiteral("Will Gavin Newsom win the 2028 Democratic nomination?")),
                     featuresOf(QStringLiteral("Will Josh Shapiro win the 2028 Democratic nomination?")),
                     featuresOf(QStringLiteral("Will the Bank of Russia cut rates in June?"))});
        // Act
        const QList<CandidateIndex::Candidate> found =
            index.candidates(featuresOf(QStringLiteral("Will Gavin Newsom be the Democratic nominee in 2028?")), 10, 0.1);
        // Assert
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().document, 0);
        for (const CandidateIndex::Candidate& c : found)
            QVERIFY(c.document != 2); // nothing in common: never proposed
    }

    void idf_commonTermsWeighLess()
    {
        CandidateIndex index;
        QList<MarketFeatures> docs;
        for (int i = 0; i < 50; ++i)
            docs.append(featuresOf(QStringLiteral("Will team %1 win the championship?").arg(i)));
        docs.append(featuresOf(QStringLiteral("Will Zelvia win the championship?")));
        index.build(docs);
        QVERIFY(index.idf(QStringLiteral("zelvia")) > 3.0 * index.idf(QStringLiteral("championship")));
    }

    void candidates_largeCatalogue_touchesOnlyPostingsNotAllDocuments()
    {
        // Arrange: 20,000 documents sharing a frequent term; the query shares only that term and one rare one.
        QList<MarketFeatures> docs;
        for (int i = 0; i < 20000; ++i)
            docs.append(featuresOf(QStringLiteral("Will candidate%1 win the election?").arg(i)));
        CandidateIndex index;
        index.build(docs);
        QElapsedTimer timer;
        timer.start();
        // Act
        QList<CandidateIndex::Candidate> found;
        for (int q = 0; q < 2000; ++q)
            found = index.candidates(featuresOf(QStringLiteral("Will candidate%1 win the election?").arg(q * 7)), 5, 0.5);
        // Assert: "election"/"win" are skipped as too common; the rare name finds its document.
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().document, 1999 * 7);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestCandidateIndex)
#include "TestCandidateIndex.moc"
