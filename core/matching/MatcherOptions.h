#pragma once

namespace orion {

// Tunables of EventMatcher. Defaults fail closed: a pair is `auto` only with a high score, no flag at all, and
// readable rules on both sides.
struct MatcherOptions
{
    double autoThreshold = 0.80;   // score at or above which a clean pair is `auto`
    double reviewThreshold = 0.45; // score below which a pair is `rejected`
    int maxDateGapDays = 1;        // event days or deadlines further apart than this: date_mismatch
    int maxCloseGapDays = 45;      // close times further apart than this when the texts name no date
    bool requireRulesForAuto = true; // a market without rules text can be `review` at best
    int candidatesPerMarket = 24;  // candidates scored in full per Kalshi market
    bool includeRejected = false;  // also report rejected pairs (for diagnosis)
};

} // namespace orion
