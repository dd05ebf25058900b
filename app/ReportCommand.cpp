#include "ReportCommand.h"

#include "CommandLine.h"
#include "StartupSettings.h"

#include "common/Clock.h"
#include "portfolio/LedgerReport.h"
#include "portfolio/LedgerReportFormatter.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"
#include "storage/LedgerReportReader.h"
#include "storage/LedgerRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>

namespace orion {
namespace {

// lupdate files a bare tr() in a free function under "orion"; Text::tr() gives these texts their own
// context, the same for lupdate and the lookup.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(orion::ReportCommand)
};

QString defaultMode(const Settings& settings)
{
    return settings.engine.mode == TradingMode::Live ? QStringLiteral("live") : QStringLiteral("paper");
}

} // namespace

int runReportCommand(const QStringList& arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Prints the ledger summary of one trading mode from the database."));
    const QCommandLineOption format(QStringLiteral("format"), Text::tr("text (default) or json."),
        QStringLiteral("format"), QStringLiteral("text"));
    const QCommandLineOption mode(QStringLiteral("mode"),
        Text::tr("paper or live (default: engine.mode when it is one of them, else paper)."), QStringLiteral("mode"));
    const QCommandLineOption config(
        QStringLiteral("config"), Text::tr("Read the configuration from <file>."), QStringLiteral("file"));
    const QCommandLineOption db(QStringLiteral("db"),
        Text::tr("Database URL instead of database.url, e.g. sqlite:///orion.db."), QStringLiteral("url"));
    parser.addHelpOption();
    parser.addOptions({ format, mode, config, db });
    QStringList args = arguments;
    args.removeAt(1); // the word "report"
    if (!parser.parse(args) || !parser.positionalArguments().isEmpty()) {
        err << "orion report: " << (parser.errorText().isEmpty() ? Text::tr("unexpected argument") : parser.errorText())
            << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return 0;
    }
    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json")) {
        err << "orion report: " << Text::tr("--format takes text or json, not \"%1\"").arg(formatName) << Qt::endl;
        return 2;
    }
    if (parser.isSet(mode) && !LedgerRepository::isLedgerMode(parser.value(mode))) {
        err << "orion report: " << Text::tr("--mode takes paper or live, not \"%1\"").arg(parser.value(mode))
            << Qt::endl;
        return 2;
    }

    CommandLineRequest request;
    request.configPath = parser.value(config);
    if (parser.isSet(db)) {
        request.overrides.append({ QStringLiteral("database.url"), parser.value(db) });
    }
    const StartupSettings startup = loadStartupSettings(request);
    if (!startup.settings) {
        err << "orion report: " << Text::tr("the configuration has %1 problem(s):").arg(startup.problems.size())
            << "\n";
        for (const QString& problem : startup.problems) {
            err << "  " << problem << "\n";
        }
        err.flush();
        return 3;
    }
    const Settings& settings = *startup.settings;
    const QString ledgerMode = parser.isSet(mode) ? parser.value(mode) : defaultMode(settings);

    // The report only reads: it never creates a database where there is none.
    const Result<DatabaseUrl> url = DatabaseUrl::parse(settings.database.url);
    if (!url.ok()) {
        err << "orion report: " << url.error().message << Qt::endl;
        return 2;
    }
    if (url.value().isMemory()) {
        err << "orion report: " << Text::tr("database.url is an in-memory database, which keeps no ledger") << Qt::endl;
        return 2;
    }
    const QString path = url.value().filePath();
    const QFileInfo file(path);
    if (!file.exists()) {
        err << "orion report: "
            << Text::tr("there is no database at %1 (database.url: %2); the engine creates it on its "
                        "first run, or create it with orion --init-db")
                   .arg(path, url.value().toString())
            << Qt::endl;
        return 2;
    }
    if (!file.isFile() || !file.isReadable()) {
        err << "orion report: " << Text::tr("cannot read the database %1").arg(path) << Qt::endl;
        return 2;
    }
    // Standard error is for this command's own messages; the storage layer's routine notes would only add noise.
    QLoggingCategory::setFilterRules(QStringLiteral("orion.storage.info=false"));
    auto database = Database::open(settings.database.url);
    if (!database.ok()) {
        err << "orion report: " << Text::tr("cannot open the database %1: %2").arg(path, database.error().message)
            << Qt::endl;
        return 2;
    }
    if (database.value()->schemaVersion() == 0) {
        err << "orion report: "
            << Text::tr("%1 is not an Orion database (it has no schema); create it with orion --init-db").arg(path)
            << Qt::endl;
        return 2;
    }
    // An older schema lacks the ledger's columns; migrating is what any Orion start does, and is safe while the
    // engine has the file open.
    if (database.value()->schemaVersion() < Database::latestSchemaVersion()) {
        const Result<int> migrated = database.value()->migrate();
        if (!migrated.ok()) {
            err << "orion report: " << Text::tr("cannot bring %1 up to date: %2").arg(path, migrated.error().message)
                << Qt::endl;
            return 1;
        }
    }

    const LedgerReportReader reader(*database.value());
    const Result<LedgerReportInput> input = reader.read(ledgerMode, settings.capital.initialBankroll);
    if (!input.ok()) {
        err << "orion report: " << input.error().message << Qt::endl;
        return 1;
    }
    const SystemClock clock;
    const Result<LedgerReport> report = LedgerReportBuilder::build(input.value(), clock);
    if (!report.ok()) {
        err << "orion report: " << report.error().message << Qt::endl;
        return 1;
    }
    if (formatName == QLatin1String("json")) {
        out << QString::fromUtf8(LedgerReportFormatter::jsonBytes(report.value(), path));
    } else {
        out << LedgerReportFormatter::text(report.value(), path);
    }
    out.flush();
    return 0;
}

} // namespace orion
