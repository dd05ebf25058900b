#pragma once

#include "market/OrderBook.h"
#include "venues/kalshi/KalshiMarketStream.h"

#include <QObject>
#include <QStringList>

#include <map>

namespace orion::test {

// Books kept from a Kalshi market stream, as the engine keeps them: snapshots replace, deltas apply, a continuity
// loss marks the books gapped until their next snapshot.
struct KalshiStreamBooks
{
    std::map<QString, OrderBook> books;
    QStringList lost; // one entry per market each time its continuity was lost

    void attach(KalshiMarketStream& stream)
    {
        QObject::connect(&stream, &KalshiMarketStream::snapshotReceived,
                         [this](const QString& ticker, const BookSnapshot& snapshot, qint64 ts) {
                             books[ticker].applySnapshot(snapshot, ts);
                         });
        QObject::connect(&stream, &KalshiMarketStream::deltaReceived,
                         [this](const QString& ticker, const BookDelta& delta, qint64 ts) {
                             (void)books[ticker].applyDelta(delta, ts);
                         });
        QObject::connect(&stream, &KalshiMarketStream::continuityLost,
                         [this](const QStringList& tickers, const QString&) {
                             lost.append(tickers);
                             for (const QString& ticker : tickers)
                                 books[ticker].markGapped();
                         });
    }
    bool live(const QString& ticker) const
    {
        const auto it = books.find(ticker);
        return it != books.end() && it->second.isLive();
    }
};

} // namespace orion::test
