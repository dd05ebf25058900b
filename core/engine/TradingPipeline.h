#pragma once

#include "arbitrage/Detector.h"
#include "arbitrage/OpportunityFeed.h"
#include "common/Clock.h"
#include "config/Settings.h"
#include "engine/DashboardBalance.h"
#include "engine/DashboardOpportunity.h"
#include "engine/DashboardPerformance.h"
#include "engine/DashboardPosition.h"
#include "engine/VenueAccess.h"
#include "execution/Journal.h"
#include "market/BookStore.h"
#include "matching/MatchResult.h"
#include "portfolio/Ledger.h"
#include "venues/Venue.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <memory>

namespace orion {

class CapitalManager;
class CircuitBreaker;
class Database;
class Executor;
class HaltFlag;
class KalshiVenue;
class LedgerRepository;
class MatchRepository;
class OpportunityRepository;
class PaperVenue;
class PolymarketVenue;
class Reconciler;
class RiskManager;
class SqlJournal;
struct ReconcileReport;

// The trading engine's moving parts, wired in the order money flows: both venues' catalogues -> matching -> live
// books (WebSockets) -> detector -> risk and capital -> executor (paper venues or the real ones) -> journal and
// ledger. Lives on the engine thread; the Engine owns it, tells it the settings, the tradable pairs and whether an
// opportunity may be traded (the gate), and turns what it emits into dashboard snapshots.
//
// Nothing is traded before the journal has been reconciled with the venues (readyChanged(true)).
class TradingPipeline final : public QObject
{
    Q_OBJECT

public:
    // Empty: trade it; otherwise why not (mode, auto-execute off, engine stopped, ...).
    using Gate = std::function<QString(const Opportunity&)>;

    TradingPipeline(Database& database, VenueAccess access, const Settings& settings, HaltFlag& halt,
                    const Clock& clock, QObject* parent = nullptr);
    ~TradingPipeline() override;
    Q_DISABLE_COPY_MOVE(TradingPipeline)

    // Builds the venue clients, connects them, asks for both catalogues and reconciles the journal. Errors: a
    // venue that cannot be built (a key that does not parse); the message names it.
    [[nodiscard]] Status start();
    void stop();

    void setSettings(const Settings& settings);
    void setGate(Gate gate) { m_gate = std::move(gate); }
    // The pairs that may trade (the registry's view); their markets are subscribed and watched.
    void setTradablePairs(const QList<MatchResult>& pairs);
    // What live mode needs and is missing ("Kalshi key", "Polymarket wallet key"); empty when live can trade.
    QStringList missingForLive() const;

    // The kill switch (the halt flag is already raised): cancels every open order on both venues.
    void kill(const QString& reason);
    void tripCircuitBreaker(const QString& reason);
    [[nodiscard]] Status resetCircuitBreaker(const QString& person, const QString& why);

    // Periodic work (the engine's cycle): stale books close their opportunities, the circuit breaker checks data
    // age and the day's loss, balances are refreshed, the dashboard figures recomputed.
    void tick();

    bool isReady() const { return m_ready; }
    const BookStore& books() const { return m_books; }
    const Ledger& ledger() const { return m_ledger; }
    int tradesStarted() const { return m_tradesStarted; }
    // What this pipeline did with an opportunity: a trade under way, a finished one, or none (the feed shows it).
    DashboardOpportunity::Execution executionOf(OpportunityId id) const;
    QString titleOf(const QString& pairId) const { return m_pairTitles.value(pairId); }

signals:
    void catalogueMatched(const QList<orion::MatchResult>& results);
    void opportunityEvent(const orion::OpportunityEvent& event, const QString& title);
    void balancesChanged(const QList<orion::DashboardBalance>& balances);
    void positionsChanged(const QList<orion::DashboardPosition>& positions);
    void ordersChanged(const QList<orion::OrderStatusReport>& orders, const QList<orion::FillReport>& fills);
    void performanceChanged(const orion::DashboardPerformance& performance);
    void circuitBreakerTripped(const QString& reason);
    void readyChanged(bool ready);
    void tradeStateChanged(qint64 tradeId, orion::TradeState state, const QString& note);
    void problem(const QString& text);
    // How much to move between the venues (moving money is the user's act).
    void rebalanceAdvised(const QString& text);

private:
    void buildVenues();
    void connectMarketData(MarketDataClient& client);
    void connectExecution(ExecutionClient& client);
    void onCatalogue(VenueId venue, const QList<VenueMarket>& markets);
    void matchCatalogues();
    void onSnapshot(const MarketKey& market, const BookSnapshot& snapshot);
    void onDelta(const MarketKey& market, const BookDelta& delta);
    void onContinuityLost(const QList<MarketKey>& markets, const QString& reason);
    void onOpportunity(const OpportunityEvent& event);
    void onOrderStatus(const OrderStatusReport& report);
    void onFill(const FillReport& fill);
    void onBalance(const BalanceReport& report);
    void onTradeState(qint64 tradeId, TradeState state, const QString& note);
    void onReconciled(const ReconcileReport& report);
    void applyExecutionMode();
    void startReconciliation();
    void restorePaperState();
    void rebuildLedger();
    QList<PositionReport> expectedVenuePositions() const;
    void requestBalances();
    void confirmQuietBooks(qint64 nowMs);
    void persistLedger();
    void publishBalances();
    void publishPositions();
    void publishOrders();
    void publishPerformance();
    std::optional<Price> markOf(const MarketKey& market, Outcome outcome) const;
    // Open positions at their marks, by venue name, and the marked P&L of what is not hedged: a hedged pair pays
    // $1 at resolution whatever its bids say, so only the unhedged excess is at the market's mercy.
    QHash<QString, Cash> markedValueByVenue() const;
    QString pairOf(const MarketKey& market) const;
    Cash unhedgedMarkedPnl() const;
    ExecutionClient* liveClient(VenueId venue) const;
    const MarketDataClient* marketData(VenueId venue) const;

    Database& m_database;
    VenueAccess m_access;
    Settings m_settings;
    HaltFlag& m_halt;
    const Clock& m_clock;
    Gate m_gate;

    BookStore m_books;
    Detector m_detector;
    OpportunityFeed m_feed;
    Ledger m_ledger;
    std::unique_ptr<SqlJournal> m_journal;
    std::unique_ptr<MatchRepository> m_matchRepository;
    std::unique_ptr<OpportunityRepository> m_opportunityRepository;
    std::unique_ptr<RiskManager> m_risk;
    std::unique_ptr<CapitalManager> m_capital;
    CircuitBreaker* m_breaker = nullptr;
    Executor* m_executor = nullptr;
    Reconciler* m_reconciler = nullptr;
    KalshiVenue* m_kalshi = nullptr;
    PolymarketVenue* m_polymarket = nullptr;
    PaperVenue* m_paperKalshi = nullptr;
    PaperVenue* m_paperPolymarket = nullptr;

    QHash<MarketKey, VenueMarket> m_catalogue;
    bool m_kalshiCatalogue = false;
    bool m_polymarketCatalogue = false;
    QList<VenueMarket> m_kalshiMarkets;
    QList<VenueMarket> m_polymarketMarkets;
    QHash<QString, QString> m_pairTitles; // pair id -> title
    QHash<MarketKey, QString> m_pairByMarket; // either market of a watched pair -> its pair id
    QSet<OpportunityId> m_traded;          // one trade per opportunity: its liquidity is ours once taken
    QHash<qint64, OpportunityId> m_opportunityOfTrade; // trade id -> the opportunity it took
    QSet<OpportunityId> m_tradeFinished;   // opportunities whose trade reached a final state
    QHash<QString, DashboardBalance> m_balances; // by venue name
    QHash<QString, OrderStatusReport> m_orders;  // by client order id
    QStringList m_orderSequence;                 // newest last, bounded
    QList<FillReport> m_fills;                   // newest last, bounded
    QList<DashboardPoint> m_pnlHistory;
    QList<DashboardPoint> m_balanceHistory;
    std::vector<MarketHandle> m_watched;          // markets of the tradable pairs
    QHash<int, qint64> m_lastStreamMs;            // by VenueId: newest book message
    std::unique_ptr<LedgerRepository> m_ledgerRepository;
    qint64 m_lastBalanceRequestMs = 0;
    qint64 m_lastHistoryMs = 0;
    qint64 m_startedAtMs = 0;
    int m_tradesStarted = 0;
    bool m_ready = false;
    bool m_reconcileWhenConnected = false; // live: reconciliation waits for both venues' sessions
    bool m_started = false;
};

} // namespace orion
