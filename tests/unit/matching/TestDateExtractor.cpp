#include "matching/DateExtractor.h"

#include <QTest>

using namespace orion;

class TestDateExtractor final : public QObject
{
    Q_OBJECT

private slots:
    void extract_deadlines_giveLastDayThatCounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("deadline");
        QTest::newRow("before year") << QStringLiteral("Will the U.S. confirm that aliens exist before 2027?") << QDate(2026, 12, 31);
        QTest::newRow("before date") << QStringLiteral("Will the President be impeached before Jan 20, 2029?") << QDate(2029, 1, 19);
        QTest::newRow("by end of year") << QStringLiteral("Will Trump be impeached by end of 2026?") << QDate(2026, 12, 31);
        QTest::newRow("by date") << QStringLiteral("Will Anthropic IPO by December 31, 2026?") << QDate(2026, 12, 31);
        QTest::newRow("by month day, reference year") << QStringLiteral("Will the US confirm that aliens exist by June 30?") << QDate(2026, 6, 30);
    }

    void extract_deadlines_giveLastDayThatCounts()
    {
        // Arrange
        QFETCH(QString, text);
        QFETCH(QDate, deadline);
        // Act
        const DateFacts facts = DateExtractor::extract(text, QDate(2026, 7, 1));
        // Assert
        QVERIFY(facts.deadline.has_value());
        QCOMPARE(*facts.deadline, deadline);
    }

    void extract_onDateAndPeriods()
    {
        const DateFacts on = DateExtractor::extract(QStringLiteral("Will Hamburger SV win on 2026-05-16?"), QDate());
        const DateFacts year = DateExtractor::extract(QStringLiteral("Will the U.S. confirm that aliens exist in 2028?"), QDate());
        const DateFacts quarter = DateExtractor::extract(QStringLiteral("Brazil Q1 2026 GDP growth"), QDate());
        QCOMPARE(*on.onDate, QDate(2026, 5, 16));
        QCOMPARE(*year.periodStart, QDate(2028, 1, 1));
        QCOMPARE(*year.periodEnd, QDate(2028, 12, 31));
        QCOMPARE(*quarter.periodEnd, QDate(2026, 3, 31));
    }

    void extract_deadlineWithoutYearOrReference_isUndated()
    {
        const DateFacts facts = DateExtractor::extract(QStringLiteral("aliens exist by March 31?"), QDate());
        QVERIFY(!facts.deadline.has_value());
        QVERIFY(facts.undatedDeadline);
    }

    void kalshiTickerDate_readsDayOrMonth()
    {
        bool monthOnly = true;
        QCOMPARE(*DateExtractor::kalshiTickerDate(QStringLiteral("KXNBAGAME-26JAN09ATLDEN"), &monthOnly), QDate(2026, 1, 9));
        QVERIFY(!monthOnly);
        QCOMPARE(*DateExtractor::kalshiTickerDate(QStringLiteral("KXBRAZILGDP-26MAR"), &monthOnly), QDate(2026, 3, 31));
        QVERIFY(monthOnly);
        QVERIFY(!DateExtractor::kalshiTickerDate(QStringLiteral("KXPRESNOMD-28")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestDateExtractor)
#include "TestDateExtractor.moc"
