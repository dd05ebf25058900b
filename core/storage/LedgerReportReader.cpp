#include "storage/LedgerReportReader.h"

#include "execution/Journal.h"
#include "storage/Database.h"
#include "storage/LedgerRepository.h"
#include "storage/SqlError.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

namespace orion {

namespace {

VenueId venueFrom(const QString& text)
{
    return text == QLatin1String("polymarket") ? VenueId::Polymarket : VenueId::Kalshi;
}

Outcome outcomeFrom(const QString& text)
{
    return text == QLatin1String("no") ? Outcome::No : Outcome::Yes;
}

} // namespace

LedgerReportReader::LedgerReportReader(Database& database)
    : m_database(database)
{ }

Result<QList<ReportTrade>> LedgerReportReader::trades(const QString& mode) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id, pair_id, state, first_venue, first_market_id, first_outcome, "
                                 "second_venue, second_market_id, second_outcome, created_at, updated_at "
                                 "FROM trades WHERE mode = ? ORDER BY created_at, id"));
    query.addBindValue(mode);
    if (!query.exec()) {
        return sqlError(tr("Cannot read the %1 trades").arg(mode), query.lastError());
    }
    QList<ReportTrade> found;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        ReportTrade trade;
        trade.id = query.value(0).toLongLong();
        trade.pairId = query.value(1).toString();
        trade.state = query.value(2).toString();
        const std::optional<TradeState> state = parseTradeState(trade.state);
        trade.open = !state || !isFinal(*state); // an unknown state is not assumed finished
        trade.firstMarket = MarketKey { venueFrom(query.value(3).toString()), query.value(4).toString() };
        trade.firstOutcome = outcomeFrom(query.value(5).toString());
        trade.secondMarket = MarketKey { venueFrom(query.value(6).toString()), query.value(7).toString() };
        trade.secondOutcome = outcomeFrom(query.value(8).toString());
        trade.openedAtMs = query.value(9).toLongLong();
        trade.updatedAtMs = query.value(10).toLongLong();
        index.insert(trade.id, found.size());
        found.append(trade);
    }

    QSqlQuery fills(m_database.connection());
    fills.prepare(QStringLiteral(
        "SELECT t.id, f.venue, f.market_id, f.outcome, f.side, f.price_micros, f.quantity_hundredths, f.fee_micros, "
        "f.filled_at FROM fills f JOIN orders o ON o.id = f.order_id "
        "JOIN trades t ON o.trade_id = CAST(t.id AS TEXT) "
        "WHERE t.mode = ? AND f.settlement <> 'failed' ORDER BY f.filled_at, f.id"));
    fills.addBindValue(mode);
    if (!fills.exec()) {
        return sqlError(tr("Cannot read the %1 fills").arg(mode), fills.lastError());
    }
    while (fills.next()) {
        const auto at = index.constFind(fills.value(0).toLongLong());
        if (at == index.constEnd()) {
            continue;
        }
        const Result<Price> price = Price::checkedFromMicros(fills.value(5).toLongLong());
        if (!price.ok()) {
            return price.error();
        }
        ReportFill fill;
        fill.market = MarketKey { venueFrom(fills.value(1).toString()), fills.value(2).toString() };
        fill.outcome = outcomeFrom(fills.value(3).toString());
        fill.isBuy = fills.value(4).toString() != QLatin1String("sell");
        fill.price = price.value();
        fill.quantity = Quantity::fromHundredths(fills.value(6).toLongLong());
        fill.fee = Cash::fromMicros(fills.value(7).toLongLong());
        fill.atMs = fills.value(8).toLongLong();
        found[*at].fills.append(fill);
    }
    return found;
}

Result<LedgerReportInput> LedgerReportReader::read(const QString& mode, Cash capitalBase) const
{
    LedgerReportInput input;
    input.mode = mode;
    input.capitalBase = capitalBase;
    const LedgerRepository repository(m_database);
    const Result<QList<Balance>> balances = repository.latestBalances(mode);
    if (!balances.ok()) {
        return balances.error();
    }
    input.balances = balances.value();
    const Result<QHash<QString, Price>> marks = repository.marks(mode);
    if (!marks.ok()) {
        return marks.error();
    }
    input.marks = marks.value();
    const Result<QList<ReportTrade>> journal = trades(mode);
    if (!journal.ok()) {
        return journal.error();
    }
    input.trades = journal.value();
    return input;
}

} // namespace orion
