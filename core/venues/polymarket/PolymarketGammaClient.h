#pragma once

#include "common/Result.h"
#include "net/HttpClient.h"
#include "venues/polymarket/PolymarketTypes.h"

#include <QObject>
#include <QUrl>

#include <functional>

namespace orion {

// The Gamma metadata API (reference polymarket.md 2): every page of open markets through /markets/keyset
// (offset paging stops around 2,100 on the real venue). Records that do not parse are skipped and counted.
class PolymarketGammaClient final : public QObject
{
    Q_OBJECT

public:
    using MarketsCallback = std::function<void(Result<QList<PolymarketGammaMarket>>)>;

    explicit PolymarketGammaClient(QUrl baseUrl, QObject* parent = nullptr);

    HttpClient& http() { return *m_http; }
    void setPageSize(int size) { m_pageSize = size; }
    void setMaxPages(int pages) { m_maxPages = pages; }
    qint64 rejectedRecords() const { return m_rejected; }

    // Active, not closed markets that accept orders, from every page.
    void fetchOpenMarkets(MarketsCallback done);

private:
    void fetchPage(const QString& cursor, int pageNumber, QList<PolymarketGammaMarket> acc, MarketsCallback done);

    HttpClient* m_http;
    int m_pageSize = 100;
    int m_maxPages = 1000;
    qint64 m_rejected = 0;
};

} // namespace orion
