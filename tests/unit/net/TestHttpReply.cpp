#include "net/HttpReply.h"

#include <QTest>
#include <QTimeZone>

using namespace orion;

class TestHttpReply final : public QObject
{
    Q_OBJECT

private slots:
    void ok_perStatusAndError_isTrueOnlyFor2xx_data();
    void ok_perStatusAndError_isTrueOnlyFor2xx();
    void header_differentCase_isFound();
    void retryAfterMs_perHeader_isParsedOrRejected_data();
    void retryAfterMs_perHeader_isParsedOrRejected();
    void jsonObject_validBody_isParsed();
    void jsonObject_invalidBody_namesTheProblem();
    void toError_perFailure_namesStatusOrTransport();
};

void TestHttpReply::ok_perStatusAndError_isTrueOnlyFor2xx_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("expected");
    QTest::newRow("200") << 200 << 0 << true;
    QTest::newRow("204") << 204 << 0 << true;
    QTest::newRow("301") << 301 << 0 << false;
    QTest::newRow("404") << 404 << 0 << false;
    QTest::newRow("no response") << 0 << static_cast<int>(NetError::Timeout) << false;
    QTest::newRow("200 but cut off") << 200 << static_cast<int>(NetError::ConnectionClosed) << false;
}

void TestHttpReply::ok_perStatusAndError_isTrueOnlyFor2xx()
{
    QFETCH(int, status);
    QFETCH(int, error);
    QFETCH(bool, expected);
    HttpReply reply;
    reply.status = status;
    reply.error = static_cast<NetError>(error);
    QCOMPARE(reply.ok(), expected);
}

void TestHttpReply::header_differentCase_isFound()
{
    HttpReply reply;
    reply.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    QCOMPARE(reply.header("content-type"), QByteArrayLiteral("application/json"));
    QVERIFY(reply.header("Retry-After").isEmpty());
}

void TestHttpReply::retryAfterMs_perHeader_isParsedOrRejected_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected"); // -1: nullopt
    QTest::newRow("seconds") << QByteArray("3") << qint64{3'000};
    QTest::newRow("zero") << QByteArray("0") << qint64{0};
    QTest::newRow("date ahead") << QByteArray("Wed, 25 Nov 2026 12:01:00 GMT") << qint64{60'000};
    QTest::newRow("date past") << QByteArray("Wed, 25 Nov 2026 11:00:00 GMT") << qint64{0};
    QTest::newRow("negative") << QByteArray("-5") << qint64{-1};
    QTest::newRow("garbage") << QByteArray("soon") << qint64{-1};
    QTest::newRow("absent") << QByteArray() << qint64{-1};
}

void TestHttpReply::retryAfterMs_perHeader_isParsedOrRejected()
{
    // Arrange
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    HttpReply reply;
    reply.status = 429;
    if (!value.isEmpty())
        reply.headers.append({QByteArrayLiteral("retry-after"), value});

    // Act
    const auto delay = reply.retryAfterMs(QDateTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc()));

    // Assert
    QCOMPARE(delay.value_or(-1), expected);
}

void TestHttpReply::jsonObject_validBody_isParsed()
{
    HttpReply reply;
    reply.status = 200;
    reply.body = R"({"balance": 10000})";
    const Result<QJsonObject> object = reply.jsonObject();
    QVERIFY(object.ok());
    QCOMPARE(object->value(QStringLiteral("balance")).toInt(), 10'000);
    QVERIFY(!reply.jsonArray().ok());
}

void TestHttpReply::jsonObject_invalidBody_namesTheProblem()
{
    HttpReply reply;
    reply.status = 200;
    reply.body = "{\"price\": ";
    const Result<QJsonObject> object = reply.jsonObject();
    QVERIFY(!object.ok());
    QCOMPARE(object.error().code, QStringLiteral("net.json"));
}

void TestHttpReply::toError_perFailure_namesStatusOrTransport()
{
    HttpReply timedOut;
    timedOut.error = NetError::Timeout;
    QCOMPARE(timedOut.toError().code, QStringLiteral("net.timeout"));
    HttpReply notFound;
    notFound.status = 404;
    notFound.body = "no such market";
    QCOMPARE(notFound.toError().code, QStringLiteral("http.404"));
    QVERIFY(notFound.toError().message.contains(QStringLiteral("no such market")));
}

QTEST_GUILESS_MAIN(TestHttpReply)
#include "TestHttpReply.moc"
