// The dashboard's log sink under a logging set-up installed more than once (a second engine, a new log level):
// every line reaches the log view exactly once, and still reaches Orion's console/file handler.
#include "common/LogSetup.h"
#include "engine/LogSink.h"

#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace orion;

Q_LOGGING_CATEGORY(lcSinkTest, "orion.engine")

namespace {

int linesContaining(const QList<DashboardLogLine>& lines, const QString& text)
{
    int count = 0;
    for (const DashboardLogLine& line : lines) {
        count += line.message.contains(text) ? 1 : 0;
    }
    return count;
}

QByteArray fileText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestLogSink final : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void install_twice_lineReachesSinkOnce();
    void installLogging_againAfterTheSink_lineReachesSinkOnceAndTheFile();
    void installLogging_twiceBeforeTheSink_lineReachesSinkOnce();
    void secondSink_whileOneIsInstalled_firstKeepsEveryLine();
    void reinstall_afterUninstall_lineReachesSinkOnce();
    void uninstall_afterLoggingReinstalled_leavesOrionsHandlerWorking();
};

void TestLogSink::cleanup()
{
    uninstallLogging();
}

void TestLogSink::install_twice_lineReachesSinkOnce()
{
    LogSink sink;
    sink.install();
    sink.install();

    qCInfo(lcSinkTest) << "twice-installed line";

    QCOMPARE(linesContaining(sink.drain(), QStringLiteral("twice-installed line")), 1);
}

void TestLogSink::installLogging_againAfterTheSink_lineReachesSinkOnceAndTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("orion.log"));
    QVERIFY(installLogging({ QStringLiteral("info"), path, 1'000'000, 2, false }).ok());
    LogSink sink;
    sink.install();
    // A second engine, or a changed level: Orion's handler is installed again.
    QVERIFY(installLogging({ QStringLiteral("info"), path, 1'000'000, 2, false }).ok());

    qCInfo(lcSinkTest) << "line after reinstall";

    QCOMPARE(linesContaining(sink.drain(), QStringLiteral("line after reinstall")), 1);
    uninstallLogging(); // closes the file
    QCOMPARE(fileText(path).count("line after reinstall"), 1);
}

void TestLogSink::installLogging_twiceBeforeTheSink_lineReachesSinkOnce()
{
    QVERIFY(installLogging({ QStringLiteral("info"), QString(), 0, 0, false }).ok());
    QVERIFY(installLogging({ QStringLiteral("info"), QString(), 0, 0, false }).ok());
    LogSink sink;
    sink.install();
    QVERIFY(installLogging({ QStringLiteral("info"), QString(), 0, 0, false }).ok());
    sink.install();

    qCInfo(lcSinkTest) << "one line";
    qCWarning(lcSinkTest) << "another line";

    const QList<DashboardLogLine> lines = sink.drain();
    QCOMPARE(linesContaining(lines, QStringLiteral("one line")), 1);
    QCOMPARE(linesContaining(lines, QStringLiteral("another line")), 1);
}

void TestLogSink::secondSink_whileOneIsInstalled_firstKeepsEveryLine()
{
    LogSink first;
    first.install();
    {
        LogSink second;
        second.install(); // refused: Qt has one handler, the first sink keeps it
        qCInfo(lcSinkTest) << "while two sinks exist";
        QCOMPARE(linesContaining(second.drain(), QStringLiteral("while two sinks exist")), 0);
    }
    qCInfo(lcSinkTest) << "after the second is gone";

    const QList<DashboardLogLine> lines = first.drain();
    QCOMPARE(linesContaining(lines, QStringLiteral("while two sinks exist")), 1);
    QCOMPARE(linesContaining(lines, QStringLiteral("after the second is gone")), 1);
}

void TestLogSink::reinstall_afterUninstall_lineReachesSinkOnce()
{
    QVERIFY(installLogging({ QStringLiteral("info"), QString(), 0, 0, false }).ok());
    LogSink sink;
    sink.install();
    QVERIFY(installLogging({ QStringLiteral("info"), QString(), 0, 0, false }).ok());
    sink.uninstall();
    sink.install();

    qCInfo(lcSinkTest) << "reinstalled sink";

    QCOMPARE(linesContaining(sink.drain(), QStringLiteral("reinstalled sink")), 1);
}

void TestLogSink::uninstall_afterLoggingReinstalled_leavesOrionsHandlerWorking()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("orion.log"));
    LogSink sink;
    sink.install();
    QVERIFY(installLogging({ QStringLiteral("info"), path, 1'000'000, 2, false }).ok());
    sink.uninstall();

    qCInfo(lcSinkTest) << "after the sink left";

    QCOMPARE(linesContaining(sink.drain(), QStringLiteral("after the sink left")), 0);
    uninstallLogging();
    QCOMPARE(fileText(path).count("after the sink left"), 1);
}

QTEST_GUILESS_MAIN(TestLogSink)
#include "TestLogSink.moc"
