// ctest-labels: conformance kalshi
// ctest-timeout: 600
//
// Proves the simulator speaks Kalshi's real protocol: the official kalshi-typescript client (installed with npm into
// the build tree at test time) signs its own requests, lists markets page by page, reads a book and the balance, and
// places and cancels a V2 order against the simulator. Skipped only when node or npm is not installed.
#include "KalshiSimFixture.h"
#include "venues/sim/SimHttpServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace orion;
using orion::test::KalshiSimFixture;

namespace {

const QString kPackage = QStringLiteral("kalshi-typescript@3.30.0");

// Runs a process while the event loop keeps serving the simulator. Exit code, or -1 on timeout / failure to start.
int run(QProcess& process, const QString& program, const QStringList& arguments, int timeoutMs)
{
    process.start(program, arguments);
    if (!process.waitForStarted(10'000))
        return -1;
    QElapsedTimer timer;
    timer.start();
    while (process.state() != QProcess::NotRunning && timer.elapsed() < timeoutMs)
        QTest::qWait(20);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5'000);
        return -1;
    }
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

class TestKalshiConformance final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void officialTypescriptClient_listsReadsPlacesAndCancels();

private:
    QString m_node;
    QString m_npm;
    QString m_prefix;
};

void TestKalshiConformance::initTestCase()
{
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    m_npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (m_node.isEmpty() || m_npm.isEmpty())
        QSKIP("node or npm is not installed: the kalshi-typescript conformance test cannot run");
    m_prefix = QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../conformance"));
    QVERIFY(QDir().mkpath(m_prefix));
    QProcess npm;
    npm.setProcessChannelMode(QProcess::MergedChannels);
    const int code = run(npm, m_npm,
                         {QStringLiteral("install"), QStringLiteral("--prefix"), m_prefix, QStringLiteral("--no-audit"),
                          QStringLiteral("--no-fund"), kPackage},
                         300'000);
    QVERIFY2(code == 0, qPrintable(QStringLiteral("npm install %1 failed: ").arg(kPackage)
                                   + QString::fromUtf8(npm.readAll().right(2'000))));
}

void TestKalshiConformance::officialTypescriptClient_listsReadsPlacesAndCancels()
{
    KalshiSimFixture sim;
    QVERIFY(sim.ok());
    QProcess node;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("NODE_PATH"), QDir(m_prefix).absoluteFilePath(QStringLiteral("node_modules")));
    environment.insert(QStringLiteral("KALSHI_BASE"), sim.server().restBaseUrl().toString());
    environment.insert(QStringLiteral("KALSHI_KEY_ID"), KalshiSimFixture::kKeyA);
    environment.insert(QStringLiteral("KALSHI_PRIVATE_KEY"), test::dataPath(QStringLiteral("keys/test-only-rsa2048-a-pkcs8.pem")));
    environment.insert(QStringLiteral("KALSHI_TICKER"), QStringLiteral("KXFEDDECISION-27JAN-H0"));
    node.setProcessEnvironment(environment);
    const int requestsBefore = sim.server().http().requestCount();

    const int code = run(node, m_node,
                         {test::sourcePath(QStringLiteral("tests/conformance/kalshi/kalshi-typescript-conformance.js"))},
                         60'000);

    const QByteArray output = node.readAllStandardOutput();
    const QByteArray errors = node.readAllStandardError();
    QVERIFY2(code == 0, qPrintable(QString::fromUtf8(errors.right(2'000))));
    const QJsonObject seen = QJsonDocument::fromJson(output.trimmed()).object();
    QCOMPARE(seen.value(QStringLiteral("markets")).toInt(), 4);
    QCOMPARE(seen.value(QStringLiteral("bestYesBid")).toString(), QStringLiteral("0.5600"));
    QCOMPARE(seen.value(QStringLiteral("balance")).toInteger(), 1'000'000);
    QCOMPARE(seen.value(QStringLiteral("status")).toString(), QStringLiteral("canceled"));
    QVERIFY(sim.server().http().requestCount() - requestsBefore >= 7);
    // The signed calls reached the account of the registered key.
    QCOMPARE(sim.exchange().account(KalshiSimFixture::kKeyA)->heldMicros(), 0);
}

QTEST_GUILESS_MAIN(TestKalshiConformance)
#include "TestKalshiConformance.moc"
