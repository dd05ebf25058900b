#include "venues/polymarket/PolymarketMarketData.h"

#include "common/Logging.h"
#include "venues/polymarket/PolymarketClobClient.h"
#include "venues/polymarket/PolymarketGammaClient.h"

#include <QDateTime>

namespace orion {

PolymarketMarketData::PolymarketMarketData(PolymarketGammaClient* gamma, PolymarketClobClient* clob,
                                           PolymarketMarketStream::Options streamOptions, QObject* parent)
    : MarketDataClient(parent), m_gamma(gamma), m_clob(clob),
      m_stream(new PolymarketMarketStream(std::move(streamOptions), this))
{
    connect(m_stream, &PolymarketMarketStream::bookReceived, this, &PolymarketMarketData::onBook);
    connect(m_stream, &PolymarketMarketStream::levelChanged, this, &PolymarketMarketData::onLevel);
    connect(m_stream, &PolymarketMarketStream::continuityLost, this, &PolymarketMarketData::onContinuityLost);
    connect(m_stream, &PolymarketMarketStream::connectionChanged, this, &MarketDataClient::connectionChanged);
}

bool PolymarketMarketData::isConnected() const
{
    return m_stream->isConnected();
}

void PolymarketMarketData::start()
{
    if (m_started)
        return;
    m_started = true;
    m_stream->start();
    applySubscriptions();
}

void PolymarketMarketData::stop()
{
    m_started = false;
    m_stream->stop();
}

void PolymarketMarketData::requestCatalogue()
{
    m_gamma->fetchOpenMarkets([this](Result<QList<PolymarketGammaMarket>> markets) {
        if (!markets) {
            emit requestFailed(QStringLiteral("catalogue"), markets.error());
            return;
        }
        QList<VenueMarket> catalogue;
        for (const PolymarketGammaMarket& market : *markets) {
            VenueMarket entry;
            entry.key = MarketKey{VenueId::Polymarket, market.conditionId};
            entry.eventId = market.eventId;
            entry.title = market.question;
            entry.rulesText = market.description;
            entry.closeTime = market.endDate;
            entry.fees = market.fees;
            entry.minimumOrderSize = market.minimumOrderSize;
            entry.tickSize = market.tickSize;
            entry.yesTokenId = market.yesTokenId;
            entry.noTokenId = market.noTokenId;
            entry.rawJson = market.rawJson;
            m_yesToken.insert(market.conditionId, market.yesTokenId);
            m_condition.insert(market.yesTokenId, market.conditionId);
            catalogue.append(entry);
        }
        emit catalogueLoaded(catalogue);
    });
}

void PolymarketMarketData::setSubscriptions(const QList<MarketKey>& markets)
{
    m_subscriptions.clear();
    for (const MarketKey& key : markets) {
        if (key.venue == VenueId::Polymarket)
            m_subscriptions.append(key);
    }
    for (const MarketKey& key : std::as_const(m_subscriptions)) {
        if (m_yesToken.contains(key.id))
            continue;
        m_clob->getClobMarket(key.id, [this, key](Result<PolymarketClobMarket> market) {
            if (!market) {
                emit requestFailed(QStringLiteral("market ") + key.id, market.error());
                return;
            }
            m_yesToken.insert(key.id, market->yesTokenId);
            m_condition.insert(market->yesTokenId, key.id);
            applySubscriptions();
        });
    }
    applySubscriptions();
}

void PolymarketMarketData::applySubscriptions()
{
    QStringList tokens;
    for (const MarketKey& key : std::as_const(m_subscriptions)) {
        const QString token = m_yesToken.value(key.id);
        if (!token.isEmpty())
            tokens.append(token);
    }
    m_stream->setTokens(tokens);
}

void PolymarketMarketData::onBook(const PolymarketBook& book)
{
    const QString condition = m_condition.value(book.assetId);
    if (condition.isEmpty())
        return;
    BookSnapshot snapshot;
    snapshot.yesBids = book.bids;
    snapshot.yesAsks = book.asks;
    emit bookSnapshotReceived(MarketKey{VenueId::Polymarket, condition}, snapshot, QDateTime::currentMSecsSinceEpoch());
}

void PolymarketMarketData::onLevel(const QString& tokenId, bool bid, Price price, Quantity size, qint64)
{
    const QString condition = m_condition.value(tokenId);
    if (condition.isEmpty())
        return;
    BookDelta delta;
    delta.outcome = Outcome::Yes;
    delta.side = bid ? BookSide::Bid : BookSide::Ask;
    delta.price = price;
    delta.size = size;
    delta.mode = BookDelta::Mode::Set;
    emit bookDeltaReceived(MarketKey{VenueId::Polymarket, condition}, delta, QDateTime::currentMSecsSinceEpoch());
}

void PolymarketMarketData::onContinuityLost(const QStringList& tokenIds, const QString& reason)
{
    QList<MarketKey> markets;
    for (const QString& token : tokenIds) {
        const QString condition = m_condition.value(token);
        if (!condition.isEmpty())
            markets.append(MarketKey{VenueId::Polymarket, condition});
    }
    if (!markets.isEmpty())
        emit continuityLost(markets, reason);
}

} // namespace orion
