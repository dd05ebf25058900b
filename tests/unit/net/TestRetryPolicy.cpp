#include "net/RetryPolicy.h"

#include <QTest>
#include <QTimeZone>

using namespace orion;

namespace {

const QDateTime kNow(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::utc());

HttpReply statusReply(int status, QByteArray retryAfter = {})
{
    HttpReply reply;
    reply.status = status;
    if (!retryAfter.isEmpty())
        reply.headers.append({QByteArrayLiteral("Retry-After"), retryAfter});
    return reply;
}

HttpReply transportReply(NetError error)
{
    HttpReply reply;
    reply.error = error;
    return reply;
}

} // namespace

class TestRetryPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void decide_perFailureAndMethod_retriesOnlyWhatIsSafe_data();
    void decide_perFailureAndMethod_retriesOnlyWhatIsSafe();
    void decide_retryAfterSeconds_waitsExactlyThat();
    void decide_retryAfterHttpDate_waitsUntilThen();
    void decide_retryAfterBeyondBudget_givesUp();
    void decide_withoutRetryAfter_usesJitteredBackoffWithinCeiling();
    void decide_afterMaxAttempts_givesUp();
    void decide_requestAskingForOneAttempt_isNotRetried();
    void none_neverRetries();
};

void TestRetryPolicy::decide_perFailureAndMethod_retriesOnlyWhatIsSafe_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("idempotent");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("error");
    QTest::addColumn<bool>("expected");

    const int none = static_cast<int>(NetError::None);
    QTest::newRow("GET 200 is done") << QByteArray("GET") << false << 200 << none << false;
    QTest::newRow("GET 503 retries") << QByteArray("GET") << false << 503 << none << true;
    QTest::newRow("GET 500 retries") << QByteArray("GET") << false << 500 << none << true;
    QTest::newRow("GET 502 retries") << QByteArray("GET") << false << 502 << none << true;
    QTest::newRow("GET 501 is final") << QByteArray("GET") << false << 501 << none << false;
    QTest::newRow("GET 429 retries") << QByteArray("GET") << false << 429 << none << true;
    QTest::newRow("GET 425 engine restart retries") << QByteArray("GET") << false << 425 << none << true;
    QTest::newRow("GET 404 is final") << QByteArray("GET") << false << 404 << none << false;
    QTest::newRow("GET 401 is final") << QByteArray("GET") << false << 401 << none << false;
    QTest::newRow("GET 400 is final") << QByteArray("GET") << false << 400 << none << false;
    QTest::newRow("DELETE 503 retries") << QByteArray("DELETE") << false << 503 << none << true;
    QTest::newRow("POST 503 never doubles an order") << QByteArray("POST") << false << 503 << none << false;
    QTest::newRow("POST 429 never doubles an order") << QByteArray("POST") << false << 429 << none << false;
    QTest::newRow("POST with client order id 503 retries") << QByteArray("POST") << true << 503 << none << true;
    QTest::newRow("PATCH 502 is final") << QByteArray("PATCH") << false << 502 << none << false;
    QTest::newRow("GET refused retries") << QByteArray("GET") << false << 0
                                         << static_cast<int>(NetError::ConnectionRefused) << true;
    QTest::newRow("GET closed retries") << QByteArray("GET") << false << 0
                                        << static_cast<int>(NetError::ConnectionClosed) << true;
    QTest::newRow("GET timeout retries") << QByteArray("GET") << false << 0 << static_cast<int>(NetError::Timeout)
                                         << true;
    QTest::newRow("POST timeout never doubles an order")
        << QByteArray("POST") << false << 0 << static_cast<int>(NetError::Timeout) << false;
    QTest::newRow("GET TLS failure is final") << QByteArray("GET") << false << 0 << static_cast<int>(NetError::Tls)
                                              << false;
    QTest::newRow("GET malformed response is final")
        << QByteArray("GET") << false << 0 << static_cast<int>(NetError::Protocol) << false;
    QTest::newRow("GET signing failure is final")
        << QByteArray("GET") << false << 0 << static_cast<int>(NetError::Signing) << false;
}

void TestRetryPolicy::decide_perFailureAndMethod_retriesOnlyWhatIsSafe()
{
    // Arrange
    QFETCH(QByteArray, method);
    QFETCH(bool, idempotent);
    QFETCH(int, status);
    QFETCH(int, error);
    QFETCH(bool, expected);
    RetryPolicy policy(RetryOptions{5, {100, 1'000}, 30'000}, 3);
    HttpRequest request = HttpRequest::get(QStringLiteral("/x"));
    request.method = method;
    request.idempotent = idempotent;
    HttpReply reply = statusReply(status);
    reply.error = static_cast<NetError>(error);

    // Act
    const RetryDecision decision = policy.decide(request, reply, 1, kNow);

    // Assert
    QVERIFY2(decision.retry == expected, qPrintable(decision.reason));
}

void TestRetryPolicy::decide_retryAfterSeconds_waitsExactlyThat()
{
    RetryPolicy policy(RetryOptions{3, {100, 1'000}, 30'000}, 3);
    const RetryDecision decision =
        policy.decide(HttpRequest::get(QStringLiteral("/x")), statusReply(429, "7"), 1, kNow);
    QVERIFY(decision.retry);
    QCOMPARE(decision.delayMs, qint64{7'000});
}

void TestRetryPolicy::decide_retryAfterHttpDate_waitsUntilThen()
{
    RetryPolicy policy(RetryOptions{3, {100, 1'000}, 30'000}, 3);
    const RetryDecision decision = policy.decide(HttpRequest::get(QStringLiteral("/x")),
                                                 statusReply(503, "Wed, 25 Nov 2026 12:00:05 GMT"), 1, kNow);
    QVERIFY(decision.retry);
    QCOMPARE(decision.delayMs, qint64{5'000});
}

void TestRetryPolicy::decide_retryAfterBeyondBudget_givesUp()
{
    // Arrange: a 120 s ban is the caller's business, not a silent stall inside the client.
    RetryPolicy policy(RetryOptions{3, {100, 1'000}, 30'000}, 3);

    // Act
    const RetryDecision decision =
        policy.decide(HttpRequest::get(QStringLiteral("/x")), statusReply(429, "120"), 1, kNow);

    // Assert
    QVERIFY(!decision.retry);
}

void TestRetryPolicy::decide_withoutRetryAfter_usesJitteredBackoffWithinCeiling()
{
    // Arrange: Kalshi's 429 carries no Retry-After.
    RetryPolicy policy(RetryOptions{10, {100, 5'000}, 30'000}, 11);
    const Backoff reference(BackoffOptions{100, 5'000});

    // Act / Assert
    for (int attempt = 1; attempt < 8; ++attempt) {
        const RetryDecision decision =
            policy.decide(HttpRequest::get(QStringLiteral("/x")), statusReply(429), attempt, kNow);
        QVERIFY(decision.retry);
        QVERIFY(decision.delayMs >= 0);
        QVERIFY2(decision.delayMs <= reference.ceilingMs(attempt - 1),
                 qPrintable(QStringLiteral("attempt %1 delay %2").arg(attempt).arg(decision.delayMs)));
    }
}

void TestRetryPolicy::decide_afterMaxAttempts_givesUp()
{
    RetryPolicy policy(RetryOptions{3, {100, 1'000}, 30'000}, 3);
    const HttpRequest request = HttpRequest::get(QStringLiteral("/x"));
    QVERIFY(policy.decide(request, statusReply(503), 2, kNow).retry);
    QVERIFY(!policy.decide(request, statusReply(503), 3, kNow).retry);
}

void TestRetryPolicy::decide_requestAskingForOneAttempt_isNotRetried()
{
    RetryPolicy policy(RetryOptions{3, {100, 1'000}, 30'000}, 3);
    HttpRequest request = HttpRequest::get(QStringLiteral("/x"));
    request.retry = false;
    QVERIFY(!policy.decide(request, statusReply(503), 1, kNow).retry);
}

void TestRetryPolicy::none_neverRetries()
{
    RetryPolicy policy = RetryPolicy::none();
    QVERIFY(!policy.decide(HttpRequest::get(QStringLiteral("/x")), transportReply(NetError::ConnectionRefused), 1, kNow)
                 .retry);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "TestRetryPolicy.moc"
