#include "venues/sim/SimDemoWorld.h"

#include "venues/sim/SimPriceDriver.h"

#include <QTimer>

namespace orion {

namespace {

// One designed event on both venues. Kalshi's YES is Polymarket's YES token, or its NO token when inverse.
struct DemoEvent
{
    const char* seriesTicker;
    const char* seriesTitle;
    const char* category;
    const char* eventTicker;
    const char* eventTitle;
    const char* eventSubTitle;
    const char* kalshiTicker;
    const char* kalshiTitle;
    const char* kalshiYes;
    const char* kalshiNo;
    const char* kalshiRules;
    QDate kalshiClose;
    // Polymarket (Gamma fields)
    const char* gammaId;
    const char* conditionId;
    const char* questionId;
    const char* question;
    const char* slug;
    const char* description;
    const char* polymarketCategory;
    const char* polymarketEventId;
    const char* polymarketEventSlug;
    const char* polymarketEventTitle;
    const char* yesToken;
    const char* noToken;
    QDate polymarketEnd;
    bool inverse;
    std::int64_t startMicros;
};

// Markets that exist on one venue only: near-misses of the designed pairs (another date, strike, team or
// decision), so the matcher has something to refuse.
struct KalshiOnly
{
    const char* seriesTicker;
    const char* eventTicker;
    const char* eventTitle;
    const char* ticker;
    const char* title;
    const char* yes;
    const char* no;
    const char* rules;
    QDate close;
    std::int64_t startMicros;
};

struct PolymarketOnly
{
    const char* gammaId;
    const char* conditionId;
    const char* questionId;
    const char* question;
    const char* slug;
    const char* description;
    const char* category;
    const char* eventId;
    const char* eventSlug;
    const char* eventTitle;
    const char* yesToken;
    const char* noToken;
    QDate end;
    std::int64_t startMicros;
};

const DemoEvent kEvents[] = {
    {"KXFEDDECISION", "Fed rate decision", "Economics", "KXFEDDECISION-26DEC", "Fed decision in Dec 2026",
     "December 9, 2026", "KXFEDDECISION-26DEC-H0", "Will the Fed hold rates at its December 2026 meeting?",
     "No change", "Any change",
     "If the Federal Reserve leaves the upper bound of the federal funds target range unchanged at the FOMC meeting "
     "ending December 9, 2026, then the market resolves to Yes. The decision is read from the FOMC statement.",
     QDate(2026, 12, 9),
     "601412", "0x20e796c128096d229ba89bf412a53c3151d170a409c2c8c1dd8e414087b7ffae",
     "0x78e30817e21d610b358e9c4377a6749250bf0af2b42120262a0191d4a727c8a6",
     "Will the Fed hold rates at the December 2026 FOMC meeting?", "fed-holds-rates-at-the-december-2026-meeting",
     "This market will resolve to \"Yes\" if the Federal Reserve leaves the upper bound of the federal funds target "
     "range unchanged at its FOMC meeting ending December 9, 2026. Otherwise it resolves to \"No\". The resolution "
     "source is the FOMC statement.",
     "Economy", "72031", "fed-decision-in-december-2026", "Fed decision in December 2026",
     "17753194015897711310769116223176849150673351104956864601300163245263719873175",
     "64210792255903165560276902834611121149487730532346046071421400705381448058028", QDate(2026, 12, 9), false,
     720'000},
    {"KXCPIYOY", "Inflation (CPI year over year)", "Economics", "KXCPIYOY-26DEC", "CPI inflation in December 2026",
     "Year over year", "KXCPIYOY-26DEC-T3.0", "Will CPI inflation be above 3.0% in December 2026?",
     "Above 3.0%", "3.0% or below",
     "If the year-over-year change in the CPI-U for December 2026, as first published by the Bureau of Labor "
     "Statistics, is above 3.0%, then the market resolves to Yes.",
     QDate(2027, 1, 13),
     "601530", "0x5d2ada361b47f8411cc7140b300861fd561bc77297247b0e58de37666e5b0a7b",
     "0xb629c84a514716707e7fa50b3e9e9b3791529b753215ab5dab51ae3c4f5e597d",
     "Will CPI inflation be above 3.0% in December 2026?", "cpi-inflation-above-3pt0-in-december-2026",
     "This market will resolve to \"Yes\" if the year-over-year change in the CPI-U for December 2026, as first "
     "published by the Bureau of Labor Statistics, is above 3.0%. Otherwise it resolves to \"No\".",
     "Economy", "72104", "cpi-inflation-december-2026", "CPI inflation in December 2026",
     "85226589150516727946120003519978757868353835469346299315461581204859871565860",
     "9563536801927409886395370717254257403809890754547340685123496007847350690287", QDate(2027, 1, 13), false,
     350'000},
    {"KXFRPRES", "French presidential election", "Elections", "KXFRPRES-27", "2027 French presidential election",
     "Winner", "KXFRPRES-27-JBAR", "Will Jordan Bardella win the 2027 French presidential election?",
     "Jordan Bardella", "Someone else",
     "If Jordan Bardella is declared the winner of the 2027 French presidential election by the Constitutional "
     "Council, then the market resolves to Yes.",
     QDate(2027, 5, 9),
     "598817", "0x67ad8f41a7bb0a18c45f3efd8f6a32bdcd832bcf8f3f2eb44006c03d53076e18",
     "0xe52046eef099079a798a30d651827fac60661eaf589d5767e3a324126cc87a60",
     "Will Jordan Bardella win the 2027 French presidential election?",
     "will-jordan-bardella-win-the-2027-french-presidential-election",
     "This market will resolve to \"Yes\" if Jordan Bardella is declared the winner of the 2027 French "
     "presidential election by the Constitutional Council. Otherwise it resolves to \"No\".",
     "Politics", "31552", "french-presidential-election-2027", "French Presidential Election 2027",
     "14084911608595387152344728508308373164415651594885446482894611082397503131388",
     "91945411100244124979704037049910704873599216657269395565691559793553793682562", QDate(2027, 5, 9), false,
     380'000},
    {"KXSB", "Pro football championship", "Sports", "KXSB-27", "Super Bowl LXI champion", "2027",
     "KXSB-27-KC", "Will the Kansas City Chiefs win Super Bowl LXI?", "Kansas City Chiefs", "Another team",
     "If the Kansas City Chiefs win Super Bowl LXI, played on February 14, 2027, then the market resolves to Yes.",
     QDate(2027, 2, 14),
     "588204", "0xb831b33e0c05b45e15bbdd9b3bfa43825fee0aa0b6e5a54e31e2bd8b073b76b7",
     "0x0ac59acf702ef23ad45063fb8d9224a910ad771bd9ef4a1c9f212fb964beef63",
     "Will the Kansas City Chiefs win Super Bowl LXI?", "will-the-kansas-city-chiefs-win-super-bowl-lxi",
     "This market will resolve to \"Yes\" if the Kansas City Chiefs win Super Bowl LXI, scheduled for February 14, "
     "2027. Otherwise it resolves to \"No\".",
     "Sports", "29014", "super-bowl-champion-2027", "Super Bowl Champion 2027",
     "12400430967104755357634124912977271354761241415878543486807957978806888479743",
     "12104787042475169398641532520472872330334175775855583251474283994512404133280", QDate(2027, 2, 14), false,
     140'000},
    {"KXBTCD", "Bitcoin price", "Crypto", "KXBTCD-26DEC3117", "Bitcoin price on Dec 31, 2026 at 5pm EST",
     "Dec 31, 2026", "KXBTCD-26DEC3117-T150000", "Will the Bitcoin price be above $150,000 on Dec 31, 2026?",
     "$150,000 or above", "Below $150,000",
     "If the CF Benchmarks Bitcoin Real Time Index (BRTI) is above $150,000 at 5:00 PM ET on December 31, 2026, "
     "then the market resolves to Yes.",
     QDate(2026, 12, 31),
     "602290", "0xe40605e6a26268a5eb83c155ea5dd12aeb3314f6ba5d67d4b607de95156e4e12",
     "0xcd71ce8fd2dde3cb7cb1af6a090359b5fd746f779d67e212ccfb94dc1c2d050b",
     "Will Bitcoin be above $150,000 on December 31, 2026?", "bitcoin-above-150k-on-december-31-2026",
     "This market will resolve to \"Yes\" if the CF Benchmarks Bitcoin Real Time Index (BRTI) is above $150,000 at "
     "5:00 PM ET on December 31, 2026. Otherwise it resolves to \"No\".",
     "Crypto", "74120", "bitcoin-above-on-december-31-2026", "Bitcoin above ___ on December 31, 2026?",
     "10156332066483754084096079124433217290747070889460014617869309219091370194702",
     "93658483411368400172829369674630687429886005876101773794020422424639009877633", QDate(2026, 12, 31), false,
     270'000},
    // Inverse: Kalshi YES ("above 45°F") is Polymarket's NO ("45°F or below").
    {"KXHIGHNY", "Highest temperature in NYC", "Climate", "KXHIGHNY-26DEC15",
     "Highest temperature in NYC on Dec 15, 2026", "Dec 15, 2026", "KXHIGHNY-26DEC15-T45",
     "Will the high temp in NYC be above 45°F on Dec 15, 2026?", "46°F or above", "45°F or below",
     "If the highest temperature recorded in Central Park, New York on December 15, 2026 is above 45°F, as reported "
     "by the National Weather Service, then the market resolves to Yes.",
     QDate(2026, 12, 16),
     "603377", "0xf394d990b596267820889b62023d60f7e29778326768c6a67fc4107cb7950b89",
     "0xc0e9cdedf7dd2e1fe69d40a66fbe7149897bd57ec3461c7da5bbe887533f2d03",
     "Will the high temperature in NYC be 45°F or below on December 15, 2026?",
     "highest-temperature-in-nyc-45f-or-below-on-december-15-2026",
     "This market will resolve to \"Yes\" if the highest temperature recorded in Central Park, New York on "
     "December 15, 2026 is 45°F or below, as reported by the National Weather Service. Otherwise it resolves to "
     "\"No\".",
     "Weather", "75503", "highest-temperature-in-nyc-on-december-15-2026",
     "Highest temperature in NYC on December 15, 2026",
     "27381228241889999757576985080871947045351131931954881519002314381976643536039",
     "73326922319106040952905163756423785920892565503753774567926302354928516424215", QDate(2026, 12, 16), true,
     550'000},
};

const KalshiOnly kKalshiOnly[] = {
    {"KXFEDDECISION", "KXFEDDECISION-26DEC", "Fed decision in Dec 2026", "KXFEDDECISION-26DEC-C25",
     "Will the Fed cut rates by 25 bps at its December 2026 meeting?", "Cut 25 bps", "No 25 bps cut",
     "If the Federal Reserve lowers the upper bound of the federal funds target range by exactly 25 basis points at "
     "the FOMC meeting ending December 9, 2026, then the market resolves to Yes.",
     QDate(2026, 12, 9), 240'000},
    {"KXHIGHNY", "KXHIGHNY-26DEC16", "Highest temperature in NYC on Dec 16, 2026", "KXHIGHNY-26DEC16-T45",
     "Will the high temp in NYC be above 45°F on Dec 16, 2026?", "46°F or above", "45°F or below",
     "If the highest temperature recorded in Central Park, New York on December 16, 2026 is above 45°F, as reported "
     "by the National Weather Service, then the market resolves to Yes.",
     QDate(2026, 12, 17), 500'000},
    {"KXNBA", "KXNBA-27", "2027 NBA champion", "KXNBA-27-LAL", "Will the Los Angeles Lakers win the 2027 NBA Finals?",
     "Los Angeles L", "Another team",
     "If the Los Angeles Lakers win the 2027 NBA Finals, then the market resolves to Yes.", QDate(2027, 6, 30),
     90'000},
};

const PolymarketOnly kPolymarketOnly[] = {
    {"602291", "0x69137b0ee64fdc3383612cdc990101d858b763f7e6e9e761ecc95655be07969a",
     "0xc3cde157b7cd4093e6a193352b2e70b729ad8ac6d8eefd51de10f6eed9df4a04",
     "Will Bitcoin be above $200,000 on December 31, 2026?", "bitcoin-above-200k-on-december-31-2026",
     "This market will resolve to \"Yes\" if the CF Benchmarks Bitcoin Real Time Index (BRTI) is above $200,000 at "
     "5:00 PM ET on December 31, 2026. Otherwise it resolves to \"No\".",
     "Crypto", "74120", "bitcoin-above-on-december-31-2026", "Bitcoin above ___ on December 31, 2026?",
     "20241376550698213888148438673000296624837807228436633240275164176909866683368",
     "16829627355172427793705896595777137731885503065249689658481626873265651143884", QDate(2026, 12, 31), 80'000},
    {"588219", "0x7f754d3dbef2f9c8be86a085d505d9bf943e8a9d0c2d84c5015e92e97c53040d",
     "0x1c03dfe7ffa80212dfb94c3ae9675858b1f43f7a4543a6498251ff47b2734039",
     "Will the Philadelphia Eagles win Super Bowl LXI?", "will-the-philadelphia-eagles-win-super-bowl-lxi",
     "This market will resolve to \"Yes\" if the Philadelphia Eagles win Super Bowl LXI, scheduled for February "
     "14, 2027. Otherwise it resolves to \"No\".",
     "Sports", "29014", "super-bowl-champion-2027", "Super Bowl Champion 2027",
     "96712506449221555530109993478986786818126343724553302075664218726890593631563",
     "25258251919817848208827861566702254003765818290924813615916277097150934835552", QDate(2027, 2, 14), 120'000},
    {"602540", "0xc69ea13227bace6e1f8a06364d93f4a6f04632432b64ca9b1fc4036baea4d34c",
     "0x488916967077e9da154939cf579c8631eabe562bfa34c1bbd75a96e2fdb12cca",
     "Will Ethereum be above $5,000 on December 31, 2026?", "ethereum-above-5000-on-december-31-2026",
     "This market will resolve to \"Yes\" if the CF Benchmarks Ether Real Time Index is above $5,000 at 5:00 PM ET "
     "on December 31, 2026. Otherwise it resolves to \"No\".",
     "Crypto", "74133", "ethereum-above-on-december-31-2026", "Ethereum above ___ on December 31, 2026?",
     "4777658984995667471771976884915205124780076858832911011636563611344388568550",
     "100540849322870392378949113959991998609397301947227767866312872869984407944409", QDate(2026, 12, 31),
     300'000},
};

QString text(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

QDateTime closeAt(const QDate& date)
{
    // 5 pm New York in winter, as most Kalshi and Polymarket markets close.
    return QDateTime(date, QTime(22, 0), Qt::UTC);
}

SimScenarioMarket kalshiMarket(const QString& ticker, const QString& eventTicker, const QString& title,
                               const QString& yes, const QString& no, const QString& rules, const QDate& close)
{
    SimScenarioMarket market;
    market.ticker = ticker;
    market.eventTicker = eventTicker;
    market.title = title;
    market.yesSubTitle = yes;
    market.noSubTitle = no;
    market.rulesPrimary = rules;
    market.openTime = QDateTime(QDate(2026, 9, 1), QTime(14, 0), Qt::UTC);
    market.closeTime = closeAt(close);
    return market; // no opening book and no random flow: the price driver quotes it
}

SimScenario demoScenario(quint32 seed)
{
    SimScenario scenario;
    scenario.name = QStringLiteral("demo-world");
    scenario.seed = seed;
    const auto addSeries = [&scenario](const QString& ticker, const QString& title, const QString& category) {
        for (const SimScenarioSeries& series : std::as_const(scenario.series)) {
            if (series.ticker == ticker)
                return;
        }
        scenario.series.append(SimScenarioSeries{ticker, title, category, QStringLiteral("quadratic"), 1'000'000});
    };
    const auto addEvent = [&scenario](const QString& eventTicker, const QString& series, const QString& title,
                                      const QString& subTitle) {
        for (const SimScenarioEvent& event : std::as_const(scenario.events)) {
            if (event.eventTicker == eventTicker)
                return;
        }
        scenario.events.append(SimScenarioEvent{eventTicker, series, title, subTitle, true});
    };
    for (const DemoEvent& event : kEvents) {
        addSeries(text(event.seriesTicker), text(event.seriesTitle), text(event.category));
        addEvent(text(event.eventTicker), text(event.seriesTicker), text(event.eventTitle), text(event.eventSubTitle));
        scenario.markets.append(kalshiMarket(text(event.kalshiTicker), text(event.eventTicker), text(event.kalshiTitle),
                                             text(event.kalshiYes), text(event.kalshiNo), text(event.kalshiRules),
                                             event.kalshiClose));
    }
    for (const KalshiOnly& only : kKalshiOnly) {
        addSeries(text(only.seriesTicker), text(only.eventTitle), QStringLiteral("Sports"));
        addEvent(text(only.eventTicker), text(only.seriesTicker), text(only.eventTitle), QString());
        scenario.markets.append(kalshiMarket(text(only.ticker), text(only.eventTicker), text(only.title),
                                             text(only.yes), text(only.no), text(only.rules), only.close));
    }
    return scenario;
}

SimPolymarketMarket polymarketMarket(const char* gammaId, const char* conditionId, const char* questionId,
                                     const char* question, const char* slug, const char* description,
                                     const char* category, const char* eventId, const char* eventSlug,
                                     const char* eventTitle, const char* yesToken, const char* noToken,
                                     const QDate& end)
{
    SimPolymarketMarket market;
    market.gammaId = text(gammaId);
    market.conditionId = text(conditionId);
    market.questionId = text(questionId);
    market.question = text(question);
    market.slug = text(slug);
    market.description = text(description);
    market.category = text(category);
    market.eventId = text(eventId);
    market.eventSlug = text(eventSlug);
    market.eventTitle = text(eventTitle);
    market.yesTokenId = text(yesToken);
    market.noTokenId = text(noToken);
    market.endDate = closeAt(end);
    market.feeRatePpm = 40'000;
    return market;
}

} // namespace

SimDemoWorld::SimDemoWorld(quint32 seed, QObject* parent)
    : QObject(parent)
    , m_kalshi(new SimKalshiServer(demoScenario(seed), this))
    , m_polymarket(new SimPolymarketVenue(this))
    , m_driver(std::make_unique<SimPriceDriver>(m_kalshi->exchange(), m_polymarket->exchange(), seed))
    , m_timer(new QTimer(this))
{
    addPolymarketMarkets();
    // Matched Polymarket trades confirm on chain a moment later, as on Polygon; a demo wallet starts with $10,000.
    m_polymarket->exchange().setAutoConfirmMs(kConfirmMs);
    m_polymarket->exchange().setStartingCollateral(10'000'000'000);
    for (const DemoEvent& event : kEvents)
        m_driver->addPair(text(event.kalshiTicker), text(event.yesToken), text(event.noToken), event.inverse,
                          event.startMicros, 40'000);
    for (const KalshiOnly& only : kKalshiOnly)
        m_driver->addKalshiOnly(text(only.ticker), only.startMicros);
    for (const PolymarketOnly& only : kPolymarketOnly)
        m_driver->addPolymarketOnly(text(only.yesToken), text(only.noToken), only.startMicros);
    m_driver->quoteAll();
    m_timer->setInterval(kStepMs);
    connect(m_timer, &QTimer::timeout, this, &SimDemoWorld::step);
}

SimDemoWorld::~SimDemoWorld() = default;

void SimDemoWorld::addPolymarketMarkets()
{
    SimPolymarketExchange& exchange = m_polymarket->exchange();
    for (const DemoEvent& e : kEvents)
        exchange.addMarket(polymarketMarket(e.gammaId, e.conditionId, e.questionId, e.question, e.slug, e.description,
                                            e.polymarketCategory, e.polymarketEventId, e.polymarketEventSlug,
                                            e.polymarketEventTitle, e.yesToken, e.noToken, e.polymarketEnd));
    for (const PolymarketOnly& o : kPolymarketOnly)
        exchange.addMarket(polymarketMarket(o.gammaId, o.conditionId, o.questionId, o.question, o.slug, o.description,
                                            o.category, o.eventId, o.eventSlug, o.eventTitle, o.yesToken, o.noToken,
                                            o.end));
}

Status SimDemoWorld::listen(const QHostAddress& address)
{
    const Status kalshi = m_kalshi->listen(0, 0, address);
    if (!kalshi.ok())
        return kalshi;
    if (!m_polymarket->listen(address, 0))
        return makeError(QStringLiteral("sim.listen"), QStringLiteral("cannot listen for the Polymarket services"));
    setDriving(true);
    return {};
}

QUrl SimDemoWorld::kalshiRestUrl() const
{
    return m_kalshi->restBaseUrl();
}

QUrl SimDemoWorld::kalshiWsUrl() const
{
    return m_kalshi->wsUrl();
}

QUrl SimDemoWorld::polymarketClobUrl() const
{
    return m_polymarket->clob().baseUrl();
}

QUrl SimDemoWorld::polymarketGammaUrl() const
{
    return m_polymarket->gamma().baseUrl();
}

QUrl SimDemoWorld::polymarketWsUrl() const
{
    return m_polymarket->webSocket().url();
}

QStringList SimDemoWorld::serviceLines() const
{
    QStringList lines{QStringLiteral("kalshi-rest ") + kalshiRestUrl().toString(),
                      QStringLiteral("kalshi-ws ") + kalshiWsUrl().toString()};
    lines += m_polymarket->serviceLines();
    return lines;
}

Status SimDemoWorld::registerKalshiKey(const QString& keyId, const QByteArray& publicKeyPem)
{
    return m_kalshi->registerKey(keyId, publicKeyPem);
}

void SimDemoWorld::setDriving(bool on)
{
    if (on)
        m_timer->start();
    else
        m_timer->stop();
}

bool SimDemoWorld::isDriving() const
{
    return m_timer->isActive();
}

void SimDemoWorld::step()
{
    m_driver->step();
}

int SimDemoWorld::gapsOpened() const
{
    return m_driver->gapsOpened();
}

int SimDemoWorld::stepsTaken() const
{
    return m_driver->stepsTaken();
}

QList<SimDemoWorld::DemoPair> SimDemoWorld::designedPairs()
{
    QList<DemoPair> pairs;
    for (const DemoEvent& event : kEvents)
        pairs.append(DemoPair{text(event.kalshiTicker), text(event.conditionId), event.inverse, text(event.question)});
    return pairs;
}

} // namespace orion
