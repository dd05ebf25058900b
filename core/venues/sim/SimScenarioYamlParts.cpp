#include "venues/sim/SimScenarioYamlParts.h"

#include "venues/sim/SimKalshiFormat.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace orion::SimScenarioYamlParts {

namespace {

constexpr std::int64_t kOne = 1'000'000;

QString text(const YAML::Node& node)
{
    return QString::fromStdString(node.as<std::string>());
}

Error bad(const QString& key, const QString& message)
{
    return Error{QStringLiteral("sim.scenario"), key + QStringLiteral(": ") + message};
}

QString at(const QString& where, const char* key)
{
    return where.isEmpty() ? QString::fromUtf8(key) : where + QLatin1Char('.') + QString::fromUtf8(key);
}

QString indexed(const QString& where, int index)
{
    return where + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

// A typo in a key would otherwise silently drop a fault or a settlement.
Status onlyKeys(const YAML::Node& node, const QString& where, std::initializer_list<const char*> allowed)
{
    if (!node.IsMap())
        return bad(where, QStringLiteral("expected a mapping"));
    for (const auto& entry : node) {
        const std::string key = entry.first.as<std::string>();
        if (std::none_of(allowed.begin(), allowed.end(), [&](const char* name) { return key == name; }))
            return bad(where + QLatin1Char('.') + QString::fromStdString(key), QStringLiteral("unknown key"));
    }
    return {};
}

Result<std::int64_t> integer(const YAML::Node& node, const QString& key, std::int64_t min, std::int64_t max)
{
    bool ok = false;
    const qlonglong value = node.IsScalar() ? text(node).toLongLong(&ok) : 0;
    if (!ok || value < min || value > max)
        return bad(key, QStringLiteral("must be an integer from %1 to %2").arg(min).arg(max));
    return static_cast<std::int64_t>(value);
}

Result<int> intValue(const YAML::Node& node, const QString& key, int min, int max)
{
    const Result<std::int64_t> value = integer(node, key, min, max);
    if (!value.ok())
        return value.error();
    return static_cast<int>(value.value());
}

Result<bool> boolean(const YAML::Node& node, const QString& key)
{
    const QString value = node.IsScalar() ? text(node).toLower() : QString();
    if (value == QLatin1String("true") || value == QLatin1String("yes"))
        return true;
    if (value == QLatin1String("false") || value == QLatin1String("no"))
        return false;
    return bad(key, QStringLiteral("must be true or false"));
}

// A price strictly inside (0, 1) on the tick grid.
Result<std::int64_t> price(const YAML::Node& node, const QString& key, std::int64_t tickMicros)
{
    const auto micros = node.IsScalar() ? SimKalshiFormat::parseMicros(text(node)) : std::nullopt;
    if (!micros || *micros <= 0 || *micros >= kOne)
        return bad(key, QStringLiteral("must be a price between 0 and 1, e.g. \"0.45\""));
    if (*micros % tickMicros != 0)
        return bad(key, QStringLiteral("%1 is not on the %2 tick").arg(text(node), SimKalshiFormat::dollars(tickMicros, 2)));
    return *micros;
}

Result<std::int64_t> size(const YAML::Node& node, const QString& key)
{
    const auto hundredths = node.IsScalar() ? SimKalshiFormat::parseHundredths(text(node)) : std::nullopt;
    if (!hundredths || *hundredths <= 0)
        return bad(key, QStringLiteral("must be a positive count with at most 2 decimals"));
    return *hundredths;
}

Result<std::int64_t> dollars(const YAML::Node& node, const QString& key)
{
    const auto micros = node.IsScalar() ? SimKalshiFormat::parseMicros(text(node)) : std::nullopt;
    if (!micros)
        return bad(key, QStringLiteral("not a dollar amount"));
    return *micros;
}

Result<SimScenarioQuote> quote(const YAML::Node& node, const QString& where, std::int64_t tickMicros,
                               std::int64_t defaultHundredths)
{
    SimScenarioQuote q;
    q.hundredths = defaultHundredths;
    if (node["yes_bid"]) {
        const auto bid = price(node["yes_bid"], at(where, "yes_bid"), tickMicros);
        if (!bid.ok())
            return bid.error();
        q.yesBidMicros = bid.value();
    }
    if (node["yes_ask"]) {
        const auto ask = price(node["yes_ask"], at(where, "yes_ask"), tickMicros);
        if (!ask.ok())
            return ask.error();
        q.yesAskMicros = ask.value();
    }
    if (node["size"]) {
        const auto count = size(node["size"], at(where, "size"));
        if (!count.ok())
            return count.error();
        q.hundredths = count.value();
    }
    if (q.yesBidMicros == 0 && q.yesAskMicros == 0)
        return bad(where, QStringLiteral("needs yes_bid, yes_ask or both"));
    if (q.yesBidMicros > 0 && q.yesAskMicros > 0 && q.yesBidMicros >= q.yesAskMicros)
        return bad(at(where, "yes_ask"), QStringLiteral("must be above yes_bid (the maker never crosses itself)"));
    if (q.hundredths <= 0)
        return bad(at(where, "size"), QStringLiteral("is required"));
    return q;
}

Status levels(const YAML::Node& node, const QString& key, std::int64_t tickMicros, bool invert,
              std::vector<SimScenarioLevel>& out)
{
    if (!node)
        return {};
    if (!node.IsSequence())
        return bad(key, QStringLiteral("levels are a list of [price, size] pairs"));
    int index = 0;
    for (const YAML::Node& level : node) {
        const QString where = indexed(key, index++);
        if (!level.IsSequence() || level.size() != 2)
            return bad(where, QStringLiteral("levels are [price, size] pairs"));
        const auto p = price(level[0], where, tickMicros);
        if (!p.ok())
            return p.error();
        const auto s = size(level[1], where);
        if (!s.ok())
            return s.error();
        out.push_back({invert ? kOne - p.value() : p.value(), s.value()});
    }
    return {};
}

bool isHex(const QString& value, int digits)
{
    static const QRegularExpression hex(QStringLiteral("^0x[0-9a-fA-F]+$"));
    return value.size() == digits + 2 && hex.match(value).hasMatch();
}

bool isDecimalId(const QString& value)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,78}$"));
    return digits.match(value).hasMatch();
}

Result<SimScenarioPolymarketMarket> market(const YAML::Node& node, const QString& where, int index)
{
    const Status keys = onlyKeys(node, where,
                                 {"question", "condition_id", "question_id", "gamma_id", "slug", "yes_token_id",
                                  "no_token_id", "tokens", "tick_size", "min_size", "neg_risk", "fee_rate",
                                  "fee_exponent", "fees_enabled", "end_date", "description", "category", "event_id",
                                  "event_slug", "event_title", "accepting_orders", "yes_bids", "yes_asks", "no_bids",
                                  "no_asks", "flow", "path", "random_walk", "settle"});
    if (!keys.ok())
        return keys.error();
    SimScenarioPolymarketMarket out;
    SimPolymarketMarket& m = out.spec;
    if (!node["question"] || !node["condition_id"])
        return bad(where, QStringLiteral("question and condition_id are required"));
    m.question = text(node["question"]);
    m.conditionId = text(node["condition_id"]).toLower();
    if (!isHex(m.conditionId, 64))
        return bad(at(where, "condition_id"), QStringLiteral("must be 0x and 64 hex digits"));
    m.questionId = node["question_id"] ? text(node["question_id"]) : m.conditionId;
    m.gammaId = node["gamma_id"] ? text(node["gamma_id"]) : QString::number(900'001 + index);
    m.slug = node["slug"] ? text(node["slug"])
                          : m.question.toLower().replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")),
                                                         QStringLiteral("-"));
    while (m.slug.endsWith(QLatin1Char('-')))
        m.slug.chop(1);
    if (const YAML::Node tokens = node["tokens"]) {
        // The CLOB's own shape: [{token_id, outcome}], outcomes Yes and No in either order.
        if (!tokens.IsSequence() || tokens.size() != 2)
            return bad(at(where, "tokens"), QStringLiteral("a binary market has exactly two tokens"));
        for (const YAML::Node& token : tokens) {
            if (!token.IsMap() || !token["token_id"] || !token["outcome"])
                return bad(at(where, "tokens"), QStringLiteral("each token has token_id and outcome"));
            const QString outcome = text(token["outcome"]).toLower();
            QString& target = outcome == QLatin1String("yes") ? m.yesTokenId : m.noTokenId;
            if (outcome != QLatin1String("yes") && outcome != QLatin1String("no"))
                return bad(at(where, "tokens"), QStringLiteral("outcomes are Yes and No, got ") + text(token["outcome"]));
            target = text(token["token_id"]);
        }
    } else {
        m.yesTokenId = node["yes_token_id"] ? text(node["yes_token_id"]) : QString();
        m.noTokenId = node["no_token_id"] ? text(node["no_token_id"]) : QString();
    }
    if (!isDecimalId(m.yesTokenId) || !isDecimalId(m.noTokenId) || m.yesTokenId == m.noTokenId)
        return bad(at(where, "yes_token_id"), QStringLiteral("YES and NO token ids are two different decimal numbers"));
    if (node["tick_size"]) {
        static const QList<std::int64_t> ticks{100'000, 10'000, 1'000, 100};
        const auto tick = node["tick_size"].IsScalar() ? SimKalshiFormat::parseMicros(text(node["tick_size"]))
                                                       : std::nullopt;
        if (!tick || !ticks.contains(*tick))
            return bad(at(where, "tick_size"), QStringLiteral("must be 0.1, 0.01, 0.001 or 0.0001"));
        m.tickMicros = *tick;
    }
    if (node["min_size"]) {
        const auto minimum = size(node["min_size"], at(where, "min_size"));
        if (!minimum.ok())
            return minimum.error();
        m.minSizeHundredths = minimum.value();
    }
    if (node["neg_risk"]) {
        const auto negRisk = boolean(node["neg_risk"], at(where, "neg_risk"));
        if (!negRisk.ok())
            return negRisk.error();
        m.negRisk = negRisk.value();
    }
    if (node["fees_enabled"]) {
        const auto enabled = boolean(node["fees_enabled"], at(where, "fees_enabled"));
        if (!enabled.ok())
            return enabled.error();
        m.feesEnabled = enabled.value();
    }
    if (node["fee_rate"]) {
        const auto rate = node["fee_rate"].IsScalar() ? SimKalshiFormat::parseMicros(text(node["fee_rate"]))
                                                      : std::nullopt;
        if (!rate || *rate > 250'000)
            return bad(at(where, "fee_rate"), QStringLiteral("must be a rate from 0 to 0.25, e.g. \"0.04\""));
        m.feeRatePpm = *rate;
    }
    if (node["fee_exponent"]) {
        const auto exponent = intValue(node["fee_exponent"], at(where, "fee_exponent"), 1, 2);
        if (!exponent.ok())
            return exponent.error();
        m.feeExponent = exponent.value();
    }
    if (node["accepting_orders"]) {
        const auto accepting = boolean(node["accepting_orders"], at(where, "accepting_orders"));
        if (!accepting.ok())
            return accepting.error();
        m.acceptingOrders = accepting.value();
    }
    m.endDate = node["end_date"] ? QDateTime::fromString(text(node["end_date"]), Qt::ISODate)
                                 : QDateTime(QDate(2027, 6, 30), QTime(12, 0), Qt::UTC);
    if (!m.endDate.isValid())
        return bad(at(where, "end_date"), QStringLiteral("not an ISO 8601 time"));
    m.description = node["description"] ? text(node["description"]) : QString();
    m.category = node["category"] ? text(node["category"]) : QString();
    m.eventSlug = node["event_slug"] ? text(node["event_slug"]) : m.slug;
    m.eventId = node["event_id"] ? text(node["event_id"]) : m.eventSlug;
    m.eventTitle = node["event_title"] ? text(node["event_title"]) : m.question;

    for (const auto& [key, invert, target] :
         {std::tuple{"yes_bids", false, &out.yesBids}, std::tuple{"yes_asks", false, &out.yesAsks},
          std::tuple{"no_bids", true, &out.yesAsks}, std::tuple{"no_asks", true, &out.yesBids}}) {
        const Status read = levels(node[key], at(where, key), m.tickMicros, invert, *target);
        if (!read.ok())
            return read.error();
    }
    if (!out.yesBids.empty() && !out.yesAsks.empty()) {
        const auto bestBid = std::max_element(out.yesBids.begin(), out.yesBids.end(),
                                              [](auto a, auto b) { return a.priceMicros < b.priceMicros; });
        const auto bestAsk = std::min_element(out.yesAsks.begin(), out.yesAsks.end(),
                                              [](auto a, auto b) { return a.priceMicros < b.priceMicros; });
        if (bestBid->priceMicros >= bestAsk->priceMicros)
            return bad(where, QStringLiteral("the opening book is crossed (YES bid %1 >= YES ask %2)")
                                  .arg(SimKalshiFormat::dollars(bestBid->priceMicros, 2),
                                       SimKalshiFormat::dollars(bestAsk->priceMicros, 2)));
    }
    if (const YAML::Node flow = node["flow"]) {
        const Status flowKeys = onlyKeys(flow, at(where, "flow"), {"interval_ms", "max_size"});
        if (!flowKeys.ok())
            return flowKeys.error();
        const auto interval = flow["interval_ms"] ? intValue(flow["interval_ms"], at(where, "flow.interval_ms"), 10, 3'600'000)
                                                  : Result<int>(1'000);
        if (!interval.ok())
            return interval.error();
        const auto maxSize = flow["max_size"] ? size(flow["max_size"], at(where, "flow.max_size"))
                                              : Result<std::int64_t>(m.minSizeHundredths);
        if (!maxSize.ok())
            return maxSize.error();
        out.flowIntervalMs = interval.value();
        out.flowMaxHundredths = std::max(maxSize.value(), m.minSizeHundredths);
    }
    const Status timeline = readTimeline(node, where, m.tickMicros, false, out.path, out.randomWalk, out.settle);
    if (!timeline.ok())
        return timeline.error();
    return out;
}

Status faults(const YAML::Node& node, SimScenarioPolymarketFaults& out)
{
    const QString where = QStringLiteral("polymarket.faults");
    const Status keys = onlyKeys(node, where,
                                 {"http_429_every", "http_5xx_every", "http_425_every", "slow_response_ms",
                                  "malformed_json_every", "drop_ws_after_messages", "ghost_fills_after_ms",
                                  "confirm_after_ms", "fak_linger_ms", "post_only_mode", "post_only_retry_after_s"});
    if (!keys.ok())
        return keys;
    for (const auto& [key, target, max] :
         {std::tuple{"http_429_every", &out.http429EveryN, 1'000'000}, std::tuple{"http_5xx_every", &out.http5xxEveryN, 1'000'000},
          std::tuple{"http_425_every", &out.http425EveryN, 1'000'000}, std::tuple{"slow_response_ms", &out.slowResponseMs, 60'000},
          std::tuple{"malformed_json_every", &out.malformedEveryN, 1'000'000},
          std::tuple{"drop_ws_after_messages", &out.dropWsAfterMessages, 1'000'000},
          std::tuple{"ghost_fills_after_ms", &out.ghostFillAfterMs, 600'000},
          std::tuple{"confirm_after_ms", &out.confirmAfterMs, 600'000}, std::tuple{"fak_linger_ms", &out.fakLingerMs, 600'000},
          std::tuple{"post_only_retry_after_s", &out.postOnlyRetryAfterSeconds, 86'400}}) {
        if (!node[key])
            continue;
        const auto value = intValue(node[key], at(where, key), 0, max);
        if (!value.ok())
            return value.error();
        *target = value.value();
    }
    if (node["post_only_mode"]) {
        const auto on = boolean(node["post_only_mode"], at(where, "post_only_mode"));
        if (!on.ok())
            return on.error();
        out.postOnlyMode = on.value();
    }
    return {};
}

} // namespace

Status readTimeline(const YAML::Node& node, const QString& where, std::int64_t tickMicros, bool allowPolymarket,
                    std::vector<SimScenarioPathPoint>& path, SimScenarioRandomWalk& walk,
                    SimScenarioSettlement& settle)
{
    if (const YAML::Node points = node["path"]) {
        if (!points.IsSequence() || points.size() == 0)
            return bad(at(where, "path"), QStringLiteral("a list of {at_ms, yes_bid, yes_ask, size}"));
        qint64 previous = -1;
        std::int64_t lastSize = 0;
        int index = 0;
        for (const YAML::Node& point : points) {
            const QString key = indexed(at(where, "path"), index++);
            const Status keys = allowPolymarket
                ? onlyKeys(point, key, {"at_ms", "yes_bid", "yes_ask", "size", "polymarket"})
                : onlyKeys(point, key, {"at_ms", "yes_bid", "yes_ask", "size"});
            if (!keys.ok())
                return keys;
            if (!point["at_ms"])
                return bad(key + QStringLiteral(".at_ms"), QStringLiteral("is required"));
            const auto atMs = integer(point["at_ms"], key + QStringLiteral(".at_ms"), 0, 365LL * 86'400'000);
            if (!atMs.ok())
                return atMs.error();
            if (atMs.value() < previous)
                return bad(key + QStringLiteral(".at_ms"), QStringLiteral("steps must be in time order"));
            previous = atMs.value();
            SimScenarioPathPoint step;
            step.atMs = atMs.value();
            // A step without a size keeps the previous step's.
            const auto q = quote(point, key, tickMicros, lastSize);
            if (!q.ok())
                return q.error();
            step.quote = q.value();
            lastSize = step.quote.hundredths;
            if (const YAML::Node poly = point["polymarket"]) {
                const Status polyKeys = onlyKeys(poly, key + QStringLiteral(".polymarket"), {"yes_bid", "yes_ask", "size"});
                if (!polyKeys.ok())
                    return polyKeys;
                // Checked against Polymarket's tick when the pair is resolved; 1e-4 is the finest it has.
                const auto pq = quote(poly, key + QStringLiteral(".polymarket"), 100, step.quote.hundredths);
                if (!pq.ok())
                    return pq.error();
                step.hasPolymarket = true;
                step.polymarket = pq.value();
            }
            path.push_back(step);
        }
    }
    if (const YAML::Node random = node["random_walk"]) {
        const QString key = at(where, "random_walk");
        const Status keys = onlyKeys(random, key, {"step_ms", "seed"});
        if (!keys.ok())
            return keys;
        if (!path.empty())
            return bad(key, QStringLiteral("a market moves along a path or a random walk, not both"));
        const auto step = random["step_ms"] ? intValue(random["step_ms"], key + QStringLiteral(".step_ms"), 10, 3'600'000)
                                            : Result<int>(1'000);
        if (!step.ok())
            return step.error();
        walk.stepMs = step.value();
        if (random["seed"]) {
            const auto seed = integer(random["seed"], key + QStringLiteral(".seed"), 0, 4'294'967'295LL);
            if (!seed.ok())
                return seed.error();
            walk.hasSeed = true;
            walk.seed = static_cast<quint32>(seed.value());
        }
    }
    if (const YAML::Node result = node["settle"]) {
        const QString key = at(where, "settle");
        const Status keys = onlyKeys(result, key, {"at_ms", "result"});
        if (!keys.ok())
            return keys;
        const auto atMs = result["at_ms"] ? integer(result["at_ms"], key + QStringLiteral(".at_ms"), 0, 365LL * 86'400'000)
                                          : Result<std::int64_t>(bad(key + QStringLiteral(".at_ms"), QStringLiteral("is required")));
        if (!atMs.ok())
            return atMs.error();
        const QString outcome = result["result"] ? text(result["result"]).toLower() : QString();
        if (outcome != QLatin1String("yes") && outcome != QLatin1String("no"))
            return bad(key + QStringLiteral(".result"), QStringLiteral("must be yes or no"));
        settle.atMs = atMs.value();
        settle.yesWins = outcome == QLatin1String("yes");
    }
    return {};
}

Status readPolymarket(const YAML::Node& node, SimScenarioPolymarket& out)
{
    const Status keys = onlyKeys(node, QStringLiteral("polymarket"),
                                 {"starting_balance_dollars", "markets", "wallets", "faults"});
    if (!keys.ok())
        return keys;
    if (node["starting_balance_dollars"]) {
        const auto cash = dollars(node["starting_balance_dollars"], QStringLiteral("polymarket.starting_balance_dollars"));
        if (!cash.ok())
            return cash.error();
        out.startingCollateralMicros = cash.value();
    }
    if (!node["markets"] || !node["markets"].IsSequence() || node["markets"].size() == 0)
        return bad(QStringLiteral("polymarket.markets"), QStringLiteral("at least one market is required"));
    QSet<QString> conditions;
    QSet<QString> tokens;
    int index = 0;
    for (const YAML::Node& entry : node["markets"]) {
        const QString where = indexed(QStringLiteral("polymarket.markets"), index);
        auto parsed = market(entry, where, index);
        ++index;
        if (!parsed.ok())
            return parsed.error();
        const SimPolymarketMarket& spec = parsed.value().spec;
        if (conditions.contains(spec.conditionId))
            return bad(where + QStringLiteral(".condition_id"), QStringLiteral("listed twice"));
        if (tokens.contains(spec.yesTokenId) || tokens.contains(spec.noTokenId))
            return bad(where + QStringLiteral(".yes_token_id"), QStringLiteral("a token id is used by two markets"));
        conditions.insert(spec.conditionId);
        tokens.insert(spec.yesTokenId);
        tokens.insert(spec.noTokenId);
        out.markets.append(std::move(parsed).value());
    }
    index = 0;
    for (const YAML::Node& entry : node["wallets"]) {
        const QString where = indexed(QStringLiteral("polymarket.wallets"), index++);
        const Status walletKeys = onlyKeys(entry, where, {"address", "balance_dollars", "tokens"});
        if (!walletKeys.ok())
            return walletKeys;
        SimScenarioWallet wallet;
        wallet.address = entry["address"] ? text(entry["address"]).toLower() : QString();
        if (!isHex(wallet.address, 40))
            return bad(where + QStringLiteral(".address"), QStringLiteral("must be 0x and 40 hex digits"));
        wallet.collateralMicros = out.startingCollateralMicros;
        if (entry["balance_dollars"]) {
            const auto cash = dollars(entry["balance_dollars"], where + QStringLiteral(".balance_dollars"));
            if (!cash.ok())
                return cash.error();
            wallet.collateralMicros = cash.value();
        }
        int tokenIndex = 0;
        for (const YAML::Node& holding : entry["tokens"]) {
            const QString key = indexed(where + QStringLiteral(".tokens"), tokenIndex++);
            if (!holding.IsSequence() || holding.size() != 2)
                return bad(key, QStringLiteral("holdings are [token_id, size] pairs"));
            const QString token = text(holding[0]);
            if (!tokens.contains(token))
                return bad(key, QStringLiteral("no market has token ") + token);
            const auto amount = size(holding[1], key);
            if (!amount.ok())
                return amount.error();
            wallet.tokens.append({token, amount.value()});
        }
        out.wallets.append(wallet);
    }
    if (node["faults"]) {
        const Status read = faults(node["faults"], out.faults);
        if (!read.ok())
            return read;
    }
    return {};
}

Status readPairs(const YAML::Node& node, SimScenario& scenario)
{
    if (!node.IsSequence())
        return bad(QStringLiteral("pairs"), QStringLiteral("a list of {kalshi, polymarket, polarity}"));
    QSet<QString> pairedKalshi;
    QSet<QString> pairedPolymarket;
    int index = 0;
    for (const YAML::Node& entry : node) {
        const QString where = indexed(QStringLiteral("pairs"), index++);
        const Status keys = onlyKeys(entry, where, {"kalshi", "polymarket", "polarity", "path", "random_walk", "settle"});
        if (!keys.ok())
            return keys;
        SimScenarioPair pair;
        pair.kalshiTicker = entry["kalshi"] ? text(entry["kalshi"]) : QString();
        pair.polymarketConditionId = entry["polymarket"] ? text(entry["polymarket"]).toLower() : QString();
        const auto kalshi = std::find_if(scenario.markets.begin(), scenario.markets.end(),
                                         [&](const SimScenarioMarket& m) { return m.ticker == pair.kalshiTicker; });
        if (kalshi == scenario.markets.end())
            return bad(where + QStringLiteral(".kalshi"), QStringLiteral("no Kalshi market ") + pair.kalshiTicker);
        const auto poly = std::find_if(scenario.polymarket.markets.begin(), scenario.polymarket.markets.end(),
                                       [&](const SimScenarioPolymarketMarket& m) {
                                           return m.spec.conditionId == pair.polymarketConditionId;
                                       });
        if (poly == scenario.polymarket.markets.end())
            return bad(where + QStringLiteral(".polymarket"),
                       QStringLiteral("no Polymarket market with condition id ") + pair.polymarketConditionId);
        if (pairedKalshi.contains(pair.kalshiTicker) || pairedPolymarket.contains(pair.polymarketConditionId))
            return bad(where, QStringLiteral("a market is in one pair at most"));
        pairedKalshi.insert(pair.kalshiTicker);
        pairedPolymarket.insert(pair.polymarketConditionId);
        const QString polarity = entry["polarity"] ? text(entry["polarity"]).toLower() : QStringLiteral("same");
        if (polarity != QLatin1String("same") && polarity != QLatin1String("inverse"))
            return bad(where + QStringLiteral(".polarity"), QStringLiteral("must be same or inverse"));
        pair.inverse = polarity == QLatin1String("inverse");
        const Status timeline = readTimeline(entry, where, kalshi->tickMicros, true, pair.path, pair.randomWalk,
                                             pair.settle);
        if (!timeline.ok())
            return timeline;
        const bool pairDrives = !pair.path.empty() || pair.randomWalk.stepMs > 0;
        const bool ownDrives = !kalshi->path.empty() || kalshi->randomWalk.stepMs > 0 || !poly->path.empty()
            || poly->randomWalk.stepMs > 0;
        if (pairDrives && ownDrives)
            return bad(where, QStringLiteral("the pair's markets have their own path or random walk"));
        if (pair.settle.atMs >= 0 && (kalshi->settle.atMs >= 0 || poly->settle.atMs >= 0))
            return bad(where + QStringLiteral(".settle"), QStringLiteral("the pair's markets settle on their own already"));
        // The mirrored quote must be on Polymarket's grid too.
        const std::int64_t polyTick = poly->spec.tickMicros;
        for (std::size_t i = 0; i < pair.path.size(); ++i) {
            const SimScenarioPathPoint& step = pair.path[i];
            const SimScenarioQuote& q = step.hasPolymarket ? step.polymarket : step.quote;
            if (q.yesBidMicros % polyTick != 0 || q.yesAskMicros % polyTick != 0)
                return bad(indexed(where + QStringLiteral(".path"), static_cast<int>(i)),
                           QStringLiteral("a price is not on the Polymarket market's %1 tick")
                               .arg(SimKalshiFormat::dollars(polyTick, 2)));
        }
        scenario.pairs.append(pair);
    }
    return {};
}

} // namespace orion::SimScenarioYamlParts
