#include "execution/Reconciler.h"

#include "common/Logging.h"
#include "execution/OrderStateMachine.h"

#include <memory>

namespace orion {

Reconciler::Reconciler(Journal& journal, const Clock& clock, QObject* parent)
    : QObject(parent), m_journal(journal), m_clock(clock)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_failed = true;
        m_failures << QStringLiteral("a venue did not answer in time");
        conclude();
    });
}

void Reconciler::setClients(ExecutionClient* kalshi, ExecutionClient* polymarket)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_connections)) {
        disconnect(connection);
    }
    m_connections.clear();
    m_kalshi = kalshi;
    m_polymarket = polymarket;
    for (ExecutionClient* client : {kalshi, polymarket}) {
        if (client == nullptr) {
            continue;
        }
        const VenueId venue = client->venue();
        m_connections << connect(client, &ExecutionClient::orderStatusReportsReceived, this,
                                 [this, venue](const QList<OrderStatusReport>& reports) {
                                     m_statuses << reports;
                                     answered(venue);
                                 });
        m_connections << connect(client, &ExecutionClient::fillReportsReceived, this,
                                 [this, venue](const QList<FillReport>& fills) {
                                     m_fills << fills;
                                     answered(venue);
                                 });
        m_connections << connect(client, &ExecutionClient::positionReportsReceived, this,
                                 [this, venue](const QList<PositionReport>& positions) {
                                     m_positions << positions;
                                     answered(venue);
                                 });
        m_connections << connect(client, &ExecutionClient::requestFailed, this,
                                 [this, venue](const QString& what, const Error& error) {
                                     // Only answers to this run's questions count: a balance request of the
                                     // engine's own failing before the venue is set up is not one.
                                     if (!m_running || !m_asked.contains(static_cast<int>(venue))) {
                                         return;
                                     }
                                     m_failed = true;
                                     m_failures << QStringLiteral("%1: %2 failed: %3")
                                                       .arg(venueName(venue), what, error.toString());
                                     answered(venue);
                                 });
    }
}

void Reconciler::start(int timeoutMs)
{
    m_statuses.clear();
    m_fills.clear();
    m_positions.clear();
    m_failures.clear();
    m_asked.clear();
    m_failed = false;
    m_running = true;
    if (m_kalshi.isNull() || m_polymarket.isNull()) {
        m_failed = true;
        m_failures << QStringLiteral("a venue has no execution client");
        conclude();
        return;
    }
    QDateTime since = m_clock.now().addDays(-1);
    const Result<QList<JournalTrade>> open = m_journal.openTrades();
    if (open.ok()) {
        for (const JournalTrade& trade : open.value()) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(trade.intent.atMs, Qt::UTC);
            since = std::min(since, at);
        }
    }
    m_pending = 6;
    m_timeout.start(timeoutMs);
    for (ExecutionClient* client : {m_kalshi.data(), m_polymarket.data()}) {
        if (client->isConnected()) {
            ask(client, since);
            continue;
        }
        // A client still setting up (Polymarket derives its API key at start) would fail every question: it is
        // asked once it connects, within the same time bound.
        auto asked = std::make_shared<bool>(false);
        m_waiting << connect(client, &ExecutionClient::connectionChanged, this,
                             [this, client, since, asked](bool connected) {
                                 if (connected && m_running && !*asked) {
                                     *asked = true;
                                     ask(client, since);
                                 }
                             });
    }
}

void Reconciler::ask(ExecutionClient* client, const QDateTime& since)
{
    m_asked.insert(static_cast<int>(client->venue()));
    client->requestOrderStatusReports();
    client->requestFillReports(since);
    client->requestPositionReports();
}

void Reconciler::answered(VenueId venue)
{
    Q_UNUSED(venue)
    if (!m_running) {
        return;
    }
    if (--m_pending <= 0) {
        conclude();
    }
}

void Reconciler::conclude()
{
    if (!m_running) {
        return;
    }
    m_running = false;
    m_timeout.stop();
    for (const QMetaObject::Connection& connection : std::as_const(m_waiting)) {
        disconnect(connection);
    }
    m_waiting.clear();
    ReconcileReport report;
    report.complete = !m_failed;
    report.discrepancies = m_failures;

    // A venue that does not keep Orion's client order id (Polymarket) reports a previous session's orders by the
    // venue's id only: those are matched through the venue id the journal kept.
    QHash<QString, OrderStatusReport> statusById;
    QHash<QString, OrderStatusReport> statusByVenueId;
    for (const OrderStatusReport& status : std::as_const(m_statuses)) {
        if (!status.clientOrderId.isEmpty()) {
            statusById.insert(status.clientOrderId, status);
        } else if (!status.venueOrderId.isEmpty()) {
            statusByVenueId.insert(status.venueOrderId, status);
        }
    }
    QHash<QString, QList<FillReport>> fillsById;
    QHash<QString, QList<FillReport>> fillsByVenueId;
    for (const FillReport& fill : std::as_const(m_fills)) {
        if (!fill.clientOrderId.isEmpty()) {
            fillsById[fill.clientOrderId].append(fill);
        } else if (!fill.venueOrderId.isEmpty()) {
            fillsByVenueId[fill.venueOrderId].append(fill);
        }
    }

    const Result<QList<JournalTrade>> open = m_journal.openTrades();
    if (!open.ok()) {
        report.complete = false;
        report.discrepancies << open.error().toString();
        emit finished(report);
        return;
    }
    const qint64 now = m_clock.nowMs();
    for (const JournalTrade& trade : open.value()) {
        if (trade.intent.mode != m_mode) {
            continue;
        }
        const Result<QList<JournalOrder>> orders = m_journal.orders(trade.id);
        if (!orders.ok()) {
            report.complete = false;
            report.discrepancies << orders.error().toString();
            continue;
        }
        for (const JournalOrder& order : orders.value()) {
            OrderStateMachine machine(order);
            bool changed = false;
            QList<FillReport> fills = fillsById.value(order.clientOrderId);
            auto status = statusById.constFind(order.clientOrderId);
            // Killed before the venue's answer was journalled, the order has no venue id yet; the venue's status
            // (found by client id) names it, and fills that carry only the venue id (Kalshi's REST fills) are its.
            QString venueOrderId = order.venueOrderId;
            if (venueOrderId.isEmpty() && status != statusById.constEnd()) {
                venueOrderId = status->venueOrderId;
            }
            if (!venueOrderId.isEmpty()) {
                for (FillReport fill : fillsByVenueId.value(venueOrderId)) {
                    fill.clientOrderId = order.clientOrderId;
                    fills.append(fill);
                }
                const auto byVenueId = statusByVenueId.constFind(venueOrderId);
                if (status == statusById.constEnd() && byVenueId != statusByVenueId.constEnd()) {
                    statusById.insert(order.clientOrderId, *byVenueId);
                    statusById[order.clientOrderId].clientOrderId = order.clientOrderId;
                    status = statusById.constFind(order.clientOrderId);
                }
            }
            for (const FillReport& fill : std::as_const(fills)) {
                if (m_journal.recordFill(fill).ok()) {
                    ++report.fillsRecorded;
                }
                if (!machine.apply(fill).ok()) {
                    report.discrepancies << QStringLiteral("fill %1 does not match order %2")
                                                .arg(fill.venueFillId, order.clientOrderId);
                }
                changed = true;
            }
            if (status != statusById.constEnd()) {
                (void)machine.apply(*status);
                changed = true;
            } else if (!isTerminal(order.status) && report.complete) {
                OrderStatusReport notFound;
                notFound.clientOrderId = order.clientOrderId;
                if (machine.filled() >= order.command.quantity) {
                    // Matched at once and gone from the open orders: its fills say all there is to say.
                    notFound.status = OrderStatus::Filled;
                    notFound.filledQuantity = machine.filled();
                } else if (order.status == OrderStatus::PendingSubmit && machine.filled().isZero()) {
                    notFound.status = OrderStatus::Rejected;
                    notFound.reason = QStringLiteral("never reached the venue (not found after restart)");
                    ++report.ordersNeverSent;
                } else {
                    notFound.status = OrderStatus::Canceled;
                    notFound.reason = QStringLiteral("no longer reported by the venue");
                    report.discrepancies << QStringLiteral("order %1 was %2 and the venue no longer reports it")
                                                .arg(order.clientOrderId, orderStatusName(order.status));
                }
                (void)machine.apply(notFound);
                changed = true;
            }
            if (changed) {
                JournalOrder updated = machine.order();
                updated.updatedAtMs = now;
                if (m_journal.updateOrder(updated).ok()) {
                    ++report.ordersUpdated;
                }
            }
        }
    }

    if (!m_expected.isEmpty() || !m_positions.isEmpty()) {
        const auto key = [](const PositionReport& p) -> QString {
            return venueName(p.market.venue) + QLatin1Char('|') + p.market.id
                   + (p.outcome == Outcome::Yes ? QStringLiteral("|yes") : QStringLiteral("|no"));
        };
        QHash<QString, Quantity> expected;
        for (const PositionReport& position : std::as_const(m_expected)) {
            expected[key(position)] += position.quantity;
        }
        QHash<QString, Quantity> actual;
        for (const PositionReport& position : std::as_const(m_positions)) {
            actual[key(position)] += position.quantity;
        }
        QStringList keys = expected.keys() + actual.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString& k : std::as_const(keys)) {
            if (expected.value(k) != actual.value(k)) {
                report.discrepancies << QStringLiteral("position %1: ledger %2, venue %3")
                                            .arg(k, expected.value(k).toString(), actual.value(k).toString());
            }
        }
    }
    qCInfo(lcExecution) << "reconciled: complete" << report.complete << "orders updated" << report.ordersUpdated
                        << "never sent" << report.ordersNeverSent << "discrepancies" << report.discrepancies;
    emit finished(report);
}

} // namespace orion
