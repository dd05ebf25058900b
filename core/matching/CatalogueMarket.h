#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace orion {

enum class CatalogueVenue { Kalshi, Polymarket };

inline QString catalogueVenueName(CatalogueVenue venue)
{
    return venue == CatalogueVenue::Kalshi ? QStringLiteral("kalshi") : QStringLiteral("polymarket");
}

// One market of a venue catalogue, venue-neutral, as the venue's own JSON described it. Nothing here is derived:
// the matcher's features (FeatureExtractor) are computed from these fields, so a record can always be traced back.
struct CatalogueMarket
{
    CatalogueVenue venue = CatalogueVenue::Kalshi;
    // Kalshi: ticker. Polymarket: conditionId, else slug, else Gamma id (the key labels and pairs use).
    QString key;
    QString eventId;      // Kalshi event_ticker; Polymarket event id or slug
    QString seriesId;     // Kalshi series ticker when known
    QString eventTitle;
    QString eventSubtitle;
    QString title;        // Kalshi title; Polymarket question
    QString subtitle;     // Kalshi subtitle; Polymarket groupItemTitle
    QString yesLabel;     // Kalshi yes_sub_title; Polymarket first outcome
    QString noLabel;      // Kalshi no_sub_title; Polymarket second outcome
    QStringList outcomes; // Polymarket outcomes in order (outcome 1 = clobTokenIds[0]); empty for Kalshi
    QStringList outcomeTokenIds;
    QString slug;
    QDateTime closeTime;      // Kalshi close_time; Polymarket endDate
    QDateTime expirationTime; // Kalshi expected/latest expiration
    QDateTime eventStartTime; // Polymarket gameStartTime
    QString rulesText;        // Kalshi rules_primary + rules_secondary; Polymarket description
    QString resolutionSource; // Polymarket resolutionSource; Kalshi settlement source names/urls
    QString settlementStation; // weather station when the record names one
    QString marketType;        // Kalshi market_type; Polymarket sportsMarketType
    bool multiOutcome = false; // the market itself has more than two outcomes (scalar, categorical, combo)
    QString strikeType;
    std::optional<double> floorStrike;
    std::optional<double> capStrike;
    std::optional<double> line;
    bool active = true;
    bool closed = false;
    int sourceLine = 0; // 1-based line (JSON lines) or item number (array) the record came from
};

} // namespace orion
