#pragma once

#include "common/Result.h"
#include "venues/sim/SimOrderMatcher.h"
#include "venues/sim/SimPolymarketMarket.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <map>
#include <memory>

class QTimer;

namespace orion {

// The Polymarket CLOB's state behind the simulator's REST and WebSocket services: markets (one SimOrderMatcher
// per market on the YES book; a NO-token order is placed at 1 - p), API keys, pUSD and token balances, orders
// keyed by their EIP-712 hash, and trades that go MATCHED -> CONFIRMED (or FAILED, a "ghost fill"). Knows no
// HTTP and no signatures: SimClobServer verifies those before calling in. Amounts are integers throughout.
class SimPolymarketExchange final : public QObject
{
    Q_OBJECT

public:
    struct ApiKey
    {
        QString key;        // uuid
        QString secret;     // base64url text
        QString passphrase;
        QString address;    // lower-case 0x hex of the EOA
        quint64 nonce = 0;
    };

    struct Order
    {
        QString id;            // 0x order hash
        QString owner;         // API key
        QString address;       // lower-case maker/signer
        QString market;        // condition id
        QString assetId;       // token id
        bool yes = true;       // assetId is the YES token
        bool buy = true;
        std::int64_t priceMicros = 0;
        std::int64_t originalHundredths = 0;
        std::int64_t matchedHundredths = 0;
        QString status;        // LIVE, DELAYED, MATCHED, CANCELED
        QString orderType;     // GTC, GTD, FOK, FAK
        bool postOnly = false;
        qint64 createdAtSeconds = 0;
        quint64 expiration = 0; // GTD: unix seconds; the order is expired kGtdSecurityMarginSeconds earlier
        QStringList tradeIds;
    };

    struct Trade
    {
        QString id;
        QString market;
        QString status;        // MATCHED, CONFIRMED, FAILED
        QString transactionHash;
        qint64 matchTimeSeconds = 0;
        qint64 lastUpdateSeconds = 0;
        std::int64_t feeRateBps = 0;
        // taker side
        QString takerOrderId;
        QString takerOwner;
        QString takerAddress;
        QString takerAssetId;
        bool takerYes = true;
        bool takerBuy = true;
        std::int64_t takerPriceMicros = 0;
        std::int64_t takerFeeMicros = 0;
        // maker side
        QString makerOrderId;
        QString makerOwner;
        QString makerAddress;
        QString makerAssetId;
        bool makerYes = true;
        bool makerBuy = true;
        std::int64_t makerPriceMicros = 0;
        std::int64_t sizeHundredths = 0;
    };

    struct PlaceRequest
    {
        QString orderId;
        QString owner;
        QString address;
        QString tokenId;
        bool buy = true;
        quint64 makerAmount = 0;
        quint64 takerAmount = 0;
        QString orderType = QStringLiteral("GTC");
        bool postOnly = false;
        quint64 expiration = 0;
    };

    // What POST /order answers: HTTP status and the JSON body.
    struct Reply
    {
        int status = 200;
        QJsonObject body;
    };

    // A GTD order is expired this long before its `expiration` (reference polymarket.md 5.3).
    static constexpr qint64 kGtdSecurityMarginSeconds = 60;
    // Finished orders kept for lookup (GET /data/order) beyond the live ones.
    static constexpr int kFinishedOrderHistory = 10'000;

    explicit SimPolymarketExchange(QObject* parent = nullptr);
    ~SimPolymarketExchange() override;

    // Scenario.
    void addMarket(const SimPolymarketMarket& market);
    QList<SimPolymarketMarket> markets() const;
    const SimPolymarketMarket* marketByCondition(const QString& conditionId) const;
    const SimPolymarketMarket* marketByToken(const QString& tokenId) const;
    void setTickSize(const QString& conditionId, std::int64_t tickMicros); // emits tickSizeChanged
    // Every wallet that gets an API key starts with this pUSD balance (and unlimited allowance).
    void setStartingCollateral(std::int64_t micros) { m_startingCollateral = micros; }
    // A resting order of the house account (liquidity for tests); price in the token's own terms.
    QString seedOrder(const QString& tokenId, bool buy, std::int64_t priceMicros, std::int64_t sizeHundredths);

    // API keys (L1 already verified). create: a new key for (address, nonce), nullptr if one exists;
    // derive: the existing key, nullptr if none.
    const ApiKey* createApiKey(const QString& address, quint64 nonce);
    const ApiKey* deriveApiKey(const QString& address, quint64 nonce);
    const ApiKey* apiKey(const QString& key) const;

    // POLY_1271 deposit wallets: on the real chain each is a smart wallet whose stored owner EOA must have signed
    // (ERC-1271 isValidSignature over the ERC-7739 TypedDataSign hash). Here the tie is registered; the wallet's
    // funds are booked on its owner's account (orders, balances), and /positions?user=<wallet> shows them.
    // Lower-case or checksummed 0x addresses; the owner of an unregistered wallet is empty.
    void registerDepositWallet(const QString& wallet, const QString& owner);
    QString depositWalletOwner(const QString& wallet) const { return m_depositWallets.value(wallet.toLower()); }

    std::int64_t collateral(const QString& address) const;
    void setCollateral(const QString& address, std::int64_t micros);
    std::int64_t tokens(const QString& address, const QString& tokenId) const; // hundredths
    void setTokens(const QString& address, const QString& tokenId, std::int64_t hundredths);

    // GTD: an `expiration` must leave the order at least this long to live after the security margin (the venue
    // asks for 3 minutes in all: 60 s margin + 120 s); tests lower it.
    void setGtdMinimumLifetimeSeconds(qint64 seconds) { m_gtdMinimumLifetime = seconds; }
    // Sports-style taker delay: marketable orders on this market are answered `delayed` and matched `ms` later
    // (`matched`, or placed as `unmatched` if nothing is left to take). 0 turns it off.
    void setTakerDelayMs(const QString& conditionId, int ms);

    // Dead-man switch (POST /v1/heartbeats): the first heartbeat of an address arms it; when no valid heartbeat
    // arrives within the timeout (10 s + 5 s buffer at the venue), every open order of that address is cancelled
    // and the switch disarms. An empty id starts a new chain; a stale id is answered 400 with the current id.
    void setHeartbeatTimeoutMs(int ms) { m_heartbeatTimeoutMs = ms; }
    Reply heartbeat(const QString& address, const QString& heartbeatId);
    bool heartbeatArmed(const QString& address) const { return m_heartbeats.contains(address.toLower()); }

    // Every token `address` holds a non-zero amount of: token id -> hundredths.
    QHash<QString, std::int64_t> holdings(const QString& address) const;

    // Orders.
    Reply place(const PlaceRequest& request);
    // Cancels one order of `address`; empty string on success, else the reason.
    QString cancel(const QString& address, const QString& orderId);
    QStringList openOrderIds(const QString& address, const QString& market = {}, const QString& assetId = {}) const;
    const Order* order(const QString& orderId) const;
    QList<Order> orders(const QString& address) const;
    QList<Trade> trades(const QString& address) const;
    const Trade* trade(const QString& tradeId) const;

    // Books in token terms, best first.
    struct Level
    {
        std::int64_t priceMicros = 0;
        std::int64_t sizeHundredths = 0;
    };
    QList<Level> bids(const QString& tokenId) const;
    QList<Level> asks(const QString& tokenId) const;
    std::int64_t lastTradePrice(const QString& tokenId) const;

    // Settlement and faults.
    void confirmTrades(); // every MATCHED trade becomes CONFIRMED with a transaction hash
    void failTrades();    // every MATCHED trade becomes FAILED and its balances are reversed
    void setAutoConfirmMs(int ms) { m_autoConfirmMs = ms; }
    // FAK orders that do not fill at once are answered "live" and rest this long before the rest is cancelled.
    void setFakLingerMs(int ms) { m_fakLingerMs = ms; }
    // Resolution: the market closes (closed, not accepting orders), its resting orders are cancelled, and every
    // wallet is paid $1 of pUSD per winning token it holds (both tokens' balances are redeemed to zero).
    [[nodiscard]] Status resolve(const QString& conditionId, bool yesWins);

signals:
    // One aggregated level changed: side BUY = bid. sizeHundredths 0 removes it.
    void levelChanged(const QString& conditionId, const QString& assetId, bool bid, std::int64_t priceMicros,
                      std::int64_t sizeHundredths);
    void tradePrinted(const QString& conditionId, const QString& assetId, std::int64_t priceMicros,
                      std::int64_t sizeHundredths, bool takerBuy);
    void tickSizeChanged(const QString& conditionId, std::int64_t oldTick, std::int64_t newTick);
    // type: PLACEMENT, UPDATE, CANCELLATION
    void orderEvent(const QString& address, const QString& orderId, const QString& type);
    void tradeEvent(const QString& address, const QString& tradeId);

private:
    struct MarketState
    {
        SimPolymarketMarket spec;
        std::unique_ptr<SimOrderMatcher> matcher;
        QHash<QString, QString> matcherToHash; // matcher order id -> order hash
        QHash<QString, QString> hashToMatcher;
        std::int64_t lastYesTradeMicros = 0;
    };

    MarketState* stateOf(const QString& tokenId, bool* yes);
    const MarketState* stateOf(const QString& tokenId, bool* yes) const;
    std::int64_t reservedCollateral(const QString& address) const;
    std::int64_t reservedTokens(const QString& address, const QString& tokenId) const;
    std::int64_t takerFee(const SimPolymarketMarket& market, std::int64_t priceMicros,
                          std::int64_t hundredths) const;
    void settle(MarketState& state, const SimOrderMatcher::Fill& fill, std::int64_t now);
    void applyTrade(const Trade& trade, int direction);
    void publishLevelChanges(MarketState& state);
    void cancelRemainder(const QString& orderId);
    void execute(const QString& orderId);
    void finished(const QString& orderId);
    void expireDue();
    void checkHeartbeats();
    QString newId(const QString& prefix);

    std::map<QString, MarketState> m_markets; // by condition id
    QHash<QString, QString> m_tokenToCondition;
    QHash<QString, ApiKey> m_keys;            // by key
    QHash<QString, QString> m_depositWallets; // lower-case wallet -> lower-case owner
    QHash<QString, QString> m_keyByAddressNonce;
    QHash<QString, std::int64_t> m_collateral;
    QHash<QString, std::int64_t> m_tokens;    // address + "/" + token id
    QHash<QString, Order> m_orders;
    QList<QString> m_orderSequence;
    QSet<QString> m_live;                      // LIVE and DELAYED orders: the only ones reservations walk
    QList<QString> m_finished;                 // finished orders, oldest first, trimmed to kFinishedOrderHistory
    struct Heartbeat
    {
        QString id;
        qint64 lastMs = 0;
    };
    QHash<QString, Heartbeat> m_heartbeats;   // by address
    QHash<QString, int> m_takerDelayMs;       // by condition id
    QTimer* m_clock = nullptr;                // expiries and heartbeats
    qint64 m_gtdMinimumLifetime = 120;
    int m_heartbeatTimeoutMs = 15'000;
    QHash<QString, Trade> m_trades;
    QList<QString> m_tradeSequence;
    std::int64_t m_startingCollateral = 1'000'000'000; // $1,000
    int m_autoConfirmMs = 0;
    int m_fakLingerMs = 0;
    quint64 m_nextId = 1;
};

} // namespace orion
