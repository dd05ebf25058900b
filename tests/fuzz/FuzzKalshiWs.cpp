// Kalshi WebSocket messages, read both ways (NO levels as NO bids, and as YES asks with use_yes_price).

#include "FuzzSupport.h"
#include "KalshiChecks.h"

#include "venues/kalshi/KalshiParser.h"

using namespace orion;
using namespace orion::fuzz;

namespace {

void check(const KalshiWsMessage& message, bool noSideOnYesScale)
{
    checkId(message.typeName);
    ORION_FUZZ_CHECK(message.id >= 0 && message.sid >= 0 && message.seq >= 0);
    checkOptionalId(message.channel);
    checkOptionalId(message.marketTicker);
    checkText(message.errorMessage);
    switch (message.type) {
    case KalshiWsMessage::Type::Subscribed:
        ORION_FUZZ_CHECK(message.sid > 0);
        break;
    case KalshiWsMessage::Type::OrderbookSnapshot:
        ORION_FUZZ_CHECK(message.sid > 0 && message.seq > 0 && message.snapshot.sequence == message.seq);
        checkId(message.marketTicker);
        checkLevels(message.snapshot.yesBids);
        checkLevels(message.snapshot.yesAsks);
        checkLevels(message.snapshot.noBids);
        ORION_FUZZ_CHECK(message.snapshot.noAsks.empty());
        ORION_FUZZ_CHECK(noSideOnYesScale ? message.snapshot.noBids.empty() : message.snapshot.yesAsks.empty());
        break;
    case KalshiWsMessage::Type::OrderbookDelta:
        ORION_FUZZ_CHECK(message.sid > 0 && message.seq > 0 && message.delta.sequence == message.seq);
        checkId(message.marketTicker);
        checkPrice(message.delta.price);
        checkCount(message.delta.size, true); // a delta removes contracts with a negative size
        checkOptionalId(message.deltaClientOrderId);
        ORION_FUZZ_CHECK(!noSideOnYesScale || message.delta.outcome == Outcome::Yes);
        break;
    case KalshiWsMessage::Type::Fill:
        checkFill(message.fill);
        ORION_FUZZ_CHECK(message.marketTicker == message.fill.ticker);
        break;
    default:
        break;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray text = bytes(data, size);
    for (const bool noSideOnYesScale : {false, true}) {
        if (const auto message = KalshiParser::parseWsMessage(text, noSideOnYesScale); message.ok())
            check(message.value(), noSideOnYesScale);
    }
    return 0;
}
