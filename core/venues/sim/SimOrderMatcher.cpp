#include "venues/sim/SimOrderMatcher.h"

#include <algorithm>

namespace orion {

SimOrderMatcher::YesBookOrder SimOrderMatcher::yesBookOrder(Outcome outcome, Action action, std::int64_t priceMicros)
{
    if (outcome == Outcome::Yes)
        return {action == Action::Buy ? Side::Bid : Side::Ask, priceMicros};
    return {action == Action::Buy ? Side::Ask : Side::Bid, kOneDollarMicros - priceMicros};
}

SimOrderMatcher::SimOrderMatcher(QString orderIdPrefix) : m_prefix(std::move(orderIdPrefix)) {}

QString SimOrderMatcher::nextOrderId()
{
    if (m_idGenerator)
        return m_idGenerator();
    return m_prefix + QString::number(m_nextId++);
}

bool SimOrderMatcher::crosses(const OrderRequest& request) const
{
    if (request.side == Side::Bid) {
        const auto ask = bestAsk();
        return ask && *ask <= request.priceMicros;
    }
    const auto bid = bestBid();
    return bid && *bid >= request.priceMicros;
}

template <typename Book>
std::int64_t SimOrderMatcher::fillableAgainst(const Book& book, const OrderRequest& request) const
{
    std::int64_t total = 0;
    for (const auto& [price, queue] : book) {
        const bool acceptable = request.side == Side::Bid ? price <= request.priceMicros : price >= request.priceMicros;
        if (!acceptable)
            break;
        for (const RestingOrder& resting : queue) {
            if (resting.accountId == request.accountId) {
                if (request.selfTrade == SelfTradePrevention::CancelTaker)
                    return total;
                continue; // CancelMaker: that order is cancelled, matching goes on behind it
            }
            total += resting.remainingHundredths;
            if (total >= request.quantityHundredths)
                return total;
        }
    }
    return total;
}

template <typename Book>
void SimOrderMatcher::matchAgainst(Book& book, const OrderRequest& request, const QString& orderId,
                                   std::int64_t& remaining, OrderResult& result, bool& stoppedBySelfTrade)
{
    const Side makerSide = request.side == Side::Bid ? Side::Ask : Side::Bid;
    while (remaining > 0 && !book.empty()) {
        auto levelIt = book.begin();
        const std::int64_t price = levelIt->first;
        const bool acceptable = request.side == Side::Bid ? price <= request.priceMicros : price >= request.priceMicros;
        if (!acceptable)
            break;
        Queue& queue = levelIt->second;
        while (remaining > 0 && !queue.empty()) {
            RestingOrder& maker = queue.front();
            if (maker.accountId == request.accountId) {
                if (request.selfTrade == SelfTradePrevention::CancelTaker) {
                    stoppedBySelfTrade = true;
                    return;
                }
                result.cancelledMakers.push_back(maker);
                recordChange(makerSide, price, -maker.remainingHundredths);
                m_index.remove(maker.orderId);
                queue.pop_front();
                continue;
            }
            const std::int64_t quantity = std::min(remaining, maker.remainingHundredths);
            Fill fill;
            fill.fillSequence = m_nextFill++;
            fill.makerOrderId = maker.orderId;
            fill.makerAccountId = maker.accountId;
            fill.makerClientOrderId = maker.clientOrderId;
            fill.takerOrderId = orderId;
            fill.takerAccountId = request.accountId;
            fill.takerClientOrderId = request.clientOrderId;
            fill.takerSide = request.side;
            fill.priceMicros = price;
            fill.quantityHundredths = quantity;
            result.fills.push_back(fill);
            remaining -= quantity;
            result.filledHundredths += quantity;
            maker.remainingHundredths -= quantity;
            recordChange(makerSide, price, -quantity);
            if (maker.remainingHundredths == 0) {
                m_index.remove(maker.orderId);
                queue.pop_front();
            }
        }
        if (queue.empty())
            book.erase(levelIt);
    }
}

QString SimOrderMatcher::validate(const OrderRequest& request) const
{
    if (request.priceMicros <= 0 || request.priceMicros >= kOneDollarMicros)
        return QStringLiteral("invalid_price");
    if (request.quantityHundredths <= 0)
        return QStringLiteral("invalid_quantity");
    if (request.postOnly && crosses(request))
        return QStringLiteral("post_only_cross");
    return {};
}

SimOrderMatcher::OrderResult SimOrderMatcher::submit(const OrderRequest& request)
{
    OrderResult result;
    result.rejectCode = validate(request);
    if (!result.rejectCode.isEmpty())
        return result;
    return execute(request, nextOrderId());
}

SimOrderMatcher::OrderResult SimOrderMatcher::replace(const QString& orderId, const OrderRequest& replacement)
{
    OrderResult result;
    const auto current = order(orderId);
    if (!current) {
        result.rejectCode = QStringLiteral("not_resting");
        return result;
    }
    result.rejectCode = validate(replacement);
    if (!result.rejectCode.isEmpty())
        return result;
    const std::int64_t wanted = replacement.quantityHundredths;
    if (replacement.side == current->side && replacement.priceMicros == current->priceMicros
        && wanted <= current->remainingHundredths) {
        // Same price, not larger: the order keeps its place in the queue.
        if (wanted < current->remainingHundredths)
            (void)removeResting(orderId, current->remainingHundredths - wanted);
        result.orderId = orderId;
        result.status = Status::Resting;
        result.restingHundredths = wanted;
        return result;
    }
    // A new price or more size: the order goes to the back of the queue and may trade at once, like a new one.
    (void)removeResting(orderId, 0);
    return execute(replacement, orderId);
}

SimOrderMatcher::OrderResult SimOrderMatcher::execute(const OrderRequest& request, const QString& orderId)
{
    OrderResult result;
    result.orderId = orderId;
    if (request.timeInForce == TimeInForce::FillOrKill) {
        const std::int64_t fillable =
            request.side == Side::Bid ? fillableAgainst(m_asks, request) : fillableAgainst(m_bids, request);
        if (fillable < request.quantityHundredths) {
            result.status = Status::Killed;
            result.cancelledHundredths = request.quantityHundredths;
            return result;
        }
    }
    std::int64_t remaining = request.quantityHundredths;
    bool stoppedBySelfTrade = false;
    if (request.side == Side::Bid)
        matchAgainst(m_asks, request, result.orderId, remaining, result, stoppedBySelfTrade);
    else
        matchAgainst(m_bids, request, result.orderId, remaining, result, stoppedBySelfTrade);

    if (remaining == 0) {
        result.status = Status::Filled;
    } else if (stoppedBySelfTrade || request.timeInForce != TimeInForce::GoodTillCancel) {
        result.status = Status::Cancelled;
        result.cancelledHundredths = remaining;
    } else {
        rest(request, result.orderId, remaining);
        result.status = Status::Resting;
        result.restingHundredths = remaining;
    }
    return result;
}

void SimOrderMatcher::rest(const OrderRequest& request, const QString& orderId, std::int64_t remaining)
{
    RestingOrder order;
    order.orderId = orderId;
    order.accountId = request.accountId;
    order.clientOrderId = request.clientOrderId;
    order.side = request.side;
    order.priceMicros = request.priceMicros;
    order.originalHundredths = request.quantityHundredths;
    order.remainingHundredths = remaining;
    order.arrival = m_nextArrival++;
    if (request.side == Side::Bid)
        m_bids[request.priceMicros].push_back(order);
    else
        m_asks[request.priceMicros].push_back(order);
    m_index.insert(orderId, Location{request.side, request.priceMicros});
    recordChange(request.side, request.priceMicros, remaining);
}

std::optional<SimOrderMatcher::RestingOrder> SimOrderMatcher::removeResting(const QString& orderId,
                                                                            std::int64_t reduceBy)
{
    const auto found = m_index.constFind(orderId);
    if (found == m_index.constEnd())
        return std::nullopt;
    const Location location = *found;
    auto apply = [&](auto& book) -> std::optional<RestingOrder> {
        auto levelIt = book.find(location.priceMicros);
        if (levelIt == book.end())
            return std::nullopt;
        Queue& queue = levelIt->second;
        auto it = std::find_if(queue.begin(), queue.end(),
                               [&](const RestingOrder& order) { return order.orderId == orderId; });
        if (it == queue.end())
            return std::nullopt;
        const std::int64_t cut = reduceBy <= 0 ? it->remainingHundredths : std::min(reduceBy, it->remainingHundredths);
        RestingOrder before = *it;
        it->remainingHundredths -= cut;
        recordChange(location.side, location.priceMicros, -cut);
        RestingOrder after = *it;
        if (it->remainingHundredths == 0) {
            queue.erase(it);
            m_index.remove(orderId);
            if (queue.empty())
                book.erase(levelIt);
        }
        return reduceBy <= 0 ? before : after;
    };
    return location.side == Side::Bid ? apply(m_bids) : apply(m_asks);
}

std::optional<SimOrderMatcher::RestingOrder> SimOrderMatcher::cancel(const QString& orderId)
{
    return removeResting(orderId, 0);
}

std::optional<SimOrderMatcher::RestingOrder> SimOrderMatcher::reduce(const QString& orderId, std::int64_t byHundredths)
{
    if (byHundredths <= 0)
        return std::nullopt;
    return removeResting(orderId, byHundredths);
}

std::vector<SimOrderMatcher::RestingOrder> SimOrderMatcher::cancelAll(const QString& accountId)
{
    std::vector<RestingOrder> cancelled;
    for (const RestingOrder& order : openOrders(accountId)) {
        if (auto removed = cancel(order.orderId))
            cancelled.push_back(*removed);
    }
    return cancelled;
}

std::vector<SimOrderMatcher::RestingOrder> SimOrderMatcher::cancelEverything()
{
    std::vector<RestingOrder> all;
    for (const auto& level : m_bids)
        all.insert(all.end(), level.second.begin(), level.second.end());
    for (const auto& level : m_asks)
        all.insert(all.end(), level.second.begin(), level.second.end());
    std::vector<RestingOrder> cancelled;
    for (const RestingOrder& order : all) {
        if (auto removed = cancel(order.orderId))
            cancelled.push_back(*removed);
    }
    return cancelled;
}

std::optional<SimOrderMatcher::RestingOrder> SimOrderMatcher::order(const QString& orderId) const
{
    const auto found = m_index.constFind(orderId);
    if (found == m_index.constEnd())
        return std::nullopt;
    auto look = [&](const auto& book) -> std::optional<RestingOrder> {
        const auto levelIt = book.find(found->priceMicros);
        if (levelIt == book.end())
            return std::nullopt;
        for (const RestingOrder& resting : levelIt->second) {
            if (resting.orderId == orderId)
                return resting;
        }
        return std::nullopt;
    };
    return found->side == Side::Bid ? look(m_bids) : look(m_asks);
}

std::vector<SimOrderMatcher::RestingOrder> SimOrderMatcher::openOrders(const QString& accountId) const
{
    std::vector<RestingOrder> orders;
    auto collect = [&](const auto& book) {
        for (const auto& level : book) {
            for (const RestingOrder& resting : level.second) {
                if (resting.accountId == accountId)
                    orders.push_back(resting);
            }
        }
    };
    collect(m_bids);
    collect(m_asks);
    std::sort(orders.begin(), orders.end(),
              [](const RestingOrder& a, const RestingOrder& b) { return a.arrival < b.arrival; });
    return orders;
}

template <typename Book>
std::vector<SimOrderMatcher::Level> SimOrderMatcher::levelsOf(const Book& book, int depth)
{
    std::vector<Level> levels;
    for (const auto& [price, queue] : book) {
        if (depth > 0 && static_cast<int>(levels.size()) >= depth)
            break;
        std::int64_t total = 0;
        for (const RestingOrder& resting : queue)
            total += resting.remainingHundredths;
        levels.push_back({price, total});
    }
    return levels;
}

std::vector<SimOrderMatcher::Level> SimOrderMatcher::bids(int depth) const
{
    return levelsOf(m_bids, depth);
}

std::vector<SimOrderMatcher::Level> SimOrderMatcher::asks(int depth) const
{
    return levelsOf(m_asks, depth);
}

std::optional<std::int64_t> SimOrderMatcher::bestBid() const
{
    if (m_bids.empty())
        return std::nullopt;
    return m_bids.begin()->first;
}

std::optional<std::int64_t> SimOrderMatcher::bestAsk() const
{
    if (m_asks.empty())
        return std::nullopt;
    return m_asks.begin()->first;
}

std::int64_t SimOrderMatcher::levelTotal(Side side, std::int64_t priceMicros) const
{
    std::int64_t total = 0;
    auto sum = [&](const auto& book) {
        const auto it = book.find(priceMicros);
        if (it != book.end()) {
            for (const RestingOrder& resting : it->second)
                total += resting.remainingHundredths;
        }
    };
    if (side == Side::Bid)
        sum(m_bids);
    else
        sum(m_asks);
    return total;
}

void SimOrderMatcher::recordChange(Side side, std::int64_t priceMicros, std::int64_t delta)
{
    if (delta == 0)
        return;
    // Totals are filled in by takeLevelChanges(), which walks back from the book as it is then.
    m_changes.push_back(LevelChange{side, priceMicros, delta, 0});
}

std::vector<SimOrderMatcher::LevelChange> SimOrderMatcher::takeLevelChanges()
{
    std::vector<LevelChange> changes;
    changes.swap(m_changes);
    // Totals are rebuilt backwards from the current book: the last change of a level ends at its current total.
    QHash<QString, std::int64_t> running;
    for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
        const QString key = QString::number(static_cast<int>(it->side)) + QLatin1Char(':')
                          + QString::number(it->priceMicros);
        const auto found = running.constFind(key);
        const std::int64_t after = found != running.constEnd() ? *found : levelTotal(it->side, it->priceMicros);
        it->newTotalHundredths = after;
        running.insert(key, after - it->deltaHundredths);
    }
    return changes;
}

} // namespace orion
