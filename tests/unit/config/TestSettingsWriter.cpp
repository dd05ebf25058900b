// SettingsWriter: complete commented files, written atomically with a backup of the previous one.
#include "OrionTestConfig.h"
#include "TestData.h"

#include "config/SettingsLoader.h"
#include "config/SettingsSchema.h"
#include "config/SettingsWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "TestSettings.h"

using namespace orion;

namespace {

// A configuration that differs from the defaults in every section, with text that needs quoting.
Settings customised()
{
    Settings settings = test::defaultSettings();
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("trading.threshold_spread"), QStringLiteral("0.012345")},
        {QStringLiteral("trading.auto_execute"), QStringLiteral("true")},
        {QStringLiteral("capital.initial_bankroll"), QStringLiteral("123456.789")},
        {QStringLiteral("capital.reserve_pct"), QStringLiteral("0.05")},
        {QStringLiteral("risk.max_daily_loss_pct"), QStringLiteral("0.025")},
        {QStringLiteral("engine.poll_interval_s"), QStringLiteral("0.25")},
        {QStringLiteral("engine.mode"), QStringLiteral("paper")},
        {QStringLiteral("database.url"), QStringLiteral("sqlite:///my \"odd\" dir/o.db")},
        {QStringLiteral("logging.file"), QStringLiteral("C:\\logs\\orion: #1.log")},
        {QStringLiteral("venues.environment"), QStringLiteral("demo")},
        {QStringLiteral("venues.simulator.kalshi.rest_url"), QStringLiteral("http://127.0.0.1:18080/trade-api/v2")},
        {QStringLiteral("alerts.min_edge"), QStringLiteral("0.5")},
        {QStringLiteral("alerts.events.trade"), QStringLiteral("false")},
    };
    for (const auto& [key, value] : values) {
        const Status written = setSetting(settings, key, value);
        if (!written.ok()) {
            qWarning("%s", qPrintable(written.error().message));
        }
    }
    return settings;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class TestSettingsWriter final : public QObject
{
    Q_OBJECT

private slots:
    void toYaml_ofDefaults_isExactlyConfigYamlOnDisk();
    void toYaml_everyKey_isPrecededByItsHelp();
    void save_thenLoad_givesEqualSettings();
    void save_overExistingFile_keepsThePreviousAsBackup();
    void save_newFile_leavesNoTemporaryOrBackupFile();
    void save_invalidSettings_writesNothing();
    void save_intoReadOnlyDirectory_failsAndKeepsTheOldFile();
    void save_whenBackupCannotBeWritten_failsAndKeepsTheOldFile();
};

void TestSettingsWriter::toYaml_ofDefaults_isExactlyConfigYamlOnDisk()
{
    // Arrange: config/config.yaml is the writer's output for the defaults, so the documentation of every key
    // comes from the schema and cannot drift from what the loader accepts.
    const QByteArray onDisk = readFile(test::sourcePath(QStringLiteral("config/config.yaml")));
    QVERIFY(!onDisk.isEmpty());
    // Act
    const QByteArray written = SettingsWriter::toYaml(test::defaultSettings());
    // Assert
    if (written != onDisk) {
        // After a schema change, copy this file over config/config.yaml (and review the diff).
        const QString generated = QStringLiteral(ORION_BINARY_DIR "/config.yaml.generated");
        QFile file(generated);
        if (file.open(QIODevice::WriteOnly) && file.write(written) == written.size()) {
            qWarning("the writer's output is in %s", qPrintable(generated));
        }
        const QList<QByteArray> a = written.split('\n');
        const QList<QByteArray> b = onDisk.split('\n');
        for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i) {
            if (a[i] != b[i]) {
                qWarning("first difference at line %lld:\n  writer:  %s\n  on disk: %s", static_cast<long long>(i + 1),
                         a[i].constData(), b[i].constData());
                break;
            }
        }
    }
    QCOMPARE(written, onDisk);
}

void TestSettingsWriter::toYaml_everyKey_isPrecededByItsHelp()
{
    // Arrange
    const QStringList lines = QString::fromUtf8(SettingsWriter::toYaml(test::defaultSettings())).split(QLatin1Char('\n'));
    // Act + Assert
    for (const SettingDescriptor& descriptor : settingsSchema()) {
        const QString leaf = descriptor.key.section(QLatin1Char('.'), -1);
        const QString firstWords = descriptor.help.section(QLatin1Char(' '), 0, 2);
        bool found = false;
        for (qsizetype i = 0; i < lines.size() && !found; ++i) {
            if (!lines[i].trimmed().startsWith(QStringLiteral("# ") + firstWords)) {
                continue;
            }
            qsizetype j = i;
            while (j < lines.size() && lines[j].trimmed().startsWith(QLatin1Char('#'))) {
                ++j;
            }
            found = j < lines.size() && lines[j].trimmed().startsWith(leaf + QStringLiteral(": "));
        }
        QVERIFY2(found, qPrintable(descriptor.key));
    }
}

void TestSettingsWriter::save_thenLoad_givesEqualSettings()
{
    // Arrange
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config.yaml"));
    const Settings settings = customised();
    QVERIFY(!(settings == test::defaultSettings()));
    // Act
    const Status saved = SettingsWriter::save(settings, path);
    const LoadOutcome loaded = SettingsLoader::loadFile(path);
    // Assert
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    QVERIFY2(loaded.ok(), qPrintable(joinProblems(loaded.problems)));
    QVERIFY(*loaded.settings == settings);
    QCOMPARE(loaded.settings->logging.file, QStringLiteral("C:\\logs\\orion: #1.log"));
    QCOMPARE(loaded.settings->database.url, QStringLiteral("sqlite:///my \"odd\" dir/o.db"));
}

void TestSettingsWriter::save_overExistingFile_keepsThePreviousAsBackup()
{
    // Arrange
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config.yaml"));
    const QByteArray previous("# my hand-written file\ntrading:\n  threshold_spread: 0.04\n");
    QVERIFY(writeFile(path, previous));
    // Act
    const Status saved = SettingsWriter::save(customised(), path);
    // Assert
    QVERIFY(saved.ok());
    QCOMPARE(readFile(SettingsWriter::backupPath(path)), previous);
    QCOMPARE(readFile(path), SettingsWriter::toYaml(customised()));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
             (QStringList{QStringLiteral("config.yaml"), QStringLiteral("config.yaml.bak")}));
}

void TestSettingsWriter::save_newFile_leavesNoTemporaryOrBackupFile()
{
    // Arrange
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("orion.yaml"));
    // Act
    const Status saved = SettingsWriter::save(test::defaultSettings(), path);
    // Assert
    QVERIFY(saved.ok());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList{QStringLiteral("orion.yaml")});
}

void TestSettingsWriter::save_invalidSettings_writesNothing()
{
    // Arrange
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config.yaml"));
    Settings settings = test::defaultSettings();
    settings.capital.reservePct = Ratio::fromPpm(500'000);
    // Act
    const Status saved = SettingsWriter::save(settings, path);
    // Assert
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, QStringLiteral("config.invalid"));
    QVERIFY(saved.error().message.contains(QStringLiteral("capital.kalshi_allocation_pct")));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestSettingsWriter::save_intoReadOnlyDirectory_failsAndKeepsTheOldFile()
{
    // Arrange
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config.yaml"));
    const QByteArray previous("trading:\n  threshold_spread: 0.04\n");
    QVERIFY(writeFile(path, previous));
    QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const auto restore = qScopeGuard([&dir] {
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    // Root (and CAP_DAC_OVERRIDE) ignores directory permissions; the backup test below covers that case.
    {
        QFile probe(dir.filePath(QStringLiteral("probe")));
        if (probe.open(QIODevice::WriteOnly)) {
            probe.remove();
            QSKIP("directory permissions are not enforced for this user (root?)");
        }
    }
    // Act
    const Status saved = SettingsWriter::save(customised(), path);
    // Assert
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, QStringLiteral("config.io"));
    QVERIFY2(saved.error().message.startsWith(QStringLiteral("cannot save ") + path),
             qPrintable(saved.error().message));
    QCOMPARE(readFile(path), previous);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("config.yaml")});
}

void TestSettingsWriter::save_whenBackupCannotBeWritten_failsAndKeepsTheOldFile()
{
    // Arrange: a directory where the backup must go, which no user can replace with a file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("config.yaml"));
    const QByteArray previous("trading:\n  threshold_spread: 0.04\n");
    QVERIFY(writeFile(path, previous));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("config.yaml.bak/keep")));
    // Act
    const Status saved = SettingsWriter::save(customised(), path);
    // Assert
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, QStringLiteral("config.io"));
    QVERIFY2(saved.error().message.contains(QStringLiteral("backup")), qPrintable(saved.error().message));
    QCOMPARE(readFile(path), previous);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("config.yaml")});
}

QTEST_GUILESS_MAIN(TestSettingsWriter)
#include "TestSettingsWriter.moc"
