#include "venues/sim/SimScenarioRunner.h"

#include "common/Logging.h"
#include "crypto/Keccak256.h"
#include "venues/sim/SimKalshiExchange.h"
#include "venues/sim/SimKalshiFormat.h"
#include "venues/sim/SimPolymarketExchange.h"

#include <QTimer>

#include <algorithm>

namespace orion {

namespace {

constexpr std::int64_t kOne = 1'000'000;
const QString kPolymarketHouse = QStringLiteral("house"); // the address SimPolymarketExchange::seedOrder uses
const QString kPolymarketFlow = QStringLiteral("sim-flow");

bool drives(const std::vector<SimScenarioPathPoint>& path, const SimScenarioRandomWalk& walk)
{
    return !path.empty() || walk.stepMs > 0;
}

bool timed(const std::vector<SimScenarioPathPoint>& path, const SimScenarioRandomWalk& walk,
           const SimScenarioSettlement& settle)
{
    return drives(path, walk) || settle.atMs >= 0;
}

// A YES ladder seen from the other token: a bid at p is an ask at 1 - p.
void mirror(std::vector<SimScenarioLevel>& bids, std::vector<SimScenarioLevel>& asks)
{
    for (SimScenarioLevel& level : bids)
        level.priceMicros = kOne - level.priceMicros;
    for (SimScenarioLevel& level : asks)
        level.priceMicros = kOne - level.priceMicros;
    std::swap(bids, asks);
}

QString price(std::int64_t micros)
{
    return SimKalshiFormat::dollars(micros, 2);
}

quint32 mixSeed(quint32 seed, std::size_t index, quint32 salt)
{
    quint64 value = (static_cast<quint64>(seed) << 32U) ^ (static_cast<quint64>(index) * 0x9E3779B97F4A7C15ULL) ^ salt;
    value = (value ^ (value >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    value = (value ^ (value >> 27U)) * 0x94D049BB133111EBULL;
    return static_cast<quint32>(value ^ (value >> 31U));
}

} // namespace

SimScenarioRunner::SimScenarioRunner(SimScenario scenario, SimKalshiExchange* kalshi, SimPolymarketExchange* polymarket,
                                     QObject* parent)
    : QObject(parent)
    , m_scenario(std::move(scenario))
    , m_kalshi(kalshi)
    , m_polymarket(polymarket)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        advanceTo(m_clock.elapsed());
        armTimer();
    });

    const auto kalshiBook = [&](const SimScenarioMarket& market) {
        Book book;
        book.kalshi = true;
        book.market = market.ticker;
        book.openBids = market.yesBids;
        book.openAsks = market.yesAsks;
        return book;
    };
    const auto polymarketBook = [&](const SimScenarioPolymarketMarket& market, bool inverse) {
        Book book;
        book.kalshi = false;
        book.market = market.spec.conditionId;
        book.yesToken = market.spec.yesTokenId;
        book.inverse = inverse;
        book.openBids = market.yesBids;
        book.openAsks = market.yesAsks;
        return book;
    };
    const auto lineOf = [](QString name, const std::vector<SimScenarioPathPoint>& path,
                           const SimScenarioRandomWalk& walk, const SimScenarioSettlement& settle) {
        Line line;
        line.name = std::move(name);
        line.path = path;
        line.walk = walk;
        line.settle = settle;
        line.moved = drives(path, walk);
        return line;
    };
    if (m_kalshi) {
        for (const SimScenarioMarket& market : m_scenario.markets) {
            if (!timed(market.path, market.randomWalk, market.settle))
                continue;
            Line line = lineOf(market.ticker, market.path, market.randomWalk, market.settle);
            line.tickMicros = market.tickMicros;
            line.books.push_back(kalshiBook(market));
            addLine(std::move(line));
        }
    }
    if (m_polymarket) {
        for (const SimScenarioPolymarketMarket& market : m_scenario.polymarket.markets) {
            if (!timed(market.path, market.randomWalk, market.settle))
                continue;
            Line line = lineOf(market.spec.conditionId, market.path, market.randomWalk, market.settle);
            line.tickMicros = market.spec.tickMicros;
            line.books.push_back(polymarketBook(market, false));
            addLine(std::move(line));
        }
    }
    for (const SimScenarioPair& pair : m_scenario.pairs) {
        if (!timed(pair.path, pair.randomWalk, pair.settle))
            continue;
        Line line = lineOf(pair.kalshiTicker + QStringLiteral("~") + pair.polymarketConditionId.left(10), pair.path,
                           pair.randomWalk, pair.settle);
        line.tickMicros = 0;
        for (const SimScenarioMarket& market : m_scenario.markets) {
            if (market.ticker == pair.kalshiTicker) {
                line.tickMicros = std::max(line.tickMicros, market.tickMicros);
                if (m_kalshi)
                    line.books.push_back(kalshiBook(market));
            }
        }
        for (const SimScenarioPolymarketMarket& market : m_scenario.polymarket.markets) {
            if (market.spec.conditionId == pair.polymarketConditionId) {
                line.tickMicros = std::max(line.tickMicros, market.spec.tickMicros);
                if (m_polymarket)
                    line.books.push_back(polymarketBook(market, pair.inverse));
            }
        }
        if (line.tickMicros == 0)
            line.tickMicros = 10'000;
        addLine(std::move(line));
    }

    if (m_polymarket) {
        m_polymarket->setCollateral(kPolymarketFlow, std::int64_t{1} << 50);
        std::size_t index = 0;
        for (const SimScenarioPolymarketMarket& market : m_scenario.polymarket.markets) {
            ++index;
            if (market.flowIntervalMs <= 0)
                continue;
            Flow flow;
            flow.conditionId = market.spec.conditionId;
            flow.yesToken = market.spec.yesTokenId;
            flow.noToken = market.spec.noTokenId;
            flow.intervalMs = market.flowIntervalMs;
            flow.minHundredths = std::max<std::int64_t>(100, market.spec.minSizeHundredths);
            flow.maxHundredths = std::max(flow.minHundredths, market.flowMaxHundredths);
            flow.random.seed(mixSeed(m_scenario.seed, index, 0xF10Fu));
            flow.nextMs = market.flowIntervalMs;
            m_flows.push_back(std::move(flow));
        }
    }
    std::stable_sort(m_events.begin(), m_events.end(), [](const Event& a, const Event& b) {
        return a.atMs != b.atMs ? a.atMs < b.atMs : a.kind < b.kind;
    });
}

SimScenarioRunner::~SimScenarioRunner() = default;

SimScenario SimScenarioRunner::kalshiScenario(SimScenario scenario)
{
    for (SimScenarioMarket& market : scenario.markets) {
        bool moved = drives(market.path, market.randomWalk);
        for (const SimScenarioPair& pair : scenario.pairs)
            moved = moved || (pair.kalshiTicker == market.ticker && drives(pair.path, pair.randomWalk));
        if (moved) {
            market.yesBids.clear();
            market.yesAsks.clear();
        }
    }
    return scenario;
}

void SimScenarioRunner::addLine(Line line)
{
    if (line.books.empty())
        return;
    const std::size_t index = m_lines.size();
    if (line.walk.stepMs > 0) {
        line.random.seed(line.walk.hasSeed ? line.walk.seed : mixSeed(m_scenario.seed, index, 0x3A1Cu));
        line.nextWalkMs = line.walk.stepMs;
        // A book that opens empty walks a one-level ladder around 0.50 (mirrored for the other side of a pair).
        Book& first = line.books.front();
        if (first.openBids.empty() && first.openAsks.empty()) {
            first.openBids = {{kOne / 2 - line.tickMicros, 10'000}};
            first.openAsks = {{kOne / 2 + line.tickMicros, 10'000}};
        }
        for (Book& book : line.books) {
            if (!book.openBids.empty() || !book.openAsks.empty())
                continue;
            book.openBids = first.openBids;
            book.openAsks = first.openAsks;
            if (book.inverse)
                mirror(book.openBids, book.openAsks);
        }
        // The walk keeps every book's best bid and best ask inside the price range.
        line.minOffset = -kOne;
        line.maxOffset = kOne;
        for (const Book& book : line.books) {
            const std::int64_t sign = book.inverse ? -1 : 1;
            for (const SimScenarioLevel& bid : book.openBids) {
                const std::int64_t room = bid.priceMicros - line.tickMicros; // may move down this far
                if (sign > 0)
                    line.minOffset = std::max(line.minOffset, -room);
                else
                    line.maxOffset = std::min(line.maxOffset, room);
            }
            for (const SimScenarioLevel& ask : book.openAsks) {
                const std::int64_t room = kOne - line.tickMicros - ask.priceMicros; // may move up this far
                if (sign > 0)
                    line.maxOffset = std::min(line.maxOffset, room);
                else
                    line.minOffset = std::max(line.minOffset, -room);
            }
        }
        line.minOffset = line.minOffset / line.tickMicros * line.tickMicros;
        line.maxOffset = line.maxOffset / line.tickMicros * line.tickMicros;
    }
    for (std::size_t step = 0; step < line.path.size(); ++step)
        m_events.push_back({line.path[step].atMs, Kind::Quote, index, step});
    if (line.settle.atMs >= 0)
        m_events.push_back({line.settle.atMs, Kind::Settle, index, 0});
    m_lines.push_back(std::move(line));
}

void SimScenarioRunner::start()
{
    if (m_clock.isValid())
        return;
    m_clock.start();
    advanceTo(0);
    armTimer();
}

void SimScenarioRunner::openQuotes()
{
    m_started = true;
    for (Line& line : m_lines) {
        if (!line.moved)
            continue;
        for (Book& book : line.books) {
            // Polymarket's opening ladder is already resting as house orders (SimPolymarketVenue::loadScenario),
            // which the runner can cancel; Kalshi's opening ladder is the runner's to place.
            if (!book.kalshi)
                continue;
            const auto resting = m_kalshi->bookLevels(book.market);
            if (resting && (!resting->yes.empty() || !resting->no.empty()))
                qCWarning(lcVenue) << "scenario runner:" << book.market
                                   << "already has a book; build the exchange from SimScenarioRunner::kalshiScenario";
            quoteBook(book, book.openBids, book.openAsks);
        }
    }
}

qint64 SimScenarioRunner::nextDueMs() const
{
    qint64 next = -1;
    const auto consider = [&next](qint64 at) {
        if (at >= 0 && (next < 0 || at < next))
            next = at;
    };
    if (m_nextEvent < m_events.size())
        consider(m_events[m_nextEvent].atMs);
    for (const Line& line : m_lines) {
        if (line.walk.stepMs > 0 && !line.books.front().settled)
            consider(line.nextWalkMs);
    }
    for (const Flow& flow : m_flows) {
        if (!flow.stopped)
            consider(flow.nextMs);
    }
    return next;
}

void SimScenarioRunner::advanceTo(qint64 ms)
{
    if (!m_started)
        openQuotes();
    for (;;) {
        const qint64 due = nextDueMs();
        if (due < 0 || due > ms)
            break;
        m_nowMs = std::max(m_nowMs, due);
        // Scripted events first, then walks, then flow, each in file order.
        while (m_nextEvent < m_events.size() && m_events[m_nextEvent].atMs <= due)
            runEvent(m_events[m_nextEvent++]);
        for (Line& line : m_lines) {
            if (line.walk.stepMs > 0 && !line.books.front().settled && line.nextWalkMs <= due) {
                walkStep(line);
                line.nextWalkMs += line.walk.stepMs;
            }
        }
        for (Flow& flow : m_flows) {
            if (!flow.stopped && flow.nextMs <= due) {
                flowStep(flow);
                flow.nextMs += flow.intervalMs;
            }
        }
    }
    m_nowMs = std::max(m_nowMs, ms);
}

int SimScenarioRunner::pendingEvents() const
{
    return static_cast<int>(m_events.size() - m_nextEvent);
}

void SimScenarioRunner::runEvent(const Event& event)
{
    Line& line = m_lines[event.line];
    if (line.books.front().settled)
        return;
    if (event.kind == Kind::Settle)
        settleLine(line);
    else
        pathQuote(line, line.path[event.step]);
}

void SimScenarioRunner::walkStep(Line& line)
{
    const std::int64_t move = (static_cast<std::int64_t>(line.random.bounded(3U)) - 1) * line.tickMicros;
    std::int64_t next = line.offsetMicros + move;
    if (next < line.minOffset || next > line.maxOffset)
        next = line.offsetMicros - move; // reflect at the edge of the range
    if (next < line.minOffset || next > line.maxOffset || next == line.offsetMicros)
        return;
    line.offsetMicros = next;
    walkQuote(line);
}

void SimScenarioRunner::walkQuote(Line& line)
{
    for (Book& book : line.books) {
        const std::int64_t shift = book.inverse ? -line.offsetMicros : line.offsetMicros;
        const auto shifted = [&](const std::vector<SimScenarioLevel>& levels) {
            std::vector<SimScenarioLevel> out;
            for (const SimScenarioLevel& level : levels) {
                const std::int64_t p = level.priceMicros + shift;
                if (p >= line.tickMicros && p <= kOne - line.tickMicros)
                    out.push_back({p, level.hundredths});
            }
            return out;
        };
        quoteBook(book, shifted(book.openBids), shifted(book.openAsks));
    }
    note(QStringLiteral("walk %1 offset %2%3").arg(line.name, line.offsetMicros < 0 ? QStringLiteral("-") : QString(),
                                                   price(std::abs(line.offsetMicros))));
}

void SimScenarioRunner::pathQuote(Line& line, const SimScenarioPathPoint& step)
{
    for (Book& book : line.books) {
        SimScenarioQuote quote = step.quote;
        if (!book.kalshi && step.hasPolymarket) {
            quote = step.polymarket;
        } else if (book.inverse) {
            quote.yesBidMicros = step.quote.yesAskMicros > 0 ? kOne - step.quote.yesAskMicros : 0;
            quote.yesAskMicros = step.quote.yesBidMicros > 0 ? kOne - step.quote.yesBidMicros : 0;
        }
        std::vector<SimScenarioLevel> bids;
        std::vector<SimScenarioLevel> asks;
        if (quote.yesBidMicros > 0)
            bids.push_back({quote.yesBidMicros, quote.hundredths});
        if (quote.yesAskMicros > 0)
            asks.push_back({quote.yesAskMicros, quote.hundredths});
        quoteBook(book, bids, asks);
        note(QStringLiteral("quote %1 %2/%3 x %4")
                 .arg(book.market, quote.yesBidMicros > 0 ? price(quote.yesBidMicros) : QStringLiteral("-"),
                      quote.yesAskMicros > 0 ? price(quote.yesAskMicros) : QStringLiteral("-"),
                      SimKalshiFormat::fp(quote.hundredths)));
    }
}

void SimScenarioRunner::quoteBook(Book& book, const std::vector<SimScenarioLevel>& bids,
                                  const std::vector<SimScenarioLevel>& asks)
{
    if (book.settled)
        return;
    // Cancel everything first, then place: the new bids never meet the maker's old asks, nor the reverse.
    if (book.kalshi) {
        for (const QString& id : book.kalshiOrders)
            (void)m_kalshi->cancelMakerOrder(id); // a fully filled order is gone already
        book.kalshiOrders.clear();
        for (const auto& [levels, bid] : {std::pair{&bids, true}, std::pair{&asks, false}}) {
            for (const SimScenarioLevel& level : *levels) {
                // Post-only: a user's order resting at a crossing price keeps that level out until the next quote.
                const Result<QString> placed = m_kalshi->placeMakerOrder(book.market, bid, level.priceMicros,
                                                                         level.hundredths);
                if (placed.ok())
                    book.kalshiOrders.push_back(placed.value());
                else
                    note(QStringLiteral("refused %1 %2: %3").arg(book.market, price(level.priceMicros),
                                                                 placed.error().message));
            }
        }
        return;
    }
    for (const QString& id : m_polymarket->openOrderIds(kPolymarketHouse, book.market))
        (void)m_polymarket->cancel(kPolymarketHouse, id);
    for (const SimScenarioLevel& level : bids)
        (void)m_polymarket->seedOrder(book.yesToken, true, level.priceMicros, level.hundredths);
    for (const SimScenarioLevel& level : asks)
        (void)m_polymarket->seedOrder(book.yesToken, false, level.priceMicros, level.hundredths);
}

void SimScenarioRunner::settleLine(Line& line)
{
    for (Book& book : line.books) {
        const bool yesWins = book.inverse ? !line.settle.yesWins : line.settle.yesWins;
        const Status done = book.kalshi ? m_kalshi->settle(book.market, yesWins)
                                        : m_polymarket->resolve(book.market, yesWins);
        book.settled = true;
        if (!done.ok()) {
            note(QStringLiteral("settle %1 failed: %2").arg(book.market, done.error().message));
            continue;
        }
        for (Flow& flow : m_flows) {
            if (flow.conditionId == book.market)
                flow.stopped = true;
        }
        note(QStringLiteral("settle %1 %2").arg(book.market, yesWins ? QStringLiteral("yes") : QStringLiteral("no")));
        emit settled(book.market, yesWins);
    }
}

void SimScenarioRunner::flowStep(Flow& flow)
{
    const SimPolymarketMarket* market = m_polymarket->marketByCondition(flow.conditionId);
    if (!market || market->closed) {
        flow.stopped = true;
        return;
    }
    // Another trader buys YES or NO (selling the other side), FAK at the best ask, in whole shares.
    const bool yes = flow.random.bounded(2U) == 0;
    const std::int64_t minShares = (flow.minHundredths + 99) / 100;
    const std::int64_t maxShares = std::max(minShares, flow.maxHundredths / 100);
    const std::int64_t shares = minShares
        + static_cast<std::int64_t>(flow.random.bounded(static_cast<quint32>(maxShares - minShares + 1)));
    const QString token = yes ? flow.yesToken : flow.noToken;
    const auto asks = m_polymarket->asks(token);
    if (asks.isEmpty())
        return;
    SimPolymarketExchange::PlaceRequest request;
    request.orderId = QStringLiteral("0x")
        + QString::fromLatin1(Keccak256::hash(QByteArray(QByteArray("orion-sim-flow/") + QByteArray::number(++m_flowOrders))).toHex());
    request.owner = kPolymarketFlow;
    request.address = kPolymarketFlow;
    request.tokenId = token;
    request.buy = true;
    request.makerAmount = static_cast<quint64>(asks.first().priceMicros * shares);
    request.takerAmount = static_cast<quint64>(shares * kOne);
    request.orderType = QStringLiteral("FAK");
    const SimPolymarketExchange::Reply reply = m_polymarket->place(request);
    if (reply.status == 200)
        note(QStringLiteral("flow %1 buys %2 %3 at %4").arg(flow.conditionId.left(10), QString::number(shares),
                                                            yes ? QStringLiteral("YES") : QStringLiteral("NO"),
                                                            price(asks.first().priceMicros)));
}

void SimScenarioRunner::armTimer()
{
    const qint64 due = nextDueMs();
    if (due < 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(static_cast<int>(std::clamp<qint64>(due - m_clock.elapsed(), 0, 3'600'000)));
}

void SimScenarioRunner::note(const QString& line)
{
    m_log.append(QString::number(m_nowMs) + QStringLiteral(" ms: ") + line);
}

} // namespace orion
