// ctest-timeout: 60
#include "net/HttpClient.h"
#include "net/MonotonicClock.h"
#include "net/RateLimiter.h"
#include "venues/sim/SimHttpServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace orion;

Q_DECLARE_METATYPE(orion::SimHttpRequest)

namespace {

constexpr int kWaitMs = 5'000;

QStringList g_logLines;

void captureLogLine(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_logLines.append(message);
}

// Sends one request and spins the event loop until its callback ran.
std::optional<HttpReply> sendAndWait(HttpClient& client, HttpRequest request, int waitMs = kWaitMs)
{
    std::optional<HttpReply> result;
    client.send(std::move(request), [&result](const HttpReply& reply) { result = reply; });
    QElapsedTimer timer;
    timer.start();
    while (!result && timer.elapsed() < waitMs)
        QTest::qWait(5);
    return result;
}

} // namespace

class TestHttpClient final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void get_jsonRoute_returnsBodyWithPathParamsAndQuery();
    void postJson_body_arrivesVerbatim();
    void get_unknownPath_is404WithoutRetry();
    void post_badRequest_keepsStatus400AndTheVenuesErrorBody();
    void get_slowServer_timesOutQuickly();
    void get_503Twice_thenSucceedsOnThirdAttempt();
    void post_notIdempotent503_isSentExactlyOnce();
    void post_idempotent503_isRetried();
    void get_429WithRetryAfter_waitsBeforeRetrying();
    void get_429WithoutRetryAfter_retriesAfterBackoff();
    void get_malformedResponse_isTransportErrorNeverSuccess_data();
    void get_malformedResponse_isTransportErrorNeverSuccess();
    void get_connectionDroppedMidRequest_isConnectionError();
    void get_nothingListening_isConnectionRefused();
    void signer_headers_arriveAndAreFreshOnEachAttempt();
    void signer_failure_sendsNothing();
    void rateLimiter_smallBucket_spacesRequestsOut();
    void rateLimiter_costAboveCapacity_failsWithoutSending();
    void get_sequentialRequests_reuseOneConnection();
    void cancel_pendingRequest_neverCallsBack();
    void logs_pathCarryingASecret_showOnlyItsLogPath();

private:
    std::unique_ptr<SimHttpServer> m_server;
    std::unique_ptr<HttpClient> m_client;
    QList<SimHttpRequest> m_received;
    QList<qint64> m_receivedAtMs;
    QElapsedTimer m_clock;
};

void TestHttpClient::init()
{
    m_server = std::make_unique<SimHttpServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_received.clear();
    m_receivedAtMs.clear();
    m_clock.start();
    connect(m_server.get(), &SimHttpServer::requestReceived, this, [this](const SimHttpRequest& request) {
        m_received.append(request);
        m_receivedAtMs.append(m_clock.elapsed());
    });
    m_server->route("GET", QStringLiteral("/api/v2/markets/{ticker}"), [](const SimHttpRequest& request) {
        return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("ticker"), request.param(QStringLiteral("ticker"))},
                                                      {QStringLiteral("depth"), request.queryValue(QStringLiteral("depth"))}});
    });
    m_server->route("POST", QStringLiteral("/api/v2/orders"), [](const SimHttpRequest& request) {
        return SimHttpResponse{201, {{"Content-Type", "application/json"}}, request.body};
    });
    m_server->route("GET", QStringLiteral("/api/v2/ping"), [](const SimHttpRequest&) {
        return SimHttpResponse::json(200, QJsonObject{{QStringLiteral("pong"), true}});
    });

    QUrl base = m_server->baseUrl();
    base.setPath(QStringLiteral("/api/v2"));
    m_client = std::make_unique<HttpClient>(base);
    m_client->setRetryPolicy(RetryPolicy(RetryOptions{3, {20, 100}, 5'000}, 5));
    m_client->setDefaultTimeoutMs(3'000);
}

void TestHttpClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestHttpClient::get_jsonRoute_returnsBodyWithPathParamsAndQuery()
{
    // Arrange
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("depth"), QStringLiteral("10"));

    // Act
    const auto reply = sendAndWait(*m_client, HttpRequest::get(QStringLiteral("/markets/FED-23DEC"), query));

    // Assert
    QVERIFY(reply);
    QVERIFY2(reply->ok(), qPrintable(reply->toError().toString()));
    const Result<QJsonObject> object = reply->jsonObject();
    QVERIFY(object.ok());
    QCOMPARE(object->value(QStringLiteral("ticker")).toString(), QStringLiteral("FED-23DEC"));
    QCOMPARE(object->value(QStringLiteral("depth")).toString(), QStringLiteral("10"));
    QCOMPARE(reply->header("content-type"), QByteArrayLiteral("application/json"));
    QCOMPARE(reply->attempts, 1);
    QCOMPARE(m_received.first().path, QStringLiteral("/api/v2/markets/FED-23DEC"));
}

void TestHttpClient::postJson_body_arrivesVerbatim()
{
    // Arrange
    const QJsonObject order{{QStringLiteral("ticker"), QStringLiteral("X")}, {QStringLiteral("count_fp"), QStringLiteral("1.50")}};

    // Act
    const auto reply = sendAndWait(*m_client, HttpRequest::postJson(QStringLiteral("/orders"), order));

    // Assert
    QVERIFY(reply);
    QCOMPARE(reply->status, 201);
    QCOMPARE(reply->body, QJsonDocument(order).toJson(QJsonDocument::Compact));
    QCOMPARE(m_received.size(), 1);
    QCOMPARE(m_received.first().method, QByteArrayLiteral("POST"));
    QCOMPARE(m_received.first().header("Content-Type"), QByteArrayLiteral("application/json"));
}

void TestHttpClient::get_unknownPath_is404WithoutRetry()
{
    const auto reply = sendAndWait(*m_client, HttpRequest::get(QStringLiteral("/nowhere")));
    QVERIFY(reply);
    QCOMPARE(reply->status, 404);
    QCOMPARE(reply->error, NetError::None);
    QVERIFY(!reply->ok());
    QCOMPARE(reply->toError().code, QStringLiteral("http.404"));
    QCOMPARE(m_received.size(), 1);
}

void TestHttpClient::post_badRequest_keepsStatus400AndTheVenuesErrorBody()
{
    // A venue's 400 carries the reason an order was refused; it must not turn into a transport error.
    const QJsonObject refusal{{QStringLiteral("error"), QStringLiteral("invalid tick size")}};
    m_server->failNext(1, SimHttpResponse::json(400, refusal));

    const auto reply = sendAndWait(*m_client, HttpRequest::postJson(QStringLiteral("/orders"), QJsonObject{}));

    QVERIFY(reply);
    QCOMPARE(reply->status, 400);
    QCOMPARE(reply->error, NetError::None);
    QCOMPARE(reply->jsonObject().value(), refusal);
    QCOMPARE(reply->toError().code, QStringLiteral("http.400"));
}

void TestHttpClient::get_slowServer_timesOutQuickly()
{
    // Arrange
    m_server->setResponseDelayMs(3'000);
    HttpRequest request = HttpRequest::get(QStringLiteral("/ping"));
    request.timeoutMs = 200;
    request.retry = false;

    // Act
    const auto reply = sendAndWait(*m_client, request);

    // Assert
    QVERIFY(reply);
    QCOMPARE(reply->error, NetError::Timeout);
    QCOMPARE(reply->status, 0);
    QVERIFY2(reply->elapsedMs >= 190 && reply->elapsedMs < 1'500, qPrintable(QString::number(reply->elapsedMs)));
}

void TestHttpClient::get_503Twice_thenSucceedsOnThirdAttempt()
{
    // Arrange
    m_server->failNext(2, SimHttpResponse::json(503, QJsonObject{{QStringLiteral("error"), QStringLiteral("busy")}}));

    // Act
    const auto reply = sendAndWait(*m_client, HttpRequest::get(QStringLiteral("/ping")));

    // Assert
    QVERIFY(reply);
    QVERIFY(reply->ok());
    QCOMPARE(reply->attempts, 3);
    QCOMPARE(m_received.size(), 3);
    QCOMPARE(m_client->retriesScheduled(), qint64{2});
}

void TestHttpClient::post_notIdempotent503_isSentExactlyOnce()
{
    // Arrange: a lost order response must never turn into a second order.
    m_server->failNext(5, SimHttpResponse::json(503, QJsonObject{}));

    // Act
    const auto reply = sendAndWait(*m_client, HttpRequest::postJson(QStringLiteral("/orders"), QJsonObject{}));
    QTest::qWait(150); // a wrongly scheduled retry would land within the 100 ms backoff cap

    // Assert
    QVERIFY(reply);
    QCOMPARE(reply->status, 503);
    QCOMPARE(reply->attempts, 1);
    QCOMPARE(m_received.size(), 1);
}

void TestHttpClient::post_idempotent503_isRetried()
{
    // Arrange
    m_server->failNext(1, SimHttpResponse::json(503, QJsonObject{}));
    HttpRequest request = HttpRequest::postJson(QStringLiteral("/orders"),
                                                QJsonObject{{QStringLiteral("client_order_id"), QStringLiteral("c-1")}});
    request.idempotent = true;

    // Act
    const auto reply = sendAndWait(*m_client, request);

    // Assert
    QVERIFY(reply);
    QCOMPARE(reply->status, 201);
    QCOMPARE(m_received.size(), 2);
    QCOMPARE(m_received[0].body, m_received[1].body);
}

void TestHttpClient::get_429WithRetryAfter_waitsBeforeRetrying()
{
    // Arrange
    m_server->failNext(1, SimHttpResponse::json(429, QJsonObject{}).withHeader("Retry-After", "1"));

    // Act
    const auto reply = sendAndWait(*m_client, HttpRequest::get(QStringLiteral("/ping")));

    // Assert
    QVERIFY(reply);
    QVERIFY(reply->ok());
    QCOMPARE(m_received.size(), 2);
    const qint64 gap = m_receivedAtMs[1] - m_receivedAtMs[0];
    QVERIFY2(gap >= 950 && gap < 2'500, qPrintable(QString::number(gap)));
}

void TestHttpClient::get_429WithoutRetryAfter_retriesAfterBackoff()
{
    // Arrange: Kalshi answers 429 with no Retry-After.
    m_server->failNext(2, SimHttpResponse::json(429, QJsonObject{{QStringLiteral("error"), QStringLiteral("too many requests")}}));

    // Act
    const auto reply = sendAndWait(*m_client, HttpRequest::get(QStringLiteral("/ping")));

    // Assert
    QVERIFY(reply);
    QVERIFY(reply->ok());
    QCOMPARE(m_received.size(), 3);
    QVERIFY(m_receivedAtMs[2] - m_receivedAtMs[0] < 1'000);
}

void TestHttpClient::get_malformedResponse_isTransportErrorNeverSuccess_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("not HTTP") << QByteArrayLiteral("THIS IS NOT HTTP\r\n\r\n");
    QTest::newRow("truncated body") << QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Length: 50\r\n\r\n{\"price\":");
    QTest::newRow("bad status code") << QByteArrayLiteral("HTTP/1.1 2x0 OK\r\nContent-Length: 2\r\n\r\n{}");
}

void TestHttpClient::get_malformedResponse_isTransportErrorNeverSuccess()
{
    // Arrange: Qt resends an idempotent request on a broken response, so every attempt gets the bad bytes.
    QFETCH(QByteArray, raw);
    m_server->sendRawNext(10, raw);
    HttpRequest request = HttpRequest::get(QStringLiteral("/ping"));
    request.retry = false;

    // Act
    const auto reply = sendAndWait(*m_client, request);

    // Assert: a half-read or unparsable answer must never look like a 200 with a body.
    QVERIFY(reply);
    QVERIFY(!reply->ok());
    QVERIFY2(reply->error == NetError::Protocol || reply->error == NetError::ConnectionClosed,
             qPrintable(netErrorName(reply->error) + QStringLiteral(": ") + reply->errorMessage));
    QCOMPARE(reply->status, 0);
}

void TestHttpClient::get_connectionDroppedMidRequest_isConnectionError()
{
    // Arrange: every attempt is read and then the connection is cut.
    m_server->dropNext(100);

    // Act
    const auto reply = sendAndWait(*m_client, HttpRequest::get(QStringLiteral("/ping")));

    // Assert
    QVERIFY(reply);
    QCOMPARE(reply->error, NetError::ConnectionClosed);
    QCOMPARE(reply->attempts, 3);
    QVERIFY(m_received.size() >= 3);
}

void TestHttpClient::get_nothingListening_isConnectionRefused()
{
    // Arrange
    const QUrl base = m_server->baseUrl();
    m_server.reset();
    HttpClient client(base);
    client.setRetryPolicy(RetryPolicy::none());

    // Act
    const auto reply = sendAndWait(client, HttpRequest::get(QStringLiteral("/ping")));

    // Assert
    QVERIFY(reply);
    QCOMPARE(reply->error, NetError::ConnectionRefused);
}

void TestHttpClient::signer_headers_arriveAndAreFreshOnEachAttempt()
{
    // Arrange
    int calls = 0;
    QList<QByteArray> signedPaths;
    m_client->setSigner([&](const QByteArray& method, const QString& path, const QByteArray& body) -> Result<HttpHeaders> {
        ++calls;
        signedPaths.append(method + ' ' + path.toUtf8() + ' ' + body);
        return HttpHeaders{{"KALSHI-ACCESS-KEY", "key-1"}, {"KALSHI-ACCESS-TIMESTAMP", QByteArray::number(calls)}};
    });
    m_server->failNext(1, SimHttpResponse::json(500, QJsonObject{}));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("depth"), QStringLiteral("5"));

    // Act
    const auto reply = sendAndWait(*m_client, HttpRequest::get(QStringLiteral("/markets/ABC"), query));

    // Assert: the signed path is the wire path without the query, re-signed on the retry.
    QVERIFY(reply && reply->ok());
    QCOMPARE(calls, 2);
    QCOMPARE(signedPaths.first(), QByteArrayLiteral("GET /api/v2/markets/ABC "));
    QCOMPARE(m_received.size(), 2);
    QCOMPARE(m_received[0].header("kalshi-access-key"), QByteArrayLiteral("key-1"));
    QCOMPARE(m_received[0].header("KALSHI-ACCESS-TIMESTAMP"), QByteArrayLiteral("1"));
    QCOMPARE(m_received[1].header("KALSHI-ACCESS-TIMESTAMP"), QByteArrayLiteral("2"));
}

void TestHttpClient::signer_failure_sendsNothing()
{
    // Arrange
    m_client->setSigner([](const QByteArray&, const QString&, const QByteArray&) -> Result<HttpHeaders> {
        return makeError(QStringLiteral("crypto.key"), QStringLiteral("private key unavailable"));
    });

    // Act
    const auto reply = sendAndWait(*m_client, HttpRequest::get(QStringLiteral("/ping")));

    // Assert
    QVERIFY(reply);
    QCOMPARE(reply->error, NetError::Signing);
    QVERIFY(reply->errorMessage.contains(QStringLiteral("private key unavailable")));
    QCOMPARE(m_received.size(), 0);
}

void TestHttpClient::rateLimiter_smallBucket_spacesRequestsOut()
{
    // Arrange: one token, five per second: three requests need at least 400 ms.
    MonotonicClock clock;
    RateLimiter limiter(clock);
    limiter.configure(QStringLiteral("read"), 1, 5);
    m_client->setRateLimiter(&limiter);
    int done = 0;

    // Act
    for (int i = 0; i < 3; ++i) {
        HttpRequest request = HttpRequest::get(QStringLiteral("/ping"));
        request.rateClass = QStringLiteral("read");
        m_client->send(request, [&done](const HttpReply& reply) { done += reply.ok() ? 1 : 0; });
    }
    QTRY_COMPARE_WITH_TIMEOUT(done, 3, kWaitMs);

    // Assert
    QCOMPARE(m_received.size(), 3);
    const qint64 span = m_receivedAtMs[2] - m_receivedAtMs[0];
    QVERIFY2(span >= 380, qPrintable(QString::number(span)));
    m_client->setRateLimiter(nullptr);
}

void TestHttpClient::rateLimiter_costAboveCapacity_failsWithoutSending()
{
    // Arrange
    MonotonicClock clock;
    RateLimiter limiter(clock);
    limiter.configure(QStringLiteral("write"), 100, 100);
    m_client->setRateLimiter(&limiter);
    HttpRequest request = HttpRequest::postJson(QStringLiteral("/orders"), QJsonObject{});
    request.rateClass = QStringLiteral("write");
    request.cost = 250;

    // Act
    const auto reply = sendAndWait(*m_client, request);

    // Assert
    QVERIFY(reply);
    QCOMPARE(reply->error, NetError::RateLimited);
    QCOMPARE(m_received.size(), 0);
    m_client->setRateLimiter(nullptr);
}

void TestHttpClient::get_sequentialRequests_reuseOneConnection()
{
    for (int i = 0; i < 5; ++i) {
        const auto reply = sendAndWait(*m_client, HttpRequest::get(QStringLiteral("/ping")));
        QVERIFY(reply && reply->ok());
    }
    QCOMPARE(m_server->connectionCount(), 1);
}

void TestHttpClient::cancel_pendingRequest_neverCallsBack()
{
    // Arrange
    m_server->setResponseDelayMs(300);
    bool called = false;
    const auto id = m_client->send(HttpRequest::get(QStringLiteral("/ping")), [&called](const HttpReply&) { called = true; });

    // Act
    const bool cancelled = m_client->cancel(id);
    QTest::qWait(500);

    // Assert
    QVERIFY(cancelled);
    QVERIFY(!called);
    QCOMPARE(m_client->pendingCount(), 0);
}


void TestHttpClient::logs_pathCarryingASecret_showOnlyItsLogPath()
{
    // Arrange: a Telegram-style path with the bot token in it, and every orion.net line captured (debug included)
    const QString token = QStringLiteral("7771234:AAE-secret-bot-token");
    HttpRequest request = HttpRequest::get(QStringLiteral("/bot") + token + QStringLiteral("/getMe"));
    request.logPath = QStringLiteral("/bot<token>/getMe");
    g_logLines.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("orion.net.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureLogLine);

    // Act
    const auto reply = sendAndWait(*m_client, std::move(request));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    // Assert: the request went out with the token, and the logs name the call without it
    QVERIFY(reply);
    QCOMPARE(m_received.size(), 1);
    QVERIFY(m_received.first().path.contains(token));
    QVERIFY2(!g_logLines.isEmpty(), "the client logged nothing at debug level");
    QVERIFY(g_logLines.join(QLatin1Char('\n')).contains(QStringLiteral("/bot<token>/getMe")));
    for (const QString& line : std::as_const(g_logLines))
        QVERIFY2(!line.contains(QStringLiteral("secret-bot-token")), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestHttpClient)
#include "TestHttpClient.moc"
