#pragma once

#include "matching/PairDecisionStore.h"

namespace orion {

class Database;

// The user's pair decisions in market_pairs: decision 'confirmed' (with the chosen polarity) or 'user_rejected',
// decided_by 'user'. The matcher's own rows ('auto', 'review', 'rejected') share the table but never overwrite
// a user decision; forgetting a decision returns the pair to 'review' (rows stay: opportunities refer to them).
class SqlPairDecisionStore final : public PairDecisionStore
{
public:
    explicit SqlPairDecisionStore(Database& database);

    [[nodiscard]] Result<QList<PairDecision>> loadDecisions() override;
    [[nodiscard]] Status saveDecision(const PairDecision& decision) override;
    [[nodiscard]] Status removeDecision(const QString& kalshiTicker, const QString& polymarketKey) override;

private:
    Database& m_database;
};

} // namespace orion
