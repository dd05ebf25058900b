#include "venues/sim/SimHttpServer.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QTest>

using namespace orion;

namespace {

// Raw socket exchange, so the server is judged on the bytes it writes, not through an HTTP client's eyes.
QByteArray exchange(quint16 port, const QByteArray& bytes, int expectedResponses = 1, int waitMs = 3'000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(waitMs))
        return {};
    socket.write(bytes);
    QByteArray received;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < waitMs && received.count("HTTP/1.1 ") < expectedResponses
           && socket.state() == QAbstractSocket::ConnectedState) {
        QTest::qWait(5);
        received += socket.readAll();
    }
    // Drain whatever is left of a body after the last status line.
    QTest::qWait(20);
    received += socket.readAll();
    return received;
}

bool closedAfter(quint16 port, const QByteArray& bytes)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(3'000))
        return false;
    socket.write(bytes);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 3'000 && socket.state() == QAbstractSocket::ConnectedState) {
        QTest::qWait(5);
        socket.readAll();
    }
    return socket.state() != QAbstractSocket::ConnectedState;
}

} // namespace

class TestSimHttpServer final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listen_onPortZero_getsLoopbackPort();
    void malformedRequest_gets400AndConnectionCloses();
    void oversizedBody_gets413();
    void pipelinedRequests_areAnsweredInOrder();
    void routeWithParam_receivesDecodedValue();
    void knownPathWrongMethod_gets405WithAllow();
    void delayedResponse_keepsLaterRequestsBehindIt();
    void failNext_answersFixedStatusThenRecovers();
    void connectionClose_header_closesAfterResponse();

private:
    std::unique_ptr<SimHttpServer> m_server;
};

void TestSimHttpServer::init()
{
    m_server = std::make_unique<SimHttpServer>();
    m_server->setLimits(SimHttpLimits{4'096, 64});
    QVERIFY(m_server->listen());
    m_server->route("GET", QStringLiteral("/echo/{word}"), [](const SimHttpRequest& request) {
        return SimHttpResponse::text(200, request.param(QStringLiteral("word")).toUtf8());
    });
    m_server->route("POST", QStringLiteral("/echo/{word}"), [](const SimHttpRequest& request) {
        return SimHttpResponse::text(201, request.body);
    });
}

void TestSimHttpServer::listen_onPortZero_getsLoopbackPort()
{
    QVERIFY(m_server->port() != 0);
    QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
}

void TestSimHttpServer::malformedRequest_gets400AndConnectionCloses()
{
    const QByteArray response = exchange(m_server->port(), "NONSENSE\r\n\r\n");
    QVERIFY2(response.startsWith("HTTP/1.1 400 Bad Request\r\n"), response.constData());
    QVERIFY(response.contains("Connection: close"));
    QVERIFY(closedAfter(m_server->port(), "NONSENSE\r\n\r\n"));
}

void TestSimHttpServer::oversizedBody_gets413()
{
    const QByteArray response =
        exchange(m_server->port(), "POST /echo/a HTTP/1.1\r\nContent-Length: 100\r\n\r\n" + QByteArray(100, 'x'));
    QVERIFY2(response.startsWith("HTTP/1.1 413 "), response.constData());
}

void TestSimHttpServer::pipelinedRequests_areAnsweredInOrder()
{
    const QByteArray response = exchange(m_server->port(),
                                         "GET /echo/one HTTP/1.1\r\n\r\nPOST /echo/x HTTP/1.1\r\nContent-Length: 3\r\n\r\n"
                                         "two",
                                         2);
    const qsizetype first = response.indexOf("one");
    const qsizetype second = response.indexOf("two");
    QVERIFY2(first > 0 && second > first, response.constData());
    QVERIFY(response.contains("HTTP/1.1 201 Created"));
    QCOMPARE(m_server->connectionCount(), 1);
}

void TestSimHttpServer::routeWithParam_receivesDecodedValue()
{
    const QByteArray response = exchange(m_server->port(), "GET /echo/a%20b HTTP/1.1\r\n\r\n");
    QVERIFY2(response.endsWith("\r\n\r\na b"), response.constData());
}

void TestSimHttpServer::knownPathWrongMethod_gets405WithAllow()
{
    const QByteArray response = exchange(m_server->port(), "DELETE /echo/a HTTP/1.1\r\n\r\n");
    QVERIFY2(response.startsWith("HTTP/1.1 405 "), response.constData());
    QVERIFY(response.contains("Allow: GET, POST"));
}

void TestSimHttpServer::delayedResponse_keepsLaterRequestsBehindIt()
{
    // Arrange
    m_server->delayNext(1, 200);
    QElapsedTimer timer;
    timer.start();

    // Act
    const QByteArray response =
        exchange(m_server->port(), "GET /echo/slow HTTP/1.1\r\n\r\nGET /echo/fast HTTP/1.1\r\n\r\n", 2);

    // Assert
    QVERIFY(timer.elapsed() >= 190);
    QVERIFY2(response.indexOf("slow") < response.indexOf("fast"), response.constData());
}

void TestSimHttpServer::failNext_answersFixedStatusThenRecovers()
{
    m_server->failNext(1, SimHttpResponse::text(503, "down"));
    const QByteArray response =
        exchange(m_server->port(), "GET /echo/a HTTP/1.1\r\n\r\nGET /echo/b HTTP/1.1\r\n\r\n", 2);
    QVERIFY2(response.startsWith("HTTP/1.1 503 "), response.constData());
    QVERIFY(response.contains("HTTP/1.1 200 OK"));
}

void TestSimHttpServer::connectionClose_header_closesAfterResponse()
{
    QVERIFY(closedAfter(m_server->port(), "GET /echo/a HTTP/1.1\r\nConnection: close\r\n\r\n"));
}

QTEST_GUILESS_MAIN(TestSimHttpServer)
#include "TestSimHttpServer.moc"
