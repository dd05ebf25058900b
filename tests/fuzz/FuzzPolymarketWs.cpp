// Polymarket market and user WebSocket frames: one event or an array of them.

#include "FuzzSupport.h"
#include "PolymarketChecks.h"

#include "venues/polymarket/PolymarketParser.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace orion;
using namespace orion::fuzz;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray text = bytes(data, size);
    int rejected = 0;
    const auto events = PolymarketParser::wsFrame(text, &rejected);
    if (!events.ok())
        return 0;
    // Every event is either delivered or counted as rejected.
    const QJsonDocument document = QJsonDocument::fromJson(text);
    const qsizetype sent = document.isArray() ? document.array().size() : 1;
    ORION_FUZZ_CHECK(rejected >= 0 && events->size() + rejected == sent);
    for (const PolymarketWsEvent& event : events.value()) {
        checkOptionalId(event.market);
        checkOptionalId(event.assetId);
        switch (event.type) {
        case PolymarketWsEvent::Type::Book:
            checkBookSides(event.book);
            break;
        case PolymarketWsEvent::Type::PriceChange:
            ORION_FUZZ_CHECK(!event.priceChanges.isEmpty()
                             && event.priceChanges.size() <= VenueInputLimits::kMaxBookLevels);
            for (const PolymarketPriceChange& change : event.priceChanges) {
                checkId(change.assetId);
                checkPrice(change.price);
                checkCount(change.size);
            }
            break;
        case PolymarketWsEvent::Type::LastTradePrice:
            checkPrice(event.price);
            checkCount(event.size);
            break;
        case PolymarketWsEvent::Type::TickSizeChange:
            checkPrice(event.price);
            ORION_FUZZ_CHECK(!event.price.isZero());
            break;
        case PolymarketWsEvent::Type::Order:
            checkOrder(event.order);
            break;
        case PolymarketWsEvent::Type::Trade:
            checkTrade(event.trade);
            break;
        case PolymarketWsEvent::Type::Other:
            break;
        }
    }
    return 0;
}
