#include "common/LogSetup.h"
#include "common/Logging.h"
#include "common/RotatingLogFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace orion;

class TestRotatingLogFile final : public QObject
{
    Q_OBJECT

private slots:
    void write_pastMaxBytes_rollsOverAndKeepsAtMostMaxFiles();
    void open_inMissingDirectory_createsIt();
    void open_whereDirectoryCannotBeCreated_reportsWhy();
    void installLogging_atWarning_dropsInfoAndKeepsWarnings();
    void installLogging_withUnknownLevel_isRefused();

private:
    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

void TestRotatingLogFile::write_pastMaxBytes_rollsOverAndKeepsAtMostMaxFiles()
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/orion.log");
    RotatingLogFile log(path, 100, 2);
    QVERIFY(log.open());

    for (int i = 0; i < 10; ++i) {
        log.write(QByteArray("line ") + QByteArray::number(i) + QByteArray(40, 'x') + '\n');
    }
    log.flush();

    QVERIFY(QFile::exists(path));
    QVERIFY(QFile::exists(path + QStringLiteral(".1")));
    QVERIFY(QFile::exists(path + QStringLiteral(".2")));
    QVERIFY(!QFile::exists(path + QStringLiteral(".3")));
    QVERIFY(QFileInfo(path).size() <= 100);
    QVERIFY(readAll(path).contains("line 9")); // the newest line is in the live file
    QVERIFY(!readAll(path + QStringLiteral(".2")).contains("line 0")); // the oldest was dropped
}

void TestRotatingLogFile::open_inMissingDirectory_createsIt()
{
    QTemporaryDir dir;
    RotatingLogFile log(dir.path() + QStringLiteral("/a/b/orion.log"), 1000, 3);
    QVERIFY(log.open());
    log.write("hello\n");
    QCOMPARE(readAll(dir.path() + QStringLiteral("/a/b/orion.log")), QByteArray("hello\n"));
}

void TestRotatingLogFile::open_whereDirectoryCannotBeCreated_reportsWhy()
{
    QTemporaryDir dir;
    QFile blocker(dir.path() + QStringLiteral("/file"));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    RotatingLogFile log(dir.path() + QStringLiteral("/file/orion.log"), 1000, 3);
    QVERIFY(!log.open());
    QVERIFY(log.errorString().contains(QStringLiteral("log directory")));
}

void TestRotatingLogFile::installLogging_atWarning_dropsInfoAndKeepsWarnings()
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/orion.log");
    QVERIFY(installLogging({QStringLiteral("warning"), path, 1 << 20, 3, false}).ok());

    qCInfo(lcEngine) << "an info line that must not appear";
    qCWarning(lcEngine) << "a warning line that must appear";
    uninstallLogging();

    const QByteArray text = readAll(path);
    QVERIFY(!text.contains("must not appear"));
    QVERIFY(text.contains("a warning line that must appear"));
    QVERIFY(text.contains("orion.engine"));
}

void TestRotatingLogFile::installLogging_withUnknownLevel_isRefused()
{
    const Status status = installLogging({QStringLiteral("loud"), {}, 0, 1, false});
    QVERIFY(!status.ok());
    QVERIFY(status.error().message.contains(QStringLiteral("loud")));
}

QTEST_GUILESS_MAIN(TestRotatingLogFile)
#include "TestRotatingLogFile.moc"
