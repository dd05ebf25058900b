#include "matching/CandidateIndex.h"

#include <algorithm>
#include <cmath>

namespace orion {

CandidateIndex::CandidateIndex(double maxPostingFraction)
    : m_maxPostingFraction(maxPostingFraction)
{
}

QStringList CandidateIndex::termsOf(const MarketFeatures& features)
{
    if (!features.terms.isEmpty())
        return features.terms;
    QStringList terms = features.tokens;
    for (const QString& token : features.tokens) {
        // Name variants share a 5-letter stem ("hamburg"/"hamburger", "brest"/"brestois").
        if (token.size() >= 6 && !token.at(0).isDigit())
            terms.append(QStringLiteral("pre:") + token.left(5));
    }
    for (const QString& entity : features.entities)
        terms.append(entity);
    for (const QString& id : features.subject.ids)
        terms.append(id);
    for (const FixtureSide& side : features.fixture) {
        for (const QString& id : side.ids)
            terms.append(id);
        if (!side.code.isEmpty())
            terms.append(QStringLiteral("code:") + side.code.toLower());
    }
    if (features.eventDate)
        terms.append(QStringLiteral("date:") + features.eventDate->toString(Qt::ISODate));
    terms.removeDuplicates();
    return terms;
}

void CandidateIndex::addToDocumentFrequency(const QList<MarketFeatures>& others)
{
    for (const MarketFeatures& features : others) {
        for (const QString& term : termsOf(features))
            ++m_documentFrequency[term];
        ++m_frequencyTotal;
    }
}

void CandidateIndex::build(const QList<MarketFeatures>& documents)
{
    m_documentCount = int(documents.size());
    m_termIds.clear();
    m_postings.clear();
    for (int doc = 0; doc < m_documentCount; ++doc) {
        for (const QString& term : termsOf(documents.at(doc))) {
            auto it = m_termIds.find(term);
            if (it == m_termIds.end()) {
                it = m_termIds.insert(term, int(m_postings.size()));
                m_postings.emplace_back();
            }
            m_postings[size_t(it.value())].push_back(doc);
            ++m_documentFrequency[term];
        }
        ++m_frequencyTotal;
    }
}

double CandidateIndex::idf(const QString& term) const
{
    const int df = m_documentFrequency.value(term, 0);
    return std::log(1.0 + double(std::max(m_frequencyTotal, 1)) / double(df + 1));
}

QList<CandidateIndex::Candidate> CandidateIndex::candidates(const MarketFeatures& query, int limit,
                                                             double minWeight) const
{
    // Scores are accumulated in a scratch array sized to the catalogue; only touched entries are read back.
    thread_local std::vector<double> scores;
    thread_local std::vector<int> touched;
    if (scores.size() < size_t(m_documentCount))
        scores.assign(size_t(m_documentCount), 0.0);
    touched.clear();
    const size_t maxPosting = std::max<size_t>(64, size_t(m_maxPostingFraction * double(m_documentCount)));
    for (const QString& term : termsOf(query)) {
        const auto it = m_termIds.constFind(term);
        if (it == m_termIds.constEnd())
            continue;
        const std::vector<int>& posting = m_postings[size_t(it.value())];
        if (posting.size() > maxPosting)
            continue;
        const double weight = idf(term);
        for (const int doc : posting) {
            if (scores[size_t(doc)] == 0.0)
                touched.push_back(doc);
            scores[size_t(doc)] += weight;
        }
    }
    QList<Candidate> out;
    out.reserve(qsizetype(touched.size()));
    for (const int doc : touched) {
        if (scores[size_t(doc)] >= minWeight)
            out.append(Candidate{doc, scores[size_t(doc)]});
        scores[size_t(doc)] = 0.0;
    }
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
        return a.weight != b.weight ? a.weight > b.weight : a.document < b.document;
    });
    if (limit >= 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace orion
