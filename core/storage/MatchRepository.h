#pragma once

#include "common/Result.h"
#include "matching/MatchResult.h"

#include <QDateTime>
#include <QList>

namespace orion {

class Database;

// The matcher's verdicts in market_pairs, so that opportunities, trades and the pair review refer to stored rows.
// A pair a person decided (confirmed / user_rejected) keeps the person's decision: only its score and flags are
// refreshed. Pairs the matcher no longer proposes are left as they were (history is never deleted).
class MatchRepository final
{
public:
    explicit MatchRepository(Database& database);

    [[nodiscard]] Status save(const QList<MatchResult>& results, const QDateTime& at);

private:
    Database& m_database;
};

} // namespace orion
