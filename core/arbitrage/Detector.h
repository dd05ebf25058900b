#pragma once

#include "arbitrage/DepthWalker.h"
#include "arbitrage/DetectorParams.h"
#include "arbitrage/Opportunity.h"
#include "arbitrage/OpportunityEvent.h"
#include "arbitrage/TradablePair.h"
#include "market/BookStore.h"
#include "market/HugePageAllocator.h"
#include "market/MarketDelta.h"
#include "market/MarketHandle.h"
#include "market/OrderBook.h"

#include <QList>
#include <QtGlobal>

#include <array>
#include <cstddef>
#include <span>
#include <vector>

namespace orion {

class OpportunityListener;

// Finds every cross-venue arbitrage among the tradable pairs, incrementally: a change to one market re-evaluates
// only the pairs that contain it, so the cost of an update does not grow with the number of pairs. Each pair is
// evaluated in both directions (buy YES on Kalshi and the opposite outcome on Polymarket, and NO on Kalshi and
// the opposite outcome on Polymarket, the polarity saying which Polymarket token that is).
//
// Results go to an OpportunityListener as opened / updated / closed events with stable ids; nothing is sent when
// an evaluation changes nothing, so a stream of book deltas costs no signal until an opportunity moves.
// A pair whose books are not Live, are crossed or are older than maxBookAgeMs, or whose markets' fees are
// unknown, has no opportunity. Single-threaded: call it on the engine thread only.
class Detector final
{
public:
    explicit Detector(BookStore& store, OpportunityListener* listener = nullptr);
    Q_DISABLE_COPY_MOVE(Detector)

    void setListener(OpportunityListener* listener) { m_listener = listener; }

    // Re-evaluates every pair under the new parameters.
    void setParams(const DetectorParams& params, qint64 nowMs);
    const DetectorParams& params() const { return m_params; }

    // The pairs to watch. Their markets are registered in the store (fee Unknown) if they are new. A pair that is
    // no longer listed, or whose markets or polarity changed, has its opportunities closed (PairRemoved); pairs
    // that are unchanged keep theirs. Every listed pair is then evaluated.
    void setPairs(const QList<TradablePair>& pairs, qint64 nowMs);

    // The hot path: the book (or fee, or sizing) of `market` changed; re-evaluates the pairs containing it.
    void reevaluate(MarketHandle market, qint64 nowMs);

    // store.applyDelta(market, delta) then reevaluate(market): the same events, but the pair's route and other
    // book start loading before the delta is applied, so that with many markets the cache misses of the delta's
    // book, the route and the other book overlap instead of following one another. A delta the book cannot apply
    // (a gap) still re-evaluates, which closes the pair's opportunities.
    OrderBook::DeltaResult applyDelta(MarketHandle market, const BookDelta& delta, qint64 nowMs);

    // A burst of deltas (one venue frame, or whatever queued up while the engine was busy), processed in order
    // with exactly the events, ids and order of applyDelta called on each in turn: each delta is applied and its
    // pairs re-evaluated before the next one is. What differs is memory: the books and routes of the next few
    // deltas are loaded while the current one is evaluated, so the cost per delta stays near the in-cache cost
    // however many markets there are. `results`, when not empty, receives each delta's result (its size must then
    // be deltas.size()). Preconditions: every handle came from the store.
    void applyDeltas(std::span<const MarketDelta> deltas, qint64 nowMs,
                     std::span<OrderBook::DeltaResult> results = {});
    void reevaluateAll(qint64 nowMs);
    // Re-evaluates the pairs that have an open opportunity, so that one whose book aged past maxBookAgeMs with no
    // update closes. Call it from a timer (e.g. every 100 ms).
    void expireStale(qint64 nowMs);

    std::size_t pairCount() const { return m_pairs.size(); }
    std::size_t openCount() const { return m_open.size(); }
    QList<Opportunity> openOpportunities() const;

private:
    static constexpr quint32 kNotOpen = 0xFFFF'FFFFU;

    struct DirectionState
    {
        Opportunity opportunity; // valid while openIndex != kNotOpen
        quint32 openIndex = kNotOpen; // position in m_open
    };

    struct PairState
    {
        TradablePair pair;
        MarketHandle kalshi;
        MarketHandle polymarket;
        std::array<DirectionState, 2> directions;
    };

    // What every evaluation reads, packed apart from the strings and opportunities so that an update touches one
    // small record per pair (the cost per delta is then bounded by the books, not by the pair table's size).
    struct PairHot
    {
        MarketHandle kalshi;
        MarketHandle polymarket;
        Polarity polarity = Polarity::Same;
        std::array<bool, 2> open{};
    };

    // One entry of the pairs-by-market index, carrying what an evaluation needs to find the pair's books, so that
    // a delta goes from its market to the other book without a further dependent lookup.
    struct PairRoute
    {
        static constexpr quint32 kNoPair = 0xFFFF'FFFFU;

        quint32 pair = kNoPair;
        MarketHandle kalshi;
        MarketHandle polymarket;
        Polarity polarity = Polarity::Same;
        bool more = false; // in m_firstRoute: the market is in further pairs, listed in m_routes
    };

    PairRoute routeOf(quint32 pairIndex) const;
    void prefetchPair(const PairRoute& route, MarketHandle changed) const;
    // The first steps of a delta's memory, for the burst pipeline: its book and route, then its pair's data.
    void prefetchMarket(MarketHandle market) const;
    void prefetchRoutedPair(MarketHandle market) const;
    void prefetchOpenDirections(MarketHandle market) const;
    void evaluatePair(PairRoute route, qint64 nowMs); // by value: a listener may change the index
    OpportunityCloseReason unusableReason(const PairRoute& route, qint64 nowMs) const;
    void publish(quint32 pairIndex, ArbDirection direction, const WalkResult& walk, qint64 nowMs);
    void close(quint32 pairIndex, ArbDirection direction, OpportunityCloseReason reason, qint64 nowMs);
    void rebuildIndex();
    void emitEvent(OpportunityEvent::Kind kind, const Opportunity& opportunity, OpportunityCloseReason reason,
                   qint64 nowMs);

    BookStore& m_store;
    OpportunityListener* m_listener = nullptr;
    DetectorParams m_params;
    std::vector<PairState, HugePageAllocator<PairState>> m_pairs;
    std::vector<PairHot, HugePageAllocator<PairHot>> m_hot; // parallel to m_pairs
    // Pairs by market, as compressed rows: the pairs of market m are m_routes[m_pairStart[m] .. m_pairStart[m+1]).
    std::vector<quint32, HugePageAllocator<quint32>> m_pairStart;
    std::vector<PairRoute, HugePageAllocator<PairRoute>> m_routes;
    // The first of each market's rows, by market: most markets are in one pair, and a delta then reaches the other
    // book with a single lookup. kNoPair for a market in no pair.
    std::vector<PairRoute, HugePageAllocator<PairRoute>> m_firstRoute;
    // Open (pair, direction) slots, encoded pair * 2 + direction, for expireStale.
    std::vector<quint32> m_open;
    std::vector<quint32> m_scratch;
    OpportunityId m_nextId = 1;
};

} // namespace orion
