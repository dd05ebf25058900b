// ctest-labels: kalshi
// The orion-venue-sim program: a scenario file, a registered key, printed URLs, a clean stop on SIGTERM.
#include "KalshiSimFixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace orion;
using orion::test::KalshiSimFixture;

class TestVenueSimProgram final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void scenarioFile_servesItsMarketsFeesBalanceAndGhostOrders();
    void badScenario_exitsWithMessageNamingTheKey();
    void polymarketServices_arePrintedAndGammaListsMarkets();

private:
    bool startProgram(const QStringList& arguments);

    QString m_program;
    QProcess m_process;
    QUrl m_rest;
    QByteArray m_output;
};

void TestVenueSimProgram::initTestCase()
{
    m_program = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../app/venue-sim/orion-venue-sim"));
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(QStringLiteral("build orion-venue-sim first: ") + m_program));
}

void TestVenueSimProgram::cleanup()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3'000);
    }
}

bool TestVenueSimProgram::startProgram(const QStringList& arguments)
{
    m_process.start(m_program, arguments);
    if (!m_process.waitForStarted(5'000))
        return false;
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (!output.contains("ready\n") && timer.elapsed() < 10'000 && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        output += m_process.readAllStandardOutput();
    }
    m_output = output;
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith("kalshi-rest "))
            m_rest = QUrl(QString::fromUtf8(line.mid(12)));
    }
    return output.contains("kalshi-ws ws://127.0.0.1:") && m_rest.isValid();
}

void TestVenueSimProgram::scenarioFile_servesItsMarketsFeesBalanceAndGhostOrders()
{
    QVERIFY(startProgram({QStringLiteral("--scenario"), test::dataPath(QStringLiteral("kalshi/scenario-small.yaml")),
                          QStringLiteral("--kalshi-key"),
                          QStringLiteral("key-a=") + test::dataPath(QStringLiteral("keys/test-only-rsa2048-a-public.pem"))}));
    SystemClock clock;
    KalshiRestClient client(m_rest, KalshiSimFixture::signer(QStringLiteral("key-a"),
                                                             QStringLiteral("keys/test-only-rsa2048-a-pkcs8.pem"), clock),
                            clock);

    const auto markets = KalshiSimFixture::wait<QList<KalshiMarket>>([&](auto done) { client.getAllMarkets({}, done); });
    const auto series = KalshiSimFixture::wait<KalshiSeries>([&](auto done) { client.getSeries(QStringLiteral("KXTEST"), done); });
    const auto balance = KalshiSimFixture::wait<KalshiBalance>([&](auto done) { client.getBalance(done); });
    KalshiOrderRequest crossing;
    crossing.ticker = QStringLiteral("KXTEST-27JAN-B");
    crossing.bid = true;
    crossing.yesPrice = Price::fromMicros(300'000);
    crossing.count = Quantity::fromContracts(1);
    crossing.timeInForce = QStringLiteral("good_till_canceled");
    crossing.clientOrderId = QStringLiteral("ghost");
    const auto ghost = KalshiSimFixture::wait<KalshiCreateOrderAck>([&](auto done) { client.createOrder(crossing, done); });

    QVERIFY(markets.ok());
    QCOMPARE(markets->size(), 2);
    QCOMPARE(series->feeType, QStringLiteral("quadratic_with_maker_fees"));
    QCOMPARE(series->feeMultiplier, Ratio::fromPpm(500'000));
    QCOMPARE(balance->balance, Cash::fromMicros(250'000'000));
    QVERIFY(ghost.ok());
    QCOMPARE(ghost->fillCount, Quantity::zero()); // crosses the 0.25 ask, yet never fills
    QCOMPARE(ghost->remainingCount, Quantity::fromContracts(1));

    ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
    QVERIFY(m_process.waitForFinished(5'000));
    QCOMPARE(m_process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(m_process.exitCode(), 0);
}

void TestVenueSimProgram::badScenario_exitsWithMessageNamingTheKey()
{
    const QString path = QDir::temp().absoluteFilePath(QStringLiteral("orion-bad-scenario-%1.yaml").arg(QCoreApplication::applicationPid()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("markets:\n  - ticker: A\n    event_ticker: E\n    tick: \"0.03\"\n");
    file.close();

    m_process.start(m_program, {QStringLiteral("--scenario"), path});
    QVERIFY(m_process.waitForFinished(5'000));
    QFile::remove(path);

    QCOMPARE(m_process.exitCode(), 2);
    QVERIFY(m_process.readAllStandardError().contains("A.tick"));
}

void TestVenueSimProgram::polymarketServices_arePrintedAndGammaListsMarkets()
{
    QVERIFY(startProgram({}));
    QUrl gamma;
    for (const QByteArray& line : m_output.split('\n')) {
        if (line.startsWith("polymarket-gamma "))
            gamma = QUrl(QString::fromUtf8(line.mid(17)));
    }
    QVERIFY2(gamma.isValid() && gamma.host() == QStringLiteral("127.0.0.1"), m_output.constData());
    QVERIFY(m_output.contains("polymarket-clob http://127.0.0.1:"));
    QVERIFY(m_output.contains("polymarket-ws ws://127.0.0.1:"));

    QNetworkAccessManager network;
    QUrl markets = gamma;
    QString base = markets.path();
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    markets.setPath(base + QStringLiteral("/markets"));
    QNetworkReply* reply = network.get(QNetworkRequest(markets));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(5'000));

    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonDocument body = QJsonDocument::fromJson(reply->readAll());
    QVERIFY(body.isArray());
    QVERIFY(!body.array().isEmpty());
    reply->deleteLater();
}

QTEST_GUILESS_MAIN(TestVenueSimProgram)
#include "TestVenueSimProgram.moc"
