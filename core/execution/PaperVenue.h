#pragma once

#include "common/Clock.h"
#include "venues/Venue.h"

#include <QHash>
#include <QList>

namespace orion {

class BookStore;

// A venue that exists only in Orion: orders fill against the live books in the BookStore, at the prices resting
// there, with the market's real fees, out of its own cash and positions. Nothing reaches a real venue.
// - Liquidity taken stays taken until the book next changes (so two orders cannot both take the same level).
// - IOC fills what is there within the limit; FOK all or nothing; the rest of a GTC order rests (and is only
//   cancelled: resting orders do not fill against later books).
// - A duplicate client order id is rejected, as the real venues do.
// - Buying beyond the cash, or selling more than held, is rejected.
// Reports are emitted from the event loop (queued), like a real venue's answers.
class PaperVenue final : public ExecutionClient
{
    Q_OBJECT

public:
    PaperVenue(VenueId venue, const BookStore& books, const Clock& clock, Cash startingCash, QObject* parent = nullptr);

    VenueId venue() const override { return m_venue; }
    bool isConnected() const override { return m_started; }
    void start() override;
    void stop() override;

    void submitOrder(const SubmitOrder& command) override;
    void cancelOrder(const CancelOrder& command) override;
    void cancelAllOrders() override;
    void requestOrderStatusReports() override;
    void requestFillReports(const QDateTime& since) override;
    void requestPositionReports() override;
    void requestBalance() override;

    // Replays a fill journalled in an earlier session (cash, holdings, and its client order id as seen), so that
    // paper money survives a restart exactly as the journal has it. Call before start().
    void restoreFill(const FillReport& fill);

    Cash cash() const { return m_cash; }
    Quantity position(const MarketKey& market, Outcome outcome) const;
    int ordersReceived() const { return m_ordersReceived; }

private:
    struct Holding
    {
        Quantity quantity;
        Cash cost;
    };

    void process(const SubmitOrder& command);
    void bookTrade(const QString& holding, bool buying, Quantity quantity, Cash notionalValue, Cash fee);
    void reject(const SubmitOrder& command, const QString& reason);
    OrderStatusReport reportOf(const SubmitOrder& command, OrderStatus status, Quantity filled, Price average,
                               const QString& reason) const;
    static QString holdingKey(const MarketKey& market, Outcome outcome);
    QString levelKey(const MarketKey& market, bool buying, Outcome outcome, Price price) const;

    VenueId m_venue;
    const BookStore& m_books;
    const Clock& m_clock;
    Cash m_cash;
    bool m_started = false;
    int m_ordersReceived = 0;
    int m_nextId = 1;
    QHash<QString, OrderStatusReport> m_orders; // by client order id
    QList<FillReport> m_fills;
    QHash<QString, Holding> m_holdings;
    QHash<QString, Quantity> m_taken;      // liquidity taken per level, since the book's last update
    QHash<QString, qint64> m_takenAsOf;    // market id -> book update time the taken amounts refer to
};

} // namespace orion
