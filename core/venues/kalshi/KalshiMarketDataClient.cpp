#include "venues/kalshi/KalshiMarketDataClient.h"

#include "common/Logging.h"
#include "venues/kalshi/KalshiFeeModel.h"
#include "venues/kalshi/KalshiMarketStream.h"
#include "venues/kalshi/KalshiRestClient.h"

#include <QSet>

#include <memory>

namespace orion {

KalshiMarketDataClient::KalshiMarketDataClient(KalshiRestClient& rest, KalshiMarketStream& stream, QObject* parent)
    : MarketDataClient(parent), m_rest(rest), m_stream(stream)
{
    connect(&m_stream, &KalshiMarketStream::connectionChanged, this, &MarketDataClient::connectionChanged);
    connect(&m_stream, &KalshiMarketStream::snapshotReceived, this,
            [this](const QString& ticker, const BookSnapshot& snapshot, qint64 ts) {
                emit bookSnapshotReceived(MarketKey{VenueId::Kalshi, ticker}, snapshot, ts);
            });
    connect(&m_stream, &KalshiMarketStream::deltaReceived, this,
            [this](const QString& ticker, const BookDelta& delta, qint64 ts) {
                emit bookDeltaReceived(MarketKey{VenueId::Kalshi, ticker}, delta, ts);
            });
    connect(&m_stream, &KalshiMarketStream::continuityLost, this,
            [this](const QStringList& tickers, const QString& reason) {
                QList<MarketKey> keys;
                for (const QString& ticker : tickers)
                    keys.append(MarketKey{VenueId::Kalshi, ticker});
                emit continuityLost(keys, reason);
            });
}

bool KalshiMarketDataClient::isConnected() const
{
    return m_stream.isConnected();
}

void KalshiMarketDataClient::start()
{
    m_started = true;
    m_stream.start();
}

void KalshiMarketDataClient::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_stream.stop();
}

void KalshiMarketDataClient::setSubscriptions(const QList<MarketKey>& markets)
{
    QStringList tickers;
    for (const MarketKey& key : markets) {
        if (key.venue == VenueId::Kalshi)
            tickers.append(key.id);
    }
    m_stream.setMarkets(tickers);
}

void KalshiMarketDataClient::requestCatalogue()
{
    QUrlQuery filters;
    filters.addQueryItem(QStringLiteral("status"), QStringLiteral("open"));
    filters.addQueryItem(QStringLiteral("with_nested_markets"), QStringLiteral("true"));
    QPointer<KalshiMarketDataClient> self(this);
    m_rest.getAllEvents(
        filters,
        [self](Result<QList<KalshiEvent>> events) {
            if (!self)
                return;
            if (!events.ok()) {
                emit self->requestFailed(QStringLiteral("catalogue"), events.error());
                return;
            }
            self->finishCatalogue(events.value());
        },
        [self](int pages, int records) {
            if (self)
                emit self->catalogueProgress(pages, records);
        });
}

void KalshiMarketDataClient::finishCatalogue(const QList<KalshiEvent>& events)
{
    // One fee lookup per series; the catalogue is emitted when the last one answers.
    QStringList seriesTickers;
    for (const KalshiEvent& event : events) {
        if (!seriesTickers.contains(event.seriesTicker))
            seriesTickers.append(event.seriesTicker);
    }
    struct State
    {
        QList<KalshiEvent> events;
        QHash<QString, KalshiSeries> series;
        int pending = 0;
    };
    auto state = std::make_shared<State>();
    state->events = events;
    state->pending = static_cast<int>(seriesTickers.size());
    QPointer<KalshiMarketDataClient> self(this);
    auto finish = [self, state] {
        if (!self)
            return;
        QList<VenueMarket> markets;
        for (const KalshiEvent& event : state->events) {
            FeeSchedule fees = FeeSchedule::unknown();
            if (state->series.contains(event.seriesTicker)) {
                const auto schedule = KalshiFeeModel::schedule(state->series.value(event.seriesTicker), &event);
                if (schedule.ok())
                    fees = schedule.value();
                else
                    qCWarning(lcVenue) << "kalshi:" << schedule.error().message << "(fees unknown: not traded)";
            }
            for (const KalshiMarket& market : event.markets) {
                if (market.status != QLatin1String("active"))
                    continue;
                const KalshiPriceGrid grid(market.priceRanges);
                self->m_grids.insert(market.ticker, grid);
                VenueMarket venueMarket;
                venueMarket.key = MarketKey{VenueId::Kalshi, market.ticker};
                venueMarket.eventId = event.eventTicker;
                venueMarket.title = market.title.isEmpty() ? event.title + QStringLiteral(": ") + market.yesSubTitle
                                                           : market.title;
                venueMarket.rulesText = market.rulesSecondary.isEmpty()
                                          ? market.rulesPrimary
                                          : market.rulesPrimary + QLatin1Char('\n') + market.rulesSecondary;
                venueMarket.closeTime = market.closeTime;
                venueMarket.fees = fees;
                venueMarket.minimumOrderSize = Quantity::fromContracts(1);
                venueMarket.tickSize = grid.stepAt(market.yesBid.value_or(Price::fromMicros(500'000)));
                venueMarket.rawJson = market.rawJson;
                markets.append(venueMarket);
            }
        }
        emit self->catalogueLoaded(markets);
    };
    if (seriesTickers.isEmpty()) {
        finish();
        return;
    }
    for (const QString& ticker : seriesTickers) {
        m_rest.getSeries(ticker, [state, ticker, finish](Result<KalshiSeries> series) {
            if (series.ok())
                state->series.insert(ticker, series.value());
            else
                qCWarning(lcVenue) << "kalshi: series" << ticker << "fees unavailable:" << series.error().message;
            if (--state->pending == 0)
                finish();
        });
    }
}

} // namespace orion
