// The README's promise, run as a user runs it: `orion --no-gui --demo` on a machine with no accounts and no
// internet finds and paper-trades arbitrage within seconds, stops cleanly on SIGTERM, and `orion report` then
// shows the hedged trades from the database.
// ctest-labels: simulator
// ctest-timeout: 180
#include "OrionTestConfig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestDemoCommand final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void demo_headless_paperTradesWithinSeconds_thenReportShowsHedgedTrades();

private:
    QProcess* startOrion(const QStringList& arguments);
    QString writeConfig();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDemoCommand::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestDemoCommand::writeConfig()
{
    const QString path = m_dir->path() + QStringLiteral("/config.yaml");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write("database:\n  url: sqlite:///" + m_dir->path().toUtf8() + "/orion.db\n");
    return path;
}

QProcess* TestDemoCommand::startOrion(const QStringList& arguments)
{
    auto* process = new QProcess(this);
    process->setWorkingDirectory(m_dir->path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->path() + QStringLiteral("/xdg"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->path() + QStringLiteral("/data"));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(ORION_APP_PATH), arguments);
    return process;
}

void TestDemoCommand::demo_headless_paperTradesWithinSeconds_thenReportShowsHedgedTrades()
{
    const QString config = writeConfig();
    QProcess* orion = startOrion({QStringLiteral("--no-gui"), QStringLiteral("--demo"), QStringLiteral("--config"),
                                  config});
    QVERIFY(orion->waitForStarted());
    QByteArray output;
    QElapsedTimer sinceStart;
    sinceStart.start();
    const bool traded = QTest::qWaitFor([&] {
        output += orion->readAllStandardError();
        return output.contains("contracts on both legs");
    }, 90'000);
    QVERIFY2(traded, output.right(4000).constData());
    qInfo("first hedged paper trade %lld ms after start", static_cast<long long>(sinceStart.elapsed()));
    QVERIFY(output.contains("built-in venue simulator"));

    orion->terminate(); // SIGTERM: stop trading, let the trade under way finish, close the database
    QVERIFY(orion->waitForFinished(20'000));
    output += orion->readAllStandardError();
    QCOMPARE(orion->exitStatus(), QProcess::NormalExit);
    QCOMPARE(orion->exitCode(), 0);

    QProcess* report = startOrion({QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("--config"), config});
    QVERIFY(report->waitForFinished(30'000));
    QCOMPARE(report->exitCode(), 0);
    const QJsonObject json = QJsonDocument::fromJson(report->readAllStandardOutput()).object();
    QCOMPARE(json.value(QStringLiteral("mode")).toString(), QStringLiteral("paper"));
    QVERIFY(json.value(QStringLiteral("counts")).toObject().value(QStringLiteral("hedged")).toInt() >= 1);
    const QJsonArray positions = json.value(QStringLiteral("positions")).toArray();
    QVERIFY(!positions.isEmpty());
    for (const QJsonValue& value : positions) {
        const QJsonObject position = value.toObject();
        const qint64 kalshi = position.value(QStringLiteral("kalshi")).toObject()
                                  .value(QStringLiteral("held_hundredths")).toInteger();
        const qint64 polymarket = position.value(QStringLiteral("polymarket")).toObject()
                                      .value(QStringLiteral("held_hundredths")).toInteger();
        QCOMPARE(kalshi, polymarket);
        QVERIFY(position.value(QStringLiteral("locked_in_micros")).toInteger() > 0);
    }
}

QTEST_GUILESS_MAIN(TestDemoCommand)
#include "TestDemoCommand.moc"
