#pragma once

#include "matching/CandidateIndex.h"
#include "matching/CatalogueMarket.h"
#include "matching/MarketFeatures.h"
#include "matching/MatchResult.h"
#include "matching/MatcherOptions.h"

#include <QList>

namespace orion {

// Decides which Kalshi and Polymarket markets are the same contract, with polarity.
//
// For each Kalshi market the CandidateIndex proposes the Polymarket markets sharing rare terms; each candidate is
// scored from text similarity (IDF-weighted cosine), subject agreement (who YES is about, through the fixture when
// both are head-to-head) and structured agreement (dates, thresholds, entities, qualifiers). Anything that makes
// a pair unsafe becomes a flag; some flags reject outright (a different subject, fixture, period, market kind,
// rank or strike), the rest send the pair to review. Finally each market keeps only its best partner.
// `auto` needs a high score, a resolved subject and no flag at all: rules that cannot be read, template
// placeholders and (by default) missing rules never trade automatically.
class EventMatcher final
{
public:
    explicit EventMatcher(MatcherOptions options = MatcherOptions());

    [[nodiscard]] QList<MatchResult> match(const QList<CatalogueMarket>& kalshi,
                                           const QList<CatalogueMarket>& polymarket) const;

    // Scores one pair from precomputed features; `index` supplies term rarity (without one every term weighs 1).
    [[nodiscard]] MatchResult compare(const CatalogueMarket& kalshi, const MarketFeatures& kalshiFeatures,
                                      const CatalogueMarket& polymarket, const MarketFeatures& polymarketFeatures,
                                      const CandidateIndex* index = nullptr) const;
    // Scores one pair of markets on their own (features extracted here; no sibling context).
    [[nodiscard]] MatchResult compare(const CatalogueMarket& kalshi, const CatalogueMarket& polymarket) const;

    const MatcherOptions& options() const { return m_options; }

private:
    MatcherOptions m_options;
};

} // namespace orion
