// The real `orion` executable, started as a user would on a server.
// ctest-timeout: 180
#include "OrionTestConfig.h"
#include "TestData.h"
#include "TestSettings.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestHeadlessRun final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void noGuiDryRun_onSigterm_stopsCleanlyWithStartAndStopAudited();
    void badArgument_exitsWithCodeTwoAndSaysWhy();
    void badAutoExecuteValue_exitsWithCodeTwo();
    void configWithThreeMistakes_reportsAllThreeAndDoesNotStart();
    void badOverride_isValidatedLikeTheFile();
    void initDb_createsDatabaseAndReportsSchemaVersion();
    void version_printsVersion();

private:
    QString writeConfig(const QByteArray& extra = {});
    QProcess* startOrion(const QStringList& arguments);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestHeadlessRun::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestHeadlessRun::writeConfig(const QByteArray& extra)
{
    const QString path = m_dir->path() + QStringLiteral("/config.yaml");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write("database:\n  url: sqlite:///" + m_dir->path().toUtf8() + "/orion.db\n"
               "logging:\n  file: " + m_dir->path().toUtf8() + "/logs/orion.log\n" + extra);
    return path;
}

QProcess* TestHeadlessRun::startOrion(const QStringList& arguments)
{
    auto* process = new QProcess(this);
    process->setWorkingDirectory(m_dir->path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->path() + QStringLiteral("/xdg"));
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(ORION_APP_PATH), arguments);
    return process;
}

void TestHeadlessRun::noGuiDryRun_onSigterm_stopsCleanlyWithStartAndStopAudited()
{
    // Arrange
    const QString config = writeConfig();
    QProcess* orion = startOrion({QStringLiteral("--no-gui"), QStringLiteral("--dry-run"), QStringLiteral("--config"),
                                  config});
    QVERIFY(orion->waitForStarted());
    QByteArray output;
    QVERIFY(QTest::qWaitFor([&] {
        output += orion->readAllStandardError();
        return output.contains("engine running");
    }, 15000));

    // Act
    orion->terminate(); // SIGTERM
    QVERIFY(orion->waitForFinished(15000));

    // Assert
    output += orion->readAllStandardError();
    QCOMPARE(orion->exitStatus(), QProcess::NormalExit);
    QCOMPARE(orion->exitCode(), 0);
    QVERIFY2(output.contains("SIGTERM received"), output.constData());
    const QStringList actions = orion::test::auditActions(m_dir->path() + QStringLiteral("/orion.db"));
    QCOMPARE(actions, (QStringList{QStringLiteral("engine.open"), QStringLiteral("engine.start"),
                                   QStringLiteral("engine.stop"), QStringLiteral("engine.close")}));
    QFile log(m_dir->path() + QStringLiteral("/logs/orion.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(log.readAll().contains("trading started in dry_run mode"));
}

void TestHeadlessRun::badArgument_exitsWithCodeTwoAndSaysWhy()
{
    QProcess* orion = startOrion({QStringLiteral("--no-gui"), QStringLiteral("--frobnicate")});
    QVERIFY(orion->waitForFinished(15000));
    QCOMPARE(orion->exitCode(), 2);
    QVERIFY(orion->readAllStandardError().contains("frobnicate"));
}

void TestHeadlessRun::badAutoExecuteValue_exitsWithCodeTwo()
{
    QProcess* orion = startOrion({QStringLiteral("--no-gui"), QStringLiteral("--auto-execute"), QStringLiteral("maybe")});
    QVERIFY(orion->waitForFinished(15000));
    QCOMPARE(orion->exitCode(), 2);
    QVERIFY(orion->readAllStandardError().contains("true or false"));
}

void TestHeadlessRun::configWithThreeMistakes_reportsAllThreeAndDoesNotStart()
{
    const QString config = writeConfig("trading:\n  threshold_spread: lots\n"
                                       "risk:\n  max_open_positions: -4\n"
                                       "engine:\n  mode: yolo\n");
    QProcess* orion = startOrion({QStringLiteral("--no-gui"), QStringLiteral("--config"), config});
    QVERIFY(orion->waitForFinished(15000));
    const QString errors = QString::fromUtf8(orion->readAllStandardError());
    QCOMPARE(orion->exitCode(), 3);
    QVERIFY2(errors.contains(QStringLiteral("3 problem")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("trading.threshold_spread")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("risk.max_open_positions")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("engine.mode")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("config.yaml:")), qPrintable(errors));
    QVERIFY(!QFile::exists(m_dir->path() + QStringLiteral("/orion.db")));
}

void TestHeadlessRun::badOverride_isValidatedLikeTheFile()
{
    const QString config = writeConfig();
    QProcess* orion = startOrion({QStringLiteral("--no-gui"), QStringLiteral("--config"), config,
                                  QStringLiteral("--threshold"), QStringLiteral("-0.5")});
    QVERIFY(orion->waitForFinished(15000));
    const QString errors = QString::fromUtf8(orion->readAllStandardError());
    QCOMPARE(orion->exitCode(), 3);
    QVERIFY2(errors.contains(QStringLiteral("trading.threshold_spread")), qPrintable(errors));
}

void TestHeadlessRun::initDb_createsDatabaseAndReportsSchemaVersion()
{
    const QString config = writeConfig();
    QProcess* orion = startOrion({QStringLiteral("--init-db"), QStringLiteral("--config"), config});
    QVERIFY(orion->waitForFinished(15000));
    QCOMPARE(orion->exitCode(), 0);
    QVERIFY(orion->readAllStandardOutput().contains("schema version"));
    QVERIFY(QFile::exists(m_dir->path() + QStringLiteral("/orion.db")));

    QProcess* again = startOrion({QStringLiteral("--init-db"), QStringLiteral("--config"), config});
    QVERIFY(again->waitForFinished(15000));
    QCOMPARE(again->exitCode(), 0);
    QVERIFY(again->readAllStandardOutput().contains("up to date"));
}

void TestHeadlessRun::version_printsVersion()
{
    QProcess* orion = startOrion({QStringLiteral("--version")});
    QVERIFY(orion->waitForFinished(15000));
    QCOMPARE(orion->exitCode(), 0);
    QVERIFY(orion->readAllStandardOutput().contains(ORION_VERSION));
}

QTEST_GUILESS_MAIN(TestHeadlessRun)
#include "TestHeadlessRun.moc"
