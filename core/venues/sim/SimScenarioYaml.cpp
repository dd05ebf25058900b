#include "venues/sim/SimScenario.h"

#include "venues/sim/SimKalshiFormat.h"
#include "venues/sim/SimScenarioYamlParts.h"

// GCC 12 reports a false "dangling pointer" inside yaml-cpp's inlined Node::Mark() at -O2 (a system header).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpragmas"
#pragma GCC diagnostic ignored "-Wdangling-pointer"
#include <yaml-cpp/yaml.h>
#pragma GCC diagnostic pop

#include <QFile>

// Kept apart from SimScenario.cpp so that only programs that read scenario files link yaml-cpp.
namespace orion {

namespace {

QString text(const YAML::Node& node)
{
    return QString::fromStdString(node.as<std::string>());
}

} // namespace

Result<SimScenario> SimScenario::loadYaml(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("sim.scenario"), QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray content = file.readAll();
    auto fail = [&](const QString& key, const QString& message) {
        return makeError(QStringLiteral("sim.scenario"), QStringLiteral("%1: %2: %3").arg(path, key, message));
    };
    try {
        const YAML::Node root = YAML::Load(content.toStdString());
        if (!root.IsMap())
            return fail(QStringLiteral("(top)"), QStringLiteral("expected a mapping"));
        SimScenario s;
        if (root["name"])
            s.name = text(root["name"]);
        if (root["seed"])
            s.seed = root["seed"].as<quint32>();
        if (root["starting_balance_dollars"]) {
            const auto cash = SimKalshiFormat::parseMicros(text(root["starting_balance_dollars"]));
            if (!cash)
                return fail(QStringLiteral("starting_balance_dollars"), QStringLiteral("not a dollar amount"));
            s.startingBalanceMicros = *cash;
        }
        if (const YAML::Node byShard = root["starting_balance_by_shard"]) {
            // {exchange_index: "dollars", ...}; the shards' sum is the starting balance.
            if (!byShard.IsMap())
                return fail(QStringLiteral("starting_balance_by_shard"), QStringLiteral("must map shard to dollars"));
            std::int64_t total = 0;
            for (const auto& entry : byShard) {
                bool isNumber = false;
                const int shard = text(entry.first).toInt(&isNumber);
                const auto cash = SimKalshiFormat::parseMicros(text(entry.second));
                if (!isNumber || shard < 0 || shard > 15 || !cash)
                    return fail(QStringLiteral("starting_balance_by_shard"),
                                QStringLiteral("needs shard 0-15 -> dollar amount"));
                s.startingBalanceByShard.emplace_back(shard, *cash);
                total += *cash;
            }
            s.startingBalanceMicros = total;
        }
        for (const YAML::Node& node : root["series"]) {
            SimScenarioSeries series;
            series.ticker = text(node["ticker"]);
            series.title = node["title"] ? text(node["title"]) : series.ticker;
            series.category = node["category"] ? text(node["category"]) : QString();
            if (node["fee_type"])
                series.feeType = text(node["fee_type"]);
            static const QStringList types{QStringLiteral("quadratic"), QStringLiteral("quadratic_with_maker_fees"),
                                           QStringLiteral("quadratic_with_combo_maker_fees"), QStringLiteral("flat")};
            if (!types.contains(series.feeType))
                return fail(QStringLiteral("series.fee_type"), QStringLiteral("unknown fee type ") + series.feeType);
            if (node["fee_multiplier"]) {
                const auto multiplier = SimKalshiFormat::parseMicros(text(node["fee_multiplier"]));
                if (!multiplier)
                    return fail(QStringLiteral("series.fee_multiplier"), QStringLiteral("not a decimal number"));
                series.feeMultiplierPpm = *multiplier;
            }
            s.series.append(series);
        }
        for (const YAML::Node& node : root["events"]) {
            SimScenarioEvent event;
            event.eventTicker = text(node["event_ticker"]);
            event.seriesTicker = text(node["series_ticker"]);
            event.title = node["title"] ? text(node["title"]) : event.eventTicker;
            event.subTitle = node["sub_title"] ? text(node["sub_title"]) : QString();
            event.mutuallyExclusive = node["mutually_exclusive"] && node["mutually_exclusive"].as<bool>();
            s.events.append(event);
        }
        for (const YAML::Node& node : root["markets"]) {
            SimScenarioMarket m;
            m.ticker = text(node["ticker"]);
            m.eventTicker = text(node["event_ticker"]);
            m.title = node["title"] ? text(node["title"]) : m.ticker;
            m.yesSubTitle = node["yes_sub_title"] ? text(node["yes_sub_title"]) : m.title;
            m.noSubTitle = node["no_sub_title"] ? text(node["no_sub_title"]) : QString();
            m.rulesPrimary = node["rules_primary"] ? text(node["rules_primary"]) : QString();
            if (node["status"])
                m.status = text(node["status"]);
            m.openTime = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
            m.closeTime = node["close_time"] ? QDateTime::fromString(text(node["close_time"]), Qt::ISODate)
                                             : QDateTime(QDate(2027, 6, 30), QTime(20, 0), Qt::UTC);
            if (!m.closeTime.isValid())
                return fail(m.ticker + QStringLiteral(".close_time"), QStringLiteral("not an RFC 3339 time"));
            if (node["tick"]) {
                const auto tick = SimKalshiFormat::parseMicros(text(node["tick"]));
                if (!tick || *tick <= 0 || *tick > 1'000'000 || 1'000'000 % *tick != 0)
                    return fail(m.ticker + QStringLiteral(".tick"), QStringLiteral("must divide $1"));
                m.tickMicros = *tick;
            }
            if (const YAML::Node shard = node["exchange_index"]) {
                bool isNumber = false;
                const int index = shard.IsScalar() ? text(shard).toInt(&isNumber) : -1;
                if (!isNumber || index < 0 || index > 15)
                    return fail(m.ticker + QStringLiteral(".exchange_index"), QStringLiteral("must be a shard 0-15"));
                m.exchangeIndex = index;
            }
            for (const char* sideKey : {"yes_bids", "yes_asks"}) {
                for (const YAML::Node& level : node[sideKey]) {
                    if (!level.IsSequence() || level.size() != 2)
                        return fail(m.ticker + QLatin1Char('.') + QString::fromUtf8(sideKey),
                                    QStringLiteral("levels are [price, count] pairs"));
                    const auto price = SimKalshiFormat::parseMicros(text(level[0]));
                    const auto count = SimKalshiFormat::parseHundredths(text(level[1]));
                    if (!price || !count || *price <= 0 || *price >= 1'000'000 || *count <= 0)
                        return fail(m.ticker + QLatin1Char('.') + QString::fromUtf8(sideKey),
                                    QStringLiteral("bad level ") + text(level[0]));
                    auto& target = QByteArrayView(sideKey) == "yes_bids" ? m.yesBids : m.yesAsks;
                    target.push_back({*price, *count});
                }
            }
            if (const YAML::Node flow = node["flow"]) {
                m.flowIntervalMs = flow["interval_ms"] ? flow["interval_ms"].as<int>() : 1000;
                const auto count =
                    SimKalshiFormat::parseHundredths(flow["max_count"] ? text(flow["max_count"]) : QStringLiteral("1"));
                if (!count)
                    return fail(m.ticker + QStringLiteral(".flow.max_count"), QStringLiteral("not a count"));
                m.flowMaxHundredths = *count;
            }
            const Status timeline = SimScenarioYamlParts::readTimeline(node, m.ticker, m.tickMicros, false, m.path,
                                                                       m.randomWalk, m.settle);
            if (!timeline.ok())
                return makeError(QStringLiteral("sim.scenario"), path + QStringLiteral(": ") + timeline.error().message);
            s.markets.append(m);
        }
        if (const YAML::Node faults = root["faults"]) {
            auto integer = [&](const char* key) { return faults[key] ? faults[key].as<int>() : 0; };
            s.faults.http429EveryN = integer("http_429_every");
            s.faults.http5xxEveryN = integer("http_5xx_every");
            s.faults.slowResponseMs = integer("slow_response_ms");
            s.faults.malformedEveryN = integer("malformed_json_every");
            s.faults.dropWsAfterMessages = integer("drop_ws_after_messages");
            s.faults.sequenceGapEveryN = integer("sequence_gap_every");
            for (const YAML::Node& ticker : faults["ghost_orders"])
                s.faults.ghostOrderTickers.append(text(ticker));
        }
        const auto part = [&](const Status& status) {
            return makeError(QStringLiteral("sim.scenario"), path + QStringLiteral(": ") + status.error().message);
        };
        if (const YAML::Node polymarket = root["polymarket"]) {
            const Status read = SimScenarioYamlParts::readPolymarket(polymarket, s.polymarket);
            if (!read.ok())
                return part(read);
        }
        if (const YAML::Node pairs = root["pairs"]) {
            const Status read = SimScenarioYamlParts::readPairs(pairs, s);
            if (!read.ok())
                return part(read);
        }
        if (s.markets.isEmpty() && s.polymarket.markets.isEmpty())
            return fail(QStringLiteral("markets"), QStringLiteral("at least one market is required"));
        return s;
    } catch (const YAML::Exception& exception) {
        return fail(QStringLiteral("(yaml)"), QString::fromStdString(exception.what()));
    }
}

} // namespace orion
