#include "matching/PairRegistry.h"

#include "common/Logging.h"

#include <QSet>

namespace orion {

PairRegistry::PairRegistry(PairDecisionStore& store)
    : m_store(store)
{
}

QString PairRegistry::keyOf(const QString& kalshiTicker, const QString& polymarketKey)
{
    return kalshiTicker + QLatin1Char('\x1f') + polymarketKey;
}

Status PairRegistry::load()
{
    Result<QList<PairDecision>> decisions = m_store.loadDecisions();
    if (!decisions.ok())
        return decisions.error();
    m_decisions.clear();
    for (const PairDecision& decision : decisions.value())
        m_decisions.insert(keyOf(decision.kalshiTicker, decision.polymarketKey), decision);
    return {};
}

Status PairRegistry::store(const PairDecision& decision)
{
    if (decision.kalshiTicker.trimmed().isEmpty() || decision.polymarketKey.trimmed().isEmpty())
        return makeError(QStringLiteral("pairs.key"), QStringLiteral("a pair needs a Kalshi ticker and a Polymarket key"));
    // Persist first: a decision that was not saved must not change what trades.
    const Status saved = m_store.saveDecision(decision);
    if (!saved.ok())
        return saved;
    m_decisions.insert(keyOf(decision.kalshiTicker, decision.polymarketKey), decision);
    qCInfo(lcMatching) << "pair" << decision.kalshiTicker << decision.polymarketKey
                       << (decision.verdict == PairDecision::Verdict::Confirmed ? "confirmed" : "rejected");
    return {};
}

Status PairRegistry::confirm(const QString& kalshiTicker, const QString& polymarketKey, Polarity polarity,
                             const QDateTime& at, const QString& note)
{
    return store(PairDecision{kalshiTicker, polymarketKey, PairDecision::Verdict::Confirmed, polarity, at, note});
}

Status PairRegistry::reject(const QString& kalshiTicker, const QString& polymarketKey, const QDateTime& at,
                            const QString& note)
{
    return store(PairDecision{kalshiTicker, polymarketKey, PairDecision::Verdict::Rejected, Polarity::Same, at, note});
}

Status PairRegistry::forget(const QString& kalshiTicker, const QString& polymarketKey)
{
    const Status removed = m_store.removeDecision(kalshiTicker, polymarketKey);
    if (!removed.ok())
        return removed;
    m_decisions.remove(keyOf(kalshiTicker, polymarketKey));
    return {};
}

std::optional<PairDecision> PairRegistry::decisionFor(const QString& kalshiTicker, const QString& polymarketKey) const
{
    const auto it = m_decisions.constFind(keyOf(kalshiTicker, polymarketKey));
    if (it == m_decisions.constEnd())
        return std::nullopt;
    return it.value();
}

QList<MatchResult> PairRegistry::apply(const QList<MatchResult>& results) const
{
    QList<MatchResult> out;
    out.reserve(results.size());
    QSet<QString> seen;
    for (MatchResult result : results) {
        const QString key = keyOf(result.kalshiTicker, result.polymarketKey);
        seen.insert(key);
        const auto it = m_decisions.constFind(key);
        if (it != m_decisions.constEnd()) {
            if (it->verdict == PairDecision::Verdict::Rejected) {
                result.decision = MatchDecision::Rejected;
                result.flags.prepend(QStringLiteral("user_rejected"));
            } else {
                result.decision = MatchDecision::Auto;
                result.polarity = it->polarity;
                result.flags.prepend(QStringLiteral("user_confirmed"));
            }
        }
        out.append(std::move(result));
    }
    for (const PairDecision& decision : m_decisions) {
        if (decision.verdict != PairDecision::Verdict::Confirmed
            || seen.contains(keyOf(decision.kalshiTicker, decision.polymarketKey)))
            continue;
        MatchResult confirmed;
        confirmed.kalshiTicker = decision.kalshiTicker;
        confirmed.polymarketKey = decision.polymarketKey;
        confirmed.polarity = decision.polarity;
        confirmed.decision = MatchDecision::Auto;
        confirmed.flags = {QStringLiteral("user_confirmed")};
        out.append(confirmed);
    }
    return out;
}

bool PairRegistry::isTradable(const MatchResult& result) const
{
    const auto it = m_decisions.constFind(keyOf(result.kalshiTicker, result.polymarketKey));
    if (it != m_decisions.constEnd()) {
        return it->verdict == PairDecision::Verdict::Confirmed && it->polarity == result.polarity;
    }
    return result.decision == MatchDecision::Auto && result.flags.isEmpty();
}

} // namespace orion
