#include "storage/OpportunityRepository.h"

#include "storage/Database.h"
#include "storage/SqlError.h"

#include <QSqlQuery>
#include <QVariant>

namespace orion {

namespace {

QVariant sqlInt(std::int64_t value)
{
    return QVariant::fromValue(static_cast<qint64>(value));
}

QString closeReasonText(OpportunityCloseReason reason)
{
    switch (reason) {
    case OpportunityCloseReason::None:
        return QString();
    case OpportunityCloseReason::Gone:
        return QStringLiteral("gone");
    case OpportunityCloseReason::BookUnusable:
        return QStringLiteral("book_unusable");
    case OpportunityCloseReason::FeeUnknown:
        return QStringLiteral("fee_unknown");
    case OpportunityCloseReason::PairRemoved:
        return QStringLiteral("pair_removed");
    }
    return QString();
}

} // namespace

OpportunityRepository::OpportunityRepository(Database& database, QString runId)
    : m_database(database), m_runId(std::move(runId))
{
}

QString OpportunityRepository::rowId(OpportunityId id) const
{
    return m_runId + QLatin1Char(':') + QString::number(id);
}

Result<qint64> OpportunityRepository::pairRowId(const Opportunity& opportunity) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM market_pairs WHERE kalshi_market_id = ? AND polymarket_market_id = ?"));
    query.addBindValue(opportunity.kalshi.market.id);
    query.addBindValue(opportunity.polymarket.market.id);
    if (!query.exec()) {
        return sqlError(tr("Cannot look up the pair of opportunity %1").arg(opportunity.id), query.lastError());
    }
    if (!query.next()) {
        return makeError(QStringLiteral("storage.not_found"),
                         tr("The pair %1 / %2 is not in market_pairs")
                             .arg(opportunity.kalshi.market.id, opportunity.polymarket.market.id));
    }
    return query.value(0).toLongLong();
}

Status OpportunityRepository::record(const OpportunityEvent& event)
{
    const Opportunity& o = event.opportunity;
    QSqlQuery query(m_database.connection());
    switch (event.kind) {
    case OpportunityEvent::Kind::Opened: {
        const Result<qint64> pair = pairRowId(o);
        if (!pair.ok()) {
            return pair.error();
        }
        query.prepare(QStringLiteral(
            "INSERT INTO opportunities (id, pair_id, direction, size_hundredths, kalshi_avg_price_micros, "
            "polymarket_avg_price_micros, cost_micros, fees_micros, profit_micros, edge_micros, kalshi_book_age_ms, "
            "polymarket_book_age_ms, tradable, opened_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"));
        query.addBindValue(rowId(o.id));
        query.addBindValue(pair.value());
        query.addBindValue(o.direction == ArbDirection::KalshiYes ? QStringLiteral("kalshi_yes")
                                                                  : QStringLiteral("kalshi_no"));
        break;
    }
    case OpportunityEvent::Kind::Updated:
        query.prepare(QStringLiteral(
            "UPDATE opportunities SET size_hundredths = ?, kalshi_avg_price_micros = ?, "
            "polymarket_avg_price_micros = ?, cost_micros = ?, fees_micros = ?, profit_micros = ?, edge_micros = ?, "
            "kalshi_book_age_ms = ?, polymarket_book_age_ms = ?, updated_at = ? WHERE id = ?"));
        break;
    case OpportunityEvent::Kind::Closed:
        query.prepare(QStringLiteral("UPDATE opportunities SET closed_at = ?, updated_at = ?, "
                                     "blocked_reason = COALESCE(blocked_reason, ?) WHERE id = ?"));
        query.addBindValue(event.timestampMs);
        query.addBindValue(event.timestampMs);
        query.addBindValue(closeReasonText(event.closeReason));
        query.addBindValue(rowId(o.id));
        break;
    }
    if (event.kind != OpportunityEvent::Kind::Closed) {
        query.addBindValue(sqlInt(o.size.hundredths()));
        query.addBindValue(sqlInt(o.kalshi.averagePrice.micros()));
        query.addBindValue(sqlInt(o.polymarket.averagePrice.micros()));
        query.addBindValue(sqlInt(o.totalCost.micros()));
        query.addBindValue(sqlInt(o.totalFees.micros()));
        query.addBindValue(sqlInt(o.lockedInProfit.micros()));
        query.addBindValue(sqlInt(o.edgePerContract.micros()));
        query.addBindValue(std::max<qint64>(o.kalshi.bookAgeMs, 0));
        query.addBindValue(std::max<qint64>(o.polymarket.bookAgeMs, 0));
        if (event.kind == OpportunityEvent::Kind::Opened) {
            query.addBindValue(event.timestampMs);
        }
        query.addBindValue(event.timestampMs);
        if (event.kind == OpportunityEvent::Kind::Updated) {
            query.addBindValue(rowId(o.id));
        }
    }
    if (!query.exec()) {
        return sqlError(tr("Cannot record opportunity %1").arg(rowId(o.id)), query.lastError());
    }
    if (event.kind != OpportunityEvent::Kind::Opened && query.numRowsAffected() != 1) {
        return makeError(QStringLiteral("storage.not_found"),
                         tr("Opportunity %1 was never recorded as opened").arg(rowId(o.id)));
    }
    return {};
}

Status OpportunityRepository::markBlocked(OpportunityId id, const QString& reason)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("UPDATE opportunities SET tradable = 0, blocked_reason = ? WHERE id = ?"));
    query.addBindValue(reason.isNull() ? QStringLiteral("") : reason);
    query.addBindValue(rowId(id));
    if (!query.exec()) {
        return sqlError(tr("Cannot mark opportunity %1 as blocked").arg(rowId(id)), query.lastError());
    }
    return {};
}

} // namespace orion
