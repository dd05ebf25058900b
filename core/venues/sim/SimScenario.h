#pragma once

#include "common/Result.h"
#include "venues/sim/SimPolymarketMarket.h"

#include <QDateTime>
#include <QList>
#include <QPair>
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

// One step of a scripted price path: at `atMs` after the scenario starts, the market maker's quote becomes one
// YES bid and one YES ask of `hundredths` each (a price of 0 leaves that side empty).
struct SimScenarioQuote
{
    std::int64_t yesBidMicros = 0;
    std::int64_t yesAskMicros = 0;
    std::int64_t hundredths = 0;
};

struct SimScenarioPathPoint
{
    qint64 atMs = 0;
    SimScenarioQuote quote;             // in the Kalshi YES frame for a pair
    bool hasPolymarket = false;         // pairs only: Polymarket's own quote (its YES token) at this step instead
    SimScenarioQuote polymarket;        // of the mirrored one, which is how a dislocation is scripted
};

// A seeded random walk of the maker's mid, one tick up, down or still every stepMs; the spread and size are the
// opening book's (or 2 ticks / 100 contracts).
struct SimScenarioRandomWalk
{
    int stepMs = 0;                     // 0: no walk
    bool hasSeed = false;               // otherwise derived from the scenario's seed
    quint32 seed = 0;
};

struct SimScenarioSettlement
{
    qint64 atMs = -1;                   // < 0: never
    bool yesWins = true;
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
    int exchangeIndex = 0;                     // Kalshi exchange shard (Aug 2026): collateral is held per shard
    std::vector<SimScenarioLevel> yesBids;     // resting at start, owned by the scenario's market maker
    std::vector<SimScenarioLevel> yesAsks;
    // Random walk: every flowIntervalMs another trader sends one IOC order of up to flowMaxHundredths at the
    // best price (0 = no flow).
    int flowIntervalMs = 0;
    std::int64_t flowMaxHundredths = 0;
    // Run by SimScenarioRunner: a scripted path or a random walk of the maker's quote, and a settlement.
    std::vector<SimScenarioPathPoint> path;
    SimScenarioRandomWalk randomWalk;
    SimScenarioSettlement settle;
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

// A Polymarket market of the scenario: its CLOB/Gamma description, the YES book it opens with (NO levels in the
// file are converted: a NO bid at p is a YES ask at 1 - p), seeded flow, and what SimScenarioRunner does to it.
struct SimScenarioPolymarketMarket
{
    SimPolymarketMarket spec;
    std::vector<SimScenarioLevel> yesBids;
    std::vector<SimScenarioLevel> yesAsks;
    int flowIntervalMs = 0;             // another trader's FAK buy of YES or NO every interval (0 = none)
    std::int64_t flowMaxHundredths = 0;
    std::vector<SimScenarioPathPoint> path;
    SimScenarioRandomWalk randomWalk;
    SimScenarioSettlement settle;
};

// A wallet that exists before the client connects: its pUSD and token balances.
struct SimScenarioWallet
{
    QString address;                    // lower-case 0x hex
    std::int64_t collateralMicros = 0;
    QList<QPair<QString, std::int64_t>> tokens; // token id, hundredths
};

// The Polymarket simulator's faults (see SimClobServer / SimPolymarketExchange for what each does on the wire).
struct SimScenarioPolymarketFaults
{
    int http429EveryN = 0;              // every Nth CLOB request: 429 {"error":"Too Many Requests"}, Retry-After 1
    int http5xxEveryN = 0;              // every Nth CLOB request: 503
    int http425EveryN = 0;              // every Nth CLOB request: 425, the matching engine restarting
    int slowResponseMs = 0;             // every CLOB response is delayed this long
    int malformedEveryN = 0;            // every Nth CLOB response is truncated JSON
    int dropWsAfterMessages = 0;        // every WebSocket client is dropped after this many messages (once)
    int ghostFillAfterMs = -1;          // >= 0: every trade is MATCHED, then FAILED this long after
    int confirmAfterMs = 1'500;         // otherwise trades are CONFIRMED this long after matching
    int fakLingerMs = 0;                // an unfilled FAK rests this long before its remainder is cancelled
    bool postOnlyMode = false;          // non-post-only orders answer 503 post_only_mode
    int postOnlyRetryAfterSeconds = 120;
};

struct SimScenarioPolymarket
{
    std::int64_t startingCollateralMicros = 1'000'000'000; // pUSD of every wallet that creates an API key
    QList<SimScenarioPolymarketMarket> markets;
    QList<SimScenarioWallet> wallets;
    SimScenarioPolymarketFaults faults;
};

// The same event on both venues. inverse: Kalshi's YES is Polymarket's NO token. A pair's path, walk and
// settlement (in the Kalshi YES frame) drive both markets.
struct SimScenarioPair
{
    QString kalshiTicker;
    QString polymarketConditionId;
    bool inverse = false;
    std::vector<SimScenarioPathPoint> path;
    SimScenarioRandomWalk randomWalk;
    SimScenarioSettlement settle;
};

struct SimScenario
{
    QString name = QStringLiteral("demo");
    std::int64_t startingBalanceMicros = 10'000'000'000; // $10,000 per registered key
    // Kalshi: starting cash per exchange shard (exchange_index -> micro-dollars); empty: all on shard 0.
    std::vector<std::pair<int, std::int64_t>> startingBalanceByShard;
    quint32 seed = 1;
    QList<SimScenarioSeries> series;
    QList<SimScenarioEvent> events;
    QList<SimScenarioMarket> markets;
    SimScenarioFaults faults;
    SimScenarioPolymarket polymarket;   // optional `polymarket:` section
    QList<SimScenarioPair> pairs;

    // A small built-in world: two series, three events, five markets with books on both sides.
    static SimScenario demo();
    // A YAML file in the shape of tests/data/kalshi/scenario-demo.yaml; sim.scenario errors name the key.
    [[nodiscard]] static Result<SimScenario> loadYaml(const QString& path);
};

} // namespace orion
