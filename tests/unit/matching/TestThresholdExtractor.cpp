#include "matching/ThresholdExtractor.h"

#include <QTest>

using namespace orion;
using Comparator = NumericThreshold::Comparator;

Q_DECLARE_METATYPE(NumericThreshold::Comparator)

class TestThresholdExtractor final : public QObject
{
    Q_OBJECT

private slots:
    void extract_phrases_giveComparatorValueAndUnit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Comparator>("comparator");
        QTest::addColumn<double>("low");
        QTest::addColumn<double>("high");
        QTest::addColumn<QString>("unit");
        QTest::newRow("≥ percent") << QStringLiteral("Will CPI be ≥ 3.0%?") << Comparator::GreaterOrEqual << 3.0 << 3.0 << QStringLiteral("%");
        QTest::newRow("between") << QStringLiteral("Will it be between 250 and 274?") << Comparator::Between << 250.0 << 274.0 << QString();
        QTest::newRow("above $100k") << QStringLiteral("Bitcoin above $100k on Friday?") << Comparator::Greater << 100000.0 << 100000.0 << QStringLiteral("usd");
        QTest::newRow("at least 6") << QStringLiteral("Will they win at least 6 games?") << Comparator::GreaterOrEqual << 6.0 << 6.0 << QString();
        QTest::newRow("5 or fewer") << QStringLiteral("Will they win 5 or fewer games?") << Comparator::LessOrEqual << 5.0 << 5.0 << QString();
        QTest::newRow("> degrees") << QStringLiteral("Will the maximum temperature be >81° on Aug 19, 2026?") << Comparator::Greater << 81.0 << 81.0 << QStringLiteral("deg");
        QTest::newRow("degree range") << QStringLiteral("Will the maximum temperature be 78-79° on Aug 19?") << Comparator::Between << 78.0 << 79.0 << QStringLiteral("deg");
        QTest::newRow("percent range") << QStringLiteral("GDP growth 2.1% to 2.5%") << Comparator::Between << 2.1 << 2.5 << QStringLiteral("%");
        QTest::newRow("grouped digits") << QStringLiteral("Ethereum above 2,315 on May 13, 5PM ET?") << Comparator::Greater << 2315.0 << 2315.0 << QString();
        QTest::newRow("less than") << QStringLiteral("be less than 0.7%?") << Comparator::Less << 0.7 << 0.7 << QStringLiteral("%");
        QTest::newRow("dip to") << QStringLiteral("Will Dogecoin dip to $0.10 in May?") << Comparator::LessOrEqual << 0.10 << 0.10 << QStringLiteral("usd");
        QTest::newRow("plus") << QStringLiteral("3+ championships") << Comparator::GreaterOrEqual << 3.0 << 3.0 << QString();
        QTest::newRow("bps move") << QStringLiteral("Will the Fed increase interest rates by 25 bps?") << Comparator::Equal << 25.0 << 25.0 << QStringLiteral("bp");
        QTest::newRow("millions") << QStringLiteral("FDV above $150M one day after launch?") << Comparator::Greater << 150e6 << 150e6 << QStringLiteral("usd");
    }

    void extract_phrases_giveComparatorValueAndUnit()
    {
        // Arrange
        QFETCH(QString, text);
        QFETCH(Comparator, comparator);
        QFETCH(double, low);
        QFETCH(double, high);
        QFETCH(QString, unit);
        // Act
        const QList<NumericThreshold> found = ThresholdExtractor::extract(text);
        // Assert
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().comparator, comparator);
        QCOMPARE(found.first().low, low);
        QCOMPARE(found.first().high, high);
        QCOMPARE(found.first().unit, unit);
    }

    void extract_datesDistrictsAndRanks_areNotThresholds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("date") << QStringLiteral("Will 1. FC Heidenheim 1846 win on 2026-05-16?");
        QTest::newRow("district") << QStringLiteral("Will Republican win the House race for CA-07?");
        QTest::newRow("top 3") << QStringLiteral("Will Norway be in the top 3 at Eurovision 2026?");
        QTest::newRow("time") << QStringLiteral("Ethereum price at May 13, 2026 at 5pm EDT?");
    }

    void extract_datesDistrictsAndRanks_areNotThresholds()
    {
        QFETCH(QString, text);
        QVERIFY(ThresholdExtractor::extract(text).isEmpty());
    }

    void fromKalshiStrike_betweenAndGreater()
    {
        const QList<NumericThreshold> between = ThresholdExtractor::fromKalshiStrike(QStringLiteral("between"), 78.0, 79.0);
        const QList<NumericThreshold> greater = ThresholdExtractor::fromKalshiStrike(QStringLiteral("greater"), 81.0, std::nullopt);
        QCOMPARE(between.first().comparator, Comparator::Between);
        QCOMPARE(between.first().high, 79.0);
        QCOMPARE(greater.first().comparator, Comparator::Greater);
        QVERIFY(ThresholdExtractor::fromKalshiStrike(QStringLiteral("between"), 78.0, std::nullopt).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestThresholdExtractor)
#include "TestThresholdExtractor.moc"
