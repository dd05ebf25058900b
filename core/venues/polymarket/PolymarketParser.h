#pragma once

#include "common/Result.h"
#include "venues/polymarket/PolymarketTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace orion {

// Parses Polymarket's JSON (Gamma, CLOB REST, WebSocket) into exact types. Never guesses: a record with a missing
// or malformed field is an Error (code "polymarket.parse"), and list parsers skip such records and count them,
// so one bad market never hides the others and never invents a price. Prices and sizes arrive as decimal strings
// (or numbers in a few places: tick size, min size, fee rate); sizes with more than 2 decimals are floored.
class PolymarketParser final
{
public:
    PolymarketParser() = delete;

    [[nodiscard]] static Result<Price> parsePrice(const QJsonValue& value);
    [[nodiscard]] static Result<Quantity> parseSize(const QJsonValue& value);
    // "TRADE_STATUS_CONFIRMED" -> "CONFIRMED".
    static QString tradeStatus(const QString& raw);

    [[nodiscard]] static Result<PolymarketGammaMarket> gammaMarket(const QJsonObject& json);
    // {"markets":[...], "next_cursor": "..."} from /markets/keyset.
    [[nodiscard]] static Result<PolymarketGammaPage> gammaKeysetPage(const QByteArray& body);
    [[nodiscard]] static Result<PolymarketClobMarket> clobMarket(const QByteArray& body);
    [[nodiscard]] static Result<PolymarketBook> book(const QJsonObject& json);
    [[nodiscard]] static Result<PolymarketOrderResponse> orderResponse(const QJsonObject& json);
    [[nodiscard]] static Result<PolymarketOpenOrder> openOrder(const QJsonObject& json);
    [[nodiscard]] static Result<PolymarketTrade> trade(const QJsonObject& json);
    [[nodiscard]] static Result<PolymarketPage<PolymarketOpenOrder>> openOrdersPage(const QByteArray& body);
    [[nodiscard]] static Result<PolymarketPage<PolymarketTrade>> tradesPage(const QByteArray& body);
    [[nodiscard]] static Result<PolymarketCancelResult> cancelResult(const QByteArray& body);
    // {"balance": "<6-decimal integer>"}
    [[nodiscard]] static Result<Cash> balance(const QByteArray& body);
    // {"apiKey","secret","passphrase"}: the three texts, all required.
    [[nodiscard]] static Result<QStringList> apiCredentials(const QByteArray& body);
    [[nodiscard]] static Result<int> version(const QByteArray& body);
    // Data API /positions: an array of positions; malformed items are counted in `rejected`.
    [[nodiscard]] static Result<QList<PolymarketPosition>> positions(const QByteArray& body, int* rejected);
    [[nodiscard]] static Result<qint64> serverTime(const QByteArray& body);

    // A WebSocket text frame: one event object or an array of them. Unparseable events are counted in
    // `rejected`; unknown event types come back as Type::Other.
    [[nodiscard]] static Result<QList<PolymarketWsEvent>> wsFrame(const QByteArray& text, int* rejected);
};

} // namespace orion
