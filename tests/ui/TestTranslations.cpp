// The German and Spanish translations: every string the dashboard shows is translated, and no translation drops
// or invents a placeholder (which would show "%2" or lose a number on screen).
#include "TestData.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    bool unfinished = false;
};

QList<Message> readTs(const QString& path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = Message { context, {}, {}, false };
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
            // Either text or <numerusform> children.
            QString text;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                    current.translations << xml.readElementText();
                }
            }
            if (current.translations.isEmpty()) {
                current.translations << text;
            }
            messages << current;
        }
    }
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        found.insert(it.next().captured(0));
    }
    return found;
}

// The contexts of the dashboard, the engine's messages and the parameter editor's texts.
bool isDashboardContext(const QString& context)
{
    static const QSet<QString> contexts { QStringLiteral("BalancesModel"), QStringLiteral("DisplayFormat"),
        QStringLiteral("FillsModel"), QStringLiteral("OpportunitiesModel"), QStringLiteral("OrdersModel"),
        QStringLiteral("PairsModel"), QStringLiteral("PositionsModel"), QStringLiteral("Theme"),
        QStringLiteral("TradingMode"), QStringLiteral("VenueEnvironment"), QStringLiteral("SettingsSchema"),
        QStringLiteral("ConfigText") };
    if (contexts.contains(context)) {
        return true;
    }
    return context.startsWith(QLatin1String("orion::")) && !context.contains(QLatin1String("Credential"))
        && (context.endsWith(QLatin1String("Panel")) || context.endsWith(QLatin1String("Window"))
            || context.endsWith(QLatin1String("Editor")) || context == QLatin1String("orion::Engine")
            || context == QLatin1String("orion::EngineController") || context == QLatin1String("orion::LogModel"));
}

// The files under `directory` of the source tree (recursively) that match `patterns`.
QStringList sourceFiles(const QString& directory, const QStringList& patterns)
{
    QStringList files;
    QDirIterator it(orion::test::sourcePath(directory), patterns, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << it.next();
    }
    return files;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void translation_ofDashboardStrings_isComplete_data() { languages(); }
    void translation_ofDashboardStrings_isComplete();
    void translation_everyMessage_keepsItsPlaceholders_data() { languages(); }
    void translation_everyMessage_keepsItsPlaceholders();
    void translation_everyMessage_isFinished_data() { languages(); }
    void translation_everyMessage_isFinished();
    void translation_ofTheCurrentSources_hasNoNewString_data() { languages(); }
    void translation_ofTheCurrentSources_hasNoNewString();

private:
    static void languages();
};

void TestTranslations::languages()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("German") << orion::test::sourcePath(QStringLiteral("translations/orion_de.ts"));
    QTest::newRow("Spanish") << orion::test::sourcePath(QStringLiteral("translations/orion_es.ts"));
}

void TestTranslations::translation_ofDashboardStrings_isComplete()
{
    QFETCH(QString, path);
    const QList<Message> messages = readTs(path);
    QVERIFY2(messages.size() > 300, qPrintable(path));

    QStringList missing;
    int dashboard = 0;
    for (const Message& message : messages) {
        if (!isDashboardContext(message.context)) {
            continue;
        }
        ++dashboard;
        if (message.unfinished || message.translations.join(QString()).trimmed().isEmpty()) {
            missing << message.context + QStringLiteral(": ") + message.source;
        }
    }
    QVERIFY(dashboard > 250);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.mid(0, 10).join(QLatin1Char('\n'))));
}

void TestTranslations::translation_everyMessage_keepsItsPlaceholders()
{
    QFETCH(QString, path);
    QStringList broken;
    for (const Message& message : readTs(path)) {
        if (message.unfinished) {
            continue;
        }
        const QSet<QString> expected = placeholders(message.source);
        for (const QString& translation : message.translations) {
            if (placeholders(translation) != expected) {
                broken << message.source + QStringLiteral(" -> ") + translation;
            }
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.mid(0, 10).join(QLatin1Char('\n'))));
}

// Not only the dashboard: the command line, the report and the error messages reach German users too.
void TestTranslations::translation_everyMessage_isFinished()
{
    QFETCH(QString, path);
    QStringList missing;
    for (const Message& message : readTs(path)) {
        if (message.unfinished || message.translations.join(QString()).trimmed().isEmpty()) {
            missing << message.context + QStringLiteral(": ") + message.source;
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QString::number(missing.size()) + QStringLiteral(" unfinished:\n")
                                           + missing.mid(0, 10).join(QLatin1Char('\n'))));
}

// A string added to the sources without running the update_translations target never reaches the .ts file, so
// the file looks complete while the program shows English: lupdate over the files and with the options of
// app/CMakeLists.txt, run on a copy of the file, must find nothing new.
void TestTranslations::translation_ofTheCurrentSources_hasNoNewString()
{
    QFETCH(QString, path);
    const QString lupdate = QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    if (!QFileInfo(lupdate).isExecutable()) {
        QSKIP("lupdate is not installed next to Qt");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QFileInfo(path).fileName());
    QVERIFY(QFile::copy(path, copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList sources = sourceFiles(QStringLiteral("ui"), { QStringLiteral("*.cpp"), QStringLiteral("*.h") });
    sources << sourceFiles(QStringLiteral("core"), { QStringLiteral("*.cpp") })
            << sourceFiles(QStringLiteral("app"), { QStringLiteral("*.cpp") });
    sources.removeIf([](const QString& file) { return file.contains(QLatin1String("/core/venues/sim/")); });
    QVERIFY(sources.size() > 100);
    QFile list(dir.filePath(QStringLiteral("sources.lst")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(sources.join(QLatin1Char('\n')).toUtf8());
    list.close();

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // The include paths decide how lupdate resolves namespaces, and so the contexts: those of the orion target.
    process.start(lupdate,
                  { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                    QStringLiteral("-I"), orion::test::sourcePath(QStringLiteral("core")), QStringLiteral("-I"),
                    orion::test::sourcePath(QStringLiteral("ui")), QLatin1Char('@') + list.fileName(),
                    QStringLiteral("-ts"), copy });
    QVERIFY(process.waitForFinished(60'000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAll().constData());

    QStringList added;
    for (const Message& message : readTs(copy)) {
        if (message.unfinished) {
            added << message.context + QStringLiteral(": ") + message.source;
        }
    }
    QVERIFY2(added.isEmpty(),
             qPrintable(QString::number(added.size())
                        + QStringLiteral(" new or changed string(s); run the update_translations target and translate "
                                         "them:\n")
                        + added.mid(0, 10).join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
