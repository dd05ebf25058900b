#include "portfolio/LedgerReportFormatter.h"

#include "common/FixedPointDecimal.h"
#include "portfolio/PositionKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>

namespace orion {

namespace {

QString venueTitle(VenueId venue)
{
    return venue == VenueId::Kalshi ? QStringLiteral("Kalshi") : QStringLiteral("Polymarket");
}

QString contracts(Quantity quantity)
{
    return quantity.toString(0);
}

QString localTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QString isoTime(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toOffsetFromUtc(at.toLocalTime().offsetFromUtc()).toString(Qt::ISODate)
                        : QString();
}

QString isoTimeMs(qint64 ms)
{
    return isoTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

QString markText(const std::optional<Price>& mark)
{
    return mark ? QString(QStringLiteral("$") + mark->toDollarString(2)) : LedgerReportFormatter::tr("none");
}

QString padded(const QString& text, int width)
{
    return text.leftJustified(width);
}

void putMoney(QJsonObject& object, const QString& name, Cash amount)
{
    object.insert(name + QStringLiteral("_micros"), static_cast<qint64>(amount.micros()));
    object.insert(name, LedgerReportFormatter::dollars(amount));
}

void putQuantity(QJsonObject& object, const QString& name, Quantity quantity)
{
    object.insert(name + QStringLiteral("_hundredths"), static_cast<qint64>(quantity.hundredths()));
    object.insert(name, contracts(quantity));
}

void putRatio(QJsonObject& object, const QString& name, Ratio ratio)
{
    object.insert(name + QStringLiteral("_ppm"), static_cast<qint64>(ratio.ppm()));
    object.insert(name, LedgerReportFormatter::percent(ratio));
}

QJsonObject legJson(const LegHolding& leg)
{
    QJsonObject object;
    object.insert(QStringLiteral("venue"), venueName(leg.market.venue));
    object.insert(QStringLiteral("market"), leg.market.id);
    object.insert(QStringLiteral("outcome"), outcomeName(leg.outcome));
    putQuantity(object, QStringLiteral("held"), leg.held);
    putMoney(object, QStringLiteral("cost"), leg.cost);
    if (leg.mark) {
        object.insert(QStringLiteral("mark_micros"), static_cast<qint64>(leg.mark->micros()));
        object.insert(QStringLiteral("mark"), QString(QStringLiteral("$") + leg.mark->toDollarString(2)));
    } else {
        object.insert(QStringLiteral("mark_micros"), QJsonValue::Null);
        object.insert(QStringLiteral("mark"), QJsonValue::Null);
    }
    return object;
}

QString legName(const LegHolding& leg)
{
    return leg.market.id + QLatin1Char(' ') + outcomeName(leg.outcome);
}

QString legLine(const LegHolding& leg, qsizetype nameWidth)
{
    return QStringLiteral("    %1 %2  %3 contracts  cost %4  mark %5\n")
        .arg(padded(venueTitle(leg.market.venue), 10), legName(leg).leftJustified(nameWidth), contracts(leg.held),
            LedgerReportFormatter::dollars(leg.cost), markText(leg.mark));
}

// "  <label padded>   <amount right-aligned>": amounts line up, and a long label still leaves a space.
QString amountLine(const QString& label, Cash amount)
{
    return QStringLiteral("  ") + label.leftJustified(44) + QLatin1Char(' ')
        + LedgerReportFormatter::dollars(amount).rightJustified(12) + QLatin1Char('\n');
}

QString sharpeText(const LedgerReport& report)
{
    // compute() gives 0 below two returns; say so rather than print a number that means nothing.
    const int finished = report.metrics.trades;
    return finished < 2
        ? LedgerReportFormatter::tr("n/a (fewer than 2 finished trades)")
        : QString::number(report.metrics.sharpe, 'f', 2) + LedgerReportFormatter::tr(" (per trade, not annualised)");
}

} // namespace

QString LedgerReportFormatter::dollars(Cash amount)
{
    const bool negative = amount.isNegative();
    const QString plain = (negative ? -amount : amount).toDollarString(2);
    const qsizetype point = plain.indexOf(QLatin1Char('.'));
    QString whole = point < 0 ? plain : plain.left(point);
    const QString fraction = point < 0 ? QString() : plain.mid(point);
    for (qsizetype at = whole.size() - 3; at > 0; at -= 3) {
        whole.insert(at, QLatin1Char(','));
    }
    return (negative ? QStringLiteral("-$") : QStringLiteral("$")) + whole + fraction;
}

QString LedgerReportFormatter::percent(Ratio ratio)
{
    return FixedPointDecimal::format(ratio.ppm(), 4, 2) + QLatin1Char('%');
}

QString LedgerReportFormatter::text(const LedgerReport& report, const QString& databasePath)
{
    QString out;
    QTextStream s(&out);
    s << tr("Orion ledger report: %1 mode, %2 (local time)").arg(report.mode, localTime(report.generatedAt)) << "\n";
    s << tr("Database: %1").arg(databasePath) << "\n\n";

    s << tr("Balances") << "\n";
    if (report.balances.isEmpty()) {
        s << "  " << tr("No balance recorded yet.") << "\n";
    }
    for (const Balance& balance : report.balances) {
        s << "  " << padded(venueTitle(balance.venue), 12)
          << tr("available %1  positions %2  total %3  as of %4")
                 .arg(dollars(balance.available), dollars(balance.portfolioValue), dollars(balance.total()),
                     localTime(balance.at))
          << "\n";
    }
    if (!report.balances.isEmpty()) {
        s << "  " << padded(tr("All venues"), 12) << tr("total %1").arg(dollars(report.balanceTotal)) << "\n";
    }
    s << "\n";

    if (report.isEmpty()) {
        s << tr("No trades yet in %1 mode.").arg(report.mode) << "\n";
        s.flush();
        return out;
    }

    s << tr("Open positions (%n pair(s))", nullptr, static_cast<int>(report.positions.size())) << "\n";
    if (report.positions.isEmpty()) {
        s << "  " << tr("None: no contracts are held.") << "\n";
    }
    for (const PairPosition& pair : report.positions) {
        QStringList ids;
        for (const qint64 id : pair.tradeIds) {
            ids << QStringLiteral("#") + QString::number(id);
        }
        s << "  " << tr("Pair %1 (trades %2)").arg(pair.pairId, ids.join(QStringLiteral(", "))) << "\n";
        const qsizetype width = std::max(legName(pair.kalshi).size(), legName(pair.polymarket).size());
        s << legLine(pair.kalshi, width) << legLine(pair.polymarket, width);
        s << "    " << tr("hedged %1 contracts, locked-in %2").arg(contracts(pair.hedged), dollars(pair.lockedIn));
        if (!pair.unhedged.isZero()) {
            s << "; "
              << tr("UNHEDGED %1 contracts: %2 at cost, %3 marked")
                     .arg(contracts(pair.unhedged), dollars(pair.unhedgedCost), dollars(pair.unhedgedValue));
        }
        s << "\n";
    }
    s << "\n";

    Quantity unhedged;
    for (const PairPosition& pair : report.positions) {
        unhedged += pair.unhedged;
    }
    s << tr("Unhedged exposure: %1 contracts, %2 at cost, %3 marked (P&L %4)")
             .arg(contracts(unhedged), dollars(report.unhedgedCost), dollars(report.unhedgedValue),
                 dollars(report.unhedgedPnl))
      << "\n\n";

    s << tr("P&L") << "\n";
    s << amountLine(tr("Locked-in (hedged, paid at resolution)"), report.lockedIn);
    s << amountLine(tr("Realised (unwinds and repairs)"), report.realized);
    s << amountLine(tr("Unhedged legs at their marks"), report.unhedgedPnl);
    s << amountLine(tr("Total"), report.totalPnl);
    s << amountLine(tr("Today (since %1, %n trade(s))", nullptr, report.todayTrades)
                        .arg(report.todayStart.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
        report.todayPnl);
    s << "\n";

    s << tr("Trades: %1 (%2 hedged, %3 flat, %4 open)")
             .arg(report.trades.size())
             .arg(report.hedgedTrades)
             .arg(report.flatTrades)
             .arg(report.openTrades)
      << "\n";
    const qsizetype first = std::max<qsizetype>(0, report.trades.size() - kTextTradeLimit);
    if (first > 0) {
        s << "  " << tr("(%1 earlier trade(s) not listed; --format json lists all)").arg(first) << "\n";
    }
    for (qsizetype i = first; i < report.trades.size(); ++i) {
        const TradeFigures& trade = report.trades.at(i);
        s << "  " << padded(QStringLiteral("#") + QString::number(trade.id), 6)
          << padded(localTime(QDateTime::fromMSecsSinceEpoch(trade.openedAtMs, Qt::UTC)), 18)
          << padded(trade.pairId, 16) << padded(trade.state, 20)
          << tr("hedged %1  P&L %2").arg(contracts(trade.hedged), dollars(trade.pnl));
        if (!trade.unhedged.isZero()) {
            s << "  " << tr("(unhedged %1)").arg(contracts(trade.unhedged));
        }
        s << "\n";
    }
    s << "\n";

    const PerformanceSummary& m = report.metrics;
    s << tr("Metrics (%n finished trade(s); open trades count as marked)", nullptr, m.trades) << "\n";
    s << "  " << padded(tr("Finished P&L"), 16) << dollars(m.realizedPnl) << "\n";
    s << "  " << padded(tr("Open P&L"), 16) << dollars(m.markedPnl) << "\n";
    s << "  " << padded(tr("Win rate"), 16) << tr("%1 (%2 of %3)").arg(percent(m.winRate)).arg(m.wins).arg(m.trades)
      << "\n";
    s << "  " << padded(tr("ROI"), 16) << tr("%1 of %2").arg(percent(m.roi), dollars(report.capitalBase)) << "\n";
    s << "  " << padded(tr("Sharpe ratio"), 16) << sharpeText(report) << "\n";
    s << "  " << padded(tr("Max drawdown"), 16) << dollars(m.maxDrawdown) << "\n";
    s << "  " << padded(tr("Volume"), 16) << dollars(m.volume) << "\n";
    s << "  " << padded(tr("Fees"), 16) << dollars(m.fees) << "\n";
    s.flush();
    return out;
}

QJsonObject LedgerReportFormatter::json(const LedgerReport& report, const QString& databasePath)
{
    QJsonObject root;
    root.insert(QStringLiteral("mode"), report.mode);
    root.insert(QStringLiteral("database"), databasePath);
    root.insert(QStringLiteral("generated_at"), isoTime(report.generatedAt));
    root.insert(QStringLiteral("today_start"), isoTime(report.todayStart));
    root.insert(QStringLiteral("empty"), report.isEmpty());

    QJsonArray balances;
    for (const Balance& balance : report.balances) {
        QJsonObject object;
        object.insert(QStringLiteral("venue"), venueName(balance.venue));
        putMoney(object, QStringLiteral("available"), balance.available);
        putMoney(object, QStringLiteral("portfolio_value"), balance.portfolioValue);
        putMoney(object, QStringLiteral("total"), balance.total());
        object.insert(QStringLiteral("at"), isoTime(balance.at));
        balances.append(object);
    }
    root.insert(QStringLiteral("balances"), balances);
    putMoney(root, QStringLiteral("balance_total"), report.balanceTotal);

    QJsonArray positions;
    Quantity unhedged;
    for (const PairPosition& pair : report.positions) {
        QJsonObject object;
        object.insert(QStringLiteral("pair_id"), pair.pairId);
        object.insert(QStringLiteral("kalshi"), legJson(pair.kalshi));
        object.insert(QStringLiteral("polymarket"), legJson(pair.polymarket));
        putQuantity(object, QStringLiteral("hedged"), pair.hedged);
        putMoney(object, QStringLiteral("locked_in"), pair.lockedIn);
        putQuantity(object, QStringLiteral("unhedged"), pair.unhedged);
        putMoney(object, QStringLiteral("unhedged_cost"), pair.unhedgedCost);
        putMoney(object, QStringLiteral("unhedged_value"), pair.unhedgedValue);
        QJsonArray ids;
        for (const qint64 id : pair.tradeIds) {
            ids.append(id);
        }
        object.insert(QStringLiteral("trade_ids"), ids);
        positions.append(object);
        unhedged += pair.unhedged;
    }
    root.insert(QStringLiteral("positions"), positions);

    QJsonObject exposure;
    putQuantity(exposure, QStringLiteral("contracts"), unhedged);
    putMoney(exposure, QStringLiteral("cost"), report.unhedgedCost);
    putMoney(exposure, QStringLiteral("value"), report.unhedgedValue);
    putMoney(exposure, QStringLiteral("pnl"), report.unhedgedPnl);
    root.insert(QStringLiteral("unhedged_exposure"), exposure);

    QJsonObject pnl;
    putMoney(pnl, QStringLiteral("locked_in"), report.lockedIn);
    putMoney(pnl, QStringLiteral("realized"), report.realized);
    putMoney(pnl, QStringLiteral("unhedged"), report.unhedgedPnl);
    putMoney(pnl, QStringLiteral("total"), report.totalPnl);
    putMoney(pnl, QStringLiteral("today"), report.todayPnl);
    pnl.insert(QStringLiteral("today_trades"), report.todayTrades);
    root.insert(QStringLiteral("pnl"), pnl);

    QJsonObject counts;
    counts.insert(QStringLiteral("trades"), static_cast<int>(report.trades.size()));
    counts.insert(QStringLiteral("hedged"), report.hedgedTrades);
    counts.insert(QStringLiteral("flat"), report.flatTrades);
    counts.insert(QStringLiteral("open"), report.openTrades);
    root.insert(QStringLiteral("counts"), counts);

    QJsonArray trades;
    for (const TradeFigures& trade : report.trades) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), trade.id);
        object.insert(QStringLiteral("pair_id"), trade.pairId);
        object.insert(QStringLiteral("state"), trade.state);
        object.insert(QStringLiteral("open"), trade.open);
        object.insert(QStringLiteral("opened_at"), isoTimeMs(trade.openedAtMs));
        object.insert(QStringLiteral("updated_at"), isoTimeMs(trade.updatedAtMs));
        object.insert(QStringLiteral("first"), legJson(trade.first));
        object.insert(QStringLiteral("second"), legJson(trade.second));
        putQuantity(object, QStringLiteral("hedged"), trade.hedged);
        putMoney(object, QStringLiteral("locked_in"), trade.lockedIn);
        putMoney(object, QStringLiteral("realized"), trade.realized);
        putQuantity(object, QStringLiteral("unhedged"), trade.unhedged);
        putMoney(object, QStringLiteral("unhedged_cost"), trade.unhedgedCost);
        putMoney(object, QStringLiteral("unhedged_value"), trade.unhedgedValue);
        putMoney(object, QStringLiteral("pnl"), trade.pnl);
        putMoney(object, QStringLiteral("capital"), trade.capital);
        putMoney(object, QStringLiteral("volume"), trade.volume);
        putMoney(object, QStringLiteral("fees"), trade.fees);
        trades.append(object);
    }
    root.insert(QStringLiteral("trades"), trades);

    const PerformanceSummary& m = report.metrics;
    QJsonObject metrics;
    metrics.insert(QStringLiteral("finished_trades"), m.trades);
    metrics.insert(QStringLiteral("wins"), m.wins);
    putMoney(metrics, QStringLiteral("realized_pnl"), m.realizedPnl);
    putMoney(metrics, QStringLiteral("marked_pnl"), m.markedPnl);
    putMoney(metrics, QStringLiteral("total_pnl"), m.totalPnl);
    putRatio(metrics, QStringLiteral("win_rate"), m.winRate);
    putRatio(metrics, QStringLiteral("roi"), m.roi);
    putMoney(metrics, QStringLiteral("capital_base"), report.capitalBase);
    metrics.insert(QStringLiteral("sharpe"), m.trades < 2 ? QJsonValue(QJsonValue::Null) : QJsonValue(m.sharpe));
    putMoney(metrics, QStringLiteral("max_drawdown"), m.maxDrawdown);
    putMoney(metrics, QStringLiteral("volume"), m.volume);
    putMoney(metrics, QStringLiteral("fees"), m.fees);
    root.insert(QStringLiteral("metrics"), metrics);
    return root;
}

QByteArray LedgerReportFormatter::jsonBytes(const LedgerReport& report, const QString& databasePath)
{
    return QJsonDocument(json(report, databasePath)).toJson(QJsonDocument::Indented);
}

} // namespace orion
