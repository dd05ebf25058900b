#pragma once

#include "common/Result.h"
#include "market/BookDelta.h"
#include "market/BookSnapshot.h"
#include "market/FeeSchedule.h"
#include "market/MarketKey.h"
#include "venues/VenueCommands.h"
#include "venues/VenueReports.h"

#include <QObject>
#include <QStringList>

namespace orion {

// The two roles of a venue adapter, as pure interfaces (no silent defaults: a forgotten method is a compile
// error). Implementations live on the engine thread and report through signals; the executor and the engine
// include only this header, never a venue's own classes.

// Everything the matcher and the detector need from a venue that lists markets.
struct VenueMarket
{
    MarketKey key;
    QString eventId;
    QString title;
    QString rulesText;
    QDateTime closeTime;
    FeeSchedule fees;          // FeeSchedule::unknown() when the venue did not say: never traded
    Quantity minimumOrderSize; // the venue's minimum, in its lot
    Price tickSize;            // the smallest price step at the current price
    QString yesTokenId;        // Polymarket only: CLOB token ids of the two outcomes
    QString noTokenId;
    QByteArray rawJson;        // the venue's own record, for the matcher and the audit trail
};

class MarketDataClient : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~MarketDataClient() override = default;

    virtual VenueId venue() const = 0;
    virtual bool isConnected() const = 0;
    virtual void start() = 0;
    virtual void stop() = 0; // idempotent
    // Keeps live books for exactly these markets (replaces the previous set).
    virtual void setSubscriptions(const QList<MarketKey>& markets) = 0;
    // Downloads the open markets (all pages); the answer arrives as catalogueLoaded or requestFailed.
    virtual void requestCatalogue() = 0;

signals:
    void connectionChanged(bool connected);
    void catalogueLoaded(const QList<orion::VenueMarket>& markets);
    void bookSnapshotReceived(const orion::MarketKey& market, const orion::BookSnapshot& snapshot, qint64 tsInitMs);
    void bookDeltaReceived(const orion::MarketKey& market, const orion::BookDelta& delta, qint64 tsInitMs);
    // The stream may have missed updates (gap, reconnect, frozen socket): books of these markets are unusable
    // until a new snapshot arrives.
    void continuityLost(const QList<orion::MarketKey>& markets, const QString& reason);
    void requestFailed(const QString& what, const orion::Error& error);
};

class ExecutionClient : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~ExecutionClient() override = default;

    virtual VenueId venue() const = 0;
    virtual bool isConnected() const = 0;
    virtual void start() = 0;
    virtual void stop() = 0; // idempotent

    virtual void submitOrder(const SubmitOrder& command) = 0;
    virtual void cancelOrder(const CancelOrder& command) = 0;
    virtual void cancelAllOrders() = 0;

    // Reconciliation: each answers with the matching reports signal (or requestFailed).
    virtual void requestOrderStatusReports() = 0; // open orders and recently closed ones
    virtual void requestFillReports(const QDateTime& since) = 0;
    virtual void requestPositionReports() = 0;
    virtual void requestBalance() = 0;

signals:
    void connectionChanged(bool connected);
    void orderStatusReported(const orion::OrderStatusReport& report);
    void fillReported(const orion::FillReport& report);
    void orderStatusReportsReceived(const QList<orion::OrderStatusReport>& reports);
    void fillReportsReceived(const QList<orion::FillReport>& reports);
    void positionReportsReceived(const QList<orion::PositionReport>& reports);
    void balanceReported(const orion::BalanceReport& report);
    void requestFailed(const QString& what, const orion::Error& error);
};

} // namespace orion
