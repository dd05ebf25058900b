#include "storage/LedgerRepository.h"

#include "portfolio/PositionKey.h"
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

VenueId venueFrom(const QString& text)
{
    return text == QLatin1String("polymarket") ? VenueId::Polymarket : VenueId::Kalshi;
}

} // namespace

LedgerRepository::LedgerRepository(Database& database)
    : m_database(database)
{ }

bool LedgerRepository::isLedgerMode(const QString& mode)
{
    return mode == QLatin1String("paper") || mode == QLatin1String("live");
}

Status LedgerRepository::checkMode(const QString& mode) const
{
    if (isLedgerMode(mode)) {
        return {};
    }
    return makeError(
        QStringLiteral("storage.mode"), tr("The ledger is kept for paper and live mode only, not \"%1\"").arg(mode));
}

Status LedgerRepository::savePositions(
    const QString& mode, const QList<Position>& positions, const QHash<QString, Price>& marks, const QDateTime& at)
{
    const Status valid = checkMode(mode);
    if (!valid.ok()) {
        return valid;
    }
    const qint64 atMs = (at.isValid() ? at : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch();
    return m_database.transaction([&]() -> Status {
        QSqlQuery clear(m_database.connection());
        clear.prepare(QStringLiteral("DELETE FROM positions WHERE mode = ?"));
        clear.addBindValue(mode);
        if (!clear.exec()) {
            return sqlError(tr("Cannot replace the %1 positions").arg(mode), clear.lastError());
        }
        QSqlQuery insert(m_database.connection());
        insert.prepare(
            QStringLiteral("INSERT INTO positions (mode, venue, market_id, outcome, quantity_hundredths, cost_micros, "
                           "realized_pnl_micros, mark_micros, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const Position& position : positions) {
            if (position.isFlat()) {
                continue;
            }
            const auto mark = marks.constFind(positionKey(position.market, position.outcome));
            insert.addBindValue(mode);
            insert.addBindValue(venueName(position.market.venue));
            insert.addBindValue(position.market.id);
            insert.addBindValue(outcomeName(position.outcome));
            insert.addBindValue(sqlInt(position.quantity.hundredths()));
            insert.addBindValue(sqlInt(position.cost.micros()));
            insert.addBindValue(sqlInt(position.realizedPnl.micros()));
            insert.addBindValue(mark == marks.constEnd() ? QVariant() : sqlInt(mark->micros()));
            insert.addBindValue(atMs);
            if (!insert.exec()) {
                return sqlError(
                    tr("Cannot store the %1 position on %2").arg(mode, positionKey(position.market, position.outcome)),
                    insert.lastError());
            }
        }
        return {};
    });
}

Status LedgerRepository::recordBalance(const QString& mode, const Balance& balance)
{
    const Status valid = checkMode(mode);
    if (!valid.ok()) {
        return valid;
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO balance_snapshots (mode, venue, cash_micros, portfolio_value_micros, "
                                 "taken_at) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(mode);
    query.addBindValue(venueName(balance.venue));
    query.addBindValue(sqlInt(balance.available.micros()));
    query.addBindValue(sqlInt(balance.portfolioValue.micros()));
    query.addBindValue((balance.at.isValid() ? balance.at : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
    if (!query.exec()) {
        return sqlError(
            tr("Cannot record the %1 balance on %2").arg(mode, venueName(balance.venue)), query.lastError());
    }
    return {};
}

Result<QList<StoredPosition>> LedgerRepository::positions(const QString& mode) const
{
    const Status valid = checkMode(mode);
    if (!valid.ok()) {
        return valid.error();
    }
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT venue, market_id, outcome, quantity_hundredths, cost_micros, "
                                 "realized_pnl_micros, mark_micros, updated_at FROM positions WHERE mode = ? "
                                 "ORDER BY venue, market_id, outcome"));
    query.addBindValue(mode);
    if (!query.exec()) {
        return sqlError(tr("Cannot read the %1 positions").arg(mode), query.lastError());
    }
    QList<StoredPosition> found;
    while (query.next()) {
        StoredPosition stored;
        stored.position.market = MarketKey { venueFrom(query.value(0).toString()), query.value(1).toString() };
        stored.position.outcome = query.value(2).toString() == QLatin1String("no") ? Outcome::No : Outcome::Yes;
        stored.position.quantity = Quantity::fromHundredths(query.value(3).toLongLong());
        stored.position.cost = Cash::fromMicros(query.value(4).toLongLong());
        stored.position.realizedPnl = Cash::fromMicros(query.value(5).toLongLong());
        if (!query.value(6).isNull()) {
            const Result<Price> mark = Price::checkedFromMicros(query.value(6).toLongLong());
            if (mark.ok()) {
                stored.mark = mark.value();
            }
        }
        stored.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(7).toLongLong(), Qt::UTC);
        found.append(stored);
    }
    return found;
}

Result<QHash<QString, Price>> LedgerRepository::marks(const QString& mode) const
{
    const Result<QList<StoredPosition>> stored = positions(mode);
    if (!stored.ok()) {
        return stored.error();
    }
    QHash<QString, Price> found;
    for (const StoredPosition& row : stored.value()) {
        if (row.mark) {
            found.insert(positionKey(row.position.market, row.position.outcome), *row.mark);
        }
    }
    return found;
}

Result<QList<Balance>> LedgerRepository::latestBalances(const QString& mode) const
{
    const Status valid = checkMode(mode);
    if (!valid.ok()) {
        return valid.error();
    }
    // The newest row per venue; the id breaks a tie between two snapshots taken in the same millisecond.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
        "SELECT venue, cash_micros, portfolio_value_micros, taken_at FROM balance_snapshots b WHERE mode = ? "
        "AND id = (SELECT id FROM balance_snapshots l WHERE l.mode = b.mode AND l.venue = b.venue "
        "ORDER BY taken_at DESC, id DESC LIMIT 1) ORDER BY venue"));
    query.addBindValue(mode);
    if (!query.exec()) {
        return sqlError(tr("Cannot read the %1 balances").arg(mode), query.lastError());
    }
    QList<Balance> found;
    while (query.next()) {
        Balance balance;
        balance.venue = venueFrom(query.value(0).toString());
        balance.available = Cash::fromMicros(query.value(1).toLongLong());
        balance.portfolioValue = Cash::fromMicros(query.value(2).toLongLong());
        balance.at = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), Qt::UTC);
        found.append(balance);
    }
    return found;
}

} // namespace orion
