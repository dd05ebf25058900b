// ctest-timeout: 60
#include "net/WsConnection.h"
#include "venues/sim/SimWebSocketServer.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace orion;

namespace {

constexpr int kWaitMs = 5'000;

} // namespace

class TestWsConnection final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void open_withAuthHeaders_serverSeesThem();
    void messages_roundTrip_bothWays();
    void serverDrops_emitsContinuityLostThenReconnects();
    void serverRefusing_reconnectDelaysGrowWithinBackoffCeilings();
    void frozenStream_pingsAnswered_isDeclaredStaleAndReconnects();
    void pingText_isSentEveryInterval_andPongIsNotData();
    void authRefused_reportsServerReason();
    void close_stopsReconnecting();
    void maxReconnectAttempts_reached_givesUp();

private:
    WsOptions optionsFor(int staleAfterMs = 0) const;

    std::unique_ptr<SimWebSocketServer> m_server;
};

void TestWsConnection::init()
{
    m_server = std::make_unique<SimWebSocketServer>();
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_server->setTextPingReply(QStringLiteral("PING"), QStringLiteral("PONG"));
}

void TestWsConnection::cleanup()
{
    m_server.reset();
}

WsOptions TestWsConnection::optionsFor(int staleAfterMs) const
{
    WsOptions options;
    options.url = m_server->url();
    options.url.setPath(QStringLiteral("/ws/market"));
    options.pingText = QStringLiteral("PING");
    options.pongText = QStringLiteral("PONG");
    options.pingIntervalMs = 50;
    options.staleAfterMs = staleAfterMs;
    options.connectTimeoutMs = 2'000;
    options.reconnectBackoff = BackoffOptions{40, 400};
    options.seed = 17;
    return options;
}

void TestWsConnection::open_withAuthHeaders_serverSeesThem()
{
    // Arrange
    WsOptions options = optionsFor();
    options.headers.append({QByteArrayLiteral("Origin-Tag"), QByteArrayLiteral("orion")});
    int signs = 0;
    options.handshakeSigner = [&signs]() -> Result<HttpHeaders> {
        ++signs;
        return HttpHeaders{{"KALSHI-ACCESS-KEY", "key-7"}, {"KALSHI-ACCESS-TIMESTAMP", QByteArray::number(signs)}};
    };
    WsConnection connection(options);
    QSignalSpy connected(&connection, &WsConnection::connected);
    QSignalSpy serverSide(m_server.get(), &SimWebSocketServer::clientConnected);

    // Act
    connection.open();

    // Assert
    QVERIFY(connected.wait(kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(serverSide.size(), 1, kWaitMs);
    const auto client = serverSide.first().first().value<SimWebSocketServer::ClientId>();
    QCOMPARE(m_server->upgradeHeader(client, "kalshi-access-key"), QByteArrayLiteral("key-7"));
    QCOMPARE(m_server->upgradeHeader(client, "KALSHI-ACCESS-TIMESTAMP"), QByteArrayLiteral("1"));
    QCOMPARE(m_server->upgradeHeader(client, "Origin-Tag"), QByteArrayLiteral("orion"));
    QCOMPARE(m_server->upgradeRequest(client).url().path(), QStringLiteral("/ws/market"));
}

void TestWsConnection::messages_roundTrip_bothWays()
{
    // Arrange
    WsConnection connection(optionsFor());
    QSignalSpy received(&connection, &WsConnection::messageReceived);
    QSignalSpy serverReceived(m_server.get(), &SimWebSocketServer::textMessageReceived);
    QSignalSpy serverSide(m_server.get(), &SimWebSocketServer::clientConnected);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(serverSide.size(), 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), kWaitMs);
    const auto client = serverSide.first().first().value<SimWebSocketServer::ClientId>();

    // Act
    QVERIFY(connection.sendText(QStringLiteral(R"({"id":1,"cmd":"subscribe"})")));
    QVERIFY(m_server->sendText(client, QStringLiteral(R"({"type":"orderbook_snapshot","seq":1})")));

    // Assert
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, kWaitMs);
    QCOMPARE(received.first().first().toString(), QStringLiteral(R"({"type":"orderbook_snapshot","seq":1})"));
    QTRY_COMPARE_WITH_TIMEOUT(serverReceived.size(), 1, kWaitMs);
    QCOMPARE(serverReceived.first().at(1).toString(), QStringLiteral(R"({"id":1,"cmd":"subscribe"})"));
    QCOMPARE(connection.messagesReceived(), qint64{1});
}

void TestWsConnection::serverDrops_emitsContinuityLostThenReconnects()
{
    // Arrange
    WsConnection connection(optionsFor());
    QSignalSpy connected(&connection, &WsConnection::connected);
    QSignalSpy lost(&connection, &WsConnection::continuityLost);
    QSignalSpy disconnected(&connection, &WsConnection::disconnected);
    QSignalSpy scheduled(&connection, &WsConnection::reconnectScheduled);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->clientCount(), 1, kWaitMs);

    // Act
    m_server->dropAll();

    // Assert
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, kWaitMs);
    QCOMPARE(disconnected.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, kWaitMs);
    QCOMPARE(scheduled.size(), 1);
    QCOMPARE(scheduled.first().at(0).toInt(), 1);
    QVERIFY(scheduled.first().at(1).toLongLong() <= 40);
    QCOMPARE(connection.reconnectCount(), 1);
    QCOMPARE(m_server->connectionsAccepted(), 2);
}

void TestWsConnection::serverRefusing_reconnectDelaysGrowWithinBackoffCeilings()
{
    // Arrange
    WsConnection connection(optionsFor());
    QSignalSpy connected(&connection, &WsConnection::connected);
    QSignalSpy scheduled(&connection, &WsConnection::reconnectScheduled);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->clientCount(), 1, kWaitMs);

    // Act: the venue is down for four attempts, then back.
    QVERIFY(m_server->setAcceptingConnections(false));
    m_server->dropAll();
    QTRY_VERIFY_WITH_TIMEOUT(scheduled.size() >= 4, kWaitMs);
    QVERIFY(m_server->setAcceptingConnections(true));

    // Assert
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, kWaitMs);
    const Backoff ceilings(BackoffOptions{40, 400});
    for (int i = 0; i < scheduled.size(); ++i) {
        const int attempt = scheduled.at(i).at(0).toInt();
        const qint64 delay = scheduled.at(i).at(1).toLongLong();
        QCOMPARE(attempt, i + 1);
        QVERIFY2(delay >= 0 && delay <= ceilings.ceilingMs(attempt - 1),
                 qPrintable(QStringLiteral("attempt %1 delay %2").arg(attempt).arg(delay)));
    }
    QVERIFY(connection.reconnectAttempts() >= 4);
    QCOMPARE(connection.reconnectCount(), 1);
}

void TestWsConnection::frozenStream_pingsAnswered_isDeclaredStaleAndReconnects()
{
    // Arrange: the server streams a book update every 30 ms to every live client.
    WsConnection connection(optionsFor(300));
    QSignalSpy connected(&connection, &WsConnection::connected);
    QSignalSpy stale(&connection, &WsConnection::stale);
    QSignalSpy lost(&connection, &WsConnection::continuityLost);
    QSignalSpy received(&connection, &WsConnection::messageReceived);
    QTimer feed;
    connect(&feed, &QTimer::timeout, this, [this] { m_server->broadcastText(QStringLiteral(R"({"event_type":"book"})")); });
    feed.start(30);
    connection.open();
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 5, kWaitMs);
    QCOMPARE(stale.size(), 0);
    const auto client = m_server->clientIds().first();
    const int pingsBefore = m_server->textPingsReceived(client);

    // Act: the feed freezes for this client only; pings keep being answered.
    m_server->freeze(client);

    // Assert
    QTRY_COMPARE_WITH_TIMEOUT(stale.size(), 1, kWaitMs);
    QVERIFY(stale.first().first().toLongLong() >= 300);
    QCOMPARE(lost.size(), 1);
    QVERIFY2(m_server->textPingsReceived() > pingsBefore + 2, "pings should have continued during the freeze");
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, kWaitMs);
    const qsizetype beforeResume = received.size();
    QTRY_VERIFY_WITH_TIMEOUT(received.size() > beforeResume + 3, kWaitMs);
    QCOMPARE(connection.staleCount(), 1);
}

void TestWsConnection::pingText_isSentEveryInterval_andPongIsNotData()
{
    // Arrange
    WsOptions options = optionsFor();
    options.pingIntervalMs = 100;
    WsConnection connection(options);
    QSignalSpy received(&connection, &WsConnection::messageReceived);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), kWaitMs);

    // Act
    QTest::qWait(550);

    // Assert: about five pings in 550 ms; every PONG swallowed.
    QVERIFY2(m_server->textPingsReceived() >= 3 && m_server->textPingsReceived() <= 7,
             qPrintable(QString::number(m_server->textPingsReceived())));
    QCOMPARE(received.size(), 0);
    QVERIFY(connection.pingsSent() >= 3);
}

void TestWsConnection::authRefused_reportsServerReason()
{
    // Arrange
    m_server->setAuthenticator([](const QNetworkRequest& upgrade) {
        return upgrade.hasRawHeader("KALSHI-ACCESS-KEY") ? QString() : QStringLiteral("invalid credentials");
    });
    WsConnection connection(optionsFor());
    QSignalSpy disconnected(&connection, &WsConnection::disconnected);

    // Act
    connection.open();

    // Assert
    QTRY_VERIFY_WITH_TIMEOUT(disconnected.size() >= 1, kWaitMs);
    QVERIFY2(disconnected.first().first().toString().contains(QStringLiteral("invalid credentials")),
             qPrintable(disconnected.first().first().toString()));
    QCOMPARE(m_server->clientCount(), 0);
    connection.close();
}

void TestWsConnection::close_stopsReconnecting()
{
    // Arrange
    WsConnection connection(optionsFor());
    QSignalSpy lost(&connection, &WsConnection::continuityLost);
    QSignalSpy disconnected(&connection, &WsConnection::disconnected);
    connection.open();
    QTRY_VERIFY_WITH_TIMEOUT(connection.isConnected(), kWaitMs);

    // Act
    connection.close();
    QTest::qWait(300);

    // Assert
    QCOMPARE(disconnected.size(), 1);
    QCOMPARE(lost.size(), 0);
    QCOMPARE(connection.state(), WsConnection::State::Idle);
    QCOMPARE(m_server->connectionsAccepted(), 1);
    QVERIFY(!connection.sendText(QStringLiteral("x")));
}

void TestWsConnection::maxReconnectAttempts_reached_givesUp()
{
    // Arrange
    WsOptions options = optionsFor();
    options.maxReconnectAttempts = 2;
    options.url.setPort(1); // nothing listens on port 1 of loopback
    WsConnection connection(options);
    QSignalSpy gaveUp(&connection, &WsConnection::gaveUp);
    QSignalSpy connected(&connection, &WsConnection::connected);

    // Act
    connection.open();

    // Assert
    QTRY_COMPARE_WITH_TIMEOUT(gaveUp.size(), 1, kWaitMs);
    QCOMPARE(connected.size(), 0);
    QCOMPARE(connection.reconnectAttempts(), 2);
    QCOMPARE(connection.state(), WsConnection::State::Idle);
}

QTEST_GUILESS_MAIN(TestWsConnection)
#include "TestWsConnection.moc"
