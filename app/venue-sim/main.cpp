// orion-venue-sim: serves the Kalshi and Polymarket simulators on loopback until SIGINT/SIGTERM.
//   orion-venue-sim [--kalshi-port N] [--kalshi-ws-port N] [--kalshi-key ID=PUBLIC.pem]... [--scenario FILE] [--seed N]
//                   [--polymarket-port N]
//     (a scenario file may list Kalshi markets, a `polymarket:` section and `pairs:` of the same event on both
//     venues, with scripted price paths, random walks and settlements, run by SimScenarioRunner from "ready" on;
//     without a `polymarket:` section, or without --scenario, Polymarket serves its built-in demo markets)
//   orion-venue-sim --demo-world [--seed N] [--kalshi-key ID=PUBLIC.pem]...
//     (the demo world: the same events on both venues, drifting prices, short-lived arbitrage gaps; ports are
//     kernel-chosen)
// Prints one line per service ("kalshi-rest http://127.0.0.1:N/trade-api/v2", "kalshi-ws ws://...",
// "polymarket-clob URL", "polymarket-gamma URL", "polymarket-ws URL"), then "ready".
#include "venues/sim/SimDemoWorld.h"
#include "venues/sim/SimKalshiServer.h"
#include "venues/sim/SimPolymarketVenue.h"
#include "venues/sim/SimScenario.h"
#include "venues/sim/SimScenarioRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace {

volatile std::sig_atomic_t g_stop = 0;

void onSignal(int)
{
    g_stop = 1;
}

int fail(const QString& message)
{
    std::fprintf(stderr, "orion-venue-sim: %s\n", message.toLocal8Bit().constData());
    return 2;
}

bool port(const QString& text, quint16& out)
{
    bool ok = false;
    const uint value = text.toUInt(&ok);
    if (!ok || value > 65535)
        return false;
    out = static_cast<quint16>(value);
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("orion-venue-sim"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Venue simulator (Kalshi Trade API v2) on loopback."));
    parser.addHelpOption();
    const QCommandLineOption restPort(QStringLiteral("kalshi-port"), QStringLiteral("Kalshi REST port (0: any free)."),
                                      QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption wsPort(QStringLiteral("kalshi-ws-port"),
                                    QStringLiteral("Kalshi WebSocket port (0: any free)."), QStringLiteral("N"),
                                    QStringLiteral("0"));
    const QCommandLineOption key(QStringLiteral("kalshi-key"),
                                 QStringLiteral("Registers an API key: ID=PUBLIC.pem (repeatable)."), QStringLiteral("ID=FILE"));
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"), QStringLiteral("Scenario YAML (default: built-in demo)."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the random flow."), QStringLiteral("N"));
    const QCommandLineOption polymarketPort(QStringLiteral("polymarket-port"),
                                            QStringLiteral("Polymarket CLOB port; Gamma and the WebSocket take the next two "
                                                           "(0: any free)."),
                                            QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption demoWorld(QStringLiteral("demo-world"),
                                       QStringLiteral("Serves the demo world: matched events on both venues with "
                                                      "drifting prices and short-lived arbitrage gaps."));
    parser.addOptions({restPort, wsPort, key, scenarioOption, seed, polymarketPort, demoWorld});
    parser.process(app);

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &app, [] {
        if (g_stop != 0)
            QCoreApplication::quit();
    });

    if (parser.isSet(demoWorld)) {
        quint32 worldSeed = 1;
        if (parser.isSet(seed)) {
            bool ok = false;
            worldSeed = parser.value(seed).toUInt(&ok);
            if (!ok)
                return fail(QStringLiteral("--seed must be a non-negative integer"));
        }
        if (parser.isSet(scenarioOption) || parser.value(restPort) != QLatin1String("0")
            || parser.value(wsPort) != QLatin1String("0") || parser.value(polymarketPort) != QLatin1String("0"))
            return fail(
                QStringLiteral("--demo-world takes only --seed and --kalshi-key (its ports are kernel-chosen)"));
        orion::SimDemoWorld world(worldSeed);
        for (const QString& entry : parser.values(key)) {
            const qsizetype equals = entry.indexOf(QLatin1Char('='));
            if (equals <= 0)
                return fail(QStringLiteral("--kalshi-key takes ID=PUBLIC.pem, got ") + entry);
            QFile file(entry.mid(equals + 1));
            if (!file.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
            const orion::Status registered = world.registerKalshiKey(entry.left(equals), file.readAll());
            if (!registered.ok())
                return fail(registered.error().message);
        }
        const orion::Status listening = world.listen();
        if (!listening.ok())
            return fail(listening.error().message);
        for (const QString& line : world.serviceLines())
            std::printf("%s\n", line.toUtf8().constData());
        std::printf("ready\n");
        std::fflush(stdout);
        stopPoll.start(100);
        return QCoreApplication::exec();
    }

    orion::SimScenario scenario = orion::SimScenario::demo();
    if (parser.isSet(scenarioOption)) {
        auto loaded = orion::SimScenario::loadYaml(parser.value(scenarioOption));
        if (!loaded.ok())
            return fail(loaded.error().message);
        scenario = std::move(loaded).value();
    }
    if (parser.isSet(seed)) {
        bool ok = false;
        scenario.seed = parser.value(seed).toUInt(&ok);
        if (!ok)
            return fail(QStringLiteral("--seed must be a non-negative integer"));
    }
    quint16 rest = 0;
    quint16 ws = 0;
    quint16 clob = 0;
    if (!port(parser.value(restPort), rest) || !port(parser.value(wsPort), ws)
        || !port(parser.value(polymarketPort), clob))
        return fail(QStringLiteral("ports must be integers from 0 to 65535"));

    const bool scenarioPolymarket = !scenario.polymarket.markets.isEmpty();
    orion::SimKalshiServer server(orion::SimScenarioRunner::kalshiScenario(scenario));
    for (const QString& entry : parser.values(key)) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return fail(QStringLiteral("--kalshi-key takes ID=PUBLIC.pem, got ") + entry);
        QFile file(entry.mid(equals + 1));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString()));
        const orion::Status registered = server.registerKey(entry.left(equals), file.readAll());
        if (!registered.ok())
            return fail(registered.error().message);
    }
    const orion::Status listening = server.listen(rest, ws);
    if (!listening.ok())
        return fail(listening.error().message);

    std::printf("kalshi-rest %s\n", server.restBaseUrl().toString().toUtf8().constData());
    std::printf("kalshi-ws %s\n", server.wsUrl().toString().toUtf8().constData());
    orion::SimPolymarketVenue polymarket;
    if (scenarioPolymarket)
        polymarket.loadScenario(scenario.polymarket);
    else
        polymarket.addDemoMarkets();
    if (!polymarket.listen(QHostAddress::LocalHost, clob))
        return fail(QStringLiteral("cannot listen for the Polymarket services on port %1 (and the next two)").arg(clob));
    for (const QString& line : polymarket.serviceLines())
        std::printf("%s\n", line.toUtf8().constData());
    orion::SimScenarioRunner runner(scenario, &server.exchange(), scenarioPolymarket ? &polymarket.exchange() : nullptr);
    std::printf("ready\n");
    std::fflush(stdout);
    runner.start();

    stopPoll.start(100);
    return QCoreApplication::exec();
}
