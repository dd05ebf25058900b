#pragma once

#include "market/BookDelta.h"
#include "market/BookSnapshot.h"
#include "market/HugePageAllocator.h"
#include "market/Market.h"
#include "market/MarketHandle.h"
#include "market/MarketKey.h"
#include "market/OrderBook.h"
#include "market/Prefetch.h"
#include "market/TradingTerms.h"

#include <QHash>
#include <QtGlobal>

#include <cstddef>
#include <optional>
#include <vector>

namespace orion {

// Every market Orion watches, each with its book, keyed by (venue, id) and addressed on the hot path by a dense
// MarketHandle. Handles stay valid for the store's life: markets are added, never removed (a delisted market
// simply stops receiving data and goes stale).
class BookStore final
{
public:
    BookStore() = default;
    Q_DISABLE_COPY_MOVE(BookStore)

    // The handle of `key`, registering it (fee Unknown, no book yet) when it is new.
    MarketHandle ensure(const MarketKey& key);
    // Registers or replaces the market's description; its book is kept.
    MarketHandle upsert(const Market& market);
    std::optional<MarketHandle> find(const MarketKey& key) const;

    std::size_t size() const { return m_markets.size(); }
    // Preconditions: handle came from this store.
    const Market& market(MarketHandle handle) const { return m_markets[handle.index]; }
    const OrderBook& book(MarketHandle handle) const { return m_hot[handle.index].book; }
    OrderBook& book(MarketHandle handle) { return m_hot[handle.index].book; }
    // The market's fees and order sizing (the same values as market()), packed for the hot path.
    const TradingTerms& terms(MarketHandle handle) const { return m_hot[handle.index].terms; }

    // Starts loading the market's book and terms into the cache, so that a caller about to read several of its
    // levels waits for memory once rather than once per dependent read. A hint only: it changes nothing.
    void prefetch(MarketHandle handle) const { prefetchBytes(&m_hot[handle.index], sizeof(Hot)); }

    void setFees(MarketHandle handle, const FeeSchedule& fees)
    {
        m_markets[handle.index].fees = fees;
        m_hot[handle.index].terms.fees = fees;
    }
    void applySnapshot(MarketHandle handle, const BookSnapshot& snapshot, qint64 nowMs)
    {
        m_hot[handle.index].book.applySnapshot(snapshot, nowMs);
    }
    OrderBook::DeltaResult applyDelta(MarketHandle handle, const BookDelta& delta, qint64 nowMs)
    {
        prefetch(handle);
        return m_hot[handle.index].book.applyDelta(delta, nowMs);
    }

    // Every book of one venue loses continuity at once when its stream drops.
    void markVenueDisconnected(VenueId venue);

private:
    // Everything an evaluation reads about one market, in one cache-aligned block: the terms and the book with its
    // levels inline. With many markets each delta lands on a cold market, and this keeps that to one block.
    struct alignas(64) Hot
    {
        TradingTerms terms;
        OrderBook book;
    };

    std::vector<Market> m_markets;
    std::vector<Hot, HugePageAllocator<Hot>> m_hot; // parallel to m_markets
    QHash<MarketKey, quint32> m_index;
};

} // namespace orion
