#pragma once

#include "market/Polarity.h"

#include <QString>
#include <QStringList>

namespace orion {

// Polarity (market/Polarity.h): YES of the Kalshi market is the Polymarket market's first outcome (Same) or its
// second (Inverse).
enum class MatchDecision { Auto, Review, Rejected };

inline QString polarityName(Polarity polarity)
{
    return polarity == Polarity::Same ? QStringLiteral("same") : QStringLiteral("inverse");
}

inline QString decisionName(MatchDecision decision)
{
    switch (decision) {
    case MatchDecision::Auto: return QStringLiteral("auto");
    case MatchDecision::Review: return QStringLiteral("review");
    case MatchDecision::Rejected: return QStringLiteral("rejected");
    }
    return QStringLiteral("rejected");
}

// One scored Kalshi ↔ Polymarket pair. `flags` name everything that makes the pair unsafe (stable tags such as
// "date_mismatch", "comparator_mismatch"); an `auto` pair has none.
struct MatchResult
{
    QString kalshiTicker;
    QString polymarketKey;
    Polarity polarity = Polarity::Same;
    double score = 0.0;
    MatchDecision decision = MatchDecision::Rejected;
    QStringList flags;
    QString kalshiTitle;     // for reports only
    QString polymarketTitle; // for reports only
};

} // namespace orion
