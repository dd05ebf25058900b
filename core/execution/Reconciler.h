#pragma once

#include "common/Clock.h"
#include "execution/ExecutionMode.h"
#include "execution/Journal.h"
#include "venues/Venue.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace orion {

struct ReconcileReport
{
    bool complete = false;   // every venue answered every question in time
    int ordersUpdated = 0;   // journal orders corrected from the venue's word
    int ordersNeverSent = 0; // journalled but unknown to the venue: they never left (marked Rejected)
    int fillsRecorded = 0;
    QStringList discrepancies; // what a person should look at (positions that differ, orders the venue lost)
};

// Before trading starts, brings the journal in line with the venues: asks both for open and recent orders, fills
// since the oldest unfinished trade, and positions; corrects every unfinished order of the journal from the
// venue's reports; marks orders the venue never saw as never sent; and compares positions. The executor then
// resumes the unfinished trades (Executor::resumeOpenTrades) and is made ready.
class Reconciler final : public QObject
{
    Q_OBJECT

public:
    Reconciler(Journal& journal, const Clock& clock, QObject* parent = nullptr);

    void setClients(ExecutionClient* kalshi, ExecutionClient* polymarket);
    void setMode(ExecutionMode mode) { m_mode = mode; }
    // Journal-side positions for the comparison (e.g. from the ledger); without them positions are not compared.
    void setExpectedPositions(const QList<PositionReport>& positions) { m_expected = positions; }

    void start(int timeoutMs = 10'000);
    bool isRunning() const { return m_running; }

signals:
    void finished(const orion::ReconcileReport& report);

private:
    void answered(VenueId venue);
    void conclude();
    void ask(ExecutionClient* client, const QDateTime& since);

    Journal& m_journal;
    const Clock& m_clock;
    QPointer<ExecutionClient> m_kalshi;
    QPointer<ExecutionClient> m_polymarket;
    QList<QMetaObject::Connection> m_connections;
    QList<QMetaObject::Connection> m_waiting; // clients asked once they connect
    QSet<int> m_asked;                        // venues asked in this run (VenueId)
    ExecutionMode m_mode = ExecutionMode::Live;
    QList<PositionReport> m_expected;
    bool m_running = false;
    int m_pending = 0;
    bool m_failed = false;
    QList<OrderStatusReport> m_statuses;
    QList<FillReport> m_fills;
    QList<PositionReport> m_positions;
    QStringList m_failures;
    QTimer m_timeout;
};

} // namespace orion
