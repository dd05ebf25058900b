// Matching a full catalogue: 50,000 Kalshi markets against 30,000 Polymarket markets, synthetic but shaped like
// the venues' catalogues (game winners with ticker codes and slugs, award/nomination ladders, crypto strikes,
// House races, weather ladders), from a seeded generator so every run sees the same data.
//   build-matching/bench/benchmatcher --benchmark_counters_tabular=true
// Counters: pairs found, auto pairs, peak resident memory (MiB) of the process.

#include "matching/CatalogueMarket.h"
#include "matching/EventMatcher.h"

#include <benchmark/benchmark.h>

#include <QDate>
#include <QStringList>

#include <random>
#include <sys/resource.h>

using namespace orion;

namespace {

struct Team
{
    const char* code;
    const char* city;
    const char* nickname;
};

const Team kTeams[] = {
    {"ATL", "Atlanta", "Hawks"}, {"BOS", "Boston", "Celtics"}, {"BKN", "Brooklyn", "Nets"},
    {"CHA", "Charlotte", "Hornets"}, {"CHI", "Chicago", "Bulls"}, {"CLE", "Cleveland", "Cavaliers"},
    {"DAL", "Dallas", "Mavericks"}, {"DEN", "Denver", "Nuggets"}, {"DET", "Detroit", "Pistons"},
    {"GSW", "Golden State", "Warriors"}, {"HOU", "Houston", "Rockets"}, {"IND", "Indiana", "Pacers"},
    {"LAC", "Los Angeles C", "Clippers"}, {"LAL", "Los Angeles L", "Lakers"}, {"MEM", "Memphis", "Grizzlies"},
    {"MIA", "Miami", "Heat"}, {"MIL", "Milwaukee", "Bucks"}, {"MIN", "Minnesota", "Timberwolves"},
    {"NOP", "New Orleans", "Pelicans"}, {"NYK", "New York", "Knicks"}, {"OKC", "Oklahoma City", "Thunder"},
    {"ORL", "Orlando", "Magic"}, {"PHI", "Philadelphia", "76ers"}, {"PHX", "Phoenix", "Suns"},
    {"POR", "Portland", "Trail Blazers"}, {"SAC", "Sacramento", "Kings"}, {"SAS", "San Antonio", "Spurs"},
    {"TOR", "Toronto", "Raptors"}, {"UTA", "Utah", "Jazz"}, {"WAS", "Washington", "Wizards"},
};

const char* const kFirst[] = {"James", "Maria", "Chen", "Amara", "Lucas", "Sofia", "Ivan", "Priya", "Omar", "Elena",
                              "Kenji", "Nadia", "Diego", "Hannah", "Tariq", "Greta", "Mateo", "Leila", "Felix",
                              "Yara", "Pavel", "Ines", "Kwame", "Astrid", "Rafael", "Mina", "Jonas", "Zara",
                              "Hugo", "Aiko"};
const char* const kLast[] = {"Okafor", "Lindqvist", "Moreau", "Tanaka", "Kowalski", "Ferreira", "Haddad", "Novak",
                             "Castillo", "Brennan", "Ivanova", "Mensah", "Rossi", "Schmidt", "Nakamura", "Duarte",
                             "Petrov", "Adeyemi", "Larsen", "Quinn", "Bauer", "Sato", "Vargas", "Keller", "Osei",
                             "Romano", "Fischer", "Holm", "Reyes", "Costa"};
const char* const kAwards[] = {"Best Actor Award", "Golden Boot", "Rookie of the Year", "Ballon d'Or",
                               "Cy Young Award", "Hart Trophy", "Booker Prize", "Chess World Cup",
                               "Tour de France", "Masters Tournament"};
const char* const kAssets[][2] = {{"BTC", "Bitcoin"}, {"ETH", "Ethereum"}, {"SOL", "Solana"}, {"DOGE", "Dogecoin"},
                                  {"XRP", "XRP"}};
const char* const kStates[] = {"CA", "TX", "NY", "FL", "IL", "PA", "OH", "GA", "NC", "MI", "AZ", "CO", "WA", "VA"};
const char* const kMonths[] = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

QString kalshiDate(const QDate& day)
{
    return QString::number(day.year() % 100) + QString::fromLatin1(kMonths[day.month() - 1])
           + QStringLiteral("%1").arg(day.day(), 2, 10, QLatin1Char('0'));
}

CatalogueMarket kalshiBase(const QString& ticker, const QString& event, const QString& title)
{
    CatalogueMarket m;
    m.venue = CatalogueVenue::Kalshi;
    m.key = ticker;
    m.eventId = event;
    m.title = title;
    m.rulesText = QStringLiteral("If the outcome in the title occurs, the market resolves to Yes; otherwise No. "
                                 "Settled from the official source named by the series.");
    return m;
}

CatalogueMarket polyBase(const QString& key, const QString& question)
{
    CatalogueMarket m;
    m.venue = CatalogueVenue::Polymarket;
    m.key = key;
    m.title = question;
    m.outcomes = {QStringLiteral("Yes"), QStringLiteral("No")};
    m.rulesText = QStringLiteral("This market will resolve to \"Yes\" if the outcome in the question happens. "
                                 "Otherwise, this market will resolve to \"No\".");
    return m;
}

struct Catalogues
{
    QList<CatalogueMarket> kalshi;
    QList<CatalogueMarket> polymarket;
};

// Kalshi gets every family in full; Polymarket gets counterparts for part of them plus its own markets.
Catalogues generate(unsigned seed, int kalshiCount, int polymarketCount)
{
    std::mt19937 rng(seed);
    const auto pick = [&rng](int n) { return int(std::uniform_int_distribution<int>(0, n - 1)(rng)); };
    const auto chance = [&rng](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    Catalogues c;
    int polyId = 0;
    const auto nextPolyKey = [&polyId] { return QStringLiteral("0x%1").arg(++polyId, 64, 16, QLatin1Char('0')); };
    const QDate start(2026, 1, 1);
    int family = 0;
    while (c.kalshi.size() < kalshiCount) {
        const QDate day = start.addDays(pick(365));
        switch (family++ % 5) {
        case 0: { // NBA-style game: two Kalshi markets, one head-to-head Polymarket market
            const int a = pick(30);
            int b = pick(30);
            if (b == a)
                b = (a + 1) % 30;
            const QString codes = QString::fromLatin1(kTeams[a].code) + QString::fromLatin1(kTeams[b].code);
            const QString event = QStringLiteral("KXNBAGAME-") + kalshiDate(day) + codes;
            for (const int t : {a, b}) {
                CatalogueMarket m = kalshiBase(event + QLatin1Char('-') + QString::fromLatin1(kTeams[t].code), event, QString());
                m.eventTitle = QString::fromLatin1(kTeams[a].city) + QStringLiteral(" at ") + QString::fromLatin1(kTeams[b].city);
                c.kalshi.append(m);
            }
            if (chance(0.6) && c.polymarket.size() < polymarketCount) {
                CatalogueMarket p = polyBase(nextPolyKey(), QString::fromLatin1(kTeams[a].nickname) + QStringLiteral(" vs. ")
                                                                + QString::fromLatin1(kTeams[b].nickname));
                p.outcomes = {QString::fromLatin1(kTeams[a].nickname), QString::fromLatin1(kTeams[b].nickname)};
                p.slug = QStringLiteral("nba-%1-%2-%3").arg(QString::fromLatin1(kTeams[a].code).toLower(),
                                                            QString::fromLatin1(kTeams[b].code).toLower(),
                                                            day.toString(Qt::ISODate));
                c.polymarket.append(p);
            }
            break;
        }
        case 1: { // award ladder: 12 named candidates
            const int award = pick(10);
            const int year = 2026 + pick(3);
            const QString event = QStringLiteral("KXAWARD%1-%2").arg(award).arg(year % 100);
            for (int i = 0; i < 12; ++i) {
                const QString name = QString::fromLatin1(kFirst[pick(30)]) + QLatin1Char(' ') + QString::fromLatin1(kLast[pick(30)]);
                const QString award_ = QString::fromLatin1(kAwards[award]);
                c.kalshi.append(kalshiBase(event + QStringLiteral("-C%1").arg(c.kalshi.size()), event,
                                           QStringLiteral("Will %1 win the %2 in %3?").arg(name, award_).arg(year)));
                if (chance(0.3) && c.polymarket.size() < polymarketCount)
                    c.polymarket.append(polyBase(nextPolyKey(), QStringLiteral("Will %1 win the %2 %3?").arg(name).arg(year).arg(award_)));
            }
            break;
        }
        case 2: { // crypto strike ladder on one day
            const int asset = pick(5);
            const QString event = QStringLiteral("KX%1D-").arg(QString::fromLatin1(kAssets[asset][0])) + kalshiDate(day);
            const int base = 1000 * (1 + pick(90));
            for (int i = 0; i < 10; ++i) {
                const int strike = base + 250 * i;
                CatalogueMarket m = kalshiBase(event + QStringLiteral("-T%1").arg(strike), event,
                                               QStringLiteral("Will %1 be above $%2 on %3?").arg(QString::fromLatin1(kAssets[asset][1])).arg(strike)
                                                   .arg(day.toString(QStringLiteral("MMM d, yyyy"))));
                m.strikeType = QStringLiteral("greater");
                m.floorStrike = strike;
                c.kalshi.append(m);
                if (chance(0.3) && c.polymarket.size() < polymarketCount)
                    c.polymarket.append(polyBase(nextPolyKey(), QStringLiteral("%1 above %2 on %3?")
                                                                    .arg(QString::fromLatin1(kAssets[asset][1])).arg(strike)
                                                                    .arg(day.toString(QStringLiteral("MMMM d")))));
            }
            break;
        }
        case 3: { // House race: two parties
            const QString district = QStringLiteral("%1-%2").arg(QString::fromLatin1(kStates[pick(14)])).arg(1 + pick(30), 2, 10, QLatin1Char('0'));
            const QString event = QStringLiteral("KXHOUSERACE-") + QString(district).remove(QLatin1Char('-')) + QStringLiteral("-26");
            for (const char* party : {"Democratic", "Republican"}) {
                c.kalshi.append(kalshiBase(event + QLatin1Char('-') + QLatin1Char(party[0]), event,
                                           QStringLiteral("Will %1 win the House race for %2?").arg(QString::fromLatin1(party), district)));
                if (chance(0.5) && c.polymarket.size() < polymarketCount)
                    c.polymarket.append(polyBase(nextPolyKey(), QStringLiteral("Will the %1 Party win the %2 House seat?")
                                                                    .arg(QString::fromLatin1(party), district)));
            }
            break;
        }
        default: { // weather ladder with a station
            const int city = pick(30);
            const QString event = QStringLiteral("KXHIGH%1-").arg(QString::fromLatin1(kTeams[city].code)) + kalshiDate(day);
            for (int t = 70; t < 96; t += 2) {
                CatalogueMarket m = kalshiBase(event + QStringLiteral("-B%1.5").arg(t), event,
                                               QStringLiteral("Will the maximum temperature in %1 be %2-%3° on %4?")
                                                   .arg(QString::fromLatin1(kTeams[city].city)).arg(t).arg(t + 1)
                                                   .arg(day.toString(QStringLiteral("MMM d, yyyy"))));
                m.strikeType = QStringLiteral("between");
                m.floorStrike = t;
                m.capStrike = t + 1;
                m.settlementStation = QStringLiteral("K%1").arg(QString::fromLatin1(kTeams[city].code));
                c.kalshi.append(m);
            }
            break;
        }
        }
    }
    // Polymarket's own markets that have no Kalshi counterpart.
    while (c.polymarket.size() < polymarketCount) {
        const QString name = QString::fromLatin1(kFirst[pick(30)]) + QLatin1Char(' ') + QString::fromLatin1(kLast[pick(30)]);
        c.polymarket.append(polyBase(nextPolyKey(), QStringLiteral("Will %1 announce a new album before %2?")
                                                        .arg(name).arg(2026 + pick(3))));
    }
    c.kalshi.resize(kalshiCount);
    return c;
}

double peakMemoryMiB()
{
    struct rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // Linux reports KiB
}

void BM_MatchCatalogues(benchmark::State& state)
{
    const Catalogues c = generate(20260501u, int(state.range(0)), int(state.range(1)));
    MatcherOptions options;
    const EventMatcher matcher(options);
    qsizetype pairs = 0;
    qsizetype autoPairs = 0;
    for (auto _ : state) {
        const QList<MatchResult> results = matcher.match(c.kalshi, c.polymarket);
        pairs = results.size();
        autoPairs = std::count_if(results.cbegin(), results.cend(),
                                  [](const MatchResult& r) { return r.decision == MatchDecision::Auto; });
        benchmark::DoNotOptimize(results.data());
    }
    state.counters["kalshi"] = double(c.kalshi.size());
    state.counters["polymarket"] = double(c.polymarket.size());
    state.counters["pairs"] = double(pairs);
    state.counters["auto"] = double(autoPairs);
    state.counters["peak_MiB"] = peakMemoryMiB();
}

} // namespace

BENCHMARK(BM_MatchCatalogues)->Args({5000, 3000})->Args({50000, 30000})->Unit(benchmark::kSecond)->Iterations(1);

BENCHMARK_MAIN();
