#include "market/BookStore.h"

namespace orion {

MarketHandle BookStore::ensure(const MarketKey& key)
{
    if (const std::optional<MarketHandle> existing = find(key))
        return *existing;
    Market market;
    market.key = key;
    return upsert(market);
}

MarketHandle BookStore::upsert(const Market& market)
{
    const auto it = m_index.constFind(market.key);
    const TradingTerms terms{market.fees, market.lotSize, market.minOrderSize};
    if (it != m_index.constEnd()) {
        m_markets[it.value()] = market;
        m_hot[it.value()].terms = terms;
        return MarketHandle{it.value()};
    }
    Q_ASSERT(m_markets.size() < MarketHandle::kInvalid);
    const auto index = static_cast<quint32>(m_markets.size());
    m_markets.push_back(market);
    m_hot.push_back(Hot{terms, OrderBook()});
    m_index.insert(market.key, index);
    return MarketHandle{index};
}

std::optional<MarketHandle> BookStore::find(const MarketKey& key) const
{
    const auto it = m_index.constFind(key);
    if (it == m_index.constEnd())
        return std::nullopt;
    return MarketHandle{it.value()};
}

void BookStore::markVenueDisconnected(VenueId venue)
{
    for (std::size_t i = 0; i < m_markets.size(); ++i) {
        if (m_markets[i].key.venue == venue)
            m_hot[i].book.markDisconnected();
    }
}

} // namespace orion
