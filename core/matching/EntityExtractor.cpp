#include "matching/EntityExtractor.h"

#include "matching/TitleNormalizer.h"

#include <QHash>
#include <QMultiHash>
#include <QRegularExpression>

namespace orion {

namespace {

// league|code|city|nickname. Codes are the ones Kalshi tickers and Polymarket slugs use.
const char* const kTeams[] = {
    // NBA
    "nba|ATL|Atlanta|Hawks", "nba|BOS|Boston|Celtics", "nba|BKN|Brooklyn|Nets", "nba|CHA|Charlotte|Hornets",
    "nba|CHI|Chicago|Bulls", "nba|CLE|Cleveland|Cavaliers", "nba|DAL|Dallas|Mavericks", "nba|DEN|Denver|Nuggets",
    "nba|DET|Detroit|Pistons", "nba|GSW|Golden State|Warriors", "nba|HOU|Houston|Rockets",
    "nba|IND|Indiana|Pacers", "nba|LAC|Los Angeles|Clippers", "nba|LAL|Los Angeles|Lakers",
    "nba|MEM|Memphis|Grizzlies", "nba|MIA|Miami|Heat", "nba|MIL|Milwaukee|Bucks", "nba|MIN|Minnesota|Timberwolves",
    "nba|NOP|New Orleans|Pelicans", "nba|NYK|New York|Knicks", "nba|OKC|Oklahoma City|Thunder",
    "nba|ORL|Orlando|Magic", "nba|PHI|Philadelphia|76ers", "nba|PHX|Phoenix|Suns", "nba|POR|Portland|Trail Blazers",
    "nba|SAC|Sacramento|Kings", "nba|SAS|San Antonio|Spurs", "nba|TOR|Toronto|Raptors", "nba|UTA|Utah|Jazz",
    "nba|WAS|Washington|Wizards",
    // NFL
    "nfl|ARI|Arizona|Cardinals", "nfl|ATL|Atlanta|Falcons", "nfl|BAL|Baltimore|Ravens", "nfl|BUF|Buffalo|Bills",
    "nfl|CAR|Carolina|Panthers", "nfl|CHI|Chicago|Bears", "nfl|CIN|Cincinnati|Bengals", "nfl|CLE|Cleveland|Browns",
    "nfl|DAL|Dallas|Cowboys", "nfl|DEN|Denver|Broncos", "nfl|DET|Detroit|Lions", "nfl|GB|Green Bay|Packers",
    "nfl|HOU|Houston|Texans", "nfl|IND|Indianapolis|Colts", "nfl|JAX|Jacksonville|Jaguars",
    "nfl|KC|Kansas City|Chiefs", "nfl|LV|Las Vegas|Raiders", "nfl|LAC|Los Angeles|Chargers",
    "nfl|LAR|Los Angeles|Rams", "nfl|MIA|Miami|Dolphins", "nfl|MIN|Minnesota|Vikings",
    "nfl|NE|New England|Patriots", "nfl|NO|New Orleans|Saints", "nfl|NYG|New York|Giants", "nfl|NYJ|New York|Jets",
    "nfl|PHI|Philadelphia|Eagles", "nfl|PIT|Pittsburgh|Steelers", "nfl|SF|San Francisco|49ers",
    "nfl|SEA|Seattle|Seahawks", "nfl|TB|Tampa Bay|Buccaneers", "nfl|TEN|Tennessee|Titans",
    "nfl|WAS|Washington|Commanders",
    // MLB
    "mlb|AZ|Arizona|Diamondbacks", "mlb|ATL|Atlanta|Braves", "mlb|BAL|Baltimore|Orioles", "mlb|BOS|Boston|Red Sox",
    "mlb|CHC|Chicago|Cubs", "mlb|CWS|Chicago|White Sox", "mlb|CIN|Cincinnati|Reds", "mlb|CLE|Cleveland|Guardians",
    "mlb|COL|Colorado|Rockies", "mlb|DET|Detroit|Tigers", "mlb|HOU|Houston|Astros", "mlb|KC|Kansas City|Royals",
    "mlb|LAA|Los Angeles|Angels", "mlb|LAD|Los Angeles|Dodgers", "mlb|MIA|Miami|Marlins",
    "mlb|MIL|Milwaukee|Brewers", "mlb|MIN|Minnesota|Twins", "mlb|NYM|New York|Mets", "mlb|NYY|New York|Yankees",
    "mlb|ATH|Oakland|Athletics", "mlb|PHI|Philadelphia|Phillies", "mlb|PIT|Pittsburgh|Pirates",
    "mlb|SD|San Diego|Padres", "mlb|SF|San Francisco|Giants", "mlb|SEA|Seattle|Mariners",
    "mlb|STL|St Louis|Cardinals", "mlb|TB|Tampa Bay|Rays", "mlb|TEX|Texas|Rangers", "mlb|TOR|Toronto|Blue Jays",
    "mlb|WSH|Washington|Nationals",
    // NHL
    "nhl|ANA|Anaheim|Ducks", "nhl|BOS|Boston|Bruins", "nhl|BUF|Buffalo|Sabres", "nhl|CGY|Calgary|Flames",
    "nhl|CAR|Carolina|Hurricanes", "nhl|CHI|Chicago|Blackhawks", "nhl|COL|Colorado|Avalanche",
    "nhl|CBJ|Columbus|Blue Jackets", "nhl|DAL|Dallas|Stars", "nhl|DET|Detroit|Red Wings",
    "nhl|EDM|Edmonton|Oilers", "nhl|FLA|Florida|Panthers", "nhl|LAK|Los Angeles|Kings", "nhl|MIN|Minnesota|Wild",
    "nhl|MTL|Montreal|Canadiens", "nhl|NSH|Nashville|Predators", "nhl|NJD|New Jersey|Devils",
    "nhl|NYI|New York|Islanders", "nhl|NYR|New York|Rangers", "nhl|OTT|Ottawa|Senators",
    "nhl|PHI|Philadelphia|Flyers", "nhl|PIT|Pittsburgh|Penguins", "nhl|SJS|San Jose|Sharks",
    "nhl|SEA|Seattle|Kraken", "nhl|STL|St Louis|Blues", "nhl|TBL|Tampa Bay|Lightning",
    "nhl|TOR|Toronto|Maple Leafs", "nhl|UTA|Utah|Mammoth", "nhl|VAN|Vancouver|Canucks",
    "nhl|VGK|Vegas|Golden Knights", "nhl|WSH|Washington|Capitals", "nhl|WPG|Winnipeg|Jets",
};

// iso3|fifa-or-other-code|name|aliases (comma separated)
const char* const kCountries[] = {
    "usa|USA|united states|us,usa,united states of america,america", "mex|MEX|mexico|", "can|CAN|canada|",
    "bra|BRA|brazil|brasil", "arg|ARG|argentina|", "ury|URU|uruguay|", "col|COL|colombia|", "chl|CHI|chile|",
    "per|PER|peru|", "ecu|ECU|ecuador|", "pry|PAR|paraguay|", "ven|VEN|venezuela|", "bol|BOL|bolivia|",
    "eng|ENG|england|", "sco|SCO|scotland|", "wal|WAL|wales|", "nir|NIR|northern ireland|", "irl|IRL|ireland|",
    "gbr|GBR|united kingdom|uk,great britain,britain", "fra|FRA|france|", "deu|GER|germany|",
    "esp|ESP|spain|", "prt|POR|portugal|", "ita|ITA|italy|", "nld|NED|netherlands|holland,the netherlands",
    "bel|BEL|belgium|", "che|SUI|switzerland|", "aut|AUT|austria|", "hrv|CRO|croatia|", "srb|SRB|serbia|",
    "pol|POL|poland|", "cze|CZE|czechia|czech republic", "svk|SVK|slovakia|", "svn|SVN|slovenia|",
    "hun|HUN|hungary|", "rou|ROU|romania|", "bgr|BUL|bulgaria|", "grc|GRE|greece|", "tur|TUR|turkey|turkiye",
    "ukr|UKR|ukraine|", "rus|RUS|russia|", "swe|SWE|sweden|", "nor|NOR|norway|", "dnk|DEN|denmark|",
    "fin|FIN|finland|", "isl|ISL|iceland|", "est|EST|estonia|", "lva|LVA|latvia|", "ltu|LTU|lithuania|",
    "alb|ALB|albania|", "arm|ARM|armenia|", "aze|AZE|azerbaijan|", "geo|GEO|georgia|", "mda|MDA|moldova|",
    "mne|MNE|montenegro|", "cyp|CYP|cyprus|", "mlt|MLT|malta|", "isr|ISR|israel|", "smr|SMR|san marino|",
    "lux|LUX|luxembourg|", "bih|BIH|bosnia and herzegovina|bosnia", "mkd|MKD|north macedonia|macedonia",
    "jpn|JPN|japan|", "kor|KOR|south korea|korea republic,republic of korea,korea", "prk|PRK|north korea|",
    "chn|CHN|china|", "ind|IND|india|", "irn|IRN|iran|", "sau|KSA|saudi arabia|", "qat|QAT|qatar|",
    "aus|AUS|australia|", "nzl|NZL|new zealand|", "jor|JOR|jordan|", "uzb|UZB|uzbekistan|", "irq|IRQ|iraq|",
    "are|UAE|united arab emirates|uae", "mar|MAR|morocco|", "sen|SEN|senegal|", "gha|GHA|ghana|",
    "nga|NGA|nigeria|", "egy|EGY|egypt|", "tun|TUN|tunisia|", "dza|ALG|algeria|", "cmr|CMR|cameroon|",
    "civ|CIV|ivory coast|cote d'ivoire,cote divoire", "zaf|RSA|south africa|", "cpv|CPV|cape verde|cabo verde",
    "pan|PAN|panama|", "cri|CRC|costa rica|", "jam|JAM|jamaica|", "hti|HAI|haiti|", "cuw|CUW|curacao|",
    "hnd|HON|honduras|", "twn|TPE|taiwan|", "pse|PLE|palestine|", "vnm|VIE|vietnam|",
};

const char* const kParties[] = {
    "dem|democratic,democrat,democrats,democratic party,dems,dem",
    "rep|republican,republicans,republican party,gop",
    "lib|libertarian,libertarian party",
    "grn|green party,greens",
    "ind|independent,independents",
    "lab|labour,labour party",
    "con|conservative,conservatives,conservative party,tory,tories",
    "ref|reform uk,reform party",
};

const char* const kAssets[] = {
    "btc|bitcoin,btc", "eth|ethereum,eth,ether", "doge|dogecoin,doge", "sol|solana,sol", "xrp|xrp,ripple",
    "ada|cardano,ada", "bnb|bnb,binance coin", "ltc|litecoin,ltc", "spx|s&p 500,s&p,spx,sp500",
    "ndx|nasdaq,nasdaq 100,ndx", "dji|dow jones,dow", "gold|gold,xau", "oil|wti,crude oil,brent",
    "tsla|tesla,tsla", "nvda|nvidia,nvda", "aapl|apple,aapl",
};

const char* const kStates[] = {"al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il",
                               "in", "ia", "ks", "ky", "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt",
                               "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd", "oh", "ok", "or", "pa", "ri",
                               "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy"};

struct Tables
{
    QMultiHash<QString, QString> teamByName;   // folded name/nickname/"city nickname" → team id
    QMultiHash<QString, QString> teamByCity;   // folded city → team id
    QMultiHash<QString, QString> teamByCode;   // "nba:ATL" → team id
    QHash<QString, QString> leagueOfTeam;      // team id → league
    QHash<QString, QString> nicknameOfTeam;    // team id → folded nickname
    QHash<QString, QString> countryByName;
    QHash<QString, QString> countryByCode;
    QHash<QString, QString> partyByName;
    QHash<QString, QString> assetByName;
    QSet<QString> states;
    int longestName = 1; // in words, for phrase scanning

    Tables()
    {
        for (const char* row : kTeams) {
            const QStringList parts = QString::fromLatin1(row).split(QLatin1Char('|'));
            const QString league = parts.at(0);
            const QString nickname = TitleNormalizer::fold(parts.at(3));
            const QString city = TitleNormalizer::fold(parts.at(2));
            const QString id = QStringLiteral("team:") + league + QLatin1Char(':') + nickname;
            teamByName.insert(nickname, id);
            teamByName.insert(city + QLatin1Char(' ') + nickname, id);
            teamByCity.insert(city, id);
            teamByCode.insert(league + QLatin1Char(':') + parts.at(1), id);
            leagueOfTeam.insert(id, league);
            nicknameOfTeam.insert(id, nickname);
        }
        for (const char* row : kCountries) {
            const QStringList parts = QString::fromLatin1(row).split(QLatin1Char('|'));
            const QString id = QStringLiteral("country:") + parts.at(0).left(3);
            countryByName.insert(parts.at(2), id);
            for (const QString& alias : parts.at(3).split(QLatin1Char(','), Qt::SkipEmptyParts))
                countryByName.insert(alias, id);
            countryByCode.insert(parts.at(1), id);
            countryByCode.insert(parts.at(0).left(3).toUpper(), id);
        }
        for (const char* row : kParties) {
            const QStringList parts = QString::fromLatin1(row).split(QLatin1Char('|'));
            for (const QString& alias : parts.at(1).split(QLatin1Char(',')))
                partyByName.insert(alias, QStringLiteral("party:") + parts.at(0));
        }
        for (const char* row : kAssets) {
            const QStringList parts = QString::fromLatin1(row).split(QLatin1Char('|'));
            for (const QString& alias : parts.at(1).split(QLatin1Char(',')))
                assetByName.insert(alias, QStringLiteral("asset:") + parts.at(0));
        }
        for (const char* state : kStates)
            states.insert(QString::fromLatin1(state));
        for (auto it = teamByName.cbegin(); it != teamByName.cend(); ++it)
            longestName = std::max(longestName, int(it.key().count(QLatin1Char(' '))) + 1);
        for (auto it = countryByName.cbegin(); it != countryByName.cend(); ++it)
            longestName = std::max(longestName, int(it.key().count(QLatin1Char(' '))) + 1);
    }
};

const Tables& tables()
{
    static const Tables instance;
    return instance;
}

QSet<QString> restrictToLeague(const QList<QString>& ids, const QString& league)
{
    QSet<QString> out;
    for (const QString& id : ids) {
        if (league.isEmpty() || tables().leagueOfTeam.value(id) == league)
            out.insert(id);
    }
    return out;
}

// Folded phrase with only letters, digits, spaces, '&' and apostrophes: the key form of the tables.
QString phraseKey(const QString& text)
{
    QString folded = TitleNormalizer::fold(text);
    static const QRegularExpression junk(QStringLiteral("[^a-z0-9&' ]+"));
    folded.replace(junk, QStringLiteral(" "));
    return folded.simplified();
}

} // namespace

QSet<QString> EntityExtractor::teamIds(const QString& name, const QString& league)
{
    const Tables& t = tables();
    QString key = phraseKey(name);
    key.remove(QLatin1Char('\''));
    key.replace(QLatin1String("saint "), QLatin1String("st "));
    if (key.isEmpty())
        return {};
    QSet<QString> ids = restrictToLeague(t.teamByName.values(key), league);
    if (!ids.isEmpty())
        return ids;
    // A city alone names a team only where the league is known ("Columbus" in MLS is not the Blue Jackets).
    if (league.isEmpty())
        return ids;
    ids = restrictToLeague(t.teamByCity.values(key), league);
    if (!ids.isEmpty())
        return ids;
    // Kalshi writes two teams of one city as "Los Angeles C" / "Los Angeles L": city + the nickname's initial.
    const qsizetype space = key.lastIndexOf(QLatin1Char(' '));
    if (space > 0 && key.size() - space == 2) {
        const QString city = key.left(space);
        const QChar initial = key.at(key.size() - 1);
        for (const QString& id : restrictToLeague(t.teamByCity.values(city), league)) {
            if (t.nicknameOfTeam.value(id).startsWith(initial))
                ids.insert(id);
        }
    }
    return ids;
}

QSet<QString> EntityExtractor::teamIdsForCode(const QString& code, const QString& league)
{
    if (league.isEmpty() || code.isEmpty())
        return {};
    const QList<QString> ids = tables().teamByCode.values(league + QLatin1Char(':') + code.toUpper());
    return QSet<QString>(ids.cbegin(), ids.cend());
}

QString EntityExtractor::countryId(const QString& name)
{
    QString key = phraseKey(name);
    if (key.startsWith(QLatin1String("the ")))
        key = key.mid(4);
    return tables().countryByName.value(key);
}

QString EntityExtractor::countryIdForCode(const QString& code)
{
    return tables().countryByCode.value(code.toUpper());
}

QString EntityExtractor::partyId(const QString& name)
{
    QString key = phraseKey(name);
    for (const char* article : {"the ", "a ", "an "}) {
        if (key.startsWith(QLatin1String(article)))
            key = key.mid(qsizetype(qstrlen(article)));
    }
    if (key.endsWith(QLatin1String(" candidate")))
        key.chop(10);
    return tables().partyByName.value(key);
}

QString EntityExtractor::assetId(const QString& name)
{
    return tables().assetByName.value(phraseKey(name));
}

QString EntityExtractor::leagueOf(const QString& text)
{
    static const QRegularExpression league(QStringLiteral("(?:^|[^a-z])(nba|nfl|mlb|nhl)(?:[^a-z]|$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kalshiSeries(QStringLiteral("^KX(NBA|NFL|MLB|NHL)"));
    const QRegularExpressionMatch series = kalshiSeries.match(text);
    if (series.hasMatch())
        return series.captured(1).toLower();
    const QRegularExpressionMatch match = league.match(text);
    if (match.hasMatch())
        return match.captured(1).toLower();
    static const QRegularExpression sport(QStringLiteral("\\b(basketball|football|baseball|hockey)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch sportMatch = sport.match(text);
    if (sportMatch.hasMatch()) {
        const QString word = sportMatch.captured(1).toLower();
        if (word == QLatin1String("basketball"))
            return QStringLiteral("nba");
        if (word == QLatin1String("baseball"))
            return QStringLiteral("mlb");
        if (word == QLatin1String("hockey"))
            return QStringLiteral("nhl");
        if (text.contains(QLatin1String("Pro Football"), Qt::CaseInsensitive))
            return QStringLiteral("nfl");
    }
    return {};
}

QStringList EntityExtractor::districts(const QString& text)
{
    static const QRegularExpression district(QStringLiteral("\\b([A-Za-z]{2})-(\\d{1,2}|AL|al)\\b"));
    QStringList out;
    auto it = district.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString state = match.captured(1).toLower();
        if (!tables().states.contains(state))
            continue;
        QString seat = match.captured(2).toLower();
        if (seat != QLatin1String("al") && seat.size() == 1)
            seat.prepend(QLatin1Char('0'));
        out.append(QStringLiteral("district:") + state + QLatin1Char('-') + seat);
    }
    return out;
}

QStringList EntityExtractor::people(const QString& text)
{
    // Two to four capitalised words in a row ("Stephen A. Smith", "Alexandria Ocasio-Cortez"), not opening the
    // sentence with a question word, and not a team, country or party.
    static const QRegularExpression name(
        QStringLiteral("\\b(\\p{Lu}[\\p{Ll}']+(?:-\\p{Lu}?[\\p{Ll}']+)*"
                       "(?:\\s+(?:\\p{Lu}\\.|\\p{Lu}[\\p{Ll}']+(?:-\\p{Lu}?[\\p{Ll}']+)*)){1,3})\\b"));
    static const QSet<QString> notNames = {
        QStringLiteral("will"), QStringLiteral("who"), QStringLiteral("what"), QStringLiteral("which"),
        QStringLiteral("the"), QStringLiteral("how"), QStringLiteral("when"), QStringLiteral("world"),
        QStringLiteral("house"), QStringLiteral("senate"), QStringLiteral("national"), QStringLiteral("american"),
        QStringLiteral("grand"), QStringLiteral("first"), QStringLiteral("top"), QStringLiteral("federal"),
        QStringLiteral("bank"), QStringLiteral("new"), QStringLiteral("fifa"), QStringLiteral("pro"),
        QStringLiteral("league"), QStringLiteral("premier"), QStringLiteral("democratic"),
        QStringLiteral("republican"), QStringLiteral("presidential"), QStringLiteral("supreme"),
        QStringLiteral("election"), QStringLiteral("award")};
    QStringList out;
    auto it = name.globalMatch(text);
    while (it.hasNext()) {
        QStringList words = phraseKey(it.next().captured(1)).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // "Will Alexandria Ocasio-Cortez": the question word is not part of the name.
        while (!words.isEmpty() && notNames.contains(words.first()))
            words.removeFirst();
        if (words.size() < 2)
            continue;
        const QString folded = words.join(QLatin1Char(' '));
        if (!countryId(folded).isEmpty() || !partyId(folded).isEmpty()
            || !teamIds(folded, QString()).isEmpty())
            continue;
        bool monthOrDay = false;
        for (const char* word : {"january", "february", "march", "april", "may", "june", "july", "august",
                                 "september", "october", "november", "december", "monday", "sunday"}) {
            if (folded.contains(QLatin1String(word)))
                monthOrDay = true;
        }
        if (!monthOrDay)
            out.append(QStringLiteral("person:") + folded);
    }
    return out;
}

QSet<QString> EntityExtractor::extract(const QString& text, const QString& league)
{
    const Tables& t = tables();
    QSet<QString> out;
    const QStringList words = phraseKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Longest phrase first, so "south korea" wins over "korea" and "los angeles lakers" over "los angeles".
    qsizetype i = 0;
    while (i < words.size()) {
        qsizetype consumed = 0;
        for (qsizetype n = std::min<qsizetype>(t.longestName, words.size() - i); n >= 1 && consumed == 0; --n) {
            const QString phrase = words.mid(i, n).join(QLatin1Char(' '));
            const QString country = t.countryByName.value(phrase);
            const QSet<QString> teams = restrictToLeague(t.teamByName.values(phrase), league);
            const QString party = t.partyByName.value(phrase);
            const QString asset = t.assetByName.value(phrase);
            // Short words ("us", "sol", "dem") are entities only where they cannot be ordinary English.
            if (phrase.size() <= 3 && phrase != QLatin1String("usa") && phrase != QLatin1String("gop"))
                continue;
            if (!country.isEmpty())
                out.insert(country);
            for (const QString& team : teams)
                out.insert(team);
            if (!party.isEmpty())
                out.insert(party);
            if (!asset.isEmpty())
                out.insert(asset);
            if (!country.isEmpty() || !teams.isEmpty() || !party.isEmpty() || !asset.isEmpty())
                consumed = n;
        }
        i += consumed > 0 ? consumed : 1;
    }
    if (!league.isEmpty()) {
        for (const QString& word : words) {
            for (const QString& id : restrictToLeague(t.teamByCity.values(word), league))
                out.insert(id);
        }
    }
    for (const QString& district : districts(text))
        out.insert(district);
    for (const QString& person : people(text))
        out.insert(person);
    return out;
}

} // namespace orion
