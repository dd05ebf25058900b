// Orion: command line → configuration → engine → GUI or headless runner.
#include "CommandLine.h"
#include "CredentialsCommand.h"
#include "HeadlessRunner.h"
#include "InitDbCommand.h"
#include "MatchCommand.h"
#include "ReportCommand.h"
#include "SimulatorHost.h"
#include "StartupSettings.h"
#include "Translator.h"
#include "VenueAccessLoader.h"

#include "common/LogSetup.h"
#include "engine/EngineController.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef ORION_WITH_GUI
#include "GuiLauncher.h"
#include <QApplication>
#endif

#include <memory>

namespace {

// The GUI needs a display; a server without one runs headless rather than failing.
bool wantsGui(int argc, char** argv)
{
#ifdef ORION_WITH_GUI
    if (argc > 1 && argv[1][0] != '-') {
        return false; // a subcommand (match, …) prints and exits
    }
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--no-gui" || arg == "--init-db" || arg == "--help" || arg == "-h" || arg == "--version"
            || arg == "-v" || arg == "--help-all") {
            return false;
        }
    }
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    Q_UNUSED(argc) Q_UNUSED(argv) return false;
#endif
}

} // namespace

int main(int argc, char** argv)
{
    const bool gui = wantsGui(argc, argv);
#ifdef ORION_WITH_GUI
    std::unique_ptr<QCoreApplication> app = gui ? std::make_unique<QApplication>(argc, argv)
                                                : std::make_unique<QCoreApplication>(argc, argv);
#else
    auto app = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("orion"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ORION_VERSION));

    // The subcommands speak the system's language (the dashboard installs the one chosen in its settings).
    const QString subcommand = QCoreApplication::arguments().value(1);
    if (subcommand == QLatin1String("match") || subcommand == QLatin1String("report")
        || subcommand == QLatin1String("credentials")) {
        orion::Translator::install(*app, QString());
    }
    if (QCoreApplication::arguments().value(1) == QLatin1String("match")) {
        return orion::runMatchCommand(QCoreApplication::arguments());
    }
    if (QCoreApplication::arguments().value(1) == QLatin1String("report")) {
        return orion::runReportCommand(QCoreApplication::arguments());
    }
    if (QCoreApplication::arguments().value(1) == QLatin1String("credentials")) {
        return orion::runCredentialsCommand(QCoreApplication::arguments());
    }

    QTextStream out(stdout);
    QTextStream err(stderr);
    const orion::CommandLineRequest request = orion::parseCommandLine(QCoreApplication::arguments());
    using Action = orion::CommandLineRequest::Action;
    if (request.action == Action::Fail) {
        err << "orion: " << request.message << "\n" << "Try 'orion --help'." << Qt::endl;
        return 2;
    }
    if (request.action == Action::ShowHelp || request.action == Action::ShowVersion) {
        out << request.message << Qt::endl;
        return 0;
    }

    const orion::StartupSettings startup = orion::loadStartupSettings(request);
    if (!startup.settings) {
        err << "orion: the configuration has " << startup.problems.size() << " problem(s); the engine does not start:\n";
        for (const QString& problem : startup.problems) {
            err << "  " << problem << "\n";
        }
        err.flush();
        return 3;
    }
    const orion::Settings& settings = *startup.settings;
    const orion::Status logging = orion::installLogging({settings.logging.level, settings.logging.file,
                                                         settings.logging.maxFileBytes, settings.logging.maxFiles, true});
    if (!logging.ok()) {
        err << "orion: " << logging.error().message << Qt::endl;
        return 3;
    }
    if (request.action == Action::InitDb) {
        return orion::runInitDb(settings);
    }

    // Real money is never traded by a configuration file alone: a headless live run against a real venue needs
    // --confirm-live (the dashboard asks in its own way).
    const bool headless = !gui || request.noGui;
    if (headless && settings.engine.mode == orion::TradingMode::Live
        && settings.venues.environment != orion::VenueEnvironment::Simulator && !request.confirmLive) {
        err << "orion: engine.mode is live against the " << orion::toConfigString(settings.venues.environment)
            << " venues: real orders with real money. Add --confirm-live to the command line to trade live "
               "headless, or choose another mode." << Qt::endl;
        return 2;
    }
    // Declared before the controller, so the engine (its client) is gone before the simulator stops.
    orion::SimulatorHost simulator;
    auto access = orion::resolveVenueAccess(settings, simulator);
    if (!access.ok()) {
        err << "orion: the venues cannot be reached: " << access.error().message << Qt::endl;
        return 3;
    }
    orion::EngineController controller(settings, startup.source);
    controller.setVenueAccess(std::move(access).value());
#ifdef ORION_WITH_GUI
    if (gui && !request.noGui) {
        return orion::runGui(controller);
    }
#endif
    orion::HeadlessRunner runner(controller);
    return runner.run();
}
