#include "arbitrage/Detector.h"

#include "arbitrage/OpportunityListener.h"
#include "common/Logging.h"
#include "market/Prefetch.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace orion {

namespace {

constexpr std::size_t directionIndex(ArbDirection direction)
{
    return direction == ArbDirection::KalshiYes ? 0 : 1;
}

constexpr ArbDirection kDirections[] = {ArbDirection::KalshiYes, ArbDirection::KalshiNo};

bool sameLeg(const OpportunityLeg& leg, const LegFill& fill)
{
    return leg.bestPrice == fill.bestPrice && leg.worstPrice == fill.worstPrice
           && leg.averagePrice == fill.averagePrice && leg.cost == fill.cost && leg.fee == fill.fee
           && leg.levels == fill.levels;
}

bool sameTrade(const Opportunity& opportunity, const WalkResult& walk)
{
    return opportunity.size == walk.size && opportunity.totalCost == walk.totalCost
           && opportunity.lockedInProfit == walk.profit && sameLeg(opportunity.kalshi, walk.first)
           && sameLeg(opportunity.polymarket, walk.second);
}

void fillLeg(OpportunityLeg& leg, const MarketKey& market, Outcome outcome, const LegFill& fill, qint64 ageMs)
{
    leg.market = market;
    leg.outcome = outcome;
    leg.bestPrice = fill.bestPrice;
    leg.worstPrice = fill.worstPrice;
    leg.averagePrice = fill.averagePrice;
    leg.cost = fill.cost;
    leg.fee = fill.fee;
    leg.levels = fill.levels;
    leg.bookAgeMs = ageMs;
}

} // namespace

Detector::Detector(BookStore& store, OpportunityListener* listener) : m_store(store), m_listener(listener) {}

void Detector::setParams(const DetectorParams& params, qint64 nowMs)
{
    m_params = params;
    reevaluateAll(nowMs);
}

void Detector::setPairs(const QList<TradablePair>& pairs, qint64 nowMs)
{
    QHash<QString, quint32> oldIndex;
    oldIndex.reserve(static_cast<qsizetype>(m_pairs.size()));
    for (std::size_t i = 0; i < m_pairs.size(); ++i)
        oldIndex.insert(m_pairs[i].pair.pairId, static_cast<quint32>(i));

    std::vector<PairState, HugePageAllocator<PairState>> next;
    next.reserve(static_cast<std::size_t>(pairs.size()));
    std::vector<bool> carried(m_pairs.size(), false);
    QHash<QString, bool> seen;
    for (const TradablePair& pair : pairs) {
        if (seen.contains(pair.pairId)) {
            qCWarning(lcArbitrage) << "pair" << pair.pairId << "is listed twice; the first one is used";
            continue;
        }
        seen.insert(pair.pairId, true);
        PairState state;
        state.pair = pair;
        state.kalshi = m_store.ensure(MarketKey{VenueId::Kalshi, pair.kalshiMarket});
        state.polymarket = m_store.ensure(MarketKey{VenueId::Polymarket, pair.polymarketMarket});
        const auto old = oldIndex.constFind(pair.pairId);
        if (old != oldIndex.constEnd() && m_pairs[old.value()].pair == pair) {
            state.directions = m_pairs[old.value()].directions;
            carried[old.value()] = true;
        }
        next.push_back(std::move(state));
    }

    for (std::size_t i = 0; i < m_pairs.size(); ++i) {
        if (carried[i])
            continue;
        for (const ArbDirection direction : kDirections)
            close(static_cast<quint32>(i), direction, OpportunityCloseReason::PairRemoved, nowMs);
    }

    m_pairs = std::move(next);
    m_hot.clear();
    m_hot.reserve(m_pairs.size());
    for (const PairState& state : m_pairs) {
        m_hot.push_back(PairHot{state.kalshi, state.polymarket, state.pair.polarity,
                                {state.directions[0].openIndex != kNotOpen, state.directions[1].openIndex != kNotOpen}});
    }
    m_open.clear();
    for (std::size_t i = 0; i < m_pairs.size(); ++i) {
        for (std::size_t d = 0; d < 2; ++d) {
            DirectionState& direction = m_pairs[i].directions[d];
            if (direction.openIndex == kNotOpen)
                continue;
            direction.openIndex = static_cast<quint32>(m_open.size());
            m_open.push_back(static_cast<quint32>(i * 2 + d));
        }
    }
    m_scratch.reserve(m_pairs.size() * 2);
    rebuildIndex();
    reevaluateAll(nowMs);
}

void Detector::rebuildIndex()
{
    const std::size_t markets = m_store.size();
    m_pairStart.assign(markets + 1, 0);
    for (const PairState& state : m_pairs) {
        ++m_pairStart[state.kalshi.index + 1];
        ++m_pairStart[state.polymarket.index + 1];
    }
    std::partial_sum(m_pairStart.begin(), m_pairStart.end(), m_pairStart.begin());
    m_routes.assign(m_pairs.size() * 2, PairRoute());
    std::vector<quint32> fill(m_pairStart.begin(), m_pairStart.end() - 1);
    for (std::size_t i = 0; i < m_pairs.size(); ++i) {
        const PairRoute route = routeOf(static_cast<quint32>(i));
        m_routes[fill[m_pairs[i].kalshi.index]++] = route;
        m_routes[fill[m_pairs[i].polymarket.index]++] = route;
    }
    m_firstRoute.assign(markets, PairRoute());
    for (std::size_t m = 0; m < markets; ++m) {
        if (m_pairStart[m] == m_pairStart[m + 1])
            continue;
        m_firstRoute[m] = m_routes[m_pairStart[m]];
        m_firstRoute[m].more = m_pairStart[m + 1] - m_pairStart[m] > 1;
    }
}

Detector::PairRoute Detector::routeOf(quint32 pairIndex) const
{
    const PairHot& hot = m_hot[pairIndex];
    return PairRoute{pairIndex, hot.kalshi, hot.polymarket, hot.polarity};
}

void Detector::prefetchPair(const PairRoute& route, MarketHandle changed) const
{
    m_store.prefetch(route.kalshi == changed ? route.polymarket : route.kalshi);
    // An open direction's last result is compared with the new one, so it is fetched too.
    const PairHot& hot = m_hot[route.pair];
    for (std::size_t d = 0; d < 2; ++d) {
        if (hot.open[d])
            prefetchBytes(&m_pairs[route.pair].directions[d], sizeof(DirectionState));
    }
}

void Detector::reevaluate(MarketHandle market, qint64 nowMs)
{
    if (market.index >= m_firstRoute.size())
        return; // registered after the pairs were set: no pair uses it
    const PairRoute& first = m_firstRoute[market.index];
    if (first.pair == PairRoute::kNoPair)
        return;
    if (!first.more) {
        prefetchPair(first, market);
        evaluatePair(first, nowMs);
        return;
    }
    // With many markets the other book of each pair is cold: start loading all of them before walking any.
    const quint32 begin = m_pairStart[market.index];
    const quint32 end = m_pairStart[market.index + 1];
    for (quint32 i = begin; i < end; ++i)
        prefetchPair(m_routes[i], market);
    for (quint32 i = begin; i < end; ++i)
        evaluatePair(m_routes[i], nowMs);
}

OrderBook::DeltaResult Detector::applyDelta(MarketHandle market, const BookDelta& delta, qint64 nowMs)
{
    // Three cold blocks per delta with many markets: its book, its route, the pair's other book. The route's load
    // is issued next to the book's and the other book's right after it, so the delta's application waits for them
    // together rather than in turn.
    m_store.prefetch(market);
    prefetchRoutedPair(market);
    const OrderBook::DeltaResult result = m_store.applyDelta(market, delta, nowMs);
    reevaluate(market, nowMs);
    return result;
}

void Detector::prefetchMarket(MarketHandle market) const
{
    m_store.prefetch(market);
    if (market.index < m_firstRoute.size())
        prefetchBytes(&m_firstRoute[market.index], sizeof(PairRoute));
}

void Detector::prefetchRoutedPair(MarketHandle market) const
{
    if (market.index >= m_firstRoute.size())
        return;
    const PairRoute& first = m_firstRoute[market.index];
    if (first.pair == PairRoute::kNoPair)
        return;
    // The other book, and the pair's flags (read when the open directions are fetched, one step later).
    m_store.prefetch(first.kalshi == market ? first.polymarket : first.kalshi);
    prefetchBytes(&m_hot[first.pair], sizeof(PairHot));
}

void Detector::prefetchOpenDirections(MarketHandle market) const
{
    if (market.index >= m_firstRoute.size())
        return;
    const PairRoute& first = m_firstRoute[market.index];
    if (first.pair == PairRoute::kNoPair)
        return;
    const PairHot& hot = m_hot[first.pair];
    for (std::size_t d = 0; d < 2; ++d) {
        if (hot.open[d])
            prefetchBytes(&m_pairs[first.pair].directions[d], sizeof(DirectionState));
    }
}

void Detector::applyDeltas(std::span<const MarketDelta> deltas, qint64 nowMs,
                           std::span<OrderBook::DeltaResult> results)
{
    Q_ASSERT(results.empty() || results.size() == deltas.size());
    // A software pipeline over the burst: the book and route of delta i + kMarketAhead start loading, the route of
    // delta i + kRouteAhead (loaded by then) is followed to its pair's other book, and delta i is processed
    // exactly as applyDelta would. Prefetches are hints, so a listener that changes the pairs or the store in the
    // middle of a burst costs a few wasted loads, never a wrong result. The distances: far enough ahead for a miss
    // to complete during the deltas in between, near enough that the loaded lines are still in L1/L2 when used
    // (bench/BenchDetector.cpp measured 5 and 10 no better).
    constexpr std::size_t kFlagsAhead = 1;
    constexpr std::size_t kRouteAhead = 3;
    constexpr std::size_t kMarketAhead = 6;
    const std::size_t count = deltas.size();
    for (std::size_t i = 0; i < std::min(count, kMarketAhead); ++i)
        prefetchMarket(deltas[i].market);
    for (std::size_t i = 0; i < std::min(count, kRouteAhead); ++i)
        prefetchRoutedPair(deltas[i].market);
    for (std::size_t i = 0; i < count; ++i) {
        if (i + kMarketAhead < count)
            prefetchMarket(deltas[i + kMarketAhead].market);
        if (i + kRouteAhead < count)
            prefetchRoutedPair(deltas[i + kRouteAhead].market);
        if (i + kFlagsAhead < count)
            prefetchOpenDirections(deltas[i + kFlagsAhead].market);
        const MarketDelta& item = deltas[i];
        const OrderBook::DeltaResult result = m_store.applyDelta(item.market, item.delta, nowMs);
        if (!results.empty())
            results[i] = result;
        reevaluate(item.market, nowMs);
    }
}

void Detector::reevaluateAll(qint64 nowMs)
{
    for (std::size_t i = 0; i < m_pairs.size(); ++i)
        evaluatePair(routeOf(static_cast<quint32>(i)), nowMs);
}

void Detector::expireStale(qint64 nowMs)
{
    m_scratch.assign(m_open.begin(), m_open.end());
    for (const quint32 slot : m_scratch) {
        const quint32 pairIndex = slot / 2;
        // Both directions of a pair may be listed; the second evaluation finds nothing new.
        evaluatePair(routeOf(pairIndex), nowMs);
    }
}

QList<Opportunity> Detector::openOpportunities() const
{
    QList<Opportunity> result;
    result.reserve(static_cast<qsizetype>(m_open.size()));
    for (const quint32 slot : m_open)
        result.append(m_pairs[slot / 2].directions[slot % 2].opportunity);
    return result;
}

OpportunityCloseReason Detector::unusableReason(const PairRoute& route, qint64 nowMs) const
{
    if (!m_store.terms(route.kalshi).fees.isKnown() || !m_store.terms(route.polymarket).fees.isKnown())
        return OpportunityCloseReason::FeeUnknown;
    for (const MarketHandle handle : {route.kalshi, route.polymarket}) {
        const OrderBook& book = m_store.book(handle);
        if (!book.isLive() || book.isCrossed() || book.ageMs(nowMs) > m_params.maxBookAgeMs)
            return OpportunityCloseReason::BookUnusable;
    }
    return OpportunityCloseReason::None;
}

void Detector::evaluatePair(PairRoute route, qint64 nowMs)
{
    const quint32 pairIndex = route.pair;
    const std::array<bool, 2>& open = m_hot[pairIndex].open;
    const OpportunityCloseReason unusable = unusableReason(route, nowMs);
    if (unusable != OpportunityCloseReason::None) {
        for (const ArbDirection direction : kDirections) {
            if (open[directionIndex(direction)])
                close(pairIndex, direction, unusable, nowMs);
        }
        return;
    }
    const TradingTerms& kalshi = m_store.terms(route.kalshi);
    const TradingTerms& polymarket = m_store.terms(route.polymarket);
    const OrderBook& kalshiBook = m_store.book(route.kalshi);
    const OrderBook& polymarketBook = m_store.book(route.polymarket);

    WalkLimits limits;
    limits.thresholdSpread = m_params.thresholdSpread;
    limits.slippageTolerance = m_params.slippageTolerance;
    limits.targetDepth = m_params.targetLiquidityDepth;
    limits.minTradeSize = m_params.minTradeSize;
    limits.lotSize = Quantity::fromHundredths(
        std::lcm(std::max<std::int64_t>(kalshi.lotSize.hundredths(), 1),
                 std::max<std::int64_t>(polymarket.lotSize.hundredths(), 1)));
    limits.minSize = std::max(kalshi.minOrderSize, polymarket.minOrderSize);

    for (const ArbDirection direction : kDirections) {
        const Outcome kalshiOutcome = direction == ArbDirection::KalshiYes ? Outcome::Yes : Outcome::No;
        // The Polymarket leg must pay out exactly when the Kalshi leg does not.
        const Outcome polymarketOutcome =
            route.polarity == Polarity::Same ? opposite(kalshiOutcome) : kalshiOutcome;
        const WalkResult walk = DepthWalker::find(kalshiBook.asks(kalshiOutcome), kalshi.fees,
                                                  polymarketBook.asks(polymarketOutcome), polymarket.fees, limits);
        if (walk.isOpportunity())
            publish(pairIndex, direction, walk, nowMs);
        else if (open[directionIndex(direction)])
            close(pairIndex, direction, OpportunityCloseReason::Gone, nowMs);
    }
}

void Detector::publish(quint32 pairIndex, ArbDirection direction, const WalkResult& walk, qint64 nowMs)
{
    PairState& state = m_pairs[pairIndex];
    DirectionState& slot = state.directions[directionIndex(direction)];
    const bool wasOpen = slot.openIndex != kNotOpen;
    if (wasOpen && sameTrade(slot.opportunity, walk))
        return;

    Opportunity& opportunity = slot.opportunity;
    if (!wasOpen) {
        opportunity = Opportunity();
        opportunity.id = m_nextId++;
        opportunity.pairId = state.pair.pairId;
        opportunity.direction = direction;
        opportunity.openedAtMs = nowMs;
    }
    const Outcome kalshiOutcome = direction == ArbDirection::KalshiYes ? Outcome::Yes : Outcome::No;
    const Outcome polymarketOutcome =
        state.pair.polarity == Polarity::Same ? opposite(kalshiOutcome) : kalshiOutcome;
    fillLeg(opportunity.kalshi, m_store.market(state.kalshi).key, kalshiOutcome, walk.first,
            m_store.book(state.kalshi).ageMs(nowMs));
    fillLeg(opportunity.polymarket, m_store.market(state.polymarket).key, polymarketOutcome, walk.second,
            m_store.book(state.polymarket).ageMs(nowMs));
    opportunity.size = walk.size;
    opportunity.payout = walk.payout;
    opportunity.totalCost = walk.totalCost;
    opportunity.totalFees = walk.totalFees;
    opportunity.lockedInProfit = walk.profit;
    opportunity.edgePerContract = walk.edgePerContract;
    opportunity.updatedAtMs = nowMs;

    if (!wasOpen) {
        m_hot[pairIndex].open[directionIndex(direction)] = true;
        slot.openIndex = static_cast<quint32>(m_open.size());
        m_open.push_back(pairIndex * 2 + static_cast<quint32>(directionIndex(direction)));
    }
    emitEvent(wasOpen ? OpportunityEvent::Kind::Updated : OpportunityEvent::Kind::Opened, opportunity,
              OpportunityCloseReason::None, nowMs);
}

void Detector::close(quint32 pairIndex, ArbDirection direction, OpportunityCloseReason reason, qint64 nowMs)
{
    DirectionState& slot = m_pairs[pairIndex].directions[directionIndex(direction)];
    if (slot.openIndex == kNotOpen)
        return;
    const quint32 last = m_open.back();
    m_open[slot.openIndex] = last;
    m_pairs[last / 2].directions[last % 2].openIndex = slot.openIndex;
    m_open.pop_back();
    slot.openIndex = kNotOpen;
    if (pairIndex < m_hot.size())
        m_hot[pairIndex].open[directionIndex(direction)] = false;
    emitEvent(OpportunityEvent::Kind::Closed, slot.opportunity, reason, nowMs);
}

void Detector::emitEvent(OpportunityEvent::Kind kind, const Opportunity& opportunity, OpportunityCloseReason reason,
                         qint64 nowMs)
{
    if (m_listener == nullptr)
        return;
    OpportunityEvent event;
    event.kind = kind;
    event.opportunity = opportunity;
    event.timestampMs = nowMs;
    event.closeReason = reason;
    m_listener->opportunityChanged(event);
}

} // namespace orion
