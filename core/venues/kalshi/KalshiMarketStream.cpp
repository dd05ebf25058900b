#include "venues/kalshi/KalshiMarketStream.h"

#include "common/Logging.h"
#include "net/WsConnection.h"
#include "venues/kalshi/KalshiParser.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace orion {

namespace {

constexpr int kBufferOverflow = 25; // "Subscription buffer overflow": updates were lost

QJsonArray toArray(const QStringList& list)
{
    QJsonArray array;
    for (const QString& value : list)
        array.append(value);
    return array;
}

} // namespace

KalshiMarketStream::KalshiMarketStream(QUrl wsUrl, KalshiRequestSigner signer, WsOptions options, QObject* parent)
    : QObject(parent)
{
    options.url = std::move(wsUrl);
    options.handshakeSigner = signer.handshakeSigner();
    // Kalshi pings every 10 s ("heartbeat"). Qt answers those pings itself and does not report them, so
    // liveness is proven by our own Ping frames at the same rate (Kalshi: "clients may ping too"): their Pongs
    // and any message count. Silent for 2.5 intervals: the connection is dead (a black-holed route or a hung
    // server, which no TCP error reports), so it is dropped, books are marked not continuous, and the stream
    // reconnects and takes fresh snapshots.
    options.controlPing = true;
    if (options.pingIntervalMs <= 0)
        options.pingIntervalMs = kHeartbeatIntervalMs;
    if (options.silentAfterMs <= 0)
        options.silentAfterMs = options.pingIntervalMs * 5 / 2;
    m_connection = new WsConnection(std::move(options), this);
    connect(m_connection, &WsConnection::connected, this, &KalshiMarketStream::onConnected);
    connect(m_connection, &WsConnection::disconnected, this, &KalshiMarketStream::onDisconnected);
    connect(m_connection, &WsConnection::continuityLost, this, &KalshiMarketStream::onContinuityLost);
    connect(m_connection, &WsConnection::messageReceived, this, &KalshiMarketStream::onMessage);
}

KalshiMarketStream::~KalshiMarketStream() = default;

void KalshiMarketStream::start()
{
    m_connection->open();
}

void KalshiMarketStream::stop()
{
    m_connection->close();
    resetSession();
}

bool KalshiMarketStream::isConnected() const
{
    return m_connection->isConnected();
}

void KalshiMarketStream::resetSession()
{
    m_bookSid = 0;
    m_bookSeq = 0;
    m_bookSubscribePending = false;
    m_awaitingSnapshot = QSet<QString>(m_markets.cbegin(), m_markets.cend());
    m_marketSeq.clear();
}

void KalshiMarketStream::sendCommand(const QString& command, const QJsonObject& params)
{
    const QJsonObject message{{QStringLiteral("id"), m_nextCommandId++},
                              {QStringLiteral("cmd"), command},
                              {QStringLiteral("params"), params}};
    m_connection->sendText(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void KalshiMarketStream::setMarkets(const QStringList& tickers)
{
    QStringList wanted = tickers;
    wanted.removeDuplicates();
    QStringList added;
    QStringList removed;
    for (const QString& ticker : wanted) {
        if (!m_markets.contains(ticker))
            added.append(ticker);
    }
    for (const QString& ticker : m_markets) {
        if (!wanted.contains(ticker))
            removed.append(ticker);
    }
    m_markets = wanted;
    for (const QString& ticker : removed) {
        m_awaitingSnapshot.remove(ticker);
        m_marketSeq.remove(ticker);
    }
    for (const QString& ticker : added)
        m_awaitingSnapshot.insert(ticker);
    if (!isConnected())
        return;
    if (m_bookSid == 0) {
        if (!m_bookSubscribePending && !m_markets.isEmpty())
            subscribeBooks(m_markets);
        return;
    }
    if (!added.isEmpty())
        sendCommand(QStringLiteral("update_subscription"),
                    QJsonObject{{QStringLiteral("sids"), QJsonArray{m_bookSid}},
                                {QStringLiteral("market_tickers"), toArray(added)},
                                {QStringLiteral("action"), QStringLiteral("add_markets")}});
    if (!removed.isEmpty())
        sendCommand(QStringLiteral("update_subscription"),
                    QJsonObject{{QStringLiteral("sids"), QJsonArray{m_bookSid}},
                                {QStringLiteral("market_tickers"), toArray(removed)},
                                {QStringLiteral("action"), QStringLiteral("delete_markets")}});
}

void KalshiMarketStream::setFillsEnabled(bool enabled)
{
    const bool was = m_fills;
    m_fills = enabled;
    if (enabled && !was && isConnected())
        subscribeFills();
}

void KalshiMarketStream::subscribeBooks(const QStringList& tickers)
{
    m_bookSubscribePending = true;
    sendCommand(QStringLiteral("subscribe"),
                QJsonObject{{QStringLiteral("channels"), QJsonArray{QStringLiteral("orderbook_delta")}},
                            {QStringLiteral("market_tickers"), toArray(tickers)},
                            {QStringLiteral("use_yes_price"), true}});
}

void KalshiMarketStream::subscribeFills()
{
    sendCommand(QStringLiteral("subscribe"), QJsonObject{{QStringLiteral("channels"), QJsonArray{QStringLiteral("fill")}}});
}

void KalshiMarketStream::onConnected()
{
    resetSession();
    emit connectionChanged(true);
    if (!m_markets.isEmpty())
        subscribeBooks(m_markets);
    if (m_fills)
        subscribeFills();
}

void KalshiMarketStream::onDisconnected(const QString& reason)
{
    qCInfo(lcVenue) << "kalshi stream disconnected:" << reason;
    resetSession();
    emit connectionChanged(false);
}

void KalshiMarketStream::onContinuityLost(const QString& reason)
{
    if (!m_markets.isEmpty())
        emit continuityLost(m_markets, reason);
}

void KalshiMarketStream::requestSnapshots(const QStringList& tickers, const QString& reason)
{
    ++m_gaps;
    for (const QString& ticker : tickers) {
        m_awaitingSnapshot.insert(ticker);
        m_marketSeq.remove(ticker);
    }
    emit continuityLost(tickers, reason);
    if (m_bookSid == 0 || tickers.isEmpty())
        return;
    ++m_snapshotRequests;
    sendCommand(QStringLiteral("update_subscription"),
                QJsonObject{{QStringLiteral("sids"), QJsonArray{m_bookSid}},
                            {QStringLiteral("market_tickers"), toArray(tickers)},
                            {QStringLiteral("action"), QStringLiteral("get_snapshot")}});
}

void KalshiMarketStream::onMessage(const QString& text)
{
    const qint64 tsInit = QDateTime::currentMSecsSinceEpoch();
    const auto parsed = KalshiParser::parseWsMessage(text.toUtf8(), true);
    if (!parsed.ok()) {
        ++m_parseErrors;
        qCWarning(lcVenue) << "kalshi stream: message rejected:" << parsed.error().message;
        // A book message we could not read may have changed a book: treat it as a gap.
        if (text.contains(QLatin1String("orderbook_")))
            requestSnapshots(m_markets, QStringLiteral("unreadable order book message"));
        return;
    }
    const KalshiWsMessage& message = parsed.value();
    using Type = KalshiWsMessage::Type;
    switch (message.type) {
    case Type::Subscribed:
        if (message.channel == QLatin1String("orderbook_delta")) {
            m_bookSid = message.sid;
            m_bookSeq = 0;
            m_bookSubscribePending = false;
        }
        return;
    case Type::Error:
        if (message.errorCode == kBufferOverflow) {
            requestSnapshots(m_markets, QStringLiteral("subscription buffer overflow"));
            return;
        }
        qCWarning(lcVenue) << "kalshi stream error" << message.errorCode << message.errorMessage;
        emit streamError(message.errorCode, message.errorMessage);
        return;
    case Type::OrderbookSnapshot:
    case Type::OrderbookDelta: {
        if (message.sid != m_bookSid)
            return; // a subscription we no longer hold
        const bool inSequence = m_bookSeq == 0 ? true : message.seq == m_bookSeq + 1;
        const qint64 expected = m_bookSeq + 1;
        m_bookSeq = message.seq;
        if (!inSequence) {
            qCWarning(lcVenue) << "kalshi stream: sequence gap on sid" << message.sid << "expected" << expected
                               << "got" << message.seq;
            QStringList affected = m_markets;
            if (message.type == Type::OrderbookSnapshot)
                affected.removeAll(message.marketTicker); // this one is fresh anyway
            requestSnapshots(affected, QStringLiteral("sequence gap: expected %1, got %2").arg(expected).arg(message.seq));
        }
        if (!m_markets.contains(message.marketTicker))
            return;
        if (message.type == Type::OrderbookSnapshot) {
            BookSnapshot snapshot = message.snapshot;
            snapshot.sequence = 1;
            m_marketSeq.insert(message.marketTicker, 1);
            m_awaitingSnapshot.remove(message.marketTicker);
            emit snapshotReceived(message.marketTicker, snapshot, tsInit);
            return;
        }
        if (m_awaitingSnapshot.contains(message.marketTicker) || !inSequence)
            return;
        BookDelta delta = message.delta;
        const qint64 next = m_marketSeq.value(message.marketTicker) + 1;
        m_marketSeq.insert(message.marketTicker, next);
        delta.sequence = next;
        emit deltaReceived(message.marketTicker, delta, tsInit);
        return;
    }
    case Type::Fill:
        emit fillReceived(message.fill);
        return;
    case Type::Unsubscribed:
    case Type::Ok:
    case Type::Ticker:
    case Type::Trade:
    case Type::Other:
        return;
    }
}

} // namespace orion
