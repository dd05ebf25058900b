// ctest-labels: sim
// orion-venue-sim --scenario with a both-venue scenario: both venues' services are printed, Gamma lists the
// scenario's Polymarket markets, and the scripted path moves the CLOB book in real time after "ready".
#include "TestData.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString kFedYes = QStringLiteral("71321045679252212594626385532706912750332728571942532289631379312455583992563");

} // namespace

class TestVenueSimScenarioProgram final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void bothVenueScenario_printsEveryServiceAndGammaListsItsMarkets();
    void bothVenueScenario_scriptedPathMovesTheClobBookAfterReady();
    void badPolymarketSection_exitsWithMessageNamingTheKey();

private:
    bool startScenario();
    QUrl service(const QByteArray& name) const;
    QByteArray get(const QUrl& url, int* status = nullptr);

    QString m_program;
    QProcess m_process;
    QByteArray m_output;
    QNetworkAccessManager m_network;
};

void TestVenueSimScenarioProgram::initTestCase()
{
    m_program = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../app/venue-sim/orion-venue-sim"));
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(QStringLiteral("build orion-venue-sim first: ") + m_program));
}

void TestVenueSimScenarioProgram::cleanup()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3'000);
    }
    m_output.clear();
}

bool TestVenueSimScenarioProgram::startScenario()
{
    m_process.start(m_program, {QStringLiteral("--scenario"), orion::test::dataPath(QStringLiteral("sim/scenario-both-venues.yaml")),
                                QStringLiteral("--kalshi-port"), QStringLiteral("0"), QStringLiteral("--polymarket-port"),
                                QStringLiteral("0")});
    if (!m_process.waitForStarted(5'000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (!m_output.contains("ready\n") && timer.elapsed() < 10'000 && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
        m_output += m_process.readAllStandardOutput();
    }
    return m_output.contains("ready\n");
}

QUrl TestVenueSimScenarioProgram::service(const QByteArray& name) const
{
    for (const QByteArray& line : m_output.split('\n')) {
        if (line.startsWith(QByteArray(name + ' ')))
            return QUrl(QString::fromUtf8(line.mid(name.size() + 1)));
    }
    return {};
}

QByteArray TestVenueSimScenarioProgram::get(const QUrl& url, int* status)
{
    QNetworkReply* reply = m_network.get(QNetworkRequest(url));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(5'000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

void TestVenueSimScenarioProgram::bothVenueScenario_printsEveryServiceAndGammaListsItsMarkets()
{
    // Arrange / Act
    QVERIFY2(startScenario(), m_output.constData());

    // Assert
    for (const QByteArray& name : {QByteArrayLiteral("kalshi-rest"), QByteArrayLiteral("kalshi-ws"),
                                  QByteArrayLiteral("polymarket-clob"), QByteArrayLiteral("polymarket-gamma"),
                                  QByteArrayLiteral("polymarket-ws")}) {
        const QUrl url = service(name);
        QVERIFY2(url.isValid() && url.host() == QStringLiteral("127.0.0.1") && url.port() > 0, name.constData());
    }
    QUrl markets = service("polymarket-gamma");
    markets.setPath(QStringLiteral("/markets"));
    int status = 0;
    const QJsonArray list = QJsonDocument::fromJson(get(markets, &status)).array();
    QCOMPARE(status, 200);
    QStringList questions;
    for (const QJsonValue& market : list)
        questions.append(market.toObject().value(QStringLiteral("question")).toString());
    QVERIFY2(questions.contains(QStringLiteral("Will the Fed hold rates in December 2026?")), qPrintable(questions.join(u'|')));
    QCOMPARE(questions.size(), 2); // the scenario's markets, not the built-in demo ones
    QUrl kalshiMarket = service("kalshi-rest");
    kalshiMarket.setPath(kalshiMarket.path() + QStringLiteral("/markets/KXFEDDECISION-26DEC-H0"));
    get(kalshiMarket, &status);
    QCOMPARE(status, 200);
}

void TestVenueSimScenarioProgram::bothVenueScenario_scriptedPathMovesTheClobBookAfterReady()
{
    // Arrange
    QVERIFY2(startScenario(), m_output.constData());
    QUrl book = service("polymarket-clob");
    book.setPath(QStringLiteral("/book"));
    book.setQuery(QStringLiteral("token_id=") + kFedYes);
    const auto bestBid = [&] {
        double best = 0;
        for (const QJsonValue& level : QJsonDocument::fromJson(get(book)).object().value(QStringLiteral("bids")).toArray())
            best = std::max(best, level.toObject().value(QStringLiteral("price")).toString().toDouble());
        return qRound(best * 100);
    };

    // Act: the path re-quotes 0.50/0.52 two seconds after "ready".
    const int opening = bestBid();
    QElapsedTimer timer;
    timer.start();
    int later = opening;
    while (later != 50 && timer.elapsed() < 8'000) {
        QTest::qWait(200);
        later = bestBid();
    }

    // Assert
    QCOMPARE(opening, 55);
    QCOMPARE(later, 50);
}

void TestVenueSimScenarioProgram::badPolymarketSection_exitsWithMessageNamingTheKey()
{
    // Arrange
    const QString path = QDir::temp().absoluteFilePath(
        QStringLiteral("orion-bad-both-venues-%1.yaml").arg(QCoreApplication::applicationPid()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("polymarket:\n  markets:\n    - question: Q\n"
               "      condition_id: \"0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"\n"
               "      yes_token_id: \"1\"\n      no_token_id: \"2\"\n      tick_size: \"0.05\"\n");
    file.close();

    // Act
    m_process.start(m_program, {QStringLiteral("--scenario"), path});
    const bool finished = m_process.waitForFinished(5'000);
    QFile::remove(path);

    // Assert
    QVERIFY(finished);
    QCOMPARE(m_process.exitCode(), 2);
    QVERIFY(m_process.readAllStandardError().contains("polymarket.markets[0].tick_size"));
}

QTEST_GUILESS_MAIN(TestVenueSimScenarioProgram)
#include "TestVenueSimScenarioProgram.moc"
