#pragma once

#include "matching/CatalogueMarket.h"
#include "matching/DateExtractor.h"
#include "matching/ThresholdExtractor.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace orion {

// One side of a head-to-head fixture ("Heidenheim" with Kalshi code "FCH"; "Hawks" → team:nba:hawks).
struct FixtureSide
{
    QString name;
    QString code;       // venue abbreviation when known (Kalshi ticker code, Polymarket slug code)
    QStringList tokens; // name tokens without club noise ("1. FC Heidenheim 1846" → heidenheim)
    QSet<QString> ids;  // team/country ids
};

// Who or what a market's YES (Polymarket: outcome 1) is about.
struct MarketSubject
{
    enum class Kind { None, Named, Draw, Any, Other, Placeholder };

    Kind kind = Kind::None;
    QString name;
    QStringList tokens;
    QSet<QString> ids;
    QString code;
    int fixtureSide = -1; // 0 or 1 when the subject is a side of the market's fixture
};

// Everything the matcher compares, computed once per market by FeatureExtractor.
struct MarketFeatures
{
    CatalogueVenue venue = CatalogueVenue::Kalshi;
    QStringList tokens;          // unique content tokens of market and event texts
    QSet<QString> entities;      // EntityExtractor ids
    QString league;
    MarketSubject subject;
    QList<MarketSubject> outcomeSubjects; // Polymarket named outcomes (head-to-head), in outcome order
    QList<FixtureSide> fixture;  // two sides, or empty
    DateFacts dates;
    std::optional<QDate> eventDate; // the day a game or fixture is played (tickers, slugs, start times)
    QDate closeDay;
    QList<NumericThreshold> thresholds;
    QSet<QString> qualifiers;    // "period:h1", "kind:spread", "rank:advance", "stage:primary", "announce", …
    QSet<QString> sources;       // "station:kmdw", "index:trimmed-mean", "exchange:binance"
    QString voidRule;            // "no", "half", "fair", "refund" or empty when the rules do not say
    bool combo = false;          // multi-leg parlay
    bool multiOutcome = false;
    bool rulesMissing = true;
    bool rulesUnreadable = false;
    QString placeholder;         // the template placeholder text found, or empty
    QStringList terms;           // CandidateIndex terms, cached by EventMatcher::match (empty: computed on demand)
};

} // namespace orion
