#pragma once

#include "common/Result.h"
#include "matching/MatchResult.h"
#include "matching/PairDecisionStore.h"

#include <QHash>
#include <QList>

#include <optional>

namespace orion {

// The pairs people confirmed or rejected. Their decisions always win over the matcher: a rejected pair never
// trades whatever its score; a confirmed pair trades with the polarity the person chose. Apart from confirmed
// pairs, only pairs the matcher called `auto` are tradable.
class PairRegistry final
{
public:
    explicit PairRegistry(PairDecisionStore& store);
    Q_DISABLE_COPY_MOVE(PairRegistry)

    [[nodiscard]] Status load();
    [[nodiscard]] Status confirm(const QString& kalshiTicker, const QString& polymarketKey, Polarity polarity,
                                 const QDateTime& at, const QString& note = QString());
    [[nodiscard]] Status reject(const QString& kalshiTicker, const QString& polymarketKey, const QDateTime& at,
                                const QString& note = QString());
    // Drops the person's decision; the matcher's verdict applies again.
    [[nodiscard]] Status forget(const QString& kalshiTicker, const QString& polymarketKey);

    [[nodiscard]] std::optional<PairDecision> decisionFor(const QString& kalshiTicker,
                                                          const QString& polymarketKey) const;
    // Matcher output with user decisions applied: rejected pairs become `rejected` ("user_rejected"); confirmed
    // pairs become `auto` with the chosen polarity ("user_confirmed"), and confirmed pairs the matcher did not
    // propose are added.
    [[nodiscard]] QList<MatchResult> apply(const QList<MatchResult>& results) const;
    [[nodiscard]] bool isTradable(const MatchResult& result) const;
    [[nodiscard]] int size() const { return int(m_decisions.size()); }

private:
    static QString keyOf(const QString& kalshiTicker, const QString& polymarketKey);
    [[nodiscard]] Status store(const PairDecision& decision);

    PairDecisionStore& m_store;
    QHash<QString, PairDecision> m_decisions;
};

} // namespace orion
