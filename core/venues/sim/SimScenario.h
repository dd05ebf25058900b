#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

namespace orion {

// What a simulated venue starts with: series, events, markets with their opening books, the cash every
// registered key receives, a seed for the random flow, and the faults to inject. Money is integer micro-dollars
// and hundredths of a contract, as everywhere in Orion.
struct SimScenarioLevel
{
    std::int64_t priceMicros = 0;
    std::int64_t hundredths = 0;
};

struct SimScenarioSeries
{
    QString ticker;
    QString title;
    QString category;
    QString feeType = QStringLiteral("quadratic"); // quadratic | quadratic_with_maker_fees | ..._combo_... | flat
    std::int64_t feeMultiplierPpm = 1'000'000;
};

struct SimScenarioEvent
{
    QString eventTicker;
    QString seriesTicker;
    QString title;
    QString subTitle;
    bool mutuallyExclusive = false;
};

struct SimScenarioMarket
{
    QString ticker;
    QString eventTicker;
    QString title;
    QString yesSubTitle;
    QString noSubTitle;
    QString rulesPrimary;
    QString status = QStringLiteral("active"); // REST status: initialized, active, inactive, closed, determined, finalized
    QDateTime openTime;
    QDateTime closeTime;
    std::int64_t tickMicros = 10'000;          // price_ranges step on [0, 1]
    std::vector<SimScenarioLevel> yesBids;     // resting at start, owned by the scenario's market maker
    std::vector<SimScenarioLevel> yesAsks;
    // Random walk: every flowIntervalMs another trader sends one IOC order of up to flowMaxHundredths at the
    // best price (0 = no flow).
    int flowIntervalMs = 0;
    std::int64_t flowMaxHundredths = 0;
};

struct SimScenarioFaults
{
    int http429EveryN = 0;     // every Nth REST request gets 429 {"error":"too many requests"} (no Retry-After)
    int http5xxEveryN = 0;     // every Nth REST request gets 503
    int slowResponseMs = 0;    // every REST response is delayed this long
    int malformedEveryN = 0;   // every Nth REST response is truncated JSON
    int dropWsAfterMessages = 0; // the WebSocket is dropped after this many feed messages (once)
    int sequenceGapEveryN = 0; // every Nth orderbook_delta is skipped (its seq is consumed)
    QList<QString> ghostOrderTickers; // orders on these markets are accepted and then never fill
};

struct SimScenario
{
    QString name = QStringLiteral("demo");
    std::int64_t startingBalanceMicros = 10'000'000'000; // $10,000 per registered key
    quint32 seed = 1;
    QList<SimScenarioSeries> series;
    QList<SimScenarioEvent> events;
    QList<SimScenarioMarket> markets;
    SimScenarioFaults faults;

    // A small built-in world: two series, three events, five markets with books on both sides.
    static SimScenario demo();
    // A YAML file in the shape of tests/data/kalshi/scenario-demo.yaml; sim.scenario errors name the key.
    [[nodiscard]] static Result<SimScenario> loadYaml(const QString& path);
};

} // namespace orion
