#pragma once

#include "common/Cash.h"
#include "common/Price.h"
#include "common/Ratio.h"
#include "config/TradingMode.h"
#include "config/VenueEnvironment.h"

#include <QString>
#include <QtGlobal>

namespace orion {

// Orion's configuration as typed values. One struct per section of config.yaml; SettingsSchema.h documents every
// key (unit, range, help) and is the only place that maps keys to these fields.
//
// A default-constructed Settings is all zeros and is NOT valid: the defaults live in config/config.yaml, embedded
// in the binary, and come from SettingsLoader::loadDefault().

struct TradingSettings
{
    Price thresholdSpread;     // trading.threshold_spread: minimum locked-in profit per contract pair, after fees
    Ratio maxTradeSizePct;     // trading.max_trade_size_pct: largest trade as a fraction of the bankroll
    Cash minTradeSizeUsd;      // trading.min_trade_size_usd: smaller trades are not worth their fees and risk
    Cash targetLiquidityDepth; // trading.target_liquidity_depth: dollars of depth wanted at the opportunity's prices
    Ratio slippageTolerance;   // trading.slippage_tolerance: worst price accepted, as a fraction of the quoted price
    bool autoExecute = false;  // trading.auto_execute: trade without asking (paper and live modes)

    friend bool operator==(const TradingSettings&, const TradingSettings&) = default;
};

struct CapitalSettings
{
    Cash initialBankroll;          // capital.initial_bankroll
    Ratio kalshiAllocationPct;     // capital.kalshi_allocation_pct
    Ratio polymarketAllocationPct; // capital.polymarket_allocation_pct
    Ratio reservePct;              // capital.reserve_pct: never traded
    int rebalanceIntervalHr = 0;   // capital.rebalance_interval_hr: 0 = never suggest a rebalance

    friend bool operator==(const CapitalSettings&, const CapitalSettings&) = default;
};

struct RiskSettings
{
    int maxOpenPositions = 0; // risk.max_open_positions
    Cash maxExposurePerEvent; // risk.max_exposure_per_event
    Ratio maxDailyLossPct;    // risk.max_daily_loss_pct: of the bankroll; trips the circuit breaker

    friend bool operator==(const RiskSettings&, const RiskSettings&) = default;
};

struct EngineSettings
{
    int pollIntervalMs = 0;                 // engine.poll_interval_s, in whole milliseconds
    TradingMode mode = TradingMode::DryRun; // engine.mode
    int maxBookAgeMs = 0;                   // engine.max_book_age_ms: older books never trade

    friend bool operator==(const EngineSettings&, const EngineSettings&) = default;
};

struct DatabaseSettings
{
    QString url; // database.url, e.g. "sqlite:///data/arbitrage.db"

    friend bool operator==(const DatabaseSettings&, const DatabaseSettings&) = default;
};

struct LoggingSettings
{
    QString level;           // logging.level: debug | info | warning | error | critical
    QString file;            // logging.file: empty = console only
    qint64 maxFileBytes = 0; // logging.max_file_bytes: rotate when the file reaches this size
    int maxFiles = 0;        // logging.max_files: rotated files kept

    friend bool operator==(const LoggingSettings&, const LoggingSettings&) = default;
};

// The base URLs of one environment. In the simulator environment a URL may be "auto": the built-in simulator
// listens on loopback ports of its choosing and the clients use those.
struct VenueEndpoints
{
    QString kalshiRestUrl;      // e.g. https://external-api.kalshi.com/trade-api/v2
    QString kalshiWsUrl;        // e.g. wss://external-api-ws.kalshi.com/trade-api/ws/v2
    QString polymarketGammaUrl; // e.g. https://gamma-api.polymarket.com
    QString polymarketClobUrl;  // e.g. https://clob.polymarket.com
    QString polymarketWsUrl;    // e.g. wss://ws-subscriptions-clob.polymarket.com/ws (clients add /market, /user)
    QString polymarketDepositWallet; // POLY_1271 deposit wallet holding the funds; empty: the key's own address

    static bool isAuto(const QString& url) { return url == QLatin1String("auto"); }

    friend bool operator==(const VenueEndpoints&, const VenueEndpoints&) = default;
};

struct VenuesSettings
{
    VenueEnvironment environment = VenueEnvironment::Simulator; // venues.environment
    VenueEndpoints production;                                  // venues.production.*
    VenueEndpoints demo;                                        // venues.demo.*
    VenueEndpoints simulator;                                   // venues.simulator.*

    const VenueEndpoints& endpoints(VenueEnvironment which) const
    {
        switch (which) {
        case VenueEnvironment::Production:
            return production;
        case VenueEnvironment::Demo:
            return demo;
        case VenueEnvironment::Simulator:
            break;
        }
        return simulator;
    }
    // The endpoints of the selected environment.
    const VenueEndpoints& active() const { return endpoints(environment); }

    friend bool operator==(const VenuesSettings&, const VenuesSettings&) = default;
};

struct TelegramSettings
{
    bool enabled = false; // alerts.telegram.enabled (bot token and chat id live in the credential store)

    friend bool operator==(const TelegramSettings&, const TelegramSettings&) = default;
};

// Which events send an alert (alerts.events.*).
struct AlertEventSettings
{
    bool opportunity = false;
    bool trade = false;
    bool error = false;
    bool circuitBreaker = false;

    friend bool operator==(const AlertEventSettings&, const AlertEventSettings&) = default;
};

struct AlertsSettings
{
    TelegramSettings telegram;
    Cash minProfitUsd;    // alerts.min_profit_usd: opportunity alerts only from this locked-in profit
    Price minEdge;        // alerts.min_edge: ... and from this profit per contract pair
    int maxPerMinute = 0; // alerts.max_per_minute: rate limit across all alert kinds
    AlertEventSettings events;

    friend bool operator==(const AlertsSettings&, const AlertsSettings&) = default;
};

struct Settings
{
    TradingSettings trading;
    CapitalSettings capital;
    RiskSettings risk;
    EngineSettings engine;
    DatabaseSettings database;
    LoggingSettings logging;
    VenuesSettings venues;
    AlertsSettings alerts;

    friend bool operator==(const Settings&, const Settings&) = default;
};

} // namespace orion
