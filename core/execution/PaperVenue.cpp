#include "execution/PaperVenue.h"

#include "common/Notional.h"
#include "market/BookStore.h"

#include <QTimer>

namespace orion {

PaperVenue::PaperVenue(VenueId venue, const BookStore& books, const Clock& clock, Cash startingCash, QObject* parent)
    : ExecutionClient(parent), m_venue(venue), m_books(books), m_clock(clock), m_cash(startingCash)
{
}

void PaperVenue::start()
{
    if (!m_started) {
        m_started = true;
        emit connectionChanged(true);
    }
}

void PaperVenue::stop()
{
    if (m_started) {
        m_started = false;
        emit connectionChanged(false);
    }
}

QString PaperVenue::holdingKey(const MarketKey& market, Outcome outcome)
{
    return market.id + (outcome == Outcome::Yes ? QStringLiteral("|yes") : QStringLiteral("|no"));
}

QString PaperVenue::levelKey(const MarketKey& market, bool buying, Outcome outcome, Price price) const
{
    // A YES ask and a NO bid are the same resting order (and a YES bid a NO ask): key both by the YES side.
    const bool yesAsk = buying == (outcome == Outcome::Yes);
    const Price yesPrice = outcome == Outcome::Yes ? price : price.complement();
    return market.id + (yesAsk ? QStringLiteral("|ask|") : QStringLiteral("|bid|")) + QString::number(yesPrice.micros());
}

Quantity PaperVenue::position(const MarketKey& market, Outcome outcome) const
{
    return m_holdings.value(holdingKey(market, outcome)).quantity;
}

OrderStatusReport PaperVenue::reportOf(const SubmitOrder& command, OrderStatus status, Quantity filled, Price average,
                                       const QString& reason) const
{
    OrderStatusReport report;
    report.clientOrderId = command.clientOrderId;
    report.venueOrderId = QStringLiteral("paper-%1-%2").arg(venueName(m_venue), command.clientOrderId);
    report.market = command.market;
    report.outcome = command.outcome;
    report.side = command.side;
    report.timeInForce = command.timeInForce;
    report.limitPrice = command.limitPrice;
    report.quantity = command.quantity;
    report.filledQuantity = filled;
    report.averageFillPrice = average;
    report.status = status;
    report.reason = reason;
    report.tsEvent = m_clock.now();
    report.tsInit = report.tsEvent;
    return report;
}

void PaperVenue::submitOrder(const SubmitOrder& command)
{
    ++m_ordersReceived;
    QTimer::singleShot(0, this, [this, command] { process(command); });
}

void PaperVenue::reject(const SubmitOrder& command, const QString& reason)
{
    const OrderStatusReport report = reportOf(command, OrderStatus::Rejected, Quantity::zero(), Price::zero(), reason);
    if (!m_orders.contains(command.clientOrderId)) {
        m_orders.insert(command.clientOrderId, report);
    }
    emit orderStatusReported(report);
}

void PaperVenue::process(const SubmitOrder& command)
{
    if (command.clientOrderId.isEmpty() || m_orders.contains(command.clientOrderId)) {
        reject(command, QStringLiteral("duplicate client order id"));
        return;
    }
    if (command.market.venue != m_venue || command.quantity <= Quantity::zero()) {
        reject(command, QStringLiteral("invalid order"));
        return;
    }
    const std::optional<MarketHandle> handle = m_books.find(command.market);
    if (!handle || !m_books.book(*handle).isLive()) {
        reject(command, QStringLiteral("market not tradable (no live book)"));
        return;
    }
    const OrderBook& book = m_books.book(*handle);
    const FeeSchedule& fees = m_books.terms(*handle).fees;
    if (!fees.isKnown()) {
        reject(command, QStringLiteral("fee schedule unknown"));
        return;
    }
    if (m_takenAsOf.value(command.market.id, -1) != book.lastUpdateMs()) {
        // The book changed since liquidity was last taken from it: what rests now is all available.
        for (auto it = m_taken.begin(); it != m_taken.end();) {
            it = it.key().startsWith(command.market.id + QLatin1Char('|')) ? m_taken.erase(it) : std::next(it);
        }
        m_takenAsOf.insert(command.market.id, book.lastUpdateMs());
    }

    const bool buying = command.side == OrderSide::Buy;
    const QString holding = holdingKey(command.market, command.outcome);
    if (!buying && m_holdings.value(holding).quantity < command.quantity) {
        reject(command, QStringLiteral("insufficient position"));
        return;
    }
    const BookLadder ladder = buying ? book.asks(command.outcome) : book.bids(command.outcome);
    struct Take
    {
        Price price;
        Quantity size;
    };
    QList<Take> takes;
    Quantity filled;
    for (std::size_t i = 0; i < ladder.size() && filled < command.quantity; ++i) {
        const Price price = ladder.priceAt(i);
        if (buying ? price > command.limitPrice : price < command.limitPrice) {
            break;
        }
        const Quantity available = ladder.sizeAt(i) - m_taken.value(levelKey(command.market, buying, command.outcome, price));
        const Quantity take = std::min(available, command.quantity - filled);
        if (take > Quantity::zero()) {
            takes.append({price, take});
            filled += take;
        }
    }
    if (command.timeInForce == TimeInForce::FillOrKill && filled < command.quantity) {
        const OrderStatusReport report = reportOf(command, OrderStatus::Canceled, Quantity::zero(), Price::zero(),
                                                  QStringLiteral("fill-or-kill not filled"));
        m_orders.insert(command.clientOrderId, report);
        emit orderStatusReported(report);
        return;
    }

    Cash notionalSum;
    FeeSchedule::Tally tally;
    for (const Take& take : takes) {
        notionalSum += notional(take.price, take.size, buying ? Rounding::Up : Rounding::Down).valueOr(Cash::zero());
        fees.addTakerFill(tally, take.price, take.size);
    }
    const Cash fee = fees.takerTotal(tally);
    if (buying && notionalSum + fee > m_cash) {
        reject(command, QStringLiteral("insufficient balance"));
        return;
    }
    for (const Take& take : takes) {
        m_taken[levelKey(command.market, buying, command.outcome, take.price)] += take.size;
    }
    if (buying || !filled.isZero())
        bookTrade(holding, buying, filled, notionalSum, fee);

    Price average;
    if (!filled.isZero()) {
        const RoundedValue averageMicros = multiplyDivideRounded(notionalSum.micros(), Quantity::kHundredthsPerContract,
                                                                 filled.hundredths(), buying ? Rounding::Up : Rounding::Down);
        average = Price::checkedFromMicros(averageMicros.ok() ? averageMicros.value : 0).valueOr(command.limitPrice);
        // One fill per level taken, at that level's exact price, as a venue reports its matches (so a replay of
        // the journal's fills gives back exactly this cash); the order's fee rides on its first fill.
        bool first = true;
        for (const Take& take : takes) {
            FillReport fillReport;
            fillReport.venueFillId = QStringLiteral("paper-fill-%1").arg(m_nextId++);
            fillReport.venueOrderId = QStringLiteral("paper-%1-%2").arg(venueName(m_venue), command.clientOrderId);
            fillReport.clientOrderId = command.clientOrderId;
            fillReport.market = command.market;
            fillReport.outcome = command.outcome;
            fillReport.side = command.side;
            fillReport.price = take.price;
            fillReport.quantity = take.size;
            fillReport.fee = first ? fee : Cash::zero();
            fillReport.isTaker = true;
            fillReport.settlement = SettlementState::Confirmed;
            fillReport.tsEvent = m_clock.now();
            fillReport.tsInit = fillReport.tsEvent;
            first = false;
            m_fills.append(fillReport);
            emit fillReported(fillReport);
        }
    }
    OrderStatus status = OrderStatus::Filled;
    QString reason;
    if (filled < command.quantity) {
        if (command.timeInForce == TimeInForce::GoodTillCancel) {
            status = filled.isZero() ? OrderStatus::Accepted : OrderStatus::PartiallyFilled;
        } else {
            status = OrderStatus::Canceled;
            reason = QStringLiteral("immediate-or-cancel remainder canceled");
        }
    }
    const OrderStatusReport report = reportOf(command, status, filled, average, reason);
    m_orders.insert(command.clientOrderId, report);
    emit orderStatusReported(report);
    emit balanceReported(BalanceReport{m_venue, m_cash, Cash::zero(), m_clock.now()});
}

// Cash and holding move together: a buy adds its cost (fee included) to the holding, a sell takes out the sold
// share of the cost, rounded up so the holding never looks cheaper than it was. Shared by live fills and the
// journal's replay, so a restart books exactly what the session booked.
void PaperVenue::bookTrade(const QString& holding, bool buying, Quantity quantity, Cash notionalValue, Cash fee)
{
    Holding& held = m_holdings[holding];
    if (buying) {
        m_cash -= notionalValue + fee;
        held.quantity += quantity;
        held.cost += notionalValue + fee;
        return;
    }
    const RoundedValue share = multiplyDivideRounded(held.cost.micros(), quantity.hundredths(),
                                                     std::max<std::int64_t>(held.quantity.hundredths(), 1), Rounding::Up);
    m_cash += notionalValue - fee;
    held.quantity -= std::min(quantity, held.quantity);
    held.cost = held.quantity.isZero() ? Cash::zero() : held.cost - Cash::fromMicros(share.ok() ? share.value : 0);
}

void PaperVenue::restoreFill(const FillReport& fill)
{
    if (fill.settlement == SettlementState::Failed) {
        return;
    }
    const bool buying = fill.side == OrderSide::Buy;
    const Cash value = notional(fill.price, fill.quantity, buying ? Rounding::Up : Rounding::Down).valueOr(Cash::zero());
    bookTrade(holdingKey(fill.market, fill.outcome), buying, fill.quantity, value, fill.fee);
    // The order is known (a resend of its id is refused as a duplicate, as a real venue would).
    if (!m_orders.contains(fill.clientOrderId)) {
        OrderStatusReport report;
        report.clientOrderId = fill.clientOrderId;
        report.venueOrderId = fill.venueOrderId;
        report.market = fill.market;
        report.outcome = fill.outcome;
        report.side = fill.side;
        report.timeInForce = TimeInForce::ImmediateOrCancel;
        report.limitPrice = fill.price;
        report.status = OrderStatus::Filled;
        report.tsEvent = fill.tsEvent;
        report.tsInit = fill.tsInit;
        m_orders.insert(fill.clientOrderId, report);
    }
    OrderStatusReport& report = m_orders[fill.clientOrderId];
    report.quantity += fill.quantity;
    report.filledQuantity += fill.quantity;
    report.averageFillPrice = fill.price;
    m_fills.append(fill);
}

void PaperVenue::cancelOrder(const CancelOrder& command)
{
    const auto it = m_orders.find(command.clientOrderId);
    if (it == m_orders.end() || isTerminal(it->status)) {
        return;
    }
    it->status = OrderStatus::Canceled;
    it->reason = QStringLiteral("canceled");
    it->tsEvent = m_clock.now();
    const OrderStatusReport report = *it;
    QTimer::singleShot(0, this, [this, report] { emit orderStatusReported(report); });
}

void PaperVenue::cancelAllOrders()
{
    for (auto it = m_orders.begin(); it != m_orders.end(); ++it) {
        if (!isTerminal(it->status)) {
            cancelOrder(CancelOrder{it.key(), it->venueOrderId, it->market});
        }
    }
}

void PaperVenue::requestOrderStatusReports()
{
    const QList<OrderStatusReport> reports = m_orders.values();
    QTimer::singleShot(0, this, [this, reports] { emit orderStatusReportsReceived(reports); });
}

void PaperVenue::requestFillReports(const QDateTime& since)
{
    QList<FillReport> fills;
    for (const FillReport& fill : std::as_const(m_fills)) {
        if (!since.isValid() || fill.tsEvent >= since) {
            fills.append(fill);
        }
    }
    QTimer::singleShot(0, this, [this, fills] { emit fillReportsReceived(fills); });
}

void PaperVenue::requestPositionReports()
{
    QList<PositionReport> positions;
    for (auto it = m_holdings.cbegin(); it != m_holdings.cend(); ++it) {
        if (it->quantity.isZero()) {
            continue;
        }
        const qsizetype bar = it.key().lastIndexOf(QLatin1Char('|'));
        PositionReport position;
        position.market = MarketKey{m_venue, it.key().left(bar)};
        position.outcome = it.key().mid(bar + 1) == QLatin1String("yes") ? Outcome::Yes : Outcome::No;
        position.quantity = it->quantity;
        position.cost = it->cost;
        position.tsEvent = m_clock.now();
        positions.append(position);
    }
    QTimer::singleShot(0, this, [this, positions] { emit positionReportsReceived(positions); });
}

void PaperVenue::requestBalance()
{
    const BalanceReport report{m_venue, m_cash, Cash::zero(), m_clock.now()};
    QTimer::singleShot(0, this, [this, report] { emit balanceReported(report); });
}

} // namespace orion
