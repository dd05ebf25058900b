#include "venues/sim/SimHttpParser.h"

#include <QTest>

using namespace orion;

Q_DECLARE_METATYPE(orion::SimHttpParser::Outcome)

class TestSimHttpParser final : public QObject
{
    Q_OBJECT

private slots:
    void parse_perInput_givesOutcomeAndStatus_data();
    void parse_perInput_givesOutcomeAndStatus();
    void parse_postWithBody_splitsPathQueryHeadersAndBody();
    void parse_twoPipelinedRequests_consumesOnlyTheFirst();
    void parse_connectionHeaders_decideKeepAlive();
};

void TestSimHttpParser::parse_perInput_givesOutcomeAndStatus_data()
{
    using O = SimHttpParser::Outcome;
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<O>("outcome");
    QTest::addColumn<int>("status");

    QTest::newRow("complete GET") << QByteArray("GET /a HTTP/1.1\r\nHost: x\r\n\r\n") << O::Complete << 0;
    QTest::newRow("headers not finished") << QByteArray("GET /a HTTP/1.1\r\nHost: x\r\n") << O::Incomplete << 0;
    QTest::newRow("body not finished") << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\nab")
                                       << O::Incomplete << 0;
    QTest::newRow("garbage request line") << QByteArray("HELLO\r\n\r\n") << O::Invalid << 400;
    QTest::newRow("relative target") << QByteArray("GET a HTTP/1.1\r\n\r\n") << O::Invalid << 400;
    QTest::newRow("bad version") << QByteArray("GET /a HTTP/2.0\r\n\r\n") << O::Invalid << 505;
    QTest::newRow("header without colon") << QByteArray("GET /a HTTP/1.1\r\nHost x\r\n\r\n") << O::Invalid << 400;
    QTest::newRow("bad content length") << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 1x\r\n\r\n") << O::Invalid
                                        << 400;
    QTest::newRow("conflicting lengths")
        << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab") << O::Invalid << 400;
    QTest::newRow("chunked refused") << QByteArray("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                     << O::Invalid << 501;
    QTest::newRow("body too large") << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 2000\r\n\r\n") << O::Invalid
                                    << 413;
    QTest::newRow("headers too large") << (QByteArray("GET /a HTTP/1.1\r\nX: ") + QByteArray(600, 'a'))
                                       << O::Invalid << 431;
}

void TestSimHttpParser::parse_perInput_givesOutcomeAndStatus()
{
    // Arrange
    QFETCH(QByteArray, input);
    QFETCH(SimHttpParser::Outcome, outcome);
    QFETCH(int, status);
    const SimHttpLimits limits{512, 1'000};

    // Act
    const SimHttpParser::Parsed parsed = SimHttpParser::parse(input, limits);

    // Assert
    QCOMPARE(parsed.outcome, outcome);
    QCOMPARE(parsed.errorStatus, status);
}

void TestSimHttpParser::parse_postWithBody_splitsPathQueryHeadersAndBody()
{
    // Arrange
    const QByteArray input = "POST /trade-api/v2/portfolio/events/orders?subaccount=0&x=a%20b HTTP/1.1\r\n"
                             "Content-Type: application/json\r\nKALSHI-ACCESS-KEY: key-1\r\nContent-Length: 7\r\n\r\n"
                             "{\"a\":1}";

    // Act
    const SimHttpParser::Parsed parsed = SimHttpParser::parse(input, SimHttpLimits{});

    // Assert
    QCOMPARE(parsed.outcome, SimHttpParser::Outcome::Complete);
    QCOMPARE(parsed.request.method, QByteArrayLiteral("POST"));
    QCOMPARE(parsed.request.path, QStringLiteral("/trade-api/v2/portfolio/events/orders"));
    QCOMPARE(parsed.request.queryValue(QStringLiteral("x")), QStringLiteral("a b"));
    QCOMPARE(parsed.request.header("kalshi-access-key"), QByteArrayLiteral("key-1"));
    QCOMPARE(parsed.request.body, QByteArrayLiteral("{\"a\":1}"));
    QCOMPARE(parsed.consumed, input.size());
}

void TestSimHttpParser::parse_twoPipelinedRequests_consumesOnlyTheFirst()
{
    const QByteArray first = "POST /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc";
    const QByteArray second = "GET /b HTTP/1.1\r\n\r\n";
    const SimHttpParser::Parsed parsed = SimHttpParser::parse(first + second, SimHttpLimits{});
    QCOMPARE(parsed.outcome, SimHttpParser::Outcome::Complete);
    QCOMPARE(parsed.request.body, QByteArrayLiteral("abc"));
    QCOMPARE(parsed.consumed, first.size());
}

void TestSimHttpParser::parse_connectionHeaders_decideKeepAlive()
{
    QVERIFY(SimHttpParser::parse("GET / HTTP/1.1\r\n\r\n", {}).keepAlive);
    QVERIFY(!SimHttpParser::parse("GET / HTTP/1.1\r\nConnection: close\r\n\r\n", {}).keepAlive);
    QVERIFY(!SimHttpParser::parse("GET / HTTP/1.0\r\n\r\n", {}).keepAlive);
    QVERIFY(SimHttpParser::parse("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n", {}).keepAlive);
}

QTEST_GUILESS_MAIN(TestSimHttpParser)
#include "TestSimHttpParser.moc"
