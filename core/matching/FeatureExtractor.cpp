#include "matching/FeatureExtractor.h"

#include "matching/EntityExtractor.h"
#include "matching/TitleNormalizer.h"

#include <QHash>
#include <QRegularExpression>

#include <functional>

namespace orion {

namespace {

using Kind = MarketSubject::Kind;

const QSet<QString>& nameNoise()
{
    static const QSet<QString> words = {
        QStringLiteral("fc"),   QStringLiteral("cf"),   QStringLiteral("sc"),    QStringLiteral("ac"),
        QStringLiteral("afc"),  QStringLiteral("cd"),   QStringLiteral("club"),  QStringLiteral("sv"),
        QStringLiteral("fk"),   QStringLiteral("sk"),   QStringLiteral("ssc"),   QStringLiteral("rc"),
        QStringLiteral("the"),  QStringLiteral("de"),   QStringLiteral("da"),    QStringLiteral("do"),
        QStringLiteral("del"),  QStringLiteral("of"),   QStringLiteral("and"),   QStringLiteral("e"),
        QStringLiteral("y"),    QStringLiteral("calcio"), QStringLiteral("party"), QStringLiteral("team"),
        QStringLiteral("a"),    QStringLiteral("an"),   QStringLiteral("cp"),    QStringLiteral("ud"),
        QStringLiteral("sd"),   QStringLiteral("fsv"),  QStringLiteral("vfb"),   QStringLiteral("vfl"),
        QStringLiteral("tsg"),  QStringLiteral("bsc"),  QStringLiteral("if"),    QStringLiteral("bk")};
    return words;
}

bool isYesNo(const QStringList& outcomes)
{
    return outcomes.size() == 2 && outcomes.at(0).compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0
           && outcomes.at(1).compare(QLatin1String("no"), Qt::CaseInsensitive) == 0;
}

// Text of a fixture: "Heidenheim vs Mainz: First Half Winner" → ("Heidenheim", "Mainz").
std::optional<std::pair<QString, QString>> splitFixture(const QString& text, bool allowAt)
{
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression separators(QStringLiteral("\\s+-\\s+|:\\s+|\\?"));
    static const QRegularExpression twoDigits(QStringLiteral("\\d{2}"));
    QStringList segments = text.split(separators, Qt::SkipEmptyParts);
    static const QRegularExpression vs(QStringLiteral("\\s+(?:vs\\.?|v\\.?|versus)\\s+"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression at(QStringLiteral("\\s+at\\s+"));
    for (const QString& segment : std::as_const(segments)) {
        QStringList parts = segment.split(vs);
        if (parts.size() != 2 && allowAt && !segment.contains(twoDigits))
            parts = segment.split(at);
        if (parts.size() != 2)
            continue;
        static const QRegularExpression leading(QStringLiteral("^(?:will\\s+)?(?:the\\s+)?"),
                                                QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression trailing(
            QStringLiteral("\\s*(?:\\(.*\\)|winner|first half winner|1st half winner|match winner|"
                           "professional .*|end in a draw|draw at halftime)\\s*$"),
            QRegularExpression::CaseInsensitiveOption);
        QString a = parts.at(0).trimmed();
        QString b = parts.at(1).trimmed();
        a.remove(leading);
        for (int i = 0; i < 2; ++i)
            b.remove(trailing);
        a = a.trimmed();
        b = b.trimmed();
        if (a.isEmpty() || b.isEmpty() || a.count(QLatin1Char(' ')) > 5 || b.count(QLatin1Char(' ')) > 5)
            continue;
        return std::make_pair(a, b);
    }
    return std::nullopt;
}

// "Will <subject> <verb> …?" → subject.
QString subjectFromQuestion(const QString& title)
{
    static const QRegularExpression will(
        QStringLiteral("^\\s*will\\s+(.+?)\\s+(?:win|wins|be|finish|place|qualify|advance|make|reach|become|get|"
                       "lose|receive|score|land|announce|confirm|hold|cut|hike|raise|increase|decrease|lower|ipo|"
                       "leave|remain|meet|release|launch|sign|say|visit|have|end|go|record|dip|fall|drop|hit|"
                       "rank|earn|lead|take|claim|return|join|beat|defeat|top|close|trade|exceed|pass|stay|"
                       "resign|retire|die|marry|attend|appear|perform|announces)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = will.match(title);
    if (m.hasMatch())
        return m.captured(1).trimmed();
    static const QRegularExpression leading(QStringLiteral("^\\s*(.+?)\\s+(?:leading|to win|to lead)\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch l = leading.match(title);
    if (l.hasMatch() && !l.captured(1).contains(QLatin1Char(':')))
        return l.captured(1).trimmed();
    return {};
}

bool looksLikeName(const QString& label)
{
    const QString folded = TitleNormalizer::fold(label);
    if (folded.isEmpty() || folded.at(0).isDigit() || folded == QLatin1String("yes")
        || folded == QLatin1String("no"))
        return false;
    static const QRegularExpression notName(
        QStringLiteral("^(before|by|after|above|below|over|under|between|at least|at most|more than|less than|"
                       "fewer than|in|on|until|yes|no)\\b|\\d+\\s*(%|\\+|bps?|°)|\\$|\\d+\\s*(to|-)\\s*\\d"));
    return !notName.match(folded).hasMatch();
}

QSet<QString> idsOfName(const QString& name, const QString& league)
{
    QSet<QString> ids = EntityExtractor::teamIds(name, league);
    const QString country = EntityExtractor::countryId(name);
    if (!country.isEmpty())
        ids.insert(country);
    const QString party = EntityExtractor::partyId(name);
    if (!party.isEmpty())
        ids.insert(party);
    const QString asset = EntityExtractor::assetId(name);
    if (!asset.isEmpty())
        ids.insert(asset);
    return ids;
}

// Classifies a raw subject name (draw, "anyone", "another party", a placeholder letter, or a real name).
MarketSubject makeSubject(const QString& raw, const QString& league)
{
    MarketSubject subject;
    QString name = raw.trimmed();
    static const QRegularExpression quotes(QStringLiteral("[?\"“”]"));
    name.remove(quotes);
    name = name.trimmed();
    if (name.isEmpty())
        return subject;
    subject.name = name;
    const QString folded = TitleNormalizer::fold(name);
    static const QRegularExpression draw(QStringLiteral("^(a )?(tie|draw|the draw|tied)$"));
    static const QRegularExpression any(QStringLiteral("^(any|anyone|anybody|someone|somebody|any [a-z ]+)$"));
    static const QRegularExpression other(
        QStringLiteral("^(another|other|any other|someone else|the field|field|another [a-z ]+|other [a-z ]+)$"));
    static const QRegularExpression placeholder(
        QStringLiteral("^(?:(?:player|chef|candidate|person|team|contestant|driver|nominee|option|company|country|"
                       "club|artist|movie|film|song|party|horse|fighter)\\s+)?[A-Z]{1,2}$"),
        QRegularExpression::CaseInsensitiveOption);
    if (draw.match(folded).hasMatch()) {
        subject.kind = Kind::Draw;
        return subject;
    }
    if (other.match(folded).hasMatch()) {
        subject.kind = Kind::Other;
        return subject;
    }
    if (any.match(folded).hasMatch()) {
        subject.kind = Kind::Any;
        return subject;
    }
    subject.ids = idsOfName(name, league);
    // A lone capital letter or "Chef O" is a template slot a venue has not filled yet, not a name.
    static const QRegularExpression shortUpper(QStringLiteral("(^|\\s)[A-Z]{1,2}$"));
    const bool upperShort = shortUpper.match(name).hasMatch();
    if (subject.ids.isEmpty() && upperShort && placeholder.match(name).hasMatch()) {
        subject.kind = Kind::Placeholder;
        return subject;
    }
    subject.kind = Kind::Named;
    subject.tokens = FeatureExtractor::nameTokens(name);
    return subject;
}

struct KalshiTicker
{
    QString codes;  // the fixture's codes after the date: "FCHM05"
    QString suffix; // this market's outcome code: "FCH"
};

KalshiTicker parseKalshiTicker(const CatalogueMarket& market)
{
    KalshiTicker out;
    if (market.key.startsWith(market.eventId + QLatin1Char('-')))
        out.suffix = market.key.mid(market.eventId.size() + 1);
    static const QRegularExpression datePart(
        QStringLiteral("-\\d{2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\\d{2}(?:\\d{4}(?=[A-Z]))?"
                       "([A-Z][A-Z0-9]+)$"));
    const QRegularExpressionMatch m = datePart.match(market.eventId);
    if (m.hasMatch())
        out.codes = m.captured(1);
    return out;
}

void addSideCodes(QList<FixtureSide>& sides, const QString& codes, const QStringList& siblings)
{
    if (sides.size() != 2 || codes.isEmpty())
        return;
    for (const QString& code : siblings) {
        if (code.isEmpty() || code == QLatin1String("TIE") || code.size() >= codes.size())
            continue;
        if (codes.startsWith(code) && sides[0].code.isEmpty())
            sides[0].code = code;
        else if (codes.endsWith(code) && sides[1].code.isEmpty())
            sides[1].code = code;
    }
    if (!sides[0].code.isEmpty() && sides[1].code.isEmpty() && codes.startsWith(sides[0].code))
        sides[1].code = codes.mid(sides[0].code.size());
    if (!sides[1].code.isEmpty() && sides[0].code.isEmpty() && codes.endsWith(sides[1].code))
        sides[0].code = codes.left(codes.size() - sides[1].code.size());
}

FixtureSide makeSide(const QString& name, const QString& league)
{
    FixtureSide side;
    side.name = name.trimmed();
    side.tokens = FeatureExtractor::nameTokens(side.name);
    side.ids = idsOfName(side.name, league);
    return side;
}

int sideOfName(const QList<FixtureSide>& sides, const MarketSubject& subject)
{
    if (sides.size() != 2 || subject.kind != Kind::Named)
        return -1;
    double best = 0.0;
    int index = -1;
    for (int i = 0; i < 2; ++i) {
        double score = FeatureExtractor::nameSimilarity(sides[i].tokens, subject.tokens);
        if (!sides[i].ids.isEmpty() && !subject.ids.isEmpty())
            score = sides[i].ids.intersects(subject.ids) ? 1.0 : 0.0;
        if (score > best + 0.05) {
            best = score;
            index = i;
        } else if (std::abs(score - best) <= 0.05) {
            index = -1; // both sides fit equally: do not guess
        }
    }
    return best >= 0.85 ? index : -1;
}

QString slugDateText(const QString& slug)
{
    static const QRegularExpression date(QStringLiteral("(20\\d{2}-\\d{2}-\\d{2})"));
    const QRegularExpressionMatch m = date.match(slug);
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

QStringList FeatureExtractor::nameTokens(const QString& name)
{
    QStringList out;
    for (const QString& word : TitleNormalizer::words(name)) {
        if (nameNoise().contains(word) || (!word.isEmpty() && word.at(0).isDigit()))
            continue;
        out.append(TitleNormalizer::canonicalWord(word));
    }
    return out;
}

double FeatureExtractor::nameSimilarity(const QStringList& a, const QStringList& b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    const QStringList& small = a.size() <= b.size() ? a : b;
    const QStringList& large = a.size() <= b.size() ? b : a;
    QString initials;
    for (const QString& word : large)
        initials.append(word.at(0));
    int matched = 0;
    int initialsOnly = 0;
    for (const QString& s : small) {
        bool hit = false;
        for (const QString& l : large) {
            if (s == l || (std::min(s.size(), l.size()) >= 4 && (l.startsWith(s) || s.startsWith(l)))) {
                hit = true;
                break;
            }
        }
        if (!hit && s.size() >= 2 && s.size() <= 4 && initials.contains(s))
            hit = true;
        if (!hit && s.size() == 1) {
            for (const QString& l : large) {
                if (l.startsWith(s) && l != s)
                    hit = true;
            }
            if (hit)
                ++initialsOnly;
        }
        if (hit)
            ++matched;
    }
    if (matched == initialsOnly) // "Los Angeles D" needs a real word matched besides the initial
        matched = 0;
    if (matched == small.size())
        return small.size() == large.size() ? 1.0 : 0.9 + 0.1 * double(small.size()) / double(large.size());
    return 0.6 * double(matched) / double(small.size());
}

bool FeatureExtractor::codeMatchesName(const QString& code, const QString& name)
{
    const QString lower = code.toLower();
    const QStringList words = TitleNormalizer::words(name);
    if (lower.isEmpty() || words.isEmpty() || lower.size() > 6)
        return false;
    // Each piece of the code is a prefix of a word, in order; words may be skipped ("1. FSV Mainz 05" ↔ M05).
    std::function<bool(qsizetype, qsizetype)> match = [&](qsizetype at, qsizetype word) {
        if (at == lower.size())
            return true;
        if (word >= words.size())
            return false;
        const QString& w = words.at(word);
        for (qsizetype k = std::min(w.size(), lower.size() - at); k >= 1; --k) {
            if (w.left(k) == lower.mid(at, k) && match(at + k, word + 1))
                return true;
        }
        return match(at, word + 1);
    };
    return match(0, 0);
}

QSet<QString> FeatureExtractor::qualifiersOf(const QString& input)
{
    QString text = TitleNormalizer::fold(input);
    QSet<QString> out;
    // Patterns are compiled once per distinct literal and kept: this runs for every market of a catalogue.
    const auto has = [&text](const char* pattern) {
        thread_local QHash<const char*, QRegularExpression> cache;
        auto it = cache.find(pattern);
        if (it == cache.end())
            it = cache.insert(pattern, QRegularExpression(QString::fromLatin1(pattern)));
        return it->match(text).hasMatch();
    };
    // Reaching a final is advancing, not playing in it: "qualify for the Grand Final".
    static const QRegularExpression toFinal(QStringLiteral(
        "\\b(qualif\\w*|advance\\w*|progress\\w*|mak\\w+|reach\\w*)\\s+(for|to|into|through|from)?\\s*(the\\s+)?"
        "(grand\\s+)?final\\b"));
    if (toFinal.match(text).hasMatch()) {
        text.replace(toFinal, QStringLiteral(" advance "));
        out.insert(QStringLiteral("rank:advance"));
    }
    if (has("\\b(first half|1st half|1h|half ?time|half-time)\\b"))
        out.insert(QStringLiteral("period:h1"));
    if (has("\\b(second half|2nd half|2h)\\b"))
        out.insert(QStringLiteral("period:h2"));
    if (has("\\b(first|1st) quarter\\b"))
        out.insert(QStringLiteral("period:q1"));
    if (has("\\b(first|1st) (inning|innings)\\b|\\bfirst (5|five) innings\\b"))
        out.insert(QStringLiteral("period:i1"));
    if (has("\\b(first|1st) period\\b"))
        out.insert(QStringLiteral("period:p1"));
    if (has("\\b(first|1st) (set|map)\\b|\\bmap 1\\b|\\bset 1\\b"))
        out.insert(QStringLiteral("period:set1"));
    static const QRegularExpression round(QStringLiteral("\\b(?:(first|1st|second|2nd|third|3rd) round|round (\\d+|one|two))\\b"));
    const QRegularExpressionMatch roundMatch = round.match(text);
    if (roundMatch.hasMatch()) {
        const QString which = roundMatch.captured(1) + roundMatch.captured(2);
        QString n = QStringLiteral("1");
        if (which.startsWith(QLatin1String("second")) || which == QLatin1String("2nd") || which == QLatin1String("2")
            || which == QLatin1String("two"))
            n = QStringLiteral("2");
        else if (which.startsWith(QLatin1String("third")) || which == QLatin1String("3rd") || which == QLatin1String("3"))
            n = QStringLiteral("3");
        else if (!which.isEmpty() && which.at(0).isDigit())
            n = which;
        out.insert(QStringLiteral("round:") + n);
    }
    if (has("\\bspread\\b|\\bhandicap\\b|\\([+-]\\d+(\\.\\d+)?\\)"))
        out.insert(QStringLiteral("kind:spread"));
    if (has("\\bo/u\\b|\\bover/under\\b|\\btotals\\b|\\btotal (points|goals|runs|score|games|maps)\\b"))
        out.insert(QStringLiteral("kind:total"));
    if (has("\\bboth teams to score\\b|\\bbtts\\b"))
        out.insert(QStringLiteral("kind:btts"));
    if (has("\\b(exact|correct) score\\b"))
        out.insert(QStringLiteral("kind:score"));
    if (has("\\brun scored\\b|\\bruns? in the first\\b"))
        out.insert(QStringLiteral("kind:runs"));
    static const QRegularExpression measures(QStringLiteral(
        "\\b(points|rebounds|assists|strikeouts|touchdowns|yards|home runs|televote|jury|popular vote|electoral)\\b"));
    for (auto it = measures.globalMatch(text); it.hasNext();)
        out.insert(QStringLiteral("measure:") + it.next().captured(1));
    if (has("\\b(ko|tko|knockout)\\b"))
        out.insert(QStringLiteral("method:ko"));
    if (has("\\bsubmission\\b"))
        out.insert(QStringLiteral("method:submission"));
    if (has("\\bby decision\\b|\\bgo the distance\\b"))
        out.insert(QStringLiteral("method:decision"));
    if (has("\\btop (2|two)\\b|\\badvanc\\w*|\\bqualif(y|ies|ied)\\b|\\bprogress(es)?\\b|"
            "\\bmake the (playoffs|cut)\\b"))
        out.insert(QStringLiteral("rank:advance"));
    static const QRegularExpression top(QStringLiteral("\\btop (\\d+|three|five|ten)\\b"));
    const QRegularExpressionMatch topMatch = top.match(text);
    if (topMatch.hasMatch() && !topMatch.captured(1).startsWith(QLatin1Char('2')) && topMatch.captured(1) != QLatin1String("1"))
        out.insert(QStringLiteral("rank:top") + topMatch.captured(1));
    if (has("\\b(second place|runner[- ]up|finish second|place second)\\b"))
        out.insert(QStringLiteral("rank:second"));
    if (has("\\bpodium\\b"))
        out.insert(QStringLiteral("rank:top3"));
    if (has("\\bprimar(y|ies)\\b"))
        out.insert(QStringLiteral("stage:primary"));
    if (has("\\bgeneral election\\b"))
        out.insert(QStringLiteral("stage:general"));
    if (has("\\brun-?off\\b"))
        out.insert(QStringLiteral("stage:runoff"));
    if (has("\\bnominat\\w*|\\bnominee\\b"))
        out.insert(QStringLiteral("stage:nomination"));
    if (has("\\bsemi-? ?finals?\\b"))
        out.insert(QStringLiteral("stage:semi"));
    if (has("\\bquarter-? ?finals?\\b"))
        out.insert(QStringLiteral("stage:quarter"));
    if (has("(?<!semi)(?<!semi-)(?<!semi )(?<!quarter)(?<!quarter-)(?<!quarter )\\bfinals?\\b"))
        out.insert(QStringLiteral("stage:final"));
    if (has("\\bpractice\\b|\\bfp[123]\\b"))
        out.insert(QStringLiteral("stage:practice"));
    if (has("\\bqualifying\\b"))
        out.insert(QStringLiteral("stage:qualifying"));
    if (has("\\bsprint\\b"))
        out.insert(QStringLiteral("stage:sprint"));
    if (has("\\bfastest lap\\b"))
        out.insert(QStringLiteral("stage:fastest-lap"));
    if (has("\\bpole\\b"))
        out.insert(QStringLiteral("stage:pole"));
    if (has("\\bannounc\\w*|\\bdeclares? (his |her |their )?(candidacy|retirement|run)\\b"))
        out.insert(QStringLiteral("announce"));
    if (has("\\brates?\\b|\\bbps?\\b|\\bbasis points?\\b")) {
        if (has("\\b(cut|cuts|lower|lowers|decrease\\w*|reduc\\w*)\\b"))
            out.insert(QStringLiteral("dir:down"));
        if (has("\\b(hike|hikes|raise|raises|increase\\w*)\\b"))
            out.insert(QStringLiteral("dir:up"));
        if (has("\\b(no change|unchanged|hold|holds|maintain\\w*|pause)\\b"))
            out.insert(QStringLiteral("dir:hold"));
    }
    if (has("\\b(not|never|lose|loses|losing|fail|fails|miss|misses)\\b|n't\\b"))
        out.insert(QStringLiteral("neg"));
    if (out.contains(QStringLiteral("rank:advance")))
        out.remove(QStringLiteral("stage:final"));
    // A party primary for a state or congressional office is how that party picks its nominee, so "wins the
    // Democratic primary" and "is the Democratic nominee" are one question. Presidential primaries are single
    // states on the way to a convention, and a top-two primary only advances candidates: both stay apart.
    if (out.contains(QStringLiteral("stage:primary")) && !out.contains(QStringLiteral("rank:advance"))
        && !has("\\bpresiden\\w*") && !has("\\b(top[- ]two|jungle|open) primar")) {
        out.remove(QStringLiteral("stage:primary"));
        out.insert(QStringLiteral("stage:nomination"));
    }
    // Windows named relative to "now" cannot be dated from the text alone.
    if (has("\\bthis (year|month|week|season)\\b|\\btoday\\b|\\btonight\\b"))
        out.insert(QStringLiteral("window:relative"));
    if (has("\\b(in|during|for|through) (january|february|march|april|may|june|july|august|september|october|"
            "november|december)\\b(?!\\s+\\d)"))
        out.insert(QStringLiteral("window:month"));
    return out;
}

QString FeatureExtractor::findPlaceholder(const QString& text)
{
    static const QRegularExpression placeholder(
        QStringLiteral("\\{\\{[^}]*\\}\\}|\\{[A-Za-z_]{2,}\\}|\\[(?:insert|tbd|tba|placeholder|name|date|team|player|"
                       "candidate|x)[^\\]]*\\]|<(?:insert|placeholder|tbd)[^>]*>|\\bTBD\\b|\\bTBA\\b|lorem ipsum|"
                       "_{3,}|\\?\\?\\?|\\bXX+\\b|\\$\\{[^}]*\\}|%s\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = placeholder.match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

bool FeatureExtractor::rulesUnreadable(const QString& rules)
{
    const QString text = rules.trimmed();
    if (text.isEmpty())
        return false;
    qsizetype letters = 0;
    qsizetype bad = 0;
    for (const QChar c : text) {
        if (c.isLetter())
            ++letters;
        if (c.unicode() == 0xFFFD || (c.category() == QChar::Other_Control && !c.isSpace())
            || c.category() == QChar::Other_PrivateUse || c.category() == QChar::Other_NotAssigned)
            ++bad;
    }
    const qsizetype mojibake = text.count(QStringLiteral("Ã")) + text.count(QStringLiteral("â€"));
    static const QRegularExpression tags(QStringLiteral("<[^>]{1,80}>"));
    const qsizetype tagCount = text.count(tags);
    const qsizetype words = TitleNormalizer::words(text).size();
    return bad > 0 || mojibake >= 2 || double(letters) < 0.5 * double(text.size()) || words < 4
           || tagCount * 4 > words;
}

QString FeatureExtractor::voidRuleOf(const QString& rules)
{
    const QString text = TitleNormalizer::fold(rules);
    static const QRegularExpression cancelled(
        QStringLiteral("(postpon|cancel|abandon|suspend|void|not (take place|occur|played)|no contest)"));
    if (!cancelled.match(text).hasMatch())
        return {};
    static const QRegularExpression half(QStringLiteral("50-50|50/50|fifty-fifty|\\$0\\.50|0\\.5 each"));
    static const QRegularExpression fair(QStringLiteral("fair (price|value)|last traded price|fair market"));
    static const QRegularExpression no(QStringLiteral("resolve[sd]? (to |as )?\"?no\"?|settle[sd]? (to |as )?\"?no\"?"));
    static const QRegularExpression refund(QStringLiteral("refund|will be voided|market will void|returned"));
    if (half.match(text).hasMatch())
        return QStringLiteral("half");
    if (fair.match(text).hasMatch())
        return QStringLiteral("fair");
    if (no.match(text).hasMatch())
        return QStringLiteral("no");
    if (refund.match(text).hasMatch())
        return QStringLiteral("refund");
    return {};
}

QSet<QString> FeatureExtractor::sourcesOf(const QString& input)
{
    QSet<QString> out;
    static const QRegularExpression icao(QStringLiteral("\\b(K[A-Z]{3})\\b"));
    for (auto it = icao.globalMatch(input); it.hasNext();)
        out.insert(QStringLiteral("station:") + it.next().captured(1).toLower());
    const QString text = TitleNormalizer::fold(input);
    struct Named
    {
        const char* pattern;
        const char* id;
    };
    static const Named named[] = {
        {"midway", "station:kmdw"}, {"o'?hare", "station:kord"}, {"central park", "station:knyc"},
        {"laguardia|la guardia", "station:klga"}, {"\\bjfk\\b|kennedy (international )?airport", "station:kjfk"},
        {"newark", "station:kewr"}, {"los angeles international|\\blax\\b", "station:klax"},
        {"miami international", "station:kmia"}, {"denver international", "station:kden"},
        {"austin[- ]bergstrom", "station:kaus"}, {"reagan national", "station:kdca"},
        {"logan (international )?airport", "station:kbos"}, {"philadelphia international", "station:kphl"},
        {"sea-?tac", "station:ksea"}, {"hobby airport", "station:khou"}, {"bush intercontinental", "station:kiah"},
        {"trimmed mean", "index:trimmed-mean"}, {"cf benchmarks|\\bbrti\\b|real[- ]time index", "index:cf-benchmarks"},
        {"chainlink", "oracle:chainlink"}, {"\\bpyth\\b", "oracle:pyth"}, {"binance", "exchange:binance"},
        {"coinbase", "exchange:coinbase"}, {"kraken", "exchange:kraken"}, {"bitstamp", "exchange:bitstamp"},
        {"\\bokx\\b", "exchange:okx"}, {"bybit", "exchange:bybit"}, {"accuweather", "weather:accuweather"},
        {"weather underground|wunderground", "weather:wunderground"},
    };
    static const QList<std::pair<QRegularExpression, QString>> compiled = [] {
        QList<std::pair<QRegularExpression, QString>> list;
        for (const Named& entry : named)
            list.append({QRegularExpression(QString::fromLatin1(entry.pattern)), QString::fromLatin1(entry.id)});
        return list;
    }();
    for (const auto& [pattern, id] : compiled) {
        if (pattern.match(text).hasMatch())
            out.insert(id);
    }
    return out;
}

MarketFeatures FeatureExtractor::extract(const CatalogueMarket& market, const QStringList& siblingCodes)
{
    MarketFeatures f;
    f.venue = market.venue;
    const bool kalshi = market.venue == CatalogueVenue::Kalshi;
    const QString slugText = QString(market.slug).replace(QLatin1Char('-'), QLatin1Char(' '));
    QString marketText = market.title + QLatin1Char(' ') + market.subtitle;
    if (kalshi || !isYesNo(market.outcomes))
        marketText += QLatin1Char(' ') + market.yesLabel;
    const QString eventText = market.eventTitle + QLatin1Char(' ') + market.eventSubtitle;
    const QString allText = marketText + QLatin1Char(' ') + eventText;

    QStringList tokens = TitleNormalizer::contentTokens(allText + QLatin1Char(' ') + slugText);
    tokens.removeDuplicates();
    f.tokens = tokens;
    f.league = EntityExtractor::leagueOf(kalshi ? market.key : market.slug);
    if (f.league.isEmpty())
        f.league = EntityExtractor::leagueOf(market.seriesId);
    if (f.league.isEmpty())
        f.league = EntityExtractor::leagueOf(allText);
    f.entities = EntityExtractor::extract(allText, f.league);

    const QDateTime reference = market.closeTime.isValid() ? market.closeTime
                                : market.expirationTime.isValid() ? market.expirationTime
                                                                  : market.eventStartTime;
    f.closeDay = reference.isValid() ? reference.date() : QDate();
    f.dates = DateExtractor::extract(marketText, f.closeDay);
    if (!f.dates.hasAny()) {
        const DateFacts eventDates = DateExtractor::extract(eventText, f.closeDay);
        f.dates.onDate = eventDates.onDate;
        f.dates.deadline = eventDates.deadline;
        f.dates.periodStart = eventDates.periodStart;
        f.dates.periodEnd = eventDates.periodEnd;
    }
    f.dates.years.unite(DateExtractor::extract(eventText, f.closeDay).years);

    // The fixture: Kalshi writes "Atlanta at Denver"; Polymarket "Hawks vs. Nuggets".
    std::optional<std::pair<QString, QString>> fixture = splitFixture(market.eventTitle, true);
    if (!fixture)
        fixture = splitFixture(market.title, false);
    if (!fixture)
        fixture = splitFixture(market.eventSubtitle, true);
    if (fixture)
        f.fixture = {makeSide(fixture->first, f.league), makeSide(fixture->second, f.league)};

    KalshiTicker ticker;
    if (kalshi) {
        ticker = parseKalshiTicker(market);
        addSideCodes(f.fixture, ticker.codes, siblingCodes + QStringList{ticker.suffix});
        for (FixtureSide& side : f.fixture)
            side.ids.unite(EntityExtractor::teamIdsForCode(side.code, f.league));
        bool monthOnly = false;
        const std::optional<QDate> day = DateExtractor::kalshiTickerDate(market.eventId, &monthOnly);
        if (day && !monthOnly && !ticker.codes.isEmpty())
            f.eventDate = day;
        else if (day && !f.dates.hasAny()) {
            if (monthOnly) {
                f.dates.periodStart = QDate(day->year(), day->month(), 1);
                f.dates.periodEnd = day;
            } else {
                f.dates.onDate = day;
            }
        }
    } else {
        static const QRegularExpression slugCodes(QStringLiteral("^[a-z0-9]+-([a-z0-9]{2,4})-([a-z0-9]{2,4})-20\\d{2}"));
        const QRegularExpressionMatch codes = slugCodes.match(market.slug);
        if (codes.hasMatch() && f.fixture.size() == 2) {
            f.fixture[0].code = codes.captured(1).toUpper();
            f.fixture[1].code = codes.captured(2).toUpper();
            for (FixtureSide& side : f.fixture)
                side.ids.unite(EntityExtractor::teamIdsForCode(side.code, f.league));
        }
        const QString slugDate = slugDateText(market.slug);
        if (!slugDate.isEmpty())
            f.eventDate = QDate::fromString(slugDate, Qt::ISODate);
        else if (f.dates.onDate && !f.fixture.isEmpty())
            f.eventDate = f.dates.onDate;
        else if (market.eventStartTime.isValid() && !f.fixture.isEmpty())
            f.eventDate = market.eventStartTime.addSecs(-5 * 3600).date(); // US sports list start times in ET
    }

    // Subject: who YES (Polymarket: outcome 1) is about.
    if (kalshi) {
        const QString suffix = ticker.suffix.toUpper();
        if (f.fixture.size() == 2 && (suffix == QLatin1String("TIE") || suffix == QLatin1String("DRAW"))) {
            f.subject.kind = Kind::Draw;
        } else if (f.fixture.size() == 2 && !suffix.isEmpty()
                   && (suffix == f.fixture[0].code || suffix == f.fixture[1].code)) {
            const int side = suffix == f.fixture[0].code ? 0 : 1;
            f.subject = makeSubject(f.fixture[side].name, f.league);
            f.subject.ids.unite(f.fixture[side].ids);
            f.subject.code = suffix;
            f.subject.fixtureSide = side;
        }
        if (f.subject.kind == Kind::None && looksLikeName(market.yesLabel))
            f.subject = makeSubject(market.yesLabel, f.league);
        if (f.subject.kind == Kind::None)
            f.subject = makeSubject(subjectFromQuestion(market.title), f.league);
        if (f.subject.kind == Kind::None && f.fixture.isEmpty() && !suffix.isEmpty()) {
            const QString country = EntityExtractor::countryIdForCode(suffix);
            if (!country.isEmpty()) {
                f.subject.kind = Kind::Named;
                f.subject.name = suffix;
                f.subject.ids.insert(country);
                f.subject.code = suffix;
            }
        }
    } else {
        if (!market.outcomes.isEmpty() && !isYesNo(market.outcomes)) {
            for (const QString& outcome : market.outcomes) {
                MarketSubject subject = makeSubject(outcome, f.league);
                subject.fixtureSide = sideOfName(f.fixture, subject);
                f.outcomeSubjects.append(subject);
            }
            f.subject = f.outcomeSubjects.first();
        } else {
            const QString folded = TitleNormalizer::fold(market.title);
            if (folded.contains(QLatin1String("draw")) || folded.contains(QLatin1String(" tie?")))
                f.subject.kind = Kind::Draw;
            else
                f.subject = makeSubject(subjectFromQuestion(market.title), f.league);
            if (f.subject.kind == Kind::None && looksLikeName(market.subtitle))
                f.subject = makeSubject(market.subtitle, f.league);
        }
    }
    if (f.subject.kind == Kind::Named && f.subject.fixtureSide < 0)
        f.subject.fixtureSide = sideOfName(f.fixture, f.subject);

    // Scope qualifiers from titles only: rules text talks about every case and would match everything.
    f.qualifiers = qualifiersOf(allText);
    if (!kalshi) {
        const QString kind = market.marketType.toLower();
        if (kind.contains(QLatin1String("spread")))
            f.qualifiers.insert(QStringLiteral("kind:spread"));
        if (kind.contains(QLatin1String("total")))
            f.qualifiers.insert(QStringLiteral("kind:total"));
        if (kind.contains(QLatin1String("first_half")))
            f.qualifiers.insert(QStringLiteral("period:h1"));
    }

    if (kalshi) {
        f.thresholds = ThresholdExtractor::fromKalshiStrike(market.strikeType, market.floorStrike, market.capStrike);
        if (f.thresholds.isEmpty())
            f.thresholds = ThresholdExtractor::extract(market.title + QLatin1Char(' ') + market.yesLabel);
        static const QRegularExpression strikeSuffix(QStringLiteral("^[TB](-?\\d+(?:\\.\\d+)?)$"));
        const QRegularExpressionMatch strike = strikeSuffix.match(ticker.suffix);
        if (f.thresholds.isEmpty() && strike.hasMatch()) {
            NumericThreshold unknown;
            unknown.low = unknown.high = strike.captured(1).toDouble();
            f.thresholds.append(unknown); // the ticker names a strike but not which side of it YES is
        }
    } else {
        f.thresholds = ThresholdExtractor::extract(market.title + QLatin1Char(' ') + market.subtitle);
    }

    f.sources = sourcesOf(marketText + QLatin1Char(' ') + market.rulesText + QLatin1Char(' ')
                          + market.resolutionSource + QLatin1Char(' ') + market.settlementStation);
    if (!market.settlementStation.isEmpty())
        f.sources.insert(QStringLiteral("station:") + market.settlementStation.toLower());
    f.voidRule = voidRuleOf(market.rulesText);
    f.rulesMissing = market.rulesText.trimmed().isEmpty();
    f.rulesUnreadable = rulesUnreadable(market.rulesText);
    f.placeholder = findPlaceholder(market.title + QLatin1Char(' ') + market.subtitle + QLatin1Char(' ')
                                    + market.yesLabel + QLatin1Char(' ') + market.rulesText);
    if (f.placeholder.isEmpty() && f.subject.kind == Kind::Placeholder)
        f.placeholder = f.subject.name;
    static const QRegularExpression comboLeg(QStringLiteral("(^|,)\\s*(yes|no) "));
    f.combo = (kalshi && market.key.startsWith(QLatin1String("KXMV")))
              || market.title.count(comboLeg) >= 2;
    f.multiOutcome = market.multiOutcome;
    return f;
}

QList<MarketFeatures> FeatureExtractor::extractAll(const QList<CatalogueMarket>& markets)
{
    QHash<QString, QStringList> codesByEvent;
    for (const CatalogueMarket& market : markets) {
        if (market.venue == CatalogueVenue::Kalshi && market.key.startsWith(market.eventId + QLatin1Char('-')))
            codesByEvent[market.eventId].append(market.key.mid(market.eventId.size() + 1));
    }
    QList<MarketFeatures> out;
    out.reserve(markets.size());
    for (const CatalogueMarket& market : markets)
        out.append(extract(market, codesByEvent.value(market.eventId)));
    return out;
}

} // namespace orion
