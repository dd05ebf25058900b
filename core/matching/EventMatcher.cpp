#include "matching/EventMatcher.h"

#include "common/Logging.h"
#include "matching/FeatureExtractor.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace orion {

namespace {

using Kind = MarketSubject::Kind;
using Comparator = NumericThreshold::Comparator;

// Flags that make a pair a different contract, not a near-miss a person should look at.
const QSet<QString>& rejectingFlags()
{
    static const QSet<QString> flags = {
        QStringLiteral("subject_mismatch"),     QStringLiteral("fixture_mismatch"),
        QStringLiteral("period_mismatch"),      QStringLiteral("market_type_mismatch"),
        QStringLiteral("outcome_mismatch"),     QStringLiteral("stage_mismatch"),
        QStringLiteral("threshold_mismatch"),   QStringLiteral("structure_mismatch"),
        QStringLiteral("template_placeholder_subject")};
    return flags;
}

struct Collector
{
    QStringList flags;
    void add(const QString& flag)
    {
        if (!flags.contains(flag))
            flags.append(flag);
    }
};

double termWeight(const CandidateIndex* index, const QString& term)
{
    return index ? index->idf(term) : 1.0;
}

double weightedCosine(const QStringList& a, const QStringList& b, const CandidateIndex* index)
{
    if (a.isEmpty() || b.isEmpty())
        return 0.0;
    const QSet<QString> setB(b.cbegin(), b.cend());
    double dot = 0.0;
    double normA = 0.0;
    double normB = 0.0;
    for (const QString& term : a) {
        const double w = termWeight(index, term);
        normA += w * w;
        if (setB.contains(term))
            dot += w * w;
    }
    for (const QString& term : b) {
        const double w = termWeight(index, term);
        normB += w * w;
    }
    return normA > 0.0 && normB > 0.0 ? dot / std::sqrt(normA * normB) : 0.0;
}

double idSimilarity(const QSet<QString>& a, const QSet<QString>& b, bool* decided)
{
    *decided = !a.isEmpty() && !b.isEmpty();
    return *decided && a.intersects(b) ? 1.0 : 0.0;
}

double sideSimilarity(const FixtureSide& a, const FixtureSide& b)
{
    bool decided = false;
    const double ids = idSimilarity(a.ids, b.ids, &decided);
    if (decided)
        return ids;
    double score = FeatureExtractor::nameSimilarity(a.tokens, b.tokens);
    if (!a.code.isEmpty() && !b.code.isEmpty() && a.code.compare(b.code, Qt::CaseInsensitive) == 0)
        score = std::max(score, 0.9);
    if ((!a.code.isEmpty() && FeatureExtractor::codeMatchesName(a.code, b.name))
        || (!b.code.isEmpty() && FeatureExtractor::codeMatchesName(b.code, a.name)))
        score = std::max(score, 0.75);
    return score;
}

double subjectSimilarity(const MarketSubject& a, const MarketSubject& b)
{
    if (a.kind != Kind::Named || b.kind != Kind::Named)
        return a.kind == b.kind && a.kind != Kind::None && a.kind != Kind::Placeholder ? 1.0 : 0.0;
    bool decided = false;
    const double ids = idSimilarity(a.ids, b.ids, &decided);
    if (decided)
        return ids;
    double score = FeatureExtractor::nameSimilarity(a.tokens, b.tokens);
    if ((!a.code.isEmpty() && FeatureExtractor::codeMatchesName(a.code, b.name))
        || (!b.code.isEmpty() && FeatureExtractor::codeMatchesName(b.code, a.name)))
        score = std::max(score, 0.75);
    return score;
}

struct FixtureMap
{
    bool valid = false;  // both sides mapped
    bool crossed = false; // Kalshi side 0 ↔ Polymarket side 1
    double score = 0.0;
    bool partial = false;
};

int dayGap(const QDate& a, const QDate& b)
{
    return int(std::abs(a.daysTo(b)));
}

FixtureMap mapFixtures(const MarketFeatures& k, const MarketFeatures& p, int maxGap)
{
    FixtureMap map;
    const double s00 = sideSimilarity(k.fixture[0], p.fixture[0]);
    const double s11 = sideSimilarity(k.fixture[1], p.fixture[1]);
    const double s01 = sideSimilarity(k.fixture[0], p.fixture[1]);
    const double s10 = sideSimilarity(k.fixture[1], p.fixture[0]);
    map.crossed = s01 + s10 > s00 + s11;
    const double x = map.crossed ? s01 : s00;
    const double y = map.crossed ? s10 : s11;
    if (std::min(x, y) >= 0.5) {
        map.valid = true;
        map.score = (x + y) / 2.0;
    } else if (std::max(x, y) >= 0.85 && k.eventDate && p.eventDate && dayGap(*k.eventDate, *p.eventDate) <= maxGap
               && std::min(x, y) > 0.0) {
        // One side agrees and the other is an unknown alias on the same day: a person should confirm.
        map.valid = true;
        map.partial = true;
        map.score = 0.7;
    }
    return map;
}

struct SubjectVerdict
{
    double score = 0.5;
    Polarity polarity = Polarity::Same;
    bool resolved = false;
};

SubjectVerdict compareSubjects(const MarketFeatures& k, const MarketFeatures& p, const MatcherOptions& options,
                               Collector& flags)
{
    SubjectVerdict verdict;
    const bool fixtures = k.fixture.size() == 2 && p.fixture.size() == 2;
    FixtureMap map;
    if (fixtures) {
        map = mapFixtures(k, p, options.maxDateGapDays);
        if (!map.valid) {
            flags.add(QStringLiteral("fixture_mismatch"));
            verdict.score = 0.0;
            return verdict;
        }
        if (map.partial)
            flags.add(QStringLiteral("fixture_partial"));
    }
    const auto mappedSide = [&map](int kalshiSide) { return map.crossed ? 1 - kalshiSide : kalshiSide; };
    if (k.subject.kind == Kind::Placeholder || p.subject.kind == Kind::Placeholder) {
        flags.add(QStringLiteral("template_placeholder"));
        flags.add(QStringLiteral("template_placeholder_subject"));
        verdict.score = 0.0;
        return verdict;
    }

    if (!p.outcomeSubjects.isEmpty()) {
        // Head-to-head market: YES of Kalshi is outcome 1 (same) or outcome 2 (inverse).
        if (k.subject.kind == Kind::Draw || p.outcomeSubjects.size() != 2) {
            flags.add(QStringLiteral("subject_mismatch"));
            verdict.score = 0.0;
            return verdict;
        }
        int outcome = -1;
        double score = 0.0;
        if (fixtures && k.subject.fixtureSide >= 0) {
            const int side = mappedSide(k.subject.fixtureSide);
            for (int i = 0; i < 2; ++i) {
                if (p.outcomeSubjects[i].fixtureSide == side)
                    outcome = i;
            }
            score = map.score;
        }
        if (outcome < 0) {
            const double s0 = subjectSimilarity(k.subject, p.outcomeSubjects[0]);
            const double s1 = subjectSimilarity(k.subject, p.outcomeSubjects[1]);
            if (std::max(s0, s1) >= 0.85 && std::abs(s0 - s1) > 0.1) {
                outcome = s0 > s1 ? 0 : 1;
                score = std::max(s0, s1);
            }
        }
        if (outcome < 0) {
            flags.add(QStringLiteral("polarity_unresolved"));
            return verdict;
        }
        verdict.polarity = outcome == 0 ? Polarity::Same : Polarity::Inverse;
        verdict.score = score;
        verdict.resolved = score >= 0.85 && !map.partial;
        return verdict;
    }

    if (fixtures && (k.subject.kind == Kind::Draw || p.subject.kind == Kind::Draw)) {
        if (k.subject.kind == p.subject.kind) {
            verdict.score = map.score;
            verdict.resolved = !map.partial;
        } else {
            flags.add(QStringLiteral("subject_mismatch"));
            verdict.score = 0.0;
        }
        return verdict;
    }
    if (fixtures && k.subject.fixtureSide >= 0 && p.subject.fixtureSide >= 0) {
        if (mappedSide(k.subject.fixtureSide) != p.subject.fixtureSide) {
            flags.add(QStringLiteral("subject_mismatch"));
            verdict.score = 0.0;
            return verdict;
        }
        verdict.score = map.score;
        verdict.resolved = !map.partial;
        return verdict;
    }

    const Kind a = k.subject.kind;
    const Kind b = p.subject.kind;
    if (a == Kind::None && b == Kind::None)
        return verdict;
    if (a == Kind::None || b == Kind::None) {
        flags.add(QStringLiteral("subject_unverified"));
        verdict.score = 0.4;
        return verdict;
    }
    if (a == Kind::Other || b == Kind::Other || a != b) {
        flags.add(QStringLiteral("subject_mismatch"));
        verdict.score = 0.0;
        return verdict;
    }
    const double similarity = subjectSimilarity(k.subject, p.subject);
    verdict.score = similarity;
    if (similarity >= 0.85) {
        verdict.resolved = true;
    } else if (similarity < 0.35) {
        flags.add(QStringLiteral("subject_mismatch"));
    } else {
        flags.add(QStringLiteral("subject_uncertain"));
    }
    return verdict;
}

QSet<QString> withPrefix(const QSet<QString>& set, const QString& prefix)
{
    QSet<QString> out;
    for (const QString& item : set) {
        if (item.startsWith(prefix))
            out.insert(item);
    }
    return out;
}

// Scope qualifiers must agree: half vs full game, primary vs general, first place vs advance, KO vs any win.
bool compareQualifiers(const MarketFeatures& k, const MarketFeatures& p, Collector& flags)
{
    struct Check
    {
        QStringList prefixes;
        const char* flag;
    };
    static const Check checks[] = {
        {{QStringLiteral("period:"), QStringLiteral("round:")}, "period_mismatch"},
        {{QStringLiteral("kind:")}, "market_type_mismatch"},
        {{QStringLiteral("measure:"), QStringLiteral("method:"), QStringLiteral("rank:")}, "outcome_mismatch"},
        {{QStringLiteral("stage:")}, "stage_mismatch"},
    };
    bool equal = true;
    for (const Check& check : checks) {
        for (const QString& prefix : check.prefixes) {
            if (withPrefix(k.qualifiers, prefix) != withPrefix(p.qualifiers, prefix)) {
                flags.add(QString::fromLatin1(check.flag));
                equal = false;
            }
        }
    }
    const QSet<QString> dirK = withPrefix(k.qualifiers, QStringLiteral("dir:"));
    const QSet<QString> dirP = withPrefix(p.qualifiers, QStringLiteral("dir:"));
    if (!dirK.isEmpty() && !dirP.isEmpty() && dirK != dirP) {
        flags.add(QStringLiteral("outcome_mismatch"));
        equal = false;
    }
    if (k.qualifiers.contains(QStringLiteral("announce")) != p.qualifiers.contains(QStringLiteral("announce"))) {
        flags.add(QStringLiteral("announcement_mismatch"));
        equal = false;
    }
    return equal;
}

// 1 when the dates agree, 0 when they do not, -1 when there was nothing to compare.
int compareDates(const MarketFeatures& k, const MarketFeatures& p, const MatcherOptions& options, Collector& flags)
{
    int verdict = -1;
    const auto check = [&](const QDate& a, const QDate& b) {
        if (!a.isValid() || !b.isValid())
            return;
        if (dayGap(a, b) > options.maxDateGapDays) {
            flags.add(QStringLiteral("date_mismatch"));
            verdict = 0;
        } else if (verdict != 0) {
            verdict = 1;
        }
    };
    if (k.eventDate && p.eventDate)
        check(*k.eventDate, *p.eventDate);
    const std::optional<QDate> dk = k.dates.resolutionDay();
    const std::optional<QDate> dp = p.dates.resolutionDay();
    if (dk && dp) {
        check(*dk, *dp);
        // "in 2028" (a year-long window) is not "before 2029" (anything until then).
        const bool longPeriodK = !k.dates.deadline && !k.dates.onDate && k.dates.periodStart
                                 && k.dates.periodStart->daysTo(*k.dates.periodEnd) > 31;
        const bool longPeriodP = !p.dates.deadline && !p.dates.onDate && p.dates.periodStart
                                 && p.dates.periodStart->daysTo(*p.dates.periodEnd) > 31;
        if ((longPeriodK && p.dates.deadline) || (longPeriodP && k.dates.deadline)) {
            flags.add(QStringLiteral("date_mismatch"));
            verdict = 0;
        }
    } else if (dk && p.eventDate) {
        check(*dk, *p.eventDate);
    } else if (dp && k.eventDate) {
        check(*k.eventDate, *dp);
    }
    // A deadline without a year cannot be checked against anything; against a year-long window it is another kind.
    const bool longK = !k.dates.deadline && k.dates.periodStart && k.dates.periodStart->daysTo(*k.dates.periodEnd) > 31;
    const bool longP = !p.dates.deadline && p.dates.periodStart && p.dates.periodStart->daysTo(*p.dates.periodEnd) > 31;
    if ((k.dates.undatedDeadline && longP) || (p.dates.undatedDeadline && longK)) {
        flags.add(QStringLiteral("date_mismatch"));
        verdict = 0;
    } else if (k.dates.undatedDeadline || p.dates.undatedDeadline) {
        flags.add(QStringLiteral("date_unverified"));
        verdict = 0;
    }
    // "This year" against "in May" or a dated window: the spans may differ and nothing says by how much.
    const bool relativeK = k.qualifiers.contains(QStringLiteral("window:relative"));
    const bool relativeP = p.qualifiers.contains(QStringLiteral("window:relative"));
    const auto dated = [](const MarketFeatures& f) {
        return f.dates.hasAny() || f.qualifiers.contains(QStringLiteral("window:month"));
    };
    if (relativeK != relativeP && ((relativeK && dated(p)) || (relativeP && dated(k)))) {
        flags.add(QStringLiteral("date_unverified"));
        verdict = 0;
    }
    if (verdict < 0 && !k.dates.years.isEmpty() && !p.dates.years.isEmpty()) {
        if (!k.dates.years.intersects(p.dates.years)) {
            flags.add(QStringLiteral("date_mismatch"));
            verdict = 0;
        }
    }
    // Nothing better known: the close times, or one side's stated date against the other's close time.
    const QDate stated = dk ? *dk : (dp ? *dp : QDate());
    const QDate otherClose = dk ? p.closeDay : k.closeDay;
    if (verdict < 0 && k.closeDay.isValid() && p.closeDay.isValid()
        && dayGap(k.closeDay, p.closeDay) > options.maxCloseGapDays) {
        flags.add(QStringLiteral("date_mismatch"));
        verdict = 0;
    } else if (verdict < 0 && stated.isValid() && otherClose.isValid() && !(dk && dp)
               && dayGap(stated, otherClose) > options.maxCloseGapDays) {
        flags.add(QStringLiteral("date_mismatch"));
        verdict = 0;
    }
    return verdict;
}

bool nearlyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

// 1 agree, 0 disagree, -1 nothing to compare. May flip `polarity` for complementary conditions.
int compareThresholds(const MarketFeatures& k, const MarketFeatures& p, Polarity& polarity, Collector& flags)
{
    if (k.thresholds.isEmpty() && p.thresholds.isEmpty())
        return -1;
    if (k.thresholds.isEmpty() || p.thresholds.isEmpty()) {
        flags.add(QStringLiteral("threshold_mismatch_one_sided"));
        return 0;
    }
    const NumericThreshold& a = k.thresholds.first();
    const NumericThreshold& b = p.thresholds.first();
    if (!a.unit.isEmpty() && !b.unit.isEmpty() && a.unit != b.unit) {
        flags.add(QStringLiteral("threshold_mismatch"));
        return 0;
    }
    if (a.comparator == Comparator::Unknown || b.comparator == Comparator::Unknown) {
        if (nearlyEqual(a.low, b.low) || nearlyEqual(a.high, b.high)) {
            flags.add(QStringLiteral("threshold_unverified"));
            return 0;
        }
        flags.add(QStringLiteral("threshold_mismatch"));
        return 0;
    }
    if (a.comparator == b.comparator) {
        if (nearlyEqual(a.low, b.low) && nearlyEqual(a.high, b.high))
            return 1;
        const double gap = std::abs(a.low - b.low) / std::max(std::abs(a.low), std::abs(b.low));
        flags.add(gap <= 0.02 ? QStringLiteral("threshold_near_miss") : QStringLiteral("threshold_mismatch"));
        return 0;
    }
    const bool between = a.comparator == Comparator::Between || b.comparator == Comparator::Between;
    if (between) {
        const NumericThreshold& bucket = a.comparator == Comparator::Between ? a : b;
        const NumericThreshold& other = a.comparator == Comparator::Between ? b : a;
        const bool overlaps = other.isUpper() ? bucket.high >= other.low
                              : other.isLower() ? bucket.low <= other.low
                                                : bucket.low <= other.low && other.low <= bucket.high;
        flags.add(overlaps ? QStringLiteral("bucket_vs_cumulative") : QStringLiteral("threshold_mismatch"));
        return 0;
    }
    if (a.comparator == Comparator::Equal || b.comparator == Comparator::Equal) {
        flags.add(QStringLiteral("comparator_mismatch"));
        return 0;
    }
    if (a.isUpper() == b.isUpper()) {
        // Same side, other comparator: "> 3%" vs "≥ 3%", one tick apart.
        flags.add(QStringLiteral("comparator_mismatch"));
        // Whole-number quantities one apart can be the same line ("> 85°" is "86° or above"): a person decides.
        const bool integral = nearlyEqual(a.low, std::round(a.low)) && nearlyEqual(b.low, std::round(b.low));
        const bool oneTickApart = integral && std::abs(a.low - b.low) <= 1.0 + 1e-9;
        if (!oneTickApart && !nearlyEqual(a.low, b.low))
            flags.add(QStringLiteral("threshold_mismatch"));
        return 0;
    }
    // Opposite sides: complements make the pair inverse ("at least 6" vs "5 or fewer").
    const NumericThreshold& upper = a.isUpper() ? a : b;
    const NumericThreshold& lower = a.isUpper() ? b : a;
    const bool integral = upper.unit.isEmpty() && lower.unit.isEmpty()
                          && nearlyEqual(upper.low, std::round(upper.low))
                          && nearlyEqual(lower.low, std::round(lower.low));
    bool complement = false;
    if (upper.comparator == Comparator::GreaterOrEqual && lower.comparator == Comparator::Less)
        complement = nearlyEqual(upper.low, lower.low);
    else if (upper.comparator == Comparator::Greater && lower.comparator == Comparator::LessOrEqual)
        complement = nearlyEqual(upper.low, lower.low);
    else if (integral && upper.comparator == Comparator::GreaterOrEqual && lower.comparator == Comparator::LessOrEqual)
        complement = nearlyEqual(upper.low, lower.low + 1.0);
    else if (integral && upper.comparator == Comparator::Greater && lower.comparator == Comparator::Less)
        complement = nearlyEqual(upper.low + 1.0, lower.low);
    if (!complement) {
        flags.add(QStringLiteral("threshold_mismatch"));
        return 0;
    }
    polarity = polarity == Polarity::Same ? Polarity::Inverse : Polarity::Same;
    return 1;
}

void compareSources(const MarketFeatures& k, const MarketFeatures& p, Collector& flags)
{
    if (k.sources.isEmpty() && p.sources.isEmpty())
        return;
    if (k.sources.isEmpty() || p.sources.isEmpty()) {
        flags.add(QStringLiteral("source_unverified"));
        return;
    }
    if (!k.sources.intersects(p.sources) || k.sources != p.sources)
        flags.add(QStringLiteral("source_mismatch"));
}

} // namespace

EventMatcher::EventMatcher(MatcherOptions options)
    : m_options(options)
{
}

MatchResult EventMatcher::compare(const CatalogueMarket& kalshi, const MarketFeatures& k,
                                  const CatalogueMarket& polymarket, const MarketFeatures& p,
                                  const CandidateIndex* index) const
{
    MatchResult result;
    result.kalshiTicker = kalshi.key;
    result.polymarketKey = polymarket.key;
    result.kalshiTitle = !kalshi.title.isEmpty() ? kalshi.title : kalshi.eventTitle;
    if (!kalshi.yesLabel.isEmpty() && kalshi.yesLabel != kalshi.title)
        result.kalshiTitle += QStringLiteral(" [") + kalshi.yesLabel + QLatin1Char(']');
    result.polymarketTitle = polymarket.title;
    Collector flags;

    const double text = weightedCosine(k.terms.isEmpty() ? CandidateIndex::termsOf(k) : k.terms,
                                       p.terms.isEmpty() ? CandidateIndex::termsOf(p) : p.terms, index);

    const SubjectVerdict subject = compareSubjects(k, p, m_options, flags);
    Polarity polarity = subject.polarity;
    if (k.qualifiers.contains(QStringLiteral("neg")) != p.qualifiers.contains(QStringLiteral("neg"))) {
        polarity = polarity == Polarity::Same ? Polarity::Inverse : Polarity::Same;
        flags.add(QStringLiteral("inverse_wording"));
    }

    QList<double> structure;
    const bool qualifiersEqual = compareQualifiers(k, p, flags);
    if (!k.qualifiers.isEmpty() || !p.qualifiers.isEmpty())
        structure.append(qualifiersEqual ? 1.0 : 0.0);
    const int dates = compareDates(k, p, m_options, flags);
    if (dates >= 0)
        structure.append(double(dates));
    const int thresholds = compareThresholds(k, p, polarity, flags);
    if (thresholds >= 0)
        structure.append(double(thresholds));
    if (!k.entities.isEmpty() && !p.entities.isEmpty()) {
        const double common = double((QSet<QString>(k.entities) &= p.entities).size());
        const double all = double((QSet<QString>(k.entities) |= p.entities).size());
        structure.append(common / all);
    }
    compareSources(k, p, flags);
    if (!k.voidRule.isEmpty() && !p.voidRule.isEmpty() && k.voidRule != p.voidRule)
        flags.add(QStringLiteral("void_rule_mismatch"));
    if (k.combo != p.combo)
        flags.add(QStringLiteral("structure_mismatch"));
    else if (k.multiOutcome != p.multiOutcome)
        flags.add(QStringLiteral("structure_multi_outcome"));
    if (k.rulesUnreadable || p.rulesUnreadable)
        flags.add(QStringLiteral("unreadable_rules"));
    if (!k.placeholder.isEmpty() || !p.placeholder.isEmpty())
        flags.add(QStringLiteral("template_placeholder"));
    if (m_options.requireRulesForAuto && (k.rulesMissing || p.rulesMissing))
        flags.add(QStringLiteral("rules_missing"));
    if (kalshi.closed || polymarket.closed || !kalshi.active || !polymarket.active)
        flags.add(QStringLiteral("market_closed"));

    double structureScore = 0.5;
    if (!structure.isEmpty()) {
        double sum = 0.0;
        for (const double value : std::as_const(structure))
            sum += value;
        structureScore = sum / double(structure.size());
    }
    result.score = std::clamp(0.3 * text + 0.4 * subject.score + 0.3 * structureScore, 0.0, 1.0);
    result.polarity = polarity;

    bool rejected = result.score < m_options.reviewThreshold;
    for (const QString& flag : std::as_const(flags.flags)) {
        if (rejectingFlags().contains(flag))
            rejected = true;
    }
    flags.flags.removeAll(QStringLiteral("template_placeholder_subject"));
    const bool evidence = subject.resolved || (k.subject.kind == Kind::None && p.subject.kind == Kind::None
                                               && text >= 0.85);
    if (rejected)
        result.decision = MatchDecision::Rejected;
    else if (!flags.flags.isEmpty() || result.score < m_options.autoThreshold || !evidence)
        result.decision = MatchDecision::Review;
    else
        result.decision = MatchDecision::Auto;
    if (result.decision == MatchDecision::Review && !evidence && flags.flags.isEmpty())
        flags.add(QStringLiteral("low_evidence"));
    result.flags = flags.flags;
    return result;
}

MatchResult EventMatcher::compare(const CatalogueMarket& kalshi, const CatalogueMarket& polymarket) const
{
    return compare(kalshi, FeatureExtractor::extract(kalshi), polymarket, FeatureExtractor::extract(polymarket),
                   nullptr);
}

QList<MatchResult> EventMatcher::match(const QList<CatalogueMarket>& kalshi,
                                       const QList<CatalogueMarket>& polymarket) const
{
    QList<MarketFeatures> kalshiFeatures = FeatureExtractor::extractAll(kalshi);
    QList<MarketFeatures> polymarketFeatures = FeatureExtractor::extractAll(polymarket);
    for (MarketFeatures& features : kalshiFeatures)
        features.terms = CandidateIndex::termsOf(features);
    for (MarketFeatures& features : polymarketFeatures)
        features.terms = CandidateIndex::termsOf(features);
    CandidateIndex index;
    index.build(polymarketFeatures);
    index.addToDocumentFrequency(kalshiFeatures);

    QList<MatchResult> results;
    for (qsizetype i = 0; i < kalshi.size(); ++i) {
        const QList<CandidateIndex::Candidate> candidates =
            index.candidates(kalshiFeatures.at(i), m_options.candidatesPerMarket, 2.0);
        for (const CandidateIndex::Candidate& candidate : candidates) {
            MatchResult result = compare(kalshi.at(i), kalshiFeatures.at(i), polymarket.at(candidate.document),
                                         polymarketFeatures.at(candidate.document), &index);
            if (result.decision != MatchDecision::Rejected || m_options.includeRejected)
                results.append(std::move(result));
        }
    }

    // One partner per market and side: a pair that loses clearly to a better one is rejected; a near tie means
    // the matcher cannot tell them apart, so neither trades automatically.
    const auto settle = [&results](const auto& keyOf) {
        QHash<QString, double> best;
        for (const MatchResult& r : std::as_const(results)) {
            if (r.decision == MatchDecision::Rejected)
                continue;
            const QString key = keyOf(r);
            best[key] = std::max(best.value(key, 0.0), r.score);
        }
        QHash<QString, int> nearBest;
        for (const MatchResult& r : std::as_const(results)) {
            if (r.decision != MatchDecision::Rejected && r.score >= best.value(keyOf(r)) - 0.03)
                ++nearBest[keyOf(r)];
        }
        for (MatchResult& r : results) {
            if (r.decision == MatchDecision::Rejected)
                continue;
            const QString key = keyOf(r);
            if (r.score < best.value(key) - 0.03) {
                r.decision = MatchDecision::Rejected;
                r.flags.append(QStringLiteral("better_match_exists"));
            } else if (nearBest.value(key) > 1) {
                if (r.decision == MatchDecision::Auto)
                    r.decision = MatchDecision::Review;
                if (!r.flags.contains(QStringLiteral("ambiguous")))
                    r.flags.append(QStringLiteral("ambiguous"));
            }
        }
    };
    settle([](const MatchResult& r) -> QString { return r.polymarketKey + QLatin1Char('|') + polarityName(r.polarity); });
    settle([](const MatchResult& r) -> QString { return r.kalshiTicker; });
    if (!m_options.includeRejected) {
        results.erase(std::remove_if(results.begin(), results.end(),
                                     [](const MatchResult& r) { return r.decision == MatchDecision::Rejected; }),
                      results.end());
    }
    qCDebug(lcMatching) << "matched" << kalshi.size() << "Kalshi and" << polymarket.size()
                        << "Polymarket markets into" << results.size() << "pairs";
    return results;
}

} // namespace orion
