#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace orion {

CommandLineRequest parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Orion finds and trades arbitrage between Kalshi and Polymarket."));
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QCoreApplication::translate("CommandLine", "Read the configuration from <file>."),
                                          QStringLiteral("file"));
    const QCommandLineOption noGuiOption(QStringLiteral("no-gui"),
                                         QCoreApplication::translate("CommandLine", "Run headless until SIGINT/SIGTERM."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          QCoreApplication::translate("CommandLine", "Dry-run mode: send no orders at all."));
    const QCommandLineOption initDbOption(QStringLiteral("init-db"),
                                          QCoreApplication::translate("CommandLine",
                                                                      "Create or migrate the database, print the schema version and exit."));
    const QCommandLineOption thresholdOption(QStringLiteral("threshold"),
                                             QCoreApplication::translate("CommandLine",
                                                                         "Minimum edge per contract in dollars (trading.threshold_spread), e.g. 0.02."),
                                             QStringLiteral("dollars"));
    const QCommandLineOption autoExecuteOption(QStringLiteral("auto-execute"),
                                               QCoreApplication::translate("CommandLine",
                                                                           "Execute opportunities automatically: true or false."),
                                               QStringLiteral("true|false"));
    const QCommandLineOption logLevelOption(QStringLiteral("log-level"),
                                            QCoreApplication::translate("CommandLine",
                                                                        "debug, info, warning, error or critical."),
                                            QStringLiteral("level"));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QCoreApplication::translate("CommandLine",
                                                                    "Paper trading against the built-in venue simulator."));
    const QCommandLineOption confirmLiveOption(
        QStringLiteral("confirm-live"),
        QCoreApplication::translate("CommandLine",
                                    "Allow a headless run to trade live with real money (engine.mode: live)."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addOptions({configOption, noGuiOption, dryRunOption, initDbOption, thresholdOption, autoExecuteOption,
                       logLevelOption, demoOption, confirmLiveOption});

    CommandLineRequest request;
    if (!parser.parse(arguments)) {
        request.action = CommandLineRequest::Action::Fail;
        request.message = parser.errorText();
        return request;
    }
    if (parser.isSet(helpOption)) {
        request.action = CommandLineRequest::Action::ShowHelp;
        request.message = parser.helpText();
        return request;
    }
    if (parser.isSet(versionOption)) {
        request.action = CommandLineRequest::Action::ShowVersion;
        request.message = QCoreApplication::applicationName() + QLatin1Char(' ')
            + QCoreApplication::applicationVersion();
        return request;
    }
    if (!parser.positionalArguments().isEmpty()) {
        request.action = CommandLineRequest::Action::Fail;
        request.message = QCoreApplication::translate("CommandLine", "unexpected argument \"%1\"; see --help")
                              .arg(parser.positionalArguments().constFirst());
        return request;
    }

    request.configPath = parser.value(configOption);
    if (parser.isSet(configOption) && request.configPath.isEmpty()) {
        request.action = CommandLineRequest::Action::Fail;
        request.message = QCoreApplication::translate("CommandLine", "--config needs a file name");
        return request;
    }
    request.noGui = parser.isSet(noGuiOption);
    request.demo = parser.isSet(demoOption);
    request.confirmLive = parser.isSet(confirmLiveOption);
    if (parser.isSet(dryRunOption) && parser.isSet(demoOption)) {
        request.action = CommandLineRequest::Action::Fail;
        request.message = QCoreApplication::translate("CommandLine", "--dry-run and --demo choose different modes; give one");
        return request;
    }
    if (parser.isSet(dryRunOption)) {
        request.overrides.append({QStringLiteral("engine.mode"), QStringLiteral("dry_run")});
    }
    if (request.demo) {
        request.overrides.append({QStringLiteral("engine.mode"), QStringLiteral("paper")});
        request.overrides.append({QStringLiteral("venues.environment"), QStringLiteral("simulator")});
    }
    if (parser.isSet(thresholdOption)) {
        request.overrides.append({QStringLiteral("trading.threshold_spread"), parser.value(thresholdOption)});
    }
    if (parser.isSet(autoExecuteOption)) {
        const QString value = parser.value(autoExecuteOption);
        if (value != QLatin1String("true") && value != QLatin1String("false")) {
            request.action = CommandLineRequest::Action::Fail;
            request.message = QCoreApplication::translate("CommandLine", "--auto-execute takes true or false, not \"%1\"")
                                  .arg(value);
            return request;
        }
        request.overrides.append({QStringLiteral("trading.auto_execute"), value});
    }
    if (parser.isSet(logLevelOption)) {
        request.overrides.append({QStringLiteral("logging.level"), parser.value(logLevelOption)});
    }
    if (parser.isSet(initDbOption)) {
        request.action = CommandLineRequest::Action::InitDb;
    }
    return request;
}

} // namespace orion
