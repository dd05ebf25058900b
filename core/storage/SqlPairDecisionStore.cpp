#include "storage/SqlPairDecisionStore.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace orion {

SqlPairDecisionStore::SqlPairDecisionStore(Database& database)
    : m_database(database)
{
}

Result<QList<PairDecision>> SqlPairDecisionStore::loadDecisions()
{
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT kalshi_market_id, polymarket_market_id, decision, polarity, updated_at, note "
                                   "FROM market_pairs WHERE decision IN ('confirmed', 'user_rejected') ORDER BY id"))) {
        return sqlError(QStringLiteral("cannot read the pair decisions"), query.lastError());
    }
    QList<PairDecision> decisions;
    while (query.next()) {
        PairDecision decision;
        decision.kalshiTicker = query.value(0).toString();
        decision.polymarketKey = query.value(1).toString();
        decision.verdict = query.value(2).toString() == QLatin1String("confirmed") ? PairDecision::Verdict::Confirmed
                                                                                   : PairDecision::Verdict::Rejected;
        decision.polarity = query.value(3).toString() == QLatin1String("inverse") ? Polarity::Inverse : Polarity::Same;
        decision.decidedAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
        decision.note = query.value(5).toString();
        decisions.append(decision);
    }
    return decisions;
}

Status SqlPairDecisionStore::saveDecision(const PairDecision& decision)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO market_pairs (kalshi_market_id, polymarket_market_id, polarity, score, decision, flags, "
        "decided_by, created_at, updated_at, note) VALUES (?, ?, ?, 0, ?, '', 'user', ?, ?, ?) "
        "ON CONFLICT (kalshi_market_id, polymarket_market_id) DO UPDATE SET polarity = excluded.polarity, "
        "decision = excluded.decision, decided_by = 'user', updated_at = excluded.updated_at, note = excluded.note"));
    const qint64 at = decision.decidedAt.toMSecsSinceEpoch();
    query.addBindValue(decision.kalshiTicker);
    query.addBindValue(decision.polymarketKey);
    query.addBindValue(polarityName(decision.polarity));
    query.addBindValue(decision.verdict == PairDecision::Verdict::Confirmed ? QStringLiteral("confirmed")
                                                                            : QStringLiteral("user_rejected"));
    query.addBindValue(at);
    query.addBindValue(at);
    query.addBindValue(decision.note.isNull() ? QStringLiteral("") : decision.note); // NULL would break NOT NULL
    if (!query.exec()) {
        return sqlError(QStringLiteral("cannot save the pair decision"), query.lastError());
    }
    return {};
}

Status SqlPairDecisionStore::removeDecision(const QString& kalshiTicker, const QString& polymarketKey)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE market_pairs SET decision = 'review', decided_by = NULL, note = '' "
                                 "WHERE kalshi_market_id = ? AND polymarket_market_id = ? "
                                 "AND decision IN ('confirmed', 'user_rejected')"));
    query.addBindValue(kalshiTicker);
    query.addBindValue(polymarketKey);
    if (!query.exec()) {
        return sqlError(QStringLiteral("cannot remove the pair decision"), query.lastError());
    }
    return {};
}

} // namespace orion
