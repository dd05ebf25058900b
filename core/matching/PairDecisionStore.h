#pragma once

#include "common/Result.h"
#include "matching/MatchResult.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace orion {

// A person's verdict on a Kalshi ↔ Polymarket pair. Confirmed pairs carry the polarity the person chose.
struct PairDecision
{
    enum class Verdict { Confirmed, Rejected };

    QString kalshiTicker;
    QString polymarketKey;
    Verdict verdict = Verdict::Rejected;
    Polarity polarity = Polarity::Same; // meaningful for Confirmed
    QDateTime decidedAt;
    QString note;

    friend bool operator==(const PairDecision&, const PairDecision&) = default;
};

// Port through which PairRegistry persists user decisions (the SQL implementation lives in core/storage).
class PairDecisionStore
{
public:
    virtual ~PairDecisionStore() = default;

    [[nodiscard]] virtual Result<QList<PairDecision>> loadDecisions() = 0;
    // Inserts or replaces the decision for (kalshiTicker, polymarketKey).
    [[nodiscard]] virtual Status saveDecision(const PairDecision& decision) = 0;
    [[nodiscard]] virtual Status removeDecision(const QString& kalshiTicker, const QString& polymarketKey) = 0;
};

} // namespace orion
