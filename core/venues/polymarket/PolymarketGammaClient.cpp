#include "venues/polymarket/PolymarketGammaClient.h"

#include "common/Logging.h"
#include "venues/polymarket/PolymarketClobClient.h"
#include "venues/polymarket/PolymarketParser.h"

#include <QUrlQuery>

namespace orion {

PolymarketGammaClient::PolymarketGammaClient(QUrl baseUrl, QObject* parent)
    : QObject(parent), m_http(new HttpClient(std::move(baseUrl), this))
{
}

void PolymarketGammaClient::fetchOpenMarkets(MarketsCallback done)
{
    fetchPage({}, 1, {}, std::move(done));
}

void PolymarketGammaClient::fetchPage(const QString& cursor, int pageNumber, QList<PolymarketGammaMarket> acc,
                                      MarketsCallback done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("closed"), QStringLiteral("false"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("after_cursor"), cursor);
    HttpRequest request = HttpRequest::get(QStringLiteral("/markets/keyset"), query);
    request.sign = false;
    m_http->send(request, this, [this, cursor, pageNumber, acc, done](const HttpReply& reply) mutable {
        if (!reply.ok())
            return done(PolymarketClobClient::toError(reply));
        const Result<PolymarketGammaPage> page = PolymarketParser::gammaKeysetPage(reply.body);
        if (!page) {
            ++m_rejected;
            qCWarning(lcVenue) << "polymarket gamma: bad page:" << page.error().message;
            return done(page.error());
        }
        if (page->rejectedRecords > 0) {
            m_rejected += page->rejectedRecords;
            qCWarning(lcVenue) << "polymarket gamma:" << page->rejectedRecords << "malformed markets skipped";
        }
        for (const PolymarketGammaMarket& market : page->markets) {
            if (market.active && !market.closed && market.acceptingOrders)
                acc.append(market);
        }
        if (page->nextCursor.isEmpty() || page->nextCursor == cursor)
            return done(acc);
        if (pageNumber >= m_maxPages)
            return done(makeError(QStringLiteral("polymarket.paging"), QStringLiteral("too many Gamma pages")));
        fetchPage(page->nextCursor, pageNumber + 1, acc, done);
    });
}

} // namespace orion
