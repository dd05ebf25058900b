#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace orion {

// Named things a market is about, as stable ids the two venues can agree on:
//   team:<league>:<nickname>  (NBA, NFL, MLB, NHL: "Atlanta", "ATL", "Hawks", "Los Angeles C" → team:nba:hawks)
//   country:<iso3>            ("South Korea", "Korea Republic", "KOR" → country:kor)
//   party:<dem|rep|…>         ("Democrat", "the Democratic Party" → party:dem)
//   district:<st-nn>          ("NC-1", "NC-01" → district:nc-01)
//   asset:<symbol>            ("Dogecoin", "DOGE" → asset:doge)
//   person:<first last>       (capitalised multi-word names)
// The tables are immutable data compiled in; nothing here holds state.
class EntityExtractor final
{
public:
    // All entity ids found in free text. `league` ("nba", …, or empty) narrows city names to one team.
    [[nodiscard]] static QSet<QString> extract(const QString& text, const QString& league);

    // Team ids a name may denote: a city alone may denote several teams unless the league is known.
    [[nodiscard]] static QSet<QString> teamIds(const QString& name, const QString& league);
    // Team ids for a venue abbreviation ("ATL", "LAL") in a league; empty without a league.
    [[nodiscard]] static QSet<QString> teamIdsForCode(const QString& code, const QString& league);
    [[nodiscard]] static QString countryId(const QString& name);
    // ISO 3166 alpha-3 or FIFA code ("RSA", "ZAF" → country:zaf).
    [[nodiscard]] static QString countryIdForCode(const QString& code);
    [[nodiscard]] static QString partyId(const QString& name);
    [[nodiscard]] static QString assetId(const QString& name);
    // "nba", "nfl", "mlb", "nhl" when a ticker, slug or title names the league; else empty.
    [[nodiscard]] static QString leagueOf(const QString& text);
    [[nodiscard]] static QStringList districts(const QString& text);
    [[nodiscard]] static QStringList people(const QString& text);
};

} // namespace orion
