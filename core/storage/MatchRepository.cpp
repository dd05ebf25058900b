#include "storage/MatchRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace orion {

MatchRepository::MatchRepository(Database& database)
    : m_database(database)
{
}

Status MatchRepository::save(const QList<MatchResult>& results, const QDateTime& at)
{
    QSqlDatabase connection = m_database.connection();
    if (!connection.transaction()) {
        return sqlError(QStringLiteral("cannot store the matched pairs"), connection.lastError());
    }
    QSqlQuery query(connection);
    query.prepare(QStringLiteral(
        "INSERT INTO market_pairs (kalshi_market_id, polymarket_market_id, polarity, score, decision, flags, "
        "decided_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'matcher', ?, ?) "
        "ON CONFLICT (kalshi_market_id, polymarket_market_id) DO UPDATE SET score = excluded.score, "
        "flags = excluded.flags, updated_at = excluded.updated_at, "
        "polarity = CASE WHEN market_pairs.decision IN ('confirmed', 'user_rejected') THEN market_pairs.polarity "
        "ELSE excluded.polarity END, "
        "decision = CASE WHEN market_pairs.decision IN ('confirmed', 'user_rejected') THEN market_pairs.decision "
        "ELSE excluded.decision END"));
    const qint64 atMs = at.toMSecsSinceEpoch();
    for (const MatchResult& result : results) {
        query.addBindValue(result.kalshiTicker);
        query.addBindValue(result.polymarketKey);
        query.addBindValue(polarityName(result.polarity));
        query.addBindValue(result.score);
        query.addBindValue(decisionName(result.decision));
        query.addBindValue(result.flags.isEmpty() ? QStringLiteral("") : result.flags.join(QLatin1Char(','))); // never NULL
        query.addBindValue(atMs);
        query.addBindValue(atMs);
        if (!query.exec()) {
            const QSqlError error = query.lastError();
            connection.rollback();
            return sqlError(QStringLiteral("cannot store the pair %1 / %2").arg(result.kalshiTicker,
                                                                                result.polymarketKey),
                            error);
        }
    }
    if (!connection.commit()) {
        return sqlError(QStringLiteral("cannot store the matched pairs"), connection.lastError());
    }
    return {};
}

} // namespace orion
