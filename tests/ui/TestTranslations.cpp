// The German and Spanish translations: every string the dashboard shows is translated, and no translation drops
// or invents a placeholder (which would show "%2" or lose a number on screen).
#include "TestData.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
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

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void translation_ofDashboardStrings_isComplete_data() { languages(); }
    void translation_ofDashboardStrings_isComplete();
    void translation_everyMessage_keepsItsPlaceholders_data() { languages(); }
    void translation_everyMessage_keepsItsPlaceholders();

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

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
