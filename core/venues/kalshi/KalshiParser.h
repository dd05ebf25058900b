#pragma once

#include "common/Result.h"
#include "venues/kalshi/KalshiTypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace orion {

// Validates and converts Kalshi Trade API v2 payloads (REST bodies and WebSocket messages) into KalshiTypes.
// Hostile input is expected: every field is type-checked, prices and counts are parsed exactly from their
// strings, and any problem is an Error with code "kalshi.parse" naming the field, never a crash and never a
// default price. In list pages a bad record is left out and counted (KalshiPage::rejected), so one malformed
// market does not hide the rest.
class KalshiParser final
{
public:
    KalshiParser() = delete;

    // {"error":{"code","message","details"}}, the flat {"code","message"} form, or {"error":"too many requests"}.
    // Falls back to the HTTP status when the body says nothing usable.
    static Error parseError(int httpStatus, const QByteArray& body);

    [[nodiscard]] static Result<KalshiMarket> parseMarket(const QJsonObject& object);
    [[nodiscard]] static Result<KalshiPage<KalshiMarket>> parseMarketsPage(const QByteArray& body);
    [[nodiscard]] static Result<KalshiMarket> parseMarketResponse(const QByteArray& body);
    [[nodiscard]] static Result<KalshiEvent> parseEvent(const QJsonObject& object);
    [[nodiscard]] static Result<KalshiPage<KalshiEvent>> parseEventsPage(const QByteArray& body);
    [[nodiscard]] static Result<KalshiSeries> parseSeries(const QByteArray& body);
    // REST order book: yes_dollars -> YES bids, no_dollars -> NO bids (NO prices).
    [[nodiscard]] static Result<BookSnapshot> parseOrderbook(const QByteArray& body);
    [[nodiscard]] static Result<BookSnapshot> parseOrderbookObject(const QJsonObject& orderbookFp);
    [[nodiscard]] static Result<KalshiBalance> parseBalance(const QByteArray& body);
    [[nodiscard]] static Result<KalshiPage<KalshiPosition>> parsePositionsPage(const QByteArray& body);
    [[nodiscard]] static Result<KalshiOrder> parseOrder(const QJsonObject& object);
    [[nodiscard]] static Result<KalshiOrder> parseOrderResponse(const QByteArray& body);
    [[nodiscard]] static Result<KalshiPage<KalshiOrder>> parseOrdersPage(const QByteArray& body);
    [[nodiscard]] static Result<KalshiFill> parseFill(const QJsonObject& object);
    [[nodiscard]] static Result<KalshiPage<KalshiFill>> parseFillsPage(const QByteArray& body);
    [[nodiscard]] static Result<KalshiCreateOrderAck> parseCreateOrderAck(const QJsonObject& object);
    [[nodiscard]] static Result<KalshiCreateOrderAck> parseCreateOrderResponse(const QByteArray& body);
    [[nodiscard]] static Result<QList<KalshiBatchCreateResult>> parseBatchCreateResponse(const QByteArray& body);
    [[nodiscard]] static Result<KalshiCancelAck> parseCancelResponse(const QByteArray& body);
    [[nodiscard]] static Result<KalshiDecreaseAck> parseDecreaseResponse(const QByteArray& body);
    // POST /portfolio/intra_exchange_instance_transfer: the transfer id.
    [[nodiscard]] static Result<QString> parseTransferResponse(const QByteArray& body);
    // noSideOnYesScale: the subscription asked for use_yes_price, so NO levels are YES asks at YES prices.
    [[nodiscard]] static Result<KalshiWsMessage> parseWsMessage(const QByteArray& text, bool noSideOnYesScale);

    // The V2 create body for one order.
    static QJsonObject orderRequestJson(const KalshiOrderRequest& request);
    // The V2 amend body.
    static QJsonObject amendRequestJson(const KalshiAmendRequest& request);
};

} // namespace orion
