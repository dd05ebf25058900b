#pragma once

#include "venues/sim/SimScenario.h"

#include <QElapsedTimer>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

class QTimer;

namespace orion {

class SimKalshiExchange;
class SimPolymarketExchange;

// Runs a scenario's timeline against the simulated exchanges: scripted price paths (the maker's quote replaced at
// each step, on both venues for a pair, mirrored for inverse polarity), seeded random walks of the maker's opening
// ladder, Polymarket's random flow (Kalshi's is SimKalshiServer's), and scheduled settlements (Kalshi
// SimKalshiExchange::settle, Polymarket SimPolymarketExchange::resolve; a pair settles both, inverted for inverse
// polarity). Time 0 is start(); advanceTo() runs everything due without timers, for tests. Either exchange may be
// null: that venue's parts of the scenario are skipped. The same seed gives the same prices.
//
// The Kalshi exchange must be built from kalshiScenario(scenario): the markets the runner moves then open empty
// and the runner places their opening ladder as maker orders it can replace later.
class SimScenarioRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimScenarioRunner)

public:
    SimScenarioRunner(SimScenario scenario, SimKalshiExchange* kalshi, SimPolymarketExchange* polymarket,
                      QObject* parent = nullptr);
    ~SimScenarioRunner() override;

    // The scenario minus the opening books of the Kalshi markets the runner moves (see above).
    static SimScenario kalshiScenario(SimScenario scenario);

    // Places the opening quotes of moved markets and runs everything due at 0 ms; then follows the wall clock.
    void start();
    // Runs every step, walk, flow and settlement due up to `ms` after the start, in time order (ties: settlements
    // after quotes, then in file order). Calls start() logic first if needed; never goes backwards.
    void advanceTo(qint64 ms);
    qint64 nowMs() const { return m_nowMs; }
    // Scripted steps and settlements still to come (walks and flow run until their market settles).
    int pendingEvents() const;
    // What happened so far, one line per action: "1500 ms: quote KXA 0.40/0.45 x 100", "settle KXA yes", ...
    QStringList log() const { return m_log; }

signals:
    void settled(const QString& market, bool yesWins);

private:
    enum class Kind : quint8 { Quote, Settle };
    // One market on one venue that the runner quotes.
    struct Book
    {
        bool kalshi = true;
        QString market;                          // Kalshi ticker or Polymarket condition id
        QString yesToken;                        // Polymarket
        bool inverse = false;                    // Polymarket side of an inverse pair
        std::vector<SimScenarioLevel> openBids;  // opening ladder in this venue's YES terms
        std::vector<SimScenarioLevel> openAsks;
        std::vector<QString> kalshiOrders;       // the maker orders the runner placed
        bool settled = false;
    };
    // A moved line: one book, or two for a pair. Quotes are in the first book's YES frame (Kalshi for a pair).
    struct Line
    {
        QString name;
        std::vector<Book> books;
        std::vector<SimScenarioPathPoint> path;
        SimScenarioRandomWalk walk;
        SimScenarioSettlement settle;
        std::int64_t tickMicros = 10'000;
        std::int64_t offsetMicros = 0;           // random walk: shift of the opening ladder
        std::int64_t minOffset = 0;
        std::int64_t maxOffset = 0;
        QRandomGenerator random;
        qint64 nextWalkMs = -1;
        bool moved = false;                      // quoted by the runner (path or walk), not only settled
    };
    struct Flow
    {
        QString conditionId;
        QString yesToken;
        QString noToken;
        int intervalMs = 0;
        std::int64_t minHundredths = 0;
        std::int64_t maxHundredths = 0;
        QRandomGenerator random;
        qint64 nextMs = 0;
        bool stopped = false;
    };
    struct Event
    {
        qint64 atMs = 0;
        Kind kind = Kind::Quote;
        std::size_t line = 0;
        std::size_t step = 0;
    };

    void addLine(Line line);
    void openQuotes();
    qint64 nextDueMs() const; // -1: nothing left
    void runEvent(const Event& event);
    void walkStep(Line& line);
    void flowStep(Flow& flow);
    void walkQuote(Line& line);
    void pathQuote(Line& line, const SimScenarioPathPoint& step);
    void quoteBook(Book& book, const std::vector<SimScenarioLevel>& bids, const std::vector<SimScenarioLevel>& asks);
    void settleLine(Line& line);
    void armTimer();
    void note(const QString& line);

    SimScenario m_scenario;
    SimKalshiExchange* m_kalshi;
    SimPolymarketExchange* m_polymarket;
    std::vector<Line> m_lines;
    std::vector<Flow> m_flows;
    std::vector<Event> m_events;                 // sorted
    std::size_t m_nextEvent = 0;
    qint64 m_nowMs = 0;
    bool m_started = false;
    QElapsedTimer m_clock;
    QTimer* m_timer;
    QStringList m_log;
    quint64 m_flowOrders = 0;
};

} // namespace orion
