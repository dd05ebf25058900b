#include "TestData.h"
#include "matching/CatalogueMatching.h"
#include "matching/MatchWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace orion;

class TestMatchWriter final : public QObject
{
    Q_OBJECT

private slots:
    void toJsonLine_writesTheAgreedFields()
    {
        // Arrange
        MatchResult r;
        r.kalshiTicker = QStringLiteral("KXNBAGAME-26JAN09ATLDEN-DEN");
        r.polymarketKey = QStringLiteral("0x713d");
        r.polarity = Polarity::Inverse;
        r.score = 0.812345;
        r.decision = MatchDecision::Review;
        r.flags = {QStringLiteral("date_mismatch")};
        // Act
        const QByteArray line = MatchWriter::toJsonLine(r);
        // Assert
        QVERIFY(!line.contains('\n'));
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value(QStringLiteral("kalshi_ticker")).toString(), r.kalshiTicker);
        QCOMPARE(o.value(QStringLiteral("polymarket_condition_id")).toString(), r.polymarketKey);
        QCOMPARE(o.value(QStringLiteral("polarity")).toString(), QStringLiteral("inverse"));
        QCOMPARE(o.value(QStringLiteral("score")).toDouble(), 0.8123);
        QCOMPARE(o.value(QStringLiteral("decision")).toString(), QStringLiteral("review"));
        QCOMPARE(o.value(QStringLiteral("flags")).toArray().first().toString(), QStringLiteral("date_mismatch"));
    }

    void write_toDevice_writesOneObjectPerLine()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        MatchResult r;
        r.kalshiTicker = QStringLiteral("K");
        r.polymarketKey = QStringLiteral("P");
        QVERIFY(MatchWriter::write(buffer, {r, r}).ok());
        QCOMPARE(buffer.data().count('\n'), 2);
    }

    void write_toReadOnlyDevice_isAnError()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QVERIFY(!MatchWriter::write(buffer, {MatchResult()}).ok());
    }

    void matchCatalogues_devSet_producesPairsAsJsonLines()
    {
        // Arrange
        const QByteArray kalshi = test::readData(QStringLiteral("matching/kalshi.jsonl"));
        const QByteArray poly = test::readData(QStringLiteral("matching/polymarket.jsonl"));
        // Act
        const Result<QList<MatchResult>> pairs = matchCatalogues(kalshi, poly);
        // Assert
        QVERIFY(pairs.ok());
        QVERIFY(pairs->size() >= 114);
        const QByteArray lines = MatchWriter::toJsonLines(pairs.value());
        QCOMPARE(lines.count('\n'), pairs->size());
        QVERIFY(lines.contains("\"kalshi_ticker\":\"KXPRESNOMD-28-GN\""));
    }

    void matchCatalogues_brokenPolymarketFile_namesCatalogueAndLine()
    {
        const Result<QList<MatchResult>> pairs = matchCatalogues("{\"ticker\":\"A-1\"}", "{\"conditionId\":\"0x1\"}\n{oops");
        QVERIFY(!pairs.ok());
        QVERIFY2(pairs.error().message.startsWith(QStringLiteral("Polymarket catalogue: line 2")),
                 qPrintable(pairs.error().message));
    }
};

QTEST_GUILESS_MAIN(TestMatchWriter)
#include "TestMatchWriter.moc"
