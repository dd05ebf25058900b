#include "TestData.h"
#include "matching/CatalogueReader.h"

#include <QTest>

using namespace orion;

class TestCatalogueReader final : public QObject
{
    Q_OBJECT

private slots:
    void readKalshi_marketsResponse_readsEveryMarket()
    {
        // Arrange: a GET /markets response object.
        const QByteArray bytes = "{\"markets\":[\n"
            "            {\"ticker\":\"KXHIGHNY-26AUG19-T92\",\"event_ticker\":\"KXHIGHNY-26AUG19\",\"title\":\"Will the maximum temperature be >92° on Aug 19, 2026?\",\n"
            "             \"yes_sub_title\":\"93° or above\",\"rules_primary\":\"If the high is above 92°F, Yes.\",\"rules_secondary\":\"NWS report.\",\n"
            "             \"close_time\":\"2026-08-20T05:00:00Z\",\"market_type\":\"binary\",\"strike_type\":\"greater\",\"floor_strike\":92,\"status\":\"active\"},\n"
            "            {\"ticker\":\"KXHIGHNY-26AUG19-B89.5\",\"event_ticker\":\"KXHIGHNY-26AUG19\",\"title\":\"Will the maximum temperature be 89-90° on Aug 19, 2026?\",\n"
            "             \"strike_type\":\"between\",\"floor_strike\":\"89\",\"cap_strike\":90.0,\"market_type\":\"binary\"}],\"cursor\":\"abc\"}";
        // Act
        const Result<QList<CatalogueMarket>> markets = CatalogueReader::readKalshi(bytes);
        // Assert
        QVERIFY2(markets.ok(), qPrintable(markets.ok() ? QString() : markets.error().toString()));
        QCOMPARE(markets->size(), 2);
        const CatalogueMarket& first = markets->at(0);
        QCOMPARE(first.key, QStringLiteral("KXHIGHNY-26AUG19-T92"));
        QCOMPARE(first.yesLabel, QStringLiteral("93° or above"));
        QCOMPARE(first.rulesText, QStringLiteral("If the high is above 92°F, Yes.\nNWS report."));
        QCOMPARE(first.closeTime, QDateTime(QDate(2026, 8, 20), QTime(5, 0), Qt::UTC));
        QCOMPARE(first.floorStrike.value_or(0), 92.0);
        QCOMPARE(markets->at(1).floorStrike.value_or(0), 89.0);
        QCOMPARE(markets->at(1).capStrike.value_or(0), 90.0);
    }

    void readKalshi_jsonArrayAndLines_giveSameMarkets()
    {
        const QByteArray array = "[{\"ticker\":\"A-1\",\"title\":\"One\"},{\"ticker\":\"A-2\",\"title\":\"Two\"}]";
        const QByteArray lines = "{\"ticker\":\"A-1\",\"title\":\"One\"}\n\n{\"ticker\":\"A-2\",\"title\":\"Two\"}\n";
        const Result<QList<CatalogueMarket>> fromArray = CatalogueReader::readKalshi(array);
        const Result<QList<CatalogueMarket>> fromLines = CatalogueReader::readKalshi(lines);
        QVERIFY(fromArray.ok());
        QVERIFY(fromLines.ok());
        QCOMPARE(fromArray->size(), 2);
        QCOMPARE(fromLines->size(), 2);
        QCOMPARE(fromLines->at(1).key, QStringLiteral("A-2"));
        QCOMPARE(fromLines->at(1).eventId, QStringLiteral("A")); // derived from the ticker
        QCOMPARE(fromLines->at(1).sourceLine, 3);
    }

    void readPolymarket_gammaArray_decodesOutcomeStrings()
    {
        // Arrange: Gamma sends outcomes and clobTokenIds as JSON strings, and ids as numbers sometimes.
        const QByteArray bytes = "[{\"id\":1096964,\"question\":\"Clippers vs. Nets\",\"conditionId\":\"0x07\",\"slug\":\"nba-lac-bkn-2026-01-09\",\n"
            "            \"outcomes\":\"[\\\"Clippers\\\", \\\"Nets\\\"]\",\"clobTokenIds\":\"[\\\"111\\\", \\\"222\\\"]\",\"endDate\":\"2026-01-10T00:30:00Z\",\n"
            "            \"gameStartTime\":\"2026-01-10 00:30:00+00\",\"description\":\"If the Clippers win...\",\"active\":true,\"closed\":false}]";
        // Act
        const Result<QList<CatalogueMarket>> markets = CatalogueReader::readPolymarket(bytes);
        // Assert
        QVERIFY2(markets.ok(), qPrintable(markets.ok() ? QString() : markets.error().toString()));
        const CatalogueMarket& m = markets->first();
        QCOMPARE(m.key, QStringLiteral("0x07"));
        QCOMPARE(m.outcomes, (QStringList{QStringLiteral("Clippers"), QStringLiteral("Nets")}));
        QCOMPARE(m.outcomeTokenIds, (QStringList{QStringLiteral("111"), QStringLiteral("222")}));
        QCOMPARE(m.eventStartTime, QDateTime(QDate(2026, 1, 10), QTime(0, 30), Qt::UTC));
    }

    void readPolymarket_withoutConditionId_keysBySlugThenId()
    {
        const QByteArray bytes = "{\"id\":\"559655\",\"question\":\"Q1\"}\n{\"id\":\"7\",\"slug\":\"s-7\",\"question\":\"Q2\"}\n";
        const Result<QList<CatalogueMarket>> markets = CatalogueReader::readPolymarket(bytes);
        QVERIFY(markets.ok());
        QCOMPARE(markets->at(0).key, QStringLiteral("559655"));
        QCOMPARE(markets->at(1).key, QStringLiteral("s-7"));
    }

    void read_malformedInput_namesTheLine_data()
    {
        QTest::addColumn<bool>("kalshi");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("broken json line") << true << QByteArray("{\"ticker\":\"A-1\"}\n{\"ticker\": \n")
                                          << QStringLiteral("line 2");
        QTest::newRow("ticker not a string") << true << QByteArray("{\"ticker\":\"A-1\"}\n{\"ticker\":[1]}\n")
                                             << QStringLiteral("line 2: field 'ticker' must be a string");
        QTest::newRow("missing ticker") << true << QByteArray("\n\n{\"title\":\"x\"}") << QStringLiteral("line 3");
        QTest::newRow("array item not object") << true << QByteArray("[{\"ticker\":\"A\"}, 5]")
                                               << QStringLiteral("item 2");
        QTest::newRow("truncated array") << true << QByteArray("[{\"ticker\":\"A\"},\n{\"ticker\":") << QStringLiteral("line 2");
        QTest::newRow("outcomes not json") << false << QByteArray("{\"conditionId\":\"0x1\",\"outcomes\":\"[Yes\"}")
                                           << QStringLiteral("line 1: field 'outcomes'");
        QTest::newRow("outcomes and tokens differ") << false
            << QByteArray("{\"conditionId\":\"0x1\",\"outcomes\":\"[\\\"Yes\\\",\\\"No\\\"]\",\"clobTokenIds\":\"[\\\"1\\\"]\"}")
            << QStringLiteral("differ in length");
        QTest::newRow("not json at all") << false << QByteArray("\n<html>rate limited</html>") << QStringLiteral("line 2");
        QTest::newRow("strike not a number") << true << QByteArray("{\"ticker\":\"A\",\"floor_strike\":\"high\"}")
                                             << QStringLiteral("floor_strike");
        QTest::newRow("markets not an array") << true << QByteArray("{\"markets\":{\"ticker\":\"A\"}}")
                                              << QStringLiteral("must be an array");
    }

    void read_malformedInput_namesTheLine()
    {
        // Arrange
        QFETCH(bool, kalshi);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        // Act
        const Result<QList<CatalogueMarket>> markets =
            kalshi ? CatalogueReader::readKalshi(bytes) : CatalogueReader::readPolymarket(bytes);
        // Assert
        QVERIFY(!markets.ok());
        QVERIFY2(markets.error().message.contains(expected), qPrintable(markets.error().toString()));
    }

    void read_deeplyNestedGarbage_failsWithoutCrashing()
    {
        const QByteArray bytes = QByteArray(100000, '[') + QByteArray(100000, ']');
        const Result<QList<CatalogueMarket>> markets = CatalogueReader::readKalshi(bytes);
        QVERIFY(!markets.ok());
    }

    void read_devSet_readsEveryRecord()
    {
        const Result<QList<CatalogueMarket>> kalshi =
            CatalogueReader::readKalshi(test::readData(QStringLiteral("matching/kalshi.jsonl")));
        const Result<QList<CatalogueMarket>> poly =
            CatalogueReader::readPolymarket(test::readData(QStringLiteral("matching/polymarket.jsonl")));
        QVERIFY(kalshi.ok());
        QVERIFY(poly.ok());
        QCOMPARE(kalshi->size(), 503);
        QCOMPARE(poly->size(), 626);
    }
};

QTEST_GUILESS_MAIN(TestCatalogueReader)
#include "TestCatalogueReader.moc"
